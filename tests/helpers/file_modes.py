"""File modes that count in a test run as root."""

from __future__ import annotations

import os


def without_root_bypass(command: list[str]) -> list[str]:
    """`command` run without root's right to read and write any file, so file modes count."""
    if os.geteuid() != 0:
        return command
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", *command]
