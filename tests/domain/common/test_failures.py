"""Unexpected errors are told in plain words, and the app's log keeps the details."""

from __future__ import annotations

import ast
import errno
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import workout_timer
from workout_timer import logs
from workout_timer.cli import main, routines
from workout_timer.cli.common import INVALID
from workout_timer.domain.common.failures import plain_words


@pytest.fixture(autouse=True)
def closed_log() -> Iterator[None]:
    """The log's handlers are closed after each test, as the app closes them when it ends."""
    yield
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "/srv/x.csv"),
            "the app is not allowed to use “/srv/x.csv”",
        ),
        (OSError(errno.ENOSPC, "No space left on device", "/tmp/h"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system", "/mnt/a"), "“/mnt/a” is on a disk that can only be read"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "the file does not exist"),
        (OSError(errno.ECONNRESET, "Connection reset by peer"), "the connection was cut off"),
        (
            OSError(errno.EXDEV, "Invalid cross-device link"),
            "an unexpected error (OSError: Invalid cross-device link)",
        ),
        (ValueError("no colour for phase 'x'"), "an unexpected error (ValueError: no colour for phase 'x')"),
        (KeyError("x"), "an unexpected error (KeyError: 'x')"),
        (RuntimeError(), "an unexpected error (RuntimeError)"),
    ],
)
def test_plain_words(error: BaseException, words: str) -> None:
    assert plain_words(error) == words


def test_the_log_is_a_file_in_the_users_log_folder(user_folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = logs.setup()
    assert path == user_folders / "xdg_state_home" / "workout-timer" / "log" / "workout-timer.log"
    logging.getLogger("workout_timer.test").info("hello from a test")
    assert "INFO workout_timer.test: hello from a test" in path.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""  # the terminal stays quiet unless asked


def test_a_full_log_is_moved_aside_and_every_record_is_kept_in_the_file_or_its_backups(
    user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup()
    assert path is not None
    log = logging.getLogger("workout_timer.test")
    for number in range(60):  # about 4,000 bytes: the file is moved aside twice
        log.info("record %02d of a long session", number)
    kept = [path.with_name(f"{path.name}.{n}") for n in (2, 1)] + [path]
    assert [p.exists() for p in kept] == [True, True, True]
    assert not path.with_name(f"{path.name}.3").exists(), "only BACKUPS older files are kept"
    sizes = [p.stat().st_size for p in kept]
    assert max(sizes) <= 2000, sizes
    lines = [line for p in kept for line in p.read_text(encoding="utf-8").splitlines()]
    numbers = [int(line.split("record ")[1][:2]) for line in lines]
    assert numbers == list(range(numbers[0], 60)), "in order, none lost or doubled in what is kept"
    assert len(numbers) > 40


def test_verbose_writes_to_the_terminal_too(capsys: pytest.CaptureFixture[str]) -> None:
    path = logs.setup(verbose=True)
    logging.getLogger("workout_timer.test").debug("a detail")
    assert "DEBUG workout_timer.test: a detail" in capsys.readouterr().err
    assert path is not None
    assert "a detail" in path.read_text(encoding="utf-8")


def test_without_a_writable_log_folder_warnings_reach_the_terminal(
    user_folders: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = user_folders / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert logs.setup() is None
    logging.getLogger("workout_timer.test").info("routine")
    logging.getLogger("workout_timer.test").warning("the voice is unavailable")
    err = capsys.readouterr().err
    assert "the voice is unavailable" in err
    assert "routine" not in err
    assert logs.where() == "the terminal's output"


def test_a_command_that_fails_unexpectedly_says_so_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/routines")

    monkeypatch.setattr(routines, "list_routines", broken)
    assert main(["list"]) == INVALID
    err = capsys.readouterr().err
    log_file = logs.log_path()
    assert err == (
        "workout-timer: something went wrong: the app is not allowed to use “/srv/routines”. "
        f"The details are in {log_file}.\n"
    )
    assert "Traceback" not in err
    written = log_file.read_text(encoding="utf-8")
    assert "ERROR workout_timer.cli: Unexpected error" in written
    assert "Traceback (most recent call last)" in written
    assert "in broken" in written


@pytest.mark.parametrize(
    ("lang", "error", "said"),
    [
        ("en_GB.UTF-8", ValueError("no colour"), "something went wrong: an unexpected error (ValueError: no colour). "),
        ("de_DE.UTF-8", ValueError("no colour"), "etwas ist schiefgegangen: ein unerwarteter Fehler. "),
        (
            "de_DE.UTF-8",
            OSError(errno.ETXTBSY, "Text file busy", "/srv/routines"),  # (an error with no words of its own)
            "etwas ist schiefgegangen: ein unerwarteter Fehler mit „/srv/routines“. ",
        ),
    ],
)
def test_an_unexpected_error_says_once_where_its_details_are(
    lang: str, error: Exception, said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The message names the log's place, so what failed doesn't say as well that the log has its details."""
    from workout_timer.domain.common import language

    def broken(_args: object) -> int:
        raise error

    monkeypatch.setattr(routines, "list_routines", broken)
    monkeypatch.setenv("LANG", lang)
    try:
        assert main(["list"]) == INVALID
    finally:
        language.use("en_GB")
    err = capsys.readouterr().err
    details = "The details are in" if lang.startswith("en") else "Die Einzelheiten stehen in"
    assert err == f"workout-timer: {said}{details} {logs.log_path()}.\n"
    assert err.lower().count("details") + err.lower().count("einzelheiten") == 1


def test_errors_are_worded_by_plain_words_alone() -> None:
    """No module words an OSError itself (`error.strerror or error` said "[Errno 28] ..." or the system's
    English); the file reader's own messages are the one exception, in routines/messages.py's words."""
    allowed = {"domain/common/failures.py", "domain/routines/loading.py"}
    package = Path(workout_timer.__file__).parent
    found = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).as_posix() not in allowed
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "strerror" and not _is_os_strerror(node)
    ]
    assert found == []


def _is_os_strerror(node: object) -> bool:
    """`os.strerror(...)`, which makes an error's text, not reads it."""
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os"


def test_in_german_the_systems_english_words_stay_in_the_log_and_the_runner_reads_where(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from workout_timer.domain.common import language

    language.use("de_DE")
    with caplog.at_level(logging.WARNING):
        said = plain_words(OSError(errno.ECONNRESET, "Connection reset by peer"))
    assert said == "die Verbindung wurde unterbrochen"  # in words, never "(ConnectionResetError)"
    said = plain_words(OSError(errno.EXDEV, "Invalid cross-device link", "/mnt/usb/x.yaml"))
    assert said == "ein unerwarteter Fehler mit „/mnt/usb/x.yaml“, Einzelheiten im Protokoll"  # its path stays
    assert "OSError: Invalid cross-device link" in caplog.text  # whole, in the log, with its name
    assert plain_words(ValueError("no colour for phase 'x'")) == "ein unerwarteter Fehler, Einzelheiten im Protokoll"
    assert plain_words(RuntimeError()) == "ein unerwarteter Fehler, Einzelheiten im Protokoll"
    assert "RuntimeError" in caplog.text
    assert plain_words(OSError(errno.ENOSPC, "No space left on device")) == "die Festplatte ist voll"
