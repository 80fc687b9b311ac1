"""Easier now in the real window: the E key and the Easier button, what the player shows, and what is kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_player_app import open_short_routine, tick
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.contrast import AAA, contrast_ratio
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def press(qtbot: QtBot, main: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or main, key)


def test_the_e_key_makes_the_plank_easier_for_the_rest_of_the_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    library = window.library.catalogue
    tick(window, clock, 5.0 + 4.0)  # 4 s into the 20 s plank
    assert player.name.text() == "Plank" and player.easier_button.isEnabled()
    assert "Plank on your knees" in player.easier_button.toolTip()
    press(qtbot, window, Qt.Key.Key_E)
    assert player.name.text() == "Plank on your knees"
    assert player.timer.digits.text() == "16"  # the same time left
    assert player.figure.pose() == library["knee-plank"].pose
    assert not player.easier_button.isVisible()  # the first rung: nothing easier
    press(qtbot, window, Qt.Key.Key_E)  # a second press changes nothing
    assert player.name.text() == "Plank on your knees"
    tick(window, clock, 16.0 + 1.0)  # the rest: the side plank comes next
    assert player.name.text() == "Side plank" and player.easier_button.isEnabled()
    qtbot.mouseClick(player.easier_button, Qt.MouseButton.LeftButton)
    assert player.name.text() == "Side plank on your knees"
    tick(window, clock, 9.0 + 10 + 5 + 10 + 10 + 1)
    assert player.name.text() == "Knee push-up" and player.easier_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Return)  # done: the summary
    summary = window.session.summary_view.text.toPlainText()
    assert window.current_view() is window.session.summary_view
    assert "4 of 4 steps done" in summary
    assert "Made easier today: Plank → Plank on your knees, Side plank → Side plank on your knees." in summary
    (kept,) = window.history.sessions()
    eased = [(e["exercise"], e["easier"]) for e in window.history.events(kept.id) if e["event"] == "eased"]
    assert eased == [("plank", "knee-plank"), ("side-plank", "knee-side-plank")]
    assert [s["exercise"] for s in kept.segments if s["phase"] == "work"] == [
        "knee-plank",
        "knee-side-plank",
        "knee-side-plank",
        "knee-push-up",
    ]
    clock.advance(GUARD)


def test_the_easier_button_is_hidden_on_an_exercise_with_no_easier_version_and_nothing_moves(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """It used to stay there greyed out, offering nothing."""
    open_short_routine(qtbot, window)
    player = window.session.player_view
    press(qtbot, window, Qt.Key.Key_Right)  # to the plank
    assert player.easier_button.isVisible()
    places = {button.text(): button.geometry() for button in (player.next_button, player.stop_button)}
    press(qtbot, window, Qt.Key.Key_E)
    press(qtbot, window, Qt.Key.Key_E)
    assert player.name.text() == "Plank on your knees" and not player.easier_button.isVisible()
    assert {button.text(): button.geometry() for button in (player.next_button, player.stop_button)} == places
    tick(window, clock, 20.0 + 1.0)  # the rest: the side plank comes next, which has an easier version
    assert player.easier_button.isVisible() and player.easier_button.isEnabled()


def test_how_the_back_felt_by_one_key_in_the_rest_and_red_offers_the_easier_version(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    tick(window, clock, 5.0 + 2.0)
    assert not player.rating.isVisible()  # in the work: no question
    QApplication.processEvents()  # laid out
    assert player.next_up.isVisible()
    next_up = player.next_up.fitted().font.pixelSize()  # the line's type in the work: "Next up: Side plank"
    press(qtbot, window, Qt.Key.Key_1)  # and a key then changes nothing
    tick(window, clock, 18.0 + 1.0)  # the rest after the plank
    assert player.rating.isVisible() and player.rating.text.text() == "Your back after Plank?"
    QApplication.processEvents()  # laid out
    question = player.rating.text  # read from the mat: as wide as the line, not squeezed beside the answers
    assert question.width() > player.width() / 2 and question.fitted().font.pixelSize() >= 0.03 * window.height()
    assert question.fitted().font.pixelSize() <= 1.15 * next_up  # and as large as the line's type, not larger
    press(qtbot, window, Qt.Key.Key_1)
    assert not player.rating.isVisible()  # answered: what it leads to shows where the cues do
    assert player.sound_note.isVisible() and player.sound_note.text() == "Green after Plank. Good."
    tick(window, clock, 9.0 + 10.0 + 1.0)  # the switch of sides after the left side plank: not over yet
    assert not player.rating.isVisible()
    press(qtbot, window, Qt.Key.Key_3)  # and a key then changes nothing
    tick(window, clock, 4.0 + 7.0)  # in the right side: no question
    assert not player.rating.isVisible()
    tick(window, clock, 4.0)  # the rest after its last side
    assert player.rating.isVisible() and player.rating.text.text() == "Your back after Side plank?"
    qtbot.mouseClick(player.rating.buttons[Feel.RED], Qt.MouseButton.LeftButton)
    assert player.sound_note.text().startswith("Red after Side plank")
    assert window.session.driver is not None
    window.session.driver.stop()
    (kept,) = window.history.sessions()
    felt = [(e["exercise"], e["feel"]) for e in window.history.events(kept.id) if e["event"] == "felt"]
    assert felt == [("plank", "green"), ("side-plank", "red")]


def test_the_sound_off_note_comes_back_as_soon_as_the_backs_question_is_answered(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """The question takes the sound note's line while it waits for its answer; the note said nothing of the sound
    off for the whole rest after, though the answer was given at once. Now the answer's words show there, as a cue's
    do, with the sound's state, and then the sound's state alone."""
    open_short_routine(qtbot, window)
    player = window.session.player_view
    press(qtbot, window, Qt.Key.Key_M)  # the sound off
    tick(window, clock, 5.0 + 20.0 + 1.0)  # the rest after the plank
    assert player.rating.isVisible() and player.rating.text.text() == "Your back after Plank?"
    assert not player.sound_note.isVisible()  # the question in its place
    press(qtbot, window, Qt.Key.Key_2)
    assert not player.rating.isVisible() and player.sound_note.isVisible()
    assert player.sound_note.text() == "Amber after Plank: next time keeps this dose.  · sound off"
    player.cue_note.timer.timeout.emit()  # a few seconds later
    assert player.sound_note.isVisible() and player.sound_note.text() == "Sound off (M)"
    tick(window, clock, 2.0)  # the rest goes on: the question does not come back
    assert not player.rating.isVisible() and player.sound_note.isVisible()


def test_e_with_nothing_easier_says_so_on_screen_and_to_a_screen_reader_and_the_timer_runs_on(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It used to say nothing at all: the runner could not tell the key from a missed press."""
    said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    post = QAccessible.updateAccessibility

    def updated(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(updated))
    QAccessible.setActive(True)  # a screen reader listens
    try:
        open_short_routine(qtbot, window)
        player = window.session.player_view
        tick(window, clock, 5.0 + 4.0)  # 4 s into the plank
        press(qtbot, window, Qt.Key.Key_E)
        assert player.name.text() == "Plank on your knees"
        said.clear()
        press(qtbot, window, Qt.Key.Key_E)  # the first rung: nothing easier
        words = "Plank on your knees is the easiest version."
        assert player.sound_note.isVisible() and player.sound_note.text() == words
        assert said == [(words, QAccessible.AnnouncementPoliteness.Polite)]
        assert window.session.driver is not None and window.session.driver.going
        tick(window, clock, 1.0)
        assert player.timer.digits.text() == "15"  # the timer ran on
        assert player.name.text() == "Plank on your knees"
    finally:
        QAccessible.setActive(False)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_what_comes_next_and_the_word_on_e_each_have_a_line_of_their_own_on_a_small_screen_with_larger_text(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, request: pytest.FixtureRequest, lang: str
) -> None:
    """Side by side, "Als Nächstes: …" and "… ist schon die leichteste Variante." read as one sentence."""
    from tests.qt.common.test_larger_text import SMALL
    from tests.qt.shell.test_player_app import text_fits

    if lang == "de":
        request.getfixturevalue("german")
    main = app_window(qtbot, clock, tmp_path)
    qtbot.keyClicks(main.library_view.search, "short test")
    qtbot.keyClick(main.library_view.search, Qt.Key.Key_Return)
    clock.advance(GUARD)  # a moment to read the preview
    qtbot.keyClick(main.preview_view.start_button, Qt.Key.Key_Return)
    player = main.session.player_view
    assert main.current_view() is player
    main.settings.larger_text = True
    request.addfinalizer(lambda: setattr(main.settings, "larger_text", False))  # the look is the app's, shared
    main.resize(*SMALL)
    tick(main, clock, 5.0 + 4.0)
    qtbot.keyClick(player, Qt.Key.Key_E)
    qtbot.keyClick(player, Qt.Key.Key_E)  # nothing easier: it says so where the cues show
    QApplication.processEvents()
    said = {"en": "Plank on your knees is the easiest version.", "de": "Unterarmstütz auf den Knien ist schon"}[lang]
    assert player.sound_note.text().startswith(said) and player.next_up.text()
    next_up, note = player.next_up.geometry(), player.sound_note.geometry()
    assert player.next_up.isVisible() and player.sound_note.isVisible()
    assert note.top() >= next_up.bottom() and note.left() == next_up.left()  # a line each, one under the other
    for label in (player.next_up, player.sound_note):
        assert text_fits(label), label.text()
        assert label.fitted().font.pixelSize() >= 0.025 * main.height(), label.text()  # read from the mat
    player.show_cue("Reach long through your heel")  # a cue's words: under what comes next, too
    QApplication.processEvents()
    assert player.sound_note.text().endswith("heel“" if lang == "de" else "heel”")
    assert player.sound_note.geometry().top() >= player.next_up.geometry().bottom()
    assert (main.width(), main.height()) == SMALL
    main.close()


def most_painted(widget: QWidget) -> str:
    """The colour `widget` paints most of itself in: a button's, around its words."""
    image = widget.grab().toImage()
    colours = Counter(
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    return colours.most_common(1)[0][0]


@pytest.mark.parametrize(
    ("scheme", "high_contrast"), [("light", False), ("dark", False), ("light", True), ("dark", True)]
)
def test_the_ratings_answers_wear_their_traffic_lights_colours_in_every_scheme(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, scheme: str, high_contrast: bool
) -> None:
    """1 Green, 2 Amber and 3 Red were all the player's one button colour."""
    window.settings.colour_scheme = scheme
    window.settings.high_contrast = high_contrast
    open_short_routine(qtbot, window)
    player = window.session.player_view
    tick(window, clock, 5.0 + 20.0 + 1.0)  # the rest after the plank: the question and its answers
    assert player.rating.isVisible()
    QApplication.processEvents()  # laid out
    palette = look().palette
    assert palette.high_contrast is high_contrast and palette.dark is (scheme == "dark")
    painted = {feel: most_painted(button) for feel, button in player.rating.buttons.items()}
    assert painted == {feel: palette.feel(feel)[0] for feel in Feel}
    assert len(set(painted.values())) == 3
    for feel, button in player.rating.buttons.items():
        words = button.palette().color(QPalette.ColorRole.ButtonText).name()
        assert words == palette.feel(feel)[1] and contrast_ratio(words, painted[feel]) >= AAA
    assert window.session.driver is not None
    window.session.driver.stop()
