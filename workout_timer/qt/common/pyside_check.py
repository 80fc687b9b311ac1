"""PySide6's look at every module imported after it, made cheaper.

PySide6 checks each module imported after QtCore for whether it uses PySide (for its `__feature__`
switches, which this app does not use) by searching its source for "PySide6", and it gets the source
through `inspect.getsource`, which reads, decodes, splits and keeps every line of the file. Over the
hundred or so modules imported before the window's first paint that costs 15 to 20 ms of CPU at every
start; the same search in the file's bytes costs 4 to 5 ms, with the same answers (a test compares
them). A PySide6 without this check (it is PySide's own inner workings) is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def install() -> None:
    """Replace PySide6's check by the quicker one, once; before the app's Qt modules are imported."""
    import PySide6.QtCore  # noqa: F401 (it loads the check)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quicker", False):
        return
    check = quicker(original)
    feature._mod_uses_pyside = check  # type: ignore[attr-defined]  # (PySide calls it by this name)


def quicker(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's check, reading a module's source file as bytes; anything else is asked of `original`."""

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            return original(module)  # built in, compiled, or from an archive: PySide's own way
        try:
            with open(file, "rb") as source:  # noqa: PTH123 (pathlib's import and objects cost more here)
                return b"PySide6" in source.read()
        except OSError:
            return False  # (as PySide answers for a module whose source can't be read)

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    return uses_pyside
