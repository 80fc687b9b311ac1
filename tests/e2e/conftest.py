"""The end-to-end tests' shared fixtures: a private X server, and the app's settings as these tests want them."""

from pathlib import Path

import pytest

from tests.helpers.xvfb import display  # noqa: F401  (a fixture: a private Xvfb, for the tests on X11)


@pytest.fixture(autouse=True)
def no_check_ins(user_folders: Path) -> None:
    """`workout-timer start ROUTINE` asks the check-in before the session when check-ins are on (as they are
    at first): nobody answers it here, so the apps these tests start ask none and go straight into the session."""
    from workout_timer.domain.common.paths import user_config_dir
    from workout_timer.qt.common.settings import Settings

    Settings(user_config_dir() / "settings.ini").check_ins = False
