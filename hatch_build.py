"""The wheel's build: the built-in routines, read once here, ship with the app (`scripts/ship_library.py`)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ShipTheLibrary(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:  # noqa: ARG002 (hatch's hook)
        if self.target_name != "wheel":
            return
        sys.path.insert(0, str(Path(self.root, "scripts")))
        from ship_library import ship_library

        self._folder = tempfile.TemporaryDirectory()
        out = Path(self._folder.name, "routines.pickle")
        ship_library(out, Path(self.root, "routines"))
        build_data["force_include"][str(out)] = "workout_timer/routines.pickle"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:  # noqa: ARG002
        if self.target_name == "wheel":
            self._folder.cleanup()
