"""install-desktop's files go under the user's data folder (XDG_DATA_HOME honoured), and come out again."""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.install import data_home, desktop_files, install, uninstall

ASSETS = Path(__file__).resolve().parents[3] / "assets"


def test_xdg_data_home_is_honoured_when_absolute(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": "/data/ann"}, tmp_path) == Path("/data/ann")
    assert data_home({"XDG_DATA_HOME": "relative/dir"}, tmp_path) == tmp_path / ".local/share"
    assert data_home({}, tmp_path) == tmp_path / ".local/share"


def test_install_then_uninstall(tmp_path: Path) -> None:
    files = desktop_files(["/opt/wt/bin/workout-timer"], "0.1.0", ASSETS)
    written = install(files, tmp_path)
    assert (tmp_path / f"applications/{APP_ID}.desktop").read_text().count("Exec=/opt/wt/bin/workout-timer\n") == 1
    assert (tmp_path / f"metainfo/{APP_ID}.metainfo.xml").is_file()
    svg = tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    assert svg.read_bytes() == (ASSETS / f"icons/hicolor/scalable/apps/{APP_ID}.svg").read_bytes()
    assert (tmp_path / f"icons/hicolor/16x16/apps/{APP_ID}.png").is_file()
    assert not list(tmp_path.rglob("*.partial"))
    (tmp_path / "applications/other.desktop").write_text("[Desktop Entry]\n")

    assert sorted(uninstall(tmp_path)) == sorted(written)
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["other.desktop"], "only ours are removed"
    assert uninstall(tmp_path) == []
