"""Back-care check-ins and when to point to a doctor.

Before a session the app may ask "How is your back today?" (0 to 10); after it, the same and "How
hard was that?". The answers are optional and stored with the session. The advice follows the
source material's safety notes: pain that is high, that keeps rising, or that comes with warning
signs should be seen by a doctor, and a gentle routine suits such a day better than a hard one.
The app never diagnoses and never stops anyone: it says this once, calmly, and goes on.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.language import N_, _, pgettext

HIGH_PAIN = 7
"""Pain at or above this (out of 10) is worth a doctor's look."""
RISING_OVER = 3
"""This many check-ins in a row, each more painful than the one before, count as rising pain."""
GENTLE_ROUTINE = "back-care-mobility"
"""The built-in routine the advice points to on a bad day."""
TEN_WITHIN = 1.0
"""Seconds within which 1 then 0 makes 10 on the number keys."""


class Moment(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class Effort(StrEnum):
    TOO_EASY = "too-easy"
    ABOUT_RIGHT = "about-right"
    TOO_HARD = "too-hard"

    @property
    def label(self) -> str:
        """The answer in English, marked for translation: `_(effort.label)` where it is shown."""
        return EFFORT_LABELS[self]


class WarningSign(StrEnum):
    SPREADING = "spreading"
    NUMBNESS = "numbness"
    DIZZINESS = "dizziness"
    NAUSEA = "nausea"
    LOST_MOVEMENT = "lost-movement"
    NIGHT_PAIN = "night-pain"

    @property
    def label(self) -> str:
        """The sign in English, marked for translation: `_(sign.label)` where it is shown."""
        return WARNING_LABELS[self]


EFFORT_LABELS = {
    # Translators: an answer to "How hard was that?"
    Effort.TOO_EASY: N_("Too easy"),
    Effort.ABOUT_RIGHT: N_("About right"),
    Effort.TOO_HARD: N_("Too hard"),
}
WARNING_LABELS = {
    # Translators: a warning sign, ticked in the check-in under "Any of these?"
    WarningSign.SPREADING: N_("Pain spreading into an arm or leg"),
    WarningSign.NUMBNESS: N_("Numbness or tingling"),
    WarningSign.DIZZINESS: N_("Dizziness"),
    WarningSign.NAUSEA: N_("Feeling sick"),
    WarningSign.LOST_MOVEMENT: N_("Trouble moving part of your body"),
    WarningSign.NIGHT_PAIN: N_("Pain that spoils your sleep"),
}


def effort_key(effort: Effort) -> str:
    """The letter that gives `effort` as the answer to "How hard was that?", in the language in use: a letter of
    the answer's own word ("Too easy" is E), A to Z, none shared with another answer or a warning sign."""
    return {
        Effort.TOO_EASY: pgettext("the check-in's key for the answer 'Too easy'", "E"),
        Effort.ABOUT_RIGHT: pgettext("the check-in's key for the answer 'About right'", "A"),
        Effort.TOO_HARD: pgettext("the check-in's key for the answer 'Too hard'", "H"),
    }[effort]


def sign_key(sign: WarningSign) -> str:
    """The letter that ticks `sign` in the check-in, in the language in use, as `effort_key`'s are chosen."""
    return {
        WarningSign.SPREADING: pgettext("the check-in's key for 'Pain spreading into an arm or leg'", "L"),
        WarningSign.NUMBNESS: pgettext("the check-in's key for 'Numbness or tingling'", "N"),
        WarningSign.DIZZINESS: pgettext("the check-in's key for 'Dizziness'", "D"),
        WarningSign.NAUSEA: pgettext("the check-in's key for 'Feeling sick'", "F"),
        WarningSign.LOST_MOVEMENT: pgettext("the check-in's key for 'Trouble moving part of your body'", "M"),
        WarningSign.NIGHT_PAIN: pgettext("the check-in's key for 'Pain that spoils your sleep'", "S"),
    }[sign]


WARNINGS_IN_SENTENCE = {
    # Translators: a warning sign inside the sentence "Back pain together with {signs} should be looked at…".
    WarningSign.SPREADING: N_("pain spreading into an arm or leg"),
    WarningSign.NUMBNESS: N_("numbness or tingling"),
    WarningSign.DIZZINESS: N_("dizziness"),
    WarningSign.NAUSEA: N_("feeling sick"),
    WarningSign.LOST_MOVEMENT: N_("trouble moving part of your body"),
    WarningSign.NIGHT_PAIN: N_("pain that spoils your sleep"),
}


@dataclass(frozen=True)
class CheckIn:
    """One answer: `pain` 0 to 10 (None if skipped), the effort after a session, any warning signs."""

    moment: Moment
    pain: int | None = None
    effort: Effort | None = None
    signs: frozenset[WarningSign] = field(default_factory=frozenset)

    @property
    def before(self) -> bool:
        return self.moment is Moment.BEFORE

    def __post_init__(self) -> None:
        if self.pain is not None and not 0 <= self.pain <= 10:
            raise ValueError(f"pain is 0 to 10, not {self.pain}")


class Reason(StrEnum):
    WARNING_SIGNS = "warning-signs"
    HIGH_PAIN = "high-pain"
    RISING_PAIN = "rising-pain"


@dataclass(frozen=True)
class Advice:
    """Why the app suggests seeing a doctor, and its words for the user."""

    reason: Reason
    title: str
    text: str
    suggest_gentle: bool = True


GENTLE = N_("If you train today, choose something gentle, such as Gentle back care, and stop anything that hurts.")
GENTLE_BEFORE = N_("Gentle back care, the routine you chose, suits such a day: go easy, and stop anything that hurts.")
GENTLE_AFTER = N_("If you train again, Gentle back care, the routine you just did, suits such a day: go easy.")


def advice(latest: CheckIn, earlier_pain: Sequence[int], gentle_routine: bool = False) -> Advice | None:
    """What to say after `latest`, given the pain of earlier check-ins (oldest first); None if all is well.

    Warning signs come first, then high pain, then pain rising over the last check-ins. With
    `gentle_routine` (the routine about to start, or just done, is the gentle one) the advice says
    so instead of pointing to a gentle routine.
    """
    closing, suggest = GENTLE, True
    if gentle_routine:
        closing, suggest = (GENTLE_BEFORE if latest.before else GENTLE_AFTER), False
    closing = _(closing)
    if latest.signs:
        return Advice(
            Reason.WARNING_SIGNS,
            _("Please see a doctor soon"),
            # Translators: {signs} is one warning sign or a list of them ("dizziness, or feeling sick"); {closing}
            # is a sentence about training gently today.
            _(
                "Back pain together with {signs} should be looked at by a doctor before you exercise on. This app "
                "can't tell what causes it. {closing}"
            ).format(signs=_listed(latest.signs), closing=closing),
            suggest,
        )
    if latest.pain is None:
        return None
    if latest.pain >= HIGH_PAIN:
        return Advice(
            Reason.HIGH_PAIN,
            _("That is a lot of pain"),
            # Translators: {pain} is 7 to 10; {closing} is a sentence about training gently today.
            _(
                "Pain of {pain} out of 10 is worth showing to a doctor, above all if it lasts or keeps coming back. "
                "Resting is fine, but staying in bed usually isn't. {closing}"
            ).format(pain=latest.pain, closing=closing),
            suggest,
        )
    recent = [*earlier_pain, latest.pain][-RISING_OVER:]
    if len(recent) == RISING_OVER and all(a < b for a, b in itertools.pairwise(recent)):
        return Advice(
            Reason.RISING_PAIN,
            _("Your back has hurt more each time"),
            # Translators: {pains} is the last answers, "3, 5, 6"; {closing} is a sentence about training gently.
            _(
                "Your last check-ins went {pains} out of 10. Pain that keeps growing is a good reason to see a "
                "doctor. {closing}"
            ).format(pains=", ".join(str(p) for p in recent), closing=closing),
            suggest,
        )
    return None


class PainKeys:
    """The pain from number keys: 0 to 9 as pressed, and 1 then 0 within `TEN_WITHIN` seconds for 10."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._last: int | None = None
        self._at = 0.0

    def reset(self) -> None:
        self._last = None

    def press(self, digit: int) -> int:
        """The pain after pressing `digit` (0 to 9)."""
        now = self._clock()
        pain = 10 if digit == 0 and self._last == 1 and now - self._at <= TEN_WITHIN else digit
        self._last, self._at = pain, now
        return pain


def _listed(signs: frozenset[WarningSign]) -> str:
    """The signs as the advice's sentence names them: "dizziness", "dizziness, or feeling sick"."""
    words = [_(WARNINGS_IN_SENTENCE[sign]) for sign in WarningSign if sign in signs]
    if len(words) == 1:
        return words[0]
    # Translators: the last of several warning signs in a list; {some} is the others, with commas between.
    return _("{some}, or {last}").format(some=", ".join(words[:-1]), last=words[-1])
