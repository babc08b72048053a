"""Meeting templates: plain Markdown a parent can edit, parsed with markdown-it-py.

Format (see content/README.md): optional front matter, one `#` title, purpose text,
then one `##` heading per agenda step ending in its planned minutes, "(10 min)".
Inside a step, text is guidance for the person leading; `###` sections name
prompts (questions for the room), a checklist, and the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kktui.i18n import t
from kktui.i18n.answers import answer
from kktui.meeting.model import AgendaStep, ChecklistItem, Meeting
from kktui.meeting.template_ids import YEAR_ORDER
from kktui.storage import locations
from kktui.storage.files import ContentRefused, read_small_text
from kktui.text import visible

MINUTES_RE = re.compile(
    r"^(?P<title>.*?)\s*\(\s*(?P<minutes>\d+)\s*(?:min|min\.|minutt|minutter|minute|minutes)\s*\)"
    r"\s*(?:\{(?P<kind>[^}]*)\})?\s*$",
    re.IGNORECASE,
)
# A step may end with {kind} to get a panel of its own in the live meeting.
STEP_KINDS = {"preparation", "start", "content", "closing", "election", "followup"}
CHECKBOX_RE = re.compile(r"^\[( |x|X)\]\s+")
SECTIONS = {
    "veiledning": "guidance",
    "guidance": "guidance",
    "rettleiing": "guidance",
    "spørsmål": "prompts",
    "prompts": "prompts",
    "questions": "prompts",
    "sjekkliste": "checklist",
    "checklist": "checklist",
    "kilde": "source",
    "kilder": "source",
    "kjelde": "source",
    "kjelder": "source",
    "source": "source",
    "sources": "source",
}
# "sist kontrollert" / "last checked": when the legal statements in the file were last
# checked against the law (kktui/guidance/law_dates.py warns when it is over a year ago).
FRONT_MATTER_KEYS = {"confidential", "leader", "kind", "sist kontrollert", "last checked", "approval"}


class TemplateError(Exception):
    """`file:line: what is wrong`, ready to show as it is."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass
class StepTemplate:
    title: str
    planned_minutes: int
    guidance: str = ""
    prompts: list[str] = field(default_factory=list)
    checklist: list[str] = field(default_factory=list)
    source: str = ""
    kind: str = ""
    line: int = 0


@dataclass
class Template:
    id: str
    lang: str
    path: Path
    title: str
    purpose: str = ""
    confidential: bool = False
    leader: str = ""
    kind: str = ""
    builtin: bool = True
    approval: bool = True  # starts with the approval of the last minutes (front matter `approval: no`)
    steps: list[StepTemplate] = field(default_factory=list)

    @property
    def planned_minutes(self) -> int:
        return sum(step.planned_minutes for step in self.steps)

    def new_steps(self) -> list[AgendaStep]:
        return [
            AgendaStep(
                title=s.title,
                planned_minutes=s.planned_minutes,
                guidance=s.guidance,
                prompts=list(s.prompts),
                checklist=[ChecklistItem(c) for c in s.checklist],
                source=s.source,
                kind=s.kind,
            )
            for s in self.steps
        ]

    def new_meeting(self, **details) -> Meeting:
        return Meeting(
            title=details.pop("title", None) or self.title,
            template=self.id,
            lang=self.lang,
            purpose=self.purpose,
            confidential=self.confidential,
            steps=self.new_steps(),
            **details,
        )


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark")


def _front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], int, dict[str, int]]:
    """Parse `key: value` lines between two `---` lines at the very top (and their line numbers)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, {}
    values: dict[str, str] = {}
    numbers: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return values, number, numbers
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FRONT_MATTER_KEYS:
            raise TemplateError(
                path,
                number,
                t("tpl.bad_front_matter", line=line.strip(), keys=", ".join(sorted(FRONT_MATTER_KEYS))),
            )
        values[key] = value.strip()
        numbers[key] = number
    raise TemplateError(path, 1, t("tpl.front_matter_open"))


def _short(text: str, most: int = 80) -> str:
    """A heading as quoted in an error: a line of 5,000 nines is not read back whole."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _inline_text(tokens: list[Token], start: int) -> str:
    for token in tokens[start:]:
        if token.type == "inline":
            return token.content.strip()
    return ""


def parse_template(text: str, path: Path | str, lang: str = "nb", builtin: bool = True) -> Template:
    path = Path(path)
    text = visible(text)  # a shared template's ESC ] 52 … is shown, never sent to a terminal
    lines = text.splitlines()
    meta, offset, meta_lines = _front_matter(lines, path)
    body = "\n".join(lines[offset:])
    tokens = _md().parse(body)

    def line_of(token: Token) -> int:
        return (token.map[0] if token.map else 0) + offset + 1

    def block_text(token: Token, end_line: int) -> str:
        start = token.map[0] if token.map else 0
        return "\n".join(lines[offset + start : offset + end_line])

    template = Template(id=path.stem, lang=lang, path=path, title="", builtin=builtin)
    confidential = meta.get("confidential", "no")
    if answer(confidential) not in ("yes", "no"):  # "kanskje" is neither
        raise TemplateError(
            path,
            meta_lines.get("confidential", 1),
            t("tpl.bad_yes_no", key="confidential", value=confidential.lower()),
        )
    template.confidential = answer(confidential) == "yes"
    approve = meta.get("approval", "yes")
    if answer(approve) not in ("yes", "no"):
        raise TemplateError(
            path, meta_lines.get("approval", 1), t("tpl.bad_yes_no", key="approval", value=approve.lower())
        )
    template.approval = answer(approve) == "yes"
    template.leader = meta.get("leader", "")
    template.kind = meta.get("kind", "")

    step: StepTemplate | None = None
    section, section_title = "guidance", ""
    chunks: dict[str, list[str]] = {}
    i = 0

    def finish_step() -> None:
        if step is None:
            template.purpose = "\n\n".join(chunks.get("guidance", [])).strip()
        else:
            step.guidance = "\n\n".join(chunks.get("guidance", [])).strip()
            step.source = "\n\n".join(chunks.get("source", [])).strip()

    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            title = _inline_text(tokens, i + 1)
            level = int(token.tag[1])
            if level == 1:
                if template.title:
                    raise TemplateError(path, line_of(token), t("tpl.second_title", title=title))
                template.title = title
            elif not template.title:
                raise TemplateError(path, line_of(token), t("tpl.no_title"))
            elif level == 2:
                finish_step()
                match = MINUTES_RE.match(title)
                if not match or not match.group("title"):
                    raise TemplateError(path, line_of(token), t("tpl.no_minutes", title=_short(title)))
                digits = match.group("minutes")  # thousands of digits: no int() (digit limit)
                minutes = int(digits) if len(digits) <= 6 else 0
                if not 1 <= minutes <= 600:
                    raise TemplateError(path, line_of(token), t("tpl.bad_minutes", title=_short(title)))
                kind = (match.group("kind") or "").strip().lower()
                if match.group("kind") is not None and kind not in STEP_KINDS:
                    raise TemplateError(
                        path,
                        line_of(token),
                        t("tpl.bad_kind", kind=match.group("kind"), kinds=", ".join(sorted(STEP_KINDS))),
                    )
                step = StepTemplate(match.group("title").strip(), minutes, kind=kind, line=line_of(token))
                template.steps.append(step)
                section, chunks = "guidance", {}
            elif level == 3:
                name = SECTIONS.get(title.strip().rstrip(":").lower())
                if name is None or step is None:
                    raise TemplateError(
                        path,
                        line_of(token),
                        t(
                            "tpl.bad_section",
                            title=title,
                            names="Veiledning, Spørsmål, Sjekkliste, Kilde / Rettleiing, Kjelde / Guidance, Prompts, Checklist, Source",
                        ),
                    )
                section, section_title = name, title.strip()
            else:
                chunks.setdefault(section, []).append(block_text(token, token.map[1]))  # type: ignore[index]  # markdown-it gives block tokens a map
            i += 3
            continue
        if token.level != 0 or token.nesting == -1:
            i += 1
            continue
        # A top-level block: find where it ends.
        j = i
        if token.nesting == 1:
            depth = 0
            for j in range(i, len(tokens)):
                depth += tokens[j].nesting
                if depth == 0:
                    break
        block = tokens[i : j + 1]
        if not template.title:
            raise TemplateError(path, line_of(token), t("tpl.text_before_title"))
        if section in ("prompts", "checklist"):
            if token.type not in ("bullet_list_open", "ordered_list_open"):
                raise TemplateError(path, line_of(token), t("tpl.list_only", section=section_title))
            assert step is not None  # a list section belongs to a step (checked when it opened)
            for k, item in enumerate(block):
                if item.type == "list_item_open" and item.level == 1:
                    text = _inline_text(block, k)
                    if section == "checklist":
                        text = CHECKBOX_RE.sub("", text)
                        step.checklist.append(text)
                    else:
                        step.prompts.append(text)
        else:
            end = token.map[1] if token.map else 0
            chunks.setdefault(section, []).append(block_text(token, end))
        i = j + 1

    if not template.title:
        raise TemplateError(path, 1, t("tpl.no_title"))
    finish_step()
    if not template.steps:
        raise TemplateError(path, len(lines) or 1, t("tpl.no_steps"))
    return template


def read_markdown(path: Path) -> str:
    """The text of a template or guide file; TemplateError(`file:1: why`) for anything that
    is not an ordinary UTF-8 file of sane size (a pipe, /dev/zero, a folder, 1 GB)."""
    try:
        return read_small_text(path)
    except UnicodeDecodeError as exc:
        raise TemplateError(path, 1, t("tpl.not_utf8", pos=exc.start)) from None
    except ContentRefused as exc:
        raise TemplateError(path, 1, str(exc)) from None
    except OSError as exc:
        raise TemplateError(path, 1, str(exc.strerror or exc)) from None


# Parsed templates by their file and its text: a command that looks up three templates (the
# demo) read the same eight files three times, parsing each with markdown-it. The text is the
# key, so an edited file is parsed again; a bad one is not kept (its error is raised each time).
_PARSED: dict[tuple[str, str, bool, str], Template] = {}


def read_template(path: Path, lang: str, builtin: bool) -> Template:
    text = read_markdown(path)
    key = (str(path), lang, builtin, text)
    if key not in _PARSED:
        _PARSED[key] = parse_template(text, path, lang=lang, builtin=builtin)
    # A copy: a caller may rename it (load_templates does for the user's own); the steps are
    # only read (new_steps copies what a meeting may change).
    return replace(_PARSED[key])


def _year_position(path: Path) -> tuple[int, str]:
    stem = path.stem
    return (YEAR_ORDER.index(stem) if stem in YEAR_ORDER else len(YEAR_ORDER), stem)


def load_templates(lang: str, data_dir: Path | None = None) -> tuple[list[Template], list[TemplateError]]:
    """Built-in templates for `lang`, then the user's own; broken ones become errors."""
    found: list[Template] = []
    errors: list[TemplateError] = []
    sources = [(locations.templates_dir(lang), True)]
    if data_dir is not None:
        sources.append((locations.user_templates_dir(data_dir), False))
    for folder, builtin in sources:
        for path in sorted(folder.glob("*.md"), key=_year_position) if folder.is_dir() else []:
            try:
                template = read_template(path, lang, builtin)
            except TemplateError as exc:
                errors.append(exc)
                continue
            if not builtin:
                template.id = f"user:{path.stem}"
            found.append(template)
    return found, errors


def find_template(template_id: str, lang: str, data_dir: Path | None = None) -> Template | None:
    """The template with this id, as load_templates would list it (None if it is missing or
    broken). Its id names its file, so only that one file is read."""
    builtin = not template_id.startswith("user:")
    stem = template_id if builtin else template_id[len("user:") :]
    if builtin:
        folder = locations.templates_dir(lang)
    elif data_dir is not None:
        folder = locations.user_templates_dir(data_dir)
    else:
        return None
    path = folder / f"{stem}.md"
    if not stem or Path(stem).name != stem or stem.startswith(".") or not path.is_file():
        return None
    try:
        template = read_template(path, lang, builtin)
    except TemplateError:
        return None
    if not builtin:
        template.id = template_id
    return template
