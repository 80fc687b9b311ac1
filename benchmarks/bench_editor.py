"""One keystroke in the routine editor, for every built-in routine, against a bare Qt baseline.

A keystroke in a field makes an undoable edit, checks the whole routine through the loader, rebuilds
the list of steps, refreshes the page and, when the routine loads, the session on the right. All of
it runs on the GUI thread, so it must stay well under a frame (16 ms) to keep typing smooth.
Baseline in the same run: the same number of rows put into a bare QListWidget, the cheapest view of
a routine's session a window could show.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QListWidget

from workout_timer import resources
from workout_timer.domain.editing.draft import document_of, with_value
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.qt.editor.editor_view import EditorView
from workout_timer.qt.editor.routine_editor import RoutineEditor

KEYS = 40


def main() -> None:
    app = QApplication([])
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    print(f"{'routine':28} {'segments':>8} {'key median':>11} {'key max':>8} {'baseline':>9} {'ratio':>6}")
    for entry in library.entries():
        assert entry.routine is not None
        editor = RoutineEditor(library.catalogue, entry.id, document_of(entry.routine), is_new=False)
        view = EditorView(editor)
        view.resize(1280, 720)
        view.show()
        view.select(("steps", 0))
        app.processEvents()
        rows = len(build_timeline(entry.routine))
        times = []
        for key in range(KEYS):  # type a description, one letter at a time, as a field would
            text = "a" * (key + 1)
            started = time.perf_counter()
            editor.edit("Change", with_value(editor.document, ("description",), text), merge=("description",))
            app.processEvents()
            times.append(time.perf_counter() - started)
        baseline = []
        bare = QListWidget()
        bare.show()
        for _ in range(KEYS):
            started = time.perf_counter()
            bare.clear()
            bare.addItems([f"row {n}" for n in range(rows)])
            app.processEvents()
            baseline.append(time.perf_counter() - started)
        median, base = statistics.median(times), statistics.median(baseline)
        print(
            f"{entry.id:28} {rows:8} {median * 1000:9.1f}ms {max(times) * 1000:6.1f}ms "
            f"{base * 1000:7.2f}ms {median / base:6.1f}"
        )
        view.close()
        bare.close()


if __name__ == "__main__":
    main()
