"""A history file kept over a change of language and a rename, the way the app keeps it: sessions of a built-in
routine recorded in English, then in German; of the runner's own routine before it was renamed; and of a routine
of theirs deleted since. The real library loads each routine in the language of the day, the real store writes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers.paper_history import a_session
from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path, user_routines_dir
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.timeline import build_timeline

BUILT_IN = "post-run-stretch"
ENGLISH_NAME, GERMAN_NAME = "Post-run stretch", "Dehnen nach dem Laufen"
MINE = "my-morning"
MINE_THEN, MINE_NOW = "My morning", "Morning mobility"
GONE, GONE_NAME = "old-favourite", "Old favourite"
MINE_TEXT = "version: 1\nname: {name}\nsteps:\n  - {{exercise: plank, duration: 20}}\n"
FIRST_DAY = dt.date(2026, 11, 2)


def kept_in_two_languages() -> Path:
    """The history file (at its usual place) and the runner's routines as they are now: the built-in routine done
    twice in English and once in German, their own routine done under its old name, and one they deleted."""
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{MINE}.yaml").write_text(MINE_TEXT.format(name=MINE_THEN), encoding="utf-8")
    (folder / f"{GONE}.yaml").write_text(MINE_TEXT.format(name=GONE_NAME), encoding="utf-8")
    wall = FakeClock()
    store = HistoryStore(history_path(), wall_clock=wall)
    days = iter(FIRST_DAY + dt.timedelta(days=n) for n in range(10))
    try:
        for speaking, routines in (("en_GB", (BUILT_IN, BUILT_IN, MINE, GONE)), ("de_DE", (BUILT_IN,))):
            language.use(speaking)
            library = Library(resources.routines_dir(), folder, resources.catalogue_path())
            for ref in routines:
                entry = library.find(ref)
                assert entry is not None and entry.routine is not None
                a_session(store, wall, build_timeline(entry.routine), next(days))
    finally:
        store.close()
        language.use("en_GB")
    (folder / f"{MINE}.yaml").write_text(MINE_TEXT.format(name=MINE_NOW), encoding="utf-8")
    (folder / f"{GONE}.yaml").unlink()
    return history_path()
