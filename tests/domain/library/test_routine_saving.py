"""What a save from the editor means for the user's folder, decided without a window: the id and file
it goes to, the copy kept beside a file changed elsewhere, a draft's file, and what leaving asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.file_seen import Change
from workout_timer.domain.library.routine_saving import (
    NEW_ID,
    Answer,
    Leaving,
    OutsideChoice,
    SaveTarget,
    after_answer,
    copy_path,
    draft_file,
    kept_copy,
    leaving,
    outside_choices,
    own_version_file,
    save_place,
    save_target,
    stand_in_id,
)
from workout_timer.domain.library.user_routines import Draft, UserRoutines
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine

Load = Callable[[str], Routine]


@pytest.fixture
def user(tmp_path: Path) -> UserRoutines:
    folder = tmp_path / "routines"
    folder.mkdir()
    return UserRoutines(folder, tmp_path / "trash", tmp_path / "drafts")


def test_a_new_routine_is_saved_under_an_id_from_its_name_that_no_routine_has(user: UserRoutines, load: Load) -> None:
    routine = load(SHORT_ROUTINE)  # "Short test session"
    first = save_target(routine, NEW_ID, None, user, ["core-for-runners"])
    assert first == SaveTarget("short-test-session", user.folder / "short-test-session.yaml")
    taken = save_target(routine, NEW_ID, None, user, ["short-test-session"])
    assert taken.routine_id == "short-test-session-2"
    mine = user.folder / "Mine.yml"  # a routine with a file keeps its id and file, whatever its name
    assert save_target(routine, "mine", mine, user, ["mine"]) == SaveTarget("mine", mine)


def test_the_saved_text_carries_the_targets_id_and_the_editors_spelling(
    user: UserRoutines, load: Load, catalogue: Catalogue
) -> None:
    routine = load(SHORT_ROUTINE)
    document = {"version": 1, "name": routine.name, "defaults": {"prepare": "0:05"}}
    text = SaveTarget("short", user.folder / "short.yaml").text(routine, document)
    assert "prepare: 0:05" in text
    assert load_routine_text(text, "short.yaml", catalogue, "short").name == "Short test session"


def test_a_copy_kept_beside_a_changed_file_gets_a_free_file_and_a_name_of_its_own(user: UserRoutines) -> None:
    (user.folder / "plank-2.yaml").write_text("not listed: it does not load")
    path = user.folder / "plank.yml"
    assert copy_path(user, ["plank", "plank-3"], path) == user.folder / "plank-4.yml"
    target, name = kept_copy(user.folder / "plank-4.yml", "Plank", ["Plank", "Other"])
    assert target == SaveTarget("plank-4", user.folder / "plank-4.yml") and name == "Plank (2)"


def test_what_a_save_over_a_file_changed_outside_may_do_and_where_each_choice_writes(user: UserRoutines) -> None:
    assert outside_choices(Change.SAME) == ()
    assert outside_choices(Change.GONE) == (OutsideChoice.WRITE, OutsideChoice.CANCEL)
    assert outside_choices(Change.CHANGED) == (OutsideChoice.WRITE, OutsideChoice.KEEP_BOTH, OutsideChoice.CANCEL)
    path = user.folder / "plank.yaml"
    assert save_place(OutsideChoice.WRITE, path, user, ["plank"]) == path
    assert save_place(OutsideChoice.KEEP_BOTH, path, user, ["plank"]) == user.folder / "plank-2.yaml"
    assert save_place(OutsideChoice.CANCEL, path, user, ["plank"]) is None


def test_a_drafts_file_is_none_for_a_new_routine_and_its_own_for_any_other(user: UserRoutines) -> None:
    assert stand_in_id([]) == NEW_ID and stand_in_id([NEW_ID]) == f"{NEW_ID}-2"
    assert draft_file(Draft(f"{NEW_ID}-2", {}, True, 0.0), user) is None
    (user.folder / "core.yml").write_text("")
    assert draft_file(Draft("core", {}, False, 0.0), user) == user.folder / "core.yml"
    made_mine = Draft("core-for-runners", {}, True, 0.0)  # new, under the built-in routine's id
    assert draft_file(made_mine, user) == user.folder / "core-for-runners.yaml"


def test_leaving_asks_only_about_unsaved_changes_and_each_answer_leads_somewhere() -> None:
    assert leaving(dirty=False, loads=False) is Leaving.NOTHING
    assert leaving(dirty=True, loads=True) is Leaving.SAVE_OR_DISCARD
    assert leaving(dirty=True, loads=False) is Leaving.DISCARD_OR_STAY
    assert leaving(dirty=True, loads=False, only_steps_missing=True) is Leaving.NO_STEPS  # said plainly
    assert leaving(dirty=False, loads=False, only_steps_missing=True) is Leaving.NOTHING
    save, discard, stay = (after_answer(answer) for answer in (Answer.SAVE, Answer.DISCARD, Answer.STAY))
    assert save.save and save.closes and not save.drop_draft
    assert discard.drop_draft and discard.closes and not discard.save
    assert not (stay.save or stay.drop_draft or stay.closes)


def test_a_draft_keeps_its_file_and_one_written_before_it_did_still_reads(user: UserRoutines) -> None:
    kept = Draft("mine", {"name": "Mine"}, False, 12.5, user.folder / "Mine.yml")
    assert Draft.from_json(kept.as_json()) == kept
    assert draft_file(kept, user) == user.folder / "Mine.yml"  # not whichever file the id finds first
    older = {"routine_id": "mine", "is_new": False, "saved_at": 3.0, "document": {"name": "Mine"}}
    assert Draft.from_json(older) == Draft("mine", {"name": "Mine"}, False, 3.0)
    with pytest.raises(ValueError, match="not a draft"):
        Draft.from_json({**older, "path": 7})


def test_your_version_of_a_changed_routine_goes_over_the_file_it_came_from(user: UserRoutines, load: Load) -> None:
    routine = load(SHORT_ROUTINE)
    (user.folder / "mine.yaml").write_text(SHORT_ROUTINE)
    yours = Entry("mine", user.folder / "Mine.yml", Source.USER, routine)  # beside mine.yaml, of the same id
    assert own_version_file("mine", yours, user) == user.folder / "Mine.yml"
    built_in = Entry("core", Path("/usr/share/routines/core.yaml"), Source.BUILT_IN, routine)
    assert own_version_file("core", built_in, user) == user.folder / "core.yaml"  # yours, in your folder
    assert own_version_file("mine", None, user) == user.folder / "mine.yaml"
