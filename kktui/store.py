"""The data folder as the app sees it: meetings and tasks in TinyDB, safely.

Opening for writing takes the folder lock, cleans stale temp files, moves a damaged
file aside (restoring the newest good backup), migrates old schemas and makes a
backup. Opening read-only (for `list` and `export`) never writes anything.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from tinydb import Query, TinyDB

from . import locations
from .i18n import t
from .model import Meeting, Task
from .storage import (
    AtomicJSONStorage,
    DataDamaged,
    DataTooNew,
    FolderLock,
    clean_stale_temp_files,
    make_backup,
    move_aside,
    newest_good_backup,
    parse_data_file,
)

SCHEMA = 1
# Besides the copy made at every start, a long session is backed up this often.
BACKUP_EVERY_SECONDS = 10 * 60
META, MEETINGS, TASKS = "_meta", "meetings", "tasks"

# Migrations take the raw data of schema N and return schema N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass
class Recovery:
    """What happened to a damaged data file, for the app to tell the user."""

    message: str


def _schema_of(data: dict[str, Any]) -> int:
    meta = data.get(META) or {}
    for doc in meta.values():
        if isinstance(doc, dict) and "schema" in doc:
            try:
                return int(doc["schema"])
            except (TypeError, ValueError):
                raise ValueError(t("storage.bad_shape")) from None
    return 0 if data else SCHEMA


def _read(path: Path) -> dict[str, Any] | None:
    """The data file parsed, with a readable schema number; ValueError if it is damaged."""
    data = parse_data_file(path)
    if data:
        _schema_of(data)
    return data


def _migrate(data: dict[str, Any], path: Path) -> tuple[dict[str, Any], bool]:
    found = _schema_of(data)
    if found > SCHEMA:
        raise DataTooNew(t("storage.too_new", path=path, found=found, known=SCHEMA))
    changed = False
    while found < SCHEMA:
        step = MIGRATIONS.get(found)
        if step is not None:
            data = step(data)
        found += 1
        changed = True
    if changed or META not in data:
        data[META] = {"1": {"schema": SCHEMA}}
        changed = True
    return data, changed


class Store:
    def __init__(self, folder: Path, db: TinyDB, storage: AtomicJSONStorage,
                 lock: FolderLock | None, recovery: Recovery | None) -> None:
        self.folder = folder
        self.db = db
        self.storage = storage
        self.recovery = recovery
        self._lock = lock
        self._mutex = threading.RLock()
        self._last_backup = time.monotonic()

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> "Store":
        path = locations.db_path(folder)
        if read_only:
            try:
                data = _read(path)
            except ValueError as exc:
                raise DataDamaged(t("storage.damaged_readonly", path=path, reason=exc)) from None
            data, _ = _migrate(data or {}, path)
            storage = AtomicJSONStorage(path, data, read_only=True)
            return cls(folder, TinyDB(storage=lambda: storage), storage, None, None)

        lock = FolderLock(locations.lock_path(folder))
        lock.acquire()
        try:
            return cls._open_locked(folder, path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, folder: Path, path: Path, lock: FolderLock) -> "Store":
        backups = locations.backups_dir(folder)
        clean_stale_temp_files(folder)
        clean_stale_temp_files(backups)  # a process killed while making a backup
        recovery = None
        try:
            data = _read(path)
        except ValueError as exc:
            moved = move_aside(path)
            good = newest_good_backup(backups)
            if good is None:
                data = None
                recovery = Recovery(t("storage.damaged_no_backup", reason=exc, moved=moved.name))
            else:
                backup_path, data = good
                recovery = Recovery(t("storage.damaged_restored", reason=exc, moved=moved.name,
                                      backup=backup_path.name))
        if data is not None and recovery is None:
            # Refuses newer schemas before anything is written.
            _migrate(dict(data), path)
            make_backup(path, backups)
        data, changed = _migrate(data or {}, path)
        storage = AtomicJSONStorage(path, data)
        if changed or recovery is not None or not path.exists():
            storage.write(data)
        db = TinyDB(storage=lambda: storage)
        return cls(folder, db, storage, lock, recovery)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- meetings --------------------------------------------------------------
    def meetings(self) -> list[Meeting]:
        with self._mutex:
            docs = list(self.db.table(MEETINGS).all())
        return sorted((Meeting.from_dict(d) for d in docs), key=Meeting.sort_key)

    def meeting(self, ref: str) -> Meeting:
        """A meeting by id, or "last": the most recent one that has started."""
        meetings = self.meetings()
        if not meetings:
            raise LookupError(t("storage.no_meetings"))
        if ref == "last":
            started = [m for m in meetings if m.status != "planned"] or meetings
            return started[-1]
        for meeting in meetings:
            if meeting.id == ref:
                return meeting
        raise LookupError(t("storage.no_meeting", ref=ref))

    def save_meeting(self, meeting: Meeting) -> None:
        self.save_docs(meetings=[meeting.to_dict()])

    def delete_meeting(self, meeting_id: str) -> None:
        with self._mutex, self.storage.batch():
            self.db.table(MEETINGS).remove(Query().id == meeting_id)
            self.db.table(TASKS).remove(Query().meeting_id == meeting_id)

    # -- tasks -----------------------------------------------------------------
    def tasks(self, meeting_id: str | None = None) -> list[Task]:
        with self._mutex:
            docs = list(self.db.table(TASKS).all())
        tasks = [Task.from_dict(d) for d in docs]
        if meeting_id is not None:
            tasks = [task for task in tasks if task.meeting_id == meeting_id]
        return sorted(tasks, key=lambda task: (task.due or "9999", task.created_at))

    def save_task(self, task: Task) -> None:
        self.save_docs(tasks=[task.to_dict()])

    # -- writing ---------------------------------------------------------------
    def save_docs(self, meetings: list[dict] = (), tasks: list[dict] = ()) -> None:
        """Upsert documents by id and write the file once; now and then, copy it to backups."""
        with self._mutex:
            with self.storage.batch():
                for table_name, docs in ((MEETINGS, meetings), (TASKS, tasks)):
                    table = self.db.table(table_name)
                    for doc in docs:
                        table.upsert(doc, Query().id == doc["id"])
            if time.monotonic() - self._last_backup >= BACKUP_EVERY_SECONDS:
                self._last_backup = time.monotonic()
                make_backup(self.storage.path, locations.backups_dir(self.folder))
