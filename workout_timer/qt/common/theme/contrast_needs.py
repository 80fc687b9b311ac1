"""What must be readable on what: every text and mark the palettes colour, with what it is read on and the
least contrast it needs (WCAG 2), in a palette and on paper. A test measures them all in every palette."""

from __future__ import annotations

from typing import NamedTuple

from workout_timer.domain.common.contrast import AA, AAA, mix
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.feel import Feel
from workout_timer.qt.common.theme.palettes import BUTTON_SHADES, DISABLED_INK, SHADE, Palette, Paper

GRAPHICS = 3.0
"""The least contrast for a control's edge, a focus ring or a chart's marks (WCAG 2.1, non-text contrast)."""


class Pair(NamedTuple):
    """A text (or a mark) and what it is read on, with the least contrast it needs."""

    what: str
    fore: str
    back: str
    least: float


def text_pairs(palette: Palette) -> list[Pair]:
    """Everything `palette` colours that must be read, with its background and bar."""
    p = palette
    pairs = [
        Pair("text in the window", p.window_text, p.window, AA),
        Pair("text in lists and fields", p.text, p.base, AA),
        Pair("text on every other row", p.text, p.alternate_base, AA),
        Pair("hints in the window", p.muted, p.window, AA),
        Pair("hints in lists and fields", p.muted, p.base, AA),
        Pair("hints on a button", p.muted, p.button, AA),
        Pair("a button's words", p.button_text, p.button, AA),
        Pair("a control that can't be used now", p.disabled_text, p.window, AA),
        Pair("a button that can't be used now", p.disabled_text, p.button, AA),
        Pair("the chosen row", p.highlighted_text, p.highlight, AA),
        Pair("a link", p.link, p.base, AA),
        Pair("a link followed", p.visited_link, p.base, AA),
        Pair("the main button", p.accent_text, p.accent, AA),
        Pair("a day exercised", p.accent_text, p.accent, AA),
        Pair("the advice", p.advice_text, p.advice, AA),
        Pair("the suggestion", p.window_text, p.suggestion, AA),
        Pair("a problem in the window", p.problem, p.window, AA),
        Pair("a problem in a field", p.problem, p.base, AA),
        Pair("a tooltip", p.tooltip_text, p.tooltip, AA),
        Pair("a passing note", p.notice_text, p.notice, AA),
        Pair("the focus ring in the window", p.focus, p.window, GRAPHICS),
        Pair("the focus ring in a list", p.focus, p.base, GRAPHICS),
        Pair("the focus ring on a button", p.focus, p.button, GRAPHICS),
        Pair("the focus ring inside the main button", p.accent_text, p.accent, GRAPHICS),
        Pair("a field's edge", p.border, p.window, GRAPHICS),
        Pair("the minutes chart's bars", p.accent, p.base, GRAPHICS),
        Pair("the pain chart, before", p.before, p.base, GRAPHICS),
        Pair("the pain chart, after", p.after, p.base, GRAPHICS),
        *(Pair(f"{phase.value} in the editor's session", p.ink(phase), p.base, AA) for phase in Phase),
    ]
    for name, background in p.player_backgrounds().items():
        pairs.append(Pair(f"the player, {name}", p.player_text, background, AAA))
        for shade, state in zip(BUTTON_SHADES, ("", ", pointed at", ", pressed"), strict=True):
            button = mix(background, SHADE, shade)
            pairs.append(Pair(f"a player button{state}, {name}", p.player_text, button, AAA))
        resting = mix(background, SHADE, BUTTON_SHADES[0])
        disabled = mix(resting, p.player_text, DISABLED_INK)
        pairs.append(Pair(f"a player button that can't be used now, {name}", disabled, resting, AA))
        pairs.append(Pair(f"the player's focus ring, {name}", p.player_text, resting, GRAPHICS))
    pairs.append(Pair("the Done button", p.done_text, p.done, AAA))
    for feel in Feel:
        words = p.feel(feel)[1]
        for colour, state in zip(p.feel_states(feel), ("", ", pointed at", ", pressed"), strict=True):
            pairs.append(Pair(f"the rating's {feel.value} button{state}", words, colour, AAA))
    return pairs


def paper_pairs(paper: Paper) -> list[Pair]:
    """The words printed on `paper`, with the paper and their bar."""
    return [Pair("ink on paper", paper.ink, paper.page, AA), Pair("grey words on paper", paper.grey, paper.page, AA)]
