"""The pages of the editor's middle column: the routine as a whole, an exercise step, a rest, a circuit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.editing.draft import FieldPath, shown, typed, with_value
from workout_timer.domain.editing.field_words import (
    kind_word,
    level_choices,
    move_on_after,
    move_on_choices,
    side_choices,
)
from workout_timer.domain.editing.step_edits import with_measure
from workout_timer.domain.routines.durations import format_duration
from workout_timer.domain.routines.routine import Defaults
from workout_timer.qt.common.theme.look import styled
from workout_timer.qt.editor.editor_form import FormPage
from workout_timer.qt.editor.inline_errors import error_label, show_messages
from workout_timer.qt.editor.routine_editor import RoutineEditor


def _after(value: object) -> str:
    return move_on_after(shown(value))


class RoutinePage(FormPage):
    """The routine as a whole: its name, what it is, and its timings."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, _("About this routine"))
        base = Defaults()
        self.name = self.line(_("Name"), ("name",), _("e.g. Morning core"), number=False)
        self.text(_("Description"), ("description",), _("What it is for, in a sentence or two (optional)"))
        self.choice(_("Level"), ("level",), level_choices())
        self.words(_("Tags"), ("tags",), _("Words to find it by, e.g. core, back-care"))
        self.words(_("Equipment"), ("equipment",), _("What you need, e.g. mat, wall"))
        self.row("", _hint(_("Timings for every step, unless a step sets its own. Times: 45, 45s, 1m30s or 1:30.")))
        prepare, rest, switch = (format_duration(seconds) for seconds in (base.prepare, base.rest, base.switch))
        before_first = _("{time} before the first exercise").format(time=prepare)
        self.line(pgettext("a field of the editor", "Get ready"), ("defaults", "prepare"), before_first)
        rest_words = _("{time} after each step and between sets").format(time=rest)
        self.line(pgettext("a rest step", "Rest"), ("defaults", "rest"), rest_words)
        to_change = _("{time} to change sides").format(time=switch)
        self.line(pgettext("a field of the editor", "Switch sides"), ("defaults", "switch"), to_change)
        self.line(_("Tempo"), ("defaults", "tempo"), _("Seconds per rep, counted aloud; empty: you press Done"))
        self.move_on = self.choice(_("Move on by itself"), ("defaults", "move_on"), move_on_choices(), other=_after)
        self.move_on.setToolTip(_("For steps at your own pace: whether they move on when you don't press Done"))
        self.layout_.addStretch(1)

    def own_problems(self) -> tuple[str, ...]:
        return self.editor.shown.about_routine()


class ExercisePage(FormPage):
    """One exercise step: which exercise, how long or how many, sets, sides, tempo, rests, words."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, _("Exercise"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.change_button = QPushButton(_("Change exercise…"))
        self.own_button = QPushButton(_("Change your exercise…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        self.layout_.insertWidget(1, self.about)
        self.layout_.insertLayout(2, buttons)
        for button in (self.change_button, self.own_button):
            styled(button, lambda look: f"padding: 4px 12px; font-size: {look.pt(11)};")

        self.measure = QComboBox()
        self.measure.addItem(_("For a time"), "duration")
        self.measure.addItem(_("For a number of reps"), "reps")
        self.row(_("Do it"), self.measure)
        self.amount = self.line(_("How long"), ("duration",), "")
        self.reps = self.line(_("Reps"), ("reps",), "")
        self.line(_("Sets"), ("sets",), "1")
        self.choice(_("Sides"), ("sides",), side_choices())
        self.tempo = self.line(_("Tempo"), ("tempo",), "")
        self.rest_between = self.line(_("Rest between sets"), ("rest_between_sets",), "")
        self.rest_after = self.line(_("Rest after"), ("rest",), "")
        self.line(_("Note"), ("note",), _("Shown with the step (optional)"), number=False)
        self.row(_("Spoken lines"), self._spoken_lines(), self.cues)
        self.layout_.addStretch(1)

        self.measure.activated.connect(self._on_measure_chosen)
        self.cues.itemChanged.connect(self._on_cue_changed)
        self.add_cue.clicked.connect(self._on_add_cue)
        self.remove_cue.clicked.connect(self._on_remove_cue)

    def _spoken_lines(self) -> QWidget:
        """The step's own words said during it: a table of seconds and lines, with buttons to add and remove."""
        self.cues = QTableWidget(0, 2)
        # Translators: the headings of the table of the spoken lines of a step: at which second, and what to say.
        self.cues.setHorizontalHeaderLabels([_("At"), _("Say")])
        self.cues.horizontalHeader().setStretchLastSection(True)
        self.cues.verticalHeader().hide()
        self.cues.setColumnWidth(0, 70)
        self.cues.setMaximumHeight(140)
        self.cue_errors = error_label()
        self.add_cue = QToolButton()
        self.add_cue.setText(_("+ Spoken line"))
        self.remove_cue = QToolButton()
        self.remove_cue.setText(_("Remove line"))
        cue_buttons = QHBoxLayout()
        cue_buttons.addWidget(self.add_cue)
        cue_buttons.addWidget(self.remove_cue)
        cue_buttons.addStretch(1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_hint(_("Your own words, said at these seconds into each work period.")))
        column.addWidget(self.cues)
        column.addWidget(self.cue_errors)
        column.addLayout(cue_buttons)
        return holder

    def refresh(self) -> None:
        step = self.editor.value(self.base) or {}
        exercise_id = str(step.get("exercise", ""))
        known = self.editor.catalogue.get(exercise_id)
        own = exercise_id in self.editor.own_exercises()
        self.heading.setText(self.editor.exercise_name(exercise_id))
        from_catalogue = _("{kind} · from the catalogue").format(kind=kind_word(known.kind)) if known else ""
        kind = _("your own exercise") if own else from_catalogue
        self.about.setText(kind)
        self.own_button.setVisible(own)
        reps = "reps" in step or ("duration" not in step and known is not None and known.reps is not None)
        self.measure.setCurrentIndex(1 if reps else 0)
        form = self.form
        form.setRowVisible(self.holders[("duration",)], not reps)
        form.setRowVisible(self.holders[("reps",)], reps)
        form.setRowVisible(self.holders[("tempo",)], reps)
        usual = known.duration if known is not None else None
        usually = _("{amount}, as usual")
        self.amount.setPlaceholderText(usually.format(amount=format_duration(usual)) if usual else _("e.g. 30s or 1m"))
        self.reps.setPlaceholderText(usually.format(amount=known.reps) if known and known.reps else _("e.g. 10"))
        defaults = self.editor.document.get("defaults") or {}
        tempo = defaults.get("tempo")
        self.tempo.setPlaceholderText(
            _("{seconds}s a rep, the routine's").format(seconds=shown(tempo))
            if tempo
            else _("none: you press Done; or seconds per rep")
        )
        rest = shown(defaults.get("rest", format_duration(Defaults().rest)))
        self.rest_after.setPlaceholderText(_("{time}, the routine's rest").format(time=rest))
        self.rest_between.setPlaceholderText(_("{time}, as the rest after").format(time=shown(step.get("rest", rest))))
        super().refresh()
        self._show_cues(step.get("cues") or [])

    def _show_cues(self, cues: list[Any]) -> None:
        self.cues.blockSignals(True)
        self.cues.setRowCount(len(cues))
        for row, cue in enumerate(cues):
            cue = cue if isinstance(cue, dict) else {}
            for column, key in enumerate(("at", "say")):
                text = shown(cue.get(key))
                item = self.cues.item(row, column)
                if item is None:
                    self.cues.setItem(row, column, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self.cues.blockSignals(False)
        show_messages(self.cue_errors, self.editor.shown.within((*self.base, "cues")), self.cues)
        self.remove_cue.setEnabled(bool(cues))

    def _on_measure_chosen(self) -> None:
        self.editor.edit(
            _("Change how long"), with_measure(self.editor.document, self.base, self.measure.currentData())
        )

    def _on_cue_changed(self, item: QTableWidgetItem) -> None:
        key = "at" if item.column() == 0 else "say"
        value = typed(item.text()) if key == "at" else item.text()
        self.changed(("cues", item.row(), key), value if value is not None else "", _("Spoken line"))

    def _on_add_cue(self) -> None:
        cues = list(self.editor.value((*self.base, "cues")) or [])
        cues.append({"at": 5, "say": _("Breathe out")})
        self.editor.edit(_("Add a spoken line"), with_value(self.editor.document, (*self.base, "cues"), cues))

    def _on_remove_cue(self) -> None:
        cues = list(self.editor.value((*self.base, "cues")) or [])
        row = self.cues.currentRow()
        if cues:
            del cues[row if 0 <= row < len(cues) else -1]
            self.editor.edit(_("Remove a spoken line"), with_value(self.editor.document, (*self.base, "cues"), cues))


class RestPage(FormPage):
    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, pgettext("a rest step", "Rest"))
        self.line(_("How long"), ("rest",), _("e.g. 30s or 1m"))
        self.line(_("Note"), ("note",), _("e.g. Drink some water (optional)"), number=False)
        self.row("", _hint(_("No automatic rest is added right before a rest of its own.")))
        self.layout_.addStretch(1)


class CircuitPage(FormPage):
    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, pgettext("a circuit of steps", "Circuit"))
        self.row("", _hint(_("Its steps are repeated for the rounds. Choose the circuit, then add steps into it.")))
        self.line(_("Name"), ("circuit", "name"), _("e.g. Core circuit (optional)"), number=False)
        self.line(_("Rounds"), ("circuit", "rounds"), "1")
        self.line(_("Rest between rounds"), ("circuit", "rest_between_rounds"), _("the routine's rest"))
        self.line(_("Rest after"), ("rest",), _("the routine's rest"))
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        name = self.editor.value((*self.base, "circuit", "name"))
        self.heading.setText(str(name) if name else pgettext("a circuit of steps", "Circuit"))
        super().refresh()

    def own_problems(self) -> tuple[str, ...]:
        """Only the circuit's own: its steps show theirs in the list."""
        inner = (*self.base, "circuit", "steps")
        where = self.editor.shown.where
        return tuple(
            m
            for p, messages in where.items()
            if p[: len(self.base)] == self.base and (p[: len(inner)] != inner or p == inner)
            for m in messages
        )


MINIMUM_WIDTH = 360


class PageStack(QScrollArea):
    """The middle column: the page of the step chosen in the list (or of the routine), one at a time,
    scrolled when it is taller than the window. No signals: the pages edit the document themselves."""

    def __init__(self, editor: RoutineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, which it scrolls into view
        self.editor = editor
        self.routine_page = RoutinePage(editor)
        self.exercise_page = ExercisePage(editor)
        self.rest_page = RestPage(editor)
        self.circuit_page = CircuitPage(editor)
        self.pages = QStackedWidget()
        for page in self.all_pages():
            self.pages.addWidget(page)
        self.setWidget(self.pages)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest page needs (it scrolls up and down only), and 360 pixels at least."""
        width = self.pages.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(MINIMUM_WIDTH, width), super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a page's needs changed (larger text): the columns again
            self.updateGeometry()
        return super().event(event)

    def all_pages(self) -> tuple[FormPage, ...]:
        return self.routine_page, self.exercise_page, self.rest_page, self.circuit_page

    def show_page(self, path: FieldPath | None) -> None:
        """The page for the step at `path` (the routine's, for None), showing its values."""
        step = self.editor.value(path) if path else None
        page: FormPage = self.routine_page
        if isinstance(step, dict):
            page = (
                self.circuit_page if "circuit" in step else self.exercise_page if "exercise" in step else self.rest_page
            )
        page.base = path or ()
        page.refresh()
        for other in self.all_pages():
            ignored = QSizePolicy.Policy.Ignored  # the stack is as tall as the page shown, no taller
            other.setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred if other is page else ignored
            )
        self.pages.setCurrentWidget(page)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    styled(label, lambda look: f"color: {look.palette.muted};")
    return label


def section(text: str) -> QLabel:
    """A heading over a column of the editor: "STEPS", "THE SESSION"."""
    label = QLabel(text.upper())
    font = label.font()
    font.setBold(True)
    font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
    label.setFont(font)
    styled(label, lambda look: f"color: {look.palette.muted}; padding-top: 6px;")
    return label
