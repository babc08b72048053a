"""Class lists as people really have them: Excel (semicolons, Windows-1252 or UTF-8 with a
BOM), Google Sheets (commas, UTF-8), headers in Norwegian or English, columns in any order.

`read_class_list` never raises for a bad row: every row is either imported, matched
with someone already in the class (to update, if the user wants), or rejected with
its line number and a reason. Only a file that cannot be read at all raises ClassListError.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from kktui.i18n import STRINGS, t
from kktui.i18n.answers import yes_no_or_maybe
from kktui.school.model import Person, name_key
from kktui.storage.files import ContentRefused, read_small_file
from kktui.text import visible

DELIMITERS = (";", ",", "\t")
HEADER_SEARCH_ROWS = 5  # a title row such as "Klasseliste 4B" may stand above the header

# Header words, compared without case, accents kept. The first field found in a header wins.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "phone": (
        "telefon",
        "tlf",
        "mobil",
        "mobilnummer",
        "telefonnummer",
        "mob",
        "phone",
        "mobile",
        "cell",
        "cellphone",
        "telephone",
        "tel",
    ),
    "email": ("e-post", "epost", "e-postadresse", "epostadresse", "email", "e-mail", "mail"),
    "languages": ("språk", "morsmål", "hjemmespråk", "language", "languages", "mother tongue"),
    "interpreter": ("tolk", "trenger tolk", "interpreter", "needs interpreter"),
    "notes": ("merknad", "merknader", "kommentar", "notat", "notes", "note", "comment", "comments"),
    "child": (
        "elev",
        "elevens navn",
        "elevnavn",
        "barn",
        "barnets navn",
        "barn navn",
        "pupil",
        "child",
        "student",
        "child name",
        "pupil name",
        "student name",
        "kid",
    ),
    "first": ("fornavn", "first name", "firstname", "given name"),
    "last": ("etternavn", "last name", "lastname", "surname", "family name"),
    "name": (
        "foresatt",
        "foresatte",
        "forelder",
        "foreldre",
        "navn",
        "navn foresatt",
        "guardian",
        "parent",
        "name",
        "kontaktperson",
        "full name",
        "mor",
        "far",
        "mother",
        "father",
    ),
}
CHILD_WORDS = ("elev", "elevens", "barn", "barnets", "pupil", "child", "student", "kid")
GUARDIAN_WORDS = (
    "foresatt",
    "foresatte",
    "forelder",
    "foreldre",
    "guardian",
    "parent",
    "kontaktperson",
    "mor",
    "mors",
    "mother",
    "mothers",
    "far",
    "fars",
    "father",
    "fathers",
)
SECOND_GUARDIAN = ("far", "fars", "father", "fathers")  # "Mor" / "Far": two guardians in one row
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EXCEL_NUMBER_RE = re.compile(r"^\d+([.,]\d+)?[eE][+-]?\d+$")
EXCEL_WHOLE_RE = re.compile(r"^(\d{9,15})[.,]0+$")  # 4790000000.0: a number cell shown with decimals
# A number Excel read as a number lost its "+": country codes whose numbers have a fixed
# length, so that "4790000000" can only be +47 900 00 000. Others stay refused.
COUNTRY_LENGTHS: dict[str, tuple[int, ...]] = {
    "47": (8,),
    "45": (8,),
    "46": (9,),
    "358": (9, 10),
    "354": (7,),
    "48": (9,),
    "44": (10,),
    "370": (8,),
    "371": (8,),
    "372": (7, 8),
}
MAX_BYTES = 5_000_000  # a class list is a few kB; this is a register of a whole county
MAX_ROWS = 10_000
MAX_CELL = 128 * 1024  # csv's own field limit: a name, a number or a note is far less
NAME_SPLIT_RE = re.compile(r"\s*(,|&|\+|/|\bog\b|\band\b)\s*")


class ClassListError(ValueError):
    """The file cannot be read as a class list at all; str() is one sentence with file:line."""


@dataclass
class Column:
    field: str  # name, first, last, child, phone, email, languages, interpreter, notes
    group: int  # 1 for the first guardian in a row, 2 for "Foresatt 2", ...


@dataclass
class Rejected:
    line: int
    reason: str


@dataclass
class Row:
    """One person read from the file, and what importing will do with them."""

    line: int
    person: Person
    action: str = "new"  # new | match (someone in the class already)
    match: Person | None = None
    changes: list[str] = field(default_factory=list)  # for a match: what an update would change
    lines: list[int] = field(default_factory=list)  # every line this person came from


@dataclass
class Preview:
    path: Path
    encoding: str
    delimiter: str
    columns: list[str]
    ignored: list[str]
    rows: list[Row]
    rejected: list[Rejected]
    doubts: list[Rejected] = field(default_factory=list)  # imported, but worth a look

    @property
    def new(self) -> list[Row]:
        return [r for r in self.rows if r.action == "new"]

    @property
    def matches(self) -> list[Row]:
        return [r for r in self.rows if r.action == "match"]

    def where(self, line: int) -> str:
        return f"{self.path.name}:{line}"


# -- reading the bytes --------------------------------------------------------------


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding's name: a BOM decides, then UTF-8, else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "UTF-16"  # a copy cut off mid-character, too
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        # Bytes that are in neither: almost always some other legacy encoding.
        return raw.decode("latin-1"), f"ISO-8859-1 (byte {exc.start})"


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


def sniff_delimiter(header_line: str) -> str:
    """The separator used most in the header line (csv.Sniffer guesses badly on small files)."""
    counts = {d: _count_outside_quotes(header_line, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


# -- headers ------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip().casefold()
    text = re.sub(r"['’´`]", "", text)  # father's phone → fathers phone
    text = re.sub(r"[_.:()*]", " ", text)
    return " ".join(text.split())


def map_header(cell: str) -> Column | None:
    """`Telefon foresatt 2` → Column("phone", 2); `Elev` → Column("child", 1); unknown → None."""
    text = _norm(cell)
    if not text:
        return None
    digits = re.findall(r"\d", text)
    text = " ".join(re.sub(r"\d", " ", text).split())
    words = text.split()
    group = int(digits[0]) if digits else (2 if any(w in SECOND_GUARDIAN for w in words) else 1)
    is_child = any(w in CHILD_WORDS for w in words)
    for field_name in ("phone", "email", "languages", "interpreter", "notes"):
        if _has_phrase(text, FIELD_WORDS[field_name]):
            if is_child and field_name in ("phone", "email"):
                return None  # the pupil's own phone is not the guardian's
            return Column(field_name, group)
    if _has_phrase(text, FIELD_WORDS["first"]):
        return Column("child_first" if is_child else "first", group)
    if _has_phrase(text, FIELD_WORDS["last"]):
        return Column("child_last" if is_child else "last", group)
    if is_child and not any(w in GUARDIAN_WORDS for w in words):
        return Column("child", group)
    if _has_phrase(text, FIELD_WORDS["name"]):
        return Column("name", group)
    return None


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    words = text.split()
    return any((phrase in text) if " " in phrase else (phrase in words) for phrase in phrases)


# -- values -------------------------------------------------------------------------


def normalise_phone(text: str) -> str:
    """Digits (with a leading + for a country code); Norwegian +47/0047 numbers become 8 digits.

    Raises ValueError with the reason when the text is not a phone number.
    """
    raw = text.strip()
    if not raw:
        return ""
    if EXCEL_NUMBER_RE.match(raw):  # 4.79E+09: Excel kept three digits and threw the rest away
        raise ValueError(t("import.phone_excel", phone=raw))
    whole = EXCEL_WHOLE_RE.match(raw)
    cleaned = whole.group(1) if whole else re.sub(r"[\s\-./()]", "", raw)
    plus = cleaned.startswith("+")
    digits = cleaned[1:] if plus else cleaned
    if digits.startswith("00"):
        plus, digits = True, digits[2:]
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(t("import.phone_bad", phone=raw))
    if not plus and _lost_plus(digits):  # 4790000000: Excel dropped the + of +47 900 00 000
        plus = True
    if plus and digits.startswith("47") and len(digits) == 10:
        return digits[2:]
    if not plus and len(digits) == 8:
        return digits
    if plus and 8 <= len(digits) <= 15:
        return "+" + digits
    raise ValueError(t("import.phone_bad", phone=raw))


def _lost_plus(digits: str) -> bool:
    return len(digits) > 8 and any(
        digits.startswith(code) and len(digits) - len(code) in lengths
        for code, lengths in COUNTRY_LENGTHS.items()
    )


def show_phone(phone: str) -> str:
    """Norwegian numbers the way they are written: 987 65 432."""
    if len(phone) == 8 and phone.isdigit():
        return f"{phone[:3]} {phone[3:5]} {phone[5:]}"
    return phone


def split_list(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|/|;|\+|\bog\b|\band\b|&)\s*", text.strip())
    return [p.strip() for p in parts if p.strip()]


# -- reading the rows -----------------------------------------------------------------


def _records(text: str, delimiter: str, file: str) -> list[tuple[int, list[str]]]:
    """(first line number, cells) for every non-blank record; quoted newlines stay in a cell.

    Stops once there are more records than a class list can have (the caller refuses those).
    csv's own cell limit (128 kB) is lifted while reading, so that a quote never closed is
    told apart from a cell that is simply too long (see _check_cells)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str]]] = []
    start = 1
    limit = csv.field_size_limit(MAX_BYTES + 1)
    try:
        while len(out) <= MAX_ROWS + HEADER_SEARCH_ROWS:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error:
                raise ClassListError(t("import.bad_quotes", file=file, line=start)) from None
            if any(cell.strip() for cell in cells):
                out.append((start, cells))
            start = reader.line_num + 1
    finally:
        csv.field_size_limit(limit)
    return out


def _check_cells(records: list[tuple[int, list[str]]], file: str) -> None:
    for line, cells in records:
        for cell in cells:
            if len(cell) > MAX_CELL:
                key = "import.cell_too_long_lines" if cell.count("\n") > 5 else "import.cell_too_long"
                raise ClassListError(
                    t(
                        key,
                        file=file,
                        line=line,
                        size=len(cell) // 1024,
                        most=MAX_CELL // 1024,
                        lines=cell.count("\n") + 1,
                    )
                )


def _find_header(records: list[tuple[int, list[str]]]) -> tuple[int, list[Column | None]] | None:
    for index, (_, cells) in enumerate(records[:HEADER_SEARCH_ROWS]):
        columns = [map_header(cell) for cell in cells]
        fields = {c.field for c in columns if c}
        if "name" in fields or {"first", "last"} <= fields:
            return index, columns
    return None


def read_class_list(path: Path, existing: Sequence[Person] = (), class_id: str = "") -> Preview:
    """Read and check a class list; nothing is saved (see `apply`)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ClassListError(
                t("import.too_big", file=path.name, size=f"{size / 1e6:.0f}", most=f"{MAX_BYTES / 1e6:g}")
            )
        raw = read_small_file(path, MAX_BYTES)  # a pipe or a device is refused, never waited on
    except FileNotFoundError:
        raise ClassListError(t("import.no_file", path=path)) from None
    except ContentRefused as exc:
        raise ClassListError(t("import.cannot_read", path=path, reason=exc)) from None
    except OSError as exc:
        raise ClassListError(t("import.cannot_read", path=path, reason=exc.strerror or exc)) from None
    if not raw.strip():
        raise ClassListError(t("import.empty", path=path.name))
    text, encoding = decode(raw)
    text = visible(text.replace("\r\n", "\n").replace("\r", "\n"))  # ESC in a name: shown, not obeyed
    lines = text.split("\n")
    hint = re.match(r"^\s*sep=(.)\s*$", lines[0])
    if hint:  # Excel's "sep=;" line names the separator
        delimiter = hint.group(1)
        lines[0] = ""
    else:
        # The header may stand under a title row: the early line with the most separators decides.
        early = [line for line in lines if line.strip()][: HEADER_SEARCH_ROWS + 1]
        delimiter = sniff_delimiter(
            max(early, key=lambda line: max(_count_outside_quotes(line, d) for d in DELIMITERS))
            if early
            else ""
        )
    records = _records("\n".join(lines), delimiter, path.name)
    _check_cells(records, path.name)
    found = _find_header(records)
    if found is None:
        head_line, head_cells = records[0] if records else (1, [])
        raise ClassListError(
            t(
                "import.no_name_column",
                file=path.name,
                line=head_line,
                found=", ".join(" ".join(c.split()) for c in head_cells if c.strip()) or "–",
            )
        )
    header_index, columns = found
    if len(records) - header_index - 1 > MAX_ROWS:
        raise ClassListError(
            t("import.too_many_rows", file=path.name, most=f"{MAX_ROWS:,}".replace(",", " "))
        )
    header_line, header_cells = records[header_index]
    used = [cell.strip() for cell, col in zip(header_cells, columns, strict=False) if col]
    ignored = [
        cell.strip() for cell, col in zip(header_cells, columns, strict=False) if not col and cell.strip()
    ]
    preview = Preview(path, encoding, delimiter, used, ignored, [], [])
    seen: PeopleIndex[Row] = PeopleIndex()
    for line, cells in records[header_index + 1 :]:
        _read_row(preview, seen, line, cells, columns, header_cells, class_id)
    _match_existing(preview, list(existing))
    return preview


def split_guardians(name: str) -> tuple[list[str], bool]:
    """("Tone Hansen, Ola Hansen" | "Tone og Ola Hansen") → two names; the bool says the cell
    looks like more than one person but cannot be split safely ("Tone og Ola").
    "Hansen, Tone" (surname first) is one person."""
    pieces = NAME_SPLIT_RE.split(name)
    parts, seps = [p.strip() for p in pieces[0::2]], pieces[1::2]
    if len(parts) < 2 or not all(parts):
        return [name], False
    if len(parts) > 2:
        return [name], True
    (first, second), sep = parts, seps[0]
    first_words, second_words = first.split(), second.split()
    if len(first_words) >= 2 and len(second_words) >= 2:
        return [first, second], False
    if sep == ",":
        return [name], False  # "Hansen, Tone", "Hansen, Tone Marie": surname first
    if len(first_words) == 1 and len(second_words) >= 2:  # Tone og Ola Hansen
        return [f"{first} {second_words[-1]}", second], False
    return [name], True


def _split_like(value: str, n: int, pattern: str) -> list[str] | None:
    parts = [p.strip() for p in re.split(pattern, value) if p.strip()]
    return parts if len(parts) == n else None


def _one_per_guardian(values: dict[str, str], names: list[str]) -> list[dict[str, str]]:
    """The group's values for each name in one cell: two phone numbers or e-mail addresses are
    shared out in order; one phone number is the household's; one e-mail goes to the first."""
    if len(names) == 1:
        return [values]
    out = [dict(values, name=name) for name in names]
    phones = _split_like(values.get("phone", ""), len(names), r"\s*(?:/|,|;|\bog\b|\band\b)\s*")
    emails = _split_like(values.get("email", ""), len(names), r"[\s,;/]+|\bog\b|\band\b")
    for index, person in enumerate(out):
        if phones:
            person["phone"] = phones[index]
        if emails:
            person["email"] = emails[index]
        elif index:
            person.pop("email", None)
    return out


def _read_row(
    preview: Preview,
    seen: PeopleIndex[Row],
    line: int,
    cells: list[str],
    columns: list[Column | None],
    header: list[str],
    class_id: str,
) -> None:
    extra = [c for c in cells[len(columns) :] if c.strip()]
    if extra:
        preview.rejected.append(
            Rejected(
                line,
                t(
                    "import.too_many_cells",
                    n=len(cells),
                    header=len(columns),
                    delimiter=_delimiter_name(preview.delimiter),
                ),
            )
        )
        return
    groups: dict[int, dict[str, str]] = {}
    for cell, column in zip(cells, columns, strict=False):
        if column is not None and cell.strip():
            groups.setdefault(column.group, {})[column.field] = " ".join(cell.split())
    shared = groups.get(1, {})
    child = shared.get("child") or " ".join(
        part for part in (shared.get("child_first", ""), shared.get("child_last", "")) if part
    )
    people: list[Person] = []
    problems: list[str] = []
    each: list[tuple[int, dict[str, str]]] = []
    for group in sorted(groups):
        names, unsure = split_guardians(groups[group]["name"]) if "name" in groups[group] else ([""], False)
        if unsure:
            preview.doubts.append(Rejected(line, t("import.maybe_two", name=groups[group]["name"])))
        each += [(group, values) for values in _one_per_guardian(groups[group], names)]
    for group, values in each:
        name = values.get("name") or " ".join(
            part for part in (values.get("first", ""), values.get("last", "")) if part
        )
        personal = {k: v for k, v in values.items() if k not in ("child", "child_first", "child_last")}
        if not name:
            if personal:
                problems.append(
                    t("import.no_name_group", group=group) if len(groups) > 1 else t("import.no_name")
                )
            continue
        try:
            person = Person(
                name=name,
                class_id=class_id,
                children=[child] if child else [],
                phone=normalise_phone(values.get("phone", "")),
                languages=split_list(values.get("languages", "")),
                needs_interpreter=yes_no_or_maybe(
                    values.get("interpreter", ""), t("col.interpreter").lower()
                ),
                notes=values.get("notes", ""),
            )
        except ValueError as exc:
            problems.append(f"{name}: {exc}")
            continue
        email = values.get("email", "").strip()
        if email and not EMAIL_RE.match(email):
            problems.append(f"{name}: " + t("import.email_bad", email=email))
            continue
        person.email = email.lower()
        people.append(person)
    if not people and not problems:
        problems.append(t("import.only_child", child=child) if child else t("import.no_name"))
    for problem in problems:
        preview.rejected.append(Rejected(line, problem))
    for person in people:
        _add_or_merge(preview, seen, line, person)


def _delimiter_name(delimiter: str) -> str:
    return {";": t("import.semicolon"), ",": t("import.comma"), "\t": t("import.tab")}.get(
        delimiter, delimiter
    )


def same_person(a: Person, b: Person) -> bool:
    """The same name and phone, or the same e-mail address."""
    if a.email and b.email and a.email.casefold() == b.email.casefold():
        return True
    return bool(a.phone) and a.phone == b.phone and name_key(a.name) == name_key(b.name)


V = TypeVar("V")


class PeopleIndex(Generic[V]):
    """People looked up by the keys `same_person` compares: the e-mail address, and the phone
    number with the name. `find` gives what a scan of everyone added would give first (the
    earliest added that is the same person), in a dictionary look-up or two instead of a
    comparison with everyone: a class list of 10,000 rows is read in linear time."""

    def __init__(self) -> None:
        self._by_email: dict[str, tuple[int, Person, V]] = {}
        self._by_phone_name: dict[tuple[str, str], tuple[int, Person, V]] = {}
        self._by_name: dict[str, tuple[int, Person, V]] = {}
        self._count = 0

    def add(self, person: Person, value: V) -> None:
        entry = (self._count, person, value)
        self._count += 1
        if person.email:
            self._by_email.setdefault(person.email.casefold(), entry)
        if person.phone:
            self._by_phone_name.setdefault((person.phone, name_key(person.name)), entry)
        self._by_name.setdefault(name_key(person.name), entry)

    def find(self, person: Person) -> V | None:
        candidates = []
        if person.email:
            candidates.append(self._by_email.get(person.email.casefold()))
        if person.phone:
            candidates.append(self._by_phone_name.get((person.phone, name_key(person.name))))
        found = [entry for entry in candidates if entry is not None and same_person(entry[1], person)]
        return min(found, key=lambda entry: entry[0])[2] if found else None

    def find_name(self, person: Person) -> V | None:
        """The earliest added with the same name, whatever their number."""
        entry = self._by_name.get(name_key(person.name))
        return entry[2] if entry is not None else None


def _add_or_merge(preview: Preview, seen: PeopleIndex[Row], line: int, person: Person) -> None:
    row = seen.find(person)
    if row is not None:
        new_children = [
            c for c in person.children if name_key(c) not in {name_key(k) for k in row.person.children}
        ]
        if not new_children:
            preview.rejected.append(
                Rejected(line, t("import.duplicate", name=person.name, where=preview.where(row.line)))
            )
            return
        row.person.children += new_children  # one guardian, two children in the class
        row.lines.append(line)
        return
    row = Row(line, person, lines=[line])
    seen.add(person, row)
    preview.rows.append(row)


def _match_existing(preview: Preview, existing: list[Person]) -> None:
    """Someone already in the class: the same person, or the same name (maybe a new number)."""
    index: PeopleIndex[Person] = PeopleIndex()
    for person in existing:
        index.add(person, person)
    for row in preview.rows:
        match = index.find(row.person)
        if match is None:
            match = index.find_name(row.person)
        if match is not None:
            row.action, row.match = "match", match
            row.changes = changes(match, row.person)


def changes(old: Person, new: Person) -> list[str]:
    out = []
    if new.phone and new.phone != old.phone:
        out.append(
            t(
                "import.change",
                what=t("col.phone"),
                old=show_phone(old.phone) or "–",
                new=show_phone(new.phone),
            )
        )
    if new.email and new.email != old.email:
        out.append(t("import.change", what=t("col.email"), old=old.email or "–", new=new.email))
    added = [c for c in new.children if name_key(c) not in {name_key(k) for k in old.children}]
    if added:
        out.append(t("import.add", what=t("col.children"), new=", ".join(added)))
    langs = [c for c in new.languages if c.casefold() not in {k.casefold() for k in old.languages}]
    if langs:
        out.append(t("import.add", what=t("col.languages"), new=", ".join(langs)))
    if new.needs_interpreter and not old.needs_interpreter:
        out.append(t("import.add", what=t("col.interpreter"), new=t("word.yes")))
    return out


def updated(old: Person, new: Person) -> Person:
    """The person already in the class, with what the file adds or corrects."""
    merged = Person.from_dict(old.to_dict())
    merged.phone = new.phone or old.phone
    merged.email = new.email or old.email
    merged.children = old.children + [
        c for c in new.children if name_key(c) not in {name_key(k) for k in old.children}
    ]
    merged.languages = old.languages + [
        c for c in new.languages if c.casefold() not in {k.casefold() for k in old.languages}
    ]
    merged.needs_interpreter = old.needs_interpreter or new.needs_interpreter
    if new.notes and new.notes not in old.notes:
        merged.notes = "\n".join(n for n in (old.notes, new.notes) if n)
    return merged


def apply(preview: Preview, update: bool) -> tuple[list[Person], list[Person]]:
    """(new people, updated people) to save: matches only change when `update` is true."""
    new = [row.person for row in preview.new]
    changed = [
        updated(row.match, row.person)
        for row in preview.matches
        if update and row.match is not None and row.changes
    ]
    return new, changed


def counted(key: str, count: int, **values) -> str:
    """`key` with a count in it: the `.one` wording when the count is 1 (1 ny, not 1 nye)."""
    one = f"{key}.one"
    return t(one if count == 1 and one in STRINGS else key, **values)


def summary(preview: Preview, update: bool, dry_run: bool, class_name: str) -> list[str]:
    """What the import did (or would do), for the command line and the import screen."""
    lines = [
        t(
            "import.read",
            file=preview.path.name,
            encoding=preview.encoding,
            delimiter=_delimiter_name(preview.delimiter),
            columns=", ".join(preview.columns),
        )
    ]
    if preview.ignored:
        lines.append(t("import.ignored", columns=", ".join(preview.ignored)))
    changed = [row for row in preview.matches if row.changes]
    updates = len(changed) if update else 0
    key = "import.would" if dry_run else "import.done"
    lines.append(counted(key, len(preview.new), name=class_name, new=len(preview.new), updated=updates))
    if changed and not update:
        lines.append(counted("import.matches_kept", len(changed), n=len(changed)))
    for row in changed:
        lines.append(f"  {preview.where(row.line)}: {row.person.name} ({'; '.join(row.changes)})")
    same = len(preview.matches) - len(changed)
    if same:
        lines.append(counted("import.unchanged", same, n=same))
    for doubt in preview.doubts:
        lines.append(f"  {preview.where(doubt.line)}: {doubt.reason}")
    return lines
