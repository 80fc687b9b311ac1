"""The `workout-timer` command: open the app, or check, list, show, import and export routines from a terminal.

`dispatch` parses the command line and runs a command; `parser` lists the commands; each group of commands has a
module of its own (`routines`, `my_routines`, `start`, `history`), over `common` (the library, exit statuses) and
`output` (tables and JSON).
"""

from workout_timer.cli.dispatch import gui_main, main

__all__ = ["gui_main", "main"]
