"""Notifications with buttons, against a stand-in notification server on a private bus."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.qt.desktop.conftest import FakeServer
from workout_timer.domain.desktop.reminders import ACTIONS
from workout_timer.qt.desktop.notifications import Notifier

pytestmark = pytest.mark.slow  # a private session bus and a fake notification service


def test_a_notification_with_buttons_and_the_one_pressed(qtbot: QtBot, bus: str, server: FakeServer) -> None:
    notifier = Notifier(bus)
    assert notifier.show("Workout Timer", "10 minutes for your back today?", ACTIONS)
    shown = server.shown()
    assert shown["summary"] == "Workout Timer" and shown["body"] == "10 minutes for your back today?"
    assert shown["actions"] == ["start", "Start now", "later", "Later", "not-today", "Not today"]
    assert shown["icon"] == "io.github.workout_timer.WorkoutTimer"
    assert shown["hints"] == {
        "desktop-entry": "io.github.workout_timer.WorkoutTimer",
        "category": "x-workout-timer.reminder",
    }
    with qtbot.waitSignal(notifier.chosen, timeout=5000) as chosen:
        server.user(f"invoke {shown['id']} later")
    assert chosen.args == ["later"]

    assert notifier.show("Workout Timer", "Again", ACTIONS)
    again = server.shown()
    with qtbot.assertNotEmitted(notifier.chosen), qtbot.waitSignal(notifier.closed, timeout=5000):
        server.user(f"invoke {shown['id']} start")  # the old one: not ours any more
        server.user(f"close {again['id']}")
    notifier.disconnect_from_bus()


def test_no_notification_service_is_said_not_raised(qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    notifier = Notifier(bus)
    assert not notifier.show("Workout Timer", "Anyone?", ACTIONS)
    assert notifier.problem
    notifier.disconnect_from_bus()
    nowhere = Notifier("unix:path=" + str(tmp_path / "no-bus"))
    assert not nowhere.show("Workout Timer", "Anyone?", ACTIONS) and nowhere.problem == "no session bus"


def test_a_notifier_after_one_that_found_no_bus_still_reaches_the_bus(
    qtbot: QtBot, bus: str, server: FakeServer, tmp_path: Path
) -> None:
    nowhere = Notifier("unix:path=" + str(tmp_path / "no-bus"))
    assert nowhere.problem == "no session bus"
    notifier = Notifier(bus)
    assert notifier.show("Workout Timer", "Still here?", ACTIONS), notifier.problem
    assert server.shown()["body"] == "Still here?"
    notifier.disconnect_from_bus()
