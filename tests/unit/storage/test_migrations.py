"""Schema 1 → 2: data written before classes existed opens with its classes found."""

from __future__ import annotations

import json
from pathlib import Path

from kktui.storage import locations
from kktui.storage.migrations import SCHEMA
from kktui.storage.store import Store


def schema_1(folder: Path) -> dict:
    data = {
        "_meta": {"1": {"schema": 1}},
        "meetings": {
            "1": {"id": "m1", "title": "Planlegging", "date": "2026-08-28", "class_name": "4B", "steps": []},
            "2": {
                "id": "m2",
                "title": "Foreldremøte",
                "date": "2027-03-12",
                "class_name": " 4b ",
                "steps": [],
            },
            "3": {"id": "m3", "title": "Samtale", "date": "2026-10-01", "class_name": "", "steps": []},
            "4": {"id": "m4", "title": "FAU", "date": "", "class_name": "7A", "steps": []},
        },
        "tasks": {
            "1": {"id": "t1", "what": "Årshjul", "meeting_id": "m1"},
            "2": {"id": "t2", "what": "Ringe", "meeting_id": "m3"},
            "3": {"id": "t3", "what": "Leirskole", "meeting_id": "m4"},
        },
    }
    folder.mkdir(parents=True, exist_ok=True)
    locations.db_path(folder).write_text(json.dumps(data), encoding="utf-8")
    return data


def check(store: Store) -> None:
    classes = {c.name: c for c in store.classes()}
    assert set(classes) == {"4b", "7A"} or set(classes) == {"4B", "7A"}
    four = next(c for c in classes.values() if c.name.lower() == "4b")
    assert four.grade == 4 and four.school_year == "2026/27"
    assert classes["7A"].grade == 7
    meetings = {m.id: m for m in store.meetings()}
    assert meetings["m1"].class_id == meetings["m2"].class_id == four.id
    assert meetings["m3"].class_id == ""
    assert meetings["m4"].class_id == classes["7A"].id
    tasks = {t.id: t for t in store.tasks()}
    assert (
        tasks["t1"].class_id == four.id
        and tasks["t2"].class_id == ""
        and tasks["t3"].class_id == classes["7A"].id
    )
    assert [m.title for m in store.meetings()][0] == "FAU"  # nothing else changed


def test_a_schema_1_file_is_migrated_on_open_and_backed_up_first(data_dir: Path):
    before = json.dumps(schema_1(data_dir))
    store = Store.open(data_dir)
    try:
        check(store)
    finally:
        store.close()
    saved = json.loads(locations.db_path(data_dir).read_text(encoding="utf-8"))
    assert saved["_meta"] == {"1": {"schema": SCHEMA}} and SCHEMA == 3
    [backup] = locations.backups_dir(data_dir).glob("kktui-*.json")
    assert json.loads(backup.read_text(encoding="utf-8")) == json.loads(before)  # the old file is kept

    store = Store.open(data_dir)  # opening again migrates nothing twice
    try:
        check(store)
        assert len(store.classes()) == 2
    finally:
        store.close()


def test_read_only_open_migrates_in_memory_and_writes_nothing(data_dir: Path):
    schema_1(data_dir)
    before = locations.db_path(data_dir).read_bytes()
    check(Store.open(data_dir, read_only=True))
    assert locations.db_path(data_dir).read_bytes() == before


def test_a_file_without_meetings_migrates_to_no_classes(data_dir: Path):
    # A schema 1 file from before classes, with a task given on the board and no meeting yet.
    before = {"_meta": {"1": {"schema": 1}}, "tasks": {"1": {"id": "t1", "what": "Ringe skolen"}}}
    locations.db_path(data_dir).write_text(json.dumps(before), encoding="utf-8")
    store = Store.open(data_dir)
    try:
        assert store.classes() == [] and store.meetings() == []
        [task] = store.tasks()
        assert (task.id, task.what, task.class_id) == ("t1", "Ringe skolen", "")
    finally:
        store.close()
    saved = json.loads(locations.db_path(data_dir).read_text(encoding="utf-8"))
    assert saved["_meta"] == {"1": {"schema": SCHEMA}}  # migrated on disk, not only in memory
    assert saved["tasks"]["1"]["what"] == "Ringe skolen"
    [backup] = locations.backups_dir(data_dir).glob("kktui-*.json")
    assert json.loads(backup.read_text(encoding="utf-8")) == before  # the old file is kept

    store = Store.open(data_dir)  # and opens again as it is, nothing migrated twice
    try:
        assert [t.what for t in store.tasks()] == ["Ringe skolen"] and store.classes() == []
    finally:
        store.close()
