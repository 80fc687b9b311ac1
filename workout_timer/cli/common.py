"""What every command shares: its exit statuses and the routine library, read as the app reads it."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from workout_timer import resources
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _, in_quotes, ngettext
from workout_timer.domain.common.paths import user_cache_dir, user_routines_dir
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.library import Library

OK, INVALID, USAGE = 0, 1, 2


def cannot_write(path: Path | str, error: OSError) -> int:
    """Say that `path` could not be written, and why in plain words; the exit status that goes with it."""
    cannot = _("cannot write {path}: {reason}").format(path=path, reason=plain_words(error))
    print(f"workout-timer: {cannot}", file=sys.stderr)
    return INVALID


def refused(words: str) -> int:
    """The app already open can't do now what this launch asked: its words (the notice its window shows, in its
    language) on the terminal, and the exit status that goes with them."""
    print(f"workout-timer: {words}", file=sys.stderr)
    return INVALID


def choose_language() -> str:
    """Speak the language the app speaks: the setting (read from the settings file without loading Qt),
    else the system's. Returns the language in use."""
    import configparser

    from workout_timer.domain.common import language
    from workout_timer.domain.common.paths import user_config_dir

    settings = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error, UnicodeDecodeError):
        settings.read(user_config_dir() / "settings.ini", encoding="utf-8")
    section, _, key = language.SETTING.partition("/")
    setting = settings.get(section, key, fallback="").strip('"')
    return language.use(language.choose(setting, language.system_locale()))


def library() -> Library:
    """The routines, from the library cache the app keeps: only files changed since are read."""
    from workout_timer.domain.library.library_cache import LibraryCache

    cache = LibraryCache(user_cache_dir() / "library.pickle")
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path(), cache)


def find(ref: str) -> Entry | None:
    """The routine `ref` names (its id, its file's path, or its name as the list shows it), loaded; None (with
    the reason on stderr, and the routines closest to it) when there is none or it is broken."""
    routines = library()
    entry = routines.find(ref)
    named = [] if entry is not None else routines.named(ref)
    if len(named) == 1:
        entry = named[0]
    if entry is None:
        near = [] if named else routines.close_to(ref)
        if len(named) > 1:
            # Translators: {name} is what was typed; {ids} lists the ids of the routines with that name (2 or more).
            said = ngettext(
                "{n} routine is called {name}: {ids}; name the one you mean by its id",
                "{n} routines are called {name}: {ids}; name the one you mean by its id",
                len(named),
            ).format(n=len(named), name=in_quotes(ref), ids=", ".join(e.id for e in named))
        elif near:
            # Translators: {name} is what was typed; {routines} lists the ids closest to it with their names:
            # "core-for-runners (Core for runners)".
            said = _("no routine called {name}; did you mean {routines}? `workout-timer list` shows them all")
            shown = ", ".join(f"{e.id} ({e.routine.name})" for e in near if e.routine)
            said = said.format(name=in_quotes(ref), routines=shown)
        else:
            said = _("no routine called {name}; `workout-timer list` shows them all").format(name=in_quotes(ref))
        print(f"workout-timer: {said}", file=sys.stderr)
        return None
    if entry.routine is None:
        print_problems(entry)
        return None
    return entry


def print_problems(entry: Entry) -> None:
    """Why a routine cannot be loaded, every problem on its own line, on stderr."""
    print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
