"""Class lists as people really have them: Excel (semicolons, Windows-1252 or UTF-8 with a
BOM), Google Sheets (commas, UTF-8), headers in Norwegian or English, columns in any order.

`read_class_list` never raises for a bad row: every row is either imported, matched
with someone already in the class (to update, if the user wants), or rejected with
its line number and a reason. Only a file that cannot be read at all raises ClassListError
(see csv_read.py; the values themselves are checked in contact_fields.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from kktui.i18n import has, t
from kktui.i18n.answers import yes_no_or_maybe
from kktui.school.contact_fields import (
    EMAIL_RE,
    normalise_phone,
    one_per_guardian,
    show_phone,
    split_guardians,
    split_list,
)
from kktui.school.csv_read import Column, read_table
from kktui.school.model import Person, name_key


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


def read_class_list(path: Path, existing: Sequence[Person] = (), class_id: str = "") -> Preview:
    """Read and check a class list; nothing is saved (see `apply`)."""
    table = read_table(path)
    records, header_index, columns = table.records, table.header_index, table.columns
    header_line, header_cells = records[header_index]
    used = [cell.strip() for cell, col in zip(header_cells, columns, strict=False) if col]
    ignored = [
        cell.strip() for cell, col in zip(header_cells, columns, strict=False) if not col and cell.strip()
    ]
    preview = Preview(path, table.encoding, table.delimiter, used, ignored, [], [])
    seen: PeopleIndex[Row] = PeopleIndex()
    for line, cells in records[header_index + 1 :]:
        _read_row(preview, seen, line, cells, columns, header_cells, class_id)
    _match_existing(preview, list(existing))
    return preview


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
        each += [(group, values) for values in one_per_guardian(groups[group], names)]
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
    return t(one if count == 1 and has(one) else key, **values)


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
