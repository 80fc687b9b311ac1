"""The pseudo-language the translation tests use finds what was never marked, and passes what was."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.common.plurals import counted


def _window(qtbot: QtBot, *texts: str) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    for text in texts:
        column.addWidget(QLabel(text))
    window.setWindowTitle(_("Workout Timer"))
    return window


def test_marked_text_passes_and_a_glued_or_unmarked_piece_is_found(qtbot: QtBot) -> None:
    with pseudo_language():
        window = _window(
            qtbot,
            _("Start"),
            ngettext("{n} second", "{n} seconds", 2).format(n=2),
            counted(3, "second", "seconds"),
            "Stop",
            _("Week {n}").format(n=1) + " done",
        )
    leftovers = unmarked(window)
    assert len(leftovers) == 2, leftovers
    assert "'Stop'" in leftovers[0] and "'done'" in leftovers[1]


def test_content_named_as_allowed_and_numbers_pass(qtbot: QtBot) -> None:
    with pseudo_language():
        window = _window(qtbot, _("Next up: {name}").format(name="Plank"), "Plank", "0:34", "3 × 20")
    assert unmarked(window) == ["QLabel '' text: 'Plank' in 'Plank'"]
    assert unmarked(window, allowed=["Plank"]) == []


def test_a_button_and_its_accessible_name_are_read(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)
    button.setAccessibleName("Go on")
    with pseudo_language():
        window.setWindowTitle(_("Workout Timer"))
    assert any("'Go'" in line for line in unmarked(window))
    assert any("Go on" in line for line in unmarked(window))


def test_markup_and_nested_marks_are_taken_out() -> None:
    assert outside_brackets("<b>⟦Week ⟦one⟧ done⟧</b>").strip() == ""
