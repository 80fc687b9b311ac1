"""A language chosen in the preferences is put into effect at once: every open screen in it, nothing the runner
was doing lost, through the real combo box in the real preferences and the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.pseudo_language import live_pseudo_language, unmarked
from tests.qt.common.test_larger_text import cut_short
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.session.session_driver import SessionDriver
from workout_timer.qt.shell.main_window import MainWindow

APP = "Workout Timer"


def preferences(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """The preferences as Session → Sound, voice and language… (Ctrl+,) opens them, with the keys' focus on the
    language's combo box."""
    session = window.menuBar().actions()[0].menu()
    assert isinstance(session, QMenu)
    session.actions()[0].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language.combo.setFocus()
    return dialog


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def running(qtbot: QtBot, clock: FakeClock, tmp_path: Path, seconds: float) -> tuple[MainWindow, SessionDriver]:
    """The window with the short routine's session `seconds` in."""
    window = app_window(qtbot, clock, tmp_path)
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    driver = window.session.driver
    assert driver is not None
    clock.advance(seconds)
    driver.wake()
    return window, driver


def routine_name(window: MainWindow, routine_id: str) -> str:
    entry = window.library.find(routine_id)
    assert entry is not None
    return entry.name


@pytest.mark.usefixtures("qt_language")
def test_german_is_chosen_in_the_preferences_and_every_open_screen_speaks_it_at_once_then_english_again(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    view = window.library_view
    qtbot.keyClicks(view.search, "core")
    view.level.setCurrentIndex(1)
    chosen = view.current_entry()
    assert chosen is not None
    english_name = routine_name(window, chosen.id)
    english_menus = menu_titles(window)
    dialog = preferences(qtbot, window)
    assert dialog.windowTitle() == "Sound, voice and language"

    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    assert window.settings.language == "de" and language.current() == "de", "at once"
    qtbot.waitUntil(lambda: menu_titles(window) != english_menus, timeout=2000)
    assert menu_titles(window)[0] == "&Einheit" and "&Hilfe" in menu_titles(window)
    assert dialog.isVisible() and window.findChild(SettingsDialog) is dialog, "the preferences stay open"
    assert dialog.windowTitle() == "Ton, Stimme und Sprache"
    qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=2000)  # German is longer, never cut (and the size
    # the German wants: tests/qt/preferences/test_preferences_size.py)
    assert dialog.focusWidget() is dialog.language.combo and dialog.language.combo.currentText() == "Deutsch"
    assert "Routinen" in view.heading.text() and view.hint.text() != "Enter or double-click opens a routine"
    assert view.search.text() == "core" and view.level.currentIndex() == 1, "the search and the filters stay"
    assert view.level.currentText() != "Beginner" and view.kind.itemText(0) != "Any kind"
    again = view.current_entry()
    assert again is not None and again.path == chosen.path, "the chosen routine stays chosen"
    german_name = routine_name(window, chosen.id)
    assert german_name != english_name and view.routines.currentItem().text() == german_name, "content in German"

    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_Up)  # English
    assert window.settings.language == "en" and language.current() == "en"
    qtbot.waitUntil(lambda: menu_titles(window) == english_menus, timeout=2000)
    assert dialog.isVisible() and dialog.windowTitle() == "Sound, voice and language"
    assert view.heading.text() == "Routines" and view.level.currentIndex() == 1 and view.search.text() == "core"
    assert view.routines.currentItem().text() == english_name
    dialog.close()
    window.close()


def _open_screens(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The preview of a routine, the guide and the preferences open; the names of what they show as content."""
    window.show_today()  # Today and the history built before the change, shown after it
    window.show_history()
    window.show_library()
    view = window.library_view
    view.select("core-for-runners")
    qtbot.keyClick(view.routines, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    window.menus.show_guide("keys")  # as F1, then its Keys page
    assert window.menus.guide is not None and window.menus.guide.isVisible()
    preferences(qtbot, window)
    names = [APP, *(entry.name for entry in window.today_screen.programmes().entries())]
    for entry in window.today_screen.programmes().entries():  # their descriptions and weeks' notes: content
        if entry.programme is not None:
            names += [entry.programme.description, *(week.note for week in entry.programme.weeks)]
    for entry in window.library.entries():
        names.append(entry.name)
        if entry.routine is not None:
            names += [entry.routine.name, entry.routine.description or ""]
    return sorted(names, key=len, reverse=True)


def test_no_open_screen_is_left_in_the_old_language_when_the_language_changes_live(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.settings.cards_on = False  # the tips are the care cards' own words, their test's
    names = _open_screens(qtbot, window)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    with live_pseudo_language():
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text().startswith("⟦"), timeout=2000)
        guide = window.menus.guide
        assert guide is not None and guide.isVisible()
        # the preview, built again, and the library's words behind it
        assert window.current_view() is window.preview_view
        assert unmarked(window, allowed=names) == []
        window.show_library("core-for-runners")
        assert window.current_view() is window.library_view
        assert unmarked(window, allowed=names) == []
        assert unmarked(dialog) == [] and dialog.isVisible()
        assert unmarked(guide, allowed=[APP]) == []
        for menu in window.menuBar().findChildren(QMenu):
            assert unmarked(menu) == [], menu.title()
        window.show_history()
        months = [QLocale().monthName(month) for month in range(1, 13)]  # Qt's calendar, in the locale's words
        assert unmarked(window, allowed=[*names, *months]) == []
        window.show_today()
        assert window.current_view() is window.today_screen.view
        assert unmarked(window, allowed=names) == []
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Session", timeout=2000)
    QApplication.processEvents()
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_a_session_running_keeps_its_time_exactly_and_its_player_speaks_the_new_language_at_once(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window, driver = running(qtbot, clock, tmp_path, 7.4)  # into the first exercise's step
    engine = driver.engine
    deadline = engine.deadline
    player = window.session.player_view
    assert player.stop_button.text() == "■  Stop"
    phase = player.phase_title.text()
    window.show_settings()  # over the player, as Ctrl+, opens them there: the session waits for them
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and engine.state is State.PAUSED
    before = (engine.segment, engine.started_at, engine.deadline, engine.since_start(), engine.next_wakeup())
    dialog.language.combo.setFocus()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    qtbot.waitUntil(lambda: player.stop_button.text() != "■  Stop", timeout=2000)
    assert window.session.driver is driver and window.session.player_view is player, "the same session, on screen"
    after = (engine.segment, engine.started_at, engine.deadline, engine.since_start(), engine.next_wakeup())
    assert after == before, "the engine is neither restarted nor re-timed"
    assert player.phase_title.text() != phase, "the phase in German at once"
    assert player.sound_note.text() != "", "it says once that the routine's own words stay as they began"
    dialog.close()
    assert engine.state is State.RUNNING and engine.deadline == deadline, "on again, to the same deadline"
    clock.advance(1.0)
    driver.wake()
    assert engine.deadline == deadline, "and it runs on to it"
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_a_session_under_way_keeps_its_voice_and_words_until_it_ends(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cues planned after a change were once German around the routine's English names, in a voice switched at
    once: the session keeps the words it began in, and the voice of the new language is asked for as it ends."""
    from workout_timer.qt.audio.audio_client import AudioHost

    asked: list[str] = []
    monkeypatch.setattr(AudioHost, "speak_language", lambda *_: asked.append(language.current()))
    window, driver = running(qtbot, clock, tmp_path, 2.0)
    dialog = preferences(qtbot, window)
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    player = window.session.player_view
    qtbot.waitUntil(lambda: player.stop_button.text() != "■  Stop", timeout=2000)  # the switch carried out
    assert language.current() == "de" and asked == [], "no new voice while the session runs"
    assert driver.engine.words.language == "en", "its cues are said in the words it began in"
    dialog.close()
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)  # stop: it pauses and asks
    assert player.stop_question.isVisible()
    qtbot.mouseClick(player.stop_question.stop_button, Qt.MouseButton.LeftButton)
    assert window.session.driver is None, "stopped"
    qtbot.waitUntil(lambda: asked == ["de"], timeout=2000)  # the voice of the new language, once, as it ended
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_the_editors_unsaved_draft_and_its_undo_history_survive_a_change_of_language(
    qtbot: QtBot, main: MainWindow
) -> None:
    from tests.helpers.editor_window import editor_of, type_into

    window = main
    window.library_view.select("short-test")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    before = editor_of(window)
    type_into(qtbot, before.routine_page.name, "Lunch break")
    assert before.editor.document["name"] == "Lunch break" and before.editor.undo_stack.canUndo()
    save_words = before.save_button.text()
    window.settings.language = "de"  # as the preferences' combo box writes it
    qtbot.waitUntil(lambda: editor_of(window) is not before, timeout=2000)
    after = editor_of(window)
    assert after.editor is before.editor, "the same document, undo history and all"
    assert after.routine_page.name.text() == "Lunch break" and after.editor.document["name"] == "Lunch break"
    assert after.save_button.text() != save_words, "the editor's words in German"
    qtbot.keyClick(after.routine_page.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the undo
    assert after.editor.document["name"] == "Short test session" == after.routine_page.name.text()


@pytest.mark.usefixtures("qt_language")
def test_the_preview_and_the_history_are_built_again_where_the_runner_left_them(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    from workout_timer.domain.care.gentler import Dial

    window = app_window(qtbot, clock, tmp_path)
    window.library_view.select("core-for-runners")
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_Return)
    preview = window.preview_view
    qtbot.keyClick(preview, Qt.Key.Key_G)  # gentler
    dial = preview.dial.dial()
    assert dial is not Dial.NORMAL
    back_words = preview.back_button.text()
    bar = preview.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400, timeout=2000)
    bar.setValue(bar.maximum() // 2)  # read halfway down
    place = bar.value()
    window.settings.language = "de"
    qtbot.waitUntil(lambda: window.preview_view is not preview, timeout=2000)
    again = window.preview_view
    assert window.current_view() is again and again.dial.dial() is dial
    shown = again.text.verticalScrollBar().value()
    assert abs(shown - place) < place / 3, f"still read halfway down (German is longer): {shown}, was {place}"
    assert again.back_button.text() != back_words
    entry = again.entry()
    assert entry is not None and entry.id == "core-for-runners" and entry.name == routine_name(window, entry.id)

    window.show_history()
    history = window._history_view
    assert history is not None
    history.calendar.setCurrentPage(2025, 3)
    window.settings.language = "en"
    qtbot.waitUntil(lambda: window._history_view is not history, timeout=2000)
    rebuilt = window._history_view
    assert rebuilt is not None and window.current_view() is rebuilt
    assert (rebuilt.calendar.yearShown(), rebuilt.calendar.monthShown()) == (2025, 3)
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_the_check_in_and_the_summary_on_screen_switch_their_words_and_keep_the_answers_given(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.helpers.check_in import press, settle, start
    from workout_timer.domain.care.back_care import CheckIn, Moment

    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    start(qtbot, window, clock)
    asking = window.session.check_in_view
    question = asking.question.text()
    press(qtbot, window, Qt.Key.Key_3)  # pain 3, not sent yet
    window.settings.language = "de"
    qtbot.waitUntil(lambda: window.current_view() is not asking, timeout=2000)
    again = window.session.check_in_view
    assert window.current_view() is again and again.question.text() != question, "the question in German"
    assert again.answer() == CheckIn(Moment.BEFORE, 3), "the answer given so far is kept"
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view and window.session.driver is not None

    while window.session.driver is not None:  # on to the end, and the check-in after it
        press(qtbot, window, Qt.Key.Key_Right)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # no answer after
    summary = window.session.summary_view
    assert window.current_view() is summary
    back = summary.library_button.text()
    window.settings.language = "en"
    qtbot.waitUntil(lambda: window.current_view() is not summary, timeout=2000)
    assert window.current_view() is window.session.summary_view
    assert window.session.summary_view.library_button.text() != back
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_the_next_day_question_above_the_routines_asks_in_the_new_language(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    from tests.qt.shell.test_next_day_question import bar_of, opened, trained

    trained(catalogue, days_ago=1)
    window = opened(qtbot, clock, tmp_path)
    bar = bar_of(window)
    assert bar is not None and bar.question.text() == "How is your back compared to yesterday?"
    window.settings.language = "de"
    qtbot.waitUntil(lambda: bar.question.text() != "How is your back compared to yesterday?", timeout=2000)
    assert bar.not_now.text().startswith("Jetzt nicht")
    window.close()


@pytest.mark.usefixtures("qt_language")
def test_a_file_open_as_text_keeps_its_unsaved_text_and_says_its_mistakes_in_the_new_language(
    qtbot: QtBot, main: MainWindow
) -> None:
    from workout_timer.domain.common.paths import user_routines_dir

    path = user_routines_dir() / "broken.yaml"
    path.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: plank\n    duration: soon\n")
    main.reload_library()
    main.library_view.select("broken")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    qtbot.mouseClick(main.preview_view.edit_button, Qt.MouseButton.LeftButton)
    text_view = main.editing.text_view
    assert text_view is not None and main.current_view() is text_view
    text_view.editor.appendPlainText("# mine")
    text = text_view.text()
    english = (text_view.save_button.text(), text_view.problems.item(0).text())
    main.settings.language = "de"
    qtbot.waitUntil(lambda: text_view.save_button.text() != english[0], timeout=2000)
    assert text_view.text() == text and text_view.dirty, "the unsaved text stays"
    assert text_view.problems.count() == 1 and text_view.problems.item(0).text() != english[1]
    assert "Zeile 5" in text_view.problems.item(0).text()


def test_the_player_is_read_in_the_new_language_too_by_a_screen_reader(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The player's buttons switched, but what a screen reader names its parts by stayed English ("Workout",
    "Step", "How to do it"): every word of the player on show, accessible names included, in the new language;
    the routine's own words (the session goes on in them) allowed."""
    window, driver = running(qtbot, clock, tmp_path, 7.4)  # into the first exercise's step
    entry = window.library.find("short-test")
    assert entry is not None and entry.routine is not None
    player = window.session.player_view
    content = [entry.name, *(segment.exercise.name for segment in driver.engine.timeline.segments if segment.exercise)]
    for segment in driver.engine.timeline.segments:
        if segment.exercise is not None:
            exercise = segment.exercise
            content += [*exercise.instructions, *exercise.cues, *exercise.mistakes, exercise.caution or ""]
    with live_pseudo_language():
        qtbot.waitUntil(lambda: player.stop_button.text().startswith("⟦"), timeout=2000)
        clock.advance(1.0)
        driver.wake()
        left = unmarked(player, allowed=sorted(set(content), key=len, reverse=True))
        assert left == [], "\n".join(left)
    window.close()
