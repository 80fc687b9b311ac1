"""Making or changing an exercise of the routine's own: name, kind, how to do it, what to say."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import check_exercises, shown, typed
from workout_timer.domain.editing.field_words import kind_word
from workout_timer.domain.routines.routine import Kind
from workout_timer.qt.common.keyboard import label_field
from workout_timer.qt.editor.inline_errors import error_label, show_messages

LIST_FIELDS = ("instructions", "cues", "mistakes")


class ExerciseDialog(QDialog):
    """A form for one exercise, checked by the loader as it is typed; Save stays off until it is right.

    No signals: `ask` returns the exercise's data (as written in a routine's `exercises:`), or None.
    """

    def __init__(self, exercise_id: str, data: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Your own exercise") if data is None else _("Change your exercise"))
        self.resize(620, 640)
        self._id = exercise_id
        data = data or {}
        self._pose = data.get("pose")
        """The picture's pose, written in the file by hand: kept as it is, not edited here."""
        self._links: dict[str, Any] = {key: data[key] for key in ("easier", "harder") if key in data}
        """Its easier and harder variants, written in the file by hand: kept as they are, like the pose."""
        self._fields(data)
        self._lay_out()
        self._connect()
        self.name.setFocus()
        self._on_changed()

    def _fields(self, data: dict[str, Any]) -> None:
        """A field for each part of the exercise, showing `data`."""
        self.name = QLineEdit(str(data.get("name", "")))
        self.name.setPlaceholderText(_("What you call it, e.g. Wall angels"))
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_word(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", Kind.CORE.value))))
        self.description = QLineEdit(str(data.get("description", "")))
        self.description.setPlaceholderText(_("What it is good for (optional)"))
        self.lists = {key: QPlainTextEdit("\n".join(str(line) for line in data.get(key, []))) for key in LIST_FIELDS}
        self.lists["instructions"].setPlaceholderText(_("One step of the movement per line"))
        self.lists["cues"].setPlaceholderText(_("Up to three short reminders, one per line, said during the exercise"))
        self.lists["mistakes"].setPlaceholderText(_("What to avoid, one per line (optional)"))
        for box in self.lists.values():
            box.setTabChangesFocus(True)
        self.lists["instructions"].setMinimumHeight(90)
        for key in ("cues", "mistakes"):
            self.lists[key].setMaximumHeight(70)
        self.caution = QLineEdit(str(data.get("caution", "")))
        self.caution.setPlaceholderText(_("When to take care or leave it out (optional)"))
        self.usual = QLineEdit(shown(data.get("duration", data.get("reps"))))
        self.usual.setPlaceholderText(_("e.g. 30s or 1m, or a number of reps"))
        self.usual_reps = QCheckBox(_("reps"))
        self.usual_reps.setChecked("reps" in data)
        self.sided = QCheckBox(_("Done one side at a time (left, then right)"))
        self.sided.setChecked(bool(data.get("sided")))
        self.equipment = QLineEdit(", ".join(str(e) for e in data.get("equipment", [])))
        self.equipment.setPlaceholderText(_("e.g. mat, wall (optional)"))

        self.picture = QLabel(
            _("Drawn from the pose written in the routine file; it is kept as it is.")
            if self._pose is not None
            else _(
                "None yet: give it a pose: in the routine's file (Routine → Open as text; the routine "
                "format explains how)."
            )
        )
        self.picture.setWordWrap(True)

    def _lay_out(self) -> None:
        """The fields one under another, each with its message below it, then Use this exercise and Cancel."""
        self.errors = {key: error_label() for key in ("name", "kind", *LIST_FIELDS, "caution", "usual", "equipment")}
        self.general = error_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, str]] = [
            (_("Name"), self.name, "name"),
            (_("Kind"), self.kind, "kind"),
            (_("About it"), self.description, ""),
            (_("How to do it"), self.lists["instructions"], "instructions"),
            (_("Form cues"), self.lists["cues"], "cues"),
            (_("Mistakes"), self.lists["mistakes"], "mistakes"),
            (_("Take care"), self.caution, "caution"),
            (_("Usually"), self.usual, "usual"),
            ("", self.usual_reps, ""),
            ("", self.sided, ""),
            (_("Equipment"), self.equipment, "equipment"),
            (_("Picture"), self.picture, ""),
        ]
        self._marked = {key: widget for _, widget, key in rows if key}
        """The field each message line is about, marked while it has a message."""
        for label, widget, key in rows:
            form.addRow(label_field(label, widget) if label else QLabel(), widget)
            if key:
                form.addRow("", self.errors[key])
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(_("Use this exercise"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(self._buttons)

    def _connect(self) -> None:
        """Every change checked at once; Save and Cancel end the dialog."""
        for line in (self.name, self.description, self.caution, self.usual, self.equipment):
            line.textChanged.connect(self._on_changed)
        for box in self.lists.values():
            box.textChanged.connect(self._on_changed)
        self.kind.currentIndexChanged.connect(self._on_changed)
        self.usual_reps.toggled.connect(self._on_changed)
        self.sided.toggled.connect(self._on_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def data(self) -> dict[str, Any]:
        """The exercise as the routine file will hold it (empty fields left out)."""
        found: dict[str, Any] = {"name": self.name.text(), "kind": self.kind.currentData()}
        if self.description.text().strip():
            found["description"] = self.description.text()
        for key, box in self.lists.items():
            lines = [line.strip() for line in box.toPlainText().splitlines() if line.strip()]
            if lines or key == "instructions":
                found[key] = lines
        if self.caution.text().strip():
            found["caution"] = self.caution.text()
        usual = typed(self.usual.text())
        if usual is not None:
            found["reps" if self.usual_reps.isChecked() else "duration"] = usual
        if self.sided.isChecked():
            found["sided"] = True
        equipment = [item.strip() for item in self.equipment.text().split(",") if item.strip()]
        if equipment:
            found["equipment"] = equipment
        if self._pose is not None:
            found["pose"] = self._pose
        found.update(self._links)
        return found

    def ask(self) -> dict[str, Any] | None:
        return self.data() if self.exec() == QDialog.DialogCode.Accepted else None

    def _on_changed(self) -> None:
        _exercises, result = check_exercises({self._id: self.data()}, self.name.text() or _("your exercise"))
        path = ("exercises", self._id)
        placed: set[str] = set()
        for key, label in self.errors.items():
            fields = ("duration", "reps") if key == "usual" else (key,)
            messages = tuple(m for field in fields for m in result.within((*path, field)))
            placed.update(messages)
            show_messages(label, messages, self._marked[key])
        show_messages(self.general, tuple(str(p.message) for p in result.problems if p.message not in placed))
        self.save.setEnabled(not result.problems)
        self.save.setToolTip("" if not result.problems else _("Fix the marked fields first"))

    def accept(self) -> None:
        if self.save.isEnabled():
            super().accept()
