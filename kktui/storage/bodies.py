"""Each meeting's agenda, notes and decisions in its own small file, meetings/<id>.json.

The index in kktui.json holds what lists show (a MeetingSummary); the body file holds
the rest and its id, nothing else, so the two never hold two versions of one field.
Typing rewrites only that one small file, never the years of data around it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kktui.i18n import t
from kktui.meeting.model import Meeting
from kktui.storage import locations
from kktui.storage.backups import copy_with_time, keep_bytes_aside
from kktui.storage.files import DataDamaged, atomic_write_text, move_aside, read_json
from kktui.storage.migrations import MEETINGS
from kktui.storage.shapes import check_body

# What stays out of the index: a meeting's body, kept in meetings/<id>.json.
BODY_FIELDS = (
    "steps",
    "decisions",
    "preparation",
    "closing",
    "purpose",
    "current",
    "running_since",
    "last_seen",
)


def body_path(folder: Path, meeting_id: str) -> Path:
    safe = "".join(c for c in meeting_id if c.isalnum() or c in "-_") or "unnamed"
    return folder / "meetings" / f"{safe}.json"


def index_doc(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if key not in BODY_FIELDS}


def split(meeting: Meeting) -> tuple[dict[str, Any], str]:
    """A whole meeting as its index row and the text of its body file."""
    doc = meeting.to_dict()
    row = {**index_doc(doc), "planned_minutes": meeting.planned_minutes}
    body = {"id": meeting.id, **{key: doc[key] for key in BODY_FIELDS}}
    return row, json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def join(row: dict[str, Any], body: dict[str, Any] | None) -> Meeting:
    """A meeting from its index row and body. The row decides what lists show (a body file
    written before schema 3 may carry an older title); the body only adds agenda and notes."""
    if body is None and any(key in row for key in BODY_FIELDS):  # a row from before schema 3
        body, _, _ = check_body({key: row[key] for key in BODY_FIELDS if key in row})
    extra = {key: body[key] for key in BODY_FIELDS if key in body} if body else {}
    return Meeting.from_dict({**row, **extra})


class MeetingDamaged(DataDamaged):
    """A meeting's own file cannot be read and there is no good copy of it; str() says where."""


def _good_copy(path: Path) -> dict[str, Any] | None:
    try:
        data = read_json(path)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    fixed, _, lost = check_body(data)
    return None if lost else fixed


def read_body(
    folder: Path, meeting_id: str, writable: bool = False
) -> tuple[dict[str, Any] | None, list[str]]:
    """A meeting's body (None if it has none yet) and sentences about what was wrong with it.

    A body with a field of the wrong shape is mended (the field gets its default) and, when
    the folder is open for writing, its bytes are kept aside. One whose agenda cannot be read
    at all is damaged: when writing, it is moved aside and the newest copy in backups/meetings
    put back; read-only, the copy is shown, and without one MeetingDamaged says where it is."""
    path = body_path(folder, meeting_id)
    try:
        data = read_json(path)
    except FileNotFoundError:
        kept = sorted(path.parent.glob(f"{path.name}.damaged-*")) if not writable else []
        if kept:  # moved aside by an earlier start that had no copy to put back
            raise MeetingDamaged(t("storage.body_was_damaged", path=path, moved=kept[-1].name)) from None
        return None, []
    except IsADirectoryError:
        reason = t("storage.is_folder")
    except OSError as exc:
        reason = str(exc.strerror or exc)
    except ValueError as exc:
        reason = str(exc)
    else:
        if isinstance(data, dict):
            fixed, problems, lost = check_body(data)
            if not problems:
                return data, []
            if not lost:
                if not writable:
                    return fixed, [t("storage.body_mended_readonly", path=path, problems="; ".join(problems))]
                kept_as = keep_bytes_aside(path)
                return fixed, [
                    t("storage.body_mended", path=path, problems="; ".join(problems), moved=kept_as.name)
                ]
            reason = "; ".join(problems)
        else:
            reason = t("storage.bad_shape")
    copy_path = locations.backups_dir(folder) / "meetings" / path.name
    copy = _good_copy(copy_path)
    if not writable:
        if copy is None:
            raise MeetingDamaged(t("storage.body_damaged_readonly", path=path, reason=reason))
        return copy, [t("storage.body_from_copy", path=path, reason=reason)]
    moved = move_aside(path)
    if copy is None:
        return None, [t("storage.body_lost_why", name=path.name, moved=moved.name, reason=reason)]
    atomic_write_text(path, copy_path.read_text(encoding="utf-8"))
    return copy, [t("storage.body_restored_why", name=path.name, moved=moved.name, reason=reason)]


def backup_body(folder: Path, meeting_id: str) -> None:
    """Copy a meeting's file (seen to load cleanly) into backups/meetings unless the copy there
    is of this very version; one stat each, so it is done only for meetings actually read."""
    path = body_path(folder, meeting_id)
    target = locations.backups_dir(folder) / "meetings" / path.name
    try:
        now = path.stat()
        if target.exists() and target.stat().st_mtime_ns == now.st_mtime_ns:
            return
    except FileNotFoundError:
        return
    copy_with_time(path, target)


def split_bodies(folder: Path, data: dict[str, Any]) -> bool:
    """Move meeting bodies still inside the index into their own files (schema 3 layout)."""
    changed = False
    for key, doc in list((data.get(MEETINGS) or {}).items()):
        if isinstance(doc, dict) and any(field in doc for field in BODY_FIELDS) and doc.get("id"):
            path = body_path(folder, str(doc["id"]))
            if not path.exists():
                atomic_write_text(path, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
            data[MEETINGS][key] = index_doc(doc)
            changed = True
    return changed
