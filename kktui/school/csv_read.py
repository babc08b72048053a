"""Turning a class list file into rows of cells, before anyone is read from them.

Kept apart from the import itself because it is about files, not people: opening with
size limits, decoding (BOM, UTF-8, Windows-1252), finding the separator and the header
row (which may stand under a title), and mapping header words to fields.
Only a file that cannot be read at all raises ClassListError.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kktui.i18n import t
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
MAX_BYTES = 5_000_000  # a class list is a few kB; this is a register of a whole county
MAX_ROWS = 10_000
MAX_CELL = 128 * 1024  # csv's own field limit: a name, a number or a note is far less


class ClassListError(ValueError):
    """The file cannot be read as a class list at all; str() is one sentence with file:line."""


@dataclass
class Column:
    field: str  # name, first, last, child, phone, email, languages, interpreter, notes
    group: int  # 1 for the first guardian in a row, 2 for "Foresatt 2", ...


@dataclass
class Table:
    """A class list read into records, with its header row found and the columns mapped."""

    encoding: str
    delimiter: str
    records: list[tuple[int, list[str]]]
    header_index: int
    columns: list[Column | None]


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


def read_table(path: Path) -> Table:
    """Read the file, refusing what is too big, unreadable or has no name column."""
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
    return Table(encoding, delimiter, records, header_index, columns)
