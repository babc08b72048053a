"""The data folder as the app sees it: meetings and tasks in TinyDB, safely.

Opening for writing takes the folder lock and then loads the data (opening.py: stale temp
files, a damaged file kept aside, documents of the wrong shape mended, old schemas migrated,
a backup when the data changed). Opening read-only (`list`, `export`) never writes anything.

Layout (schema 3): kktui.json (TinyDB) holds an index row per meeting and everything
small; each meeting's agenda, notes and decisions live in meetings/<id>.json (bodies.py).
Lists read the index as MeetingSummary rows, which cannot be saved; a meeting is saved
whole, its body and its row by one method, so the two cannot disagree.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from kktui.i18n import t
from kktui.meeting.listing import row_sort_key
from kktui.meeting.model import Meeting, MeetingSummary, Task
from kktui.school.model import CallEntry, Person, Role, SchoolClass, WheelItem, name_key
from kktui.storage import archive, bodies, locations, opening
from kktui.storage.backups import make_backup
from kktui.storage.files import (
    AtomicJSONStorage,
    FolderUnusable,
    SaveFailed,
    atomic_write_text,
    close_data_folder,
    make_private_dir,
)
from kktui.storage.lock import FolderLock
from kktui.storage.migrations import MEETINGS, TASKS
from kktui.storage.opening import Recovery

# Besides the copy made at a start after a change, a long session is backed up this often.
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
        self._backed_up: set[str] = set()  # meetings whose file was copied to backups/ this session
        self._written: set[str] = set()  # meetings whose file was written this session
        self._bodies: dict[str, str] = {}  # the newest text of each meeting file written
        self._archive = archive.Archive(folder, read_only=storage.read_only)

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
            data, told = opening.load_read_only(path)
            storage = AtomicJSONStorage(path, data, read_only=True)
            store = cls(folder, TinyDB(storage=lambda: storage), storage, None, None)
            return store._tell(told)

        try:
            closed = close_data_folder(folder)  # before anything is written into it
            lock = FolderLock(locations.lock_path(folder))
            lock.acquire()
        except OSError as exc:  # a full disk, a read-only folder, no permission
            raise FolderUnusable.because(folder, exc) from None
        try:
            data, write, recovery, found = opening.load(folder, path)
            storage = AtomicJSONStorage(path, data)
            if write:
                storage.write(data)
                storage.writes = 0  # opening's own write (a migration): not a reason for a backup
            store = cls(folder, TinyDB(storage=lambda: storage), storage, lock, recovery)
        except OSError as exc:
            lock.release()
            raise FolderUnusable.because(folder, exc) from None
        except SaveFailed as exc:  # writing the data file at start: not "your notes are in the app"
            lock.release()
            if isinstance(exc.__cause__, OSError):
                raise FolderUnusable.because(folder, exc.__cause__) from None
            raise
        except BaseException:
            lock.release()
            raise
        for sentence in (*found, closed):
            store._tell(sentence)
        writes = storage.writes
        store._tell(store._move_history(date.today(), new_year_only=True))
        storage.writes = writes  # opening's own work, like a migration: not a reason for a backup
        return store

    def _tell(self, sentence: str | None) -> Store:
        """Add a sentence to what the app (and the command line) tells the user on start."""
        if sentence:
            told = [self.recovery.message] if self.recovery else []
            self.recovery = Recovery(" ".join(told + [sentence]))
        return self

    def close(self) -> None:
        if self._lock is not None:  # tasks finished in this session that are history now
            sentence = self._move_history(date.today(), new_year_only=False)
            if sentence:
                self.notices.append(sentence)
        self._db.close()
        if self._lock is not None and (self._written or self._storage.writes):
            try:  # what this session wrote is the newest known-good version
                self._back_up_session()
            except OSError as exc:
                self.notices.append(
                    t(
                        "storage.backup_failed",
                        folder=locations.backups_dir(self._folder),
                        reason=exc.strerror or exc,
                    )
                )
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
        meetings = []
        for doc in docs:
            try:
                meetings.append(self._full(doc))
            except bodies.MeetingDamaged as exc:  # the rest are still wanted (a year's calendar)
                self.notices.append(str(exc))
        return sorted(meetings, key=Meeting.sort_key)

    def meeting_index(self) -> list[MeetingSummary]:
        """Every meeting's title, date, status and people, without agenda and notes: for lists."""
        with self._mutex:
            summaries = [MeetingSummary.from_dict(d) for d in self._rows(MEETINGS)]
        return sorted(summaries, key=MeetingSummary.sort_key)

    def meeting_docs(self, class_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Copies of the stored meeting rows (of these classes, "" for meetings of no class; None:
        all), in stored order: for a list of years of meetings that builds no object per row."""
        wanted = None if class_ids is None else set(class_ids)
        with self._mutex:
            rows = self._rows(MEETINGS)
            return [dict(d) for d in rows if wanted is None or (d.get("class_id") or "") in wanted]

    def meeting_classes(self) -> dict[str, str]:
        """Each meeting's id and the id of its class ("" for none), without building the index."""
        with self._mutex:
            return {str(d.get("id", "")): str(d.get("class_id") or "") for d in self._rows(MEETINGS)}

    def confidential_meeting_ids(self) -> set[str]:
        """The ids of the meetings marked confidential, without building the index."""
        with self._mutex:
            return {str(d.get("id", "")) for d in self._rows(MEETINGS) if d.get("confidential")}

    def _full(self, doc: dict[str, Any]) -> Meeting:
        """A meeting whole: its row and its own file, checked when it is first read (and, in a
        writable session, copied into backups/meetings then if that copy is older)."""
        meeting_id = str(doc.get("id", ""))
        writable = not self.read_only
        body, told = bodies.read_body(self._folder, meeting_id, writable=writable)
        with self._mutex:  # the saver's thread takes notices too
            self.notices += told
        if writable and not told and meeting_id not in self._backed_up:
            self._backed_up.add(meeting_id)
            try:
                bodies.backup_body(self._folder, meeting_id)
            except OSError as exc:  # the meeting is read all the same; the copy is for later
                self.notices.append(
                    t(
                        "storage.backup_failed",
                        folder=locations.backups_dir(self._folder),
                        reason=exc.strerror or exc,
                    )
                )
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
            return max(enumerate(started), key=lambda pair: (row_sort_key(pair[1]), pair[0]))[1]
        for row in rows:
            if row.get("id") == ref:
                return row
        fits = [row for row in rows if len(ref) >= 4 and str(row.get("id", "")).startswith(ref)]
        if len(fits) == 1:  # a unique beginning of an id is enough to type
            return fits[0]
        if fits:
            ids = ", ".join(str(row.get("id")) for row in sorted(fits, key=row_sort_key))
            raise LookupError(t("storage.ambiguous_meeting", ref=ref, ids=ids))
        raise LookupError(t("storage.no_meeting", ref=ref))

    def save_meeting(self, meeting: Meeting) -> None:
        self.save(meetings=[meeting])

    def delete_meeting(self, meeting_id: str) -> None:
        with self._mutex:
            if self._history_needed(meeting_id, None):  # its tasks may be history: they go too
                gone = [
                    key for key, row in self._archive_rows().items() if row.get("meeting_id") == meeting_id
                ]
                self._archive.remove(gone)
            with self._storage.batch():
                self._db.table(MEETINGS).remove(Query().id == meeting_id)
                self._db.table(TASKS).remove(Query().meeting_id == meeting_id)
        bodies.body_path(self._folder, meeting_id).unlink(missing_ok=True)

    # -- tasks -----------------------------------------------------------------
    def task_docs(
        self, meeting_id: str | None = None, status: str | None = None, history: bool = True
    ) -> list[dict[str, Any]]:
        """Copies of the stored task rows that match: to sort or count years of tasks and build
        Task objects only of the few that are shown. Finished tasks of earlier school years
        are read from the archive only when they can match (`history=False`: never)."""
        with self._mutex:
            docs = self._rows(TASKS)
            if history and self._history_needed(meeting_id, status):
                live = {doc.get("id") for doc in docs}
                docs += [doc for key, doc in self._archive_rows().items() if key not in live]
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

    # -- history: finished tasks of earlier school years (archive.py) -------------
    def _archived_before(self) -> str:
        """The day before which finished tasks were last moved to the archive ("" for never)."""
        return str(self._archive_pref().get("value") or "")

    def _archive_pref(self) -> dict[str, Any]:
        for doc in self._all(PREFS):
            if doc.get("id") == archive.ARCHIVED_BEFORE:
                return dict(doc)
        return {}

    def _history_needed(self, meeting_id: str | None, status: str | None) -> bool:
        """Can tasks asked for this way be in the archive? Never open ones, never those of a
        meeting from this school year; the file is not even looked for when none were moved."""
        if status == "open":
            return False
        before = self._archived_before()
        if not before:
            return self._archive.loaded or self._archive.path.exists()
        if meeting_id is None:
            return True
        dates = [str(d.get("date") or "") for d in self._rows(MEETINGS) if d.get("id") == meeting_id]
        return not dates or dates[0] < before

    def _archive_rows(self) -> dict[str, dict[str, Any]]:
        rows = self._archive.rows(expected=bool(self._archive_pref().get("moved")))  # else none yet
        self.notices += self._archive.notices
        self._archive.notices = []
        return rows

    def _move_history(self, today: date, new_year_only: bool) -> str | None:
        """Move finished tasks of earlier school years into the archive (the archive is written
        first: see archive.py). At start only when a school year began since the last move (or
        never): a start on the same data moves nothing and reads no archive. A failure to
        write is one sentence; the tasks then stay where they are."""
        if self.read_only:
            return None
        before = archive.cutoff(today)
        with self._mutex:
            pref = self._archive_pref()
            stored = str(pref.get("value") or "")
            if new_year_only and stored >= before:
                return None
            dates = {str(d.get("id", "")): str(d.get("date") or "") for d in self._rows(MEETINGS)}
            rows = archive.to_archive(self._rows(TASKS), dates, max(before, stored))
            if not rows and stored >= before:
                return None
            try:
                if rows:
                    self._archive.add(rows)
                    self.notices += self._archive.notices
                    self._archive.notices = []
                moved = bool(rows or pref.get("moved"))  # a missing archive is then a loss to tell
                prefs = [{"id": archive.ARCHIVED_BEFORE, "value": max(before, stored), "moved": moved}]
                self._write([(PREFS, prefs)], {"tasks": [str(row.get("id")) for row in rows]})
            except (OSError, SaveFailed) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                return t("archive.move_failed", path=self._archive.path, reason=reason)
        return None

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
        self._check_folder()
        for meeting in meetings:
            if not isinstance(meeting, Meeting):
                raise TypeError(f"only a whole Meeting can be saved, not {type(meeting).__name__}")
        for task in tasks:
            if not isinstance(task, Task):
                raise TypeError(f"save takes Task objects, not {type(task).__name__}")
        with self._mutex:
            rows = [self._write_body(meeting) for meeting in meetings]
            docs = [task.to_dict() for task in tasks]
            if self._archive.loaded:  # an old task changed (a clean-up): its history copy too
                archived = self._archive.rows()
                if any(doc["id"] in archived for doc in docs):
                    self._archive.add([doc for doc in docs if doc["id"] in archived])
            self._write([(MEETINGS, rows), (TASKS, docs)], {})

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
        self._written.add(meeting.id)
        self._bodies[meeting.id] = text  # to write back if the folder is deleted under us
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
            self._check_folder()
            gone = (remove or {}).get("tasks") or []
            if gone and self._history_needed(None, None):  # a deleted task must not live on as history
                self._archive_rows()
                self._archive.remove(gone)
            self._write([(TABLES[k], v) for k, v in tables.items()], remove or {})

    def take_notices(self) -> list[str]:
        """What was found wrong while running (each said once), for the app to tell; then forgotten."""
        with self._mutex:
            self.notices += self._archive.notices
            self._archive.notices = []
            told, self.notices = list(dict.fromkeys(self.notices)), []
        return told

    def _check_folder(self) -> None:
        """Before a write: is the data folder still the one this process locked? If it was
        deleted or replaced while the app ran, make it again, take the lock again and write
        back everything this process holds (the data file and the meetings it wrote)."""
        with self._mutex:
            if self._lock is None or self._lock.still_held():
                return
            try:
                make_private_dir(self._folder)
                lock = FolderLock(locations.lock_path(self._folder))
                lock.acquire()  # DataLocked if another kktui took the folder meanwhile: said as is
            except OSError as exc:
                raise SaveFailed(
                    t("storage.save_failed", path=self._storage.path, reason=exc.strerror or exc)
                ) from exc
            self._lock.release()
            self._lock = lock
            for meeting_id, text in self._bodies.items():
                path = bodies.body_path(self._folder, meeting_id)
                if not path.exists():
                    atomic_write_text(path, text)
            self._storage.write(self._storage.read() or {})
            self._archive.write_back()
            self.notices.append(t("storage.folder_gone", folder=self._folder))

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
                    self._db.table(TABLES[key]).remove(Query().id.one_of(set(ids)))
        if time.monotonic() - self._last_backup >= BACKUP_EVERY_SECONDS:
            self._last_backup = time.monotonic()
            self._back_up_session()

    def _back_up_session(self) -> None:
        """Copy the data file and the meeting files written in this session into backups/."""
        make_backup(self._storage.path, locations.backups_dir(self._folder))
        for meeting_id in sorted(self._written):
            bodies.backup_body(self._folder, meeting_id)
