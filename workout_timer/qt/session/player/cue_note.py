"""The player's cue line: a cue's words (or a short note) for a few seconds, else what became of the sound."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from workout_timer.domain.common.language import _
from workout_timer.qt.session.fit_label import FitLabel

CUE_SHOWN_MS = 5000
"""How long a cue's words stay on screen."""


class CueNote(QObject):
    """Keeps `label` saying the latest cue (for `CUE_SHOWN_MS`), or else what became of the sound. No signals."""

    def __init__(self, label: FitLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._muted = False
        self._voice_problem = False
        self._cue = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CUE_SHOWN_MS)
        self.timer.timeout.connect(self._on_timeout)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._show()

    def set_voice_problem(self, problem: bool) -> None:
        self._voice_problem = problem
        self._show()

    def show_cue(self, text: str) -> None:
        # Translators: a cue's words, in quotes, where the cues show on the player; {cue} is what the voice says.
        self.show_note(_("“{cue}”").format(cue=text))

    def show_note(self, text: str) -> None:
        """`text` as it is (a cue's words are quoted), for `CUE_SHOWN_MS`."""
        self._cue = text
        self.timer.start()
        self._show()

    def _on_timeout(self) -> None:
        self._cue = ""
        self._show()

    def _show(self) -> None:
        if self._cue:
            # Translators: a cue's words or a short note on the player, while the sound is off.
            text = _("{note}  · sound off").format(note=self._cue) if self._muted else self._cue
        elif self._muted:
            # Translators: M is the key that turns the sound on again.
            text = _("Sound off (M)")
        else:
            text = _("Voice off: cues show here") if self._voice_problem else ""
        self.label.setText(text)
