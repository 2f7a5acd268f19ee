// The wide-character curses API for Swift. SwiftPM drops pkg-config's -D flags, so the feature macros
// are defined here before curses.h; macros Swift cannot import are wrapped in static inline functions.
#ifndef DUBAO_CNCURSESW_SHIM_H
#define DUBAO_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <errno.h>

static inline attr_t dubao_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t dubao_A_BOLD(void) { return A_BOLD; }
static inline attr_t dubao_A_DIM(void) { return A_DIM; }
static inline attr_t dubao_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t dubao_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t dubao_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t dubao_COLOR_PAIR(int n) { return COLOR_PAIR(n); }
static inline int dubao_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int dubao_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline const char *dubao_codeset(void) { return nl_langinfo(CODESET); }
static inline int dubao_wcwidth(wchar_t c) { return wcwidth(c); }
static inline mmask_t dubao_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t dubao_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t dubao_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t dubao_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
static inline int dubao_KEY_MOUSE(void) { return KEY_MOUSE; }
static inline WINDOW *dubao_stdscr(void) { return stdscr; }
static inline int dubao_COLORS(void) { return COLORS; }
static inline int dubao_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline int dubao_COLS(void) { return COLS; }
static inline int dubao_LINES(void) { return LINES; }

/// Draws `n` wide characters with attributes and colour pair at (y, x).
static inline int dubao_put(int y, int x, const wchar_t *s, int n, attr_t attr, short pair) {
    int rc = OK;
    for (int i = 0; i < n; i++) {
        cchar_t cc;
        wchar_t wc[2] = { s[i], 0 };
        setcchar(&cc, wc, attr, pair, NULL);
        if (i == 0) rc = mvadd_wch(y, x, &cc); else rc = add_wch(&cc);
    }
    return rc;
}

/// The stop signal (SIGINT, SIGTERM, SIGHUP) received, or 0. One flag for the process.
static inline volatile sig_atomic_t *dubao_stop_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

/// First stop signal: noted, so the reader can end in order (save the reading place, give the terminal
/// back); the key read it interrupts returns. A second one: the terminal is given back and the process ends.
static inline void dubao_on_stop(int sig) {
    if (*dubao_stop_flag() != 0) { endwin(); _exit(128 + sig); }
    *dubao_stop_flag() = sig;
}

/// Installs `dubao_on_stop` without SA_RESTART, so a blocking read is interrupted.
static inline void dubao_install_stop_signals(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dubao_on_stop;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

static inline int dubao_stop_signal(void) { return (int)*dubao_stop_flag(); }

/// Set when the process is continued after a stop (Ctrl-Z, then fg): the terminal's keypad mode must be
/// sent again, and the screen redrawn.
static inline volatile sig_atomic_t *dubao_resumed_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

static inline void dubao_on_continue(int sig) { (void)sig; *dubao_resumed_flag() = 1; }

/// Installs `dubao_on_continue` for SIGCONT, without SA_RESTART, so a wait in poll returns.
static inline void dubao_install_continue_signal(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dubao_on_continue;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGCONT, &sa, NULL);
}

/// Sends the terminal's "keypad transmit" sequence again (after a stop and continue the terminal is left in
/// cursor mode, and arrow keys would arrive as ESC [ B), and keeps the keypad on for stdscr.
static inline void dubao_keypad_transmit(void) {
    char *s = tigetstr("smkx");
    if (s != NULL && s != (char *)-1) { putp(s); fflush(stdout); }
    keypad(stdscr, TRUE);
}

/// Whether the process was continued since the last call.
static inline int dubao_take_resumed(void) {
    int r = (int)*dubao_resumed_flag();
    *dubao_resumed_flag() = 0;
    return r;
}
#endif
