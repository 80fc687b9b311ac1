"""The AppStream metainfo that software centres show: what the app is, its screenshots and releases, in English and
in each language the app speaks (`desktop_words`: each text followed by its translations, `xml:lang="de"`, as
`msgfmt --xml` merges them with AppStream's ITS rules)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as _escape

from workout_timer.domain.common.language import N_
from workout_timer.domain.desktop.desktop_words import Translated, in_each_language
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
        # Translators: the notes of a release, in the software centre.
        N_("The first release: eight built-in routines, an editor for your own, spoken cues, check-ins and a history."),
    ),
)
"""Newest first; the first one's version is the app's."""

DESCRIPTION = (
    # Translators: the app's description in the software centre, a paragraph.
    N_(
        "Lay your mat down beside the laptop, pick a routine, and Workout Timer walks you through it: what to do, "
        "for how long, which side, when to rest and what comes next, with precise timers and spoken cues, so you "
        "can keep your eyes on the floor instead of the screen."
    ),
    # Translators: the app's description in the software centre, a paragraph.
    N_(
        "The built-in routines work on what runners' backs need: core and glute strength, mobility for the spine, "
        "and the stretches runners tend to skip."
    ),
)
FEATURES = (
    # Translators: one of the app's features in the software centre's list.
    N_("Eight built-in routines, from a 5-minute warm-up to a 25-minute core and glutes session"),
    # Translators: one of the app's features in the software centre's list.
    N_("43 exercises, each with a moving picture, instructions and common mistakes"),
    # Translators: one of the app's features in the software centre's list.
    N_("Your own routines, made in the editor or written as plain YAML files"),
    # Translators: one of the app's features in the software centre's list.
    N_("A check-in before and after each session, and a history of what you did"),
    # Translators: one of the app's features in the software centre's list.
    N_("An optional daily reminder, quiet once today's goal is met"),
)
SCREENSHOTS = (
    # Translators: a screenshot's caption in the software centre.
    ("player.png", N_("A session: the exercise, a large countdown and what comes next")),
    # Translators: a screenshot's caption in the software centre.
    ("library.png", N_("The routines, to search and filter")),
    # Translators: a screenshot's caption in the software centre.
    ("editor.png", N_("Making a routine of your own")),
    # Translators: a screenshot's caption in the software centre.
    ("history.png", N_("Your history and today's goal")),
)


def metainfo(version: str, translated: Translated = in_each_language) -> str:
    """The text of `APP_ID.metainfo.xml`; `version` must be the newest release's. Each text is followed by its
    translations from the app's catalogues."""
    if version != RELEASES[0].version:
        raise ValueError(f"version {version} has no release notes: add it to RELEASES")

    def each(tag: str, english: str, indent: str) -> str:
        """The element in English, then one for each language that translates it."""
        found = [("", english), *((f' xml:lang="{code}"', text) for code, text in translated(english))]
        return "".join(f"\n{indent}<{tag}{lang}>{escape(text)}</{tag}>" for lang, text in found)

    paragraphs = "".join(each("p", text, "    ") for text in DESCRIPTION)
    features = "".join(each("li", text, "      ") for text in FEATURES)
    screenshots = "".join(
        "\n    <screenshot"
        + (' type="default"' if i == 0 else "")
        + ">"
        + each("caption", caption, "      ")
        + f'\n      <image type="source">{RAW_FILES}/docs/images/{file}</image>'
        "\n    </screenshot>"
        for i, (file, caption) in enumerate(SCREENSHOTS)
    )
    releases = "".join(
        f'\n    <release version="{r.version}" date="{r.date}">'
        f"\n      <description>{each('p', r.notes, '        ')}\n      </description>"
        "\n    </release>"
        for r in RELEASES
    )
    categories = "".join(f"\n    <category>{c}</category>" for c in CATEGORIES)
    keywords = "".join(f"\n    <keyword>{word}</keyword>" for word in _words(KEYWORDS)) + "".join(
        f'\n    <keyword xml:lang="{code}">{escape(word)}</keyword>'
        for code, text in translated(KEYWORDS)
        for word in _words(text)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{LICENCE}</project_license>
  {each("name", NAME, "  ").strip()}{each("summary", SUMMARY, "  ")}
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


def _words(keywords: str) -> list[str]:
    """The keywords of a desktop file's list ("workout;exercise;"), one by one."""
    return [word.strip() for word in keywords.split(";") if word.strip()]
