"""Templates are Markdown a parent edits by hand: what they get, and how mistakes are reported."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kktui.guidance.check import check_content
from kktui.meeting.templates import (
    TemplateError,
    find_template,
    load_templates,
    parse_template,
    read_template,
)
from kktui.storage import locations

GOOD = """\
---
leader: teacher
confidential: ja
kind: foreldremote
---
# Foreldremøte høst

Hva møtet er til for.

Andre avsnitt om formålet.

## Velkommen (5 min)

Ønsk velkommen og **presenter** planen.

### Spørsmål
- Hvem er nye i klassen?
- Hva ønsker dere å snakke om?

### Sjekkliste
- [ ] Navnelapper på bordet
- [x] Agenda sendt ut
- Kaffe

### Kilde
Nordahl og Drugli (2016).

## Samarbeid hjem–skole (15 minutter)

Veiledning for punktet.

### Prompts
1. Hva fungerer?

### Veiledning
Mer veiledning etter spørsmålene.

## Avslutning (10 minutes)
"""


def parse(text: str, name: str = "mal.md") -> object:
    return parse_template(text, Path("/maler") / name)


def error_of(text: str, name: str = "mal.md") -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse(text, name)
    return info.value


# -- a well-formed template ------------------------------------------------------


def test_well_formed_template() -> None:
    template = parse(GOOD, "foreldremote-host.md")

    assert template.id == "foreldremote-host"
    assert template.title == "Foreldremøte høst"
    assert template.purpose == "Hva møtet er til for.\n\nAndre avsnitt om formålet."
    assert template.confidential is True
    assert template.leader == "teacher"
    assert template.kind == "foreldremote"
    assert [(s.title, s.planned_minutes) for s in template.steps] == [
        ("Velkommen", 5),
        ("Samarbeid hjem–skole", 15),
        ("Avslutning", 10),
    ]
    assert template.planned_minutes == 30

    welcome, together, closing = template.steps
    assert welcome.guidance == "Ønsk velkommen og **presenter** planen."
    assert welcome.prompts == ["Hvem er nye i klassen?", "Hva ønsker dere å snakke om?"]
    assert welcome.checklist == ["Navnelapper på bordet", "Agenda sendt ut", "Kaffe"]
    assert welcome.source == "Nordahl og Drugli (2016)."
    assert together.prompts == ["Hva fungerer?"]
    assert together.guidance == "Veiledning for punktet.\n\nMer veiledning etter spørsmålene."
    assert together.checklist == [] and together.source == ""
    assert closing.guidance == "" and closing.prompts == []
    assert [s.line for s in template.steps] == [12, 28, 38]


def test_template_becomes_a_meeting() -> None:
    template = parse(GOOD, "foreldremote-host.md")
    meeting = template.new_meeting(date="2026-12-15")

    assert meeting.title == "Foreldremøte høst"
    assert meeting.template == "foreldremote-host"
    assert meeting.confidential is True
    assert meeting.date == "2026-12-15"
    assert [s.planned_minutes for s in meeting.steps] == [5, 15, 10]
    assert [c.text for c in meeting.steps[0].checklist] == [
        "Navnelapper på bordet",
        "Agenda sendt ut",
        "Kaffe",
    ]
    assert not any(c.done for c in meeting.steps[0].checklist)
    # Each meeting gets its own copy: ticking one does not touch the template or the next meeting.
    meeting.steps[0].prompts.append("changed")
    assert template.new_meeting().steps[0].prompts == [
        "Hvem er nye i klassen?",
        "Hva ønsker dere å snakke om?",
    ]


def test_without_front_matter_defaults_apply() -> None:
    template = parse("# Kort møte\n\n## Eneste punkt (1 min)\n")
    assert template.confidential is False
    assert template.leader == "" and template.kind == ""
    assert template.purpose == ""
    assert [(s.title, s.planned_minutes) for s in template.steps] == [("Eneste punkt", 1)]


@pytest.mark.parametrize("value, expected", [("yes", True), ("nei", False), ("No", False), ("JA", True)])
def test_confidential_yes_no(value: str, expected: bool) -> None:
    template = parse(f"---\nconfidential: {value}\n---\n# T\n\n## S (5 min)\n")
    assert template.confidential is expected


# -- mistakes, reported as file:line: message ------------------------------------------

ERRORS = {
    "step heading without minutes": (
        "# T\n\nFormål.\n\n## Første (5 min)\n\nTekst.\n\n## Andre uten tid\n\nMer.\n",
        9,
        "Andre uten tid",
    ),
    "unknown ### section": ("# T\n\n## S (5 min)\n\nVeiledning.\n\n### Notater\n- a\n", 7, "Notater"),
    "### section before any step": ("# T\n\nFormål.\n\n### Spørsmål\n- a\n\n## S (5 min)\n", 5, "Spørsmål"),
    "text before the title": ("\n\nHei!\n\n# T\n\n## S (5 min)\n", 3, None),
    "second # title": ("# T\n\n## S (5 min)\n\nTekst.\n\n# Enda en tittel\n", 7, "Enda en tittel"),
    "prompts with a paragraph": (
        "# T\n\n## S (5 min)\n\n### Spørsmål\n\nBare tekst, ingen liste.\n",
        7,
        "Spørsmål",
    ),
    "checklist followed by a paragraph": (
        "# T\n\n## S (5 min)\n\n### Checklist\n- [ ] a\n\nLøs tekst.\n",
        8,
        "Checklist",
    ),
    "no steps": ("# T\n\nBare formål.\n\nOg mer formål.\n", 5, None),
    "no title at all": ("## S (5 min)\n", 1, None),
    "bad front matter key": (
        "---\nleader: teacher\ncolour: red\n---\n# T\n\n## S (5 min)\n",
        3,
        "colour: red",
    ),
    "unclosed front matter": ("---\nleader: teacher\n\nkind: x\n", 1, "---"),
    "confidential not yes/no": (
        "---\nleader: teacher\nkind: x\nconfidential: kanskje\n---\n# T\n\n## S (5 min)\n",
        4,
        "kanskje",
    ),
    "minutes 0": ("---\nleader: teacher\n---\n# T\n\n## A (5 min)\n\n## B (0 min)\n", 8, "B"),
    "minutes too many": ("# T\n\n## A (601 min)\n", 3, "A"),
    "line numbers count the front matter": (
        "---\nkind: x\n---\n# T\n\n## A (5 min)\n\n### Whatever\n",
        8,
        "Whatever",
    ),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_mistake_is_reported_with_file_and_line(name: str) -> None:
    text, line, mentions = ERRORS[name]
    error = error_of(text, "min-mal.md")

    assert error.line == line
    assert error.path == str(Path("/maler/min-mal.md"))
    assert str(error).startswith(f"{Path('/maler/min-mal.md')}:{line}: ")
    assert error.message and "\n" not in error.message
    if mentions:
        assert mentions in error.message


def test_error_messages_follow_the_language() -> None:
    from kktui import i18n

    i18n.use("en")
    error = error_of("# T\n\n## No minutes here\n")
    assert "no planned minutes" in error.message
    i18n.use("nb")
    error = error_of("# T\n\n## No minutes here\n")
    assert "mangler planlagte minutter" in error.message


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("# Møte\n\n## Første (5 min)\n".encode("latin-1"))

    with pytest.raises(TemplateError) as info:
        read_template(path, "nb", builtin=False)
    assert str(info.value).startswith(f"{path}:1: ")
    assert "UTF-8" in info.value.message


def test_utf8_with_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("# Møte\n\n## Første (5 min)\n".encode("utf-8-sig"))
    assert read_template(path, "nb", builtin=False).title == "Møte"


# -- the user's own templates --------------------------------------------------------


def test_user_templates_appear_beside_builtins(data_dir: Path) -> None:
    folder = locations.user_templates_dir(data_dir)
    folder.mkdir()
    (folder / "dugnad.md").write_text("# Dugnad\n\n## Fordele oppgaver (20 min)\n", encoding="utf-8")
    (folder / "broken.md").write_text("# Ødelagt\n\n## Mangler minutter\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a template", encoding="utf-8")

    builtin, builtin_errors = load_templates("nb")
    templates, errors = load_templates("nb", data_dir)

    assert builtin and builtin_errors == []
    assert [t.id for t in templates[: len(builtin)]] == [t.id for t in builtin]
    own = templates[len(builtin) :]
    assert [(t.id, t.title, t.builtin) for t in own] == [("user:dugnad", "Dugnad", False)]
    assert all(t.builtin for t in builtin)
    assert "planleggingsmote" in {t.id for t in builtin}

    assert len(errors) == 1
    assert errors[0].path == str(folder / "broken.md")
    assert errors[0].line == 3


def test_no_user_templates_folder_is_fine(data_dir: Path) -> None:
    templates, errors = load_templates("en", data_dir)
    assert templates and errors == []
    assert all(t.builtin and t.lang == "en" for t in templates)


# -- the shipped content ---------------------------------------------------------------

CONTENT = locations.content_dir()


def test_every_shipped_template_parses() -> None:
    paths = sorted((CONTENT / "templates").glob("*/*.md"))
    assert len(paths) >= 16
    for path in paths:
        template = read_template(path, path.parent.name, builtin=True)
        assert template.title and template.purpose, path
        assert template.steps, path
        for step in template.steps:
            assert step.guidance or step.prompts or step.checklist, (path, step.title)


def test_nb_and_en_templates_match() -> None:
    nb = {p.stem: p for p in (CONTENT / "templates" / "nb").glob("*.md")}
    en = {p.stem: p for p in (CONTENT / "templates" / "en").glob("*.md")}
    assert nb.keys() == en.keys()
    for stem in nb:
        a, b = read_template(nb[stem], "nb", True), read_template(en[stem], "en", True)
        assert [s.planned_minutes for s in a.steps] == [s.planned_minutes for s in b.steps], stem
        assert a.confidential == b.confidential, stem


def test_check_content_on_the_shipped_content() -> None:
    problems, n_templates, n_guides = check_content(CONTENT)
    assert problems == []
    assert n_templates == len(list((CONTENT / "templates").rglob("*.md")))
    assert n_guides == len(list((CONTENT / "guides").rglob("*.md")))


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_check_content_reports_different_minutes(content_copy: Path) -> None:
    path = content_copy / "templates" / "en" / "planleggingsmote.md"
    text = path.read_text(encoding="utf-8")
    first = parse_template(text, path, "en").steps[0]
    heading = f"({first.planned_minutes} min)"
    assert heading in text
    path.write_text(text.replace(heading, f"({first.planned_minutes + 1} min)", 1), encoding="utf-8")

    problems, _, _ = check_content(content_copy)

    # once against each other language (bokmål and nynorsk), each naming the English file
    assert len(problems) == 2
    assert all("planleggingsmote.md:1:" in line and str(path) in line for line in problems)
    assert {Path(line.split(":")[0]).parent.name for line in problems} == {"nb", "nn"}


def test_check_content_reports_a_template_that_links_to_other_guides_in_one_language(
    content_copy: Path,
) -> None:
    path = content_copy / "templates" / "en" / "valg.md"
    text = path.read_text(encoding="utf-8")
    assert "(guide:klassekontakt-rollen#" in text
    path.write_text(
        re.sub(r"\(guide:klassekontakt-rollen#[^)]*\)", "(guide:fau)", text, count=1), encoding="utf-8"
    )

    problems, _, _ = check_content(content_copy)

    assert problems and all("valg.md:1:" in line and "klassekontakt-rollen" in line for line in problems)
    assert any(str(path) in line for line in problems)


def test_check_content_reports_a_template_missing_in_one_language(content_copy: Path) -> None:
    (content_copy / "templates" / "en" / "ny-elev.md").unlink()

    problems, _, _ = check_content(content_copy)

    assert problems == [
        f"{content_copy / 'templates' / lang / 'ny-elev.md'}:1: finnes ikke på språket «en»"
        for lang in ("nb", "nn")
    ]


def test_check_content_reports_a_broken_template_and_guide(content_copy: Path) -> None:
    broken = content_copy / "templates" / "nb" / "valg.md"
    lines = broken.read_text(encoding="utf-8").splitlines()
    step_line = next(n for n, line in enumerate(lines, 1) if line.startswith("## "))
    lines[step_line - 1] = "## Et punkt uten minutter"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    guide = content_copy / "guides" / "en" / "hindringer.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n<div>raw</div>\n", encoding="utf-8")

    problems, _, _ = check_content(content_copy)

    assert f"{broken}:{step_line}:" in "\n".join(problems)
    assert any(p.startswith(f"{guide}:") for p in problems)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_template_named_in_code_is_a_built_in_template(lang: str) -> None:
    """The code names templates only in template_ids; each name is a file, and the list
    comes in the order of the school year."""
    from kktui.meeting import template_ids

    names = {value for key, value in vars(template_ids).items() if key.isupper() and isinstance(value, str)}
    templates, errors = load_templates(lang)
    assert errors == []
    assert names == set(template_ids.YEAR_ORDER) <= {tpl.id for tpl in templates}
    assert template_ids.ONE_FAMILY <= names
    assert [tpl.id for tpl in templates] == list(template_ids.YEAR_ORDER)
    challenging = next(tpl for tpl in templates if tpl.id == template_ids.CHALLENGING_TALK)
    assert challenging.kind == "challenging" and challenging.confidential


# -- hostile template files -------------------------------------------------------------
# A template is shared between parents as a file: whatever is in the folder must not crash,
# hang or eat the memory of the app or of `check-content`.

NINES = "9" * 5000  # more digits than Python converts to an int


def test_a_step_with_thousands_of_digits_of_minutes_is_reported_with_file_and_line() -> None:
    error = error_of(f"# Dugnad\n\n## Steg ({NINES} min)\n", "dugnad.md")
    assert (error.path, error.line) == (str(Path("/maler") / "dugnad.md"), 3)
    assert "600" in error.message and len(error.message) < 300


def test_a_user_template_with_thousands_of_digits_does_not_stop_the_others(data_dir: Path) -> None:
    folder = locations.user_templates_dir(data_dir)
    folder.mkdir()
    (folder / "nines.md").write_text(f"# Dugnad\n\n## Steg ({NINES} min)\n", encoding="utf-8")
    (folder / "good.md").write_text("# Dugnad\n\n## Fordele oppgaver (20 min)\n", encoding="utf-8")

    templates, errors = load_templates("nb", data_dir)

    assert "user:good" in {t.id for t in templates}
    assert [(e.path, e.line) for e in errors] == [(str(folder / "nines.md"), 3)]


def run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """A child with 1 GB of address space and 30 seconds: a hang or a runaway read fails the
    test instead of the machine."""
    import resource
    import subprocess
    import sys

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {k: v for k, v in os.environ.items() if k != "KKTUI_DATA"}
    try:
        return subprocess.run(
            [sys.executable, *args],
            cwd=cwd,
            env=env,
            preexec_fn=limits,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=30,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("it hung on a file that is not a template")


def hostile_files(folder: Path) -> dict[str, str]:
    """A pipe, an endless device, a folder and a 2 MB file, all named like templates."""
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "pipe.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "folder.md").mkdir()
    (folder / "huge.md").write_text("# Stor\n\n## Steg (5 min)\n" + "tekst " * 400_000, encoding="utf-8")
    return {"pipe.md": "pipe", "zero.md": "device", "folder.md": "folder", "huge.md": "MB"}


needs_posix = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero"
)


@needs_posix
def test_pipes_devices_and_huge_files_among_user_templates_are_skipped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = locations.user_templates_dir(data)
    expected = hostile_files(folder)
    (folder / "good.md").write_text("# Dugnad\n\n## Fordele oppgaver (20 min)\n", encoding="utf-8")
    script = (
        "import sys; from kktui import i18n; i18n.use('en');"
        "from kktui.meeting.templates import load_templates;"
        f"found, errors = load_templates('nb', __import__('pathlib').Path({str(data)!r}));"
        "print('\\n'.join(['ok ' + t.id for t in found] + [str(e) for e in errors]))"
    )

    result = run_limited(["-c", script], tmp_path)

    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "ok user:good" in lines
    for name, word in expected.items():
        [told] = [line for line in lines if line.startswith(f"{folder / name}:1: ")]
        assert word in told and "\n" not in told


@needs_posix
def test_check_content_reports_pipes_devices_and_huge_files_and_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root, ignore=shutil.ignore_patterns("__pycache__"))
    templates = hostile_files(root / "templates" / "nb")
    guides = hostile_files(root / "guides" / "nb")
    (root / "templates" / "nb" / "nines.md").write_text(
        f"# Dugnad\n\n## Steg ({NINES} min)\n", encoding="utf-8"
    )

    result = run_limited(["-m", "kktui", "--lang", "en", "check-content", str(root)], tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    for folder, expected in ((root / "templates" / "nb", templates), (root / "guides" / "nb", guides)):
        for name, word in expected.items():
            told = [line for line in result.stderr.splitlines() if line.startswith(f"{folder / name}:1: ")]
            assert told and word in told[0], (name, result.stderr[-3000:])
    assert f"{root / 'templates' / 'nb' / 'nines.md'}:3: " in result.stderr


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_bullying_guide_is_linked_from_the_challenging_conversation_and_the_parent_meetings(lang):
    for template_id in ("utfordrende-samtale", "foreldremote-host", "foreldremote-var"):
        text = (CONTENT / "templates" / lang / f"{template_id}.md").read_text(encoding="utf-8")
        assert "](guide:mobbing#" in text, template_id


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_new_guides_and_the_event_template_are_in_both_languages(lang):
    for guide in ("personvern", "klassekasse", "mobbing", "fau"):
        assert (CONTENT / "guides" / lang / f"{guide}.md").is_file()
    template = read_template(CONTENT / "templates" / lang / "klassearrangement.md", lang, builtin=True)
    assert len(template.steps) == 7
    body = (CONTENT / "templates" / lang / "klassearrangement.md").read_text(encoding="utf-8").lower()
    for word in (
        ("vipps", "allergi", "kontant", "evaluering", "transport")
        if lang == "nb"
        else ("vipps", "allerg", "cash", "evaluation", "transport")
    ):
        assert word in body


def test_the_content_keeps_one_form_for_each_word_a_native_reader_flagged():
    nb = " ".join(p.read_text(encoding="utf-8") for p in (CONTENT).rglob("nb/*.md"))
    en = " ".join(p.read_text(encoding="utf-8") for p in (CONTENT).rglob("en/*.md"))
    assert "opplæringslova" not in nb.lower() and "foreldregruppa" not in nb
    assert "sitt prosjekt" not in nb and "hvordan får vi tid" not in nb
    assert not re.search(r"\ba FAU\b", en) and "Recognition" not in en


def test_finding_a_template_reads_its_file_alone_and_each_file_is_parsed_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kktui.meeting.templates as templates

    folder = locations.user_templates_dir(data_dir)
    folder.mkdir(parents=True)
    (folder / "mitt.md").write_text(GOOD, encoding="utf-8")
    (folder / "ødelagt.md").write_text("no heading here\n", encoding="utf-8")
    parsed: list[str] = []
    parse = templates.parse_template

    def counting(text, path, **kwargs):
        parsed.append(Path(path).name)
        return parse(text, path, **kwargs)

    monkeypatch.setattr(templates, "_PARSED", {})
    monkeypatch.setattr(templates, "parse_template", counting)
    planning = find_template("planleggingsmote", "nb", data_dir)
    assert planning is not None and planning.id == "planleggingsmote" and planning.steps
    assert parsed == ["planleggingsmote.md"]
    mine = find_template("user:mitt", "nb", data_dir)
    assert mine is not None and mine.id == "user:mitt" and mine.title == "Foreldremøte høst"
    assert find_template("user:ødelagt", "nb", data_dir) is None  # broken: as load_templates skips it
    assert find_template("ukjent", "nb", data_dir) is None
    assert find_template("../nb/valg", "nb", data_dir) is None  # an id is a name, never a path
    parsed.clear()
    listed, _ = load_templates("nb", data_dir)
    again = find_template("planleggingsmote", "nb", data_dir)
    assert "planleggingsmote.md" not in parsed  # parsed once, kept
    assert again is not None and [s.title for s in again.steps] == [s.title for s in planning.steps]
    assert [t.id for t in listed].count("user:mitt") == 1
