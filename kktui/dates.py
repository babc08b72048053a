"""Dates and times as people type them in Norway (15.12, 15.12.2026, 2026-12-15, i morgen,
i morgon, fredag), and the names of days and months as each language writes them.

The names come from Babel's locale data (CLDR) for nb, nn and en. Babel is imported when a
name is first wanted, never at start-up, and each name is worked out once.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kktui import i18n
from kktui.i18n import t

# The words a user may type for a day, in bokmål, nynorsk and English (names and short forms).
WEEKDAYS = {
    "man": 0,
    "mandag": 0,
    "mån": 0,
    "måndag": 0,
    "mon": 0,
    "monday": 0,
    "tir": 1,
    "tirsdag": 1,
    "tys": 1,
    "tysdag": 1,
    "tue": 1,
    "tuesday": 1,
    "ons": 2,
    "onsdag": 2,
    "wed": 2,
    "wednesday": 2,
    "tor": 3,
    "torsdag": 3,
    "thu": 3,
    "thursday": 3,
    "fre": 4,
    "fredag": 4,
    "fri": 4,
    "friday": 4,
    "lør": 5,
    "lørdag": 5,
    "lau": 5,
    "laurdag": 5,
    "sat": 5,
    "saturday": 5,
    "søn": 6,
    "søndag": 6,
    "sun": 6,  # nynorsk «sun» (sundag) and English «Sun» (Sunday) agree
    "sundag": 6,
    "sunday": 6,
}
# Days from today, as words: bokmål, nynorsk (i morgon, i overmorgon) and English.
IN_WORDS = {
    "i dag": 0,
    "idag": 0,
    "today": 0,
    "i morgen": 1,
    "imorgen": 1,
    "i morgon": 1,
    "imorgon": 1,
    "tomorrow": 1,
    "i overmorgen": 2,
    "iovermorgen": 2,
    "overmorgen": 2,
    "i overmorgon": 2,
    "iovermorgon": 2,
    "overmorgon": 2,
    "the day after tomorrow": 2,
    "day after tomorrow": 2,
}
NORWEGIAN = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
IN_DAYS = re.compile(r"^\+(\d{1,3})$")
TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")


class DateError(ValueError):
    """A date or time the user typed that kktui cannot read; str() says how to write it."""


def parse_date(text: str, today: date) -> date:
    """Read a date; a day and month without a year means the next such date from today."""
    raw = " ".join(text.strip().lower().split())
    if raw in IN_WORDS:
        return today + timedelta(days=IN_WORDS[raw])
    word = raw.rstrip(".")  # «fre.», «lau.» as a calendar shortens them
    if word in WEEKDAYS:
        ahead = (WEEKDAYS[word] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if match := IN_DAYS.match(raw):
        return today + timedelta(days=int(match.group(1)))
    try:
        if match := ISO.match(raw):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := NORWEGIAN.match(raw):
            day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
            if year is None:
                candidate = date(today.year, month, day) if _valid(today.year, month, day) else None
                if candidate is None or candidate < today:
                    candidate = date(today.year + 1, month, day)
                return candidate
            full = int(year) + 2000 if len(year) == 2 else int(year)
            return date(full, month, day)
    except ValueError:
        raise DateError(t("date.invalid", text=text.strip())) from None
    raise DateError(t("date.unreadable", text=text.strip()))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_time(text: str) -> str:
    raw = text.strip()
    match = TIME.match(raw)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise DateError(t("date.bad_time", text=raw))


def show_date(iso: str | None) -> str:
    """ISO date to the Norwegian way of writing it (also used in English minutes)."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def show_when(iso: str | None, time: str = "", lang: str | None = None) -> str:
    """A date with its time of day if there is one: `12.12.2026 kl. 18:00`."""
    day = show_date(iso)
    return t("min.date_time", lang, date=day, time=time) if day and time else day


def clock_text(seconds: float) -> str:
    """A length of time as hours:minutes:seconds, always with the hours (`0:01:15`, `1:15:00`).

    The one form for time used and planned, on screen and in the minutes: `01:15` beside
    `1:15:00` read as an hour and a quarter; with the hours always there nothing is guessed."""
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


# Where the nynorsk style sheet picks another of the forms nynorsk allows than CLDR does.
OWN_FORMS = {("nn", "søndag"): "sundag"}


def _lang(lang: str | None) -> str:
    lang = lang or i18n.current()
    return lang if lang in i18n.LANGUAGES else "nb"


@cache
def _name(day: date, pattern: str, lang: str) -> str:
    from babel.dates import format_date  # here, not at the top: start-up does not pay for Babel

    name = format_date(day, pattern, locale=lang)
    return OWN_FORMS.get((lang, name), name)


def weekday_name(day: date, lang: str | None = None) -> str:
    """`torsdag`, `Thursday`: the day of the week as the language writes it inside a sentence."""
    return _name(date(2024, 1, 1 + day.weekday()), "EEEE", _lang(lang))  # 1 January 2024 was a Monday


def month_name(month: int, lang: str | None = None) -> str:
    """`mars`, `March`: the month (1–12) standing on its own, as in a heading."""
    return _name(date(2024, month, 1), "LLLL", _lang(lang))


def show_day(iso: str, lang: str | None = None) -> str:
    """`torsdag 12.03.2027`: the weekday helps a parent more than the date alone."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return show_date(iso)
    return f"{weekday_name(day, lang)} {show_date(iso)}"
