"""What a screen reader gets from the player: every painted part says what it shows (issue 17).

`QAccessible.queryAccessibleInterface` gives what a screen reader gets, through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.session.player.keys import keys_in_words
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    entry = main.library.find("short-test")
    assert entry is not None
    main.start_session(entry)
    yield main
    main.close()


def tick(main: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert main.session.driver is not None
    main.session.driver.wake()


def read(widget: QWidget) -> tuple[QAccessible.Role, str, str]:
    """A widget's role, name and description, as a screen reader gets them."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.role(), face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def shown_tree(face: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """Every visible element under `face`, as a screen reader walks them."""
    for index in range(face.childCount()):
        child = face.child(index)
        if child is not None and not child.state().invisible:
            yield child
            yield from shown_tree(child)


TEXT = QAccessible.Role.StaticText


def test_the_player_reads_out_what_it_paints(window: MainWindow, clock: FakeClock) -> None:
    player = window.session.player_view
    tick(window, clock, 5 + 4.5)  # the plank: 20 seconds, 15.5 left
    assert read(player.name) == (TEXT, "Plank", "Exercise")
    assert read(player.phase_title) == (TEXT, "WORK", "Phase")
    assert read(player.timer) == (TEXT, "16 seconds", "Time left")
    assert read(player.step) == (TEXT, "Step 1 of 4", "Step")
    assert read(player.next_up)[1:] == ("Next up: Side plank, left side", "Next up")
    role, how_to, what = read(player.instructions)
    assert (role, what) == (TEXT, "How to do it") and how_to == player.instructions.text() and "elbows" in how_to
    assert read(player.figure) == (QAccessible.Role.Graphic, "A figure showing the exercise", "How it is done")
    assert read(player.next_figure)[2] == "The next exercise"

    tick(window, clock, 1.0)
    assert read(player.timer) == (TEXT, "15 seconds", "Time left")  # the same second the screen shows

    tick(window, clock, 15 + 10)  # the side plank, left side
    assert read(player.name)[1] == "Side plank"
    assert read(player.detail) == (TEXT, "Left side", "Side, set and round")


def test_a_step_at_your_own_pace_reads_the_reps_to_do(window: MainWindow, clock: FakeClock) -> None:
    player = window.session.player_view
    tick(window, clock, 5 + 20 + 10 + 10 + 5 + 10 + 10 + 0.5)  # the push-ups wait for Done
    assert read(player.name)[1] == "Knee push-up"
    role, name, what = read(player.timer)
    assert (role, what) == (TEXT, "Reps to do") and name.startswith("8 reps")


def test_nothing_on_the_player_is_a_nameless_element(window: MainWindow, clock: FakeClock) -> None:
    tick(window, clock, 5 + 4.5)
    root = QAccessible.queryAccessibleInterface(window.session.player_view)
    assert root is not None and root.text(QAccessible.Text.Name) == "Workout"
    assert root.text(QAccessible.Text.Description).startswith("Space pauses and goes on")
    parts = list(shown_tree(root))
    nameless = [
        (part.role(), part.text(QAccessible.Text.Description))
        for part in parts
        if not part.text(QAccessible.Text.Name) and part.role() is not QAccessible.Role.Grouping
    ]
    assert nameless == []
    names = [part.text(QAccessible.Text.Name) for part in parts]
    assert "Plank" in names and "16 seconds" in names
    assert "16" not in names  # the countdown's digits are read with their caption, not twice


def test_the_players_keys_in_words_name_the_settings_and_the_guide(window: MainWindow) -> None:
    """Ctrl+, opens the settings over the player (the session waits for them) and F1 the guide: a screen reader's
    user hears of them with the player's other keys, in German too."""
    root = QAccessible.queryAccessibleInterface(window.session.player_view)
    assert root is not None
    keys = root.text(QAccessible.Text.Description)
    assert "Ctrl+comma for the settings (the session waits), F1 for the guide, Esc to stop." in keys
    language.use("de_DE")
    try:
        german = keys_in_words()
    finally:
        language.use("en_GB")
    assert "Strg+Komma für die Einstellungen (die Einheit wartet), F1 für die Anleitung, Esc zum Beenden." in german
