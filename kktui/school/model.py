"""The class a meeting belongs to: its people, who holds which role, its year plan, its call list.

Plain dataclasses with dict round-trips like model.py, so storage and screens agree
on one shape and nothing here needs Textual.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from kktui.i18n import LANGUAGES
from kktui.meeting.model import _from_dict, new_id

PersonKind = Literal["guardian", "teacher", "other"]
RoleKind = Literal["class_contact", "deputy", "fau", "fau_deputy", "contact_teacher"]
ROLE_KINDS: tuple[str, ...] = ("class_contact", "deputy", "fau", "fau_deputy", "contact_teacher")
Answer = Literal["", "yes", "no", "maybe"]
ElectionSeason = Literal["autumn", "spring"]
ELECTION_SEASONS: tuple[str, ...] = ("autumn", "spring")

# Languages that mean "reads a Norwegian invitation without help".
NORWEGIAN = {"norsk", "bokmål", "bokmal", "nynorsk", "norwegian", "no", "nb", "nn"}


@dataclass
class SchoolClass:
    """One class in one school year; several can share a data folder."""

    name: str  # e.g. 4B
    school: str = ""
    grade: int = 1  # the grade in `school_year`
    school_year: str = ""  # e.g. 2026/27; the year turns on 1 August
    teacher: str = ""  # the contact teacher's name
    top_grade: int = 7  # the school's top grade: 7 in a 1–7 school, 10 in a 8–10 school
    handover_notes: str = ""  # the contacts' own notes on what worked, for next year's
    # When the class elects: "autumn" (the sources: at the start of the school year, for that
    # year) or "spring" (some schools elect next year's people before the summer).
    election_season: ElectionSeason = "autumn"
    id: str = field(default_factory=lambda: new_id("c"))
    # A new school year is a new record (school/new_year.py): it names the year before it,
    # which keeps its own roles and people. An archived record is a finished year or a class
    # that left the school: readable, but not offered in the class switcher.
    previous_id: str = ""
    archived: bool = False
    personal_data_deleted: str = ""  # ISO date of "Slett gamle personopplysninger", if done
    # The language of what goes to the class's parents (notice, minutes, phone pages): nb, nn or
    # en. A new meeting for the class gets it; the user's own language is only for the screens.
    lang: str = "nb"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchoolClass:
        item = _from_dict(cls, data)
        if item.lang not in LANGUAGES:
            item.lang = "nb"  # a class saved before it had a language wrote to parents in bokmål
        item.grade = _int(item.grade, 1)
        item.top_grade = _int(item.top_grade, 7)
        if item.election_season not in ELECTION_SEASONS:
            item.election_season = "autumn"
        item.archived = bool(item.archived)
        return item

    def label(self) -> str:
        bits = [self.name]
        if self.school:
            bits.append(self.school)
        if self.school_year:
            bits.append(self.school_year)
        return " · ".join(bits)


@dataclass
class Person:
    """A guardian (with the children they are guardian of), a teacher or someone else."""

    name: str
    class_id: str = ""
    kind: PersonKind = "guardian"
    children: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    languages: list[str] = field(default_factory=list)
    needs_interpreter: bool = False
    notes: str = ""
    id: str = field(default_factory=lambda: new_id("p"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        person = _from_dict(cls, data)
        person.children = [str(c) for c in data.get("children") or []]
        person.languages = [str(c) for c in data.get("languages") or []]
        person.needs_interpreter = bool(person.needs_interpreter)
        return person

    @property
    def may_need_interpreter(self) -> bool:
        """Flag for translated invitations: asked for it, or speaks no Norwegian we know of."""
        if self.needs_interpreter:
            return True
        spoken = {lang.strip().lower() for lang in self.languages if lang.strip()}
        return bool(spoken) and not spoken & NORWEGIAN


@dataclass
class Role:
    """Someone holds a role in a class for a term (ISO dates, both ends included)."""

    kind: RoleKind
    class_id: str
    name: str  # as elected; also when no person record matches
    start: str
    end: str
    person_id: str = ""
    meeting_id: str = ""  # the election that gave it
    note: str = ""  # e.g. why the term is one year
    end_reason: str = ""  # set when the term ended before its time (moved, stepped down)
    id: str = field(default_factory=lambda: new_id("r"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return _from_dict(cls, data)

    def holds_on(self, day_iso: str) -> bool:
        return self.start <= day_iso <= self.end


@dataclass
class WheelItem:
    """One thing in the year plan (årshjul): a month, or an exact date, and who sees to it."""

    title: str
    month: int  # 1–12
    class_id: str = ""
    school_year: str = ""
    date: str = ""  # ISO date when known; then `month` follows it
    responsible: str = ""
    template: str = ""  # a meeting template id, when one fits
    notes: str = ""
    id: str = field(default_factory=lambda: new_id("w"))
    position: int = 0  # order within a month, as proposed or added

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WheelItem:
        item = _from_dict(cls, data)
        item.month = min(12, max(1, _int(item.month, 1)))
        item.position = _int(item.position, 0)
        return item


@dataclass
class CallEntry:
    """Before a parent meeting: was this guardian asked personally, and what do they need?"""

    meeting_id: str
    person_id: str
    invited: bool = False
    answer: Answer = ""
    lift: bool = False  # needs a lift to the meeting
    companion: bool = False  # would come with someone (a new parent, a language barrier)
    note: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = f"{self.meeting_id}:{self.person_id}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CallEntry:
        return _from_dict(cls, data)


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def name_key(name: str) -> str:
    """Names compared the way people write them: case and extra spaces do not matter."""
    return " ".join(name.split()).casefold()


def grade_from_name(name: str) -> int | None:
    """`4B` → 4, `10A` → 10; None when the name does not start with a grade."""
    match = re.match(r"^\s*(\d{1,2})", name)
    if match and 1 <= int(match.group(1)) <= 13:
        return int(match.group(1))
    return None


def find_person(people: list[Person], name: str) -> Person | None:
    key = name_key(name)
    return next((p for p in people if name_key(p.name) == key), None) if key else None
