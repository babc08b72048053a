"""The election rules from the sources: who is elected for how long, and who comes next."""

from __future__ import annotations

from datetime import date

import pytest

from kktui.school.elections import (
    Ballot,
    ElectionError,
    continuing,
    election_year_for,
    elect,
    ends_this_year,
    fau_years,
    grade_in,
    holders,
    next_school_year,
    parse_school_year,
    proposed_contacts,
    replace_election,
    school_year_of,
    spring_reminder,
    split_names,
    teacher_role,
    term,
)
from kktui.school.model import Person, SchoolClass


def four_b(**changes) -> SchoolClass:
    return SchoolClass(**{"name": "4B", "grade": 4, "school_year": "2026/27", "id": "c4b", **changes})


@pytest.mark.parametrize("day, year", [
    (date(2026, 7, 31), "2025/26"), (date(2026, 8, 1), "2026/27"), (date(2027, 1, 15), "2026/27"),
    (date(2099, 12, 31), "2099/00"),
])
def test_the_school_year_turns_on_1_august(day, year):
    assert school_year_of(day) == year


@pytest.mark.parametrize("text", ["2026/27", "2026/2027", "2026-27", " 2026 / 27 "])
def test_school_years_are_read_as_people_write_them(text):
    assert parse_school_year(text) == 2026


@pytest.mark.parametrize("text", ["2026/28", "2026", "26/27", "høst", "", "2026/2026"])
def test_a_wrong_school_year_is_one_sentence(text):
    with pytest.raises(ElectionError) as raised:
        parse_school_year(text)
    assert "2026/27" in str(raised.value)


def test_terms_run_from_1_august_to_31_july():
    assert term(2026, 1) == ("2026-08-01", "2027-07-31")
    assert term(2026, 2) == ("2026-08-01", "2028-07-31")
    assert next_school_year("2026/27") == "2027/28"


def test_contacts_and_deputies_sit_one_year_and_fau_two():
    people = [Person("Kari Nordmann", "c4b", id="p1")]
    roles = elect(four_b(), "2026/27", Ballot.of(
        class_contact=["kari nordmann", "Ola Hansen"], deputy=["Amina Yusuf", "Lars Berg"],
        fau=["Ingrid Dahl"], fau_deputy=["Tomasz Nowak"]), people=people, meeting_id="m1")

    terms = {(r.kind, r.name): (r.start, r.end) for r in roles}
    assert terms == {
        ("class_contact", "Kari Nordmann"): ("2026-08-01", "2027-07-31"),
        ("class_contact", "Ola Hansen"): ("2026-08-01", "2027-07-31"),
        ("deputy", "Amina Yusuf"): ("2026-08-01", "2027-07-31"),
        ("deputy", "Lars Berg"): ("2026-08-01", "2027-07-31"),
        ("fau", "Ingrid Dahl"): ("2026-08-01", "2028-07-31"),
        ("fau_deputy", "Tomasz Nowak"): ("2026-08-01", "2028-07-31"),
    }
    kari = next(r for r in roles if r.name == "Kari Nordmann")
    assert kari.person_id == "p1" and kari.meeting_id == "m1"  # matched to the person in the class


def test_fau_sits_one_year_in_the_schools_top_grade():
    seventh = four_b(name="7A", grade=7)
    roles = elect(seventh, "2026/27", Ballot.of(fau=["Ingrid Dahl"], fau_deputy=["Tomasz Nowak"]))
    assert {r.end for r in roles} == {"2027-07-31"}
    assert all("7" in r.note for r in roles)


def test_the_top_grade_is_a_class_setting_and_follows_the_year():
    lower_secondary = four_b(name="9C", grade=9, top_grade=10)
    assert fau_years(lower_secondary, "2026/27") == 2
    assert fau_years(lower_secondary, "2027/28") == 1  # the same class, a year later, in 10th grade
    assert grade_in(four_b(), "2029/30") == 7
    assert fau_years(four_b(), "2029/30") == 1


def test_the_rules_are_kept():
    # Each sentence names the role, the seats and what was given, so the user knows what to fix.
    with pytest.raises(ElectionError, match=r"2 klassekontakter, men det står 3 navn"):
        elect(four_b(), "2026/27", Ballot.of(class_contact=["A", "B", "C"]))
    with pytest.raises(ElectionError, match=r"^Kari kan ikke være både klassekontakt og vara"):
        elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari"], deputy=["kari "]))
    with pytest.raises(ElectionError, match=r"1 FAU-representant.*2 navn"):
        elect(four_b(), "2026/27", Ballot.of(fau=["A", "B"]))
    assert [r.name for r in elect(four_b(), "2026/27", Ballot.of(class_contact=["A", "B"]))] == ["A", "B"]


def test_the_deputies_are_proposed_as_next_years_contacts():
    roles = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari", "Ola"], deputy=["Amina", "Lars"]))
    assert proposed_contacts(roles, "2027/28") == ["Amina", "Lars"]
    assert proposed_contacts(roles, "2026/27") == []


def test_a_fau_seat_elected_last_year_is_not_open_this_year():
    roles = elect(four_b(grade=3, school_year="2025/26"), "2025/26", Ballot.of(fau=["Ingrid"]))
    assert [r.name for r in continuing(roles, "fau", "2026/27")] == ["Ingrid"]
    assert continuing(roles, "fau", "2027/28") == []


def test_recording_again_replaces_the_earlier_result():
    first = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari", "Ola"]), meeting_id="m1")
    again = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari"]), meeting_id="m1")
    save, remove = replace_election(first, again, ("class_contact",), "c4b", "2026/27")
    assert [r.name for r in save] == ["Kari"]
    assert remove == [first[1].id]
    # A role left empty when recording again keeps what was recorded before.
    fau = elect(four_b(), "2026/27", Ballot.of(fau=["Ingrid"]), meeting_id="m1")
    assert replace_election(first + fau, again, ("class_contact", "fau"), "c4b", "2026/27")[1] == [first[1].id]


def test_who_holds_what_now_and_whose_term_ends_this_year():
    roles = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari"], fau=["Ingrid"]))
    today = date(2026, 11, 21)
    now = holders(roles, today)
    assert [r.name for r in now["class_contact"]] == ["Kari"]
    assert ends_this_year(now["class_contact"][0], today)
    assert not ends_this_year(now["fau"][0], today)
    assert holders(roles, date(2026, 7, 31)) == {}


def test_the_spring_reminder_asks_for_next_years_contacts_until_they_are_elected():
    roles = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari", "Ola"], deputy=["Amina", "Lars"]))
    assert spring_reminder(roles, date(2026, 11, 21)) is None  # autumn: nothing to remind
    assert spring_reminder(roles, date(2027, 4, 2)) == ["Amina", "Lars"]
    assert election_year_for(date(2027, 4, 2)) == "2027/28"
    roles += elect(four_b(), "2027/28", Ballot.of(class_contact=["Amina", "Lars"]))
    assert spring_reminder(roles, date(2027, 4, 2)) is None


def test_the_contact_teacher_role_follows_the_class_setting():
    role = teacher_role(four_b(teacher="Marte Lie"))
    assert (role.kind, role.name, role.start, role.end) == ("contact_teacher", "Marte Lie", "2026-08-01", "2027-07-31")
    assert teacher_role(four_b()) is None


def test_names_are_split_as_typed():
    assert split_names("Kari Nordmann, Ola Hansen") == ["Kari Nordmann", "Ola Hansen"]
    assert split_names("Kari og Ola") == ["Kari", "Ola"]
    assert split_names("  ") == []
