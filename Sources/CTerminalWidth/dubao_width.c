// ncursesw measures characters with the C library's wcwidth, which counts East Asian ambiguous characters
// (“ ” — … ·) as one column in every locale. A terminal set to draw them two columns wide then disagrees
// with ncursesw about where the cursor is, and ncursesw fills the difference with spaces or overflows the
// line. This file defines wcwidth in the program itself: the dynamic linker binds ncursesw's reference to
// it (a program's own definition comes before the C library's, as with LD_PRELOAD wcwidth shims), so with
// --ambiguous-wide ncursesw counts those characters as Dubao's own layout does. Without a hook it is the
// C library's wcwidth.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <wchar.h>
#include "dubao_width.h"

static dubao_width_fn hook = NULL;

void dubao_set_width_hook(dubao_width_fn fn) { hook = fn; }

static int libc_wcwidth(wchar_t c) {
    static int (*real)(wchar_t) = NULL;
    if (real == NULL) real = (int (*)(wchar_t))dlsym(RTLD_NEXT, "wcwidth");
    if (real == NULL || real == (int (*)(wchar_t))wcwidth) return c == 0 ? 0 : 1;
    return real(c);
}

int wcwidth(wchar_t c) {
    dubao_width_fn f = hook;
    if (f != NULL) {
        int w = f((unsigned int)c);
        if (w != -2) return w;
    }
    return libc_wcwidth(c);
}

int dubao_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
