"""Skip a test whose programs are missing, except under CI, where ./dev test installs them: fail there."""

from __future__ import annotations

import os
import shutil


def need(*names: str) -> None:
    import pytest

    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {', '.join(missing)} (./dev test installs them)")
        pytest.skip(f"needs {', '.join(missing)}")
