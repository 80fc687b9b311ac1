#!/usr/bin/python3
"""Print the app's accessible tree as a screen reader (Orca) gets it over AT-SPI, and what it hears.

Run it with the system's Python, which has pyatspi (apt: python3-pyatspi at-spi2-core), while the app
runs with accessibility on (a screen reader running, or QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1):

    /usr/bin/python3 scripts/accessible_tree.py                 the tree of the app's windows, indented
    /usr/bin/python3 scripts/accessible_tree.py --json          the same, one JSON object a line
    /usr/bin/python3 scripts/accessible_tree.py --listen 20     20 seconds of announcements and changes first

Each line is an element's role, its name in quotes and, after a dash, its description. Elements that
are not shown (and empty fillers) are left out, as a screen reader leaves them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # the system's, not the project's environment
from gi.repository import GLib  # type: ignore[import-not-found]

APP = "workout-timer"


def find_app(name: str, wait: float) -> object | None:
    """The application on the accessibility bus called `name`, waiting up to `wait` seconds."""
    end = time.monotonic() + wait
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and (app.name or "") == name:
                return app
        if time.monotonic() > end:
            return None
        time.sleep(0.2)


def shown(element: object) -> bool:
    states = element.getState()
    return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)


def walk(element: object, depth: int = 0) -> list[dict[str, object]]:
    """Every shown element under `element` with a name, a description or children of its own."""
    rows: list[dict[str, object]] = []
    for child in element:
        if child is None or not shown(child):
            continue
        row = {"depth": depth, "role": child.getRoleName(), "name": child.name, "description": child.description}
        below = walk(child, depth + 1)
        if child.name or child.description or below:
            rows.append(row)
            rows.extend(below)
    return rows


def line(row: dict[str, object]) -> str:
    text = f"{'  ' * int(row['depth'])}{row['role']}"
    if row["name"]:
        text += f' "{row["name"]}"'
    if row["description"]:
        text += f" - {row['description']}"
    return text


def listen(seconds: float, as_json: bool) -> None:
    """Print what the app tells screen readers for `seconds`: announcements, and words that change."""
    start = time.monotonic()

    def heard(event: object) -> None:
        source = event.source
        try:
            app = source.getApplication()
            if app is None or app.name != APP:
                return
            role, name, description = source.getRoleName(), source.name, source.description
        except Exception:  # an element gone meanwhile says nothing
            return
        record = {
            "t": round(time.monotonic() - start, 2),
            "event": event.type,
            "said": str(event.any_data) if event.type.startswith("object:announcement") else "",
            "role": role,
            "name": name,
            "description": description,
        }
        print(json.dumps(record) if as_json else f"{record['t']:6.2f} {event.type} {record['said'] or name!r}")
        sys.stdout.flush()

    kinds = ("object:announcement", "object:property-change:accessible-name", "object:text-changed")
    pyatspi.Registry.registerEventListener(heard, *kinds)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object a line")
    parser.add_argument("--listen", type=float, default=0.0, metavar="SECONDS", help="first print what is heard")
    parser.add_argument("--wait", type=float, default=10.0, metavar="SECONDS", help="wait this long for the app")
    options = parser.parse_args()
    app = find_app(APP, options.wait)
    if app is None:
        print(f"No {APP} on the accessibility bus: is it running, with accessibility on?", file=sys.stderr)
        return 1
    if options.listen > 0:
        listen(options.listen, options.json)
    for row in walk(app):
        print(json.dumps(row) if options.json else line(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
