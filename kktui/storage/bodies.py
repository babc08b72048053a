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
from kktui.storage.files import atomic_write_text, move_aside, read_json
from kktui.storage.migrations import MEETINGS

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
    extra = {key: body[key] for key in BODY_FIELDS if key in body} if body else {}
    return Meeting.from_dict({**row, **extra})


def read_body(folder: Path, meeting_id: str, keep_aside: bool = False) -> dict[str, Any] | None:
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
