"""The data folder as the app sees it: meetings and tasks in TinyDB, safely.

Opening for writing takes the folder lock, cleans stale temp files, moves a damaged
file aside (restoring the newest good backup), migrates old schemas (migrations.py)
and makes a backup. Opening read-only (for `list` and `export`) never writes anything.

Layout (schema 3): kktui.json (TinyDB) holds an index row per meeting and everything
small; each meeting's agenda, notes and decisions live in meetings/<id>.json (bodies.py).
Lists read the index as MeetingSummary rows, which cannot be saved; a meeting is saved
whole, its body and its row by one method, so the two cannot disagree.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from kktui.i18n import t
from kktui.meeting.model import Meeting, MeetingSummary, Task
from kktui.school.model import CallEntry, Person, Role, SchoolClass, WheelItem, name_key
from kktui.storage import bodies, locations
from kktui.storage.files import (
    AtomicJSONStorage,
    DataDamaged,
    FolderLock,
    SaveFailed,
    atomic_write_text,
    clean_stale_temp_files,
    close_data_folder,
    make_backup,
    move_aside,
    newest_good_backup,
)
from kktui.storage.migrations import MEETINGS, TASKS, migrate, read

# Besides the copy made at every start, a long session is backed up this often.
BACKUP_EVERY_SECONDS = 10 * 60
CLASSES, PEOPLE, ROLES, WHEEL, CALLS, PREFS = "classes", "people", "roles", "yearwheel", "calls", "prefs"
# save_docs(...) keyword -> table. Meetings are not among them: they are saved whole (save_meetings).
TABLES = {
    "classes": CLASSES,
    "people": PEOPLE,
    "roles": ROLES,
    "wheel": WHEEL,
    "calls": CALLS,
    "prefs": PREFS,
    "tasks": TASKS,
}
CURRENT_CLASS = "current_class"  # the prefs row naming the class chosen last


def _sort_key(row: dict[str, Any]) -> tuple[str, str]:
    """A stored meeting row's place in time, as Meeting.sort_key and MeetingSummary.sort_key."""
    return (row.get("date") or "", row.get("time") or "")


@dataclass
class Recovery:
    """What happened to a damaged data file, for the app to tell the user."""

    message: str


class Store:
    def __init__(
        self,
        folder: Path,
        db: TinyDB,
        storage: AtomicJSONStorage,
        lock: FolderLock | None,
        recovery: Recovery | None,
    ) -> None:
        self._folder = folder
        self._db = db
        self._storage = storage
        self.recovery = recovery
        self._lock = lock
        self._mutex = threading.RLock()
        self._last_backup = time.monotonic()
        self.notices: list[str] = []  # things found wrong while running, for the app to tell

    @property
    def folder(self) -> Path:
        """The data folder."""
        return self._folder

    @property
    def path(self) -> Path:
        """The data file (kktui.json), for messages that name it."""
        return self._storage.path

    @property
    def read_only(self) -> bool:
        return self._storage.read_only

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> Store:
        path = locations.db_path(folder)
        if read_only:
            try:
                data = read(path)
            except ValueError as exc:
                raise DataDamaged(t("storage.damaged_readonly", path=path, reason=exc)) from None
            data, _ = migrate(data or {}, path)
            storage = AtomicJSONStorage(path, data, read_only=True)
            return cls(folder, TinyDB(storage=lambda: storage), storage, None, None)

        told = close_data_folder(folder)  # before anything is written into it
        lock = FolderLock(locations.lock_path(folder))
        lock.acquire()
        try:
            return cls._open_locked(folder, path, lock)._tell(told)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, folder: Path, path: Path, lock: FolderLock) -> Store:
        backups = locations.backups_dir(folder)
        clean_stale_temp_files(folder)
        clean_stale_temp_files(backups)  # a process killed while making a backup
        clean_stale_temp_files(folder / "meetings")
        clean_stale_temp_files(backups / "meetings")
        recovery = None
        try:
            data = read(path)
        except ValueError as exc:
            moved = move_aside(path)
            good = newest_good_backup(backups)
            if good is None:
                data = None
                recovery = Recovery(t("storage.damaged_no_backup", reason=exc, moved=moved.name))
            else:
                backup_path, data = good
                recovery = Recovery(
                    t("storage.damaged_restored", reason=exc, moved=moved.name, backup=backup_path.name)
                )
        if data is not None and recovery is None:
            # Refuses newer schemas before anything is written.
            migrate(dict(data), path)
            make_backup(path, backups)
            told = bodies.backup_bodies(folder)
            if told:
                recovery = Recovery(" ".join(told))
        data, changed = migrate(data or {}, path)
        changed = bodies.split_bodies(folder, data) or changed
        storage = AtomicJSONStorage(path, data)
        if changed or recovery is not None or not path.exists():
            storage.write(data)
        db = TinyDB(storage=lambda: storage)
        return cls(folder, db, storage, lock, recovery)

    def _tell(self, sentence: str | None) -> Store:
        """Add a sentence to what the app (and the command line) tells the user on start."""
        if sentence:
            told = [self.recovery.message] if self.recovery else []
            self.recovery = Recovery(" ".join(told + [sentence]))
        return self

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- meetings ----------------------------------------------------------------
    def _rows(self, table: str) -> list[dict[str, Any]]:
        """The stored rows of a table, as they are in memory: only to read, never to change.

        TinyDB's own reads make a Document of every row (10,000 tasks of ten years cost tens of
        milliseconds); filter these first and copy or build objects from the few that match.
        A save changes rows in place: look at them while holding the mutex (it is re-entrant)."""
        with self._mutex:
            return list(((self._storage.read() or {}).get(table) or {}).values())

    def meetings(self) -> list[Meeting]:
        """Every meeting, whole (each one's file is read): for exports and whole-year views."""
        with self._mutex:
            docs = [dict(doc) for doc in self._rows(MEETINGS)]
        return sorted((self._full(doc) for doc in docs), key=Meeting.sort_key)

    def meeting_index(self) -> list[MeetingSummary]:
        """Every meeting's title, date, status and people, without agenda and notes: for lists."""
        with self._mutex:
            summaries = [MeetingSummary.from_dict(d) for d in self._rows(MEETINGS)]
        return sorted(summaries, key=MeetingSummary.sort_key)

    def meeting_classes(self) -> dict[str, str]:
        """Each meeting's id and the id of its class ("" for none), without building the index."""
        with self._mutex:
            return {str(d.get("id", "")): str(d.get("class_id") or "") for d in self._rows(MEETINGS)}

    def _full(self, doc: dict[str, Any]) -> Meeting:
        body = bodies.read_body(self._folder, str(doc.get("id", "")), keep_aside=not self.read_only)
        return bodies.join(dict(doc), body)

    def meeting(self, ref: str) -> Meeting:
        """A meeting, whole, by id (or a unique beginning of one), or "last": the newest started.

        Only the one meeting is built: the others are looked at as stored rows."""
        with self._mutex:
            row = dict(self._find(ref, self._rows(MEETINGS)))
        return self._full(row)

    @staticmethod
    def _find(ref: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
        if not rows:
            raise LookupError(t("storage.no_meetings"))
        if ref == "last":
            started = [row for row in rows if row.get("status", "planned") != "planned"] or rows
            # Last in meeting_index() order: the newest date and time; of equals, the last stored.
            return max(enumerate(started), key=lambda pair: (_sort_key(pair[1]), pair[0]))[1]
        for row in rows:
            if row.get("id") == ref:
                return row
        fits = [row for row in rows if len(ref) >= 4 and str(row.get("id", "")).startswith(ref)]
        if len(fits) == 1:  # a unique beginning of an id is enough to type
            return fits[0]
        if fits:
            ids = ", ".join(str(row.get("id")) for row in sorted(fits, key=_sort_key))
            raise LookupError(t("storage.ambiguous_meeting", ref=ref, ids=ids))
        raise LookupError(t("storage.no_meeting", ref=ref))

    def save_meeting(self, meeting: Meeting) -> None:
        self.save(meetings=[meeting])

    def delete_meeting(self, meeting_id: str) -> None:
        with self._mutex, self._storage.batch():
            self._db.table(MEETINGS).remove(Query().id == meeting_id)
            self._db.table(TASKS).remove(Query().meeting_id == meeting_id)
        bodies.body_path(self._folder, meeting_id).unlink(missing_ok=True)

    # -- tasks -----------------------------------------------------------------
    def task_docs(self, meeting_id: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
        """Copies of the stored task rows that match: to sort or count years of tasks and build
        Task objects only of the few that are shown."""
        with self._mutex:
            docs = self._rows(TASKS)
            if meeting_id is not None:
                docs = [doc for doc in docs if doc.get("meeting_id") == meeting_id]
            if status is not None:
                docs = [doc for doc in docs if doc.get("status", "open") == status]
            return [dict(doc) for doc in docs]

    def tasks(self, meeting_id: str | None = None, status: str | None = None) -> list[Task]:
        tasks = [Task.from_dict(d) for d in self.task_docs(meeting_id, status)]
        return sorted(tasks, key=lambda task: (task.due or "9999", task.created_at))

    def save_task(self, task: Task) -> None:
        self.save(tasks=[task])

    # -- the class, its people, roles, year wheel and call lists -----------------
    def _all(self, table: str) -> list[dict]:
        with self._mutex:
            return list(self._db.table(table).all())

    def classes(self) -> list[SchoolClass]:
        return sorted(
            (SchoolClass.from_dict(d) for d in self._all(CLASSES)),
            key=lambda c: (name_key(c.name), c.school_year),
        )

    def people(self, class_id: str | None = None) -> list[Person]:
        people = [Person.from_dict(d) for d in self._all(PEOPLE)]
        if class_id is not None:
            people = [p for p in people if p.class_id == class_id]
        return sorted(people, key=lambda p: name_key(p.name))

    def roles(self, class_id: str | None = None) -> list[Role]:
        roles = [Role.from_dict(d) for d in self._all(ROLES)]
        if class_id is not None:
            roles = [r for r in roles if r.class_id == class_id]
        return sorted(roles, key=lambda r: (r.start, r.kind, r.id))

    def wheel(self, class_id: str, school_year: str | None = None) -> list[WheelItem]:
        items = [WheelItem.from_dict(d) for d in self._all(WHEEL)]
        items = [
            i
            for i in items
            if i.class_id == class_id and (school_year is None or i.school_year == school_year)
        ]
        return sorted(
            items, key=lambda i: (i.school_year, (i.month - 8) % 12, i.date or "", i.position, i.title)
        )

    def calls(self, meeting_id: str) -> list[CallEntry]:
        return [CallEntry.from_dict(d) for d in self._all(CALLS) if d.get("meeting_id") == meeting_id]

    def current_class_id(self) -> str:
        """The id of the class chosen last ("" before any was chosen); it may since be gone."""
        for doc in self._all(PREFS):
            if doc.get("id") == CURRENT_CLASS:
                return str(doc.get("value") or "")
        return ""

    @staticmethod
    def current_class_doc(class_id: str) -> dict[str, Any]:
        """The prefs row that makes a class the current one: save_docs(prefs=[...])."""
        return {"id": CURRENT_CLASS, "value": class_id}

    # -- writing ---------------------------------------------------------------
    def save(self, meetings: Iterable[Meeting] = (), tasks: Iterable[Task] = ()) -> None:
        """Save whole meetings and tasks in one write of the data file.

        Only a whole Meeting can be saved (a MeetingSummary from a list cannot): its body
        file and its index row are both written here, from the one object.
        """
        meetings, tasks = list(meetings), list(tasks)
        for meeting in meetings:
            if not isinstance(meeting, Meeting):
                raise TypeError(f"only a whole Meeting can be saved, not {type(meeting).__name__}")
        for task in tasks:
            if not isinstance(task, Task):
                raise TypeError(f"save takes Task objects, not {type(task).__name__}")
        with self._mutex:
            rows = [self._write_body(meeting) for meeting in meetings]
            self._write([(MEETINGS, rows), (TASKS, [task.to_dict() for task in tasks])], {})

    def _write_body(self, meeting: Meeting) -> dict[str, Any]:
        """Write a meeting's body to its own file (atomically); return its index row."""
        if self.read_only:
            raise SaveFailed(t("storage.read_only", path=self._folder))
        row, text = bodies.split(meeting)
        path = bodies.body_path(self._folder, meeting.id)
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            raise SaveFailed(t("storage.save_failed", path=path, reason=exc.strerror or exc)) from exc
        return row

    def save_docs(self, *, remove: dict[str, list[str]] | None = None, **tables: list[dict]) -> None:
        """Upsert documents by id (and remove some) in one file write; now and then, back up.

        `tables` are the tables by their keyword in TABLES (classes=, people=, tasks=, ...).
        Meetings are not: a meeting is saved whole, with save_meeting or save.
        """
        unknown = sorted(set(tables) - set(TABLES))
        if unknown:
            raise TypeError(
                f"save_docs has no table {', '.join(unknown)}"
                + (" (save meetings whole with save_meeting)" if "meetings" in unknown else "")
            )
        with self._mutex:
            self._write([(TABLES[k], v) for k, v in tables.items()], remove or {})

    def _write(self, groups: list[tuple[str, list[dict]]], remove: dict[str, list[str]]) -> None:
        with self._storage.batch():
            for table_name, docs in groups:
                docs = list({doc["id"]: doc for doc in docs}.values())  # the last of an id wins
                if not docs:
                    continue
                table = self._db.table(table_name)
                # One look-up of the stored rows per write (no Document per row, no Query per
                # row): a save while typing stays cheap with years of rows beside it.
                raw = (self._storage.read() or {}).get(table_name) or {}
                stored = {row.get("id"): (key, row) for key, row in raw.items()}
                for doc in docs:
                    found = stored.get(doc["id"])
                    if found is None:
                        table.insert(doc)
                    elif found[1] != doc:  # unchanged: no file write
                        table.update(doc, doc_ids=[int(found[0])])
            for key, ids in remove.items():
                if ids:
                    self._db.table(TABLES[key]).remove(Query().id.one_of(list(ids)))
        if time.monotonic() - self._last_backup >= BACKUP_EVERY_SECONDS:
            self._last_backup = time.monotonic()
            make_backup(self._storage.path, locations.backups_dir(self._folder))
            for sentence in bodies.backup_bodies(self._folder):
                self.notices.append(sentence)
