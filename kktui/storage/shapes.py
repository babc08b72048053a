"""What each kind of document in the data folder must look like, checked once, on load.

JSON that parses can still be the wrong shape: a meeting without a title, a date that is a
number, attendees that are null, a step list that is a string. The models trust their
input, so every document is checked here before a model sees it: one field list per
document type. A field of the wrong shape is replaced by its default and named in one
problem ("meeting 3f9c2a1b: date is not a date"), so the rest of the document and the rest
of the file still open; the caller keeps the original bytes aside and tells the user.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kktui.i18n import LANGUAGES, t

# A check takes a value and returns it (possibly made tidier), or raises ValueError.
Check = Callable[[Any], Any]
MISSING = object()


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError
    return value


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValueError
    if isinstance(value, float):
        if not value.is_integer() or abs(value) > 1e9:
            raise ValueError
        return int(value)
    if abs(value) > 10**9:
        raise ValueError
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValueError
    return value


def _maybe_number(value: Any) -> float | None:
    return None if value is None else _number(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError
    return value


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError
    return value


def _iso_date(value: Any) -> str:
    """Empty, or YYYY-MM-DD."""
    value = _text(value)
    if value:
        date.fromisoformat(value)  # ValueError if it is not one
        if len(value) != 10:
            raise ValueError
    return value


def _maybe_date(value: Any) -> str | None:
    return None if value is None else _iso_date(value)


def _clock_time(value: Any) -> str:
    """Empty, or HH:MM."""
    value = _text(value)
    if value:
        hours, sep, minutes = value.partition(":")
        if not (sep and len(hours) == 2 and len(minutes) == 2 and hours.isdigit() and minutes.isdigit()):
            raise ValueError
        if int(hours) > 23 or int(minutes) > 59:
            raise ValueError
    return value


def _one_of(*choices: str) -> Check:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError
        return value

    return check


def _cursor(value: Any) -> list[int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ValueError
    return [_whole(value[0]), _whole(value[1])]


# name -> (check, default). A default of MISSING means the field must be there.
Fields = dict[str, tuple[Check, Any]]

CHECKLIST_ITEM: Fields = {"text": (_text, ""), "done": (_flag, False)}
STEP: Fields = {
    "title": (_text, MISSING),
    "planned_minutes": (_whole, 0),
    "guidance": (_text, ""),
    "prompts": (_texts, []),
    "source": (_text, ""),
    "notes": (_text, ""),
    "status": (_one_of("pending", "done", "skipped"), "pending"),
    "elapsed_seconds": (_number, 0.0),
    "cursor": (_cursor, [0, 0]),
    "kind": (_text, ""),
    "id": (_text, ""),
    "refs": (_texts, []),
    "outcomes": (_mapping, {}),
}
DECISION: Fields = {"text": (_text, ""), "step_id": (_text, ""), "created_at": (_text, ""), "id": (_text, "")}


def _records(fields: Fields) -> Check:
    """A list of documents of one kind (steps, decisions, checklist items)."""

    def check(value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError
        return value

    check.fields = fields  # type: ignore[attr-defined]  # checked item by item in check_doc
    return check


STEP["checklist"] = (_records(CHECKLIST_ITEM), [])

# The index row of a meeting in kktui.json (what lists show).
MEETING_ROW: Fields = {
    "id": (_text, MISSING),
    "title": (_text, MISSING),
    "template": (_text, ""),
    "lang": (_one_of(*LANGUAGES), "nb"),
    "date": (_iso_date, ""),
    "time": (_clock_time, ""),
    "place": (_text, ""),
    "class_name": (_text, ""),
    "class_id": (_text, ""),
    "attendees": (_texts, []),
    "confidential": (_flag, False),
    "status": (_one_of("planned", "running", "finished"), "planned"),
    "started_at": (_text, ""),
    "finished_at": (_text, ""),
    "follow_up_of": (_text, ""),
    "planned_minutes": (_whole, 0),
    "planned_date": (_iso_date, ""),
    "planned_time": (_clock_time, ""),
}
# A meeting's own file, meetings/<id>.json: agenda, notes and decisions.
MEETING_BODY: Fields = {
    "steps": (_records(STEP), []),
    "decisions": (_records(DECISION), []),
    "preparation": (_mapping, {}),
    "closing": (_mapping, {}),
    "purpose": (_text, ""),
    "current": (_whole, 0),
    "running_since": (_maybe_number, None),
    "last_seen": (_maybe_number, None),
}
# The fields whose loss leaves nothing of a meeting's file worth showing: its file is damaged.
BODY_ESSENTIAL = ("steps",)
TASK: Fields = {
    "id": (_text, MISSING),
    "what": (_text, MISSING),
    "owner": (_text, ""),
    "due": (_maybe_date, None),
    "status": (_one_of("open", "done", "dropped"), "open"),
    "meeting_id": (_text, ""),
    "step_id": (_text, ""),
    "notes": (_text, ""),
    "created_at": (_text, ""),
    "class_id": (_text, ""),
    "owner_id": (_text, ""),
    "followed_up_in": (_texts, []),
}
CLASS: Fields = {
    "id": (_text, MISSING),
    "name": (_text, MISSING),
    "school": (_text, ""),
    "school_year": (_text, ""),
    "teacher": (_text, ""),
    "handover_notes": (_text, ""),
    "lang": (_one_of(*LANGUAGES), "nb"),
}
PERSON: Fields = {
    "id": (_text, MISSING),
    "name": (_text, MISSING),
    "class_id": (_text, ""),
    "kind": (_one_of("guardian", "teacher", "other"), "guardian"),
    "children": (_texts, []),
    "phone": (_text, ""),
    "email": (_text, ""),
    "languages": (_texts, []),
    "notes": (_text, ""),
}
ROLE: Fields = {
    "id": (_text, MISSING),
    "kind": (_text, MISSING),
    "class_id": (_text, ""),
    "name": (_text, ""),
    "start": (_iso_date, MISSING),
    "end": (_iso_date, MISSING),
    "person_id": (_text, ""),
    "meeting_id": (_text, ""),
    "note": (_text, ""),
    "end_reason": (_text, ""),
}
WHEEL_ITEM: Fields = {
    "id": (_text, MISSING),
    "title": (_text, MISSING),
    "class_id": (_text, ""),
    "school_year": (_text, ""),
    "date": (_iso_date, ""),
    "responsible": (_text, ""),
    "template": (_text, ""),
    "notes": (_text, ""),
}
CALL: Fields = {
    "meeting_id": (_text, MISSING),
    "person_id": (_text, MISSING),
    "invited": (_flag, False),
    "answer": (_one_of("", "yes", "no", "maybe"), ""),
    "lift": (_flag, False),
    "companion": (_flag, False),
    "note": (_text, ""),
    "id": (_text, ""),
}
# Table in kktui.json -> (its documents' fields, the word for one in a message).
TABLES: dict[str, tuple[Fields, str]] = {
    "meetings": (MEETING_ROW, "shape.meeting"),
    "tasks": (TASK, "shape.task"),
    "classes": (CLASS, "shape.class"),
    "people": (PERSON, "shape.person"),
    "roles": (ROLE, "shape.role"),
    "yearwheel": (WHEEL_ITEM, "shape.wheel_item"),
    "calls": (CALL, "shape.call"),
}


def _default(value: Any) -> Any:
    return list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value


# Checks that a value of one of these types always passes: a fast look at years of documents.
_SURE: dict[Check, tuple[type, ...]] = {
    _text: (str,),
    _flag: (bool,),
    _whole: (int,),
    _number: (int, float),
    _maybe_number: (int, float, type(None)),
    _mapping: (dict,),
}
_PLANS: dict[int, list[tuple[str, tuple[type, ...] | None, Check, Any]]] = {}


def _plan(fields: Fields) -> list[tuple[str, tuple[type, ...] | None, Check, Any]]:
    plan = _PLANS.get(id(fields))
    if plan is None:
        plan = _PLANS[id(fields)] = [
            (name, _SURE.get(check), check, default) for name, (check, default) in fields.items()
        ]
    return plan


def _clean(doc: dict[str, Any], fields: Fields) -> bool:
    """Whether every field is surely right, without building anything (the usual case)."""
    for name, sure, check, default in _plan(fields):
        value = doc.get(name, MISSING)
        if value is MISSING:
            if default is MISSING:
                return False
        elif sure is not None:
            if type(value) not in sure:
                return False
        elif hasattr(check, "fields"):
            return False  # lists of records: looked at item by item below
        else:
            try:
                check(value)
            except (ValueError, TypeError, OverflowError):
                return False
    return True


def check_doc(doc: dict[str, Any], fields: Fields, where: str = "") -> tuple[dict[str, Any], list[str]]:
    """The document with every field of the wrong shape replaced by its default, and one
    "field: what is wrong" per replaced field (nested ones as steps[2].cursor)."""
    if _clean(doc, fields):
        return doc, []
    fixed, problems = dict(doc), []
    for name, (check, default) in fields.items():
        label = f"{where}{name}"
        value = doc.get(name, MISSING)
        if value is MISSING:
            if default is MISSING:
                problems.append(t("shape.missing", field=label))
                fixed[name] = ""
            continue
        try:
            fixed[name] = check(value)
        except (ValueError, TypeError, OverflowError):
            problems.append(t("shape.wrong", field=label, value=_shown(value)))
            fixed[name] = "" if default is MISSING else _default(default)
            continue
        inner = getattr(check, "fields", None)
        if inner is not None:
            items = []
            for n, item in enumerate(fixed[name]):
                item, found = check_doc(item, inner, f"{label}[{n}].")
                items.append(item)
                problems += found
            fixed[name] = items
    return fixed, problems


def _shown(value: Any) -> str:
    """A wrong value as the message shows it: short, and its kind when it is not text."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return repr(value[:20] + ("…" if len(value) > 20 else ""))
    if isinstance(value, list | dict):
        return t("shape.a_list") if isinstance(value, list) else t("shape.an_object")
    return str(value)[:20]


def check_data(data: dict[str, Any]) -> list[str]:
    """Check every document of kktui.json in place (wrong fields get their defaults); one
    sentence per document that had to be mended, naming it and its fields."""
    told = []
    for table, (fields, word) in TABLES.items():
        docs = data.get(table)
        if not isinstance(docs, dict):
            continue
        for key, doc in docs.items():
            fixed, problems = check_doc(doc, fields)
            if problems:
                docs[key] = fixed
                name = doc.get("id") if isinstance(doc.get("id"), str) and doc.get("id") else f"#{key}"
                told.append(f"{t(word)} {name}: {'; '.join(problems)}")
    return told


def check_body(body: dict[str, Any]) -> tuple[dict[str, Any], list[str], bool]:
    """A meeting's body mended, its problems, and whether it is damaged beyond use (its agenda
    cannot be read at all: then the copy in backups/ is better than anything mended here)."""
    fixed, problems = check_doc(body, MEETING_BODY)
    lost = any(
        name in body
        and not (isinstance(body[name], list) and all(isinstance(item, dict) for item in body[name]))
        for name in BODY_ESSENTIAL
    )
    return fixed, problems, lost
