"""The data file's schema: what number it has, and how an older one becomes today's.

Migrations take the raw data of schema N and return schema N+1; they never write
anything themselves (a read-only open migrates in memory only).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date as _date
from pathlib import Path
from typing import Any

from kktui.i18n import t
from kktui.school.model import SchoolClass, grade_from_name, name_key
from kktui.storage.files import DataTooNew, parse_data_file

SCHEMA = 3
# Fields added with a default need no migration: `_from_dict` fills them in for an older file
# and ignores them in an older app (e.g. a class's previous_id/archived for a new school year,
# which is a new class record linked to the old one, so no stored row changes shape).
META, MEETINGS, TASKS, CLASSES = "_meta", "meetings", "tasks", "classes"


def _classes_from_meetings(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2: each class name used in a meeting becomes a class; meetings and their
    tasks get its `class_id`. Nothing else changes."""
    from kktui.school.school_years import school_year_of

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


def _bodies_apart(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 → 3: nothing to change in the data itself. Meetings that still carry their
    body are split into meetings/<id>.json when the folder is next opened for writing
    (see bodies.split_bodies); until then they are read as they are."""
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _classes_from_meetings,
    2: _bodies_apart,
}


def schema_of(data: dict[str, Any]) -> int:
    meta = data.get(META) or {}
    for doc in meta.values():
        if isinstance(doc, dict) and "schema" in doc:
            try:
                return int(doc["schema"])
            except (TypeError, ValueError):
                raise ValueError(t("storage.bad_shape")) from None
    return 0 if data else SCHEMA


def read(path: Path) -> dict[str, Any] | None:
    """The data file parsed, with a readable schema number; ValueError if it is damaged."""
    data = parse_data_file(path)
    if data:
        schema_of(data)
    return data


def migrate(data: dict[str, Any], path: Path) -> tuple[dict[str, Any], bool]:
    """The data at today's schema, and whether anything changed; DataTooNew for a newer file."""
    found = schema_of(data)
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
