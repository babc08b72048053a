"""A meeting's details as typed: one sentence naming the field that is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from kktui import i18n
from kktui.meeting.details import Details, DetailsError, apply_details, read_details
from kktui.meeting.model import Meeting
from kktui.output.minutes import render_markdown

TODAY = date(2026, 11, 21)


def typed(**changes: str) -> dict[str, str]:
    return {"title": "Foreldremøte", "date": "15.12", "time": "18.30", "place": "Aulaen", **changes}


def test_typed_details_are_read_the_norwegian_way():
    details = read_details(typed(chair=" Kari  Nordmann ", minute_taker="Ola", confidential="ja"), TODAY)
    assert details == Details("Foreldremøte", "2026-12-15", "18:30", "Aulaen", "Kari Nordmann", "Ola", True)


@pytest.mark.parametrize(
    ("changes", "field", "starts"),
    [
        ({"title": "  "}, "title", "Tittel:"),
        ({"date": "32.13"}, "date", "Dato: «32.13» er ikke en gyldig dato"),
        ({"date": "neste uke"}, "date", "Dato: «neste uke»"),
        ({"time": "25:00"}, "time", "Klokken: «25:00» er ikke et klokkeslett"),
        ({"date": "", "time": "18:00"}, "date", "Dato:"),
        ({"confidential": "kanskje"}, "confidential", ""),
    ],
)
def test_a_wrong_field_is_named_in_one_sentence(changes, field, starts):
    with pytest.raises(DetailsError) as caught:
        read_details(typed(**changes), TODAY)
    assert caught.value.field == field
    assert str(caught.value).startswith(starts) and "\n" not in str(caught.value)


def test_a_wrong_date_is_named_in_english_too():
    i18n.use("en")
    with pytest.raises(DetailsError, match=r"^Date: «32\.13» is not a valid date"):
        read_details(typed(date="32.13"), TODAY)


def test_chair_and_minute_taker_head_the_minutes():
    meeting = Meeting("Gammel tittel", date="2026-11-21")
    assert apply_details(meeting, read_details(typed(chair="Kari", minute_taker="Ola"), TODAY))
    assert not apply_details(meeting, Details.of(meeting))  # nothing changed the second time
    text = render_markdown(meeting, [], 0)
    assert text.startswith("# Foreldremøte\n")
    assert "**Dato:** 15.12.2026 kl. 18:30" in text
    assert "**Møteleder:** Kari" in text and "**Referent:** Ola" in text
    meeting.lang = "en"
    text = render_markdown(meeting, [], 0)
    assert "**Chair:** Kari" in text and "**Minutes:** Ola" in text


def test_a_day_without_a_year_is_the_one_nearest_the_meeting():
    """Correcting last autumn's meeting from 28.08 to 27.08 keeps it in 2026, not 2027."""
    assert read_details(typed(date="27.08"), TODAY, near=date(2026, 8, 28)).date == "2026-08-27"
    assert read_details(typed(date="12.03"), TODAY, near=date(2027, 3, 12)).date == "2027-03-12"
    assert read_details(typed(date="12.03"), TODAY).date == "2027-03-12"  # a new meeting: the next one
