"""`kktui check-content`: every template and guide readable, both languages alike."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from kktui.i18n import t
from kktui.meeting.templates import Template, TemplateError, read_markdown, read_template
from kktui.storage import locations


def _check_guide(path: Path) -> list[str]:
    from kktui.guidance.guides import without_front_matter

    try:
        text = without_front_matter(read_markdown(path))
    except TemplateError as exc:
        return [str(exc)]
    problems = []
    tokens = MarkdownIt("commonmark").parse(text)
    if not any(tok.type == "heading_open" and tok.tag == "h1" for tok in tokens):
        problems.append(f"{path}:1: {t('check.guide_no_title')}")
    for tok in tokens:
        if tok.type == "html_block":
            problems.append(f"{path}:{(tok.map or [0])[0] + 1}: {t('check.raw_html')}")
    return problems


def _headings(path: Path) -> list[str] | None:
    """The heading levels of a guide; None if it cannot be read (_check_guide said why)."""
    from kktui.guidance.guides import without_front_matter

    try:
        text = without_front_matter(read_markdown(path))
    except TemplateError:
        return None
    tokens = MarkdownIt("commonmark").parse(text)
    return [tok.tag for tok in tokens if tok.type == "heading_open"]


def _parity(by_lang: dict[str, dict[str, Template]]) -> list[str]:
    problems = []
    langs = sorted(by_lang)
    for a_lang in langs:
        for b_lang in langs:
            if a_lang >= b_lang:
                continue
            a, b = by_lang[a_lang], by_lang[b_lang]
            for name in sorted(set(a) | set(b)):
                if name not in b:
                    problems.append(f"{a[name].path}:1: {t('check.missing_in', lang=b_lang)}")
                elif name not in a:
                    problems.append(f"{b[name].path}:1: {t('check.missing_in', lang=a_lang)}")
                else:
                    sa = [(s.planned_minutes, s.kind) if s.kind else s.planned_minutes for s in a[name].steps]
                    sb = [(s.planned_minutes, s.kind) if s.kind else s.planned_minutes for s in b[name].steps]
                    if sa != sb:
                        problems.append(
                            f"{b[name].path}:1: " + t("check.steps_differ", other=a[name].path, a=sa, b=sb)
                        )
                    la, lb = _guide_links(a[name]), _guide_links(b[name])
                    if la is not None and lb is not None and la != lb:
                        problems.append(
                            f"{b[name].path}:1: "
                            + t("check.links_differ", other=a[name].path, a=", ".join(la), b=", ".join(lb))
                        )
    return problems


def _guide_links(template: Template) -> list[str] | None:
    """The guides a template links to, step by step, in order (the anchors differ by language)."""
    from kktui.guidance.guides import GUIDE_LINK_RE, parse_link

    try:
        text = read_markdown(template.path)
    except TemplateError:  # said where the template is read
        return None
    return [parse_link(m.group(1))[0] for m in GUIDE_LINK_RE.finditer(text)]  # type: ignore[index]  # a matched link parses


def _check_guide_links(template: Template, guides_root: Path | None) -> list[str]:
    """Every `guide:ID#anchor` link in a template must lead to a guide and heading that exist."""
    from kktui.guidance.guides import GUIDE_LINK_RE, parse_link, read_guide

    problems = []
    try:
        text = read_markdown(template.path)
    except TemplateError as exc:  # it was read a moment ago; it changed since
        return [str(exc)]
    for number, line in enumerate(text.splitlines(), start=1):
        for match in GUIDE_LINK_RE.finditer(line):
            guide_id, anchor = parse_link(match.group(1))  # type: ignore[misc]  # parse_link returns a pair for a matched link
            path = guides_root / template.lang / f"{guide_id}.md" if guides_root else None
            if path is None or not path.is_file():
                problems.append(f"{template.path}:{number}: {t('check.no_guide', id=guide_id)}")
            elif anchor:
                try:
                    found: object = read_guide(path, template.lang).find_heading(anchor)
                except TemplateError as exc:  # the guide itself is reported where it is checked
                    found = exc
                if found is None:
                    problems.append(
                        f"{template.path}:{number}: {t('check.no_anchor', id=guide_id, anchor=anchor)}"
                    )
    return problems


def check_content(root: Path) -> tuple[list[str], int, int]:
    """Problems as `file:line: message`, and how many templates and guides were read."""
    problems: list[str] = []
    templates_root = root / "templates" if (root / "templates").is_dir() else None
    guides_root = root / "guides" if (root / "guides").is_dir() else None
    if templates_root is None and guides_root is None:
        templates_root = root
    by_lang: dict[str, dict[str, Template]] = {}
    n_templates = n_guides = 0
    if templates_root is not None:
        for path in sorted(templates_root.rglob("*.md")):
            lang = path.parent.name if path.parent != templates_root else "nb"
            n_templates += 1
            try:
                template = read_template(path, lang, builtin=True)
            except TemplateError as exc:
                problems.append(str(exc))
                continue
            by_lang.setdefault(lang, {})[path.stem] = template
            problems += _check_guide_links(template, guides_root or locations.content_dir() / "guides")
        problems += _parity(by_lang)
    if guides_root is not None:
        guides: dict[str, dict[str, Path]] = {}
        for path in sorted(guides_root.rglob("*.md")):
            n_guides += 1
            problems += _check_guide(path)
            guides.setdefault(path.parent.name, {})[path.stem] = path
        langs = sorted(guides)
        for other in langs[1:]:
            for name in sorted(set(guides[langs[0]]) | set(guides[other])):
                a, b = guides[langs[0]].get(name), guides[other].get(name)
                if a is None or b is None:
                    present = a or b
                    problems.append(
                        f"{present}:1: {t('check.missing_in', lang=other if b is None else langs[0])}"
                    )
                elif None not in (ha := _headings(a), hb := _headings(b)) and ha != hb:
                    problems.append(f"{b}:1: {t('check.guide_differs', other=a)}")
    return problems, n_templates, n_guides
