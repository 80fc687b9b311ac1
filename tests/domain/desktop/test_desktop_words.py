"""The launcher and the AppStream metainfo in German too: every text a menu or a software centre shows is followed by
its translation from the app's own catalogue (`Name[de]=`, `xml:lang="de"`), whatever language the app runs in, the
same lines `msgfmt --desktop` and `msgfmt --xml` write from the catalogue (checked against them when installed)."""

from __future__ import annotations

import configparser
import gettext
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.helpers.programs import need
from workout_timer import __version__, resources
from workout_timer.domain.common import language
from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.launcher import desktop_entry
from workout_timer.domain.desktop.metainfo import metainfo

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def english_only(_text: str) -> list[tuple[str, str]]:
    """No translations: the files in English alone, as a template for msgfmt."""
    return []


GERMAN = gettext.translation(language.DOMAIN, str(resources.locale_dir()), languages=["de"])


def entry(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_the_launcher_speaks_german_beside_english_in_any_language_the_app_runs_in() -> None:
    assert language.current() == "en"  # the install is run in English: the German comes from the catalogue
    launcher = entry(desktop_entry(["workout-timer"]))
    main = launcher["Desktop Entry"]
    assert main["Comment[de]"] == "Angeleitete Rumpf- und Dehnroutinen für Läufer"
    assert main["GenericName[de]"] == "Trainings-Timer mit Anleitung"
    assert main["Name[de]"] == "Workout Timer"  # the app's name, as it calls itself in German too
    assert "Laufen;" in main["Keywords[de]"] and main["Keywords[de]"].endswith(";")
    assert launcher["Desktop Action start-last"]["Name[de]"] == "Meine letzte Routine starten"
    assert launcher["Desktop Action history"]["Name[de]"] == "Mein Verlauf"
    for group in launcher.sections():
        for key, value in launcher[group].items():
            if key.endswith("[de]"):
                assert value == GERMAN.gettext(launcher[group][key.removesuffix("[de]")]), key  # the catalogue's words


def test_every_text_of_the_launcher_takes_each_languages_words() -> None:
    launcher = entry(desktop_entry(["workout-timer"], translated=lambda text: [("fr", text.upper())]))
    for group in launcher.sections():
        for key in ("Name", "GenericName", "Comment", "Keywords"):
            if key in launcher[group]:
                assert launcher[group][f"{key}[fr]"] == launcher[group][key].upper(), (group, key)
    assert "Exec[fr]" not in launcher["Desktop Entry"] and "Icon[fr]" not in launcher["Desktop Entry"]
    assert not any("[" in key for key in entry(desktop_entry(translated=english_only))["Desktop Entry"])


def test_the_metainfo_gives_each_text_in_german_beside_the_english() -> None:
    root = ElementTree.fromstring(metainfo(__version__))
    texts = [
        *root.findall("name"), *root.findall("summary"), *root.findall("description/p"),
        *root.findall("description/ul/li"), *root.findall("screenshots/screenshot/caption"),
        *root.findall("releases/release/description/p"),
    ]  # fmt: skip
    english = [element for element in texts if LANG not in element.attrib]
    german = [element for element in texts if element.get(LANG) == "de"]
    assert len(english) == len(german) == 14
    for source, translation in zip(english, german, strict=True):
        assert translation.text == GERMAN.gettext(source.text or ""), source.text
    keywords = [k.text for k in root.findall("keywords/keyword") if k.get(LANG) == "de"]
    assert keywords[:3] == ["Workout", "Training", "Übung"]  # the launcher's words, one by one


@pytest.mark.slow  # msgfmt
def test_the_files_hold_what_gettexts_own_msgfmt_merges_from_the_catalogue(tmp_path: Path) -> None:
    """The standard tools' way, for comparison: the English files as templates, the German catalogue merged in."""
    need("msgfmt")
    po = tmp_path / "po"
    po.mkdir()
    shutil.copy(resources.locale_dir() / "de" / "LC_MESSAGES" / f"{language.DOMAIN}.po", po / "de.po")
    (po / "LINGUAS").write_text("de\n")
    (tmp_path / "in.desktop").write_text(desktop_entry(translated=english_only))
    (tmp_path / "in.metainfo.xml").write_text(metainfo(__version__, translated=english_only))
    for kind, template, out in (("--desktop", "in.desktop", "out.desktop"), ("--xml", "in.metainfo.xml", "out.xml")):
        done = subprocess.run(
            ["msgfmt", kind, f"--template={template}", "-d", "po", "-o", out],
            cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    theirs, ours = entry((tmp_path / "out.desktop").read_text()), entry(desktop_entry())
    assert {g: dict(theirs[g]) for g in theirs.sections()} == {g: dict(ours[g]) for g in ours.sections()}

    def german(root: ElementTree.Element) -> list[str | None]:
        # Keywords aside: msgfmt translates each keyword as a text of its own ("running" is a session's result in
        # the app's catalogue); the app translates them as one list, the launcher's, and gives each word.
        return [e.text for e in root.iter() if e.get(LANG) == "de" and e.tag != "keyword"]

    merged = ElementTree.parse(tmp_path / "out.xml").getroot()
    assert german(merged) == german(ElementTree.fromstring(metainfo(__version__))) != []


@pytest.mark.slow  # desktop-file-validate and appstreamcli
def test_the_german_files_pass_the_validators(tmp_path: Path) -> None:
    need("desktop-file-validate", "appstreamcli")
    launcher, info = tmp_path / f"{APP_ID}.desktop", tmp_path / f"{APP_ID}.metainfo.xml"
    launcher.write_text(desktop_entry(["/opt/Workout Timer/bin/workout-timer"]))
    info.write_text(metainfo(__version__))
    done = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(info)],
        capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"}, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and "W:" not in done.stdout, done.stdout
