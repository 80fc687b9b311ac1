"""What went wrong, in plain words: for the errors nobody planned for, told to a person, not a programmer.

The system words its own errors in English ("Connection reset by peer"). In English they are quoted; in another
language the log keeps them whole, with the error's name for programmers, and the runner reads that the log has its
details, never an English sentence or a programmer's name inside theirs.

A text joins others as a sentence of its own (`as_sentence`), a step of a routine and its author's note too
(`with_note`), wherever they show: the preview, the editor's list of steps.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from workout_timer.domain.common import language
from workout_timer.domain.common.atomic_file import NotARegularFile, TakesNoFiles
from workout_timer.domain.common.language import N_, _, in_quotes

log = logging.getLogger(__name__)

# Translators: why a file could not be read or written, after a colon and without a full stop; {place} is the file's
# name in quotes, or "the file".
_BY_ERRNO = {
    errno.EACCES: N_("the app is not allowed to use {place}"),
    errno.EPERM: N_("the app is not allowed to use {place}"),
    errno.EROFS: N_("{place} is on a disk that can only be read"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.ENOENT: N_("{place} does not exist"),
    errno.ENOTDIR: N_("a part of the path to {place} is a file, not a folder"),
    errno.ELOOP: N_("the path to {place} goes round in a circle of links"),
    errno.EISDIR: N_("{place} is a folder, not a file"),
    errno.ENAMETOOLONG: N_("the name {place} is too long"),
    errno.EIO: N_("the disk could not read or write {place}"),
    errno.ECONNRESET: N_("the connection was cut off"),
    errno.EPIPE: N_("the connection was cut off"),
    errno.ECONNABORTED: N_("the connection was cut off"),
    errno.ECONNREFUSED: N_("the connection was refused"),
    errno.ETIMEDOUT: N_("there was no answer in time"),
}


def plain_words(error: BaseException, log_named: bool = False) -> str:
    """One sentence (no full stop) for what failed: file problems by their cause, anything else by its text.
    `log_named`: the message these words go into says where the log is, so they don't say the log has the
    details as well ("something went wrong: an unexpected error. The details are in …", not the details twice)."""
    if isinstance(error, NotARegularFile):
        return f"{in_quotes(error.filename)}: {error.strerror}" if error.filename else str(error.strerror)
    if isinstance(error, TakesNoFiles):
        # Translators: why a file could not be written, after a colon and without a full stop; {folder} is a folder of
        # the system's own (such as /proc) where no file can be made, {place} the file's name; both in quotes.
        said = _("{folder} can't hold files, so {place} can't be made there")
        return said.format(place=in_quotes(error.filename), folder=in_quotes(str(Path(error.filename).parent)))
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        # Translators: stands for {place} in the reasons a file could not be used, when its name is not known.
        place = in_quotes(error.filename) if error.filename else _("the file")
        return _(_BY_ERRNO[error.errno]).format(place=place)
    if isinstance(error, MemoryError):
        return _("the computer ran out of memory")
    text = str(error).strip()
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror + (f": {in_quotes(error.filename)}" if error.filename else "")
    name = type(error).__name__
    if language.current() != language.SOURCE:  # the system's words are English: the log keeps them, and the name
        log.warning("%s: %s", name, text)
        place = in_quotes(error.filename) if isinstance(error, OSError) and error.filename else ""
        if log_named:  # the message goes on to say where the log is
            if place:
                # Translators: as "an unexpected error", with the file it happened to; the message goes on to say
                # where its details are.
                return _("an unexpected error with {place}").format(place=place)
            # Translators: what failed, when nothing plainer is known; the message goes on to say where the error's
            # own words, in English, are written.
            return _("an unexpected error")
        if place:
            # Translators: as "an unexpected error, its details in the log", with the file it happened to.
            return _("an unexpected error with {place}, its details in the log").format(place=place)
        # Translators: what failed, when nothing plainer is known: the error's own words, in English, and its name
        # for programmers are written in the app's log.
        return _("an unexpected error, its details in the log")
    # Translators: what failed, when nothing plainer is known; {error} is the error's name for programmers, such
    # as "ValueError", and {text} its own words, in English (this is shown in English only).
    return (
        _("an unexpected error ({error}: {text})").format(error=name, text=text)
        if text
        else _("an unexpected error ({error})").format(error=name)
    )


def as_sentence(text: str) -> str:
    """`text` as a sentence on its own: a full stop last, unless it ends in one already.
    For the words other programs give ("Connection to speech-dispatcher failed"), shown beside the app's."""
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…" else text + "."


def with_note(step: str, note: str | None) -> str:
    """A step of a routine's list and its author's note, as sentences of their own ("Rest 30 secs. Have a drink of
    water, then the stretches."): the note is the author's own words, written to begin a sentence, so it never
    follows a dash or a comma; the step alone when it has no note."""
    if not note:
        return step
    # Translators: a step in a routine's list of steps ("Rest 30 secs", "Plank: 30 secs, each side") and its author's
    # note, which begins a sentence of its own and ends with a full stop. A step that ends with an abbreviation's
    # full stop ("30 Sek.") comes without it: that full stop ends the sentence too.
    return _("{step}. {note}").format(step=step.removesuffix("."), note=as_sentence(note))
