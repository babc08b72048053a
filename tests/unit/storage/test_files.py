"""The data folder survives what users and machines do to it.

Every test works on its own data folder under tmp_path and checks what a user would
notice: are the meetings still there, is a damaged file kept, is a second window
refused with a message that says why. Nothing in kktui is mocked; where a clock has to
move faster than real time, only `kktui.storage.files.timestamp` is replaced.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.storage import files as storage
from kktui.storage import locations
from kktui.storage.files import BACKUPS_KEPT, DataDamaged, DataLocked, DataTooNew, SaveFailed
from kktui.storage.store import Store
from support.folders import snapshot, temp_files
from support.storage_writer import note_line

WRITER = Path(__file__).resolve().parents[2] / "support" / "storage_writer.py"
DRILL_MEETING = "drill1"

pytestmark = pytest.mark.usefixtures("english")  # messages the tests can read


# -- helpers ---------------------------------------------------------------------


def db(folder: Path) -> Path:
    return locations.db_path(folder)


def backups(folder: Path) -> list[Path]:
    return sorted(locations.backups_dir(folder).glob("kktui-*.json"))


def damaged_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("kktui.json.damaged-*"))


def meeting(title: str, notes: str = "") -> Meeting:
    return Meeting(
        title=title,
        date="2025-03-04",
        time="18:00",
        steps=[AgendaStep("Welcome", 5, notes=notes), AgendaStep("Trip", 20)],
    )


def save_session(folder: Path, *meetings: Meeting) -> None:
    """One writable session: open, save, close (as the app does)."""
    store = Store.open(folder)
    try:
        for m in meetings:
            store.save_meeting(m)
    finally:
        store.close()


def dicts(store: Store) -> list[dict]:
    return [m.to_dict() for m in store.meetings()]


def folder_with_backup(folder: Path) -> tuple[Meeting, Path]:
    """A folder whose backups hold one meeting: saved in one session, backed up on the next open."""
    good = meeting("Autumn meeting", notes="Bring waffles\n")
    save_session(folder, good)
    save_session(folder)  # opening a good file makes a backup of it
    [backup] = backups(folder)
    return good, backup


def run_helper(mode: str, folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(WRITER), mode, str(folder), *args], capture_output=True, text=True, timeout=60
    )


def drill_notes(store: Store) -> list[str]:
    found = [m for m in store.meetings() if m.id == DRILL_MEETING]
    return found[0].steps[0].notes.splitlines() if found else []


# -- the basics --------------------------------------------------------------------


def test_saved_meetings_and_tasks_are_there_after_reopening(folder):
    first = meeting("Autumn meeting", notes="Næste møte: «vår» 🌷\n")
    task = Task(what="Book the gym", owner="Kari", due="2025-04-01", meeting_id=first.id)
    store = Store.open(folder)
    store.save_meeting(first)
    store.save_task(task)
    store.close()

    for read_only in (True, False):
        store = Store.open(folder, read_only=read_only)
        assert dicts(store) == [first.to_dict()]
        assert [t.to_dict() for t in store.tasks()] == [task.to_dict()]
        assert store.recovery is None
        store.close()


def test_read_only_open_never_writes_anything(folder):
    store = Store.open(folder, read_only=True)
    assert store.meetings() == []
    with pytest.raises(SaveFailed):
        store.save_meeting(meeting("Not saved"))
    assert not folder.exists()

    save_session(folder, meeting("Spring meeting"))
    before = snapshot(folder)
    store = Store.open(folder, read_only=True)
    with pytest.raises(SaveFailed):
        store.save_meeting(meeting("Not saved either"))
    store.close()
    assert snapshot(folder) == before


# -- 1. kill drill -------------------------------------------------------------------

KILLS = 120


def test_kill_drill_never_damages_the_file_and_keeps_every_completed_save(folder):
    """SIGKILL a writer again and again; every save it reported must survive, nothing breaks.

    Most kills land 0-80 ms after the writer starts saving (mostly in the middle of a
    write, because writing is nearly all it does); every sixth lands while it is opening
    the folder (lock, stale files, backup). The folder is reused, so the file keeps growing.
    """
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    on_disk = 0  # lines of notes verified on disk so far
    kills_mid_write = 0
    for kill in range(KILLS):
        during_open = kill % 6 == 5
        where = f"kill {kill} (seed {seed}, during_open={during_open})"
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), "drill", str(folder), DRILL_MEETING],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
        )
        try:
            said = [proc.stdout.readline()]
            assert said[0] == b"opening\n", f"{where}: writer did not start: {proc.stderr.read()!r}"
            if during_open:
                time.sleep(rng.uniform(0, 0.015))
            else:
                said.append(proc.stdout.readline())
                assert said[1] == b"saving\n", f"{where}: writer failed: {proc.stderr.read()!r}"
                time.sleep(rng.uniform(0, 0.080))
            os.kill(proc.pid, signal.SIGKILL)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, f"{where}: writer ended by itself: {err!r}"

        words = b"".join(said + [out]).decode().split()
        reported = [int(w) for w in words if w.isdigit()]
        assert reported == list(range(on_disk + 1, on_disk + 1 + len(reported))), where
        last_reported = reported[-1] if reported else on_disk
        if temp_files(folder) or temp_files(folder / "meetings"):
            kills_mid_write += 1

        # Read-only first: it must see a good file without any cleaning up.
        store = Store.open(folder, read_only=True)
        lines = drill_notes(store)
        assert lines == [note_line(n) for n in range(1, len(lines) + 1)], where
        # Every reported save is there; at most the one in flight at the kill is extra.
        assert last_reported <= len(lines) <= last_reported + 1, where

        store = Store.open(folder)
        assert store.recovery is None, f"{where}: {store.recovery}"
        assert drill_notes(store) == lines, where
        store.close()
        assert damaged_files(folder) == [], where
        assert temp_files(folder) == [], where
        assert temp_files(folder / "meetings") == [], where
        assert temp_files(locations.backups_dir(folder)) == [], where
        on_disk = len(lines)

    print(
        f"kill drill: {KILLS} kills, {kills_mid_write} left a half-written temp file, "
        f"{on_disk} saves, file {db(folder).stat().st_size} bytes, seed {seed}"
    )
    assert kills_mid_write > 0, "no kill landed in the middle of a write; the drill proves little"
    assert on_disk > KILLS, f"the writer barely saved anything ({on_disk} saves)"
    assert len(backups(folder)) <= BACKUPS_KEPT


# -- 2. one writer per folder -------------------------------------------------------


def test_second_writer_is_refused_while_the_folder_is_open(folder):
    store = Store.open(folder)
    store.save_meeting(meeting("Autumn meeting"))
    before = db(folder).read_bytes()

    result = run_helper("try-open", folder)
    answer = json.loads(result.stdout)
    assert answer["ok"] is False, result
    assert answer["error"] == "DataLocked"
    message = answer["message"]
    assert str(folder) in message
    assert "already open" in message
    assert f"process {os.getpid()}" in message
    assert "\n" not in message
    assert db(folder).read_bytes() == before

    # The same refusal in this process, from a second open of the same folder.
    with pytest.raises(DataLocked, match=f"process {os.getpid()}"):
        Store.open(folder)

    store.close()
    result = run_helper("try-open", folder)
    assert json.loads(result.stdout) == {"ok": True, "error": None, "message": ""}, result
    reopened = Store.open(folder, read_only=True)
    assert [m.title for m in reopened.meetings()] == ["Autumn meeting"]


def test_lock_is_released_when_the_holding_process_is_killed(folder):
    save_session(folder, meeting("Autumn meeting"))
    holder = subprocess.Popen(
        [sys.executable, str(WRITER), "hold", str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    try:
        assert holder.stdout.readline() == b"held\n", holder.stderr.read()
        before = db(folder).read_bytes()
        with pytest.raises(DataLocked) as refused:
            Store.open(folder)
        assert str(folder) in str(refused.value)
        assert f"process {holder.pid}" in str(refused.value)
        assert db(folder).read_bytes() == before

        # Reading (kktui list / export) still works while another window has the folder.
        assert [m.title for m in Store.open(folder, read_only=True).meetings()] == ["Autumn meeting"]

        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        holder.stdin.close()
        holder.stdout.close()
        holder.stderr.close()

    store = Store.open(folder)
    assert store.recovery is None
    assert [m.title for m in store.meetings()] == ["Autumn meeting"]
    store.close()


# -- 3. damaged files ----------------------------------------------------------------

DAMAGE = {
    "garbage": lambda good: b"kktui? {{{ this is not JSON at all ]]]\n",
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "only-whitespace": lambda good: b"  \n\t\n",
    "zero-filled": lambda good: b"\x00" * len(good),
    "binary": lambda good: bytes(range(256)) * 4,
    "utf16": lambda good: good.decode("utf-8").encode("utf-16"),
    "json-list": lambda good: b"[1, 2, 3]",
    "json-string": lambda good: b'"kktui"',
    "table-is-list": lambda good: b'{"meetings": [1, 2]}',
    "document-is-number": lambda good: b'{"meetings": {"1": 5}}',
    "schema-not-a-number": lambda good: b'{"_meta": {"1": {"schema": "one"}}, "meetings": {}}',
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_file_is_kept_aside_and_the_newest_backup_restored(folder, kind):
    good, backup = folder_with_backup(folder)
    bad = DAMAGE[kind](db(folder).read_bytes())
    db(folder).write_bytes(bad)

    store = Store.open(folder)
    try:
        [moved] = damaged_files(folder)
        assert moved.read_bytes() == bad
        assert store.recovery is not None
        assert moved.name in store.recovery.message
        assert backup.name in store.recovery.message
        assert "\n" not in store.recovery.message
        assert dicts(store) == [good.to_dict()]
    finally:
        store.close()

    # The restored data is a good file now: readable, and no second recovery.
    assert dicts(Store.open(folder, read_only=True)) == [good.to_dict()]
    store = Store.open(folder)
    assert store.recovery is None
    assert dicts(store) == [good.to_dict()]
    store.close()
    assert damaged_files(folder) == [moved]


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_file_without_backup_is_kept_aside_and_kktui_starts_empty(folder, kind):
    folder.mkdir()
    good = json.dumps(
        {"_meta": {"1": {"schema": 1}}, "meetings": {"1": meeting("Lost meeting").to_dict()}}
    ).encode()
    bad = DAMAGE[kind](good)
    db(folder).write_bytes(bad)

    store = Store.open(folder)
    try:
        [moved] = damaged_files(folder)
        assert moved.read_bytes() == bad
        assert store.recovery is not None
        assert moved.name in store.recovery.message
        assert "no backup" in store.recovery.message
        assert "started empty" in store.recovery.message
        assert store.meetings() == []
        store.save_meeting(meeting("New start"))
    finally:
        store.close()
    assert [m.title for m in Store.open(folder, read_only=True).meetings()] == ["New start"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_read_only_open_of_damaged_file_raises_and_touches_nothing(folder, kind):
    folder_with_backup(folder)
    db(folder).write_bytes(DAMAGE[kind](db(folder).read_bytes()))
    before = snapshot(folder)

    with pytest.raises(DataDamaged) as raised:
        Store.open(folder, read_only=True)
    message = str(raised.value)
    assert str(db(folder)) in message
    assert "damaged" in message
    assert "\n" not in message
    assert snapshot(folder) == before


def test_restore_skips_damaged_backups_and_takes_the_newest_good_one(folder, tmp_path):
    def data_file_with(*meetings: Meeting) -> bytes:
        elsewhere = tmp_path / f"elsewhere-{len(meetings)}"
        save_session(elsewhere, *meetings)
        return db(elsewhere).read_bytes()

    backup_dir = locations.backups_dir(folder)
    backup_dir.mkdir(parents=True)
    older, newer = meeting("January meeting"), meeting("March meeting")
    (backup_dir / "kktui-20250105-180000.json").write_bytes(data_file_with(older))
    (backup_dir / "kktui-20250302-180000.json").write_bytes(data_file_with(older, newer))
    (backup_dir / "kktui-20250401-180000.json").write_bytes(b'{"meetings": {"1": {"ti')
    (backup_dir / "kktui-20250402-180000.json").write_bytes(b"")
    db(folder).write_bytes(b"\x00" * 100)

    store = Store.open(folder)
    try:
        assert "kktui-20250302-180000.json" in store.recovery.message
        assert sorted(m.title for m in store.meetings()) == ["January meeting", "March meeting"]
    finally:
        store.close()


# -- 4. data from a newer kktui ------------------------------------------------------


def test_data_from_a_newer_kktui_is_refused_and_left_exactly_as_it_was(folder):
    folder_with_backup(folder)
    data = json.loads(db(folder).read_text(encoding="utf-8"))
    data["_meta"] = {"1": {"schema": 99}}
    data["rooms"] = {"1": {"name": "Gym"}}  # something only the newer version knows
    db(folder).write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(folder, skip_lock=True)

    with pytest.raises(DataTooNew) as read_only:
        Store.open(folder, read_only=True)
    for _ in range(2):  # twice: the first refusal must not leave the folder locked
        with pytest.raises(DataTooNew) as writable:
            Store.open(folder)
    for raised in (read_only, writable):
        message = str(raised.value)
        assert str(db(folder)) in message
        assert "newer kktui" in message
        assert "schema 99" in message
        assert "\n" not in message
    assert snapshot(folder, skip_lock=True) == before
    assert damaged_files(folder) == []
    assert temp_files(folder) == []


# -- 5. stale temp files -------------------------------------------------------------


def test_stale_temp_files_are_removed_on_writable_open_and_the_data_is_untouched(folder):
    save_session(folder, meeting("Autumn meeting"))
    before = db(folder).read_bytes()
    stale = [folder / ".kktui.json.4242.deadbeef.tmp", folder / ".kktui.json.99999.0badc0de.tmp"]
    stale[0].write_bytes(before[: len(before) // 3])  # a write cut short by a crash
    stale[1].write_bytes(b"")
    locations.backups_dir(folder).mkdir(exist_ok=True)  # the session above may have made a backup
    stale_backup = locations.backups_dir(folder) / ".kktui-20250101-180000.json.4242.cafef00d.tmp"
    stale_backup.write_bytes(before[:10])  # a backup cut short by a crash
    own = folder / "my notes.txt"
    own.write_text("not kktui's business")

    # Read-only never writes, so it leaves them.
    assert [m.title for m in Store.open(folder, read_only=True).meetings()] == ["Autumn meeting"]
    assert temp_files(folder) == sorted(stale)
    assert stale_backup.exists()

    store = Store.open(folder)
    try:
        assert temp_files(folder) == []
        assert not stale_backup.exists()
        assert store.recovery is None
        assert [m.title for m in store.meetings()] == ["Autumn meeting"]
    finally:
        store.close()
    assert db(folder).read_bytes() == before
    assert own.read_text() == "not kktui's business"


# -- 6. backups rotate ---------------------------------------------------------------


def test_backups_rotate_keeping_the_newest_five(folder, monkeypatch):
    """Eight sessions, each a 'day' later: only the five newest backups stay, newest last."""
    day = iter(range(1, 100))
    monkeypatch.setattr(storage, "timestamp", lambda: f"202501{next(day):02d}-180000")
    sessions = 8
    for n in range(1, sessions + 1):
        save_session(folder, Meeting(title=f"Meeting {n}", id="m1"))
    Store.open(folder).close()  # one more open: its backup holds the latest data

    kept = backups(folder)
    assert len(kept) == BACKUPS_KEPT
    # A backup is taken at each open of an existing file: opens 2..9 hold sessions 1..8.
    titles = []
    for path in kept:
        data = json.loads(path.read_text(encoding="utf-8"))
        [doc] = data["meetings"].values()
        titles.append(doc["title"])
    assert titles == [f"Meeting {n}" for n in range(sessions - BACKUPS_KEPT + 1, sessions + 1)]
    assert kept[-1].read_bytes() == db(folder).read_bytes()


def test_old_backups_are_pruned_on_open_and_the_newest_holds_the_latest_data(folder):
    save_session(folder, meeting("Autumn meeting"))
    old_dir = locations.backups_dir(folder)
    old_dir.mkdir(exist_ok=True)  # the session above may have made a backup
    old = [old_dir / f"kktui-2024010{n}-120000.json" for n in range(1, 8)]
    for path in old:
        path.write_text('{"_meta": {"1": {"schema": 1}}}', encoding="utf-8")

    for _ in range(3):  # several opens within the same second or two
        Store.open(folder).close()

    kept = backups(folder)
    assert len(kept) <= BACKUPS_KEPT
    assert kept[-1] not in old
    assert kept[-1].read_bytes() == db(folder).read_bytes()
    old_kept = [path for path in kept if path in old]
    assert old_kept == old[len(old) - len(old_kept) :]  # the oldest went first
