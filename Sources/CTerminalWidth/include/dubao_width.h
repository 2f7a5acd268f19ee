#ifndef DUBAO_WIDTH_H
#define DUBAO_WIDTH_H

/// A function that answers the width of a character in columns, or -2 to leave it to the C library.
typedef int (*dubao_width_fn)(unsigned int);

/// Makes `wcwidth` (the one ncursesw calls to advance its cursor) ask `fn` first; NULL asks the C library only.
void dubao_set_width_hook(dubao_width_fn fn);

/// The width the program's `wcwidth` gives (for tests: ncursesw asks the same function).
int dubao_wcwidth(unsigned int c);

#endif
