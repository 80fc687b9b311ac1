"""The guard refuses every way a quick test could start a program, before anything runs, and says to mark it slow.

These tests are marked `process_guard_probe`: the guard refuses their starts as it would any quick test's, but
leaves the verdict to them. Nothing real starts: each start is refused before the program is looked for.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess

from tests.helpers.process_guard import ProgramStarted

pytestmark = pytest.mark.process_guard_probe

MISSING = "/nonexistent/program-that-must-not-run"
"""Were the guard to let a start through, this would fail differently (no such file), not start anything."""


def _spawn() -> None:
    os.posix_spawn(MISSING, [MISSING], dict(os.environ))


def _exec() -> None:
    os.execv(MISSING, [MISSING])


def _system() -> None:
    os.system(MISSING)


def _popen() -> None:
    subprocess.run([MISSING], check=False)


def _qprocess_start() -> None:
    QProcess().start(MISSING, [])


def _qprocess_start_detached() -> None:
    QProcess.startDetached(MISSING, [])


def _qprocess_start_detached_instance() -> None:
    process = QProcess()
    process.setProgram(MISSING)
    process.startDetached()


@pytest.mark.parametrize(
    "start",
    [
        _popen,
        _spawn,
        _exec,
        _system,
        _qprocess_start,
        _qprocess_start_detached,
        _qprocess_start_detached_instance,
    ],
)
def test_every_way_to_start_a_program_is_refused_with_the_way_out(start: Callable[[], None]) -> None:
    with pytest.raises(ProgramStarted, match=r"not marked slow\. Mark it `@pytest\.mark\.slow`") as refused:
        start()
    assert "program-that-must-not-run" in str(refused.value)


def test_a_program_started_by_code_that_swallows_the_error_still_fails_the_test(pytester: pytest.Pytester) -> None:
    """The verdict does not rest on the error reaching the test: the code under test may catch it."""
    pytester.makeconftest('pytest_plugins = ["tests.helpers.process_guard"]\n')
    pytester.makeini("[pytest]\nmarkers =\n    slow: starts programs\n    process_guard_probe: probes\n")
    pytester.makepyfile(
        f"""
        import subprocess
        import pytest

        def test_quick():
            try:
                subprocess.run([{MISSING!r}], check=False)
            except Exception:
                pass

        @pytest.mark.slow
        def test_slow():
            from tests.helpers import process_guard

            assert process_guard._guarded_item is None  # a slow test may start what it likes
        """
    )
    pytester.syspathinsert(Path(__file__).parents[2])
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_quick*", "*not marked slow. Mark it `@pytest.mark.slow`*"])
