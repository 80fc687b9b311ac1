"""The app's settings, kept in an INI file in the user's config folder (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..domain.paths import user_config_dir


class Settings:
    """Typed access to the few settings the app has so far. Values are written at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else user_config_dir() / "settings.ini"
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    @property
    def muted(self) -> bool:
        return self._bool("sound/muted", False)

    @muted.setter
    def muted(self, value: bool) -> None:
        self._set("sound/muted", value)

    @property
    def keep_event_log(self) -> bool:
        """Write a JSON-lines event log of every session into the log folder."""
        return self._bool("session/keep_event_log", False)

    @keep_event_log.setter
    def keep_event_log(self, value: bool) -> None:
        self._set("session/keep_event_log", value)
