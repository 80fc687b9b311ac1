"""A pseudo-language for tests: every marked text comes back between ⟦ and ⟧.

Under it, a screen's text that shows without the brackets was never marked for translation (or was glued
from pieces, one of them unmarked). `unmarked(window)` walks every visible widget of a window, as a reader of
the screen or a screen reader meets it (labels, buttons, titles, placeholders, combo box items, tab and
menu texts, tooltips, and each widget's accessible name and description, the painted widgets' included),
and gives back the English it finds outside the brackets.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from workout_timer.domain.common import language

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
_ENGLISH = re.compile(r"[A-Za-z]{2,}")


class Pseudo(gettext.NullTranslations):
    """Every text it is asked for, in brackets: the English kept, so a test can still read it."""

    def gettext(self, message: str) -> str:
        return OPEN + message + CLOSE

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return OPEN + (msgid1 if n == 1 else msgid2) + CLOSE

    def pgettext(self, context: str, message: str) -> str:  # noqa: ARG002
        return OPEN + message + CLOSE

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:  # noqa: ARG002
        return OPEN + (msgid1 if n == 1 else msgid2) + CLOSE


@contextmanager
def pseudo_language() -> Iterator[None]:
    """The app's words in the pseudo-language while the block runs (dates and numbers stay English)."""
    current = language._current  # the one owner of the language in use, borrowed for a test
    saved = current.catalogue, current.speech
    current.catalogue = Pseudo()
    current.speech = language.Words(current.language, current.catalogue)
    try:
        yield
    finally:
        current.catalogue, current.speech = saved


PSEUDO = "qps"
"""The pseudo-language's code while it is put into effect live: a language with no catalogue of content."""


@contextmanager
def live_pseudo_language() -> Iterator[None]:
    """The pseudo-language put into effect while the windows are open, as a change of the language setting is:
    the owner of the language in use tells its followers (Qt, and through it every open screen); back again after."""
    current = language._current
    saved = current.language, current.locale, current.catalogue, current.speech
    current.language, current.catalogue = PSEUDO, Pseudo()
    current.speech = language.Words(PSEUDO, current.catalogue)
    for follower in list(language._followers):
        follower(PSEUDO)
    try:
        yield
    finally:
        current.language, current.locale, current.catalogue, current.speech = saved
        for follower in list(language._followers):
            follower(current.language)


def outside_brackets(text: str) -> str:
    """What is left of a text once its marked parts and its markup are taken out."""
    previous = None
    while previous != text:  # a marked text with a marked piece inside: inner brackets first
        previous, text = text, _MARKED.sub(" ", text)
    return _TAG.sub(" ", text)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            yield f"item {row}", widget.itemText(row)
    if isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            yield f"tab {tab}", widget.tabText(tab)
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield "action", action.text()
    if isinstance(widget, QMenuBar):
        yield from _menu_bar_texts(widget)
    if widget.isWindow():
        yield "title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    readable = QAccessible.queryAccessibleInterface(widget)
    if readable is not None:
        yield "accessible name", readable.text(QAccessible.Text.Name)
        yield "accessible description", readable.text(QAccessible.Text.Description)


def _menu_bar_texts(bar: QMenuBar) -> Iterator[tuple[str, str]]:
    """The menus are closed, but their items' words, tooltips and status tips show as soon as one opens."""
    for action in _menu_actions(bar.actions()):
        yield "menu item", action.text()
        if action.toolTip() != action.text().replace("&", ""):  # (Qt's own tooltip is the item's text)
            yield "menu item's tooltip", action.toolTip()
        yield "menu item's status tip", action.statusTip()


def _menu_actions(actions: Iterable[QAction]) -> Iterator[QAction]:
    for action in actions:
        yield action
        if action.menu() is not None:
            yield from _menu_actions(action.menu().actions())


def unmarked(window: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """Each visible text of the window with English outside the brackets, as "Class 'name' field: leftover".

    `allowed` names words that may show untranslated: content such as a routine's or an exercise's name,
    or the user's own words. Content put into a marked sentence ("⟦Next up: Plank⟧") is inside the brackets
    and passes: this finds unmarked interface text, not untranslated content."""
    keep = [word for word in allowed if word]
    found: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        seen: set[str] = set()
        for field, text in _texts(widget):
            if text in seen:  # a label's accessible name is its text: one report is enough
                continue
            seen.add(text)
            rest = outside_brackets(text or "")
            for word in keep:
                rest = rest.replace(word, " ")
            if _ENGLISH.search(rest):
                name = widget.objectName() or ""
                found.append(f"{type(widget).__name__} {name!r} {field}: {rest.strip()!r} in {text!r}")
    return found
