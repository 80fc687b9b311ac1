"""Every message a routine file can earn, worded once, for runners rather than programmers.

The loader, the command line and the editor all take their text from here, so a mistake reads the
same wherever it is shown, and in the runner's language (`common.language`). In the messages, {what} and
{where} name a key as the file writes it, quoted as a key (`as_key`: `duration`, `steps`; never translated, the
format is the same in every language), or a place in the file, marked where the reader names it as
`pgettext("place", "each step")`; {got} is the value as written, or its shape (`shape`).
"""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.common.language import _, in_quotes, ngettext, number, pgettext
from workout_timer.domain.routines.durations import MAX_SECONDS


def as_key(name: str) -> str:
    """A key of the format as the file writes it, quoted so it reads as a key in a sentence of any language:
    `duration`, `rest_between_sets`, `defaults: cues: halfway`. It is what the runner types: never translated."""
    return f"`{name}`"


def shape(kind: str) -> str:
    """What a value is, when it is not text: "a list", "a mapping", "nothing"."""
    shapes = {
        "seq": pgettext("the shape of a value", "a list"),
        "map": pgettext("the shape of a value", "a mapping"),
        "none": pgettext("the shape of a value", "nothing"),
    }
    return shapes[kind]


def duration_rule() -> str:
    return _('a positive number of seconds or a string like "1m30s"')


def quoted(text: str, limit: int = 40) -> str:
    """A value as the user wrote it, in the language's quotes (“abc”, „abc“), shortened so one line stays one line."""
    text = text.replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return in_quotes(text)


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
    # Translators: the last of several choices ("easy, medium or hard"); {others} is the rest, joined by ", ".
    return _("{others} or {last}").format(others=", ".join(items[:-1]), last=items[-1])


# -- the file itself -------------------------------------------------------------------------


def missing_file() -> str:
    return _("there is no such file")


def is_a_folder() -> str:
    return _("this is a folder, not a routine file")


def unreadable(reason: str) -> str:
    # Translators: {reason} says why, such as "the app is not allowed to use the file".
    return _("the file cannot be read ({reason})").format(reason=reason)


# -- structure -------------------------------------------------------------------------------


def expected_mapping(what: str, got: str) -> str:
    return _("{what} must be a mapping of keys and values, got {got}").format(what=what, got=got)


def expected_list(what: str, got: str) -> str:
    return _("{what} must be a list, got {got}").format(what=what, got=got)


def unknown_key(key: str, where: str, allowed: Iterable[str]) -> str:
    allowed = sorted(allowed)
    close = _closest(key, allowed)
    if close:
        return _("unknown key {key} in {where}; did you mean {close}?").format(
            key=as_key(key), where=where, close=as_key(close)
        )
    return _("unknown key {key} in {where}; allowed here: {allowed}").format(
        key=as_key(key), where=where, allowed=choices(map(as_key, allowed))
    )


def missing_key(key: str, where: str) -> str:
    return _("{key} is missing from {where}").format(key=as_key(key), where=where)


def empty_list(what: str) -> str:
    return _("{what} must not be empty").format(what=what)


# -- values ----------------------------------------------------------------------------------


def version_missing() -> str:
    return _("`version` is missing: start the file with `version: 1`")


def version_invalid(got: str) -> str:
    return _("`version` must be 1, got {got}").format(got=got)


def version_newer(got: int, supported: int) -> str:
    return _(
        "this file uses routine format version {got}, but this copy of workout-timer reads "
        "version {supported}; update workout-timer to open it"
    ).format(got=got, supported=supported)


def expected_text(what: str, got: str) -> str:
    return _("{what} must be text, got {got}").format(what=what, got=got)


def text_empty(what: str) -> str:
    return _("{what} must not be empty").format(what=what)


def text_too_long(what: str, limit: int) -> str:
    return ngettext(
        "{what} is longer than {limit} character", "{what} is longer than {limit} characters", limit
    ).format(what=what, limit=limit)


def expected_choice(what: str, options: Iterable[str], got: str) -> str:
    return _("{what} must be {choices}, got {got}").format(what=what, choices=choices(options), got=got)


def expected_duration(what: str, got: str) -> str:
    return _("{what} must be {rule}, got {got}").format(what=what, rule=duration_rule(), got=got)


def expected_pause(what: str, got: str) -> str:
    return _('{what} must be 0 or more seconds, or a string like "30s", got {got}').format(what=what, got=got)


def duration_too_long(what: str, got: str) -> str:
    hours = MAX_SECONDS // 3600
    return ngettext(
        "{what} must be at most {hours} hour, got {got}", "{what} must be at most {hours} hours, got {got}", hours
    ).format(what=what, hours=hours, got=got)


def expected_count(what: str, minimum: int, maximum: int, got: str) -> str:
    return _("{what} must be a whole number from {minimum} to {maximum}, got {got}").format(
        what=what, minimum=minimum, maximum=maximum, got=got
    )


def expected_move_on(least: float, got: str) -> str:
    return _(
        "`move_on` must be true, false, or how long a step at your own pace waits before moving on by itself "
        '({least} seconds or more, or a string like "1m"), got {got}'
    ).format(least=number(least), got=got)


def expected_tempo(got: str) -> str:
    return _('`tempo` must be seconds per rep (more than 0, at most 60) or "none" to wait for Done, got {got}').format(
        got=got
    )


def expected_bool(what: str, got: str) -> str:
    return _("{what} must be true or false, got {got}").format(what=what, got=got)


def expected_id(what: str, got: str) -> str:
    return _("{what} must be an id of lowercase letters, digits and dashes, like side-plank, got {got}").format(
        what=what, got=got
    )


def duration_and_reps(where: str) -> str:
    return _("{where} gives both `duration` and `reps`; give one of them").format(where=where)


def no_duration_or_reps(exercise: str) -> str:
    return _("{exercise} has no default length: give the step a `duration` or `reps`").format(exercise=exercise)


def unknown_exercise(exercise_id: str, known: Iterable[str]) -> str:
    close = _closest(exercise_id, known)
    if close:
        return _("unknown exercise {id}; did you mean {close}?").format(id=exercise_id, close=close)
    return _("unknown exercise {id}; define it under `exercises:` or pick one from the catalogue").format(
        id=exercise_id
    )


# -- ladders of easier and harder variants ----------------------------------------------------
# {direction} is the key as written, quoted: `easier` or `harder`.


def unknown_variant(direction: str, exercise_id: str, known: Iterable[str]) -> str:
    close = _closest(exercise_id, known)
    if close:
        return _("the {direction} variant {id} is not a known exercise; did you mean {close}?").format(
            direction=as_key(direction), id=exercise_id, close=close
        )
    return _(
        "the {direction} variant {id} is not a known exercise; name an exercise from this file or the catalogue"
    ).format(direction=as_key(direction), id=exercise_id)


def variant_is_itself(direction: str) -> str:
    return _("an exercise cannot be its own {direction} variant").format(direction=as_key(direction))


def variant_kind_differs(direction: str, variant: str, kind: str, variant_kind: str) -> str:
    # Translators: {kind} and {variant_kind} are kinds as the file writes them: strength, stretch, mobility, warm-up.
    return _(
        "the {direction} variant {variant} is a {variant_kind} exercise, this one a {kind} exercise; "
        "a ladder keeps to one kind"
    ).format(direction=as_key(direction), variant=variant, variant_kind=variant_kind, kind=kind)


def variant_sides_differ(direction: str, variant: str, sided: bool) -> str:
    if sided:
        text = _(
            "this exercise is done one side at a time and its {direction} variant {variant} both sides together; "
            "a ladder keeps to one, so a variant can take the other's place in a session"
        )
    else:
        text = _(
            "this exercise is done both sides together and its {direction} variant {variant} one side at a time; "
            "a ladder keeps to one, so a variant can take the other's place in a session"
        )
    return text.format(direction=as_key(direction), variant=variant)


def variant_disagrees(direction: str, variant: str, other: str) -> str:
    if direction == "easier":
        text = _("{variant} names {other} as its `harder` variant, not this exercise; a ladder has one rung each way")
    else:
        text = _("{variant} names {other} as its `easier` variant, not this exercise; a ladder has one rung each way")
    return text.format(variant=variant, other=other)


def variant_taken(direction: str, variant: str, first: str) -> str:
    return _("{first} already names {variant} as its {direction} variant; a ladder has one rung each way").format(
        first=first, variant=variant, direction=as_key(direction)
    )


def ladder_loop(path: Iterable[str]) -> str:
    return _("these easier variants go round in a loop ({path}); a ladder needs a first, easiest rung").format(
        path=" → ".join(path)
    )


def step_kind_missing() -> str:
    return _("a step needs one of `exercise`, `rest` or `circuit`")


def step_kind_unclear(keys: Iterable[str]) -> str:
    # Translators: {first} and {second} are keys as written, quoted (`exercise`, `rest`, `circuit`).
    given = [as_key(key) for key in sorted(keys)]
    return _("a step takes only one of `exercise`, `rest` or `circuit`, got {first} and {second}").format(
        first=", ".join(given[:-1]), second=given[-1]
    )


def circuit_too_deep(limit: int) -> str:
    return _("circuits are nested more than {limit} levels deep").format(limit=limit)


def cue_after_end(at: str, length: str) -> str:
    return _("this cue at {at} comes after the step ends ({length})").format(at=at, length=length)


def too_many_form_cues(limit: int) -> str:
    return _("give at most {limit} form cues; short and few is easier to follow").format(limit=limit)


def rep_field_without_reps(key: str) -> str:
    return _("{key} only applies to steps with `reps`").format(key=as_key(key))


def too_many_segments(limit: int) -> str:
    return _("this routine expands to more than {limit} timed parts; use fewer sets or rounds").format(limit=limit)


def routine_too_long(hours: int) -> str:
    return ngettext(
        "this routine would last more than {hours} hour; use fewer sets or rounds",
        "this routine would last more than {hours} hours; use fewer sets or rounds",
        hours,
    ).format(hours=hours)


# -- poses -----------------------------------------------------------------------------------


def expected_angle(joint: str, got: str) -> str:
    return _("{joint} must be an angle in degrees, like 90, got {got}").format(joint=as_key(joint), got=got)


def angle_out_of_range(joint: str, low: float, high: float, meaning: str, got: str) -> str:
    # Translators: {meaning} says what the angle's two ends mean, in English words from the pose format.
    return _("{joint} must be from {low} to {high} degrees ({meaning}), got {got}").format(
        joint=as_key(joint), low=number(low), high=number(high), meaning=meaning, got=got
    )


def too_many_frames(limit: int) -> str:
    return _("a pose has one to {limit} frames; the figure moves through them and back").format(limit=limit)


def expected_cycle(low: float, high: float, got: str) -> str:
    return _('`cycle` must be from {low} to {high} seconds, or a string like "2s", got {got}').format(
        low=number(low), high=number(high), got=got
    )
