"""Why a dose moved, kept as a code and its number, and worded only when shown, in the language in use then.

The history keeps `Reason(code, count)`, never a sentence: a German runner reads German about a step the app took
while it spoke English, and rewording a reason changes no stored history. A reason kept before codes (an English
sentence) is turned into its code when the history is brought up to date (`from_sentence`); one this version does
not know is kept as it was written and shown so (`Why.TEXT`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workout_timer.domain.common.language import _, ngettext, number


class Why(StrEnum):
    """What moved a dose; the values are what the history keeps."""

    NONE = ""
    """No step was taken yet."""
    EASY = "easy"
    """`count` easy sessions in a row."""
    EASY_LAST_TOO_EASY = "easy-last-too-easy"
    """`count` easy sessions in a row, the last felt too easy."""
    RED = "red"
    """The runner rated it red during a rest."""
    PAIN = "pain"
    """The back hurt `count` of 10 after the session."""
    AMBER = "amber"
    """Hard on the back `count` sessions in a row."""
    WORSE = "worse"
    """The back was worse the day after."""
    TEXT = "text"
    """A sentence kept before reasons were codes, that this version does not know: shown as it was."""


@dataclass(frozen=True)
class Reason:
    code: Why = Why.NONE
    count: int = 0
    """The number the reason is about: sessions in a row, or the pain of 10."""
    text: str = ""
    """Only for `Why.TEXT`: the sentence as it was kept."""

    def words(self) -> str:
        """The reason in a few words, in the language in use: "3 easy sessions in a row"."""
        n = number(self.count)
        if self.code is Why.EASY:
            return ngettext("{n} easy session in a row", "{n} easy sessions in a row", self.count).format(n=n)
        if self.code is Why.EASY_LAST_TOO_EASY:
            return ngettext(
                "{n} easy session in a row, the last too easy",
                "{n} easy sessions in a row, the last too easy",
                self.count,
            ).format(n=n)
        if self.code is Why.RED:
            return _("your back said red after it")
        if self.code is Why.PAIN:
            # Translators: the pain the runner gave after a session, {pain} of 10.
            return _("your back hurt {pain} of 10 after").format(pain=n)
        if self.code is Why.AMBER:
            return ngettext(
                "hard on your back {n} session in a row", "hard on your back {n} sessions in a row", self.count
            ).format(n=n)
        if self.code is Why.WORSE:
            return _("your back was worse the day after")
        return self.text

    def record(self) -> dict[str, Any]:
        """As the history keeps it."""
        kept: dict[str, Any] = {"code": self.code.value}
        if self.count:
            kept["count"] = self.count
        if self.code is Why.TEXT:
            kept["text"] = self.text
        return kept


def reason_from(data: object) -> Reason:
    """A reason as the history keeps it: a code and its number; a sentence kept before codes, turned into one."""
    if isinstance(data, str):
        return from_sentence(data)
    if not isinstance(data, dict):
        raise TypeError(f"a reason is a code, got {data!r}")
    code = str(data.get("code", ""))
    known = {why.value for why in Why}
    if code not in known:  # a code of a newer version: its text, if it kept one, else nothing
        return Reason(Why.TEXT, text=str(data.get("text", ""))) if data.get("text") else Reason()
    return Reason(Why(code), int(data.get("count", 0)), str(data.get("text", "")) if code == Why.TEXT else "")


_SENTENCES: tuple[tuple[re.Pattern[str], Why], ...] = (
    (re.compile(r"(\d+) easy sessions? in a row, the last too easy"), Why.EASY_LAST_TOO_EASY),
    (re.compile(r"(\d+) easy sessions? in a row"), Why.EASY),
    (re.compile(r"your back said red after it"), Why.RED),
    (re.compile(r"your back hurt (\d+) of 10 after"), Why.PAIN),
    (re.compile(r"hard on your back (\d+) sessions? in a row"), Why.AMBER),
    (re.compile(r"your back was worse the day after"), Why.WORSE),
)
"""The English sentences reasons were kept as before they were codes, each whole."""


def from_sentence(sentence: str) -> Reason:
    """The code of a reason kept as an English sentence; one not known is kept as it is (`Why.TEXT`)."""
    if not sentence:
        return Reason()
    for pattern, code in _SENTENCES:
        found = pattern.fullmatch(sentence)
        if found is not None:
            return Reason(code, int(found.group(1)) if found.groups() else 0)
    return Reason(Why.TEXT, text=sentence)
