"""The hosts' line protocol: commands written whole, events read whole however the output comes in pieces."""

from __future__ import annotations

import json

from workout_timer.qt.audio.json_lines import EventLines, command_line


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
