"""What a listening screen reader is told during a session, and the setting that lets it speak the cues
instead of the app's voice (issue 17), through the real window; the event log says what it was told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.check_in import press, settle, start, too_easy_session
from tests.helpers.reading import described
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def listening() -> Iterator[None]:
    """A screen reader listens (as when Orca runs): Qt's accessibility is on."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


@pytest.fixture
def announced(listening: None, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """What the app asks the screen reader to say, as Qt passes it on, and how urgently."""
    said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    post = QAccessible.updateAccessibility

    def updated(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(updated))
    return said


def run_into_the_plank(qtbot: QtBot, window: MainWindow, clock: FakeClock, log: Path) -> list[dict[str, Any]]:
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, event_log=log)
    for _ in range(6):  # get ready (5 s), then a second of the plank
        clock.advance(1.0)
        assert window.session.driver is not None
        window.session.driver.wake()
    return read_event_log(log)


def told(records: list[dict[str, Any]]) -> list[str]:
    return [record["text"] for record in records if record["event"] == "cue_announced"]


def test_a_listening_screen_reader_hears_each_step_and_the_3_2_1(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, listening: None
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    records = run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    assert told(records) == ["Get ready. Next up: Plank", "3", "2", "1", "Work: Plank"]
    # The cues' words are the app's voice's (none was started in this test, so they are dropped as such).
    dropped = [record["text"] for record in records if record["event"] == "cue_dropped" and "text" in record]
    assert dropped[:2] == ["Get ready.", "Plank, 20 seconds."]
    window.session.player_view.stopRequested.emit()
    window.session.player_view.stopAnswered.emit(True)
    assert told(read_event_log(tmp_path / "log.jsonl"))[-1] == "Session stopped."
    window.close()


def test_the_setting_hands_the_cues_to_the_screen_reader_and_the_voice_keeps_quiet(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, listening: None
) -> None:
    from workout_timer.qt.preferences.settings_dialog import SettingsDialog

    window = app_window(qtbot, clock, tmp_path)
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and not dialog.reader_speaks_cues.isChecked()  # off unless asked for
    dialog.reader_speaks_cues.click()
    dialog.close()
    assert window.settings.reader_speaks_cues

    records = run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    assert told(records) == [
        "Get ready. Next up: Plank",
        "Get ready.",
        "3",
        "2",
        "1",
        "Work: Plank",
        "Plank, 20 seconds.",
    ]
    assert [record for record in records if record["event"] == "cue_dropped" and "text" in record] == []
    window.close()


def test_with_no_screen_reader_listening_the_voice_says_the_cues_whatever_the_setting(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.settings.reader_speaks_cues = True
    records = run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    assert told(records) == []
    dropped = [record["text"] for record in records if record["event"] == "cue_dropped" and "text" in record]
    assert dropped[:2] == ["Get ready.", "Plank, 20 seconds."]  # the voice's (none was started here)
    window.close()


def test_the_stop_question_is_asked_of_the_screen_reader_too(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert ("Work: Plank", polite) in announced and all(politeness is polite for _, politeness in announced)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Escape)
    assert window.session.player_view.asking_to_stop()
    words, _ = announced[-1]
    assert words.startswith("Stop the session? Paused while you choose.") and words.endswith(
        "Enter to stop, Esc to go on."
    )
    window.close()


def test_the_backs_rating_in_the_rest_is_asked_and_answered_aloud(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    for _ in range(20):  # the rest after the plank
        clock.advance(1.0)
        window.session.driver.wake()  # type: ignore[union-attr]
    question = "Your back after Plank? Press 1 for green, 2 for amber or 3 for red."
    assert [words for words, _ in announced[-2:]] == ["Rest. Next up: Side plank, left side", question]
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_1)
    assert announced[-1][0] == "Green after Plank. Good."
    window.close()


def test_the_full_how_to_is_read_out_when_asked_for(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    run_into_the_plank(qtbot, window, clock, tmp_path / "log.jsonl")
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_I)
    words, _ = announced[-1]
    assert words.startswith("Plank\nLie face down") and "Common mistakes:" in words
    assert words.endswith("I or Esc to close.")
    window.close()


def test_a_pause_and_ten_seconds_more_are_said_back(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, listening: None
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    log = tmp_path / "log.jsonl"
    run_into_the_plank(qtbot, window, clock, log)
    player = window.session.player_view
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Space, Qt.Key.Key_Plus):
        qtbot.keyClick(player, key)
        clock.advance(0.5)
    assert told(read_event_log(log))[-3:] == ["Paused. Space to go on.", "Going on.", "10 seconds more."]
    window.close()


def test_the_summary_and_its_suggestion_are_read_out_when_they_show(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    """Its text takes no focus (Enter is the buttons'): without this a screen reader says only "Back to routines"."""
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    summary = window.session.summary_view
    too_easy_session(qtbot, window, clock)
    assert window.current_view() is summary and summary.suggestion.isHidden()
    said, politeness = announced[-1]
    assert said == summary.text.toPlainText() and politeness is QAccessible.AnnouncementPoliteness.Polite
    assert said.startswith("Well done!\nShort test session\n1:10 of exercise, 1:40 in all") and "4 of 4 steps" in said
    press(qtbot, window, Qt.Key.Key_Return)
    too_easy_session(qtbot, window, clock)  # two easy sessions in a row: a step up
    assert window.current_view() is summary and not summary.suggestion.isHidden()
    text, suggestion = announced[-1][0].split("\nReady for a little more? Next time: ")
    assert (
        text == summary.text.toPlainText() and "The routine's page lets you take it as written instead." in suggestion
    )
    window.close()


def test_the_check_in_asks_its_question_where_the_focus_lands_and_aloud(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    """Over AT-SPI the focus on the scale said only "Pain 0, no pain": the question was on a label nobody reaches."""
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    window.activateWindow()  # as the runner's is: the focus goes where the keys go
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    start(qtbot, window, clock)
    view = window.session.check_in_view
    name, description = described(window.focusWidget())
    assert name == "Pain 0, no pain"
    assert description == "How is your back today? 0 to 10: a number key, or the arrows."
    said, politeness = announced[-1]
    assert said.startswith("Next: Short test session\nHow is your back today?\n0 is no pain at all")
    assert said.endswith("Enter goes on, Esc skips.") and politeness is QAccessible.AnnouncementPoliteness.Polite

    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)  # a lot of pain: advice, and the focus on "Go on"
    assert described(window.focusWidget()) == ("Go on", "Key: Enter")
    assert announced[-1][0] == f"{view.advice_title.text()}\n{view.advice_text.text()}"
    assert announced[-1][0].startswith("That is a lot of pain\nPain of 8 out of 10 is worth showing to a doctor")
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    for _ in range(8):  # skip to the end: the check-in after
        press(qtbot, window, Qt.Key.Key_Right)
    assert window.current_view() is view
    assert described(window.focusWidget())[1].startswith("And how is your back now? 0 to 10")
    assert announced[-1][0].startswith("After Short test session\nAnd how is your back now?\n")
    assert described(view.effort.button(0)) == ("Too easy", "How hard was that? Key: E")
    window.close()
