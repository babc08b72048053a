"""The guides in content/guides: titles, headings and a plain search, without Textual.

Templates point at a guide with a Markdown link `[text](guide:ID#heading-slug)`;
`parse_link` reads such a link and `find_heading` resolves the slug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt

from kktui.storage import locations
from kktui.text import visible

SCHEME = "guide:"
GUIDE_LINK_RE = re.compile(r"\]\((guide:[^)\s]+)\)")


def slug(text: str) -> str:
    """GitHub-style anchor: lower case, punctuation dropped, spaces to hyphens (æøå kept)."""
    text = re.sub(r"[^\w\s-]", "", text.strip().lower())
    return re.sub(r"\s+", "-", text)


@dataclass
class Heading:
    level: int
    title: str
    line: int

    @property
    def anchor(self) -> str:
        return slug(self.title)


@dataclass
class Guide:
    id: str
    lang: str
    path: Path
    title: str
    text: str
    headings: list[Heading] = field(default_factory=list)

    def find_heading(self, anchor: str) -> Heading | None:
        for heading in self.headings:
            if heading.anchor == anchor:
                return heading
        return None

    def section_of(self, line: int) -> Heading | None:
        """The heading a line of the text falls under."""
        found = None
        for heading in self.headings:
            if heading.line <= line:
                found = heading
        return found


def _front_end(lines: list[str]) -> int | None:
    """The line index of the `---` closing front matter that opens on the first line, if any."""
    if not lines or lines[0].strip() != "---":
        return None
    return next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)


def front_matter(text: str) -> dict[str, str]:
    """The `key: value` lines between two `---` lines at the very top of a guide (keys in lower case)."""
    lines = text.splitlines()
    end = _front_end(lines)
    values: dict[str, str] = {}
    for line in lines[1:end] if end else []:
        key, sep, value = line.partition(":")
        if sep:
            values[key.strip().lower()] = value.strip()
    return values


def without_front_matter(text: str) -> str:
    """The guide as it is shown: front matter blanked out, so line numbers stay those of the file.

    Front matter that is never closed is not front matter: the text is shown as it is."""
    lines = text.splitlines()
    end = _front_end(lines)
    if end is None:
        return text
    return "\n" * (end + 1) + "\n".join(lines[end + 1 :])


@dataclass
class Match:
    guide: Guide
    heading: Heading | None
    snippet: str


def read_guide(path: Path, lang: str) -> Guide:
    """Raises TemplateError (`file:1: why`) for a file that is not an ordinary, small UTF-8 file."""
    from kktui.meeting.templates import read_markdown

    text = visible(without_front_matter(read_markdown(path)))
    tokens = MarkdownIt("commonmark").parse(text)
    headings, title = [], path.stem
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            content = tokens[index + 1].content.strip()
            level = int(token.tag[1])
            if level == 1:
                title = content
            else:
                headings.append(Heading(level, content, (token.map or [0])[0]))
    return Guide(path.stem, lang, path, title, text, headings)


# Reading order: the role first, then why and how, then the hard conversations.
ORDER = [
    "klassekontakt-rollen",
    "hvorfor-samarbeid",
    "hindringer",
    "informasjon-dialog-medvirkning",
    "hva-foreldre-kan-gjore",
    "anerkjennelse",
    "utfordrende-samtale",
    "utviklingssamtale",
    "mobbing",
    "personvern",
    "fau",
    "klassekasse",
]


def _position(path: Path) -> tuple[int, str]:
    return (ORDER.index(path.stem) if path.stem in ORDER else len(ORDER), path.stem)


def load_guides(lang: str) -> list[Guide]:
    folder = locations.guides_dir(lang)
    if not folder.is_dir():
        return []
    from kktui.meeting.templates import TemplateError

    guides = []
    for path in sorted(folder.glob("*.md"), key=_position):
        try:
            guides.append(read_guide(path, lang))
        except TemplateError:  # not a guide (a pipe, a huge file): `check-content` names it
            continue
    return guides


def parse_link(href: str) -> tuple[str, str] | None:
    """`guide:ID#anchor` -> (ID, anchor); None for any other link."""
    if not href.startswith(SCHEME):
        return None
    target = href[len(SCHEME) :]
    guide_id, _, anchor = target.partition("#")
    return guide_id, anchor


def first_link(*texts: str) -> tuple[str, str] | None:
    """The first guide link in the given Markdown texts (a step's guidance and source)."""
    for text in texts:
        if match := GUIDE_LINK_RE.search(text or ""):
            return parse_link(match.group(1))
    return None


def search(guides: list[Guide], query: str, limit: int = 50) -> list[Match]:
    """Every line that contains all the words of the query, with the section it is in."""
    words = [w for w in query.lower().split() if w]
    if not words:
        return []
    found: list[Match] = []
    for guide in guides:
        if all(w in guide.title.lower() for w in words):
            found.append(Match(guide, None, guide.title))
        for number, line in enumerate(guide.text.splitlines()):
            plain = line.strip().lstrip("#-*> ").strip()
            if plain and plain != guide.title and all(w in plain.lower() for w in words):
                found.append(Match(guide, guide.section_of(number), plain))
                if len(found) >= limit:
                    return found
    return found
