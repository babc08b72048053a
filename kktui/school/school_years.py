"""School years, terms and election seasons: the calendar the election rules stand on.

Kept apart from electing because other parts (the year wheel, the handover, class
settings) need the school year without anything about ballots: it runs from 1 August
to 31 July and is written `2026/27`; a class's grade moves up one a year.
"""

from __future__ import annotations

import re
from datetime import date

from kktui.i18n import t
from kktui.school.model import SchoolClass

SCHOOL_YEAR_RE = re.compile(r"^\s*(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})\s*$")
SPRING_MONTHS = (3, 4, 5, 6)


class ElectionError(ValueError):
    """A result that breaks the rules or cannot be read; str() is one sentence."""


# -- school years -----------------------------------------------------------------


def school_year_start(day: date) -> int:
    """The calendar year the school year of `day` began in."""
    return day.year if day.month >= 8 else day.year - 1


def format_school_year(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


def school_year_of(day: date) -> str:
    return format_school_year(school_year_start(day))


def parse_school_year(text: str) -> int:
    """`2026/27`, `2026/2027` or `2026-27` → 2026; anything else is an ElectionError."""
    match = SCHOOL_YEAR_RE.match(text or "")
    if match:
        start, end = int(match.group(1)), match.group(2)
        end_full = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
        if end_full == start + 1 and 1990 <= start <= 2200:
            return start
    raise ElectionError(t("election.bad_year", text=(text or "").strip()))


def next_school_year(text: str) -> str:
    return format_school_year(parse_school_year(text) + 1)


def term(start_year: int, years: int) -> tuple[str, str]:
    """1 August of the first year to 31 July after `years` school years, as ISO dates."""
    return date(start_year, 8, 1).isoformat(), date(start_year + years, 7, 31).isoformat()


def grade_in(school_class: SchoolClass, school_year: str) -> int:
    """The class's grade in another school year (grade moves up one a year)."""
    shift = 0
    if school_class.school_year:
        shift = parse_school_year(school_year) - parse_school_year(school_class.school_year)
    return school_class.grade + shift


def in_top_grade(school_class: SchoolClass, school_year: str) -> bool:
    """The class is in the school's top grade that year: it leaves the school after it."""
    return grade_in(school_class, school_year) >= school_class.top_grade


def fau_years(school_class: SchoolClass, school_year: str) -> int:
    """Two years, but one in the school's top grade (the class leaves the school after it)."""
    return 1 if in_top_grade(school_class, school_year) else 2


SEASON_WORDS = {
    "høst": "autumn",
    "host": "autumn",
    "haust": "autumn",  # nynorsk
    "autumn": "autumn",
    "fall": "autumn",
    "vår": "spring",
    "var": "spring",
    "spring": "spring",
}


def read_season(text: str) -> str | None:
    """`høst`/`autumn` or `vår`/`spring` (empty means the default, autumn); None if neither."""
    raw = (text or "").strip().lower()
    return "autumn" if not raw else SEASON_WORDS.get(raw)


def election_year_for(day: date, season: str = "autumn") -> str:
    """The school year an election held on `day` is for, by default.

    The sources elect at the start of the school year, for that year, and a by-election
    later in the year fills the same year. Only a class that elects in the spring
    (`season="spring"`) elects for the next school year, and only in the spring months.
    """
    start = school_year_start(day)
    if season == "spring" and day.month in SPRING_MONTHS:
        return format_school_year(start + 1)
    return format_school_year(start)
