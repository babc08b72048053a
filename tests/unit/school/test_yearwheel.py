"""The proposed year plan, and months and dates as people type them."""

from __future__ import annotations

import pytest

from kktui.school.elections import Ballot, elect
from kktui.school.model import SchoolClass
from kktui.school.yearwheel import WhenError, by_month, item_date, parse_when, propose


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


@pytest.mark.parametrize("text, expected", [
    ("sep", (9, "")), ("September", (9, "")), ("9", (9, "")), ("mai", (5, "")),
    ("17.05", (5, "2027-05-17")), ("17. mai", (5, "2027-05-17")), ("17 may", (5, "2027-05-17")),
    ("1.10", (10, "2026-10-01")), ("17.05.2028", (5, "2028-05-17")),
])
def test_months_and_dates_fall_in_the_school_year(text, expected):
    assert parse_when(text, "2026/27") == expected


@pytest.mark.parametrize("text", ["", "13", "31.02", "snart", "32.1"])
def test_a_wrong_month_is_one_sentence(text):
    with pytest.raises(WhenError) as raised:
        parse_when(text, "2026/27")
    assert "17.05" in str(raised.value)


def test_an_item_with_only_a_month_stands_on_its_first_day():
    items = propose("c1", "2026/27")
    assert str(item_date(next(i for i in items if i.month == 1))) == "2027-01-01"
