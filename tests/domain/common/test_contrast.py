from __future__ import annotations

import pytest

from workout_timer.domain.common.contrast import channels, contrast_ratio, luminance, mix


def test_black_on_white_is_the_widest_contrast_and_a_colour_on_itself_the_least() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("one", "other", "ratio"),
    [
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),  # one step lighter fails it
        ("#595959", "#ffffff", 7.00),
        ("#ff0000", "#ffffff", 4.00),
        ("#0000ff", "#ffffff", 8.59),
        ("#135c32", "#ffffff", 8.06),
    ],
)
def test_ratios_match_the_wcag_formula(one: str, other: str, ratio: float) -> None:
    assert contrast_ratio(one, other) == pytest.approx(ratio, abs=0.01)


def test_luminance_weighs_green_most_and_blue_least() -> None:
    assert luminance("#000000") == 0.0
    assert luminance("#ffffff") == pytest.approx(1.0)
    assert luminance("#00ff00") > luminance("#ff0000") > luminance("#0000ff")
    assert luminance("#0000ff") == pytest.approx(0.0722)


def test_channels_read_with_or_without_the_hash_and_refuse_other_shapes() -> None:
    assert channels("#ff8000") == (1.0, pytest.approx(128 / 255), 0.0)
    assert channels("FF8000") == channels("#ff8000")
    for wrong in ("#fff", "#ff80000", "white"):
        with pytest.raises(ValueError, match="rrggbb"):
            channels(wrong)


def test_mix_goes_from_one_end_to_the_other_and_stays_between() -> None:
    assert mix("#000000", "#ffffff", 0.0) == "#000000"
    assert mix("#000000", "#ffffff", 1.0) == "#ffffff"
    assert mix("#000000", "#ffffff", 0.5) == "#808080"
    assert mix("#204060", "#ffffff", 2.0) == "#ffffff"  # held to the ends
    assert mix("#204060", "#ffffff", -1.0) == "#204060"


def test_luminance_moves_one_way_along_a_mix() -> None:
    """What lets the theme check a flash by its strongest moment alone."""
    steps = [luminance(mix("#135c32", "#ffffff", share / 20)) for share in range(21)]
    assert steps == sorted(steps)
