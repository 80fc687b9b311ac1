"""What a change of language once left in the old words on screen, each found through the real preferences' combo
box (Ctrl+, → language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from tests.qt.shell.test_language_live import preferences
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow


def choose_language(qtbot: QtBot, window: MainWindow, key: Qt.Key, code: str) -> None:
    """The language `key` reaches in the preferences' combo box (Ctrl+, → language), which then close."""
    dialog = preferences(qtbot, window)
    before = dialog.windowTitle()
    qtbot.keyClick(dialog.language.combo, key)
    assert language.current() == code
    qtbot.waitUntil(lambda: dialog.windowTitle() != before, timeout=2000)
    dialog.close()
    window.activateWindow()  # the keys back to the window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def to_german(qtbot: QtBot, window: MainWindow) -> None:
    choose_language(qtbot, window, Qt.Key.Key_End, "de")  # Deutsch, the last


def to_english(qtbot: QtBot, window: MainWindow) -> None:
    choose_language(qtbot, window, Qt.Key.Key_Up, "en")  # English, just above it


@pytest.mark.usefixtures("qt_language")
def test_the_editors_timeline_names_the_exercises_in_the_new_language(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.helpers.editor_window import editor_of, type_into
    from tests.helpers.editor_window import window as editor_window

    window = editor_window(qtbot, clock, tmp_path)  # its unsaved edits dropped before it closes
    window.activateWindow()  # the window's keys
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.library_view.select("short-test")
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    timeline = editor_of(window).session.timeline
    assert any("Plank" in timeline.item(row).text() for row in range(timeline.count()))
    to_german(qtbot, window)
    qtbot.waitUntil(lambda: editor_of(window).session.timeline is not timeline, timeout=2000)
    timeline = editor_of(window).session.timeline
    plank = window.library.catalogue["plank"].name
    assert plank != "Plank"
    shown = [timeline.item(row).text() for row in range(timeline.count())]
    assert not [line for line in shown if "Plank" in line], "the old names"
    assert any(plank in line for line in shown), shown

    editor = editor_of(window)
    type_into(qtbot, editor.routine_page.name, " ")  # a routine with no name does not load: its last version shows
    assert editor.editor.check.routine is None
    to_english(qtbot, window)
    qtbot.waitUntil(lambda: editor_of(window) is not editor, timeout=2000)
    timeline = editor_of(window).session.timeline
    shown = [timeline.item(row).text() for row in range(timeline.count())]
    assert any("Plank" in line for line in shown) and not [line for line in shown if plank in line], shown


@pytest.mark.usefixtures("qt_language")
def test_the_summarys_tip_is_in_the_new_language(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    from workout_timer.domain.care.cards import shipped_cards

    window = app_window(qtbot, clock, tmp_path)
    assert window.settings.cards_on
    start_from_the_preview(qtbot, window, clock)
    for _ in range(80):
        clock.advance(1.0)
        assert window.session.driver is not None
        window.session.driver.wake()
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # Done with the push-ups
    summary = window.session.summary_view
    assert window.current_view() is summary
    card = summary.card.card
    assert card is not None and summary.card.isVisible()
    assert summary.card.title.text() == f"Tip: {card.title}" and summary.card.text.text() == card.text
    to_german(qtbot, window)
    qtbot.waitUntil(lambda: window.current_view() is not summary, timeout=2000)
    again = window.session.summary_view
    assert window.current_view() is again
    german = next(shown for shown in shipped_cards() if shown.id == card.id)
    assert german.title != card.title and german.text != card.text
    assert again.card.title.text() == f"Tipp: {german.title}", "the same tip, in German"
    assert again.card.text.text() == german.text
    window.close()


@pytest.mark.slow  # the real audio host, with Qt's mock speech engine: English voices, and no German one
@pytest.mark.usefixtures("qt_language")
def test_the_players_voice_mark_goes_once_a_voice_of_the_new_language_speaks(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The player said "Voice off" for the rest of the run once German had no voice, though English had one again."""
    from workout_timer import resources
    from workout_timer.qt.common.settings import AudioSettings
    from workout_timer.qt.session.announcer import Announcer

    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="mock")
    window = app_window(qtbot, clock, tmp_path, announcer=announcer)
    host = announcer.host
    with qtbot.waitSignal(host.voicesReady, timeout=15000):
        announcer.start(AudioSettings(rate=1.0))
    with qtbot.waitSignal(announcer.voiceLost, timeout=15000):
        to_german(qtbot, window)  # no voice speaks German here
    start_from_the_preview(qtbot, window, clock)
    player = window.session.player_view
    player.cue_note.timer.timeout.emit()  # as its timer does when a cue has been shown long enough
    assert player.sound_note.text() == "Stimme aus: Hinweise erscheinen hier"
    to_english(qtbot, window)  # during the session: its voice and words stay as they began
    player.cue_note.timer.timeout.emit()
    assert player.sound_note.text() == "Voice off: cues show here", "no voice yet: the mark stays"
    with qtbot.waitSignal(host.voicesReady, timeout=15000):  # the voice of the new language, as the session ends
        qtbot.keyClick(player, Qt.Key.Key_Escape)
        clock.advance(1.0)
        qtbot.keyClick(player, Qt.Key.Key_Return)  # stopped
    assert not announcer.voice_lost
    summary = window.session.summary_view
    assert window.current_view() is summary
    clock.advance(GUARD + 0.1)
    qtbot.mouseClick(summary.again_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is player and window.session.driver is not None
    player.cue_note.timer.timeout.emit()
    assert player.sound_note.text() == "", "the voice speaks again: no mark"
    window.close()
    assert not host.running


def test_the_players_voice_mark_follows_what_the_audio_host_says_of_the_voice(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The quick loop's check of the one above: the mark comes with a voice lost and goes with a voice ready, as the
    audio host tells them (its messages given by hand, as `test_sound_notices` does)."""
    window = app_window(qtbot, clock, tmp_path)
    host = window.announcer.host
    player = window.session.player_view
    host._on_message("speech_failed", {"reason": "No voice speaks the app's language.", "no_voice": "de"})
    assert player.sound_note.text() == "Voice off: cues show here"
    host._on_message("speech_ready", {"voices": ["Stand-in"], "voice": "Stand-in", "language": "en"})
    assert player.sound_note.text() == ""
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_notices_told_in_the_old_language_go_with_the_change_and_new_ones_speak_the_new(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """A notice kept its English for its 15 seconds over a German window. Told in words already made, it can't be
    said again in the new language: it goes with the change (the log keeps it)."""
    from tests.helpers.editor_window import editor_of
    from tests.helpers.editor_window import window as editor_window

    window = editor_window(qtbot, clock, tmp_path)  # its unsaved edits dropped before it closes
    window.activateWindow()  # the window's keys
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.library_view.select("core-for-runners")
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    notice = window.findChild(QLabel, "notice")
    assert isinstance(notice, QLabel) and notice.isVisible() and notice.text().startswith("Your version:")
    to_german(qtbot, window)
    assert window.notices.messages() == [] and window.notices.waiting() == []
    assert not notice.isVisible()
    qtbot.mouseClick(editor_of(window).back_button, Qt.MouseButton.LeftButton)  # nothing changed: nothing asked
    assert window.current_view() is window.library_view
    window.library_view.select("post-run-stretch")
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert notice.isVisible() and notice.text().startswith("Deine Fassung:"), notice.text()
