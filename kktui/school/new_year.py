"""A new school year for a class, as pure rules: what the next year starts with.

The new year is a new class record (`SchoolClass.previous_id` points back), so the old
year keeps its own roles, people, meetings and year wheel and stays readable as it was.
Roles are keyed by class id, so nothing of the old year has to be moved or rewritten:

- the grade moves up one (4B → 5B; the name can be changed before it is saved);
- the deputies of the year that ends become the class contacts of the new one (not
  in the top grade: the class leaves the school, so the year ends the class instead);
- a FAU seat still running (the second year of a two-year term) continues: the new
  class gets the same term, linked to the old role by its note; a seat that ends with
  the old year is marked for election;
- last year's open tasks are reviewed one by one: keep (they follow the class into
  the new year), hand over (to someone else, in the new year) or drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from kktui.i18n import t
from kktui.meeting.model import Task
from kktui.school.elections import FAU_KINDS
from kktui.school.model import Role, SchoolClass
from kktui.school.school_years import (
    ElectionError,
    in_top_grade,
    next_school_year,
    parse_school_year,
    term,
)

TaskChoice = Literal["keep", "hand_over", "drop"]
TASK_CHOICES: tuple[str, ...] = ("keep", "hand_over", "drop")


@dataclass
class NewYearPlan:
    """What "Nytt skoleår" will do; nothing is saved until the user confirms it."""

    old: SchoolClass
    ends_class: bool  # the top grade: the class leaves the school and is archived
    new: SchoolClass | None = None  # None when the year ends the class
    roles: list[Role] = field(default_factory=list)  # the new class's roles
    to_elect: list[str] = field(default_factory=list)  # role kinds the new year must elect
    continuing: list[Role] = field(default_factory=list)  # FAU seats running on (the old roles)
    no_deputies: bool = False  # nobody was deputy: the new year has no class contacts yet
    tasks: list[Task] = field(default_factory=list)  # the old year's open tasks, to review


def next_name(name: str, grade: int) -> str:
    """`4B` → `5B`: the leading grade in the name moves up with the class; other names stay."""
    match = re.match(r"^(\s*)(\d{1,2})(?!\d)", name)
    if match and int(match.group(2)) == grade:
        return f"{match.group(1)}{grade + 1}{name[match.end() :]}"
    return name


def ends_class(school_class: SchoolClass) -> bool:
    """The year that ends is the school's top grade (7th in 1–7, 10th in 1–10 or 8–10)."""
    return in_top_grade(school_class, school_class.school_year)


def plan_new_year(
    school_class: SchoolClass, roles: list[Role], open_tasks: list[Task], name: str | None = None
) -> NewYearPlan:
    """The new year's class and roles from the year that ends; ElectionError for a bad year."""
    if not school_class.school_year:
        raise ElectionError(t("year.no_school_year", name=school_class.name))
    old_start = parse_school_year(school_class.school_year)
    own = [r for r in roles if r.class_id == school_class.id]
    if ends_class(school_class):
        return NewYearPlan(old=school_class, ends_class=True, tasks=list(open_tasks))
    year = next_school_year(school_class.school_year)
    start_year = old_start + 1
    new = replace(
        school_class,
        name=" ".join((name or next_name(school_class.name, school_class.grade)).split()),
        grade=school_class.grade + 1,
        school_year=year,
        previous_id=school_class.id,
        archived=False,
        personal_data_deleted="",
        handover_notes="",
        id=SchoolClass(name="").id,
    )
    new_start, new_end = term(start_year, 1)
    # A class that elects in the spring already chose the new year's people: they move along.
    ahead = [
        r for r in sorted(own, key=lambda r: r.id) if r.start == new_start and r.kind != "contact_teacher"
    ]
    ahead_kinds = {r.kind for r in ahead}
    deputies = [
        r
        for r in sorted(own, key=lambda r: r.id)
        if r.kind == "deputy"
        and r.start == term(old_start, 1)[0]
        and not r.end_reason
        and "class_contact" not in ahead_kinds
    ]
    plan_roles = [
        Role(
            kind="class_contact",
            class_id=new.id,
            name=r.name,
            start=new_start,
            end=new_end,
            person_id="",  # the people of the old year stay with it
            note=t("year.was_deputy", name=school_class.name, year=school_class.school_year),
            id=f"r-{new.id}-{start_year}-class_contact-{index}",
        )
        for index, r in enumerate(deputies)
    ]
    plan_roles += [
        replace(r, class_id=new.id, person_id="", id=f"r-{new.id}-{r.kind}-from-{r.id}") for r in ahead
    ]
    continuing = [r for r in own if r.kind in FAU_KINDS and r.start < new_start and r.holds_on(new_start)]
    for r in continuing:
        plan_roles.append(
            replace(
                r,
                class_id=new.id,
                person_id="",
                note=t("year.seat_continues", name=school_class.name, end=r.end),
                id=f"r-{new.id}-{r.kind}-from-{r.id}",
            )
        )
    held = {r.kind for r in continuing} | ahead_kinds | ({"class_contact"} if deputies else set())
    to_elect = [kind for kind in ("class_contact", "deputy", *FAU_KINDS) if kind not in held]
    return NewYearPlan(
        old=school_class,
        ends_class=False,
        new=new,
        roles=plan_roles,
        to_elect=to_elect,
        continuing=continuing,
        no_deputies=not deputies and "class_contact" not in ahead_kinds,
        tasks=list(open_tasks),
    )


def review_task(task: Task, choice: str, plan: NewYearPlan, owner: str = "") -> Task:
    """The task after the review: kept or handed over it belongs to the new year; dropped it ends.

    In the year that ends the class there is no new year: a kept task stays with the old
    class (someone still sees to it), and a handed-over task needs the new owner's name.
    """
    if choice not in TASK_CHOICES:
        raise ValueError(t("year.bad_choice", choice=choice))
    if choice == "drop":
        note = t("year.dropped_note", year=plan.old.school_year)
        return replace(task, status="dropped", notes=(task.notes + "\n" + note).strip())
    target = plan.new.id if plan.new is not None else plan.old.id
    if choice == "hand_over":
        owner = " ".join((owner or "").split())
        if not owner:
            raise ElectionError(t("year.hand_over_no_owner", what=task.what))
        return replace(task, class_id=target, owner=owner, owner_id="")
    return replace(task, class_id=target)
