"""Every message a routine file can earn, worded once, for runners rather than programmers.

The loader, the command line and the editor all take their text from here, so a mistake reads the
same wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.routines.durations import MAX_SECONDS

DURATION_RULE = 'a positive number of seconds or a string like "1m30s"'


def quoted(text: str, limit: int = 40) -> str:
    """A value as the user wrote it, shortened so one line stays one line."""
    text = text.replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _closest(word: str, options: Iterable[str]) -> str | None:
    """The option most like a misspelt word, also matching single words of a dashed id
    ("brige" finds glute-bridge)."""
    import difflib  # only needed when something is misspelt; keeps start-up quick

    options = list(options)
    close = difflib.get_close_matches(word, options, n=1)
    if close:
        return close[0]
    parts: dict[str, str] = {}
    for option in options:  # a word shared by several ids points at the first, the plainest
        for part in option.split("-"):
            if len(part) > 3:
                parts.setdefault(part, option)
    close = difflib.get_close_matches(word, list(parts), n=1, cutoff=0.8)
    return parts[close[0]] if close else None


def closest(word: str, options: Iterable[str]) -> str | None:
    """The known id most like a misspelt one (for messages of files that name routines and exercises)."""
    return _closest(word, options)


def choices(options: Iterable[str]) -> str:
    items = [str(o) for o in options]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


# -- the file itself -------------------------------------------------------------------------


def missing_file() -> str:
    return "there is no such file"


def is_a_folder() -> str:
    return "this is a folder, not a routine file"


def unreadable(reason: str) -> str:
    return f"the file cannot be read ({reason})"


def too_large(size: int, limit: int) -> str:
    return f"the file is {-(-size // 1024)} KiB; routine files may be at most {limit // 1024} KiB"


def not_a_regular_file(kind: str) -> str:
    return f"this is {kind}, not a regular file; the app reads only regular files"


def binary_file() -> str:
    return "this looks like a binary file, not a YAML text file"


def not_utf8(byte: int) -> str:
    return f"the file is not UTF-8 text (unexpected byte 0x{byte:02x}); save it as UTF-8"


def empty_file() -> str:
    return "the file is empty: a routine needs at least `version: 1`, a name and some steps"


def bad_yaml(problem: str) -> str:
    return f"this is not valid YAML: {problem}"


def too_deep(limit: int) -> str:
    return f"lists and mappings are nested more than {limit} levels deep"


def too_many_nodes(limit: int) -> str:
    return (
        f"the file expands to more than {limit} values (aliases that repeat each other?); "
        "a routine never needs that many"
    )


def tag_not_allowed(tag: str) -> str:
    return f"YAML tags such as {tag} are not allowed in routine files"


def duplicate_key(key: str, first_line: int) -> str:
    return f"{key} is given twice (first on line {first_line}); keep one"


def several_documents() -> str:
    return "the file holds more than one YAML document (a second `---`); keep one routine a file"


# -- structure -------------------------------------------------------------------------------


def expected_mapping(what: str, got: str) -> str:
    return f"{what} must be a mapping of keys and values, got {got}"


def expected_list(what: str, got: str) -> str:
    return f"{what} must be a list, got {got}"


def unknown_key(key: str, where: str, allowed: Iterable[str]) -> str:
    allowed = sorted(allowed)
    close = _closest(key, allowed)
    hint = f"; did you mean {close}?" if close else f"; allowed here: {choices(allowed)}"
    return f"unknown key {key} in {where}{hint}"


def missing_key(key: str, where: str) -> str:
    return f"{key} is missing from {where}"


def empty_list(what: str) -> str:
    return f"{what} must not be empty"


# -- values ----------------------------------------------------------------------------------


def version_missing() -> str:
    return "version is missing: start the file with `version: 1`"


def version_invalid(got: str) -> str:
    return f"version must be 1, got {got}"


def version_newer(got: int, supported: int) -> str:
    return (
        f"this file uses routine format version {got}, but this copy of workout-timer reads "
        f"version {supported}; update workout-timer to open it"
    )


def expected_text(what: str, got: str) -> str:
    return f"{what} must be text, got {got}"


def text_empty(what: str) -> str:
    return f"{what} must not be empty"


def text_too_long(what: str, limit: int) -> str:
    return f"{what} is longer than {limit} characters"


def expected_choice(what: str, options: Iterable[str], got: str) -> str:
    return f"{what} must be {choices(options)}, got {got}"


def expected_duration(what: str, got: str) -> str:
    return f"{what} must be {DURATION_RULE}, got {got}"


def expected_pause(what: str, got: str) -> str:
    return f'{what} must be 0 or more seconds, or a string like "30s", got {got}'


def duration_too_long(what: str, got: str) -> str:
    return f"{what} must be at most {MAX_SECONDS // 3600} hours, got {got}"


def expected_count(what: str, minimum: int, maximum: int, got: str) -> str:
    return f"{what} must be a whole number from {minimum} to {maximum}, got {got}"


def expected_move_on(least: float, got: str) -> str:
    return (
        "move_on must be true, false, or how long a step at your own pace waits before moving on by itself "
        f'({least:g} seconds or more, or a string like "1m"), got {got}'
    )


def expected_tempo(got: str) -> str:
    return f'tempo must be seconds per rep (more than 0, at most 60) or "none" to wait for Done, got {got}'


def expected_bool(what: str, got: str) -> str:
    return f"{what} must be true or false, got {got}"


def expected_id(what: str, got: str) -> str:
    return f"{what} must be an id of lowercase letters, digits and dashes, like side-plank, got {got}"


def duration_and_reps(where: str) -> str:
    return f"{where} gives both duration and reps; give one of them"


def no_duration_or_reps(exercise: str) -> str:
    return f"{exercise} has no default length: give the step a duration or reps"


def unknown_exercise(exercise_id: str, known: Iterable[str]) -> str:
    close = _closest(exercise_id, known)
    hint = f"; did you mean {close}?" if close else "; define it under `exercises:` or pick one from the catalogue"
    return f"unknown exercise {exercise_id}{hint}"


# -- ladders of easier and harder variants ----------------------------------------------------


def unknown_variant(direction: str, exercise_id: str, known: Iterable[str]) -> str:
    close = _closest(exercise_id, known)
    hint = f"; did you mean {close}?" if close else "; name an exercise from this file or the catalogue"
    return f"the {direction} variant {exercise_id} is not a known exercise{hint}"


def variant_is_itself(direction: str) -> str:
    return f"an exercise cannot be its own {direction} variant"


def variant_kind_differs(direction: str, variant: str, kind: str, variant_kind: str) -> str:
    return (
        f"the {direction} variant {variant} is a {variant_kind} exercise, this one a {kind} exercise; "
        "a ladder keeps to one kind"
    )


def variant_sides_differ(direction: str, variant: str, sided: bool) -> str:
    this, that = (
        ("one side at a time", "both sides together") if sided else ("both sides together", "one side at a time")
    )
    return (
        f"this exercise is done {this} and its {direction} variant {variant} {that}; "
        "a ladder keeps to one, so a variant can take the other's place in a session"
    )


def variant_disagrees(direction: str, variant: str, other: str) -> str:
    opposite = "harder" if direction == "easier" else "easier"
    return f"{variant} names {other} as its {opposite} variant, not this exercise; a ladder has one rung each way"


def variant_taken(direction: str, variant: str, first: str) -> str:
    return f"{first} already names {variant} as its {direction} variant; a ladder has one rung each way"


def ladder_loop(path: Iterable[str]) -> str:
    return f"these easier variants go round in a loop ({' → '.join(path)}); a ladder needs a first, easiest rung"


def step_kind_missing() -> str:
    return "a step needs one of exercise, rest or circuit"


def step_kind_unclear(keys: Iterable[str]) -> str:
    return f"a step takes only one of exercise, rest or circuit, got {' and '.join(sorted(keys))}"


def circuit_too_deep(limit: int) -> str:
    return f"circuits are nested more than {limit} levels deep"


def cue_after_end(at: str, length: str) -> str:
    return f"this cue at {at} comes after the step ends ({length})"


def too_many_form_cues(limit: int) -> str:
    return f"give at most {limit} form cues; short and few is easier to follow"


def rep_field_without_reps(key: str) -> str:
    return f"{key} only applies to steps with reps"


def too_many_segments(limit: int) -> str:
    return f"this routine expands to more than {limit} timed parts; use fewer sets or rounds"


def routine_too_long(hours: int) -> str:
    return f"this routine would last more than {hours} hours; use fewer sets or rounds"


# -- poses -----------------------------------------------------------------------------------


def expected_angle(joint: str, got: str) -> str:
    return f"{joint} must be an angle in degrees, like 90, got {got}"


def angle_out_of_range(joint: str, low: float, high: float, meaning: str, got: str) -> str:
    return f"{joint} must be from {low:g} to {high:g} degrees ({meaning}), got {got}"


def too_many_frames(limit: int) -> str:
    return f"a pose has one to {limit} frames; the figure moves through them and back"


def expected_cycle(low: float, high: float, got: str) -> str:
    return f'cycle must be from {low:g} to {high:g} seconds, or a string like "2s", got {got}'
