"""The programme followed is kept in the history: each start and stop, the latest counting."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from workout_timer.domain.history.file.database import MIGRATIONS
from workout_timer.domain.history.following import Following
from workout_timer.domain.history.store import HistoryStore


def test_a_start_is_kept_read_back_and_replaced_by_the_next_start_or_a_stop(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path, wall_clock=lambda: 100.0)
    assert store.following() is None
    store.follow(Following("back-on-track", dt.date(2026, 11, 2)))
    assert store.following() == Following("back-on-track", dt.date(2026, 11, 2))
    store.follow(Following("runners-core", dt.date(2026, 12, 1)))  # the same moment: the later row counts
    store.close()
    reading = HistoryStore(path, read_only=True)
    assert reading.following() == Following("runners-core", dt.date(2026, 12, 1))
    reading.close()
    store = HistoryStore(path)
    store.follow(None)
    assert store.following() is None
    store.close()


def test_a_history_from_before_programmes_gains_the_table_and_reads_as_following_none(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:5]:
            for statement in migration:
                db.execute(statement)
        db.execute("PRAGMA user_version = 5")
    assert HistoryStore(path, read_only=True).following() is None  # read as it is: no table yet
    store = HistoryStore(path)
    assert store.problem is None and store.following() is None
    store.follow(Following("back-on-track", dt.date(2026, 11, 2)))
    assert store.following() is not None
    store.close()


def test_a_row_this_version_cannot_read_counts_as_a_stop(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    HistoryStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO programme_starts VALUES (1.0, 'back-on-track', 'the second of November')")
    assert HistoryStore(path, read_only=True).following() is None


def test_a_quick_peek_reads_the_programme_followed_and_never_fails(tmp_path: Path) -> None:
    from workout_timer.domain.history.following import peek_following

    path = tmp_path / "history.sqlite"
    assert peek_following(path) is None  # no history yet
    store = HistoryStore(path)
    store.follow(Following("runners-core", dt.date(2026, 11, 2)))
    store.close()
    assert peek_following(path) == Following("runners-core", dt.date(2026, 11, 2))
    path.write_bytes(b"not a database at all" * 100)
    assert peek_following(path) is None  # the history, opened later, tells what is wrong
