"""The Today screen's part in the window: which programme is followed (the history's to say), the plan worked
out for today, starting, stopping or choosing a programme, and Start on today's routine at its week's dose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from workout_timer import resources
from workout_timer.domain.common.paths import user_programmes_dir
from workout_timer.domain.history.following import Following
from workout_timer.domain.programmes.plan import TodayPlan, today_plan, trained_days
from workout_timer.domain.programmes.programme_library import ProgrammeLibrary
from workout_timer.qt.library.today_view import TodayView

if TYPE_CHECKING:
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library


class TodayScreen:
    """Keeps the Today view in step with the history and the programmes; `start` runs a routine at a dose,
    `preview` shows it with the dial at that dose, `routines` shows the library."""

    def __init__(
        self,
        view: TodayView,
        library: Library,
        history: Callable[[], HistoryStore],
        start: Callable[[Entry, Dial], None],
        preview: Callable[[Entry, Dial], None],
        routines: Callable[[], None],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.view = view
        self._library = library
        self._history = history
        self._start = start
        self._preview = preview
        self._today = today
        self._plan: TodayPlan | None = None
        view.startRequested.connect(self._on_start)
        view.previewRequested.connect(self._on_preview)
        view.programmeChosen.connect(self._on_chosen)
        view.stopRequested.connect(self._on_stop)
        view.routinesRequested.connect(routines)

    def programmes(self) -> ProgrammeLibrary:
        return ProgrammeLibrary(
            resources.programmes_dir(), user_programmes_dir(), lambda: [e.id for e in self._library.entries()]
        )

    def following(self) -> bool:
        return self._history().following() is not None

    def refresh(self) -> None:
        """Today's plan when a programme that loads is followed, else the programmes to choose from."""
        following = self._history().following()
        programmes = self.programmes()
        entry = programmes.find(following.programme_id) if following is not None else None
        if following is None or entry is None or entry.programme is None:
            self._plan = None
            self.view.show_choices(programmes.entries())
            return
        history = self._history()
        self._plan = today_plan(entry.programme, following.started_on, trained_days(history.sessions()), self._today())
        names = {routine.id: routine.name for routine in self._library.entries()}
        routine = self._routine()
        self.view.show_plan(self._plan, lambda rid: names.get(rid, rid), routine is not None)

    def _routine(self) -> Entry | None:
        if self._plan is None or self._plan.routine_id is None:
            return None
        entry = self._library.find(self._plan.routine_id)
        return entry if entry is not None and entry.routine is not None else None

    def _on_start(self) -> None:
        entry = self._routine()
        if entry is not None and self._plan is not None:
            self._start(entry, self._plan.dose)

    def _on_preview(self) -> None:
        entry = self._routine()
        if entry is not None and self._plan is not None:
            self._preview(entry, self._plan.dose)

    def _on_chosen(self, programme_id: str) -> None:
        self._history().follow(Following(programme_id, self._today()))
        self.refresh()

    def _on_stop(self) -> None:
        self._history().follow(None)
        self.refresh()
