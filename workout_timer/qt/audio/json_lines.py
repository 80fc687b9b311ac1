"""The line protocol between the app, the audio host and the voice's process: one JSON object a line, a command
(`{"cmd": ...}`) one way and an event (`{"event": ...}`) the other; the commands and events are listed in
`audio_client.AudioHost`'s docstring."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def command_line(command: str, **fields: object) -> bytes:
    """A command as the line that is written to a host."""
    return (json.dumps({"cmd": command, **fields}) + "\n").encode()


def event_line(event: str, **fields: object) -> str:
    """An event as the line a host writes."""
    return json.dumps({"event": event, **fields}) + "\n"


def carry_out(host: object, line: str, send: Callable[..., None]) -> None:
    """Carry out a command line with `host`'s method `do_<command>`; a bad command, or one that fails, is answered
    with an `error` event and never ends the host."""
    try:
        command = json.loads(line)
        handler = getattr(host, "do_" + str(command.pop("cmd")).replace("-", "_"))
        handler(**command)
    except Exception as error:
        send("error", reason=f"{type(error).__name__}: {error}", line=line.strip())


class EventLines:
    """A host's output, read as it comes: each whole line that is a JSON object, as its event and its other fields.
    A line still being written waits for its end; a line that is no JSON object is passed over."""

    def __init__(self) -> None:
        self._partial = b""

    def feed(self, data: bytes) -> list[tuple[str, dict[str, Any]]]:
        *lines, self._partial = (self._partial + data).split(b"\n")
        events = []
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                events.append((str(message.pop("event", "")), message))
        return events

    def clear(self) -> None:
        """Forget a line half read (the host that wrote it is gone)."""
        self._partial = b""
