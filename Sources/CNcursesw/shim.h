#ifndef CASEBOOK_CNCURSESW_SHIM_H
#define CASEBOOK_CNCURSESW_SHIM_H
// The wide-character API (get_wch, setcchar, mvadd_wch, cchar_t) is visible only with this set.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#endif
