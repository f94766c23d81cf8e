"""Asking whether the app is open (a reminder does) reads the kernel's lock, never the file."""

from __future__ import annotations

from pathlib import Path

from footdrop_gui.storage.instance_lock import InstanceLock, is_held


def test_a_folder_where_no_app_ever_ran_is_not_held(tmp_path: Path) -> None:
    assert not is_held(tmp_path)


def test_a_garbage_lock_file_left_by_a_power_cut_is_not_held(tmp_path: Path) -> None:
    (tmp_path / "app.lock").write_bytes(b"\x00\xff 12345 garbage")
    assert not is_held(tmp_path)


def test_a_running_copy_is_seen_and_asking_does_not_take_its_place(tmp_path: Path) -> None:
    lock = InstanceLock.acquire(tmp_path)
    try:
        assert is_held(tmp_path)
        assert is_held(tmp_path)  # asking twice changes nothing
    finally:
        lock.release()
    assert not is_held(tmp_path)
    InstanceLock.acquire(tmp_path).release()  # asking left nothing behind that blocks a start
