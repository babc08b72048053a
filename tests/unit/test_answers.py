"""Yes, no and maybe: one word set, read the same in a template, a class list and the person form."""

from __future__ import annotations

import pytest

from kktui.i18n.answers import MAYBE, NO, YES, answer, yes_no_or_maybe, yes_or_no
from kktui.meeting.templates import TemplateError, parse_template
from kktui.school.csv_import import read_class_list


def confidential(word: str) -> bool:
    return parse_template(f"---\nconfidential: {word}\n---\n# T\n\n## S (5 min)\n", "t.md").confidential


def interpreter(tmp_path, word: str) -> bool:
    path = tmp_path / "liste.csv"
    path.write_text(f"Foresatt;Elev;Tolk\nKari Nordmann;Emma;{word}\n", encoding="utf-8")
    [row] = read_class_list(path).rows
    return row.person.needs_interpreter


@pytest.mark.parametrize("word", sorted(YES | NO))
def test_every_yes_and_no_word_means_the_same_everywhere(tmp_path, word: str):
    meant = word in YES
    assert answer(word.upper()) == ("yes" if meant else "no")
    assert confidential(word) is meant
    assert interpreter(tmp_path, word) is meant
    assert yes_or_no(f" {word} ", "lærer") is meant


@pytest.mark.parametrize("word", ["kanskje", "Kanskje", "maybe", "?"])
def test_maybe_is_neither_yes_nor_no(tmp_path, word: str):
    assert answer(word) == "maybe" and word.strip().casefold() in MAYBE
    with pytest.raises(ValueError, match="ja eller nei") as said:
        yes_or_no(word, "lærer")
    assert word in str(said.value) and "lærer" in str(said.value)
    with pytest.raises(TemplateError, match="confidential"):
        confidential(word)
    assert interpreter(tmp_path, word) is True  # for an interpreter, "maybe" is a flag worth raising
    assert yes_no_or_maybe(word, "tolk") is True


def test_blank_is_no_and_other_words_are_one_sentence():
    assert yes_or_no("", "lærer") is False and yes_no_or_maybe("  ", "tolk") is False
    assert answer("") is None and answer("kan hende") is None
    with pytest.raises(ValueError, match="ja, nei eller kanskje"):
        yes_no_or_maybe("kan hende", "tolk")
