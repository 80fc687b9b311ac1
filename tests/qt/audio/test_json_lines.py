"""The hosts' line protocol: commands written whole and carried out by name, events written whole and read whole
however the output comes in pieces."""

from __future__ import annotations

import json
from typing import Any

from workout_timer.qt.audio.json_lines import EventLines, carry_out, command_line, event_line


def test_a_command_is_one_line_of_json() -> None:
    line = command_line("say", n=3, text="Plank, 20 seconds.")
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == {"cmd": "say", "n": 3, "text": "Plank, 20 seconds."}


def test_events_come_whole_however_the_output_is_cut() -> None:
    lines = EventLines()
    assert lines.feed(b'{"event": "hello"}\n{"event": "bega') == [("hello", {})]
    assert lines.feed(b'n", "n": 4, "latency": 0.2}\n') == [("began", {"n": 4, "latency": 0.2})]


def test_lines_that_are_no_json_object_are_passed_over() -> None:
    lines = EventLines()
    got = lines.feed(b'Using Qt multimedia\n[1, 2]\n"said"\n{"n": 5}\n{"event": "said", "n": 5}\n')
    assert got == [("", {"n": 5}), ("said", {"n": 5})]


def test_a_line_half_read_from_a_host_that_is_gone_is_forgotten() -> None:
    lines = EventLines()
    lines.feed(b'{"event": "pla')
    lines.clear()
    assert lines.feed(b'{"event": "hello"}\n') == [("hello", {})]


class Host:
    def __init__(self) -> None:
        self.played: list[tuple[int, str]] = []
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def do_play(self, n: int, name: str) -> None:
        self.played.append((n, name))

    def do_start_sounds(self, folder: str) -> None:
        raise OSError(f"no folder {folder}")

    def send(self, event: str, **fields: Any) -> None:
        self.sent.append((event, fields))


def test_a_command_is_carried_out_by_its_name_and_a_bad_one_is_answered_not_raised() -> None:
    host = Host()
    carry_out(host, command_line("play", n=1, name="countdown").decode(), host.send)
    assert host.played == [(1, "countdown")] and host.sent == []
    carry_out(host, '{"cmd": "start-sounds", "folder": "/nowhere"}\n', host.send)
    carry_out(host, '{"cmd": "fly"}\n', host.send)
    carry_out(host, "not json\n", host.send)
    assert [(event, fields["reason"].split(":")[0], fields["line"]) for event, fields in host.sent] == [
        ("error", "OSError", '{"cmd": "start-sounds", "folder": "/nowhere"}'),
        ("error", "AttributeError", '{"cmd": "fly"}'),
        ("error", "JSONDecodeError", "not json"),
    ]


def test_an_event_written_is_read_back_as_it_was() -> None:
    line = event_line("began", n=2, latency=0.25, unheard=False)
    assert line.endswith("\n") and EventLines().feed(line.encode()) == [
        ("began", {"n": 2, "latency": 0.25, "unheard": False})
    ]
