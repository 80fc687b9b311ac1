"""What the history tells when its file can't be opened, written or read: whole sentences in the language in use,
each with the cause in plain words (`database.why`)."""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.common.language import _, ngettext


def cannot_save(cause: str, stays: bool) -> str:
    """`stays`: the app keeps what waits and tries again while it is open (else: a command, which ends)."""
    if not stays:
        return _("Your workout history can't be saved just now ({cause}). Nothing was changed.").format(cause=cause)
    return _(
        "Your workout history can't be saved just now ({cause}). This session is kept and will be saved as soon "
        "as it can be, while the app stays open."
    ).format(cause=cause)


def part_left_out() -> str:
    return _("Part of a session could not be saved to your workout history and was left out. Everything else is saved.")


def cannot_open(cause: str, stays: bool) -> str:
    if not stays:
        return _("Your workout history can't be opened ({cause}). Nothing was changed.").format(cause=cause)
    return _("Your workout history can't be opened ({cause}). Sessions are kept while the app is open.").format(
        cause=cause
    )


def cannot_read(cause: str) -> str:
    return _("Your workout history can't be read ({cause}). Nothing was changed.").format(cause=cause)


def cannot_start_afresh(cause: str, stays: bool) -> str:
    if not stays:
        return _(
            "Your workout history is damaged and a new one can't be started ({cause}). Nothing was changed."
        ).format(cause=cause)
    return _(
        "Your workout history is damaged and a new one can't be started ({cause}). Sessions are kept while the "
        "app is open."
    ).format(cause=cause)


def set_aside(backup: Path, saved: int) -> str:
    return ngettext(
        "Your workout history file was damaged. It is kept as {backup}; {n} session could be read back into a new "
        "history.",
        "Your workout history file was damaged. It is kept as {backup}; {n} sessions could be read back into a new "
        "history.",
        saved,
    ).format(backup=backup, n=saved)
