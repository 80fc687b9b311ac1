"""Music makes room for the voice, on a real sound server: another program's tone (pacat) is lowered
during each spoken cue and is back after the session; after the app is killed while it is lowered,
the next start brings it back.

The tone plays into a null sink of its own, recorded apart from the voice's, so its level can be read
at every moment; both recordings carry wall-clock times, as the event log does. The figures (depth,
and the times from the voice's first word to the music lowered, and from its last word to the music
back) are printed: run with -s to see them.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.audio_rig import WINDOW, AudioRig, loudness, need_programs, running_rig
from workout_timer.domain.history.event_log import read_event_log

ROUTINE = """\
version: 1
name: Music check
defaults: {prepare: 4}
steps:
  - {exercise: plank, duration: 14}
"""
TONE_SECONDS = 90
MUSIC_BACK_WITHIN = 30.0
"""Seconds after the last words' time by which the music must be back: generous, for a busy machine; how
soon it comes back after the last word is measured from the recordings and asserted apart."""


def db(level: float, reference: float) -> float:
    return 20 * math.log10(max(level, 1e-9) / reference)


@contextmanager
def other_music(rig: AudioRig, folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A 440 Hz tone played by pacat, as a music player would, into its own null sink `music`."""
    rig.pactl("load-module", "module-null-sink", "sink_name=music")
    tone = folder / "tone.raw"
    subprocess.run(
        ["sox", "-n", "-r", "44100", "-c", "2", "-b", "16", "-e", "signed-integer", str(tone), "synth",
         str(TONE_SECONDS), "sine", "440", "vol", "0.5"],
        check=True,
    )  # fmt: skip
    player = subprocess.Popen(
        ["pacat", "--raw", "--rate=44100", "--channels=2", "--format=s16le", "--device=music",
         "--property=media.role=music", "--client-name=Music", str(tone)],
        env=rig.env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while music_volume(rig) is None:
            assert time.monotonic() < deadline, "pacat did not start playing"
            time.sleep(0.05)
        yield player
    finally:
        player.terminate()
        player.wait(10)


def music_volume(rig: AudioRig) -> int | None:
    """The pacat stream's volume (left channel, 65536 for 100%), as the sound server has it."""
    found = None
    for line in rig.pactl("list", "sink-inputs").stdout.splitlines():
        line = line.strip()
        volume_line = re.match(r"Volume: [\w-]+: (\d+) ", line)
        if volume_line:
            volume = int(volume_line[1])
        if line == 'application.name = "Music"':
            found = volume
    return found


@contextmanager
def _recording(rig: AudioRig, sink: str, path: Path) -> Iterator[float]:
    with path.open("wb") as out:
        recorder = subprocess.Popen(
            ["parec", "-d", f"{sink}.monitor", "--latency-msec=20", "--raw"], stdout=out, env=rig.env,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 10
            while path.stat().st_size == 0:
                assert time.monotonic() < deadline, "parec recorded nothing"
                time.sleep(0.005)
            yield time.time() - path.stat().st_size / (44100 * 2 * 2)
        finally:
            recorder.terminate()
            recorder.wait(10)


def run_app(rig: AudioRig, folder: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "workout_timer", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def speech_spans(voice: list[float], start: float, cue_walls: list[float]) -> list[tuple[float, float]]:
    """Each spoken cue as heard: from its first sound at or after the log's time to the last before a silence."""
    spans = []
    for wall in cue_walls:
        index = max(0, int((wall - start) / WINDOW))
        while index < len(voice) and voice[index] < 0.01:
            index += 1
        first = index
        quiet = 0
        while index < len(voice) and quiet < 40:  # 0.4 s of silence ends it
            quiet = quiet + 1 if voice[index] < 0.01 else 0
            index += 1
        spans.append((start + first * WINDOW, start + (index - quiet) * WINDOW))
    return spans


@pytest.mark.slow
def test_other_music_is_lowered_for_each_spoken_cue_and_back_after_the_session(tmp_path: Path) -> None:
    need_programs("pacat", "sox")
    routine = tmp_path / "music-check.yaml"
    routine.write_text(ROUTINE)
    log = tmp_path / "events.jsonl"
    with running_rig(tmp_path) as rig, other_music(rig, tmp_path):
        with (
            _recording(rig, "music", tmp_path / "music.raw") as music_start,
            _recording(rig, "virt", tmp_path / "voice.raw") as voice_start,
        ):
            app = run_app(rig, tmp_path, "start", str(routine), "--event-log", str(log))
            try:
                deadline = time.monotonic() + 60
                finished_at = None
                while finished_at is None and time.monotonic() < deadline and app.poll() is None:
                    time.sleep(0.2)
                    records = read_event_log(log) if log.exists() else []
                    finished_at = next((r["wall"] for r in records if r["event"] == "session_finished"), None)
                while finished_at is not None and time.time() < finished_at + 3.0:  # the last words are said
                    time.sleep(0.1)
                # then the music is back: polled, with a deadline a busy machine meets
                back_by = time.monotonic() + MUSIC_BACK_WITHIN
                while finished_at is not None and time.monotonic() < back_by and music_volume(rig) != 65536:
                    time.sleep(0.1)
                after_volume = music_volume(rig)
                quiet_from = time.time()
                while finished_at is not None and time.time() < quiet_from + 0.3:  # a moment of it at full level
                    time.sleep(0.1)
            finally:
                app.terminate()
                _, errors = app.communicate(timeout=10)
        assert finished_at is not None, errors.decode()[-2000:]
        assert after_volume == 65536, "the music is back where it was after the session"

    records = read_event_log(log)
    spoken = [r["wall"] for r in records if r["event"] == "cue_spoken"]
    assert len(spoken) >= 3
    music = loudness(tmp_path / "music.raw")
    voice = loudness(tmp_path / "voice.raw")

    def music_at(wall: float) -> float:
        return music[min(len(music) - 1, max(0, int((wall - music_start) / WINDOW)))]

    full = statistics.median(music[: max(1, int((spoken[0] - music_start - 1.0) / WINDOW))])
    assert full > 0.1
    depths, down_after, deep_after, back_after = [], [], [], []
    for first_word, last_word in speech_spans(voice, voice_start, spoken):
        middle = (first_word + last_word) / 2
        depths.append(-db(music_at(middle), full))
        lowered = next(t for t in _times(first_word - 1.0, last_word) if db(music_at(t), full) < -6)
        back = next((t for t in _times(last_word, last_word + 3.0) if db(music_at(t), full) > -1), math.inf)
        deep = next(t for t in _times(first_word - 1.0, last_word) if db(music_at(t), full) < -11)
        down_after.append(lowered - first_word)
        deep_after.append(deep - first_word)
        back_after.append(back - last_word)
    print(
        f"\nducking depth {statistics.median(depths):.1f} dB (each cue: {', '.join(f'{d:.1f}' for d in depths)});"
        f" music below -6 dB {', '.join(f'{t:+.2f}' for t in down_after)} s and below -11 dB"
        f" {', '.join(f'{t:+.2f}' for t in deep_after)} s from the first word;"
        f" back within 1 dB {', '.join(f'{t:+.2f}' for t in back_after)} s after the last word"
    )
    assert all(11 <= depth <= 13 for depth in depths), depths
    assert all(t <= 0.15 for t in down_after), "halfway down within moments of the first word"
    assert all(t <= 0.3 for t in deep_after), "all the way down within the first word"
    assert all(0 < t < 1.0 for t in back_after), "back soon after the last word"
    assert all(abs(db(level, full)) < 0.5 for level in music[-20:]), "as loud as before, after the session"


def _times(start: float, end: float) -> Iterator[float]:
    steps = int((end - start) / WINDOW)
    for step in range(steps + 1):
        yield start + step * WINDOW


@pytest.mark.slow
def test_music_a_killed_app_left_lowered_is_back_at_the_next_start(tmp_path: Path) -> None:
    need_programs("pacat", "sox")
    routine = tmp_path / "music-check.yaml"
    routine.write_text(ROUTINE)
    with running_rig(tmp_path) as rig, other_music(rig, tmp_path):
        app = run_app(rig, tmp_path, "start", str(routine))
        try:
            deadline = time.monotonic() + 40
            while (music_volume(rig) or 65536) > 45000:  # lowered for the first cue (-12 dB is 41350)
                assert time.monotonic() < deadline and app.poll() is None, f"the music was never lowered: {app_log()}"
                time.sleep(0.02)
        finally:
            kill_with_its_host(app)
            app.stderr and app.stderr.close()
        time.sleep(1.0)
        left = music_volume(rig)
        assert left is not None and left < 65536, "the killed app had no chance to bring it back"
        again = run_app(rig, tmp_path)
        try:
            deadline = time.monotonic() + 30
            while music_volume(rig) != 65536:
                assert time.monotonic() < deadline and again.poll() is None, f"still at {music_volume(rig)}"
                time.sleep(0.1)
        finally:
            again.terminate()
            again.communicate(timeout=10)


def remembered_volume(rig: AudioRig, key: str) -> int | None:
    """The level PulseAudio remembers for `key` (stream-restore), for the next stream of that program."""
    import pulsectl  # type: ignore[import-untyped]

    with pulsectl.Pulse("test", server=f"unix:{rig.env['PULSE_RUNTIME_PATH']}/native") as pulse:
        entry = next((e for e in pulse.stream_restore_list() if e.name == key), None)
        return None if entry is None else round(entry.volume.values[0] * 65536)


@pytest.mark.slow
def test_a_program_whose_stream_ended_while_a_killed_app_had_it_lowered_plays_its_next_one_as_loud(
    tmp_path: Path,
) -> None:
    """PulseAudio gives a program's next stream the level last set for it: ours, unless it is put back."""
    need_programs("pacat", "sox")
    routine = tmp_path / "music-check.yaml"
    routine.write_text(ROUTINE)
    key = "sink-input-by-media-role:music"  # what PulseAudio remembers a stream with a role by
    with running_rig(tmp_path) as rig:
        with other_music(rig, tmp_path):
            app = run_app(rig, tmp_path, "start", str(routine))
            try:
                deadline = time.monotonic() + 40
                while (music_volume(rig) or 65536) > 45000:
                    assert time.monotonic() < deadline and app.poll() is None, (
                        f"the music was never lowered: {app_log()}"
                    )
                    time.sleep(0.02)
            finally:
                kill_with_its_host(app)
                app.stderr and app.stderr.close()
        # the track ended while lowered, and the app is gone: the server remembers our level
        remembered = remembered_volume(rig, key)
        assert remembered is not None and remembered < 65536
        again = run_app(rig, tmp_path)
        try:
            deadline = time.monotonic() + 30
            while remembered_volume(rig, key) != 65536:
                assert time.monotonic() < deadline and again.poll() is None, remembered_volume(rig, key)
                time.sleep(0.1)
        finally:
            again.terminate()
            again.communicate(timeout=10)
        with other_music(rig, tmp_path):
            assert music_volume(rig) == 65536, "the next track plays as loud as before"


def stream_properties(rig: AudioRig) -> list[dict[str, str]]:
    """Each playback stream's properties, as `pactl list sink-inputs` shows them."""
    streams: list[dict[str, str]] = []
    for line in rig.pactl("list", "sink-inputs").stdout.splitlines():
        if line.startswith("Sink Input #"):
            streams.append({})
        elif " = " in line and streams:
            key, _, value = line.strip().partition(" = ")
            streams[-1][key] = value.strip('"')
    return streams


@pytest.mark.slow
def test_quitting_while_the_music_is_lowered_brings_it_back_at_once(tmp_path: Path) -> None:
    """Quit mid-cue (SIGTERM, as logging out does): the music is back by the time the app has gone. The
    app's own streams are marked as announcements (media.role=event), not music."""
    need_programs("pacat", "sox")
    routine = tmp_path / "music-check.yaml"
    routine.write_text(ROUTINE)
    with running_rig(tmp_path) as rig, other_music(rig, tmp_path):
        app = run_app(rig, tmp_path, "start", str(routine))
        try:
            deadline = time.monotonic() + 40
            while (music_volume(rig) or 65536) > 45000:
                assert time.monotonic() < deadline and app.poll() is None, f"the music was never lowered: {app_log()}"
                time.sleep(0.02)
            ours = [s for s in stream_properties(rig) if s.get("application.process.binary", "").startswith("python")]
        finally:
            app.terminate()
            app.communicate(timeout=10)
        assert music_volume(rig) == 65536
    assert ours and all(s.get("media.role") == "event" for s in ours), ours


def app_log() -> str:
    """The end of the app's log (its audio host's messages are in it)."""
    from workout_timer.domain.common.paths import user_log_dir

    logs = sorted(user_log_dir().rglob("*.log"))
    return "\n".join(log.read_text(errors="replace")[-3000:] for log in logs)


def kill_with_its_host(app: subprocess.Popen[bytes]) -> None:
    """End the app and its audio host at once, giving neither a chance to bring anything back.

    Killed alone, the app takes its host with it (a parent-death signal), but the host may read the end
    of its input first and bring the music back as it quits; killed alone, the host is replaced by the
    app. So the app is stopped first, then the host and the app are killed."""
    app.send_signal(signal.SIGSTOP)
    with contextlib.suppress(AssertionError, ProcessLookupError):
        os.kill(audio_host_of(app), signal.SIGKILL)
    app.send_signal(signal.SIGKILL)
    app.wait(10)


def audio_host_of(app: subprocess.Popen[bytes]) -> int:
    """The process id of the app's audio host."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == app.pid and b"audio_host" in command and b"--parent" in command:
            return int(entry.name)
    raise AssertionError("the app has no audio host")


@pytest.mark.slow
def test_music_is_brought_back_when_the_voice_dies_while_it_is_lowered(tmp_path: Path) -> None:
    """The audio host killed mid-cue: the app, which goes on without a voice, brings the music back."""
    need_programs("pacat", "sox")
    routine = tmp_path / "music-check.yaml"
    routine.write_text(ROUTINE)
    with running_rig(tmp_path) as rig, other_music(rig, tmp_path):
        app = run_app(rig, tmp_path, "start", str(routine))
        try:
            deadline = time.monotonic() + 40
            while (music_volume(rig) or 65536) > 45000:
                assert time.monotonic() < deadline and app.poll() is None, f"the music was never lowered: {app_log()}"
                time.sleep(0.02)
            os.kill(audio_host_of(app), signal.SIGKILL)
            deadline = time.monotonic() + 10
            while music_volume(rig) != 65536:
                assert time.monotonic() < deadline and app.poll() is None, f"still at {music_volume(rig)}"
                time.sleep(0.05)
        finally:
            app.terminate()
            app.communicate(timeout=10)
