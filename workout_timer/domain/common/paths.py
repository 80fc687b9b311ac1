"""Where the user's own files live, from platformdirs (XDG variables are honoured on Linux)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path, user_log_path, user_state_path

APP_NAME = "workout-timer"


def user_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def user_routines_dir() -> Path:
    """The folder of the user's own routines (it may not exist yet)."""
    return user_data_dir() / "routines"


def user_config_dir() -> Path:
    """Where the settings file is kept."""
    return user_config_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """Where session event logs go when the setting asks for them (XDG_STATE_HOME on Linux)."""
    return user_log_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """Where files that only save time are kept; deleting them loses nothing."""
    return user_cache_path(APP_NAME, appauthor=False)


def history_path() -> Path:
    """The SQLite file of the user's sessions."""
    return user_data_dir() / "history.sqlite"


def user_trash_dir() -> Path:
    """Deleted routines, kept so a deletion can be undone."""
    return user_data_dir() / "deleted-routines"


def user_drafts_dir() -> Path:
    """Unsaved edits of the editor, offered back after a crash."""
    return user_data_dir() / "drafts"


def user_state_dir() -> Path:
    """Where the app keeps what must outlive a crash of the app, but is no one's data (XDG_STATE_HOME on Linux)."""
    return user_state_path(APP_NAME, appauthor=False)


def ducking_record_path() -> Path:
    """What the app has lowered of other applications' sound, to be brought back should it end meanwhile."""
    return user_state_dir() / "lowered-sound.json"


def user_programmes_dir() -> Path:
    """The folder of the user's own programmes (it may not exist yet)."""
    return user_data_dir() / "programmes"
