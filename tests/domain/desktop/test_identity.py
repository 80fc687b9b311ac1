"""Who the app is to the desktop: where a second launch finds the running one."""

from __future__ import annotations

from workout_timer.domain.desktop.identity import APP_ID, instance_address


def test_the_socket_lives_in_the_runtime_folder() -> None:
    assert instance_address("/run/user/1000", "1000") == f"/run/user/1000/{APP_ID}.instance"
    assert instance_address(None, "ann") == f"{APP_ID}.instance-ann"
    assert instance_address("relative", "1000") == f"{APP_ID}.instance-1000"
    long_one, long_two = "/" + "x" * 80, "/" + "y" * 80  # too long for a socket path
    assert instance_address(long_one, "1000").startswith(f"{APP_ID}.instance-1000-")
    assert instance_address(long_one, "1000") != instance_address(long_two, "1000"), "sessions never share one"
    assert instance_address(long_one, "1000") == instance_address(long_one, "1000")
