"""The palettes: a colour for each phase, and the palette of each scheme."""

from __future__ import annotations

from workout_timer.domain.routines.timeline import Phase
from workout_timer.qt.common.theme.palettes import DARK, PALETTES, palette_for


def test_each_phase_has_its_own_colour_and_paused_its_own() -> None:
    for palette in PALETTES:
        colours = [palette.phase(phase) for phase in Phase] + [palette.phase(None), palette.phase(Phase.WORK, True)]
        assert len(set(colours)) == len(colours), palette.name


def test_the_palette_of_each_scheme() -> None:
    assert {palette_for(dark, high) for dark in (False, True) for high in (False, True)} == set(PALETTES)
    assert palette_for(True, False) is DARK
    assert all(palette.dark == (palette in (DARK, palette_for(True, True))) for palette in PALETTES)
