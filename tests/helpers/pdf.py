"""Reading a PDF back as a person would: its pages as pictures (pdftoppm) and its text (pdftotext)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter

PROGRAMS = ("pdftoppm", "pdftotext", "pdffonts")


def need_poppler() -> None:
    """Skip without poppler-utils; under CI, where ./dev test installs them, fail instead."""
    import pytest

    missing = [name for name in PROGRAMS if shutil.which(name) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {', '.join(missing)} (./dev test installs poppler-utils)")
        pytest.skip(f"needs {', '.join(missing)} (poppler-utils)")


def pdf_text(path: Path, layout: bool = False) -> str:
    """The text of every page, each ended by a form feed; with `layout`, a table's row on one line."""
    options = ["-layout"] if layout else []
    done = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def page_count(path: Path) -> int:
    return pdf_text(path).count("\f")


def fonts(path: Path) -> list[list[str]]:
    """pdffonts' rows: name, type, encoding, embedded, subset, unicode, object, generation."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return [line.split() for line in out.splitlines()[2:]]


def page_png(path: Path, page: int, out: Path, dpi: int = 30) -> Path:
    """Page `page` as a greyscale PNG at `dpi`."""
    stem = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            str(page),
            "-l",
            str(page),
            "-r",
            str(dpi),
            "-gray",
            "-png",
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
        timeout=60,
    )
    return stem.with_suffix(".png")


def word_boxes(path: Path) -> list[tuple[int, float, float, str]]:
    """Every word with its page (from 1), its bottom edge and the page's height, in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    import re

    words: list[tuple[int, float, float, str]] = []
    page, height = 0, 0.0
    for line in html.splitlines():
        if found := re.search(r'<page width="[\d.]+" height="([\d.]+)"', line):
            page, height = page + 1, float(found[1])
        elif found := re.search(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">(.*)</word>', line):
            words.append((page, float(found[1]), height, found[2]))
    return words


def pdf_writer(path: str, size: QPageSize, title: str, creator: str) -> QPdfWriter:
    """A PDF writer as the app sets one up, to a file."""
    from workout_timer.qt.paper.pages import RESOLUTION, page_layout

    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(size))
    writer.setTitle(title)
    writer.setCreator(creator)
    return writer
