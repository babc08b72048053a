"""The year wheel (årshjul): a proposed plan for a school year, and the months it falls in.

The proposal follows the sources and common practice in Norwegian schools: the class
list early, the election and the planning meeting at the start of the school year,
the autumn parent meeting led by the teacher, FAU meetings, social activities for
pupils and parents, development conversations, the spring parent meeting led by the
class contacts, the jobs parents share (traffic watch, night ravens, dugnad, 17 May)
and a handover in June.

The sources put the election at the start of the school year; a class that elects in
the spring (`SchoolClass.election_season == "spring"`) gets it at the spring parent
meeting instead, for the next year. Either way there is one election in the plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kktui import dates
from kktui.i18n import has, t, tn
from kktui.meeting import template_ids as ids
from kktui.school.elections import SEATS, holders
from kktui.school.model import Role, WheelItem
from kktui.school.school_years import parse_school_year, term

SCHOOL_MONTHS = (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)

# (month, day or None, catalogue key, template id, who sees to it, election season or "" for both)
PROPOSAL: tuple[tuple[int, int | None, str, str, str, str], ...] = (
    (8, None, "class_list", "", "contact_teacher", ""),
    (8, None, "new_families", ids.NEW_PUPIL, "class_contact", ""),
    (8, None, "traffic_watch", "", "class_contact", ""),
    (9, None, "election", ids.ELECTION, "contact_teacher", "autumn"),
    (9, None, "planning", ids.PLANNING, "class_contact", ""),
    (9, None, "parent_group", "", "class_contact", ""),
    (9, None, "autumn_meeting", ids.AUTUMN_MEETING, "contact_teacher", ""),
    (10, None, "fau_autumn", ids.FAU_FOLLOW_UP, "fau", ""),
    (10, None, "social_autumn", ids.CLASS_EVENT, "class_contact", ""),
    (10, None, "night_ravens", "", "class_contact", ""),
    (11, None, "talks_autumn", ids.DEVELOPMENT_TALK, "contact_teacher", ""),
    (12, None, "social_christmas", ids.CLASS_EVENT, "class_contact", ""),
    (1, None, "fau_winter", ids.FAU_FOLLOW_UP, "fau", ""),
    (2, None, "social_winter", ids.CLASS_EVENT, "class_contact", ""),
    (3, None, "spring_meeting", ids.SPRING_MEETING, "class_contact", "autumn"),
    (3, None, "spring_meeting_election", ids.SPRING_MEETING, "class_contact", "spring"),
    (3, None, "election_spring", ids.ELECTION, "class_contact", "spring"),
    (3, None, "talks_spring", ids.DEVELOPMENT_TALK, "contact_teacher", ""),
    (4, None, "fau_spring", ids.FAU_FOLLOW_UP, "fau", ""),
    (4, None, "dugnad", "", "class_contact", ""),
    (5, 17, "may17", "", "class_contact", ""),
    (6, None, "summer_party", ids.CLASS_EVENT, "class_contact", ""),
    (6, None, "handover", "", "class_contact", ""),
)
# Items that are the same thing whichever season the class elects in share an id.
SAME_ITEM = {"spring_meeting_election": "spring_meeting", "election_spring": "election"}

# The words a user may type for a month: nynorsk writes the months as bokmål does
# (januar … desember, CLDR agrees), English has its own; a short form may end in a dot.
MONTH_WORDS = {
    "jan": 1,
    "januar": 1,
    "january": 1,
    "feb": 2,
    "februar": 2,
    "february": 2,
    "mar": 3,
    "mars": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "jun": 6,
    "juni": 6,
    "june": 6,
    "jul": 7,
    "juli": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "des": 12,
    "desember": 12,
    "dec": 12,
    "december": 12,
}
DAY_MONTH_RE = re.compile(r"^(\d{1,2})\.?\s*(?:[./]\s*(\d{1,2})|\s*([a-zæøå]+))\.?(?:[./\s]+(\d{4}))?$")


class WhenError(ValueError):
    """A month or date that cannot be read; str() says how to write it."""


def year_of_month(school_year: str, month: int) -> int:
    start = parse_school_year(school_year)
    return start if month >= 8 else start + 1


def month_name(month: int, lang: str | None = None) -> str:
    """`september`, `September` (Babel's names, see kktui.dates)."""
    return dates.month_name(month, lang)


def responsible_for(kind: str, roles: list[Role], school_year: str, lang: str | None = None) -> str:
    """The names holding a role at the start of the year, else the role's name."""
    start = date.fromisoformat(term(parse_school_year(school_year), 1)[0])
    names = [role.name for role in holders(roles, start).get(kind, [])]
    if names:
        return (
            t("word.and_join", lang, first=", ".join(names[:-1]), last=names[-1])
            if len(names) > 1
            else names[0]
        )
    return tn(f"role.{kind}", SEATS.get(kind, 1), lang)


def propose(
    class_id: str,
    school_year: str,
    roles: Sequence[Role] = (),
    lang: str | None = None,
    election_season: str = "autumn",
) -> list[WheelItem]:
    """A year plan to start from; every item can be edited, moved or removed.

    Items with guidance of their own (the shared jobs: traffic watch, night ravens,
    dugnad, 17 May) carry it in their notes, with the tasks ready to hand out.
    """
    items = []
    for position, (month, day, key, template, who, season) in enumerate(PROPOSAL):
        if season and season != election_season:
            continue
        when = date(year_of_month(school_year, month), month, day).isoformat() if day else ""
        notes = t(f"wheel.notes.{key}", lang) if has(f"wheel.notes.{key}", lang) else ""
        items.append(
            WheelItem(
                title=t(f"wheel.item.{key}", lang),
                month=month,
                class_id=class_id,
                school_year=school_year,
                date=when,
                responsible=responsible_for(who, list(roles), school_year, lang),
                template=template,
                position=position,
                notes=notes,
                id=f"w-{class_id}-{parse_school_year(school_year)}-{SAME_ITEM.get(key, key)}",
            )
        )
    return items


def parse_when(text: str, school_year: str) -> tuple[int, str]:
    """`sep`, `september`, `9`, `17.05`, `17. mai`, `17.05.2027` → (month, ISO date or "").

    A day without a year falls in the school year: August–December in its first
    calendar year, January–July in the second.
    """
    raw = " ".join(text.strip().lower().split())
    if raw.rstrip(".") in MONTH_WORDS:
        return MONTH_WORDS[raw.rstrip(".")], ""
    if raw.isdigit() and 1 <= int(raw) <= 12:
        return int(raw), ""
    match = DAY_MONTH_RE.match(raw)
    if match:
        day = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else MONTH_WORDS.get(match.group(3) or "")
        if month and 1 <= month <= 12:
            year = int(match.group(4)) if match.group(4) else year_of_month(school_year, month)
            try:
                return month, date(year, month, day).isoformat()
            except ValueError:
                pass
    raise WhenError(t("wheel.bad_when", text=text.strip()))


def by_month(items: list[WheelItem]) -> dict[int, list[WheelItem]]:
    """Every month of the school year (August first), each with its items in order."""
    months: dict[int, list[WheelItem]] = {month: [] for month in SCHOOL_MONTHS}
    for item in sorted(items, key=sort_key):
        months[item.month].append(item)
    return months


def sort_key(item: WheelItem) -> tuple:
    return (SCHOOL_MONTHS.index(item.month), item.date or "", item.position, item.title)


def when_text(item: WheelItem) -> str:
    """`17.05` for a dated item, `` for one that only has a month."""
    if item.date:
        try:
            return date.fromisoformat(item.date).strftime("%d.%m")
        except ValueError:
            return ""
    return ""


def item_date(item: WheelItem) -> date:
    """The day an item stands on: its date, or the first of its month in the school year."""
    if item.date:
        try:
            return date.fromisoformat(item.date)
        except ValueError:
            pass
    return date(year_of_month(item.school_year, item.month), item.month, 1)
