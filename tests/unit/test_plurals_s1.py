"""Counts read right in bokmål, nynorsk and English: «1 mal», «2 malar», never «1 nye» or «row(s)».

The plural entries of the core, keys, storage, glance and sharing strings, each rendered for
0, 1 and 2 in every language, and the places that show them (check-content, import-class,
the import summary) with the count that chooses the form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui import i18n
from kktui.cli import main
from kktui.i18n import tn
from kktui.school.csv_import import read_class_list, summary
from kktui.school.model import Person
from support.catalogue import plural_keys

# Every placeholder a plural entry of these files asks for besides {n}.
VALUES = {"name": "4B", "updated": 3}

# The singular and the plural as a reader expects them, one pair per entry and language.
EXPECTED = {
    "check.templates": {
        "nb": ("1 mal", "maler"),
        "nn": ("1 mal", "malar"),
        "en": ("1 template", "templates"),
    },
    "check.guides": {
        "nb": ("1 veileder", "veiledere"),
        "nn": ("1 rettleiar", "rettleiarar"),
        "en": ("1 guide", "guides"),
    },
    "check.failed": {
        "nb": ("1 problem i", "problemer i"),
        "nn": ("1 problem i", "problem i"),
        "en": ("1 problem in", "problems in"),
    },
    "import.done": {"nb": ("1 ny,", "nye,"), "nn": ("1 ny,", "nye,"), "en": ("1 new,", "new,")},
    "import.would": {"nb": ("1 ny,", "nye,"), "nn": ("1 ny,", "nye,"), "en": ("1 new,", "new,")},
    "import.matches_kept": {
        "nb": ("oppdatere den:", "oppdatere dem:"),
        "nn": ("oppdatere vedkomande:", "oppdatere dei:"),
        "en": ("1 is in the class", "are in the class"),
    },
    "import.unchanged": {
        "nb": ("1 finnes", "finnes"),
        "nn": ("1 finst", "finst"),
        "en": ("1 is in", "are in"),
    },
    "import.rejected_count": {
        "nb": ("1 rad avvist; rett den", "rader avvist; rett dem"),
        "nn": ("1 rad er avvist; rett ho", "rader er avviste; rett dei"),
        "en": ("1 row rejected; fix it", "rows rejected; fix them"),
    },
    "share.left_out": {
        "nb": ("1 privat linje er holdt", "private linjer er holdt"),
        "nn": ("1 privat linje er halden", "private linjer er haldne"),
        "en": ("1 private line is", "private lines are"),
    },
}


PLURALS = sorted(EXPECTED)


def test_these_entries_are_plural_entries() -> None:
    assert set(PLURALS) <= set(plural_keys())


@pytest.mark.parametrize("key", PLURALS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_one_reads_singular_and_zero_and_two_read_plural(key: str, lang: str) -> None:
    singular, plural = EXPECTED[key][lang]
    one = tn(key, 1, lang, **VALUES)
    assert singular in one and "(er)" not in one and "(s)" not in one
    for n in (0, 2):
        text = tn(key, n, lang, **VALUES)
        assert f"{n} " in text and plural in text
        assert singular not in text


def test_nynorsk_forms_are_not_the_bokmal_ones() -> None:
    """The third column is nynorsk, not a copy of bokmål (where the words differ at all)."""
    differ = [key for key in PLURALS if EXPECTED[key]["nb"] != EXPECTED[key]["nn"]]
    assert differ
    for key in differ:
        forms = {lang: (tn(key, 1, lang, **VALUES), tn(key, 2, lang, **VALUES)) for lang in ("nb", "nn")}
        assert forms["nn"] != forms["nb"], key


# -- where the counts are shown -------------------------------------------------------------

TEMPLATE = """\
# Foreldremøte

Hva møtet er til.

## Velkommen (5 min)

Noen ord.
"""

GUIDE = """\
# Klassekontakt

Hva rollen er.
"""


def content_folder(root: Path, templates: int, guides: int) -> Path:
    (root / "templates" / "nb").mkdir(parents=True)
    (root / "guides" / "nb").mkdir(parents=True)
    for i in range(templates):
        (root / "templates" / "nb" / f"mote{i}.md").write_text(TEMPLATE, encoding="utf-8")
    for i in range(guides):
        (root / "guides" / "nb" / f"guide{i}.md").write_text(GUIDE, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "lang, templates, guides, said",
    [
        ("nb", 1, 1, "1 mal og 1 veileder."),
        ("nb", 2, 1, "2 maler og 1 veileder."),
        ("nn", 1, 2, "1 mal og 2 rettleiarar."),
        ("en", 1, 2, "1 template and 2 guides."),
        ("en", 2, 1, "2 templates and 1 guide."),
    ],
)
def test_check_content_counts_templates_and_guides_in_the_right_number(
    tmp_path: Path, capsys, lang: str, templates: int, guides: int, said: str
) -> None:
    root = content_folder(tmp_path / "content", templates, guides)
    assert main(["check-content", str(root), "--lang", lang]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith(said), out


@pytest.mark.parametrize(
    "lang, said",
    [
        ("nb", "1 problem i innholdet."),
        ("nn", "1 problem i innhaldet."),
        ("en", "1 problem in the content."),
    ],
)
def test_check_content_says_one_problem_in_the_singular(tmp_path: Path, capsys, lang: str, said: str) -> None:
    root = content_folder(tmp_path / "content", 1, 1)
    (root / "templates" / "nb" / "mote0.md").write_text(
        "# Foreldremøte\n\n## Uten minutter\n", encoding="utf-8"
    )
    assert main(["check-content", str(root), "--lang", lang]) == 1
    out, err = capsys.readouterr()
    assert err.strip().splitlines()[-1] == said


@pytest.mark.parametrize(
    "lang, said",
    [
        ("nb", "1 rad avvist; rett den i fila"),
        ("nn", "1 rad er avvist; rett ho i fila"),
        ("en", "1 row rejected; fix it in the file"),
    ],
)
def test_import_class_says_one_rejected_row_in_the_singular(
    data_dir: Path, tmp_path: Path, capsys, lang: str, said: str
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Foresatt;Telefon\nKari Nordmann;90000001\n;90000002\n", encoding="utf-8")
    main(["import-class", str(source), "--class", "4B", "--data", str(data_dir), "--lang", lang])
    out, err = capsys.readouterr()
    assert said in err, err
    assert "(er)" not in err and "(s)" not in err


def test_the_import_summary_counts_in_nynorsk(tmp_path: Path) -> None:
    i18n.use("nn")
    source = tmp_path / "liste.csv"
    source.write_text(
        "Foresatt;Telefon\nKari Nordmann;90000001\nOla Hansen;90000002\nPer Berg;90000003\n", encoding="utf-8"
    )
    existing = [
        Person("Ola Hansen", "c1", phone="90000009", id="p1"),
        Person("Per Berg", "c1", phone="90000003", id="p2"),
    ]
    text = "\n".join(
        summary(read_class_list(source, existing, "c1"), update=False, dry_run=True, class_name="4B")
    )
    assert "Ville importert til 4B: 1 ny, 0 oppdatert (ingenting er lagra)." in text
    assert (
        "1 finst allereie med andre opplysningar og er ikkje endra" in text
        and "oppdatere vedkomande:" in text
    )
    assert "1 finst allereie med dei same opplysningane." in text
