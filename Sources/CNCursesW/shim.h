#ifndef TICKETTY_CNCURSESW_SHIM_H
#define TICKETTY_CNCURSESW_SHIM_H
// The wide-character API (add_wch, get_wch, cchar_t) is only declared when
// _XOPEN_SOURCE_EXTENDED / NCURSES_WIDECHAR is set before the header.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
