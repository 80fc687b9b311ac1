"""What a second launch asks of the app already running, and what the app answers (where it finds the app is
the identity's: `identity.instance_address`).

One app runs per user session: a second `workout-timer` hands its wish over (bring the window forward,
start a routine, show the history) and ends. The wish travels as one line of JSON over a local socket in
the user's runtime folder; a line that can't be read is ignored, never acted on. The app answers with one
line: `ok` when it did what was asked (all an older app ever answers), else a line of JSON with why not, which the
later launch prints on the terminal: the words its window shows, said for a terminal where they name the window's
keys ("Esc in the window").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workout_timer.domain.common.language import _


class Ask(StrEnum):
    SHOW = "show"
    """Bring the window forward."""
    START = "start"
    """Start `routine` (an id, or an absolute path to a file)."""
    HISTORY = "history"
    """Show the history."""


@dataclass(frozen=True)
class Request:
    ask: Ask = Ask.SHOW
    routine: str = ""


MAX_LINE = 8192
"""A request is one short line; more than this is not one of ours."""
DONE = b"ok\n"
"""The reply when the open app did what was asked."""


def routine_reference(ref: str, cwd: Path) -> str:
    """`ref` as the running app can find it: a path to a file is made absolute (its folder may differ)."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or "/" in ref or "\\" in ref:
        return str((cwd / path).absolute())
    return ref


def encode(request: Request) -> bytes:
    import json  # (loaded when a request travels, not on the first launch's start)

    return json.dumps({"ask": request.ask.value, "routine": request.routine}).encode() + b"\n"


def decode(line: bytes) -> Request | None:
    """The request `line` carries, or None when it is not one."""
    if len(line) > MAX_LINE:
        return None
    import json

    try:
        data = json.loads(line)
        ask = Ask(data["ask"])
        routine = data.get("routine", "")
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(routine, str) or (ask is Ask.START) != bool(routine):
        return None
    return Request(ask, routine)


@dataclass(frozen=True)
class Answer:
    """What the running app does for a request: always come forward; then carry out `ask` (None: nothing
    more) or say `words` (why it can't, now), in its window, and `terminal` to the launch: the same said for a
    terminal, the window named and its keys said to be the window's."""

    ask: Ask | None
    words: str = ""
    terminal: str = ""


@dataclass(frozen=True)
class Reply:
    """What the later launch hears back: whether the open app did what it asked and, when not, why, in its
    language: the words for the terminal (`Answer.terminal`), or its window's when they fit a terminal as they
    are."""

    done: bool = True
    words: str = ""


def refused(words: str) -> Reply:
    return Reply(done=False, words=words)


def failed() -> Reply:
    """The reply when the open app ran into an error nobody planned for while doing what was asked."""
    return refused(_("The app already open ran into a problem doing that. It says what in its window."))


def encode_reply(reply: Reply) -> bytes:
    if reply.done:
        return DONE
    import json

    return json.dumps({"done": False, "words": reply.words}).encode() + b"\n"


def decode_reply(line: bytes) -> Reply | None:
    """The reply `line` carries (`ok`, from an older app too, is done), or None when it is not one."""
    if line.strip() == DONE.strip():
        return Reply()
    import json

    try:
        data = json.loads(line)
        done, words = data["done"], data.get("words", "")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(done, bool) or not isinstance(words, str) or (not done and not words.strip()):
        return None
    return Reply(done, "" if done else words)


class Busy(StrEnum):
    """What a workout under way is doing, that a later launch's request must not cut into."""

    BEFORE = "before"
    """Asking how the back is before the session: answered or skipped, the session starts."""
    SESSION = "session"
    """The session itself, running or paused."""
    AFTER = "after"
    """Asking how the back is after the session."""


def answer(request: Request, busy: Busy | None, editing: bool) -> Answer:
    """A request is carried out unless it would cut into a workout (`busy`) or an edit the user is in the middle
    of; then the words say what to do first, as fits the screen the runner is on, and again for the terminal the
    launch came from, where the window's keys are no keys (`Answer.terminal`)."""
    if request.ask is Ask.SHOW:
        return Answer(None)
    history = request.ask is Ask.HISTORY
    if busy is Busy.AFTER:  # (Esc there skips the question, and the summary follows)
        return Answer(
            None,
            _("You are in the middle of a check-in. Answer it or skip it first, then try again."),
            _("The open window is asking how your back is. Answer or skip the question there first, then try again."),
        )
    if busy is Busy.BEFORE and history:  # (answered or skipped, the session starts: Esc there is no way out of it)
        return Answer(
            None,
            _("A session is about to start. Once it runs, stop it (Esc) to see your history."),
            _(
                "A session is about to start in the open window. Once it runs, stop it there (Esc in the window) "
                "to see your history."
            ),
        )
    if busy is Busy.BEFORE:
        return Answer(
            None,
            _("A session is about to start. Once it runs, stop it (Esc) to start another."),
            _(
                "A session is about to start in the open window. Once it runs, stop it there (Esc in the window) "
                "to start another."
            ),
        )
    if busy is Busy.SESSION and history:
        return Answer(
            None,
            _("A session is running. Stop it first (Esc) to see your history."),
            _("A session is running in the open window. Stop it there first (Esc in the window) to see your history."),
        )
    if busy is Busy.SESSION:
        return Answer(
            None,
            _("A session is running. Stop it first (Esc) to start another."),
            _("A session is running in the open window. Stop it there first (Esc in the window) to start another."),
        )
    if editing:
        return Answer(
            None,
            _("A routine is open in the editor. Save or close it first, then try again."),
            _("A routine is open in the app's editor. Save or close it there first, then try again."),
        )
    return Answer(request.ask)
