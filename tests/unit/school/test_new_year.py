"""A new school year: the grade moves up, deputies take over, a FAU seat carries on or is elected."""

from __future__ import annotations

import pytest

from kktui.meeting.model import Task
from kktui.school.elections import Ballot, elect
from kktui.school.model import Role, SchoolClass
from kktui.school.new_year import ends_class, next_name, plan_new_year, review_task
from kktui.school.school_years import ElectionError


def a_class(name: str = "4B", grade: int = 4, top: int = 7, year: str = "2026/27", **changes) -> SchoolClass:
    return SchoolClass(
        name, school="Bakken skole", grade=grade, top_grade=top, school_year=year, id="old", **changes
    )


def elected(school_class: SchoolClass, year: str, **names: list[str]) -> list[Role]:
    return elect(school_class, year, Ballot.of(**names), meeting_id=f"m{year[:4]}")


@pytest.mark.parametrize(
    ("grade", "top", "ends"),
    [
        (6, 7, False),  # a 1–7 school: 6th grade goes on to 7th
        (7, 7, True),  # ... and the 7th leaves the school
        (9, 10, False),  # a 1–10 or an 8–10 school: the 9th goes on
        (10, 10, True),  # ... and the 10th leaves
        (8, 10, False),  # the first year of an 8–10 school is not its last
    ],
)
def test_the_top_grade_ends_the_class(grade: int, top: int, ends: bool) -> None:
    school_class = a_class(f"{grade}A", grade=grade, top=top)
    plan = plan_new_year(school_class, [], [])
    assert ends_class(school_class) is ends
    assert plan.ends_class is ends
    assert (plan.new is None) is ends


def test_in_the_top_grade_nobody_takes_over_and_nothing_is_elected() -> None:
    seventh = a_class("7B", grade=7)
    roles = elected(seventh, "2026/27", class_contact=["Kari", "Ola"], deputy=["Siri", "Per"], fau=["Anne"])
    plan = plan_new_year(seventh, roles, [])
    assert plan.ends_class and plan.roles == [] and plan.to_elect == []


def test_the_grade_moves_up_and_the_name_follows_it() -> None:
    plan = plan_new_year(a_class(), [], [])
    assert plan.new is not None
    assert (plan.new.name, plan.new.grade, plan.new.school_year) == ("5B", 5, "2027/28")
    assert plan.new.previous_id == "old" and plan.new.id != "old"
    assert plan.new.school == "Bakken skole" and plan.new.top_grade == 7
    assert next_name("10A", 10) == "11A"
    assert next_name("Bjørkeklassen", 4) == "Bjørkeklassen"  # a name without the grade stays
    assert next_name("4B", 3) == "4B"  # the name does not say the grade the class is in
    assert plan_new_year(a_class(), [], [], name=" Femte  B ").new.name == "Femte B"


def test_the_deputies_become_the_class_contacts() -> None:
    fourth = a_class()
    roles = elected(fourth, "2026/27", class_contact=["Kari", "Ola"], deputy=["Siri", "Per"])
    plan = plan_new_year(fourth, roles, [])
    contacts = [r for r in plan.roles if r.kind == "class_contact"]
    assert [r.name for r in contacts] == ["Siri", "Per"]
    assert all(r.class_id == plan.new.id for r in contacts)
    assert {(r.start, r.end) for r in contacts} == {("2027-08-01", "2028-07-31")}
    assert "deputy" in plan.to_elect and "class_contact" not in plan.to_elect
    assert not plan.no_deputies
    # the old year keeps its own roles: nothing in the plan is one of them
    assert not {r.id for r in plan.roles} & {r.id for r in roles}


def test_a_class_with_no_deputies_has_no_contacts_and_elects_them() -> None:
    fourth = a_class()
    roles = elected(fourth, "2026/27", class_contact=["Kari", "Ola"])
    plan = plan_new_year(fourth, roles, [])
    assert [r for r in plan.roles if r.kind == "class_contact"] == []
    assert plan.no_deputies
    assert plan.to_elect[:2] == ["class_contact", "deputy"]


def test_a_deputy_who_stepped_down_does_not_take_over() -> None:
    fourth = a_class()
    roles = elected(fourth, "2026/27", deputy=["Siri", "Per"])
    roles[1].end, roles[1].end_reason = "2027-02-01", "flyttet"
    plan = plan_new_year(fourth, roles, [])
    assert [r.name for r in plan.roles if r.kind == "class_contact"] == ["Siri"]


def test_a_fau_seat_in_its_second_year_continues() -> None:
    fourth = a_class()
    roles = elected(fourth, "2026/27", fau=["Anne"], fau_deputy=["Berit"])  # two years: to 31.07.2028
    plan = plan_new_year(fourth, roles, [])
    fau = [r for r in plan.roles if r.kind in ("fau", "fau_deputy")]
    assert [(r.kind, r.name, r.end) for r in fau] == [
        ("fau", "Anne", "2028-07-31"),
        ("fau_deputy", "Berit", "2028-07-31"),
    ]
    assert all(r.class_id == plan.new.id for r in fau)
    assert [r.name for r in plan.continuing] == ["Anne", "Berit"]
    assert "fau" not in plan.to_elect and "fau_deputy" not in plan.to_elect


def test_a_fau_seat_that_ends_with_the_year_is_marked_for_election() -> None:
    third = a_class("3B", grade=3, year="2025/26")
    roles = elected(third, "2025/26", fau=["Anne"])  # 2025–2027: its first year now
    fourth_roles = plan_new_year(third, roles, []).roles
    assert [r.name for r in fourth_roles if r.kind == "fau"] == ["Anne"]  # first year → continues

    fourth = a_class(year="2026/27")
    roles = elected(fourth, "2025/26", fau=["Anne"])  # elected a year ago: ends 31.07.2027
    plan = plan_new_year(fourth, roles, [])
    assert [r for r in plan.roles if r.kind == "fau"] == []
    assert "fau" in plan.to_elect and "fau_deputy" in plan.to_elect


def test_a_fau_seat_ended_early_does_not_continue() -> None:
    fourth = a_class()
    roles = elected(fourth, "2026/27", fau=["Anne"])
    roles[0].end, roles[0].end_reason = "2027-03-01", "flyttet"
    plan = plan_new_year(fourth, roles, [])
    assert plan.continuing == [] and "fau" in plan.to_elect


def test_people_elected_in_the_spring_for_the_new_year_move_with_it() -> None:
    fourth = a_class(election_season="spring")
    roles = elected(fourth, "2026/27", class_contact=["Kari"], deputy=["Siri"])
    roles += elected(fourth, "2027/28", class_contact=["Jonas", "Lise"], deputy=["Mona"])
    plan = plan_new_year(fourth, roles, [])
    assert [r.name for r in plan.roles if r.kind == "class_contact"] == ["Jonas", "Lise"]
    assert [r.name for r in plan.roles if r.kind == "deputy"] == ["Mona"]
    assert "class_contact" not in plan.to_elect and "deputy" not in plan.to_elect


def test_a_class_without_a_school_year_is_told_what_to_do() -> None:
    with pytest.raises(ElectionError, match="skoleår"):
        plan_new_year(a_class(year=""), [], [])


def test_tasks_are_kept_handed_over_or_dropped() -> None:
    fourth = a_class()
    plan = plan_new_year(fourth, [], [])
    task = Task("Bestille lokale", owner="Kari", owner_id="p1", meeting_id="m1", id="t1")
    kept = review_task(task, "keep", plan)
    assert kept.status == "open" and kept.class_id == plan.new.id and kept.owner == "Kari"
    handed = review_task(task, "hand_over", plan, owner=" Siri ")
    assert (handed.owner, handed.owner_id, handed.class_id, handed.status) == (
        "Siri",
        "",
        plan.new.id,
        "open",
    )
    dropped = review_task(task, "drop", plan)
    assert dropped.status == "dropped" and "2026/27" in dropped.notes
    with pytest.raises(ElectionError, match="Bestille lokale"):
        review_task(task, "hand_over", plan, owner=" ")
    assert task.status == "open" and task.class_id == ""  # the task itself is not changed


def test_in_the_top_grade_a_kept_task_stays_with_the_class() -> None:
    seventh = a_class("7B", grade=7)
    plan = plan_new_year(seventh, [], [])
    assert review_task(Task("Avslutningsfest", id="t1"), "keep", plan).class_id == "old"
