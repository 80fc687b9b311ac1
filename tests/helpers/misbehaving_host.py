"""A stand-in for the audio host that speaks its protocol and misbehaves when asked to play a tone.

Run as `python misbehaving_host.py MODE STARTS_FILE [--parent PID]`. Each start adds a line to
STARTS_FILE. MODE: `flood` writes to stderr without end at the first start's first tone (as the real
host did, stuck on a closed socket); `silent` never answers a tone at the first start; `always-silent`
never answers a tone at any start; `mute-voice` never answers an utterance at the first start;
`no-output` finds no sound output, and its voice begins every utterance and never ends one, as
speech-dispatcher does with no sound server.
Otherwise it answers as the real host does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def send(event: str, **fields: object) -> None:
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def main() -> None:
    mode, starts_file = sys.argv[1], Path(sys.argv[2])
    with starts_file.open("a") as starts:
        starts.write("start\n")
    first = len(starts_file.read_text().splitlines()) == 1
    send("hello")
    for line in sys.stdin:
        command = json.loads(line)
        name = command.get("cmd")
        if name == "start_sounds":
            if mode == "no-output":
                send("sounds_failed", reason="No sound output was found.", no_output=True)
            else:
                send("sounds_ready")
        elif name == "start_speech":
            send("speech_ready", voices=["Stand-in"], voice="Stand-in")
        elif name == "say":
            if mode == "mute-voice" and first:
                continue
            if mode == "no-output":
                send("began", n=command["n"], latency=0.01, unheard=True)
                continue
            send("began", n=command["n"], latency=0.01)
            send("said", n=command["n"])
        elif name == "play":
            if mode == "flood" and first:
                while True:
                    sys.stderr.write("QSocketNotifier: Invalid socket 10 and type 'Read', disabling...\n")
            if mode == "always-silent" or (mode == "silent" and first):
                continue
            send("played", n=command["n"], name=command["name"])
        elif name == "quit":
            return


if __name__ == "__main__":
    main()
