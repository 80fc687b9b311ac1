"""Pausing the user's music players for a session, and playing again only those we paused.

The choice "pause music players" (instead of lowering them while the voice speaks) pauses, when a
session starts, every media player that is playing (MPRIS players on the desktop's session bus),
except the app itself, and when the session ends plays again those it paused, if they are still
paused: one the user has stopped, started again, or closed meanwhile is theirs, and is left alone.
A player is known by its connection on the bus, so a player that was closed and opened again is
not the one we paused.

`qt/audio/media_players.py` asks the bus; the decisions are here.
"""

from __future__ import annotations

from dataclasses import dataclass

MPRIS_PREFIX = "org.mpris.MediaPlayer2."
PLAYING = "Playing"
PAUSED = "Paused"


@dataclass(frozen=True)
class Player:
    """A media player on the bus: its well-known name, its connection (unique name), process and status."""

    name: str
    owner: str
    pid: int
    status: str


def is_player(bus_name: str) -> bool:
    return bus_name.startswith(MPRIS_PREFIX) and len(bus_name) > len(MPRIS_PREFIX)


@dataclass
class MediaPause:
    """The players paused for the session running, by connection."""

    own_pid: int
    paused: dict[str, str] | None = None
    """Well-known name by connection; None outside a session."""

    def session_started(self) -> None:
        self.paused = {}

    def to_pause(self, player: Player) -> bool:
        """Pause this player now? Only one that plays, and not the app; the pause is remembered."""
        if self.paused is None or player.pid == self.own_pid or player.status != PLAYING:
            return False
        self.paused[player.owner] = player.name
        return True

    def session_ended(self) -> dict[str, str]:
        """The players to ask how they are, to play again those still paused (`to_resume`)."""
        paused, self.paused = self.paused or {}, None
        return paused

    @staticmethod
    def to_resume(player: Player, paused: dict[str, str]) -> bool:
        """Play this player again? Only one we paused, on the same connection, and still paused."""
        return paused.get(player.owner) == player.name and player.status == PAUSED
