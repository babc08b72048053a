"""The proposed year plan, and months and dates as people type them."""

from __future__ import annotations

import pytest

from kktui.school.elections import Ballot, elect
from kktui.school.model import SchoolClass
from kktui.school.yearwheel import WhenError, by_month, item_date, month_name, parse_when, propose


def test_the_proposal_covers_the_year_from_the_sources():
    items = propose("c1", "2026/27", lang="nb")
    months = by_month(items)
    assert list(months) == [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]
    titles = {item.template: item for item in items if item.template}
    assert titles["valg"].month == 9 and titles["planleggingsmote"].month == 9
    assert titles["foreldremote-host"].month == 9 and titles["foreldremote-var"].month == 3
    assert {i.month for i in items if i.template == "oppfolging-fau"} == {10, 1, 4}
    may17 = next(i for i in items if i.date)
    assert may17.date == "2027-05-17" and may17.month == 5
    assert any("Overlevering" in i.title for i in months[6])
    assert all(i.school_year == "2026/27" and i.class_id == "c1" for i in items)
    assert len({i.id for i in items}) == len(items)


def test_the_proposal_names_who_holds_the_roles():
    school_class = SchoolClass("4B", grade=4, school_year="2026/27", id="c1")
    roles = elect(school_class, "2026/27", Ballot.of(class_contact=["Kari", "Ola"], fau=["Ingrid"]))
    items = propose("c1", "2026/27", roles, lang="en")
    planning = next(i for i in items if i.template == "planleggingsmote")
    assert planning.responsible == "Kari and Ola"
    assert next(i for i in items if i.template == "oppfolging-fau").responsible == "Ingrid"
    assert next(i for i in items if i.template == "valg").responsible == "contact teacher"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sep", (9, "")),
        ("September", (9, "")),
        ("9", (9, "")),
        ("mai", (5, "")),
        ("17.05", (5, "2027-05-17")),
        ("17. mai", (5, "2027-05-17")),
        ("17 may", (5, "2027-05-17")),
        ("1.10", (10, "2026-10-01")),
        ("17.05.2028", (5, "2028-05-17")),
    ],
)
def test_months_and_dates_fall_in_the_school_year(text, expected):
    assert parse_when(text, "2026/27") == expected


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_every_month_name_and_short_form_babel_writes_is_read(lang):
    """What a calendar in the language shows (`jan.`, `mars`, `March`) is what may be typed."""
    from datetime import date

    from babel.dates import format_date

    for month in range(1, 13):
        for pattern in ("LLLL", "MMMM", "LLL", "MMM"):
            word = format_date(date(2026, month, 1), pattern, locale=lang)
            assert parse_when(word, "2026/27") == (month, ""), word
            day = 17 if month != 2 else 1
            expected = date(2026 if month >= 8 else 2027, month, day).isoformat()
            assert parse_when(f"{day}. {word}", "2026/27") == (month, expected), word


def test_the_wheel_names_its_months_in_the_language_asked_for():
    assert [month_name(m, "nn") for m in (1, 3, 5)] == ["januar", "mars", "mai"]
    assert month_name(10, "en") == "October" and month_name(10, "nb") == "oktober"


@pytest.mark.parametrize("text", ["", "13", "31.02", "snart", "32.1"])
def test_a_wrong_month_is_one_sentence(text):
    with pytest.raises(WhenError) as raised:
        parse_when(text, "2026/27")
    assert "17.05" in str(raised.value)


def test_an_item_with_only_a_month_stands_on_its_first_day():
    items = propose("c1", "2026/27")
    assert str(item_date(next(i for i in items if i.month == 1))) == "2027-01-01"


def test_there_is_one_election_in_the_plan_at_the_start_of_the_year_by_default():
    items = propose("c1", "2026/27", lang="nb")
    elections = [i for i in items if i.template == "valg"]
    assert [(i.month, i.title) for i in elections] == [(9, "Valg av klassekontakter og FAU")]
    spring = next(i for i in items if i.template == "foreldremote-var")
    assert "valg" not in spring.title.lower()  # the spring meeting does not also hold an election


def test_a_class_that_elects_in_the_spring_gets_the_election_at_the_spring_meeting():
    items = propose("c1", "2026/27", lang="nb", election_season="spring")
    elections = [i for i in items if i.template == "valg"]
    assert [i.month for i in elections] == [3]
    assert "neste" in elections[0].title
    spring = next(i for i in items if i.template == "foreldremote-var")
    assert spring.title == "Foreldremøte vår med valg for neste år"
    # The same items keep their ids, so proposing again after changing the setting adds no doubles.
    autumn_ids = {i.id for i in propose("c1", "2026/27", lang="nb")}
    assert {i.id for i in items} == autumn_ids


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nb", {"trafikkvakt": 8, "natteravn": 10, "dugnad": 4, "17. mai": 5}),
        ("en", {"traffic watch": 8, "night ravens": 10, "dugnad": 4, "17 may": 5}),
    ],
)
def test_the_jobs_parents_share_are_in_the_plan_with_guidance_and_tasks(lang, words):
    items = propose("c1", "2026/27", lang=lang)
    for word, month in words.items():
        item = next(i for i in items if word in i.title.lower())
        assert item.month == month
        tasks = "Oppgaver:" if lang == "nb" else "Tasks:"
        assert tasks in item.notes and item.notes.count(";") >= 2  # guidance and tasks to hand out
