"""A session's words, from Start to the summary, all marked for translation (the pseudo-language shows any left
out), and in German on a 1024×600 screen with every word whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.check_in import do_the_whole_session, press, settle, start, too_easy_session
from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment, WarningSign
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import iter_exercise_steps
from workout_timer.qt.shell.main_window import MainWindow


def content(window: MainWindow) -> list[str]:
    """The short routine's own words, which are content, not the app's: its name, and each exercise's name,
    steps, form cues, mistakes and caution (its variants' too). Longest first, so a name inside a sentence
    is never taken out before the sentence."""
    entry = window.library.find("short-test")
    assert entry is not None and entry.routine is not None
    routine = entry.routine
    words = [routine.name]
    for exercise in (*routine.variants, *(step.exercise for step in iter_exercise_steps(routine.steps))):
        words += [exercise.name, *exercise.instructions, *exercise.cues, *exercise.mistakes, exercise.caution or ""]
    return sorted({word.rstrip(".") for word in words if word}, key=len, reverse=True)


def left_out(screen: QWidget, window: MainWindow) -> list[str]:
    """The screen's English outside the pseudo-language's brackets, content aside (a tip's words are content too)."""
    card = window.session.summary_view.card.card
    tip = [card.text, card.title] if card is not None and screen is window.session.summary_view else []
    return unmarked(screen, allowed=[*tip, *content(window)])


def run_to(qtbot: QtBot, window: MainWindow, clock: FakeClock, index: int) -> None:
    """Skip (→) to step `index` of the session running."""
    driver = window.session.driver
    assert driver is not None
    for _ in range(20):
        if driver.engine.index >= index:
            break
        press(qtbot, window, Qt.Key.Key_Right)
    assert driver.engine.index == index


def done_to(window: MainWindow, clock: FakeClock, index: int) -> None:
    """Let the step under way run to its end, and on to step `index`: done, not skipped (a rest after an exercise
    skipped asks nothing about the back)."""
    driver = window.session.driver
    assert driver is not None
    for _ in range(60):
        if driver.engine.index >= index:
            break
        clock.advance(1.0)
        driver.wake()
    assert driver.engine.index == index


def test_every_word_of_a_session_is_marked_for_translation(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path, check_ins=True)
        check_in = window.session.check_in_view
        start(qtbot, window, clock)
        assert window.current_view() is check_in
        assert left_out(check_in, window) == []
        press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_N, Qt.Key.Key_D, Qt.Key.Key_Return)  # the advice
        assert check_in.advice.isVisibleTo(check_in) and check_in.gentle_button.isVisibleTo(check_in)
        assert left_out(check_in, window) == []

        settle(clock)  # the moment it takes to read the advice
        press(qtbot, window, Qt.Key.Key_Return)  # go on: the player, getting ready
        player = window.session.player_view
        assert window.current_view() is player
        assert left_out(player, window) == []
        run_to(qtbot, window, clock, 1)  # the plank
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_Space)  # paused
        assert "Space to go on" in player.timer.caption.text()
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_Space)
        done_to(window, clock, 2)  # the rest after it: how was the back?
        assert player.rating.isVisibleTo(player)
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_3)  # red
        assert "Red after" in player.sound_note.text()
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_I)  # the how-to, over the player
        assert player.details.isVisible()
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_I)
        run_to(qtbot, window, clock, 4)  # switch sides
        assert left_out(player, window) == []
        run_to(qtbot, window, clock, 7)  # the push-ups, at your own pace
        assert "Enter when done" in player.timer.caption.text()
        assert left_out(player, window) == []
        press(qtbot, window, Qt.Key.Key_Escape)  # stop?
        assert player.asking_to_stop()
        assert left_out(player, window) == []
        settle(clock)
        press(qtbot, window, Qt.Key.Key_Return)  # stop

        settle(clock)
        assert window.current_view() is check_in and check_in.effort_title.isVisibleTo(check_in)
        assert left_out(check_in, window) == []
        press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_A, Qt.Key.Key_Return)
        summary = window.session.summary_view
        assert window.current_view() is summary
        assert left_out(summary, window) == []
        told = outside_brackets(summary.text.toPlainText())
        for word in content(window):
            told = told.replace(word, " ")
        assert not any(character.isalpha() for character in told), told
        window.close()


def test_the_summary_with_its_suggestion_is_marked(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path, check_ins=True)
        for _ in range(2):  # two easy sessions in a row: a step up
            too_easy_session(qtbot, window, clock)
            if not window.session.summary_view.suggestion.isVisible():
                press(qtbot, window, Qt.Key.Key_Return)
        summary = window.session.summary_view
        assert summary.suggestion.isVisibleTo(summary)
        assert left_out(summary, window) == []
        window.close()


def whole(qtbot: QtBot, screen: QWidget) -> None:
    """Every word on `screen` shows whole, once its layout has settled."""
    try:
        qtbot.waitUntil(lambda: cut_short(screen) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(screen) == []


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("larger", [False, True], ids=["usual text", "larger text"])
def test_a_session_in_german_fits_a_small_screen(qtbot: QtBot, clock: FakeClock, tmp_path: Path, larger: bool) -> None:
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    window.settings.larger_text = larger
    window.resize(*SMALL)
    check_in = window.session.check_in_view
    start(qtbot, window, clock)
    dial = window.preview_view.dial.buttons  # how gentle today, chosen on the way to the check-in
    assert [button.text() for button in dial.values()] == ["Normal", "Sanfter", "Am sanftesten"]
    assert check_in.question.text() == "Wie geht es deinem Rücken heute?"
    skip = check_in.skip_button  # as a screen reader names it, and its key
    assert (skip.accessibleName(), skip.accessibleDescription()) == ("Überspringen", "Taste: Esc")
    whole(qtbot, check_in)
    assert check_in.signs[WarningSign.NUMBNESS].text() == "Taubheit oder Kribbeln  (T)"
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_T, Qt.Key.Key_Return)  # T: Taubheit, German's own letter
    assert check_in.advice_title.text() == "Bitte lass das bald ärztlich abklären"
    assert "Rückenschmerzen zusammen mit Taubheit oder Kribbeln" in check_in.advice_text.text()
    whole(qtbot, check_in)

    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    player = window.session.player_view
    run_to(qtbot, window, clock, 1)
    assert player.phase_title.text() == "ÜBUNG" and player.step.text() == "Schritt 1 von 4"
    assert player.pause_button.text() == "❚❚  Anhalten"  # the runner holds the clock: not the rest, "Pause"
    whole(qtbot, player)
    done_to(window, clock, 2)
    assert player.phase_title.text() == "PAUSE · ALS NÄCHSTES"
    assert player.rating.text.text().startswith("Dein Rücken nach ")
    whole(qtbot, player)
    press(qtbot, window, Qt.Key.Key_Space)  # the rest held: it reads apart from the rest itself
    caption = player.timer.caption  # held: one line, as large as "Paused · Space to go on" in English
    assert caption.text() == "Angehalten · Leertaste" and not caption.fitted().wrapped
    german = caption.fitted().font.pixelSize()
    caption.setText("Paused · Space to go on")
    assert german >= caption.fitted().font.pixelSize()
    assert player.pause_button.text() == "▶  Fortsetzen"
    whole(qtbot, player)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert player.stop_question.title.text() == "Einheit beenden?"
    whole(qtbot, player)
    for button in (player.stop_question.go_on_button, player.stop_question.stop_button):  # not up to the border
        room = button.width() - button.fontMetrics().horizontalAdvance(button.text())
        assert room >= 2 * button.font().pixelSize(), button.text()
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # go on, to the end
    do_the_whole_session(qtbot, window, clock)

    settle(clock)
    # "Nach {name}" put a routine's name where German wants its dative ("Nach Sanfte Rückenpflege"): a colon instead
    assert check_in.routine.text() == "Nach der Einheit: Short test session"
    assert check_in.effort_title.text() == "Wie anstrengend war das?"
    whole(qtbot, check_in)
    press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_L, Qt.Key.Key_Return)  # L: zu leicht
    assert window.history.check_ins()[-1][2] == CheckIn(Moment.AFTER, 1, Effort.TOO_EASY)
    summary = window.session.summary_view
    assert window.current_view() is summary
    assert summary.text.toPlainText().startswith("Gut gemacht!")
    back = summary.library_button  # the key as a German keyboard and the guide's Keys page name it
    assert back.text() == "Zurück zu den Routinen  (Eingabe)"
    assert (back.accessibleName(), back.accessibleDescription()) == ("Zurück zu den Routinen", "Taste: Eingabe")
    whole(qtbot, summary)
    assert (window.width(), window.height()) == SMALL
    window.close()


@pytest.mark.usefixtures("german")
def test_the_summary_and_its_suggestion_in_german_fit_a_small_screen_with_larger_text(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """Seen at 1024×600 with larger text: the suggestion's words, squeezed beside its buttons, were cut off after
    its first change."""
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    window.settings.larger_text = True
    window.resize(*SMALL)
    summary = window.session.summary_view
    for _ in range(2):  # two sessions in a row "zu leicht" (L): a step up
        start(qtbot, window, clock)
        press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
        do_the_whole_session(qtbot, window, clock)
        settle(clock)
        press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_L, Qt.Key.Key_Return)
        if not summary.suggestion.isVisible():
            press(qtbot, window, Qt.Key.Key_Return)
    assert summary.suggestion.isVisibleTo(summary) and summary.card.isVisibleTo(summary)
    assert summary.suggestion_text.text().startswith("<b>Bereit für etwas mehr?</b> Nächstes Mal: ")
    whole(qtbot, summary)
    assert (window.width(), window.height()) == SMALL
    window.close()
