"""The election rules from the sources, as pure functions.

- The school year runs from 1 August to 31 July and is written `2026/27` (school_years.py).
- Each class elects two class contacts and two deputies for one school year; the
  deputies are proposed as the class contacts of the following year.
- The FAU representative (and the FAU deputy) sits for two years, except in the
  school's top grade (a class setting, 7 by default), where the term is one year.
- In the top grade the class has no next year at the school, so its deputies are
  not proposed as anyone's class contacts.
- A seat has one holder at a time: a second FAU representative cannot be elected
  while a two-year term is running, unless that term is first ended early.
- The same person may hold two roles (a class contact is often also the FAU
  representative), but not be their own deputy.
- The sources elect at the start of the school year; a class can choose to elect
  in the spring for the next year instead (`SchoolClass.election_season`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.school.model import Person, Role, SchoolClass, find_person, name_key
from kktui.school.school_years import (
    SPRING_MONTHS,
    ElectionError,
    fau_years,
    format_school_year,
    in_top_grade,
    parse_school_year,
    school_year_of,
    school_year_start,
    term,
)

CONTACT_KINDS = ("class_contact", "deputy")
FAU_KINDS = ("fau", "fau_deputy")
SEATS = {"class_contact": 2, "deputy": 2, "fau": 1, "fau_deputy": 1}
# A person cannot be their own deputy; any other pair of roles may share a person.
OWN_DEPUTY = ({"class_contact", "deputy"}, {"fau", "fau_deputy"})


# -- recording an election ---------------------------------------------------------


@dataclass
class Ballot:
    """What the meeting agreed: names per role (an empty list leaves that role alone)."""

    class_contact: list[str]
    deputy: list[str]
    fau: list[str]
    fau_deputy: list[str]

    @classmethod
    def of(cls, **names: list[str]) -> Ballot:
        return cls(*[list(names.get(kind, [])) for kind in ("class_contact", "deputy", "fau", "fau_deputy")])

    def names(self, kind: str) -> list[str]:
        return [" ".join(n.split()) for n in getattr(self, kind) if n.strip()]


def split_names(text: str) -> list[str]:
    """`Kari Nordmann, Ola Hansen` or `Kari og Ola` → the names, in order."""
    parts = re.split(r"\s*(?:,|;|\bog\b|\band\b|&)\s*", text or "")
    return [" ".join(p.split()) for p in parts if p.strip()]


def check(ballot: Ballot, kinds: tuple[str, ...]) -> None:
    """The rules a result must keep: seats per role, a name once per role, nobody their own deputy.

    Two different roles may share a person (a class contact who is also the FAU
    representative); `double_roles` finds them so the minutes can say so.
    """
    seen: dict[str, list[tuple[str, str]]] = {}
    for kind in kinds:
        names = ballot.names(kind)
        if len(names) > SEATS[kind]:
            seats = SEATS[kind]  # "Det velges 1 FAU-representant", not "1 FAU-representanter"
            raise ElectionError(
                tn("election.too_many", seats, role=tn(f"role.{kind}", seats), given=len(names))
            )
        for name in names:
            for first_kind, first_name in seen.get(name_key(name), []):
                if first_kind == kind:
                    raise ElectionError(
                        t("election.same_twice", name=first_name, role=tn(f"role.{kind}", len(names)))
                    )
                if {first_kind, kind} in OWN_DEPUTY:
                    raise ElectionError(
                        t(
                            "election.own_deputy",
                            name=first_name,
                            role=tn(f"role.{first_kind}", 1),
                            other=tn(f"role.{kind}", 1),
                        )
                    )
            seen.setdefault(name_key(name), []).append((kind, name))


def check_seats(
    ballot: Ballot,
    kinds: tuple[str, ...],
    school_class: SchoolClass,
    school_year: str,
    existing: list[Role],
    on: date | None = None,
) -> None:
    """One holder per seat at a time: a term still running (a two-year FAU seat) keeps its seat.

    Roles elected for the same year are not counted (recording again replaces them); a
    term ended early no longer holds its seat after its end. `on` is the day of the
    election (a by-election later in the year); by default the start of the year.
    """
    start_year = parse_school_year(school_year)
    year_start = date(start_year, 8, 1)
    day = max(on, year_start) if on else year_start
    for kind in kinds:
        names = ballot.names(kind)
        if not names:
            continue
        running = [
            r
            for r in existing
            if r.class_id == school_class.id
            and r.kind == kind
            and _start_year(r) != start_year
            and r.holds_on(day.isoformat())
        ]
        if len(running) + len(names) > SEATS[kind]:
            holder = running[0]
            raise ElectionError(
                t(
                    "election.seat_taken",
                    name=holder.name,
                    role=tn(f"role.{kind}", 1),
                    end=show_date(holder.end),
                )
            )


def _start_year(role: Role) -> int | None:
    try:
        return school_year_start(date.fromisoformat(role.start))
    except ValueError:
        return None


def elect(
    school_class: SchoolClass,
    school_year: str,
    ballot: Ballot,
    *,
    kinds: tuple[str, ...] = CONTACT_KINDS + FAU_KINDS,
    people: Sequence[Person] = (),
    meeting_id: str = "",
    existing: Sequence[Role] = (),
    on: date | None = None,
) -> list[Role]:
    """The roles an election gives, with their terms. Raises ElectionError if a rule is broken.

    `existing` are the roles already recorded (a seat still running stays taken);
    `on` is the day of the election.
    """
    start_year = parse_school_year(school_year)
    check(ballot, kinds)
    check_seats(ballot, kinds, school_class, school_year, list(existing), on)
    top = in_top_grade(school_class, school_year)
    roles: list[Role] = []
    for kind in kinds:
        years = fau_years(school_class, school_year) if kind in FAU_KINDS else 1
        note = ""
        if kind in FAU_KINDS and years == 1:
            note = t("election.one_year_top", grade=school_class.top_grade)
        elif kind == "deputy" and top:
            note = t("election.deputy_top", grade=school_class.top_grade)
        start, end = term(start_year, years)
        for index, name in enumerate(ballot.names(kind)):
            person = find_person(list(people), name)
            roles.append(
                Role(
                    kind=kind,  # type: ignore[arg-type]  # the value comes from a fixed list of choices
                    class_id=school_class.id,
                    name=person.name if person else name,
                    start=start,
                    end=end,
                    person_id=person.id if person else "",
                    meeting_id=meeting_id,
                    note=note,
                    id=f"r-{meeting_id or school_class.id}-{start_year}-{kind}-{index}",
                )
            )
    return roles


def replace_election(
    existing: list[Role], new: list[Role], kinds: tuple[str, ...], school_class_id: str, school_year: str
) -> tuple[list[Role], list[str]]:
    """Recording again replaces the earlier result for the same class, year and role.

    Only roles the new result names anyone for are replaced: an empty field never wipes
    out what was recorded. Returns the roles to save and the ids of the ones to remove.
    """
    start = term(parse_school_year(school_year), 1)[0]
    named = {r.kind for r in new} & set(kinds)
    stale = [
        r.id
        for r in existing
        if r.class_id == school_class_id
        and r.kind in named
        and r.start == start
        and r.id not in {n.id for n in new}
        and not r.end_reason
    ]
    return new, stale


def end_term(role: Role, day: date, reason: str) -> Role:
    """The role with its term ended on `day` (moved, stepped down); the seat is open after it.

    The day must fall within the term, and a reason must be given: the handover and
    next year's contacts need to know why the seat became empty.
    """
    reason = " ".join((reason or "").split())
    if not reason:
        raise ElectionError(t("election.end_no_reason", name=role.name))
    iso = day.isoformat()
    if not role.start <= iso <= role.end:
        raise ElectionError(
            t(
                "election.end_outside",
                name=role.name,
                day=show_date(iso),
                start=show_date(role.start),
                end=show_date(role.end),
            )
        )
    return replace(role, end=iso, end_reason=reason)


def teacher_role(school_class: SchoolClass) -> Role | None:
    """The contact teacher for the class's school year, kept in step with the class setting."""
    if not school_class.teacher.strip() or not school_class.school_year:
        return None
    start_year = parse_school_year(school_class.school_year)
    start, end = term(start_year, 1)
    return Role(
        kind="contact_teacher",
        class_id=school_class.id,
        name=school_class.teacher.strip(),
        start=start,
        end=end,
        id=f"r-{school_class.id}-{start_year}-contact_teacher",
    )


# -- reading the roles -------------------------------------------------------------


def double_roles(roles: list[Role], school_year: str) -> list[tuple[str, list[str]]]:
    """People elected to more than one role for `school_year`: (name, role kinds), in order."""
    start_year = parse_school_year(school_year)
    found: dict[str, tuple[str, list[str]]] = {}
    for role in sorted(roles, key=lambda r: r.id):
        if role.kind == "contact_teacher" or _start_year(role) != start_year:
            continue
        name, kinds = found.setdefault(name_key(role.name), (role.name, []))
        if role.kind not in kinds:
            kinds.append(role.kind)
    return [(name, kinds) for name, kinds in found.values() if len(kinds) > 1]


def staffing_warnings(roles: list[Role], school_class: SchoolClass, school_year: str) -> list[str]:
    """The sources say two class contacts and two deputies: what is missing, with advice."""
    start_year = parse_school_year(school_year)
    elected = [
        r
        for r in roles
        if r.class_id == school_class.id and _start_year(r) == start_year and not r.end_reason
    ]
    contacts = sum(1 for r in elected if r.kind == "class_contact")
    deputies = sum(1 for r in elected if r.kind == "deputy")
    warnings = []
    if contacts == 1:
        warnings.append(t("election.warn_one_contact"))
    if contacts and not deputies:
        warnings.append(t("election.warn_no_deputy"))
    if warnings:
        warnings.append(t("election.warn_advice"))
    return warnings


def holders(roles: list[Role], day: date) -> dict[str, list[Role]]:
    """Who holds which role on `day`, in the order of ROLE_KINDS."""
    today = day.isoformat()
    found: dict[str, list[Role]] = {}
    for role in sorted(roles, key=lambda r: (r.start, r.id)):
        if role.holds_on(today):
            found.setdefault(role.kind, []).append(role)
    return found


def ends_this_year(role: Role, day: date) -> bool:
    """The term ends with the current school year (so a successor must be found)."""
    return role.end <= date(school_year_start(day) + 1, 7, 31).isoformat()


def proposed_contacts(roles: list[Role], school_year: str, school_class: SchoolClass) -> list[str]:
    """The deputies of the year before are proposed as this year's class contacts.

    Not when the year before was the school's top grade: the class has left the school.
    """
    previous = parse_school_year(school_year) - 1
    if in_top_grade(school_class, format_school_year(previous)):
        return []
    return [
        r.name
        for r in sorted(roles, key=lambda r: r.id)
        if r.kind == "deputy" and _start_year(r) == previous and not r.end_reason
    ]


def continuing(roles: list[Role], kind: str, school_year: str) -> list[Role]:
    """Holders of `kind` whose term already covers `school_year` (a FAU seat elected last year)."""
    start = term(parse_school_year(school_year), 1)[0]
    return [r for r in roles if r.kind == kind and r.start < start <= r.end]


def elected_for(roles: list[Role], kind: str, school_year: str) -> list[Role]:
    start = term(parse_school_year(school_year), 1)[0]
    return [r for r in roles if r.kind == kind and r.start == start]


def spring_reminder(roles: list[Role], day: date, school_class: SchoolClass) -> list[str] | None:
    """In spring, if next year's class contacts are not chosen: the names to propose (maybe none).

    None means no reminder is needed: not in the autumn, and not in the school's top
    grade, where the class has no next year at the school.
    """
    if day.month not in SPRING_MONTHS:
        return None
    if in_top_grade(school_class, school_year_of(day)):
        return None
    coming = format_school_year(school_year_start(day) + 1)
    if elected_for(roles, "class_contact", coming):
        return None
    return proposed_contacts(roles, coming, school_class)
