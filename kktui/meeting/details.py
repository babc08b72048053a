"""A meeting's details as the user types them: title, when, where, who leads and who writes,
and the language its minutes, notice and phone pages are written in.

They can be changed before, during and after the meeting. What is typed is read here, and
anything wrong is one sentence that names the field (DetailsError.field says which).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from kktui.dates import NORWEGIAN, DateError, parse_date, parse_time
from kktui.i18n import t
from kktui.i18n.answers import yes_or_no
from kktui.i18n.languages import read_language
from kktui.meeting.model import Meeting
from kktui.text import visible

FIELDS = ("title", "date", "time", "place", "chair", "minute_taker", "confidential", "lang")


class DetailsError(ValueError):
    """One sentence naming the field; `field` is one of FIELDS."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Details:
    title: str
    date: str = ""  # ISO
    time: str = ""  # HH:MM
    place: str = ""
    chair: str = ""
    minute_taker: str = ""
    confidential: bool = False
    lang: str = ""  # nb, nn or en; "" leaves the meeting's language as it is

    @classmethod
    def of(cls, meeting: Meeting) -> Details:
        return cls(
            meeting.title,
            meeting.date,
            meeting.time,
            meeting.place,
            meeting.chair,
            meeting.minute_taker,
            meeting.confidential,
            meeting.lang,
        )


def _line(text: str) -> str:
    """One line of text, as typed, without control characters or extra spaces."""
    return " ".join(visible(text).split())


def _day(text: str, today: date, near: date | None) -> date:
    """A typed date. A day and month without a year is the one nearest `near` (the meeting's
    own date), so correcting a past meeting's 28.08 does not move it a year ahead."""
    match = NORWEGIAN.match(text.strip())
    if near is not None and match and match.group(3) is None:
        return parse_date(text, near - timedelta(days=182))
    return parse_date(text, today)


def read_details(typed: dict[str, str], today: date, near: date | None = None) -> Details:
    """The details from the fields as typed (see FIELDS); DetailsError for the first wrong one."""
    title = _line(typed.get("title", ""))
    if not title:
        raise DetailsError("title", t("details.no_title"))
    day = typed.get("date", "").strip()
    try:
        iso = _day(day, today, near).isoformat() if day else ""
    except DateError as exc:
        raise DetailsError("date", t("details.bad_field", field=t("field.date"), reason=exc)) from None
    clock = typed.get("time", "").strip()
    try:
        time = parse_time(clock) if clock else ""
    except DateError as exc:
        raise DetailsError("time", t("details.bad_field", field=t("field.time"), reason=exc)) from None
    if time and not iso:
        raise DetailsError("date", t("details.time_without_date"))
    try:
        secret = yes_or_no(typed.get("confidential", ""), t("field.confidential").lower())
    except ValueError as exc:
        raise DetailsError("confidential", str(exc)) from None
    typed_lang = typed.get("lang", "").strip()
    lang = read_language(typed_lang) if typed_lang else ""
    if lang is None:
        raise DetailsError("lang", t("class.bad_lang", text=typed_lang))
    return Details(
        title,
        iso,
        time,
        _line(typed.get("place", "")),
        _line(typed.get("chair", "")),
        _line(typed.get("minute_taker", "")),
        secret,
        lang,
    )


def apply_details(meeting: Meeting, details: Details) -> bool:
    """Put the details on the meeting; whether anything changed."""
    before = Details.of(meeting)
    details = replace(details, lang=details.lang or meeting.lang)
    meeting.title, meeting.date, meeting.time = details.title, details.date, details.time
    meeting.place, meeting.chair, meeting.minute_taker = details.place, details.chair, details.minute_taker
    meeting.confidential, meeting.lang = details.confidential, details.lang
    return before != details
