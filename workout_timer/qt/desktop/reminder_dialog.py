"""Session → Daily reminder…: on or off, and at what time."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.domain.desktop.reminders import DEFAULT_TIME, parse_time, unsupported
from workout_timer.domain.desktop.reminders import buttons as reminder_buttons
from workout_timer.qt.common.settings import Settings


class ReminderDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Daily reminder"))
        self.setMinimumWidth(420)
        at = parse_time(settings.reminder_time) or DEFAULT_TIME
        # Translators: a tick box before a time of day, "18:00".
        self.on = QCheckBox(_("Remind me each day at"))
        self.on.setChecked(settings.reminder)
        self.time = QTimeEdit(QTime(at.hour, at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(_("Time of the reminder"))
        self.time.setEnabled(self.on.isChecked())
        self.on.toggled.connect(self.time.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.on)
        row.addWidget(self.time)
        row.addStretch(1)
        # Translators: {start}, {later} and {not_today} are the reminder's buttons, as they are translated.
        about_text = _(
            "Your desktop shows the reminder, even when the app is closed, with {start}, {later} and {not_today}. "
            "It keeps quiet on days you have already met your goal."
        )
        start, later, not_today = (f"<b>{label}</b>" for _key, label in reminder_buttons())
        about = QLabel(about_text.format(start=start, later=later, not_today=not_today))
        about.setWordWrap(True)
        problem = unsupported(platform)
        if problem:
            about.setText(problem)
            self.on.setEnabled(settings.reminder)  # it can still be turned off
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(about)
        layout.addWidget(buttons)

    def chosen_time(self) -> dt.time:
        picked = self.time.time()
        return dt.time(picked.hour(), picked.minute())


def ask_reminder(settings: Settings, parent: QWidget, tell: Callable[[str], None]) -> ReminderDialog:
    """Open the dialog; once it is accepted, set the reminder as chosen and `tell` the user what was done."""
    from workout_timer.domain.desktop.launcher import launcher_command
    from workout_timer.domain.desktop.reminders import autostart_dir
    from workout_timer.qt.desktop.reminder_setup import apply_reminder

    dialog = ReminderDialog(settings, parent)

    def accepted() -> None:
        command = launcher_command(Path(sys.executable), shutil.which)
        autostart = autostart_dir(os.environ, Path.home())
        tell(apply_reminder(settings, dialog.on.isChecked(), dialog.chosen_time(), command, autostart))

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
