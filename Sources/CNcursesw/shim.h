#ifndef ANTQ_CNCURSESW_SHIM_H
#define ANTQ_CNCURSESW_SHIM_H
/* Wide-character ncurses: without these get_wch, cchar_t and mvaddwstr are missing. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <pty.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 rejects ncurses' global mutable state and cannot import its function-like
   macros; everything the terminal edge needs goes through these wrappers. */

static inline WINDOW *antq_stdscr(void) { return stdscr; }
static inline int antq_lines(void) { return LINES; }
static inline int antq_cols(void) { return COLS; }
static inline int antq_colors(void) { return COLORS; }
static inline int antq_color_pairs(void) { return COLOR_PAIRS; }

static inline int antq_screen_rows(void) { return stdscr ? getmaxy(stdscr) : 0; }
static inline int antq_screen_columns(void) { return stdscr ? getmaxx(stdscr) : 0; }

static inline attr_t antq_a_normal(void) { return A_NORMAL; }
static inline attr_t antq_a_bold(void) { return A_BOLD; }
static inline attr_t antq_a_reverse(void) { return A_REVERSE; }
static inline attr_t antq_a_underline(void) { return A_UNDERLINE; }
static inline attr_t antq_a_dim(void) { return A_DIM; }
static inline attr_t antq_a_standout(void) { return A_STANDOUT; }
static inline attr_t antq_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int antq_key_f(int n) { return KEY_F(n); }

/* Mouse: button 1 presses and the wheel (buttons 4 and 5), reported at once (no click
   resolution: the console tells a double click itself). */
static inline mmask_t antq_mouse_events(void) {
  return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int antq_mouse_button(mmask_t state) {
  if (state & BUTTON1_PRESSED) return 1;
  if (state & BUTTON4_PRESSED) return 4;
  if (state & BUTTON5_PRESSED) return 5;
  return 0;
}
/* The next mouse event: 0 and row, column and button filled in, or -1. */
static inline int antq_get_mouse(int *row, int *column, int *button) {
  MEVENT event;
  if (getmouse(&event) != OK) return -1;
  *row = event.y;
  *column = event.x;
  *button = antq_mouse_button(event.bstate);
  return 0;
}

/* Sets the attributes and colour pair of everything drawn next on stdscr. */
static inline int antq_attr_set(attr_t attrs, short pair) {
  return wattr_set(stdscr, attrs, pair, NULL);
}

static inline int antq_mvaddwstr(int row, int column, const wchar_t *text) {
  return mvwaddnwstr(stdscr, row, column, text, -1);
}

static inline int antq_wcwidth(wchar_t c) { return wcwidth(c); }

static inline FILE *antq_stdin(void) { return stdin; }
static inline FILE *antq_stdout(void) { return stdout; }

static inline const char *antq_codeset(void) { return nl_langinfo(CODESET); }

/* A terminfo string capability of the current terminal, or NULL when it is absent
   or not a string capability (tigetstr then returns (char *)-1). */
static inline const char *antq_tigetstr(const char *name) {
  char *value = tigetstr(name);
  if (value == (char *)-1) return NULL;
  return value;
}

static inline TERMINAL *antq_current_term(void) { return cur_term; }

/* Frees the terminal description a probing setupterm loaded and puts back the one
   that was current before it (NULL, or an active screen's). */
static inline void antq_release_probe_term(TERMINAL *previous) {
  TERMINAL *probe = cur_term;
  set_curterm(previous);
  if (probe != NULL && probe != previous) del_curterm(probe);
}

/* A pseudo-terminal pair (glibc >= 2.34 has openpty in libc); used by tests. */
static inline int antq_openpty(int *master, int *slave) {
  return openpty(master, slave, NULL, NULL, NULL);
}

/* Crash signals: restore the terminal, then hand the signal back to whatever handled it
   before (the Swift runtime's backtrace, a core dump). The previous actions live here
   because Swift cannot name `struct sigaction` apart from the function. */
#include <signal.h>
static inline struct sigaction *antq_previous_action(int sig) {
  static struct sigaction previous[65];
  return &previous[sig];
}
static inline int antq_install_fatal_handler(int sig, void (*handler)(int)) {
  struct sigaction action;
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, antq_previous_action(sig));
}
static inline void antq_reraise_with_previous_action(int sig) {
  sigaction(sig, antq_previous_action(sig), NULL);
  raise(sig);
}

#endif
