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

HIGH_PAIN = 7
"""Pain at or above this (out of 10) is worth a doctor's look."""
RISING_OVER = 3
"""This many check-ins in a row, each more painful than the one before, count as rising pain."""


class Moment(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class Effort(StrEnum):
    TOO_EASY = "too-easy"
    ABOUT_RIGHT = "about-right"
    TOO_HARD = "too-hard"

    @property
    def label(self) -> str:
        return {"too-easy": "Too easy", "about-right": "About right", "too-hard": "Too hard"}[self.value]


class WarningSign(StrEnum):
    SPREADING = "spreading"
    NUMBNESS = "numbness"
    DIZZINESS = "dizziness"
    NAUSEA = "nausea"
    LOST_MOVEMENT = "lost-movement"
    NIGHT_PAIN = "night-pain"

    @property
    def label(self) -> str:
        return WARNING_LABELS[self]


WARNING_LABELS = {
    WarningSign.SPREADING: "Pain spreading into an arm or leg",
    WarningSign.NUMBNESS: "Numbness or tingling",
    WarningSign.DIZZINESS: "Dizziness",
    WarningSign.NAUSEA: "Feeling sick",
    WarningSign.LOST_MOVEMENT: "Trouble moving part of your body",
    WarningSign.NIGHT_PAIN: "Pain that spoils your sleep",
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


GENTLE = "If you train today, choose something gentle, such as Gentle back care, and stop anything that hurts."


def advice(latest: CheckIn, earlier_pain: Sequence[int]) -> Advice | None:
    """What to say after `latest`, given the pain of earlier check-ins (oldest first); None if all is well.

    Warning signs come first, then high pain, then pain rising over the last check-ins.
    """
    if latest.signs:
        return Advice(
            Reason.WARNING_SIGNS,
            "Please see a doctor soon",
            "Back pain together with " + _listed(latest.signs) + " should be looked at by a doctor before "
            "you exercise on. This app can't tell what causes it. " + GENTLE,
        )
    if latest.pain is None:
        return None
    if latest.pain >= HIGH_PAIN:
        return Advice(
            Reason.HIGH_PAIN,
            "That is a lot of pain",
            f"Pain of {latest.pain} out of 10 is worth showing to a doctor, above all if it lasts or keeps "
            "coming back. Resting is fine, but staying in bed usually isn't. " + GENTLE,
        )
    recent = [*earlier_pain, latest.pain][-RISING_OVER:]
    if len(recent) == RISING_OVER and all(a < b for a, b in itertools.pairwise(recent)):
        return Advice(
            Reason.RISING_PAIN,
            "Your back has hurt more each time",
            "Your last check-ins went " + ", ".join(str(p) for p in recent) + " out of 10. Pain that keeps "
            "growing is a good reason to see a doctor. " + GENTLE,
        )
    return None


def _listed(signs: frozenset[WarningSign]) -> str:
    words = [sign.label[0].lower() + sign.label[1:] for sign in WarningSign if sign in signs]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + ", or " + words[-1]
