"""What a second launch sends to the running app, and what the app accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from workout_timer.domain.desktop.second_launch import (
    Answer,
    Ask,
    Busy,
    Reply,
    Request,
    answer,
    decode,
    decode_reply,
    encode,
    encode_reply,
    failed,
    refused,
    routine_reference,
)


@pytest.mark.parametrize("request_", [Request(), Request(Ask.START, "core-for-runners"), Request(Ask.HISTORY)])
def test_a_request_survives_the_trip(request_: Request) -> None:
    assert decode(encode(request_)) == request_


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"not json",
        b'{"ask": "format-disk"}',
        b'{"ask": "start"}',
        b'{"ask": "start", "routine": 7}',
        b'{"ask": "show", "routine": "core"}',
        b"[1, 2]",
        b'{"ask": "show", "routine": "' + b"x" * 9000 + b'"}',
    ],
)
def test_anything_else_is_ignored(line: bytes) -> None:
    assert decode(line) is None


def test_a_routine_file_is_handed_over_by_its_absolute_path(tmp_path: Path) -> None:
    assert routine_reference("mine.yaml", tmp_path) == str(tmp_path / "mine.yaml")
    assert routine_reference("sub/x", tmp_path) == str(tmp_path / "sub/x")
    assert routine_reference("core-for-runners", tmp_path) == "core-for-runners"


def test_a_request_never_cuts_into_a_session_a_check_in_or_an_edit() -> None:
    start = Request(Ask.START, "core")
    assert answer(start, busy=None, editing=False) == Answer(Ask.START)
    assert answer(Request(Ask.HISTORY), None, False) == Answer(Ask.HISTORY)
    assert answer(Request(), Busy.SESSION, True) == Answer(None)
    running = answer(start, busy=Busy.SESSION, editing=False)
    assert running.ask is None and running.words == "A session is running. Stop it first (Esc) to start another."
    assert answer(Request(Ask.HISTORY), Busy.SESSION, False).words.endswith("to see your history.")
    for ask in (start, Request(Ask.HISTORY)):  # in a check-in Esc skips it: never told to press it to stop
        after = answer(ask, Busy.AFTER, False)
        assert after.ask is None and after.words.startswith("You are in the middle of a check-in.")
        before = answer(ask, Busy.BEFORE, False)  # answered or skipped, the session starts: never "try again" then
        assert before.ask is None and before.words.startswith("A session is about to start. Once it runs, stop it")
    assert answer(start, None, True).words.startswith("A routine is open in the editor.")


def test_the_terminal_is_told_the_same_where_the_windows_keys_are_the_windows() -> None:
    """The launch prints its words on a terminal, where Esc means nothing: each says where, and whose key it is."""
    running = answer(Request(Ask.START, "core"), busy=Busy.SESSION, editing=False)
    assert running.words == "A session is running. Stop it first (Esc) to start another."  # the window's, as ever
    assert running.terminal == (
        "A session is running in the open window. Stop it there first (Esc in the window) to start another."
    )
    for ask in (Request(Ask.START, "core"), Request(Ask.HISTORY)):
        for busy, editing in ((Busy.BEFORE, False), (Busy.SESSION, False), (Busy.AFTER, False), (None, True)):
            said = answer(ask, busy, editing)
            assert said.words and said.terminal != said.words, (busy, editing)
            assert "window" in said.terminal or "app's editor" in said.terminal
            assert "(Esc)" not in said.terminal and said.terminal.count("Esc") == said.terminal.count("Esc in the")


@pytest.mark.parametrize(
    "reply", [Reply(), refused("A session is running. Stop it first (Esc) to start another."), failed()]
)
def test_a_reply_survives_the_trip(reply: Reply) -> None:
    line = encode_reply(reply)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_reply(line.rstrip(b"\n")) == reply


def test_an_older_app_saying_ok_did_it_and_anything_else_is_no_reply() -> None:
    assert decode_reply(b"ok") == Reply() and encode_reply(Reply()) == b"ok\n"  # what an older launch waits for
    for line in (b"", b"not json", b"[1]", b'{"done": "no"}', b'{"done": false}', b'{"done": false, "words": 3}'):
        assert decode_reply(line) is None, line
