"""The player's keys: which request each key makes, and which keys act as a media remote's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workout_timer.domain.common.language import _
from workout_timer.domain.session.remote import Command

KEYS = {
    Qt.Key.Key_Space: "pauseRequested",
    Qt.Key.Key_Right: "nextRequested",
    Qt.Key.Key_Left: "previousRequested",
    Qt.Key.Key_Return: "doneRequested",
    Qt.Key.Key_Enter: "doneRequested",
    Qt.Key.Key_Plus: "extendRequested",
    Qt.Key.Key_Equal: "extendRequested",
    Qt.Key.Key_E: "easierRequested",
    Qt.Key.Key_F: "fullScreenRequested",
    Qt.Key.Key_F11: "fullScreenRequested",
    Qt.Key.Key_Escape: "escapeRequested",
    Qt.Key.Key_M: "muteRequested",
}
REMOTE_KEYS = {
    Qt.Key.Key_PageDown: Command.NEXT,  # a presenter clicker's buttons
    Qt.Key.Key_PageUp: Command.PREVIOUS,
    Qt.Key.Key_B: Command.PLAY_PAUSE,
    Qt.Key.Key_Period: Command.PLAY_PAUSE,
    Qt.Key.Key_MediaPlay: Command.PLAY_PAUSE,  # most keyboards' ⏯ key
    Qt.Key.Key_MediaTogglePlayPause: Command.PLAY_PAUSE,
    Qt.Key.Key_MediaPause: Command.PAUSE,
    Qt.Key.Key_MediaNext: Command.NEXT,
    Qt.Key.Key_MediaPrevious: Command.PREVIOUS,
    Qt.Key.Key_MediaStop: Command.STOP,
}
"""Keys that act as a remote's buttons: Next finishes a step at your own pace, Stop asks nothing."""
DETAILS_KEYS = (Qt.Key.Key_I, Qt.Key.Key_Question)


def keys_in_words() -> str:
    """The player's keys, for a screen reader: its buttons never take the keyboard."""
    # Translators: the player's keys, as a screen reader says them; the keys named as your keyboards name them.
    return _(
        "Space pauses and goes on, right and left arrows move between steps, Enter when your reps are done, "
        "plus for ten seconds more, E for an easier version, I for how to do it, M for sound off, Ctrl+comma for the "
        "settings (the session waits), F1 for the guide, Esc to stop."
    )
