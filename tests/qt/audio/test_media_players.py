"""Music players paused for a session and played again after it: a real D-Bus daemon and stand-in players."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from tests.helpers.media_bus import player, private_bus, status_of
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.audio.media_players import MediaPlayers
from workout_timer.qt.common.settings import AudioSettings
from workout_timer.qt.session.announcer import Announcer

pytestmark = pytest.mark.slow  # a private session bus and fake players, each a process


@pytest.fixture
def bus() -> Iterator[str]:
    with private_bus() as address:
        yield address


def tell(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "status set"


def test_playing_players_are_paused_for_the_session_and_played_again_after_it(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing") as music, player(bus, "podcast", "Paused"):
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        assert status_of(bus, "podcast") == "Paused"
        players.session_ended()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Playing", timeout=5000)
        assert status_of(bus, "podcast") == "Paused", "only those we paused play again"
        assert music.stdout is not None
        assert [music.stdout.readline().strip() for _ in range(2)] == ["pause", "play"]
        players.settle()


def test_a_player_the_user_stopped_meanwhile_is_left_stopped(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing") as music:
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        assert music.stdout is not None and music.stdout.readline().strip() == "pause"
        tell(music, "status Stopped")
        players.session_ended()
        players.settle()  # as the app quits: waits for the answers
        assert status_of(bus, "music") == "Stopped"


def test_quitting_right_after_the_session_still_plays_them_again(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing"):
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        players.session_ended()
        players.settle()  # no event loop runs after this: the answers are waited for
        assert status_of(bus, "music") == "Playing"


def test_a_session_with_pause_chosen_pauses_the_music_and_plays_it_again_at_its_end(
    qtbot: QtBot, bus: str, clock: FakeClock, tmp_path: Path
) -> None:
    """Through the app: the announcer follows the setting, session by session."""
    with player(bus, "music", "Playing") as music:
        players = MediaPlayers(bus_address=bus)
        announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="mock", media_players=players)
        main = app_window(qtbot, clock, tmp_path, announcer=announcer)
        with qtbot.waitSignal(announcer.host.voicesReady, timeout=15000):
            announcer.start(AudioSettings(rate=1.0, others="pause"))
        run_short_session(qtbot, main, clock)  # the player is paused as it starts
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Playing", timeout=5000)
        main.close()
        music.terminate()
        assert music.stdout is not None
        assert music.stdout.read().split() == ["pause", "play"], "paused for the session, played again after it"
