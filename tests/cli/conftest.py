"""The command line's tests run the commands in this process."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def the_tests_application_first(qapp: object) -> None:
    """Commands that draw (`sheet`, `report`, `install-desktop`'s icons) make a QGuiApplication when run on
    their own; in the tests' process the tests' QApplication must exist before them, or every widget test
    after them finds the wrong kind of application."""
