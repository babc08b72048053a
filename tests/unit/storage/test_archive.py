"""Finished tasks of earlier school years live in archive/tasks.json: start-up and home never
read them, and every view that asks for them still sees each task once, as last saved."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kktui.meeting.model import Meeting, Task
from kktui.services.session import Session
from kktui.storage import archive, locations
from kktui.storage.store import Store

LAST_YEAR = "2024-09-10"  # a meeting two school years back, whatever day the suite runs
THIS_YEAR = archive.cutoff(date.today())  # the first day of this school year


def old_and_new(folder: Path) -> dict[str, Task]:
    """An old meeting with two finished tasks and one open, a meeting of this year with one
    finished task, and an old finished task that this year's meeting followed up."""
    tasks = {
        "done_old": Task("Bestille buss", status="done", meeting_id="old", id="done_old"),
        "dropped_old": Task("Kakelotteri", status="dropped", meeting_id="old", id="dropped_old"),
        "open_old": Task("Søke FAU-midler", meeting_id="old", id="open_old"),
        "done_new": Task("Lage Spond-gruppe", status="done", meeting_id="new", id="done_new"),
        "followed": Task(
            "Leie gymsal", status="done", meeting_id="old", id="followed", followed_up_in=["new"]
        ),
        "board": Task("Skrive til rektor", status="done", id="board"),  # given outside a meeting
    }
    store = Store.open(folder)
    try:
        store.save(
            meetings=[
                Meeting("Foreldremøte i fjor", date=LAST_YEAR, id="old"),
                Meeting("Foreldremøte i år", date=THIS_YEAR, id="new"),
            ],
            tasks=tasks.values(),
        )
    finally:
        store.close()  # the session's end moves what is history now
    return tasks


def stored_task_ids(path: Path) -> set[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {row["id"] for row in data.get("tasks", {}).values()}


def test_finished_tasks_of_earlier_years_move_to_the_archive_and_are_still_found(data_dir: Path):
    tasks = old_and_new(data_dir)
    assert stored_task_ids(locations.archive_path(data_dir)) == {"done_old", "dropped_old"}
    assert stored_task_ids(locations.db_path(data_dir)) == {"open_old", "done_new", "followed", "board"}

    store = Store.open(data_dir, read_only=True)
    try:
        assert {t.id: t for t in store.tasks()} == tasks  # each once, as saved
        assert {t.id for t in store.tasks("old")} == {"done_old", "dropped_old", "open_old", "followed"}
        assert {t.id for t in store.tasks(status="done")} == {"done_old", "done_new", "followed", "board"}
        assert store.take_notices() == []
    finally:
        store.close()


def test_home_and_this_years_meeting_do_not_read_the_archive(data_dir: Path):
    """A damaged archive is noticed only where old tasks are asked for, not on home or in a
    meeting of this year; there it is put aside and its backup used, with one sentence."""
    old_and_new(data_dir)
    path = locations.archive_path(data_dir)
    path.write_text('{"tasks": {"1": ', encoding="utf-8")  # cut off mid-write by another tool

    session = Session(Store.open(data_dir))
    try:
        shown, more = session.home_tasks(None, "2026-12-01", 50)
        assert [t.id for t in shown] == ["open_old"] and more == 0
        assert {t.id for t in session.tasks("new")} == {"done_new"}
        assert session.store.take_notices() == []
        assert path.read_text(encoding="utf-8") == '{"tasks": {"1": '  # not even opened to mend

        assert {t.id for t in session.tasks("old")} == {"done_old", "dropped_old", "open_old", "followed"}
        [told] = session.store.take_notices()
        assert str(path) in told and "tasks-" in told  # which file, and the copy used instead
        assert list(path.parent.glob("tasks.json.damaged-*"))  # the damaged bytes are kept
    finally:
        session.close()


def test_a_crash_between_the_two_writes_leaves_each_task_once(data_dir: Path):
    """The archive is written first: killed before kktui.json followed, a task is in both files.
    It reads as one, the copy in kktui.json wins, and the next session finishes the move."""
    old_and_new(data_dir)
    db = locations.db_path(data_dir)
    data = json.loads(db.read_text(encoding="utf-8"))
    row = Task("Bestille buss til Hvalstad", status="done", meeting_id="old", id="done_old").to_dict()
    data["tasks"]["99"] = row  # still in kktui.json, and edited once more before the crash
    db.write_text(json.dumps(data), encoding="utf-8")

    store = Store.open(data_dir, read_only=True)
    assert [t.what for t in store.tasks() if t.id == "done_old"] == ["Bestille buss til Hvalstad"]
    store = Store.open(data_dir)
    store.close()
    assert "done_old" not in stored_task_ids(db)
    rows = json.loads(locations.archive_path(data_dir).read_text(encoding="utf-8"))["tasks"].values()
    assert [r["what"] for r in rows if r["id"] == "done_old"] == ["Bestille buss til Hvalstad"]


def test_a_reopened_old_task_is_open_again_and_only_once(data_dir: Path):
    old_and_new(data_dir)
    store = Store.open(data_dir)
    try:
        [task] = [t for t in store.tasks("old") if t.id == "done_old"]
        task.status = "open"
        store.save_task(task)
        assert [t.id for t in store.tasks() if t.id == "done_old"] == ["done_old"]
        assert "done_old" in {t.id for t in store.tasks(status="open")}
        assert "done_old" not in {t.id for t in store.tasks(status="done")}
    finally:
        store.close()
    store = Store.open(data_dir, read_only=True)
    assert [t.status for t in store.tasks() if t.id == "done_old"] == ["open"]


def test_deleted_tasks_and_meetings_do_not_live_on_in_the_archive(data_dir: Path):
    old_and_new(data_dir)
    store = Store.open(data_dir)
    try:
        store.save_docs(remove={"tasks": ["dropped_old"]})  # as a clean-up removes a class's tasks
        assert "dropped_old" not in {t.id for t in store.tasks()}
        store.delete_meeting("old")
        assert {t.id for t in store.tasks()} == {"done_new", "board"}
    finally:
        store.close()
    assert stored_task_ids(locations.archive_path(data_dir)) == set()
    store = Store.open(data_dir, read_only=True)
    assert {t.id for t in store.tasks()} == {"done_new", "board"}


def test_a_lost_archive_is_told_and_taken_from_its_backup(data_dir: Path):
    old_and_new(data_dir)
    locations.archive_path(data_dir).unlink()
    store = Store.open(data_dir)
    try:
        assert {t.id for t in store.tasks("old")} >= {"done_old", "dropped_old"}
        [told] = store.take_notices()
        assert str(locations.archive_path(data_dir)) in told
    finally:
        store.close()
    assert stored_task_ids(locations.archive_path(data_dir)) == {"done_old", "dropped_old"}


def test_opening_again_moves_nothing_and_writes_nothing(data_dir: Path):
    old_and_new(data_dir)
    files = [locations.db_path(data_dir), locations.archive_path(data_dir)]
    stamps = [path.stat().st_mtime_ns for path in files]
    store = Store.open(data_dir)
    store.close()
    assert [path.stat().st_mtime_ns for path in files] == stamps


def test_an_old_task_changed_by_a_clean_up_leaves_no_old_text_in_the_archive(data_dir: Path):
    """A clean-up blanks the owner of a class's old tasks: the archive must not keep the name
    until the session ends (a killed terminal would leave it there)."""
    store = Store.open(data_dir)
    store.save(
        meetings=[Meeting("Foreldremøte i fjor", date=LAST_YEAR, id="old")],
        tasks=[Task("Bestille buss", owner="Kari Nordmann", status="done", meeting_id="old", id="bus")],
    )
    store.close()
    store = Store.open(data_dir)
    try:
        [task] = store.tasks()
        task.owner = ""
        store.save_task(task)
        assert "Kari Nordmann" not in locations.archive_path(data_dir).read_text(encoding="utf-8")
    finally:
        store.close()
