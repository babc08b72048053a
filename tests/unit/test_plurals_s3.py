"""Counts in the class, year-wheel and new-year texts read right in bokmål, nynorsk and English.

Every plural entry of strings_school*, strings_year picks its singular for 1 and its plural for 0 and 2,
and the places that show them say «1 punkt», «1 linje», «Det velges 1 FAU-representant», not «1 punkter».
"""

from __future__ import annotations

import string
from datetime import date

import pytest

from kktui import i18n
from kktui.i18n import tn
from kktui.meeting.model import Meeting
from kktui.school.cleanup import CleanupPlan, MeetingCleanup, preview_lines
from kktui.school.elections import Ballot, elect
from kktui.school.model import Role, SchoolClass
from kktui.school.school_years import ElectionError, read_season
from kktui.school.yearwheel import responsible_for
from kktui.screens.widgets.class_bar import roles_line
from support.catalogue import entries

# The plural entries of the class, year-wheel and new-year texts.
KEYS = (
    "cleanup.meeting_whole",
    "election.too_many",
    "home.older_meetings",
    "people.summary",
    "role.class_contact",
    "role.contact_teacher",
    "role.deputy",
    "role.fau",
    "role.fau_deputy",
    "wheel.propose_question",
    "wheel.proposed",
    "year.done_wheel",
)
PLURALS = {key: entries()[key] for key in KEYS}
COLUMN = {"nb": 0, "en": 1, "nn": 2}


def placeholders(entry: tuple) -> set[str]:
    return {
        name for forms in entry for text in forms for _, name, _, _ in string.Formatter().parse(text) if name
    }


def test_the_files_have_plural_entries_in_every_language() -> None:
    assert {"role.fau", "election.too_many", "wheel.proposed", "year.done_wheel"} <= PLURALS.keys()
    for key, entry in PLURALS.items():
        assert len(entry) == 3, key
        assert all(isinstance(forms, tuple) and len(forms) == 2 for forms in entry), key


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("key", sorted(PLURALS))
def test_one_is_singular_and_zero_and_two_are_plural(key: str, lang: str) -> None:
    singular, plural = PLURALS[key][COLUMN[lang]]
    values = {name: f"<{name}>" for name in placeholders(PLURALS[key]) - {"n"}}
    for n in (0, 1, 2):
        shown = tn(key, n, lang, **values)
        expected = (singular if n == 1 else plural).format(n=n, **values)
        assert shown == expected, (key, lang, n)
        if "{n}" in plural or "1" in singular:  # a text that shows its number shows the right one
            assert str(n) in shown, (key, lang, n)
    # the form follows the number: the singular and the plural text are told apart
    assert tn(key, 1, lang, **values) != tn(key, 2, lang, **values) or singular == plural


def test_every_plural_entry_changes_its_words_in_some_language() -> None:
    """A plural entry whose forms are the same in every language is not a plural entry."""
    for key, entry in PLURALS.items():
        assert any(one.replace("1", "{n}") != other for one, other in entry), key


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("nb", "Det velges 1 FAU-representant, men det står 2 navn."),
        ("nn", "Det blir valt 1 FAU-representant, men det står 2 namn."),
        ("en", "1 FAU representative is elected, but 2 names were given."),
    ],
)
def test_one_seat_is_said_in_the_singular_and_two_in_the_plural(lang: str, expected: str) -> None:
    i18n.use(lang)
    four_b = SchoolClass("4B", grade=4, school_year="2026/27", id="c4b")
    with pytest.raises(ElectionError) as one:
        elect(four_b, "2026/27", Ballot.of(fau=["Ingrid", "Per"]))
    assert str(one.value) == expected
    with pytest.raises(ElectionError) as two:
        elect(four_b, "2026/27", Ballot.of(class_contact=["A", "B", "C"]))
    assert (
        str(two.value).split(",")[0]
        == {
            "nb": "Det velges 2 klassekontakter",
            "nn": "Det blir valt 2 klassekontaktar",
            "en": "2 class contacts are elected",
        }[lang]
    )


def role(kind: str, name: str) -> Role:
    return Role(kind, "c4b", name, "2026-08-01", "2027-07-31")


@pytest.mark.parametrize(
    "lang, one, two, joined",
    [
        ("nb", "klassekontakt", "klassekontakter", " og "),
        ("nn", "klassekontakt", "klassekontaktar", " og "),
        ("en", "class contact", "class contacts", " and "),
    ],
)
def test_the_class_bar_counts_the_people_in_a_role(lang: str, one: str, two: str, joined: str) -> None:
    i18n.use(lang)
    autumn = date(2026, 10, 1)
    assert f": {one} Kari" in roles_line([role("class_contact", "Kari")], autumn)
    both = roles_line([role("class_contact", "Kari"), role("class_contact", "Ola")], autumn)
    assert f": {two} " in both and {"Kari", "Ola"} == set(both.split(f": {two} ")[1].split(joined))


def test_nobody_in_a_role_names_the_role_by_its_seats_in_nynorsk() -> None:
    assert responsible_for("class_contact", [], "2026/27", "nn") == "klassekontaktar"
    assert responsible_for("fau", [], "2026/27", "nn") == "FAU-representant"
    assert responsible_for("contact_teacher", [], "2026/27", "nn") == "kontaktlærar"


@pytest.mark.parametrize(
    "lang, one, three",
    [
        ("nb", "(1 linje)", "(3 linjer)"),
        ("nn", "(1 linje)", "(3 linjer)"),
        ("en", "(1 line)", "(3 lines)"),
    ],
)
def test_the_cleanup_preview_counts_a_meetings_lines(lang: str, one: str, three: str) -> None:
    i18n.use(lang)

    def preview(lines: int) -> str:
        meeting = Meeting("Samtale", date="2027-01-12", class_id="c4b", id="m2")
        gone = MeetingCleanup(meeting, "Samtale", "2027-01-12", lines=lines, whole=True)
        school_class = SchoolClass("4B", grade=4, school_year="2026/27", id="c4b")
        return "\n".join(preview_lines(CleanupPlan(school_class, meetings=[gone])))

    assert one in preview(1)
    assert three in preview(3)
    assert "1 linjer" not in preview(1) and "1 lines" not in preview(1)


def test_the_nynorsk_autumn_is_read_as_autumn() -> None:
    """The class form shows «haust» in nynorsk, so the season field reads it back."""
    assert read_season(i18n.t("season.autumn", "nn")) == "autumn"
    assert read_season("Haust") == "autumn"
