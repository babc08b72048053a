"""Keeping the catalogues: `python -m kktui.i18n.tool extract|compile|check` (needs Babel).

- `extract` writes `kktui/locale/kktui.pot`: every message id the code uses, found by
  Babel's extractor with the project's keywords (`t`, `tn`) plus the ids the code builds
  (`t(f"role.{kind}")`) or keeps in a variable, each with the bokmål text as a comment and
  where it is used. `pybabel update`/`init` take it from there.
- `compile` writes the `.mo` next to each `.po` (what `pybabel compile` does).
- `check` says what is missing, unused or inconsistent, one line each; exit 1 if anything.

Not imported by the app: only by developers, translators and the tests.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kktui.i18n import DOMAIN, LANGUAGES, LOCALE_DIR

if TYPE_CHECKING:  # Babel is imported where it is used, so importing the module needs only Python
    from babel.messages.catalog import Catalog, Message

ROOT = LOCALE_DIR.parent.parent if (LOCALE_DIR.parent.parent / "screens").is_dir() else LOCALE_DIR.parent
CODE_DIRS = ("kktui", "screens")
KEYWORDS = {"t": None, "tn": None}  # the message id is the first argument of both
POT = LOCALE_DIR / f"{DOMAIN}.pot"


def _shown(path: Path) -> str:
    """A path as the developer reads it: inside the repo, relative to it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(lang: str) -> Catalog:
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as file:
        return read_po(file, locale=lang, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


@dataclass
class CodeUse:
    """What the code asks of the catalogue."""

    literal: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # id -> where, in t()/tn()
    plural: set[str] = field(default_factory=set)  # ids given to tn()
    singular: set[str] = field(default_factory=set)  # ids given to t()
    families: list[tuple[re.Pattern[str], str, int]] = field(default_factory=list)  # t(f"role.{kind}")
    constants: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # every other string literal


def _code_files() -> Iterator[Path]:
    for name in CODE_DIRS:
        yield from sorted((ROOT / name).rglob("*.py"))


def _builds_id(node: ast.JoinedStr) -> bool:
    """An f-string that starts with an area (`help.`, `role.`): the code building a message id."""
    first = node.values[0] if node.values else None
    return isinstance(first, ast.Constant) and re.match(r"[a-z_]+\.", str(first.value)) is not None


def _family(node: ast.JoinedStr) -> re.Pattern[str]:
    parts = [re.escape(str(v.value)) if isinstance(v, ast.Constant) else r"[^.]+?" for v in node.values]
    return re.compile("".join(parts) + "$")


def scan_code() -> CodeUse:
    """Every t()/tn() call and string literal of the code (an ast walk: exact, no regex)."""
    use = CodeUse()
    for path in _code_files():
        where = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
        in_call: set[int] = set()
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS
            ):
                continue
            if not node.args:
                continue
            first = node.args[0]
            in_call.add(id(first))
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                use.literal.setdefault(first.value, []).append((where, node.lineno))
                (use.plural if node.func.id == "tn" else use.singular).add(first.value)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in in_call:
                use.constants.setdefault(node.value, []).append((where, node.lineno))
            elif isinstance(node, ast.JoinedStr) and _builds_id(node):  # t(f"role.{kind}"), key = f"help.{x}"
                use.families.append((_family(node), where, node.lineno))
            elif (  # "live_view." + status
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Add)
                and isinstance(node.left, ast.Constant)
                and re.fullmatch(r"[a-z_]+\.[a-z_.]*", str(node.left.value))
            ):
                use.families.append(
                    (re.compile(re.escape(str(node.left.value)) + r"[^.]+$"), where, node.lineno)
                )
    return use


def used_ids(use: CodeUse, known: set[str]) -> dict[str, list[tuple[str, int]]]:
    """Catalogue ids the code uses: literally, through an f-string family, or kept in a variable."""
    found = {key: list(places) for key, places in use.literal.items()}
    for key in known - found.keys():
        places = [(where, line) for pattern, where, line in use.families if pattern.match(key)]
        places += use.constants.get(key, [])
        if places:
            found[key] = places
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _texts(message: Message) -> list[str]:
    value = message.string
    return [value] if isinstance(value, str) else list(value or ())


def problems() -> list[str]:
    """What is wrong with the catalogues against the code and against each other."""
    use = scan_code()
    catalogues = {lang: read_catalogue(lang) for lang in LANGUAGES}
    source = catalogues["nb"]
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in source if m.id}
    used = used_ids(use, known)
    out: list[str] = []
    for key in sorted(use.literal):
        for lang, cat in catalogues.items():
            if cat.get(key) is None:
                where, line = use.literal[key][0]
                out.append(f"{where}:{line}: {key} is missing in {_shown(po_path(lang))}")
    for key in sorted(known - used.keys()):
        out.append(f"{_shown(po_path('nb'))}: {key} is not used in the code")
    for lang, cat in catalogues.items():
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in cat if m.id}
        for key in sorted(ids - known):
            out.append(f"{_shown(po_path(lang))}: {key} is not in the bokmål catalogue")
        for message in cat:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            base = source.get(message.id)
            if base is None:
                continue
            texts, base_texts = _texts(message), _texts(base)
            if not all(texts):
                out.append(f"{_shown(po_path(lang))}: {key} has no text")
            if message.pluralizable != base.pluralizable:
                out.append(f"{_shown(po_path(lang))}: {key} must be plural as in bokmål (or not)")
            want = set().union(*(_fields(x) for x in base_texts))
            for text in texts:
                if text and _fields(text) - want - {"n"}:
                    out.append(f"{_shown(po_path(lang))}: {key} has placeholders bokmål lacks")
            if message.fuzzy:
                out.append(f"{_shown(po_path(lang))}: {key} is marked fuzzy")
    for key in sorted(use.plural):
        entry = source.get((key, key)) or source.get(key)
        if entry is not None and not entry.pluralizable:
            out.append(
                f"{use.literal[key][0][0]}:{use.literal[key][0][1]}: tn() on {key}, which has no plural forms"
            )
    for key in sorted(use.singular):
        entry = source.get(key)
        if entry is not None and entry.pluralizable:
            out.append(
                f"{use.literal[key][0][0]}:{use.literal[key][0][1]}: t() on {key}, which has plural forms: use tn()"
            )
    for lang, cat in catalogues.items():
        mo = po_path(lang).with_suffix(".mo")
        if not mo.is_file() or mo.read_bytes() != compiled(cat):
            out.append(
                f"{_shown(mo)} is not compiled from its .po: pybabel compile -d kktui/locale -D {DOMAIN}"
            )
    return out


def extract() -> Path:
    """Write the .pot: what Babel extracts from the code, plus ids the code builds or holds."""
    source = read_catalogue("nb")
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import write_po

    pot = Catalog(
        domain=DOMAIN,
        project="kktui",
        version="1",
        copyright_holder="the kktui authors",
        msgid_bugs_address="",
        fuzzy=False,
    )
    use = scan_code()
    found: dict[str, list[tuple[str, int]]] = {}
    with contextlib.redirect_stderr(io.StringIO()):  # Babel names every f-string it skips
        for name in CODE_DIRS:
            for filename, lineno, message, _comments, _context in extract_from_dir(
                ROOT / name, keywords=KEYWORDS, comment_tags=(), strip_comment_tags=True
            ):
                key = message if isinstance(message, str) else message[0]
                # Babel joins the strings of `t("a" if x else "b")` into one; keep what the
                # ast walk saw as a literal id.
                if key in use.literal:
                    found.setdefault(key, []).append((f"{name}/{filename}", lineno))
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in source if m.id}
    for key, places in used_ids(use, known).items():
        found.setdefault(key, places)
    for key in sorted(found):
        base = source.get(key) or source.get((key, key))
        plural = base is not None and base.pluralizable
        nb = " | ".join(_texts(base)) if base is not None else ""
        pot.add(
            (key, key) if plural else key, locations=found[key], auto_comments=[f"nb: {nb}"] if nb else []
        )
    with POT.open("wb") as file:
        write_po(file, pot, width=0, sort_output=True)
    return POT


def compile_all() -> list[Path]:
    written = []
    for lang in LANGUAGES:
        mo = po_path(lang).with_suffix(".mo")
        mo.write_bytes(compiled(read_catalogue(lang)))
        written.append(mo)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "extract":
        print(extract())
    elif command == "compile":
        for path in compile_all():
            print(path)
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    else:
        print("usage: python -m kktui.i18n.tool extract|compile|check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
