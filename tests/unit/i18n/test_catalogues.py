"""The gettext catalogues against the code and against each other (kktui.i18n.tool)."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import pytest

from kktui import i18n
from kktui.i18n import tool

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def catalogues():
    return {lang: tool.read_catalogue(lang) for lang in i18n.LANGUAGES}


@pytest.fixture(scope="module")
def problems():
    return tool.problems()


def _about(problems: list[str], words: str) -> list[str]:
    return [line for line in problems if words in line]


def test_every_message_the_code_asks_for_is_in_every_catalogue(problems) -> None:
    assert _about(problems, "is missing in") == []


def test_every_catalogue_entry_is_used_by_the_code(problems) -> None:
    assert _about(problems, "is not used in the code") == []
    assert _about(problems, "is not in the bokmål catalogue") == []


def test_every_entry_has_text_the_same_placeholders_and_the_same_plural_shape(problems) -> None:
    for words in ("has no text", "placeholders bokmål lacks", "must be plural", "fuzzy", "t() on", "tn() on"):
        assert _about(problems, words) == [], words


def test_the_compiled_catalogues_are_those_of_the_po_files(problems) -> None:
    assert _about(problems, "is not compiled") == []


def test_the_check_finds_a_message_missing_in_one_language(tmp_path, monkeypatch) -> None:
    """The check is not vacuous: drop one entry from the nynorsk catalogue and it is named."""
    from babel.messages.pofile import write_po

    for lang in i18n.LANGUAGES:
        target = tmp_path / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        cat = tool.read_catalogue(lang)
        if lang == "nn":
            cat.delete("min.tasks")
        with (target / "kktui.po").open("wb") as file:
            write_po(file, cat)
    monkeypatch.setattr(tool, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(tool, "ROOT", ROOT)
    monkeypatch.setattr(tool, "po_path", lambda lang: tmp_path / lang / "LC_MESSAGES" / "kktui.po")
    found = tool.problems()
    assert any("min.tasks is missing in" in line and "/nn/" in line for line in found)


def _sample(text: str) -> dict[str, object]:
    return {name: f"<{name}>" for _, name, _, _ in string.Formatter().parse(text) if name and name != "n"}


def test_one_two_and_none_take_the_right_form_in_every_language(catalogues) -> None:
    """1 is singular, 0 and 2 plural, with the number shown, for every plural message."""
    plural = [m.id[0] for m in catalogues["nb"] if m.id and m.pluralizable]
    assert plural, "no plural messages at all"
    for lang in i18n.LANGUAGES:
        for key in plural:
            one, other = catalogues[lang].get((key, key)).string
            values = _sample(one) | _sample(other)
            assert i18n.tn(key, 1, lang, **values) == one.format(n=1, **values), (lang, key)
            for n in (0, 2):
                shown = i18n.tn(key, n, lang, **values)
                assert shown == other.format(n=n, **values), (lang, key, n)
                assert str(n) in shown or "{n}" not in other, (lang, key, n)


def test_the_app_reads_catalogues_without_babel() -> None:
    """Babel is for the tools and for dates; start-up reads the .mo with the standard library."""
    code = "import sys; from kktui import i18n; i18n.t('min.tasks'); i18n.t('min.tasks', 'nn'); print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extract_writes_a_template_with_every_message_and_its_bokmal_text(
    tmp_path, monkeypatch, catalogues
) -> None:
    from babel.messages.pofile import read_po

    monkeypatch.setattr(tool, "POT", tmp_path / "kktui.pot")
    with tool.extract().open("rb") as file:
        pot = read_po(file)
    nb = catalogues["nb"]
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in pot if m.id}
    assert ids == {m.id if isinstance(m.id, str) else m.id[0] for m in nb if m.id}
    tasks = pot.get("min.tasks")
    assert tasks.locations and tasks.auto_comments == [f"nb: {nb.get('min.tasks').string}"]
    assert all(m.pluralizable for m in pot if m.id and nb.get(m.id) is not None and nb.get(m.id).pluralizable)


def test_an_unknown_key_is_an_error_not_a_blank() -> None:
    with pytest.raises(KeyError):
        i18n.t("no.such.key")
    with pytest.raises(KeyError):
        i18n.t("")
    assert not i18n.has("") and i18n.has("min.tasks")
