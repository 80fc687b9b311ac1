"""PySide6's look at each imported module, made cheaper: installed with the app's Qt face, same answers."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import workout_timer.qt  # noqa: F401 (installs it)


def pyside_own_check(module: ModuleType) -> bool:
    """What PySide6 6.11 does (`shibokensupport/feature.py`, `_mod_uses_pyside`)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quicker_check_is_in_place_and_answers_as_pyside_does_for_every_module_loaded() -> None:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert getattr(check, "quicker", False), "installed when the app's Qt face is imported"
    modules = [module for name, module in sorted(sys.modules.items()) if isinstance(module, ModuleType)]
    answers = {module.__name__: check(module) for module in modules}
    assert answers == {module.__name__: pyside_own_check(module) for module in modules}
    assert answers["workout_timer.qt.common.pyside_check"] and not answers["workout_timer.domain.common.clock"]
    assert not answers["sys"] and not answers["json"]  # built in; from the standard library
