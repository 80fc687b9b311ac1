"""The AppStream metainfo that software centres show: what the app is, its screenshots and releases."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as _escape

from workout_timer.domain.desktop.identity import (
    APP_ID,
    COMMAND,
    HOMEPAGE,
    ISSUES,
    KEYWORDS,
    LICENCE,
    NAME,
    RAW_FILES,
    SUMMARY,
    desktop_file_name,
)
from workout_timer.domain.desktop.launcher import CATEGORIES


def escape(text: str) -> str:
    """&, < and > as XML wants them in text (as xml.sax.saxutils.escape, whose import pulls in urllib,
    http and email: 40 ms of every start, as the window's icon is found through this package)."""
    return _escape(text, quote=False)


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    """ISO date: 2026-12-06."""
    notes: str


RELEASES = (
    Release(
        "0.1.0",
        "2026-12-06",
        "The first release: seven built-in routines, an editor for your own, spoken cues, check-ins and a history.",
    ),
)
"""Newest first; the first one's version is the app's."""

DESCRIPTION = (
    "Lay your mat down beside the laptop, pick a routine, and Workout Timer walks you through it: what to do, "
    "for how long, which side, when to rest and what comes next, with precise timers and spoken cues, so you "
    "can keep your eyes on the floor instead of the screen.",
    "The built-in routines work on what runners' backs need: core and glute strength, mobility for the spine, "
    "and the stretches runners tend to skip.",
)
FEATURES = (
    "Eight built-in routines, from a 5-minute warm-up to a 25-minute core and glutes session",
    "33 exercises, each with a moving picture, instructions and common mistakes",
    "Your own routines, made in the editor or written as plain YAML files",
    "A check-in before and after each session, and a history of what you did",
    "An optional daily reminder, quiet once today's goal is met",
)
SCREENSHOTS = (
    ("player.png", "A session: the exercise, a large countdown and what comes next"),
    ("library.png", "The routines, to search and filter"),
    ("editor.png", "Making a routine of your own"),
    ("history.png", "Your history and today's goal"),
)


def metainfo(version: str) -> str:
    """The text of `APP_ID.metainfo.xml`; `version` must be the newest release's."""
    if version != RELEASES[0].version:
        raise ValueError(f"version {version} has no release notes: add it to RELEASES")
    paragraphs = "".join(f"\n    <p>{escape(text)}</p>" for text in DESCRIPTION)
    features = "".join(f"\n      <li>{escape(text)}</li>" for text in FEATURES)
    screenshots = "".join(
        "\n    <screenshot" + (' type="default"' if i == 0 else "") + ">"
        f"\n      <caption>{escape(caption)}</caption>"
        f'\n      <image type="source">{RAW_FILES}/docs/images/{file}</image>'
        "\n    </screenshot>"
        for i, (file, caption) in enumerate(SCREENSHOTS)
    )
    releases = "".join(
        f'\n    <release version="{r.version}" date="{r.date}">'
        f"\n      <description>\n        <p>{escape(r.notes)}</p>\n      </description>"
        "\n    </release>"
        for r in RELEASES
    )
    categories = "".join(f"\n    <category>{c}</category>" for c in CATEGORIES)
    keywords = "".join(f"\n    <keyword>{k}</keyword>" for k in KEYWORDS)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{LICENCE}</project_license>
  <name>{NAME}</name>
  <summary>{SUMMARY}</summary>
  <description>{paragraphs}
    <ul>{features}
    </ul>
  </description>
  <launchable type="desktop-id">{desktop_file_name()}</launchable>
  <icon type="stock">{APP_ID}</icon>
  <url type="homepage">{HOMEPAGE}</url>
  <url type="bugtracker">{ISSUES}</url>
  <categories>{categories}
  </categories>
  <keywords>{keywords}
  </keywords>
  <provides>
    <binary>{COMMAND}</binary>
  </provides>
  <recommends>
    <control>keyboard</control>
    <control>pointing</control>
  </recommends>
  <screenshots>{screenshots}
  </screenshots>
  <releases>{releases}
  </releases>
  <content_rating type="oars-1.1"/>
</component>
"""
