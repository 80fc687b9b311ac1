"""The window's size and place: fitted to the free area of the screen, remembered between runs, and
brought back onto a screen when the one it was left on is gone."""

from __future__ import annotations

import pytest

from workout_timer.domain.common.window_fit import SMALLEST, Rect, first_geometry, restored_geometry

SMALL_NETBOOK = Rect(0, 0, 1024, 600)
LAPTOP_WITH_PANEL = Rect(0, 0, 1366, 768 - 32)
FULL_HD = Rect(0, 0, 1920, 1080 - 40)


def inside(rect: Rect, area: Rect) -> bool:
    return area.x <= rect.x and area.y <= rect.y and rect.right <= area.right and rect.bottom <= area.bottom


@pytest.mark.parametrize("screen", [SMALL_NETBOOK, LAPTOP_WITH_PANEL, Rect(1920, 24, 1280, 800 - 24)])
def test_the_first_window_fits_the_free_area_of_the_screen(screen: Rect) -> None:
    placed = first_geometry(screen)
    assert inside(placed, screen)
    assert placed.width < screen.width and placed.height < screen.height  # room left for the frame


def test_a_large_screen_gets_the_size_the_screens_are_made_for_centred() -> None:
    assert first_geometry(FULL_HD) == Rect(320, 160, 1280, 720)


def test_a_tiny_screen_still_gets_a_usable_window_on_it() -> None:
    tiny = Rect(0, 0, 600, 380)
    placed = first_geometry(tiny)
    assert inside(placed, tiny) and placed.width >= min(SMALLEST[0], tiny.width) - 1


def test_the_place_the_user_left_is_kept() -> None:
    saved = Rect(100, 80, 1000, 560)
    assert restored_geometry(saved, [FULL_HD], FULL_HD) == saved


def test_nothing_saved_is_the_first_place() -> None:
    assert restored_geometry(None, [LAPTOP_WITH_PANEL], LAPTOP_WITH_PANEL) == first_geometry(LAPTOP_WITH_PANEL)


def test_a_window_left_on_a_screen_since_unplugged_comes_back_to_the_main_one() -> None:
    on_the_second_monitor = Rect(2100, 100, 1280, 720)
    assert restored_geometry(on_the_second_monitor, [LAPTOP_WITH_PANEL], LAPTOP_WITH_PANEL) == first_geometry(
        LAPTOP_WITH_PANEL
    )


def test_a_window_too_big_for_a_smaller_screen_now_is_shrunk_onto_it() -> None:
    from_a_big_screen = Rect(200, 100, 1600, 900)
    placed = restored_geometry(from_a_big_screen, [SMALL_NETBOOK], SMALL_NETBOOK)
    assert inside(placed, SMALL_NETBOOK) and placed.height < SMALL_NETBOOK.height  # room for the frame


def test_a_window_with_its_title_bar_above_the_screen_is_brought_down() -> None:
    title_bar_hidden = Rect(100, -300, 800, 700)
    placed = restored_geometry(title_bar_hidden, [FULL_HD], FULL_HD)
    assert inside(placed, FULL_HD)


@pytest.mark.parametrize("text", [None, "", "1,2,3", "a,b,c,d", "0,0,-5,10", 17])
def test_a_broken_remembered_value_is_nothing_remembered(text: object) -> None:
    assert Rect.from_text(text) is None
