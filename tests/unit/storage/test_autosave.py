"""The autosave thread: the newest version lands on disk, failures are told once and retried.

Failures are real OS failures, not a fake Saver or Store: the data folder replaced by a
file, a read-only folder (only when not running as root), or `os.replace` failing with
"No space left on device" inside kktui.storage.files, the way a full disk fails the rename.
"""

from __future__ import annotations

import errno
import json
import os
import threading
import time
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.storage import autosave, locations
from kktui.storage import files as storage
from kktui.storage.autosave import Saver
from kktui.storage.bodies import body_path
from kktui.storage.store import Store
from support.folders import temp_files

MEETING_ID = "m1"

pytestmark = pytest.mark.usefixtures("english")  # messages the tests can read


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    """Retry every 50 ms instead of every 2 s, so the tests see several retries quickly."""
    monkeypatch.setattr(autosave, "RETRY_SECONDS", 0.05)


@pytest.fixture
def store(folder: Path):
    store = Store.open(folder)
    yield store
    store.close()


class Reports:
    """Collects on_error / on_recovered calls from the saver thread."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.recoveries = 0
        self.failed = threading.Event()
        self.recovered = threading.Event()

    def on_error(self, message: str) -> None:
        self.errors.append(message)
        self.failed.set()

    def on_recovered(self) -> None:
        self.recoveries += 1
        self.recovered.set()


@pytest.fixture
def reports() -> Reports:
    return Reports()


@pytest.fixture
def saver(store, reports):
    saver = Saver(store, on_error=reports.on_error, on_recovered=reports.on_recovered)
    yield saver
    saver.close(timeout=5)


def version(n: int) -> Meeting:
    return Meeting(
        title="Autumn meeting",
        id=MEETING_ID,
        steps=[AgendaStep("Welcome", 5, notes=f"version {n}\n" + "x" * n)],
    )


def notes_on_disk(folder: Path) -> str:
    """What a user would get back: the index lists the meeting, and its own file holds the notes."""
    data = json.loads(locations.db_path(folder).read_text(encoding="utf-8"))
    [doc] = [d for d in data["meetings"].values() if d["id"] == MEETING_ID]
    body = json.loads(body_path(folder, doc["id"]).read_text(encoding="utf-8"))
    return body["steps"][0]["notes"]


class FullDisk:
    """Stands in for `os` inside kktui.storage.files; while `full`, renames fail like on a full disk."""

    def __init__(self) -> None:
        self.full = True
        self.failed_renames = 0

    def __getattr__(self, name):
        return getattr(os, name)

    def replace(self, src, dst):
        if self.full:
            self.failed_renames += 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return os.replace(src, dst)


def check_failure_reported_once(
    saver: Saver, reports: Reports, folder: Path, good_bytes: bytes, reason: str, now_in: Path | None = None
) -> None:
    """The shared story while saving fails: one clear message, the good file untouched.

    `folder` is the data folder the store was opened on; `now_in` is where its files are
    while the failure lasts, if they were moved.
    """
    for n in range(2, 21):
        saver.submit(meetings=[version(n)])
    assert reports.failed.wait(5), "on_error was never called"
    time.sleep(0.5)  # ~10 retry rounds, all failing
    saver.submit(meetings=[version(21)])
    time.sleep(0.1)

    assert len(reports.errors) == 1, reports.errors
    message = reports.errors[0]
    assert "Could not save" in message
    assert str(folder) in message and ".json" in message  # names the file it could not save
    assert reason in message
    assert "try again" in message
    assert "\n" not in message
    assert saver.flush(timeout=1) is False  # it does not pretend the data is saved
    assert saver.pending

    now_in = now_in or folder
    assert locations.db_path(now_in).read_bytes() == good_bytes
    assert notes_on_disk(now_in).startswith("version 1\n")
    assert Store.open(now_in, read_only=True).meetings()[0].steps[0].notes.startswith("version 1\n")
    assert reports.recoveries == 0


def check_retry_writes_newest(folder: Path, saver: Saver, reports: Reports) -> None:
    assert reports.recovered.wait(5), "the pending data was never written after the failure ended"
    assert saver.flush(timeout=5) is True
    assert notes_on_disk(folder).startswith("version 21\n")
    assert len(reports.errors) == 1
    assert reports.recoveries == 1
    assert temp_files(folder) == []  # no failed attempt left its temp file behind


# -- tests -------------------------------------------------------------------------


def test_many_quick_versions_end_with_the_newest_on_disk_after_flush(folder, saver, reports):
    task = Task(what="Book the gym", meeting_id=MEETING_ID)
    for n in range(1, 301):
        saver.submit(meetings=[version(n)])
        if n % 50 == 0:
            task.notes = f"task version {n}"
            saver.submit(tasks=[task])
    assert saver.flush(timeout=10) is True
    assert not saver.pending
    assert notes_on_disk(folder).startswith("version 300\n")

    reopened = Store.open(folder, read_only=True)
    [meeting] = reopened.meetings()
    assert meeting.steps[0].notes == version(300).steps[0].notes
    assert [t.notes for t in reopened.tasks()] == ["task version 300"]
    assert reports.errors == []


def test_close_writes_what_is_still_queued(folder, store):
    saver = Saver(store)
    for n in range(1, 51):
        saver.submit(meetings=[version(n)])
    assert saver.close(timeout=5) is True
    assert notes_on_disk(folder).startswith("version 50\n")


def test_full_disk_is_reported_once_keeps_the_good_file_and_retries(folder, saver, reports, monkeypatch):
    saver.submit(meetings=[version(1)])
    assert saver.flush()
    good_bytes = locations.db_path(folder).read_bytes()

    disk = FullDisk()
    monkeypatch.setattr(storage, "os", disk)
    check_failure_reported_once(saver, reports, folder, good_bytes, "No space left on device")
    assert disk.failed_renames > 2, "the saver did not keep retrying"

    disk.full = False
    check_retry_writes_newest(folder, saver, reports)


def test_each_new_failure_is_reported_again_after_a_recovery(folder, saver, reports, monkeypatch):
    disk = FullDisk()
    monkeypatch.setattr(storage, "os", disk)
    for round_ in (1, 2):
        disk.full = True
        reports.failed.clear()
        reports.recovered.clear()
        saver.submit(meetings=[version(round_)])
        assert reports.failed.wait(5)
        disk.full = False
        assert reports.recovered.wait(5)
        assert saver.flush()
    assert len(reports.errors) == 2
    assert reports.recoveries == 2
    assert notes_on_disk(folder).startswith("version 2\n")


def test_data_folder_turned_into_a_file_is_reported_and_saving_resumes_when_it_is_back(tmp_path, reports):
    """A real OS failure even for root: the data folder's path suddenly names a plain file.

    The data folder is a symlink (as to a synced or removable drive); the link is switched
    to a file and back, each switch one atomic rename, so the saver never sees it missing.
    """
    real, stub, folder = tmp_path / "real", tmp_path / "stub", tmp_path / "data"
    real.mkdir()
    stub.write_text("not a folder")
    folder.symlink_to(real)

    def point_data_at(target: Path) -> None:
        link = tmp_path / "new-link"
        link.symlink_to(target)
        os.replace(link, folder)

    store = Store.open(folder)
    saver = Saver(store, on_error=reports.on_error, on_recovered=reports.on_recovered)
    try:
        saver.submit(meetings=[version(1)])
        assert saver.flush()
        good_bytes = locations.db_path(folder).read_bytes()

        point_data_at(stub)
        try:
            check_failure_reported_once(saver, reports, folder, good_bytes, "Not a directory", now_in=real)
            assert stub.read_text() == "not a folder"
        finally:
            point_data_at(real)
        check_retry_writes_newest(folder, saver, reports)
    finally:
        saver.close(timeout=5)
        store.close()


def test_read_only_folder_is_reported_once_keeps_the_good_file_and_retries(folder, saver, reports):
    saver.submit(meetings=[version(1)])
    assert saver.flush()
    good_bytes = locations.db_path(folder).read_bytes()

    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("running as root: chmod does not stop writes (the full-disk test covers this)")
        check_failure_reported_once(saver, reports, folder, good_bytes, "Permission denied")
    finally:
        folder.chmod(0o700)
    check_retry_writes_newest(folder, saver, reports)
