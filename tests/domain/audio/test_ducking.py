"""The rules that make room for the voice, against a fake sound server driven by a hand-moved clock."""

from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from workout_timer.domain.audio.ducking import (
    FRAME,
    HOLD,
    RAMP,
    Change,
    Ducking,
    Remembered,
    Stream,
    is_ours,
    recover,
    recover_remembered,
    scaled,
)

FULL = 65536
APP_PID = 4000
HOST_PID = 4001


def depth_of(original: tuple[int, ...], lowered: tuple[int, ...]) -> float:
    """How many decibels below `original` `lowered` is (the server's volume scale is cubic)."""
    return 60 * math.log10(original[0] / lowered[0])


class FakeServer:
    """Playback streams by number; `apply` sets volumes as the sound server would."""

    def __init__(self, *streams: Stream) -> None:
        self.streams = {stream.index: stream for stream in streams}
        self.set_by_us: list[Change] = []

    def list(self) -> list[Stream]:
        return list(self.streams.values())

    def apply(self, changes: list[Change]) -> None:
        for change in changes:
            self.set_by_us.append(change)
            if change.index in self.streams:
                self.streams[change.index] = replace(self.streams[change.index], volume=change.volume)

    def volume(self, index: int) -> tuple[int, ...]:
        return self.streams[index].volume


class Rig:
    """A `Ducking` and a server, with the clock moved by hand and frames run when they are due."""

    def __init__(self, server: FakeServer, ducking: Ducking | None = None) -> None:
        self.server = server
        self.ducking = ducking or Ducking(own_pids={APP_PID, HOST_PID})
        self.now = 100.0
        self.records: list[dict[str, object]] = []

    def step(self) -> None:
        changes = self.ducking.frame(self.now, self.server.list())
        self.records.append(self.ducking.record())
        self.server.apply(changes)

    def advance(self, seconds: float) -> None:
        end = self.now + seconds
        while True:
            wake = self.ducking.next_wake(self.now)
            if wake is None or wake > end:
                break
            self.now = max(self.now, wake)
            self.step()
        self.now = end

    def speak(self) -> None:
        self.ducking.speak(self.now)
        self.step()

    def quiet(self) -> None:
        self.ducking.quiet(self.now)
        self.step()


def music(index: int = 1, volume: int = FULL, pid: int = 500, name: str = "Firefox") -> Stream:
    key = f"sink-input-by-application-name:{name}"
    return Stream(index, (volume, volume), name=name, pid=pid, binary=name.lower(), key=key)


def test_the_voice_lowers_other_streams_by_12_db_over_150_ms_and_brings_them_back_after_the_last_word() -> None:
    rig = Rig(FakeServer(music(1), music(2, volume=40000, pid=600, name="Spotify")))
    rig.speak()
    rig.advance(FRAME)
    assert rig.server.volume(1) != (FULL, FULL), "the first step is taken a frame later"
    assert depth_of((FULL, FULL), rig.server.volume(1)) < 3
    rig.advance(RAMP / 2 - FRAME)
    assert 3 < depth_of((FULL, FULL), rig.server.volume(1)) < 9, "halfway down the ramp, about halfway down in dB"
    rig.advance(RAMP / 2 + FRAME)
    assert math.isclose(depth_of((FULL, FULL), rig.server.volume(1)), 12, abs_tol=0.01)
    assert math.isclose(depth_of((40000, 40000), rig.server.volume(2)), 12, abs_tol=0.01)
    down_steps = len(rig.server.set_by_us)
    assert down_steps >= 2 * 4, "gently: several steps for each stream, not one jump"

    rig.quiet()
    rig.advance(HOLD - 0.01)
    assert math.isclose(depth_of((FULL, FULL), rig.server.volume(1)), 12, abs_tol=0.01), "held after the last word"
    rig.advance(0.01 + RAMP / 2)
    assert 3 < depth_of((FULL, FULL), rig.server.volume(1)) < 9, "on its way back up"
    rig.advance(RAMP)
    assert rig.server.volume(1) == (FULL, FULL)
    assert rig.server.volume(2) == (40000, 40000), "back exactly where the user had it"
    assert not rig.ducking.busy
    assert rig.ducking.next_wake(rig.now) is None
    assert rig.ducking.record()["streams"] == []


def test_our_own_streams_the_speech_engine_and_muted_streams_are_never_touched() -> None:
    rig = Rig(
        FakeServer(
            music(1),
            music(2, pid=HOST_PID, name="workout-timer-audio"),
            Stream(3, (FULL, FULL), name="speech-dispatcher-espeak-ng", pid=77, binary="speech-dispatcher"),
            Stream(4, (FULL,), name="speech-dispatcher-dummy", pid=78, binary="sd_dummy"),
            replace(music(5, pid=900), muted=True),
        )
    )
    rig.speak()
    rig.advance(1)
    assert {change.index for change in rig.server.set_by_us} == {1}


def test_a_cue_soon_after_the_last_keeps_the_music_down_without_bobbing_up() -> None:
    rig = Rig(FakeServer(music(1)))
    rig.speak()
    rig.advance(1)
    rig.quiet()
    rig.advance(HOLD / 2)
    low = rig.server.volume(1)
    rig.speak()
    rig.advance(1)
    assert rig.server.volume(1) == low
    assert rig.server.volume(1) == scaled((FULL, FULL), -12)


def test_a_cue_while_the_music_comes_back_takes_it_down_again_from_where_it_is() -> None:
    rig = Rig(FakeServer(music(1)))
    rig.speak()
    rig.advance(1)
    rig.quiet()
    rig.advance(HOLD + RAMP / 2)
    rig.speak()
    halfway = rig.server.volume(1)
    assert scaled((FULL, FULL), -9)[0] < halfway[0] < scaled((FULL, FULL), -3)[0]
    rig.advance(FRAME)
    assert rig.server.volume(1)[0] < halfway[0], "down again at once"
    assert rig.server.volume(1)[0] > scaled((FULL, FULL), -12)[0], "along the ramp, not in one jump"
    rig.advance(1)
    assert rig.server.volume(1) == scaled((FULL, FULL), -12)


def test_a_stream_the_user_changed_while_lowered_is_never_restored_over_their_change() -> None:
    rig = Rig(FakeServer(music(1), music(2, pid=600)))
    rig.speak()
    rig.advance(1)
    rig.server.streams[1] = replace(rig.server.streams[1], volume=(30000, 30000))  # the user's slider
    rig.quiet()
    rig.advance(2)
    assert rig.server.volume(1) == (30000, 30000)
    assert rig.server.volume(2) == (FULL, FULL)
    rig.speak()
    rig.advance(1)
    assert rig.server.volume(1) == scaled((30000, 30000), -12), "at the next cue it is lowered from the user's level"


def test_a_stream_that_appears_while_the_others_are_lowered_is_left_as_it_is_until_the_next_cue() -> None:
    rig = Rig(FakeServer(music(1)))
    rig.speak()
    rig.advance(0.05)
    rig.server.streams[7] = music(7, pid=700, name="Podcasts")
    rig.advance(1)
    assert rig.server.volume(7) == (FULL, FULL)
    rig.quiet()
    rig.advance(2)
    assert all(change.index != 7 for change in rig.server.set_by_us)
    rig.speak()
    rig.advance(1)
    assert rig.server.volume(7) == scaled((FULL, FULL), -12)


def test_a_stream_that_ends_while_lowered_is_forgotten() -> None:
    rig = Rig(FakeServer(music(1), music(2, pid=600)))
    rig.speak()
    rig.advance(1)
    del rig.server.streams[1]
    rig.quiet()
    rig.advance(2)
    assert rig.server.volume(2) == (FULL, FULL)
    assert not rig.ducking.busy


def test_the_next_stream_of_a_program_whose_stream_ended_while_lowered_is_brought_back_too() -> None:
    """The sound server starts it at the level it remembers for the program: ours."""
    rig = Rig(FakeServer(music(1, name="Rhythmbox", pid=600)))
    rig.speak()
    rig.advance(1)
    low = rig.server.volume(1)
    del rig.server.streams[1]  # the track ended; the next starts at the remembered level
    rig.server.streams[2] = music(2, volume=low[0], name="Rhythmbox", pid=600)
    rig.step()
    rig.quiet()
    rig.advance(2)
    assert rig.server.volume(2) == (FULL, FULL)
    assert rig.ducking.take_remembered() == [], "the new stream's level is remembered now"


def test_the_remembered_level_of_a_stream_that_ended_while_lowered_is_put_back() -> None:
    rig = Rig(FakeServer(music(1, name="Rhythmbox", pid=600), music(3, pid=700)))
    rig.speak()
    rig.advance(1)
    low = rig.server.volume(1)
    del rig.server.streams[1]
    rig.step()
    assert rig.ducking.take_remembered() == [], "not while the others are still down"
    rig.quiet()
    rig.advance(2)
    (remembered,) = rig.ducking.take_remembered()
    assert remembered.key == "sink-input-by-application-name:Rhythmbox"
    assert remembered.original == (FULL, FULL)
    assert remembered.to_restore(low)
    assert not remembered.to_restore((30000, 30000)), "a level the user set since is theirs"
    assert rig.ducking.take_remembered() == []


def test_after_a_crash_the_remembered_levels_of_lowered_streams_are_checked_too() -> None:
    rig = Rig(FakeServer(music(1, name="Rhythmbox", pid=600), music(3, pid=700)))
    rig.speak()
    rig.advance(1)
    del rig.server.streams[1]
    rig.step()
    remembered = recover_remembered(rig.records[-1])
    assert {r.key for r in remembered} == {
        "sink-input-by-application-name:Rhythmbox",
        "sink-input-by-application-name:Firefox",
    }
    assert all(isinstance(r, Remembered) and r.original == (FULL, FULL) for r in remembered)


def test_restore_all_brings_everything_back_at_once() -> None:
    rig = Rig(FakeServer(music(1), music(2, volume=20000, pid=600)))
    rig.speak()
    rig.advance(0.05)
    rig.server.apply(rig.ducking.restore_all(rig.server.list()))
    assert rig.server.volume(1) == (FULL, FULL)
    assert rig.server.volume(2) == (20000, 20000)
    assert not rig.ducking.busy


def test_a_deeper_setting_lowers_further() -> None:
    rig = Rig(FakeServer(music(1)), Ducking(depth_db=20, own_pids={APP_PID}))
    rig.speak()
    rig.advance(1)
    assert math.isclose(depth_of((FULL, FULL), rig.server.volume(1)), 20, abs_tol=0.01)


def test_after_a_crash_the_record_brings_back_what_was_lowered_and_nothing_else() -> None:
    server = FakeServer(music(1), music(2, pid=600), music(3, pid=650))
    rig = Rig(server)
    rig.speak()
    rig.advance(0.06)  # the app dies here, mid-ramp
    record = rig.records[-1]
    server.streams[2] = replace(server.streams[2], volume=(50000, 50000))  # the user turned it up meanwhile
    server.streams[3] = music(3, pid=651)  # another program's stream now has that number
    server.apply(recover(record, server.list()))
    assert server.volume(1) == (FULL, FULL)
    assert server.volume(2) == (50000, 50000)
    assert server.volume(3) == (FULL, FULL)
    assert [change.index for change in recover(record, server.list())] == []


def test_a_record_written_before_a_change_that_was_never_made_still_brings_the_stream_back() -> None:
    server = FakeServer(music(1))
    ducking = Ducking(own_pids={APP_PID})
    ducking.speak(0.0)
    server.apply(ducking.frame(0.0, server.list()))
    server.apply(ducking.frame(FRAME, server.list()))
    changes = ducking.frame(2 * FRAME, server.list())
    record = ducking.record()  # written; then the app dies before `changes` are made
    assert changes
    assert recover(record, server.list()) == [Change(1, (FULL, FULL))]


def test_a_record_that_cant_be_read_brings_nothing_back() -> None:
    streams = [music(1, volume=30000)]
    assert recover({}, streams) == []
    assert recover({"version": 99, "streams": []}, streams) == []
    assert recover({"version": 1, "streams": [{"index": "x"}, 5, {"index": 1}]}, streams) == []


def test_is_ours_knows_the_speech_engine_by_program_or_name() -> None:
    assert is_ours(Stream(1, (1,), name="speech-dispatcher-espeak-ng", pid=9), ())
    assert is_ours(Stream(1, (1,), binary="sd_espeak-ng", pid=9), ())
    assert is_ours(Stream(1, (1,), name="python3", pid=9), (9,))
    assert not is_ours(Stream(1, (1,), name="Firefox", pid=9), (10,))


# -- properties: whatever happens, the music comes back as the user left it -----------------------

ACTIONS = st.lists(
    st.one_of(
        st.just(("speak",)),
        st.just(("quiet",)),
        st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=0.6)),
        st.tuples(st.just("user"), st.integers(1, 4), st.integers(0, 90000)),
        st.tuples(st.just("appear"), st.integers(5, 8)),
        st.tuples(st.just("end"), st.integers(1, 8)),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(ACTIONS, st.floats(min_value=1.0, max_value=30.0))
def test_whatever_happens_every_stream_ends_where_the_user_left_it(actions: list[tuple], depth: float) -> None:
    server = FakeServer(music(1), music(2, volume=30000, pid=600), music(3, pid=HOST_PID), music(4, volume=0, pid=700))
    rig = Rig(server, Ducking(depth_db=depth, own_pids={APP_PID, HOST_PID}))
    expected = {stream.index: stream.volume for stream in server.list()}
    """Where each stream should end: its level when first seen, or the user's last change."""
    for action in actions:
        if action[0] == "speak":
            rig.speak()
        elif action[0] == "quiet":
            rig.quiet()
        elif action[0] == "wait":
            rig.advance(action[1])
        elif action[0] == "user" and action[1] in server.streams:
            server.streams[action[1]] = replace(server.streams[action[1]], volume=(action[2], action[2]))
            expected[action[1]] = (action[2], action[2])
            rig.step()
        elif action[0] == "appear" and action[1] not in server.streams:
            server.streams[action[1]] = music(action[1], volume=12345 * (action[1] - 4), pid=800 + action[1])
            expected[action[1]] = server.streams[action[1]].volume
            rig.step()
        elif action[0] == "end" and action[1] in server.streams:
            del server.streams[action[1]]
        for index, stream in server.streams.items():
            floor = scaled(expected[index], -depth)
            assert all(v >= f - 1 for v, f in zip(stream.volume, floor, strict=True)), "never below the depth"
            assert all(v <= e for v, e in zip(stream.volume, expected[index], strict=True)), "never louder"
        if 3 in server.streams:
            assert server.volume(3) == expected[3], "our own stream is never touched"
        crashed = FakeServer(*server.list())  # should the app die now, the next start brings it all back
        crashed.apply(recover(rig.records[-1] if rig.records else {}, crashed.list()))
        for index, stream in crashed.streams.items():
            assert stream.volume == expected[index]
    rig.quiet()
    rig.advance(HOLD + RAMP + 2 * FRAME)
    for index, stream in server.streams.items():
        assert stream.volume == expected[index]
    assert not rig.ducking.busy
    rig.speak()  # and the next cue takes every other stream down, whatever came before
    rig.advance(RAMP + 2 * FRAME)
    for index, stream in server.streams.items():
        assert stream.volume == (expected[index] if index == 3 else scaled(expected[index], -depth))
    rig.quiet()
    rig.advance(HOLD + RAMP + 2 * FRAME)
    for index, stream in server.streams.items():
        assert stream.volume == expected[index]
