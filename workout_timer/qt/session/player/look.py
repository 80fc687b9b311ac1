"""How the player looks: its background for the phase, paused or flashing, and its controls' style."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.feel import Feel
from workout_timer.qt.common.theme.look import Look, look
from workout_timer.qt.common.theme.palettes import BUTTON_SHADES, DISABLED_INK, SHADE
from workout_timer.qt.session.fit_label import FitLabel
from workout_timer.qt.session.player.controls import Words
from workout_timer.qt.session.player.keys import keys_in_words
from workout_timer.qt.session.player.picture_button import PictureButton


def backdrop_colour(phase: Phase | None, paused: bool, flash: float) -> QColor:
    """The player's background in the look in use: the phase's colour (its own when paused), lit by a
    flash's strength (0 to 1) towards the palette's flash colour."""
    palette = look().palette
    return QColor(palette.flashed(palette.phase(phase, paused), flash))


def player_label(fill: float, bold: bool = False, align: Qt.AlignmentFlag | None = None) -> FitLabel:
    """A line of the player's text that fills `fill` of its height (what it is, for screen readers: `describe`)."""
    label = FitLabel(fill=fill, bold=bold)
    if align is not None:
        label.setAlignment(align)
    return label


def player_button(words: Words, signal: SignalInstance) -> QPushButton:
    """One of the player's controls: clicked, it emits `signal`. It is named by its words without the
    glyph (or by their `name`); the player puts it in the Tab order (`KeyedButtons`)."""
    button = PictureButton(words.text, name=words.name)
    button.setToolTip(words.tip)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(signal.emit)
    return button


def player_style(new: Look) -> str:
    """Buttons that darken the phase's colour (their words only gain contrast), ringed in the text's colour
    when they have the focus (the ring takes the margin's room, not the words'); Done light, the one to find at
    a glance; the back's rating's answers each in its traffic light's colour (`feel_button_name`)."""
    p = new.palette
    rest, pointed, pressed = (_shade(share) for share in BUTTON_SHADES)
    disabled = f"rgba{(*_rgb(p.player_text), round(DISABLED_INK * 255))}"
    edge = f"rgba{(*_rgb(p.player_text), 150)}"
    return f"""
QWidget#player, QWidget#player QWidget {{ color: {p.player_text}; }}
QPushButton {{ color: {p.player_text}; background: {rest}; border: 2px solid {edge}; margin: 1px;
              border-radius: 10px; padding: 4px 10px; }}
QPushButton:hover {{ background: {pointed}; }}
QPushButton:pressed {{ background: {pressed}; }}
QPushButton:focus {{ border: 3px solid {p.player_text}; margin: 0; }}
QPushButton:disabled {{ color: {disabled}; border: 2px dashed {edge}; }}
QWidget#player QPushButton#doneButton {{ background: {p.done}; color: {p.done_text}; font-weight: bold; }}
QWidget#player QPushButton#doneButton:focus {{ border: 3px solid {p.done_text}; }}
""" + "".join(_feel_style(new, feel) for feel in Feel)


def feel_button_name(feel: Feel) -> str:
    """The object name of the rating's button for `feel`, which its colours are given by."""
    return f"{feel.value}Button"


def _feel_style(new: Look, feel: Feel) -> str:
    rest, pointed, pressed = new.palette.feel_states(feel)
    name, words = feel_button_name(feel), new.palette.feel(feel)[1]
    return f"""
QWidget#player QPushButton#{name} {{ background: {rest}; color: {words}; }}
QWidget#player QPushButton#{name}:hover {{ background: {pointed}; }}
QWidget#player QPushButton#{name}:pressed {{ background: {pressed}; }}
"""


def _rgb(colour: str) -> tuple[int, int, int]:
    value = QColor(colour)
    return value.red(), value.green(), value.blue()


def _shade(share: float) -> str:
    """`SHADE` let through by `share`, as a style sheet writes it."""
    return f"rgba{(*_rgb(SHADE), round(share * 255))}"


def describe(player: QWidget) -> None:
    """The player's parts named for a screen reader in the language in use: when it is built, and again when the
    language changes (`player.language`)."""
    # Translators: the player screen's name, as a screen reader says it.
    player.setAccessibleName(_("Workout"))
    player.setAccessibleDescription(keys_in_words())
    parts = {
        # Translators: what a line of the player is, as a screen reader says it.
        "routine": pgettext("a line of the player", "Routine"),
        "step": pgettext("a line of the player", "Step"),
        "session_left": pgettext("a line of the player", "Session time left"),
        "phase_title": pgettext("a line of the player", "Phase"),
        "name": pgettext("a line of the player", "Exercise"),
        "detail": pgettext("a line of the player", "Side, set and round"),
        "next_up": pgettext("a line of the player", "Next up"),
        "sound_note": pgettext("a line of the player", "Cue"),
        "figure": _("How it is done"),
        "next_figure": _("The next exercise"),
    }
    for part, what in parts.items():
        getattr(player, part).setAccessibleDescription(what)
