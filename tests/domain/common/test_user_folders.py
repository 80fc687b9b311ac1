"""Folders that can't keep what the app writes, told in the language in use: in German, no English word."""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.common import language
from workout_timer.domain.common.user_folders import FOLDERS, cant_keep, cant_keep_words


def test_in_german_what_cant_be_kept_and_why_are_german(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the user's folders should be")
    folders = tuple((what, lambda name=what: not_a_folder / name.replace(" ", "-")) for what, _folder in FOLDERS)
    language.use("de_DE")
    said = cant_keep_words(cant_keep(folders))
    assert said == (
        "Die App kann deine Einstellungen; deine Routinen, deinen Verlauf und ungespeicherte Änderungen; und die "
        f"Zeitprotokolle und das Protokoll der App nicht speichern („{not_a_folder}“ ist eine Datei, wo ein Ordner "
        "sein sollte). Deine Einheiten laufen wie gewohnt; nur das wird nicht gespeichert."
    )
    assert cant_keep_words([]) is None
