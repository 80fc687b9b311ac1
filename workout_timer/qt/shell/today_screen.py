"""The Today screen's part in the window: which programme is followed (the history's to say), the plan worked
out for today, starting, stopping or choosing a programme, and Start on today's routine at its week's dose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workout_timer import resources
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import today_by
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.common.paths import user_programmes_dir
from workout_timer.domain.history.following import Following
from workout_timer.domain.library.entry import Source
from workout_timer.domain.library.importing import OnClash
from workout_timer.domain.programmes.plan import MostlyDone, TodayPlan, routines_finished, today_plan
from workout_timer.domain.programmes.programme_files import ProgrammeImport, export_programme, save_programme
from workout_timer.domain.programmes.programme_library import ProgrammeEntry, ProgrammeLibrary
from workout_timer.domain.routines.problems import LoadError
from workout_timer.qt.library.today_view import TodayView
from workout_timer.qt.routines.editing_questions import ask_keep_both_or_replace

if TYPE_CHECKING:
    from workout_timer.domain.common.clock import Clock, WallClock
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.library.library_view import LibraryView
    from workout_timer.qt.library.preview_view import PreviewView


class TodayWindow(Protocol):
    """What Today needs of the main window."""

    library: Library
    library_view: LibraryView

    @property
    def history(self) -> HistoryStore: ...
    def show_view(self, view: QWidget) -> None: ...
    def current_view(self) -> QWidget | None: ...
    def show_library(self, select: str = "") -> None: ...
    def start_routine(self, entry: Entry, dial: Dial, as_written: bool = False, week: Dial | None = None) -> None: ...
    def show_preview(self, entry: Entry, week: Dial | None = None) -> None: ...
    @property
    def preview_view(self) -> PreviewView: ...
    def notify(self, message: str) -> None: ...


class TodayScreen:
    """Keeps the Today view in step with the history and the programmes, and carries out what it asks.

    `home` says whether Today is where the runner came from: a preview or a session it started leads back
    to it, and All routines (Esc) leaves it for the routines until Today is asked for again. Only a plan is a
    home: the programmes to choose from (no programme followed) are left for the routines. From the routines
    reached from Today (All routines, or a search begun there), Esc leads back to it, plan or programmes."""

    def __init__(self, window: TodayWindow, clock: Clock, wall_clock: WallClock) -> None:
        self.window = window
        self._wall_clock = wall_clock
        self._clock = clock
        self.view = self._make_view()
        self._came = False
        """Today was shown, and not left by All routines since."""
        self._left = False
        """The routines were reached from Today (All routines, or a search begun there), and Today not shown since."""
        window.library_view.backRequested.connect(self._on_back)
        self._plan: TodayPlan | None = None
        self._mostly_done = MostlyDone(lambda session: self.window.history.events(session))
        """Each finished session's events read once, not at every refresh."""

    def _make_view(self) -> TodayView:
        view = TodayView(clock=self._clock)
        view.startRequested.connect(self._on_start)
        view.previewRequested.connect(self._on_preview)
        view.programmeChosen.connect(self._on_chosen)
        view.stopRequested.connect(self._on_stop)
        view.routinesRequested.connect(self._on_routines)
        view.searchRequested.connect(self._on_search)
        view.importRequested.connect(self._on_import)
        view.exportRequested.connect(self._on_export)
        return view

    def speak_again(self) -> None:
        """Today built again in the language now in use (the programmes and routines read again in it), in its
        place on screen if it was shown."""
        old = self.view
        self.view = self._make_view()
        if self.window.current_view() is old:
            self.refresh()
            self.window.show_view(self.view)
        old.hide()
        old.deleteLater()

    @property
    def home(self) -> bool:
        return self._came and self._plan is not None

    def show(self) -> None:
        self._came = True
        self._left = False
        self.refresh()
        self.window.show_view(self.view)

    def programmes(self) -> ProgrammeLibrary:
        return ProgrammeLibrary(
            resources.programmes_dir(), user_programmes_dir(), lambda: [e.id for e in self.window.library.entries()]
        )

    def refresh(self) -> None:
        """Today's plan when a programme that loads is followed, else the programmes to choose from."""
        following = self.window.history.following()
        programmes = self.programmes()
        entry = programmes.find(following.programme_id) if following is not None else None
        if following is None or entry is None or entry.programme is None:
            self._plan = None
            entries = programmes.entries()
            self.view.show_choices(entries, _why_not(following, entry), self._needs(entries))
            return
        done = routines_finished(
            self.window.history.sessions(), self._mostly_done, entry.programme, following.started_on
        )
        self._plan = today_plan(entry.programme, following.started_on, done, self.today())
        names = {routine.id: routine.name for routine in self.window.library.entries()}
        routine = self._routine()
        self.view.show_plan(self._plan, lambda rid: names.get(rid, rid), routine is not None)

    def _needs(self, entries: list[ProgrammeEntry]) -> dict[str, str]:
        """What each programme's routines need, in words, by the programme's id."""
        from workout_timer.domain.programmes.today_text import equipment, equipment_line

        library = self.window.library

        def routine_of(routine_id: str) -> Routine | None:
            entry = library.find(routine_id)
            return None if entry is None else entry.routine

        return {e.id: equipment_line(equipment(e.programme, routine_of)) for e in entries if e.programme is not None}

    def week_for(self, routine_id: str) -> Dial | None:
        """The programme week's dose `routine_id` runs at in its next planned session of the followed programme
        (`TodayPlan.next_dose`), whichever day that is; None when it has none."""
        following = self.window.history.following()
        entry = self.programmes().find(following.programme_id) if following is not None else None
        if following is None or entry is None or entry.programme is None:
            return None
        sessions = routines_finished(
            self.window.history.sessions(), self._mostly_done, entry.programme, following.started_on
        )
        plan = today_plan(entry.programme, following.started_on, sessions, self.today())
        return plan.next_dose(routine_id)

    def today(self) -> dt.date:
        """Today, by the window's wall clock (the history's too): the one "today" of the window (Today's plan, the
        next-day question, the sessions' days, and the day timer that tells them all when it turns)."""
        return today_by(self._wall_clock)

    def _routine(self) -> Entry | None:
        if self._plan is None or self._plan.routine_id is None:
            return None
        entry = self.window.library.find(self._plan.routine_id)
        return entry if entry is not None and entry.routine is not None else None

    def _on_start(self) -> None:
        entry = self._routine()
        if entry is not None and self._plan is not None:
            self.window.start_routine(entry, self._plan.dose, week=self._plan.dose)

    def _on_preview(self) -> None:
        entry = self._routine()
        if entry is not None and self._plan is not None:
            self.window.show_preview(entry, self._plan.dose)

    def _on_routines(self) -> None:
        self._came = False
        self.window.show_library()
        self._left = True

    def _on_back(self) -> None:
        """Esc on the routines: back to Today when the runner came from it."""
        if self._left and self.window.current_view() is self.window.library_view:
            self.show()

    def _on_search(self, typed: str) -> None:
        """The routines' search, with what was typed on Today: it leaves Today for the routines, as All routines does
        (a routine found there leads back to them)."""
        self._on_routines()
        self.window.library_view.start_search(typed)

    def _on_chosen(self, programme_id: str) -> None:
        self.window.history.follow(Following(programme_id, self.today()))
        self.refresh()

    def _on_stop(self) -> None:
        """Stop following the programme, once the runner says so: starting it again begins at week 1."""
        if self._plan is not None and not self._plan.finished and not _stop_asked(self.view, self._plan.programme.name):
            return
        self.window.history.follow(None)
        self.refresh()

    # -- import and export, by the rules the command line follows (`programme_files`) ------------------

    def import_file(self, path: Path) -> str | None:
        """Check a programme file and add it to the user's programmes, asking first when its id is taken; the
        id it got, or None."""
        try:
            importing = ProgrammeImport.read(path, self.programmes())
        except LoadError as error:
            problems = "\n".join(str(p) for p in error.problems[:8])
            # Translators: {file} is the programme file's name; its mistakes are listed below, one a line.
            told = _("{file} has mistakes, so it was not imported:").format(file=path.name)
            QMessageBox.warning(self.view, _("Not imported"), f"{told}\n\n{problems}")
            return None
        plan = importing.plan()
        if plan.clash is not None:
            answer = _ask_clash(self.view, plan.id, plan.clash, importing.programme.name)
            if answer is None:
                return None
            plan = importing.plan(OnClash.REPLACE if answer else OnClash.KEEP_BOTH)
        try:
            save_programme(user_programmes_dir(), plan)
        except OSError as error:
            # Translators: {reason} says why, such as "the disk is full".
            self.window.notify(_("Not imported: {reason}.").format(reason=plain_words(error)))
            return None
        # Translators: {name} is the name of the programme or routine imported.
        self.window.notify(_("Imported “{name}”.").format(name=plan.name))
        self.refresh()
        return plan.id

    def export_to(self, programme_id: str, path: Path) -> bool:
        """Write the programme's file to `path` for anyone to import; whether it was written (the user is told)."""
        entry = self.programmes().find(programme_id)
        if entry is None or entry.programme is None:
            return False
        try:
            export_programme(entry, path)
        except OSError as error:
            # Translators: {reason} says why, such as "the disk is full".
            self.window.notify(_("Not exported: {reason}.").format(reason=plain_words(error)))
            return False
        # Translators: {name} is the programme's name, {path} the file written.
        wrote = _("Wrote “{name}” to {path}: anyone with its routines can import it.")
        self.window.notify(wrote.format(name=entry.programme.name, path=path))
        return True

    def _on_import(self) -> None:
        # Translators: a file chooser's list of kinds of file; keep the patterns in brackets as they are.
        kinds = _("Programme files (*.yaml *.yml);;All files (*)")
        chosen, _kind = QFileDialog.getOpenFileName(self.view, _("Import a programme"), str(Path.home()), kinds)
        if chosen:
            self.import_file(Path(chosen))

    def _on_export(self, programme_id: str) -> None:
        chosen, _kind = QFileDialog.getSaveFileName(
            self.view,
            _("Export the programme"),
            str(Path.home() / f"{programme_id}.yaml"),
            # Translators: a file chooser's kind of file; keep the patterns in brackets as they are.
            _("Programme files (*.yaml *.yml)"),
        )
        if chosen:
            self.export_to(programme_id, Path(chosen))


def _why_not(following: Following | None, entry: ProgrammeEntry | None) -> str:
    """Why the programme followed can't be shown (its file gone or with mistakes); nothing when none is followed."""
    if following is None:
        return ""
    if entry is None:
        # Translators: {name} is the programme's id, the name of its file.
        gone = _(
            "The programme you follow, {name}, is no longer there. Your sessions are all kept: "
            "start it again, or choose another."
        )
        return gone.format(name=following.programme_id)
    where = str(entry.problems[0]) if entry.problems else ""
    # Translators: {name} is the programme's name; {problem} is the first mistake in its file.
    return _("The programme you follow, {name}, can't be read ({problem}). Fix its file, or choose another.").format(
        name=entry.name, problem=where
    )


def _stop_asked(parent: QWidget, name: str) -> bool:
    """Whether the runner means to stop following the programme `name`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Stop this programme?"))
    # Translators: {name} is the programme's name.
    box.setText(_("Stop following “{name}”?").format(name=name))
    box.setInformativeText(_("Your sessions stay in your history. If you start it again, it begins at week 1."))
    stop = box.addButton(_("Stop following"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is stop


def _ask_clash(parent: QWidget, programme_id: str, existing: ProgrammeEntry, name: str) -> bool | None:
    """True to replace the programme there is, False to keep both, None to leave it."""
    if existing.source is Source.USER:
        # Translators: {name} is the programme being imported, {file} its file name, {other} the name of the
        # runner's own programme with that file name.
        same = _("“{name}” has the same file name ({file}) as your programme “{other}”.")
    else:
        # Translators: {name} is the programme being imported, {file} its file name, {other} the name of the
        # built-in programme with that file name.
        same = _("“{name}” has the same file name ({file}) as the built-in programme “{other}”.")
    return ask_keep_both_or_replace(
        parent,
        _("A programme with this name exists"),
        same.format(name=name, file=programme_id, other=existing.name),
    )
