"""Shared test set-up: Qt offscreen, user folders kept inside each test, no process left behind, a fake clock."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

from tests.helpers import leftovers
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.loading import load_catalogue, load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine

FIXTURES = Path(__file__).parent / "fixtures"

pytest_plugins = ["tests.helpers.process_guard", "pytester"]  # process_guard: a test starting a program is slow


def good_routine_files() -> list[Path]:
    """Every built-in routine and valid fixture: what the writer and the editor must round-trip."""
    from workout_timer.domain.routines.routine_files import routine_files

    return routine_files(resources.routines_dir()) + sorted((FIXTURES / "valid").glob("*.yaml"))


SHORT_ROUTINE = """\
version: 1
name: Short test session
defaults: {prepare: 5, rest: 10, switch: 5}
steps:
  - {exercise: plank, duration: 20}
  - {exercise: side-plank, duration: 10, sides: both}
  - {exercise: knee-push-up, reps: 8, tempo: none}
"""
"""prepare 5 · plank 20 · rest 10 · side plank L 10 · switch 5 · R 10 · rest 10 · push-ups (wait for Done)."""


@pytest.fixture(autouse=True)
def app_log_as_it_was() -> Iterator[None]:
    """A test that sets the app's log up (`logs.setup`, as `workout-timer` does) leaves it as it found it: a file
    handler left behind would write into another test's folder and change what notices say about where to look."""
    import logging

    from workout_timer import logs

    logger = logging.getLogger(logs.LOGGER)
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in logger.handlers:
            logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = propagate


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in the language the app is written in, whatever the developer's own locale, and
    so do the programs it starts; a test of another language chooses it (`language.use`)."""
    from workout_timer.domain.common import language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    language.use("en_GB")
    yield
    language.use("en_GB")


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets empty XDG folders and its own runtime folder (where speech-dispatcher and the sound
    server put their sockets), so nothing reads or writes the real user's files or talks to their daemons.

    A test that leaves a process behind fails: whatever it started still names its folder, and has not
    ended on its own within `leftovers.SETTLE` seconds (it is then ended)."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    runtime = home / "run"  # short: socket paths in it must stay under 108 bytes
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)  # whatever the umask
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # No session bus: the media remote of a session in a test is never offered on the user's desktop.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={runtime}/no-bus")
    for name in ("PULSE_SERVER", "PULSE_RUNTIME_PATH", "SPEECHD_ADDRESS"):  # the user's own daemons
        monkeypatch.delenv(name, raising=False)
    yield home
    left = leftovers.still_running_after(leftovers.processes_using(home))  # ending: each gets a moment to go
    if left:
        leftovers.end(left)
        pytest.fail("left running after the test (now ended): " + "; ".join(map(str, left)), pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def nothing_left_running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """At the end of the run, no process started under the run's folders is still running."""
    yield
    left = leftovers.still_running_after(leftovers.processes_using(tmp_path_factory.getbasetemp()))
    if left:
        leftovers.end(left)
        pytest.fail("left running after the tests (now ended): " + "; ".join(map(str, left)), pytrace=False)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(resources.catalogue_path())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def short_timeline(load):  # type: ignore[no-untyped-def]
    from workout_timer.domain.routines.timeline import build_timeline

    return build_timeline(load(SHORT_ROUTINE))


@pytest.fixture
def load(catalogue: Catalogue):  # type: ignore[no-untyped-def]
    """Load a routine from YAML text, as the file `test.yaml`."""

    def loader(text: str) -> Routine:
        return load_routine_text(text, "test.yaml", catalogue, "test")

    return loader


BEFORE_WINDOWS_CLOSE: list[Callable[[], None]] = []
"""Done before pytest-qt closes a test's windows (which runs before fixtures are torn down): a
window left with unsaved edits would otherwise ask about them and wait for an answer."""


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Runs outside pytest-qt's own wrapper, which closes the windows."""
    while BEFORE_WINDOWS_CLOSE:
        BEFORE_WINDOWS_CLOSE.pop()()
    yield
