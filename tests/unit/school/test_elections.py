"""The election rules from the sources: who is elected for how long, and who comes next."""

from __future__ import annotations

from datetime import date

import pytest

from kktui import i18n
from kktui.school.elections import (
    CONTACT_KINDS,
    FAU_KINDS,
    Ballot,
    continuing,
    double_roles,
    elect,
    end_term,
    ends_this_year,
    holders,
    proposed_contacts,
    replace_election,
    split_names,
    spring_reminder,
    staffing_warnings,
    teacher_role,
)
from kktui.school.model import Person, SchoolClass
from kktui.school.school_years import (
    ElectionError,
    election_year_for,
    fau_years,
    grade_in,
    next_school_year,
    parse_school_year,
    school_year_of,
    term,
)


def four_b(**changes) -> SchoolClass:
    return SchoolClass(**{"name": "4B", "grade": 4, "school_year": "2026/27", "id": "c4b", **changes})


@pytest.mark.parametrize(
    "day, year",
    [
        (date(2026, 7, 31), "2025/26"),
        (date(2026, 8, 1), "2026/27"),
        (date(2027, 1, 15), "2026/27"),
        (date(2099, 12, 31), "2099/00"),
    ],
)
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
    roles = elect(
        four_b(),
        "2026/27",
        Ballot.of(
            class_contact=["kari nordmann", "Ola Hansen"],
            deputy=["Amina Yusuf", "Lars Berg"],
            fau=["Ingrid Dahl"],
            fau_deputy=["Tomasz Nowak"],
        ),
        people=people,
        meeting_id="m1",
    )

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
    assert proposed_contacts(roles, "2027/28", four_b()) == ["Amina", "Lars"]
    assert proposed_contacts(roles, "2026/27", four_b()) == []


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
    assert replace_election(first + fau, again, ("class_contact", "fau"), "c4b", "2026/27")[1] == [
        first[1].id
    ]


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
    assert spring_reminder(roles, date(2026, 11, 21), four_b()) is None  # autumn: nothing to remind
    assert spring_reminder(roles, date(2027, 4, 2), four_b()) == ["Amina", "Lars"]
    roles += elect(four_b(), "2027/28", Ballot.of(class_contact=["Amina", "Lars"]))
    assert spring_reminder(roles, date(2027, 4, 2), four_b()) is None


def test_the_contact_teacher_role_follows_the_class_setting():
    role = teacher_role(four_b(teacher="Marte Lie"))
    assert (role.kind, role.name, role.start, role.end) == (
        "contact_teacher",
        "Marte Lie",
        "2026-08-01",
        "2027-07-31",
    )
    assert teacher_role(four_b()) is None


def test_names_are_split_as_typed():
    assert split_names("Kari Nordmann, Ola Hansen") == ["Kari Nordmann", "Ola Hansen"]
    assert split_names("Kari og Ola") == ["Kari", "Ola"]
    assert split_names("  ") == []


# -- the rules at the edges ------------------------------------------------------------


@pytest.mark.parametrize("name, grade, top", [("7A", 7, 7), ("10A", 10, 10), ("10C", 10, 10)])
def test_deputies_elected_in_the_top_grade_are_not_proposed_for_next_year(name, grade, top):
    # 1–7 school (7th), 1–10 school (10th), 8–10 school (10th): the class leaves the school after it.
    top_class = four_b(name=name, grade=grade, top_grade=top)
    roles = elect(top_class, "2026/27", Ballot.of(class_contact=["Kari", "Ola"], deputy=["Amina", "Lars"]))
    assert proposed_contacts(roles, "2027/28", top_class) == []
    deputies = [r for r in roles if r.kind == "deputy"]
    assert all(str(top) in r.note for r in deputies)  # the roles say why they do not take over
    assert spring_reminder(roles, date(2027, 4, 2), top_class) is None


@pytest.mark.parametrize("name, grade, top", [("6A", 6, 7), ("7A", 7, 10), ("9C", 9, 10)])
def test_deputies_below_the_top_grade_are_still_proposed(name, grade, top):
    school_class = four_b(name=name, grade=grade, top_grade=top)
    roles = elect(school_class, "2026/27", Ballot.of(deputy=["Amina", "Lars"]))
    assert proposed_contacts(roles, "2027/28", school_class) == ["Amina", "Lars"]
    assert not any(r.note for r in roles)
    assert spring_reminder(roles, date(2027, 4, 2), school_class) == ["Amina", "Lars"]


@pytest.mark.parametrize("day", [date(2027, 1, 15), date(2027, 4, 2), date(2027, 7, 31), date(2026, 9, 10)])
def test_an_election_fills_the_current_school_year_by_default(day):
    assert election_year_for(day) == "2026/27"  # a by-election on 15 January fills 2026/27


def test_a_class_that_elects_in_the_spring_elects_for_next_year_only_in_the_spring():
    assert election_year_for(date(2027, 4, 2), "spring") == "2027/28"
    assert election_year_for(date(2027, 1, 15), "spring") == "2026/27"  # a by-election
    assert election_year_for(date(2026, 9, 10), "spring") == "2026/27"


def test_the_election_season_is_a_class_setting_that_defaults_to_the_autumn():
    assert SchoolClass("4B").election_season == "autumn"
    assert SchoolClass.from_dict({"name": "4B"}).election_season == "autumn"  # files from before
    assert SchoolClass.from_dict({"name": "4B", "election_season": "spring"}).election_season == "spring"
    assert SchoolClass.from_dict({"name": "4B", "election_season": "vinter"}).election_season == "autumn"


def test_a_second_fau_representative_cannot_be_elected_while_a_two_year_seat_runs():
    third = four_b(grade=3, school_year="2026/27")
    first = elect(third, "2026/27", Ballot.of(fau=["Ingrid"], fau_deputy=["Tomasz"]))
    with pytest.raises(ElectionError) as raised:
        elect(third, "2027/28", Ballot.of(fau=["Per"]), existing=first)
    assert "Ingrid" in str(raised.value) and "31.07.2028" in str(raised.value)
    with pytest.raises(ElectionError, match="Tomasz"):
        elect(third, "2027/28", Ballot.of(fau_deputy=["Per"]), existing=first)
    # An empty FAU field leaves the running seat alone; the year after, the seat is open.
    assert elect(third, "2027/28", Ballot.of(class_contact=["Kari"]), existing=first)
    assert elect(third, "2028/29", Ballot.of(fau=["Per"]), existing=first)


def test_a_term_ended_early_opens_the_seat_for_a_by_election():
    third = four_b(grade=3, school_year="2026/27")
    ingrid = elect(third, "2026/27", Ballot.of(fau=["Ingrid"]))[0]
    ended = end_term(ingrid, date(2027, 1, 10), "flyttet")
    assert (ended.end, ended.end_reason) == ("2027-01-10", "flyttet")
    assert ingrid.end == "2028-07-31"  # the original is not changed behind the caller's back
    by_election = elect(
        third,
        election_year_for(date(2027, 1, 15)),
        Ballot.of(fau=["Per"]),
        existing=[ended],
        on=date(2027, 1, 15),
    )
    assert [r.name for r in by_election] == ["Per"]
    assert [r.name for r in holders([ended] + by_election, date(2027, 2, 1))["fau"]] == ["Per"]
    # Recording the by-election keeps the ended term as history.
    assert replace_election([ended], by_election, FAU_KINDS, third.id, "2026/27")[1] == []
    # Ended in September 2027 (moved away), the seat is open for the rest of 2027/28.
    moved = end_term(ingrid, date(2027, 9, 30), "moved away")
    assert elect(third, "2027/28", Ballot.of(fau=["Per"]), existing=[moved], on=date(2027, 10, 5))
    with pytest.raises(ElectionError, match="Ingrid"):
        elect(third, "2027/28", Ballot.of(fau=["Per"]), existing=[moved], on=date(2027, 9, 1))


@pytest.mark.parametrize(
    "day, reason", [(date(2026, 7, 31), "moved"), (date(2028, 8, 1), "moved"), (date(2027, 1, 10), "  ")]
)
def test_ending_a_term_needs_a_day_within_it_and_a_reason(day, reason):
    ingrid = elect(four_b(), "2026/27", Ballot.of(fau=["Ingrid"]))[0]
    with pytest.raises(ElectionError, match="Ingrid"):
        end_term(ingrid, day, reason)


def test_the_same_person_may_hold_two_roles_in_one_step_and_across_steps():
    # One election step for all four roles, and the template's two steps, give the same answer.
    together = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari", "Ola"], fau=["kari"]))
    contacts = elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari", "Ola"]), kinds=CONTACT_KINDS)
    fau = elect(four_b(), "2026/27", Ballot.of(fau=["kari"]), kinds=FAU_KINDS, existing=contacts)
    assert double_roles(together, "2026/27") == [("Kari", ["class_contact", "fau"])]
    assert double_roles(contacts + fau, "2026/27") == [("Kari", ["class_contact", "fau"])]
    assert double_roles(contacts + fau, "2027/28") == []


def test_nobody_is_their_own_deputy_or_named_twice_for_one_role():
    with pytest.raises(ElectionError, match="Kari"):
        elect(four_b(), "2026/27", Ballot.of(class_contact=["Kari"], deputy=["kari "]))
    with pytest.raises(ElectionError, match="Ingrid"):
        elect(four_b(), "2026/27", Ballot.of(fau=["Ingrid"], fau_deputy=["Ingrid"]))
    with pytest.raises(ElectionError, match="Ola"):
        elect(four_b(), "2026/27", Ballot.of(class_contact=["Ola", "ola"]))


@pytest.mark.parametrize(
    "contacts, deputies, expected",
    [
        (["Kari"], ["Amina", "Lars"], ["one"]),
        (["Kari", "Ola"], [], ["deputies"]),
        (["Kari"], [], ["one", "deputies"]),
        (["Kari", "Ola"], ["Amina"], []),
        ([], [], []),  # nothing recorded yet: nothing to warn about
    ],
)
def test_a_class_short_of_contacts_or_deputies_gets_a_warning_with_advice(contacts, deputies, expected):
    i18n.use("en")
    roles = elect(four_b(), "2026/27", Ballot.of(class_contact=contacts, deputy=deputies))
    warnings = staffing_warnings(roles, four_b(), "2026/27")
    text = " ".join(warnings).lower()
    assert ("only one class contact" in text) == ("one" in expected)
    assert ("no deputies" in text) == ("deputies" in expected)
    if expected:
        assert "draw lots" in text and "personally" in text and "take turns" in text
    else:
        assert warnings == []


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("nb", "Det velges 1 FAU-representant,"),
        ("en", "1 FAU representative is elected"),
    ],
)
def test_a_single_seat_is_counted_in_the_singular(lang, expected):
    i18n.use(lang)
    with pytest.raises(ElectionError) as raised:
        elect(four_b(), "2026/27", Ballot.of(fau=["Ingrid", "Per"]))
    assert expected in str(raised.value)
