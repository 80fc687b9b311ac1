"""The player's buttons in words: what each says, the key its tooltip names, and what a screen reader calls it, in
the language in use (read when the player is built, and again when the language changes: `rename`), and the words
that change with the session: Pause or Go on, and the easier exercise Easier brings."""

from __future__ import annotations

from dataclasses import dataclass

from workout_timer.domain.common.control_names import key_name
from workout_timer.domain.common.language import _, pgettext
from workout_timer.qt.common.keyboard import PlainButton


@dataclass(frozen=True)
class Words:
    """A button's text, its tooltip (its key), and its name for a screen reader ("": its text without the glyph)."""

    text: str
    tip: str
    name: str = ""


@dataclass(frozen=True)
class ControlWords:
    previous: Words
    pause: Words
    done: Words
    extend: Words
    easier: Words
    next: Words
    stop: Words
    full_screen: Words
    details: Words


def control_words() -> ControlWords:
    """Each of the player's buttons in words."""
    return ControlWords(
        # Translators: the player's button that goes back a step.
        previous=Words(pgettext("a player button", "◀  Back"), _("Left arrow: restart this step, or go back one")),
        pause=Words(_("❚❚  Pause"), key_name("Space")),
        done=Words(_("✓  Done"), _("Enter: finished the reps")),
        # Translators: the button that adds ten seconds to the step; "s" is seconds.
        extend=Words(_("+10 s"), _("+ key: ten seconds more"), _("10 seconds more")),
        easier=Words(_("Easier"), _("E: an easier version for the rest of the session")),
        next=Words(pgettext("a player button", "Next  ▶"), _("Right arrow: skip to the next step")),
        stop=Words(_("■  Stop"), key_name("Esc")),
        full_screen=Words("⤢", _("F or F11: full screen"), _("Full screen")),
        details=Words("?", _("I: how to do it, and common mistakes"), _("How to do it")),
    )


def pause_text(paused: bool) -> str:
    """The Pause button's words: Go on while the session is paused."""
    return _("▶  Go on") if paused else _("❚❚  Pause")


def easier_tip(name: str) -> str:
    """The Easier button's tooltip, naming the easier exercise it brings."""
    # Translators: the Easier button's tooltip; {name} is the easier exercise it brings.
    return _("E: {name} from now on").format(name=name)


def rename(buttons: dict[str, PlainButton]) -> None:
    """The player's buttons, by their `ControlWords` field, in the words of the language now in use."""
    words = control_words()
    for field, button in buttons.items():
        said: Words = getattr(words, field)
        button._name = said.name  # (named by its words unless it shows only a sign)
        button.setText(said.text)
        button.setToolTip(said.tip)
