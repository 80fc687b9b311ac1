"""The check that every sentence is translated whole: no translated piece glued into an English sentence.

A sentence is marked whole, one `_()` or `ngettext()` with placeholders, so the translator sees it all and
words it as the language does ("in 3 Tagen", not "in 3 Tage"). A translated piece (a counted noun, a date, a
marked word) inside an f-string or a `+` with English words of its own makes a sentence that mixes languages
("Week 1 of 6 · 0 Einheiten done"). This finds them: an f-string or a sum whose own text holds a word, and
that takes a piece from a call that translates, directly or through a name the same function gave that piece.
A layout of pieces with no word of its own (`f"{day}  {name}"`, `f"{text}  ({keys})"`) is not a sentence.

    ./dev i18n check     runs it with the catalogues' check; so does `./dev test` (tests/domain/common).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

TRANSLATING = frozenset(
    {
        "_", "gettext", "ngettext", "pgettext", "npgettext", "counted", "noun",
        "written", "short_day", "short_moment", "long_moment", "long_day", "period",
    }
)  # fmt: skip
"""The calls whose text is in the language in use: the gettext calls, the counted words, the dates' writers."""
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^<>]*>?|^[^<>]*>")
"""An HTML tag (or the part of one an f-string's piece splits), not a word: `f"<li>{name}</li>"` is layout."""
NOT_WORDS = ("workout-timer",)
"""Text that is the same in every language: the program's name, which starts the command line's messages."""


def _called(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    return ""


def _translates(node: ast.AST, names: set[str]) -> bool:
    """Whether `node` gives text from a translating call: directly, or a name given such text."""
    return any(
        _called(inner) in TRANSLATING or (isinstance(inner, ast.Name) and inner.id in names) for inner in ast.walk(node)
    )


def _own_words(node: ast.AST) -> bool:
    """Whether an f-string or a sum has English words of its own, outside its pieces."""
    if isinstance(node, ast.JoinedStr):
        texts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    else:
        texts = [n.value for n in _summed(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    for name in NOT_WORDS:
        texts = [text.replace(name, "") for text in texts]
    texts = [TAG.sub("", text) for text in texts]
    return any(WORD.search(text) for text in texts)


def _summed(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _summed(node.left) + _summed(node.right)
    return [node]


def _pieces(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    return [n for n in _summed(node) if not isinstance(n, ast.Constant)]


def _scopes(tree: ast.Module) -> Iterator[ast.AST]:
    yield tree
    yield from (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))


def _given_names(scope: ast.AST) -> set[str]:
    """The names a scope gives translated text (`amount = counted(...)`), up to a fixed point."""
    names: set[str] = set()
    while True:
        found = {
            target.id
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name) and _translates(node.value, names)
        }
        if found <= names:
            return names
        names |= found


def glued(source: str) -> Iterator[int]:
    """The lines of `source` where a translated piece sits in an English sentence."""
    tree = ast.parse(source)
    seen: set[int] = set()
    for scope in _scopes(tree):
        names = _given_names(scope) if not isinstance(scope, ast.Module) else set()
        for node in ast.walk(scope):
            if not isinstance(node, ast.JoinedStr | ast.BinOp) or node.lineno in seen:
                continue
            if isinstance(node, ast.BinOp) and len(_summed(node)) < 2:
                continue
            if _own_words(node) and any(_translates(piece, names) for piece in _pieces(node)):
                seen.add(node.lineno)
                yield node.lineno


def fragments(package: Path) -> list[str]:
    """Every place in the package where a translated piece sits in an English sentence, as "path:line"."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for line in sorted(set(glued(path.read_text(encoding="utf-8")))):
            found.append(f"{path.relative_to(package.parent)}:{line}")
    return found
