"""The class's tables in the data file: saved, read back after a restart, removed, and failures said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.school.model import CallEntry, Person, Role, SchoolClass, WheelItem
from kktui.services.session import Session
from kktui.storage.files import StorageError
from kktui.storage.store import Store


def test_everything_of_a_class_survives_a_restart(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    session = Session(store, clock)
    four_b = SchoolClass(
        "4B", school="Solbakken", grade=4, school_year="2026/27", teacher="Marte Lie", id="c1"
    )
    seven_a = SchoolClass("7A", grade=7, school_year="2026/27", id="c2")
    session.save_class(four_b)
    session.save_class(seven_a)
    session.choose_class("c1")
    session.save_people(
        [
            Person("Kari Nordmann", "c1", children=["Emma"], languages=["norsk"], id="p1"),
            Person("Amina Yusuf", "c1", languages=["somali"], id="p2"),
        ]
    )
    session.save_roles(
        [Role("class_contact", "c1", "Kari Nordmann", "2026-08-01", "2027-07-31", "p1", id="r1")]
    )
    session.save_wheel([WheelItem("17. mai", 5, "c1", "2026/27", date="2027-05-17", id="w1")])
    session.save_call(CallEntry("m1", "p2", invited=True, answer="yes", lift=True))
    session.close()
    store.close()

    store = Store.open(data_dir)
    session = Session(store, clock)
    try:
        assert [c.name for c in session.classes()] == ["4B", "7A"]
        assert session.current_class().id == "c1"
        people = session.class_people("c1")
        assert [p.name for p in people] == ["Amina Yusuf", "Kari Nordmann"]
        assert people[0].may_need_interpreter and not people[1].may_need_interpreter
        kinds = {r.kind: r.name for r in session.roles("c1")}
        assert kinds == {"class_contact": "Kari Nordmann", "contact_teacher": "Marte Lie"}
        assert session.wheel("c1", "2026/27")[0].date == "2027-05-17"
        [call] = session.calls("m1")
        assert (call.invited, call.answer, call.lift, call.companion) == (True, "yes", True, False)

        session.save_people([], remove=["p2"])
        session.save_wheel([], remove=["w1"])
        assert [p.id for p in session.class_people("c1")] == ["p1"]
        assert session.wheel("c1") == []
        assert session.class_people("c2") == []
    finally:
        session.close()
        store.close()


def test_the_first_class_is_current_until_another_is_chosen(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    session = Session(store, clock)
    try:
        assert session.current_class() is None
        session.save_class(SchoolClass("7A", school_year="2026/27", id="c2"))
        session.save_class(SchoolClass("4B", school_year="2026/27", id="c1"))
        assert session.current_class().id == "c1"  # saving a class makes it the current one
        session.choose_class("gone")
        assert session.current_class().id == "c1"  # by name order when the chosen one is gone
    finally:
        session.close()
        store.close()


def test_a_save_that_cannot_happen_is_one_sentence(data_dir: Path, clock: FixedClock):
    Store.open(data_dir).close()
    store = Store.open(data_dir, read_only=True)
    session = Session(store, clock)
    try:
        with pytest.raises(StorageError) as raised:
            session.save_people([Person("Kari", "c1")])
        assert "\n" not in str(raised.value) and "kktui.json" in str(raised.value)
    finally:
        session.close()
