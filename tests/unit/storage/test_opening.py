"""Opening a data folder costs nothing for years of history, and never costs a good backup.

Issue 13: a start copied and fsynced the whole data file into backups/ every time and read
every meeting file against its copy. Issue 10.10: a start on data that did not load cleanly
rotated a good backup out each time. These tests look at the folder the way a user would
(which backups are there, with which bytes) and, for "which files did opening read", spy on
the file system calls the store makes (the real calls still run).
"""

from __future__ import annotations

import json
import pathlib
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage import files as storage
from kktui.storage import locations
from kktui.storage.files import BACKUPS_KEPT
from kktui.storage.store import Store

pytestmark = pytest.mark.usefixtures("english")


def backups(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(locations.backups_dir(folder).glob("kktui-*.json"))}


@pytest.fixture
def ticking(monkeypatch: pytest.MonkeyPatch):
    """Each backup a minute after the last, so every copy gets its own name."""
    minutes = iter(range(10_000))
    monkeypatch.setattr(storage, "timestamp", lambda: f"20250101-{next(minutes):06d}")


def meeting(n: int) -> Meeting:
    return Meeting(
        title=f"Meeting {n}",
        date=f"2025-01-{n % 28 + 1:02d}",
        id=f"m{n:04d}",
        steps=[AgendaStep("Welcome", 5, notes=f"notes {n}\n")],
    )


def test_opening_an_unchanged_folder_copies_nothing_and_a_changed_one_is_backed_up(data_dir, ticking):
    store = Store.open(data_dir)
    store.save_meeting(meeting(1))
    store.close()
    Store.open(data_dir).close()  # the data changed since the last backup (there was none)
    first = backups(data_dir)
    assert len(first) == 1
    assert list(first.values())[0] == locations.db_path(data_dir).read_bytes()

    data_file = locations.db_path(data_dir).stat()
    for _ in range(3):
        Store.open(data_dir).close()
    assert backups(data_dir) == first, "an unchanged data file was copied again"
    assert locations.db_path(data_dir).stat().st_mtime_ns == data_file.st_mtime_ns  # not rewritten

    store = Store.open(data_dir)
    store.save_meeting(meeting(2))
    store.close()
    Store.open(data_dir).close()
    now = backups(data_dir)
    assert len(now) == 2 and set(first) < set(now)
    assert now[max(now)] == locations.db_path(data_dir).read_bytes()


def test_opening_does_not_read_every_meeting_file(data_dir, monkeypatch):
    store = Store.open(data_dir)
    store.save([meeting(n) for n in range(40)])
    store.close()
    Store.open(data_dir).close()  # a first open after the saves may back things up

    touched: list[Path] = []
    meetings_dirs = {data_dir / "meetings", locations.backups_dir(data_dir) / "meetings"}
    real_open, real_stat = pathlib.Path.open, pathlib.Path.stat

    def spy_open(self, *args, **kwargs):
        if Path(self).parent in meetings_dirs:
            touched.append(Path(self))
        return real_open(self, *args, **kwargs)

    def spy_stat(self, *args, **kwargs):
        if Path(self).parent in meetings_dirs:
            touched.append(Path(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", spy_open)
    monkeypatch.setattr(pathlib.Path, "stat", spy_stat)
    store = Store.open(data_dir)
    assert touched == [], f"opening read {len(touched)} meeting files"
    assert len(store.meeting_index()) == 40  # the list needs none of them either
    assert touched == []
    assert store.meeting("m0007").steps[0].notes == "notes 7\n"  # one meeting: its own file
    assert {p.name for p in touched} <= {"m0007.json"}
    store.close()


def test_a_damaged_meeting_file_is_still_kept_aside_and_restored_when_it_is_opened(data_dir):
    store = Store.open(data_dir)
    store.save_meeting(meeting(1))
    store.close()
    store = Store.open(data_dir)
    assert store.meeting("m0001").steps[0].notes == "notes 1\n"  # read once: its copy is kept
    store.close()

    body = data_dir / "meetings" / "m0001.json"
    cut = body.read_bytes()[:20]
    body.write_bytes(cut)  # cut off by another tool
    store = Store.open(data_dir)
    assert store.meeting("m0001").steps[0].notes == "notes 1\n"
    store.close()
    [aside] = (data_dir / "meetings").glob("m0001.json.damaged-*")
    assert aside.read_bytes() == cut


def untitled(folder: Path) -> None:
    """Another tool wrote a meeting without its title into the data file."""
    path = locations.db_path(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = next(iter(data["meetings"].values()))
    del doc["title"]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_starts_on_data_that_did_not_load_cleanly_never_push_good_backups_out(data_dir, ticking):
    for n in range(BACKUPS_KEPT):  # five sessions, five good backups
        store = Store.open(data_dir)
        store.save_meeting(meeting(n))
        store.close()
    Store.open(data_dir).close()
    good = backups(data_dir)
    assert len(good) == BACKUPS_KEPT

    untitled(data_dir)
    for _ in range(6):  # six starts that give up (the user quits, or the app failed)
        store = Store.open(data_dir)
        assert store.recovery is not None and "title" in store.recovery.message
        store.close()
    assert backups(data_dir) == good


def test_a_data_file_that_is_its_newest_backup_is_not_checked_again(data_dir, monkeypatch):
    """Its documents were checked when that copy was made; years of them cost no start-up."""
    from kktui.storage import opening

    checked: list[int] = []
    real = opening.check_data

    def counting(data):
        checked.append(len(data.get("meetings") or {}))
        return real(data)

    monkeypatch.setattr(opening, "check_data", counting)
    store = Store.open(data_dir)
    store.save([meeting(n) for n in range(3)])
    store.close()  # a session that saved ends with a copy of what it wrote
    checked.clear()
    for read_only in (False, True, False):
        Store.open(data_dir, read_only=read_only).close()
    assert checked == []

    untitled(data_dir)  # another tool changed the file: it is checked, and said
    store = Store.open(data_dir, read_only=True)
    assert checked == [3] and "title is missing" in store.recovery.message
