"""The quick loop (`-m "not slow"`) starts no program: a test that starts one and is not marked slow fails.

Python's own ways in (`subprocess`, `os.exec*`, `os.posix_spawn`, `os.spawn*`, `os.system`, `os.fork`) are
seen by an audit hook; Qt's (`QProcess.start`, `QProcess.startDetached`) by wrapping them for the test. The
start is refused before anything runs, and the test fails even if the code under test swallows the error.

A test marked `process_guard_probe` checks the guard itself: its starts are refused the same way, but the
test is not failed for them (it asserts the refusal itself).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

EVENTS = ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn", "os.system", "os.fork", "os.forkpty")
"""The audit events of a process started from Python (`os.spawn*` and `os.popen` come through these too)."""

PROBE = "process_guard_probe"


class ProgramStarted(RuntimeError):
    """A test not marked slow started a program."""


_guarded_item: pytest.Item | None = None
"""The test running now, when it is not marked slow."""
_seen: list[str] = []


def _refuse(what: str) -> None:
    message = (
        f"{what}: this test starts a program but is not marked slow. Mark it `@pytest.mark.slow` "
        f'(the quick loop, `-m "not slow"`, starts no program), or give the code a fake instead of the program.'
    )
    _seen.append(message)
    raise ProgramStarted(message)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _guarded_item is not None and event in EVENTS:
        shown = args[1] if event == "subprocess.Popen" else args[0] if args else ""
        _refuse(f"{event}({shown!r})")


sys.addaudithook(_audit)  # hooks stay for the life of the interpreter: it only acts while `_guarded_item` is set


def _guarded(what: str, original: Callable[..., Any], program_set: Callable[[], str] = str) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if _guarded_item is not None:
            program = next((arg for arg in args if isinstance(arg, str)), None)
            if program is None:  # the program set on the process beforehand
                process = next((arg for arg in args if hasattr(arg, "program")), None)
                program = process.program() if process is not None else program_set()
            _refuse(f"QProcess.{what}({program!r})")
        return original(*args, **kwargs)

    return guarded


def _wrap_qprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QProcess

    for name in ("start", "startCommand"):
        monkeypatch.setattr(QProcess, name, _guarded(name, getattr(QProcess, name)))
    # `startDetached` is a static method (`QProcess.startDetached(program, arguments)`) and an instance one
    # (`process.startDetached()`), which Qt's binding looks up past the class: each new QProcess gets its own.
    monkeypatch.setattr(QProcess, "startDetached", _Either(_guarded("startDetached", QProcess.startDetached)))
    init = QProcess.__init__

    def guarded_init(self: QProcess, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.startDetached = _guarded("startDetached", self.startDetached, self.program)  # type: ignore[method-assign]

    monkeypatch.setattr(QProcess, "__init__", guarded_init)


class _Either:
    """The wrapped function, unbound however it is reached, as Qt's static `startDetached` is."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function

    def __get__(self, instance: object, owner: type) -> Callable[..., Any]:
        return self.function


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    global _guarded_item
    guard = item.get_closest_marker("slow") is None
    monkeypatch = pytest.MonkeyPatch()
    if guard:
        _wrap_qprocess(monkeypatch)
    _seen.clear()
    _guarded_item = item if guard else None
    try:
        yield
    finally:
        _guarded_item = None
        monkeypatch.undo()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if _seen and report.passed and item.get_closest_marker(PROBE) is None:
        report.outcome = "failed"
        report.longrepr = "\n".join(dict.fromkeys(_seen))
    _seen.clear()  # told once: a phase that failed on its own has already shown the refusal
