"""Starting kktui on a data folder whose disk is full or that cannot be written (issue 10.8).

The failure is made where the OS makes it: `os` as kktui.storage.files calls it is a stand-in
that raises the OSError a full disk (ENOSPC) or a read-only file system (EROFS) gives when a
file is created or replaced. The command line, the store and the lock are real; `main()` runs
in this process so the stand-in is seen (a full disk cannot be made without root tricks).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kktui import cli
from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage import files as storage
from kktui.storage import locations
from kktui.storage.store import Store

pytestmark = pytest.mark.usefixtures("english")


class BrokenDisk:
    """`os` for kktui.storage.files: creating a file (`open` with O_CREAT) and renaming one
    over another fail with `code` once `failing` is set; everything else is the real os."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.failing = False

    def __getattr__(self, name):
        return getattr(os, name)

    def _fail(self, path) -> None:
        raise OSError(self.code, os.strerror(self.code), str(path))

    def open(self, path, flags, *args, **kwargs):
        if self.failing and flags & os.O_CREAT:
            self._fail(path)
        return os.open(path, flags, *args, **kwargs)

    def replace(self, src, dst):
        if self.failing:
            self._fail(dst)
        return os.replace(src, dst)


def with_a_meeting(folder: Path) -> None:
    store = Store.open(folder)
    store.save_meeting(Meeting("Autumn meeting", date="2025-09-01", steps=[AgendaStep("Welcome", 5)]))
    store.close()
    locations.lock_path(folder).unlink()  # a first start on this disk: no lock file yet


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def full_disk(monkeypatch) -> BrokenDisk:
    disk = BrokenDisk(errno.ENOSPC)
    monkeypatch.setattr(storage, "os", disk)
    return disk


@pytest.fixture
def read_only_disk(monkeypatch) -> BrokenDisk:
    disk = BrokenDisk(errno.EROFS)
    monkeypatch.setattr(storage, "os", disk)
    return disk


def test_the_app_on_a_full_disk_is_one_sentence(data_dir, full_disk, capsys):
    with_a_meeting(data_dir)
    before = locations.db_path(data_dir).read_bytes()
    full_disk.failing = True
    assert cli.main(["--data", str(data_dir), "--lang", "en"]) == 1
    message = one_line(capsys)
    assert message.startswith(f"kktui: Cannot open the data folder {data_dir}: the disk is full")
    assert os.strerror(errno.ENOSPC) in message
    assert locations.db_path(data_dir).read_bytes() == before


def test_import_class_on_a_full_disk_is_one_sentence(data_dir, tmp_path, full_disk, capsys):
    with_a_meeting(data_dir)
    class_list = tmp_path / "4b.csv"
    class_list.write_text("Foresatt;Elev;Telefon\nKari Nordmann;Ola;90000000\n", encoding="utf-8")
    full_disk.failing = True
    assert (
        cli.main(["import-class", str(class_list), "--class", "4B", "--data", str(data_dir), "--lang", "en"])
        == 1
    )
    assert "the disk is full" in one_line(capsys)


def test_a_backup_that_cannot_be_made_at_start_is_said_and_kktui_opens(data_dir, full_disk):
    with_a_meeting(data_dir)
    path = locations.db_path(data_dir)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # changed since
    full_disk.failing = True
    full_disk.open = os.open  # the lock file can be written; only the copy fails
    store = Store.open(data_dir)
    try:
        assert store.recovery is not None
        assert "Could not make a backup" in store.recovery.message
        assert os.strerror(errno.ENOSPC) in store.recovery.message
        assert [m.title for m in store.meeting_index()] == ["Autumn meeting"]
    finally:
        store.close()


def test_a_read_only_folder_is_one_sentence_that_offers_to_open_it_read_only(
    data_dir, read_only_disk, capsys
):
    with_a_meeting(data_dir)
    read_only_disk.failing = True
    assert cli.main(["--data", str(data_dir), "--lang", "en"]) == 1
    message = one_line(capsys)
    assert message.startswith(f"kktui: The data folder {data_dir} cannot be written to")
    assert os.strerror(errno.EROFS) in message
    assert "kktui --read-only" in message

    # What it offers works on the same folder: reading, and minutes written elsewhere.
    assert cli.main(["list", "--data", str(data_dir)]) == 0
    assert "Autumn meeting" in capsys.readouterr().out
    store = Store.open(data_dir, read_only=True)
    assert store.read_only and [m.title for m in store.meeting_index()] == ["Autumn meeting"]


def test_the_read_only_flag_opens_the_app_without_the_lock(data_dir, read_only_disk, monkeypatch):
    with_a_meeting(data_dir)
    read_only_disk.failing = True
    opened = []

    def run_app(folder, lang, settings=None, read_only=False):
        store = Store.open(folder, read_only=read_only)  # what run_app opens, without a terminal
        opened.append(store)
        return 0

    monkeypatch.setattr(cli, "run_app", run_app)
    assert cli.main(["--data", str(data_dir), "--read-only"]) == 0
    [store] = opened
    assert store.read_only
    assert not locations.lock_path(data_dir).exists()


def test_a_first_start_whose_data_file_cannot_be_written_is_one_sentence(data_dir, full_disk, capsys):
    locations.lock_path(data_dir).touch()  # the lock file fits; the data file does not
    full_disk.failing = True
    full_disk.open = os.open  # only the rename of the new data file fails
    assert cli.main(["--data", str(data_dir), "--lang", "en"]) == 1
    message = one_line(capsys)
    assert message.startswith(f"kktui: Cannot open the data folder {data_dir}: the disk is full")
    assert not locations.db_path(data_dir).exists()
