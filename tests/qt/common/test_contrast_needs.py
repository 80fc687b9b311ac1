"""Every text the theme colours, measured in every scheme against what it is read on (WCAG 2)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from workout_timer.domain.common.contrast import AA, AAA, contrast_ratio
from workout_timer.domain.routines.timeline import Phase
from workout_timer.qt.common.theme.contrast_needs import Pair, paper_pairs, text_pairs
from workout_timer.qt.common.theme.palettes import DARK, LIGHT, PALETTES, PAPER, Palette


def too_faint(palette: Palette) -> list[str]:
    return [
        f"{pair.what}: {contrast_ratio(pair.fore, pair.back):.2f}:1, needs {pair.least}:1"
        for pair in text_pairs(palette)
        if contrast_ratio(pair.fore, pair.back) < pair.least
    ]


@pytest.mark.parametrize("palette", PALETTES, ids=lambda palette: palette.name)
def test_every_themed_text_reads_in_every_scheme(palette: Palette) -> None:
    assert too_faint(palette) == []


def test_paper_reads_too() -> None:
    assert [pair.what for pair in paper_pairs(PAPER) if contrast_ratio(pair.fore, pair.back) < pair.least] == []
    assert [
        pair.what for pair in paper_pairs(replace(PAPER, grey="#999999")) if contrast_ratio(pair.fore, pair.back) < AA
    ]


def test_a_colour_that_breaks_its_bar_is_caught() -> None:
    """The measure fails a palette with one hint too pale, or a flash too bright for the player."""
    pale_hint = dataclasses.replace(LIGHT, muted="#8a8a8a")  # 3.4:1 on white
    assert [line for line in too_faint(pale_hint) if line.startswith("hints")]
    bright_flash = dataclasses.replace(DARK, flash_share=0.45)  # the flash before the themes: 2.7:1
    assert any("flashing" in line for line in too_faint(bright_flash))
    pale_green = dataclasses.replace(LIGHT, feel_green="#2f8a4c")  # white words on it: 4.3:1, not the player's 7:1
    assert [line for line in too_faint(pale_green) if line.startswith("the rating's green button")]


def test_every_colour_of_a_palette_is_measured_somewhere() -> None:
    """A colour added to the palette but left out of the pairs would never be checked."""
    for palette in PALETTES:
        measured = {colour for pair in text_pairs(palette) for colour in (pair.fore, pair.back)}
        colours = {
            field.name: getattr(palette, field.name)
            for field in dataclasses.fields(palette)
            if isinstance(getattr(palette, field.name), str) and getattr(palette, field.name).startswith("#")
        }
        unmeasured = [name for name, colour in colours.items() if colour not in measured and name != "flash"]
        assert unmeasured == [], palette.name


def test_the_player_asks_aaa_of_its_words_everywhere() -> None:
    for palette in PALETTES:
        words = [pair for pair in text_pairs(palette) if pair.what.startswith(("the player,", "a player button,"))]
        assert len(words) == 4 * len(palette.player_backgrounds())  # the text, and on a button in three states
        assert {pair.least for pair in words} == {AAA}


def test_the_flash_is_measured_at_its_brightest_and_still_shows() -> None:
    for palette in PALETTES:
        for phase in Phase:
            background = palette.phase(phase)
            brightest = palette.flashed(background, 1.0)
            assert Pair("", palette.player_text, brightest, AAA) in [
                pair._replace(what="") for pair in text_pairs(palette)
            ]
            assert contrast_ratio(background, brightest) > 1.25, (palette.name, phase)  # a flash, not a flicker
