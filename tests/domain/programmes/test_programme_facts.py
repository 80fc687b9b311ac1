"""A programme's length and how often it asks, in words derived from its weeks, not written beside them."""

from __future__ import annotations

from workout_timer import resources
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.programmes.programme import Programme, Week
from workout_timer.domain.programmes.programme_library import ProgrammeLibrary
from workout_timer.domain.programmes.today_text import programme_facts


def week(sessions: int) -> Week:
    return Week(Dial.NORMAL, tuple("core" if day < sessions else None for day in range(7)))


def test_the_words_follow_the_weeks() -> None:
    assert programme_facts(Programme("p", "P", (week(3),) * 4)) == "4 weeks, 12 sessions: 3 a week"
    assert programme_facts(Programme("p", "P", (week(1),))) == "1 week, 1 session: 1 a week"
    changing = (week(3),) * 4 + (week(4),) * 2
    assert programme_facts(Programme("p", "P", changing)) == "6 weeks, 20 sessions: 3 a week, 4 in weeks 5 and 6"
    rising = (week(2), week(3), week(3), week(3), week(2))
    assert programme_facts(Programme("p", "P", rising)) == (
        "5 weeks, 13 sessions: 2 a week, 3 in weeks 2 to 4, 2 in week 5"
    )


def test_the_built_in_programmes_say_their_length_once_and_their_counts_nowhere_else() -> None:
    """ "Back on track, 6 weeks · 6 weeks, 20 sessions" said it twice, and its text said 3 a week while the plan has
    4 in its last weeks: the name and the text leave the numbers to the weeks."""
    routines = [path.stem for path in resources.routines_dir().glob("*.yaml")]
    library = ProgrammeLibrary(resources.programmes_dir(), None, lambda: routines)
    for entry in library.entries():
        programme = entry.programme
        assert programme is not None
        assert "week" not in programme.name.lower(), programme.name
        said = programme.description.lower()
        for count in ("two", "three", "four", "five", "six", "seven", "eight", "2", "3", "4", "5", "6", "7", "8"):
            assert f"{count} sessions a week" not in said and f"{count} short sessions a week" not in said, said
            assert f"{count} weeks" not in said.replace("first two weeks", ""), said
    back = library.find("back-on-track")
    assert back is not None and back.programme is not None
    assert programme_facts(back.programme) == "6 weeks, 20 sessions: 3 a week, 4 in weeks 5 and 6"
