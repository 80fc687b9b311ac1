"""Every colour the app paints on a screen, in four palettes: light, dark, and each in high contrast, and
the colours of paper.

Colours are written "#rrggbb", so `domain/common/contrast` measures them as they are; what each text
is read on, and the contrast it needs, is `contrast_needs`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from workout_timer.domain.common.contrast import luminance, mix
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.feel import Feel

SHADE = "#000000"
"""What the player's buttons darken their phase's colour with: text on them only gains contrast."""
BUTTON_SHADES = (0.22, 0.34, 0.46)
"""How much a player button darkens what is behind it: at rest, under the pointer, pressed."""
DISABLED_INK = 0.72
"""A player button that can't be used now writes its words this much of the way from its colour to the text's."""
FEEL_SHADES = (0.0, 0.15, 0.3)
"""How far a rating's button moves from its colour, away from its words' (they only gain contrast): at rest, under
the pointer, pressed."""


@dataclass(frozen=True, eq=False, repr=False)
class Palette:
    """One scheme's colours. The window's roles follow QPalette's; the player's are its own.

    There are four, each one object, compared and hashed as itself (the code Python writes to compare, hash
    and show 46 fields cost every start time for nothing, and a failed test a screenful)."""

    name: str
    dark: bool
    high_contrast: bool
    # the window, and Qt's own widgets in it
    window: str
    window_text: str
    base: str
    """Lists, fields and pages of text."""
    alternate_base: str
    text: str
    muted: str
    """Secondary words: hints, a routine's facts under its name, placeholders."""
    button: str
    button_text: str
    border: str
    """The edge of a field or a framed button."""
    disabled_text: str
    highlight: str
    highlighted_text: str
    link: str
    visited_link: str
    focus: str
    """The ring around the control that has the keyboard's focus."""
    accent: str
    """The main button, the days exercised, the minutes chart."""
    accent_text: str
    advice: str
    """The medical advice and the first-run notice."""
    advice_text: str
    suggestion: str
    """The summary's suggestion for next time (its text is `window_text`)."""
    problem: str
    """What went wrong: an editor's error, an export that failed."""
    tooltip: str
    tooltip_text: str
    notice: str
    """A note that shows for a moment over the window."""
    notice_text: str
    before: str
    """The pain chart's points before a session."""
    after: str
    """... and after one."""
    prepare_ink: str
    """Each phase's colour for words in a list (the editor's session), on `base`."""
    work_ink: str
    rest_ink: str
    switch_ink: str
    # the player, read from the floor
    prepare: str
    work: str
    rest: str
    switch: str
    idle: str
    paused: str
    player_text: str
    flash: str
    """The colour a new step flashes towards, `flash_share` of the way at its brightest."""
    flash_share: float
    cover: str
    """Behind the stop question and the full how-to, over the player."""
    done: str
    """The Done button, the one a runner looks for."""
    done_text: str
    feel_green: str
    """The back's rating in a rest: each answer's button in its traffic light's colour, with its words' colour."""
    feel_green_text: str
    feel_amber: str
    feel_amber_text: str
    feel_red: str
    feel_red_text: str

    def __repr__(self) -> str:
        return f"Palette({self.name!r})"

    def phase(self, phase: Phase | None, paused: bool = False) -> str:
        """The player's background for `phase` (None before the first step)."""
        if paused:
            return self.paused
        colours = {Phase.PREPARE: self.prepare, Phase.WORK: self.work, Phase.REST: self.rest, Phase.SWITCH: self.switch}
        return colours.get(phase, self.idle) if phase is not None else self.idle

    def ink(self, phase: Phase) -> str:
        """The phase's colour for words on `base`."""
        inks = {Phase.PREPARE: self.prepare_ink, Phase.WORK: self.work_ink, Phase.REST: self.rest_ink}
        return inks.get(phase, self.switch_ink)

    def feel(self, feel: Feel) -> tuple[str, str]:
        """The rating's button for `feel`: its colour, and its words'."""
        return {
            Feel.GREEN: (self.feel_green, self.feel_green_text),
            Feel.AMBER: (self.feel_amber, self.feel_amber_text),
            Feel.RED: (self.feel_red, self.feel_red_text),
        }[feel]

    def feel_states(self, feel: Feel) -> tuple[str, ...]:
        """The rating's button for `feel` at rest, under the pointer and pressed (`FEEL_SHADES`)."""
        colour, words = self.feel(feel)
        away = "#000000" if luminance(words) > luminance(colour) else "#ffffff"
        return tuple(mix(colour, away, share) for share in FEEL_SHADES)

    def flashed(self, background: str, strength: float) -> str:
        """`background` during a flash of `strength` (1 at its brightest, 0 gone)."""
        return mix(background, self.flash, self.flash_share * strength)

    def player_backgrounds(self) -> dict[str, str]:
        """Every background the player's text is read on, by name, the flash at its brightest included."""
        plain = {
            "getting ready": self.prepare,
            "work": self.work,
            "rest": self.rest,
            "switching sides": self.switch,
            "before the start": self.idle,
            "paused": self.paused,
            "behind a question": self.cover,
        }
        return plain | {f"{name}, flashing": self.flashed(colour, 1.0) for name, colour in plain.items()}


LIGHT = Palette(
    name="light",
    dark=False,
    high_contrast=False,
    window="#f5f5f5",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f2f4f5",
    text="#1a1a1a",
    muted="#595959",
    button="#ebebeb",
    button_text="#1a1a1a",
    border="#6e6e6e",
    disabled_text="#636363",
    highlight="#1f5f99",
    highlighted_text="#ffffff",
    link="#0b57a4",
    visited_link="#6a3fa0",
    focus="#0060c0",
    accent="#1f6f8b",
    accent_text="#ffffff",
    advice="#fff4e0",
    advice_text="#222222",
    suggestion="#e6f2f6",
    problem="#a12a00",
    tooltip="#ffffdc",
    tooltip_text="#1a1a1a",
    notice="#191e22",
    notice_text="#ffffff",
    before="#2a6db0",
    after="#b35500",
    prepare_ink="#7a4800",
    work_ink="#135c32",
    rest_ink="#1d4f86",
    switch_ink="#5f3a94",
    prepare="#553200",
    work="#0d4023",
    rest="#14375e",
    switch="#422968",
    idle="#1b2327",
    paused="#292e32",
    player_text="#ffffff",
    flash="#ffffff",
    flash_share=0.15,
    cover="#12161a",
    done="#f4f4f4",
    done_text="#0d3520",
    feel_green="#1a6232",
    feel_green_text="#ffffff",
    feel_amber="#e0a020",
    feel_amber_text="#1a1a1a",
    feel_red="#a31515",
    feel_red_text="#ffffff",
)

DARK = Palette(
    name="dark",
    dark=True,
    high_contrast=False,
    window="#1e2124",
    window_text="#e8eaed",
    base="#15171a",
    alternate_base="#1b1e21",
    text="#e8eaed",
    muted="#aab2b9",
    button="#2c3136",
    button_text="#e8eaed",
    border="#8a949c",
    disabled_text="#9aa0a6",
    highlight="#1f5f99",
    highlighted_text="#ffffff",
    link="#8cc4ff",
    visited_link="#c9a6ff",
    focus="#6cb4ff",
    accent="#1f6f8b",
    accent_text="#ffffff",
    advice="#3a2f1a",
    advice_text="#f5e9d6",
    suggestion="#1d3440",
    problem="#ff8a65",
    tooltip="#2c3136",
    tooltip_text="#e8eaed",
    notice="#e8eaed",
    notice_text="#15171a",
    before="#6fa8e8",
    after="#f0a050",
    prepare_ink="#f0b35c",
    work_ink="#6fd39a",
    rest_ink="#8cbcf5",
    switch_ink="#c6a8f0",
    prepare="#3d2400",
    work="#0a2e19",
    rest="#0e2843",
    switch="#301d4a",
    idle="#13191c",
    paused="#1e2124",
    player_text="#ffffff",
    flash="#ffffff",
    flash_share=0.2,
    cover="#0c0e10",
    done="#e8eaed",
    done_text="#0a2e19",
    feel_green="#1a6232",
    feel_green_text="#ffffff",
    feel_amber="#e0a020",
    feel_amber_text="#1a1a1a",
    feel_red="#a31515",
    feel_red_text="#ffffff",
)

LIGHT_HIGH = Palette(
    name="light, high contrast",
    dark=False,
    high_contrast=True,
    window="#ffffff",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#ffffff",
    text="#000000",
    muted="#303030",
    button="#ffffff",
    button_text="#000000",
    border="#000000",
    disabled_text="#4d4d4d",
    highlight="#00307a",
    highlighted_text="#ffffff",
    link="#0000b8",
    visited_link="#5a0090",
    focus="#c00060",
    accent="#00307a",
    accent_text="#ffffff",
    advice="#fff4d6",
    advice_text="#000000",
    suggestion="#e0f0ff",
    problem="#8b0000",
    tooltip="#ffffff",
    tooltip_text="#000000",
    notice="#000000",
    notice_text="#ffffff",
    before="#00307a",
    after="#8b3a00",
    prepare_ink="#4d2d00",
    work_ink="#0a3d1f",
    rest_ink="#0f3560",
    switch_ink="#3d2266",
    prepare="#2b1800",
    work="#04200f",
    rest="#061a30",
    switch="#1d1033",
    idle="#000000",
    paused="#151515",
    player_text="#ffffff",
    flash="#ffffff",
    flash_share=0.18,
    cover="#000000",
    done="#ffffff",
    done_text="#000000",
    feel_green="#0b4d1c",
    feel_green_text="#ffffff",
    feel_amber="#ffc000",
    feel_amber_text="#000000",
    feel_red="#8b0000",
    feel_red_text="#ffffff",
)

DARK_HIGH = Palette(
    name="dark, high contrast",
    dark=True,
    high_contrast=True,
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    button="#000000",
    button_text="#ffffff",
    border="#ffffff",
    disabled_text="#b0b0b0",
    highlight="#ffd700",
    highlighted_text="#000000",
    link="#ffff66",
    visited_link="#e0b0ff",
    focus="#00e5ff",
    accent="#ffd700",
    accent_text="#000000",
    advice="#000000",
    advice_text="#ffffff",
    suggestion="#000000",
    problem="#ff9e80",
    tooltip="#000000",
    tooltip_text="#ffffff",
    notice="#ffffff",
    notice_text="#000000",
    before="#66b3ff",
    after="#ffa64d",
    prepare_ink="#ffc670",
    work_ink="#7dffb0",
    rest_ink="#a6d0ff",
    switch_ink="#dcc2ff",
    prepare="#2b1800",
    work="#04200f",
    rest="#061a30",
    switch="#1d1033",
    idle="#000000",
    paused="#151515",
    player_text="#ffffff",
    flash="#ffffff",
    flash_share=0.18,
    cover="#000000",
    done="#ffffff",
    done_text="#000000",
    feel_green="#0b4d1c",
    feel_green_text="#ffffff",
    feel_amber="#ffc000",
    feel_amber_text="#000000",
    feel_red="#8b0000",
    feel_red_text="#ffffff",
)

PALETTES = (LIGHT, DARK, LIGHT_HIGH, DARK_HIGH)


@dataclass(frozen=True)
class Paper:
    """The colours of a printed sheet or report: paper stays white whatever the screen's scheme."""

    page: str
    ink: str
    grey: str
    """Secondary words: dates, notes, a page's number."""
    rule: str
    """Lines between parts; no words are written in it."""


PAPER = Paper(page="#ffffff", ink="#000000", grey="#6e6e6e", rule="#bebebe")


def palette_for(dark: bool, high_contrast: bool) -> Palette:
    """The palette of a scheme."""
    return {(False, False): LIGHT, (True, False): DARK, (False, True): LIGHT_HIGH, (True, True): DARK_HIGH}[
        (dark, high_contrast)
    ]
