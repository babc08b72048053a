"""A meeting and its row in the lists are one thing: what the list shows is what opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage.autosave import Saver
from kktui.storage.bodies import body_path
from kktui.storage.store import Store


def planned(title: str = "Foreldremøte høst") -> Meeting:
    return Meeting(
        title,
        template="foreldremote-host",
        date="2026-09-18",
        time="18:00",
        class_id="c1",
        attendees=["Kari", "Ola"],
        id="m1",
        steps=[AgendaStep("Velkommen", 5, notes="Kaffe"), AgendaStep("Klassemiljø", 20)],
    )


def test_a_new_title_shows_in_the_list_and_in_the_meeting(data_dir: Path):
    store = Store.open(data_dir)
    try:
        meeting = planned()
        store.save_meeting(meeting)
        meeting.title = "Foreldremøte 4B"
        meeting.steps = []  # the agenda emptied and the title changed in one save
        store.save_meeting(meeting)
        [row] = store.meeting_index()
        opened = store.meeting("m1")
    finally:
        store.close()
    assert row.title == opened.title == "Foreldremøte 4B"
    assert opened.steps == []  # and the emptied agenda stays empty

    store = Store.open(data_dir, read_only=True)  # and after a restart
    assert [m.title for m in store.meeting_index()] == [store.meeting("m1").title] == ["Foreldremøte 4B"]


def test_a_list_row_cannot_be_saved_over_its_meeting(data_dir: Path):
    store = Store.open(data_dir)
    try:
        store.save_meeting(planned())
        [row] = store.meeting_index()
        with pytest.raises(TypeError):
            store.save_meeting(row)
        assert [s.notes for s in store.meeting("m1").steps] == ["Kaffe", ""]  # the agenda is untouched
    finally:
        store.close()


def test_a_list_row_has_what_lists_show(data_dir: Path):
    store = Store.open(data_dir)
    try:
        store.save_meeting(planned())
        [row] = store.meeting_index()
    finally:
        store.close()
    assert (row.id, row.title, row.date, row.time, row.template, row.status, row.class_id) == (
        "m1",
        "Foreldremøte høst",
        "2026-09-18",
        "18:00",
        "foreldremote-host",
        "planned",
        "c1",
    )
    assert list(row.attendees) == ["Kari", "Ola"] and not row.confidential
    assert row.planned_minutes == 25  # a calendar entry from the list is as long as the agenda
    assert not hasattr(row, "steps")


def test_a_body_file_that_disagrees_with_the_list_does_not_change_the_title(data_dir: Path):
    """A body file may hold an older title (written by an older kktui, or by a crash between
    the two writes); the meeting opens with the title the list shows."""
    store = Store.open(data_dir)
    try:
        store.save_meeting(planned("Foreldremøte 4B"))
    finally:
        store.close()
    stale = planned("Gammel tittel").to_dict()  # the whole meeting, as bodies were once written
    body_path(data_dir, "m1").write_text(json.dumps(stale), encoding="utf-8")

    store = Store.open(data_dir, read_only=True)
    [row] = store.meeting_index()
    opened = store.meeting("m1")
    assert row.title == opened.title == store.meetings()[0].title == "Foreldremøte 4B"
    assert [s.title for s in opened.steps] == ["Velkommen", "Klassemiljø"]  # the body still gives the agenda


def test_rows_and_loose_dicts_are_refused_everywhere_a_meeting_is_saved(data_dir: Path):
    store = Store.open(data_dir)
    saver = Saver(store)
    try:
        store.save_meeting(planned())
        [row] = store.meeting_index()
        with pytest.raises(TypeError):
            store.save(meetings=[row])
        with pytest.raises(TypeError):
            store.save_docs(meetings=[planned().to_dict()])
        with pytest.raises(TypeError):
            saver.submit(meetings=[row])
        assert saver.flush(5)
        assert [s.notes for s in store.meeting("m1").steps] == ["Kaffe", ""]
    finally:
        saver.close()
        store.close()


def test_many_meetings_in_one_save_each_get_one_row(data_dir: Path):
    store = Store.open(data_dir)
    try:
        first, second = planned(), planned("Planleggingsmøte")
        second.id = "m2"
        store.save([first, second, first])
        first.title = "Foreldremøte 4B"
        store.save([first, second])
        assert [(m.id, m.title) for m in store.meeting_index()] == [
            ("m1", "Foreldremøte 4B"),
            ("m2", "Planleggingsmøte"),
        ]
    finally:
        store.close()
