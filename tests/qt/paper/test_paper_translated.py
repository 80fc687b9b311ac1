"""The report's dialog and what the window says of a sheet or a report, in another language: every word is
marked (the pseudo-language finds any that is not), and in German the dialog fits a 1024×600 screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from tests.helpers.pseudo_language import pseudo_language, unmarked
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.paper.paper_dialogs import ReportDates
from workout_timer.qt.shell.main_window import MainWindow

QT_OWN = ["Save", "Cancel"]
"""The dialog's standard buttons, which Qt's own catalogues translate, not ours."""


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def history_with_a_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> HistoryView:
    start_from_the_preview(qtbot, window, clock)
    for _second in range(12):
        clock.advance(1.0)
        window.session.driver.wake()  # type: ignore[union-attr]
    window.session.driver.stop()  # type: ignore[union-attr]
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    return view


def report_through_the_dialog(
    qtbot: QtBot, view: HistoryView, monkeypatch: pytest.MonkeyPatch, path: Path, look: object
) -> None:
    """Report for your physio…: the dates' dialog shown and looked at (`look(dialog)`), then saved to `path`."""

    def shown(dialog: ReportDates) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        look(dialog)  # type: ignore[operator]
        dialog.close()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReportDates, "exec", shown)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), ""))
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)


def test_the_reports_dialog_and_what_the_window_says_are_marked(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDates)
        dates = [edit.text() for edit in (dialog.start, dialog.end)]  # written by Qt in the app's locale
        found.extend(unmarked(dialog, allowed=[*QT_OWN, *dates]))

    with pseudo_language():
        view = history_with_a_session(qtbot, window, clock)
        report_through_the_dialog(qtbot, view, monkeypatch, tmp_path / "report.pdf", look)
        assert view.export_note.text().startswith("⟦Saved the report (1 page) to ")
        assert unmarked(view.export_note) == []
    assert found == []


@pytest.mark.usefixtures("german")
def test_the_reports_dialog_is_german_and_fits_a_small_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDates)
        dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1]))
        seen["title"] = dialog.windowTitle()
        seen["plan"] = dialog.per_week.text()
        seen["buttons"] = sorted(
            button.text() for button in dialog.findChildren(QWidget) if button.inherits("QPushButton")
        )
        seen["cut short"] = cut_short(dialog)

    window.resize(*SMALL)
    view = history_with_a_session(qtbot, window, clock)
    report_through_the_dialog(qtbot, view, monkeypatch, tmp_path / "bericht.pdf", look)
    assert seen == {
        "title": "Ein Bericht für deine Physiotherapie",
        "plan": "Kein Plan",
        "buttons": ["Abbrechen", "Speichern"],
        "cut short": [],
    }
    assert view.export_note.text() == (
        f"Bericht (1 Seite) in {tmp_path / 'bericht.pdf'} gespeichert, seine Zahlen daneben in bericht.csv."
    )
