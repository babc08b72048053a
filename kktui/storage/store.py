"""The data folder as the app sees it: meetings and tasks in TinyDB, safely.

Opening for writing takes the folder lock, cleans stale temp files, moves a damaged
file aside (restoring the newest good backup), migrates old schemas and makes a
backup. Opening read-only (for `list` and `export`) never writes anything.

Layout (schema 3): kktui.json (TinyDB) holds an index entry per meeting and everything
small; each meeting's agenda, notes and decisions live in meetings/<id>.json. Typing
rewrites only that one small file, never the years of data around it.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Any, Callable

from tinydb import Query, TinyDB

from kktui.storage import locations
from kktui.i18n import t
from kktui.meeting.model import Meeting, Task
from kktui.school.model import CallEntry, Person, Role, SchoolClass, WheelItem, grade_from_name, name_key
from kktui.storage.files import (
    AtomicJSONStorage,
    DataDamaged,
    close_data_folder,
    SaveFailed,
    atomic_write_text,
    DataTooNew,
    FolderLock,
    clean_stale_temp_files,
    make_backup,
    move_aside,
    newest_good_backup,
    parse_data_file,
    read_json,
)

SCHEMA = 3
# What stays out of the index: a meeting's body, kept in meetings/<id>.json.
BODY_FIELDS = ("steps", "decisions", "preparation", "closing", "purpose", "current",
               "running_since", "last_seen")
# Besides the copy made at every start, a long session is backed up this often.
BACKUP_EVERY_SECONDS = 10 * 60
META, MEETINGS, TASKS = "_meta", "meetings", "tasks"
CLASSES, PEOPLE, ROLES, WHEEL, CALLS, PREFS = "classes", "people", "roles", "yearwheel", "calls", "prefs"
# save_docs(...) keyword -> table, for everything besides meetings and tasks.
TABLES = {"classes": CLASSES, "people": PEOPLE, "roles": ROLES, "wheel": WHEEL, "calls": CALLS,
          "prefs": PREFS, "meetings": MEETINGS, "tasks": TASKS}



def _classes_from_meetings(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2: each class name used in a meeting becomes a class; meetings and their
    tasks get its `class_id`. Nothing else changes."""
    from kktui.school.elections import school_year_of

    data = copy.deepcopy(data)  # the caller may still hold the old data (a dry run first)
    meetings = data.get(MEETINGS) or {}
    classes = dict(data.get(CLASSES) or {})
    by_name = {name_key(str(doc.get("name", ""))): doc.get("id") for doc in classes.values()}
    for doc in sorted(meetings.values(), key=lambda d: str(d.get("date") or ""), reverse=True):
        name = " ".join(str(doc.get("class_name") or "").split())
        if not name:
            doc.setdefault("class_id", "")
            continue
        if name_key(name) not in by_name:
            try:
                year = school_year_of(_date.fromisoformat(str(doc.get("date") or "")))
            except ValueError:
                year = school_year_of(_date.today())
            new = SchoolClass(name=name, grade=grade_from_name(name) or 1, school_year=year)
            classes[str(len(classes) + 1)] = new.to_dict()
            by_name[name_key(name)] = new.id
        doc["class_id"] = by_name[name_key(name)]
    data[CLASSES] = classes
    class_of = {doc.get("id"): doc.get("class_id", "") for doc in meetings.values()}
    for doc in (data.get(TASKS) or {}).values():
        doc.setdefault("class_id", class_of.get(doc.get("meeting_id"), ""))
    return data


def _index_doc(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if key not in BODY_FIELDS}


def _bodies_apart(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 → 3: nothing to change in the data itself. Meetings that still carry their
    body are split into meetings/<id>.json when the folder is next opened for writing
    (see Store._split_bodies); until then they are read as they are."""
    return data


# Migrations take the raw data of schema N and return schema N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _classes_from_meetings, 2: _bodies_apart}


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


def body_path(folder: Path, meeting_id: str) -> Path:
    safe = "".join(c for c in meeting_id if c.isalnum() or c in "-_") or "unnamed"
    return folder / "meetings" / f"{safe}.json"


def _read_body(folder: Path, meeting_id: str, keep_aside: bool = False) -> dict[str, Any] | None:
    """A meeting's body; None if it has none yet. A damaged one is moved aside (when the
    folder is open for writing) and the newest copy in backups/meetings is used instead."""
    path = body_path(folder, meeting_id)
    try:
        data = read_json(path)
        if isinstance(data, dict):
            return data
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        pass
    if keep_aside:
        move_aside(path)
    backup = locations.backups_dir(folder) / "meetings" / path.name
    try:
        data = read_json(backup)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def backup_bodies(folder: Path) -> list[str]:
    """Copy meeting files changed since their last copy into backups/meetings (one copy each).

    A changed file that no longer parses is never copied over its good copy: it is moved
    aside and the copy is put back. Returns one sentence per file that had to be restored.
    """
    source, target = folder / "meetings", locations.backups_dir(folder) / "meetings"
    told = []
    for path in source.glob("*.json") if source.is_dir() else []:
        copy_path = target / path.name
        try:
            if copy_path.exists() and copy_path.stat().st_mtime >= path.stat().st_mtime:
                continue
            text = path.read_text(encoding="utf-8")
            json.loads(text)
        except FileNotFoundError:
            continue
        except (OSError, ValueError):  # unreadable or damaged: keep it aside, bring back the copy
            moved = move_aside(path)
            if copy_path.exists():
                atomic_write_text(path, copy_path.read_text(encoding="utf-8"))
                told.append(t("storage.body_restored", name=path.name, moved=moved.name))
            else:
                told.append(t("storage.body_lost", name=path.name, moved=moved.name))
            continue
        atomic_write_text(copy_path, text)
    return told


def _split_bodies(folder: Path, data: dict[str, Any]) -> bool:
    """Move meeting bodies still inside the index into their own files (schema 3 layout)."""
    changed = False
    for key, doc in list((data.get(MEETINGS) or {}).items()):
        if isinstance(doc, dict) and any(field in doc for field in BODY_FIELDS) and doc.get("id"):
            path = body_path(folder, str(doc["id"]))
            if not path.exists():
                atomic_write_text(path, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
            data[MEETINGS][key] = _index_doc(doc)
            changed = True
    return changed


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
        self.notices: list[str] = []  # things found wrong while running, for the app to tell

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

        told = close_data_folder(folder)  # before anything is written into it
        lock = FolderLock(locations.lock_path(folder))
        lock.acquire()
        try:
            return cls._open_locked(folder, path, lock)._tell(told)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, folder: Path, path: Path, lock: FolderLock) -> "Store":
        backups = locations.backups_dir(folder)
        clean_stale_temp_files(folder)
        clean_stale_temp_files(backups)  # a process killed while making a backup
        clean_stale_temp_files(folder / "meetings")
        clean_stale_temp_files(backups / "meetings")
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
            told = backup_bodies(folder)
            if told:
                recovery = Recovery(" ".join(told))
        data, changed = _migrate(data or {}, path)
        changed = _split_bodies(folder, data) or changed
        storage = AtomicJSONStorage(path, data)
        if changed or recovery is not None or not path.exists():
            storage.write(data)
        db = TinyDB(storage=lambda: storage)
        return cls(folder, db, storage, lock, recovery)

    def _tell(self, sentence: str | None) -> "Store":
        """Add a sentence to what the app (and the command line) tells the user on start."""
        if sentence:
            told = [self.recovery.message] if self.recovery else []
            self.recovery = Recovery(" ".join(told + [sentence]))
        return self

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- meetings --------------------------------------------------------------
    def meetings(self) -> list[Meeting]:
        """Every meeting, whole (each one's file is read): for exports and whole-year views."""
        with self._mutex:
            docs = list(self.db.table(MEETINGS).all())
        return sorted((self._full(doc) for doc in docs), key=Meeting.sort_key)

    def meeting_index(self) -> list[Meeting]:
        """Every meeting's title, date, status and people, without agenda and notes: for lists.
        Never save these: they have no steps (Store.save_docs keeps the file's steps if so)."""
        with self._mutex:
            docs = list(self.db.table(MEETINGS).all())
        return sorted((Meeting.from_dict(_index_doc(d)) for d in docs), key=Meeting.sort_key)

    def _full(self, doc: dict[str, Any]) -> Meeting:
        body = _read_body(self.folder, str(doc.get("id", "")), keep_aside=not self.storage.read_only)
        return Meeting.from_dict({**doc, **body} if body is not None else dict(doc))

    def meeting(self, ref: str) -> Meeting:
        """A meeting, whole, by id (or a unique beginning of one), or "last": the newest started."""
        meetings = self.meeting_index()
        if not meetings:
            raise LookupError(t("storage.no_meetings"))
        if ref == "last":
            started = [m for m in meetings if m.status != "planned"] or meetings
            return self._load(started[-1].id)
        for meeting in meetings:
            if meeting.id == ref:
                return self._load(ref)
        fits = [m for m in meetings if len(ref) >= 4 and m.id.startswith(ref)]
        if len(fits) == 1:  # a unique beginning of an id is enough to type
            return self._load(fits[0].id)
        if fits:
            raise LookupError(t("storage.ambiguous_meeting", ref=ref, ids=", ".join(m.id for m in fits)))
        raise LookupError(t("storage.no_meeting", ref=ref))

    def _load(self, meeting_id: str) -> Meeting:
        with self._mutex:
            docs = self.db.table(MEETINGS).search(Query().id == meeting_id)
        return self._full(docs[0])

    def save_meeting(self, meeting: Meeting) -> None:
        self.save_docs(meetings=[meeting.to_dict()])

    def _write_body(self, doc: dict[str, Any]) -> dict[str, Any]:
        """Write a meeting's body to its own file (atomically); return its index entry."""
        if self.storage.read_only:
            raise SaveFailed(t("storage.read_only", path=self.folder))
        body = {key: doc[key] for key in BODY_FIELDS if key in doc}
        if doc.get("steps") or not body_path(self.folder, doc["id"]).exists():
            text = json.dumps({**doc, **body}, ensure_ascii=False, separators=(",", ":"))
            try:
                atomic_write_text(body_path(self.folder, doc["id"]), text)
            except OSError as exc:
                raise SaveFailed(t("storage.save_failed", path=body_path(self.folder, doc["id"]),
                                   reason=exc.strerror or exc)) from exc
        return _index_doc(doc)

    def delete_meeting(self, meeting_id: str) -> None:
        with self._mutex, self.storage.batch():
            self.db.table(MEETINGS).remove(Query().id == meeting_id)
            self.db.table(TASKS).remove(Query().meeting_id == meeting_id)
        body_path(self.folder, meeting_id).unlink(missing_ok=True)

    # -- tasks -----------------------------------------------------------------
    def tasks(self, meeting_id: str | None = None, status: str | None = None) -> list[Task]:
        with self._mutex:
            docs = list(self.db.table(TASKS).all())
        # Filter the raw documents first: building years of tasks as objects costs.
        if meeting_id is not None:
            docs = [doc for doc in docs if doc.get("meeting_id") == meeting_id]
        if status is not None:
            docs = [doc for doc in docs if doc.get("status", "open") == status]
        tasks = [Task.from_dict(d) for d in docs]
        return sorted(tasks, key=lambda task: (task.due or "9999", task.created_at))

    def save_task(self, task: Task) -> None:
        self.save_docs(tasks=[task.to_dict()])

    # -- the class, its people, roles, year wheel and call lists -----------------
    def _all(self, table: str) -> list[dict]:
        with self._mutex:
            return list(self.db.table(table).all())

    def classes(self) -> list[SchoolClass]:
        return sorted((SchoolClass.from_dict(d) for d in self._all(CLASSES)),
                      key=lambda c: (name_key(c.name), c.school_year))

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
        items = [i for i in items if i.class_id == class_id
                 and (school_year is None or i.school_year == school_year)]
        return sorted(items, key=lambda i: (i.school_year, (i.month - 8) % 12, i.date or "", i.position, i.title))

    def calls(self, meeting_id: str) -> list[CallEntry]:
        return [CallEntry.from_dict(d) for d in self._all(CALLS) if d.get("meeting_id") == meeting_id]

    def pref(self, key: str, default: Any = None) -> Any:
        for doc in self._all(PREFS):
            if doc.get("id") == key:
                return doc.get("value", default)
        return default

    # -- writing ---------------------------------------------------------------
    def save_docs(self, meetings: list[dict] = (), tasks: list[dict] = (), *,
                  remove: dict[str, list[str]] | None = None, **tables: list[dict]) -> None:
        """Upsert documents by id (and remove some) in one file write; now and then, back up.

        `tables` are the other tables by their keyword in TABLES (classes=, people=, ...).
        """
        with self._mutex:
            index = [self._write_body(doc) for doc in meetings]
            groups = [(MEETINGS, index), (TASKS, tasks)] + [(TABLES[k], v) for k, v in tables.items()]
            with self.storage.batch():
                for table_name, docs in groups:
                    table = self.db.table(table_name)
                    for doc in docs:
                        current = table.get(Query().id == doc["id"])
                        if current is None or dict(current) != doc:  # unchanged: no file write
                            table.upsert(doc, Query().id == doc["id"])
                for key, ids in (remove or {}).items():
                    if ids:
                        self.db.table(TABLES[key]).remove(Query().id.one_of(list(ids)))
            if time.monotonic() - self._last_backup >= BACKUP_EVERY_SECONDS:
                self._last_backup = time.monotonic()
                make_backup(self.storage.path, locations.backups_dir(self.folder))
                for sentence in backup_bodies(self.folder):
                    self.notices.append(sentence)
