"""Texts of the meeting, notice, live-view and attendance areas whose words depend on a number read right
for 1 and for 0 or 2, in bokmål, nynorsk and English."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kktui.i18n import LANGUAGES, tn
from support.catalogue import entries

ENTRIES = entries()
AREAS = ("attend.", "board.", "guides.", "home.more_tasks", "input.", "live", "min.", "notice.", "meeting.")
PLURAL_KEYS = sorted(
    key for key, entry in ENTRIES.items() if isinstance(entry[0], tuple) and key.startswith(AREAS)
)
COLUMN = {"nb": 0, "en": 1, "nn": 2}
# The placeholder that carries the counted number, where it is not {n}.
COUNTED = {"input.too_long": "most", "attend.saved": "apologies"}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def values(key: str, n: int, *texts: str) -> dict[str, object]:
    """The counted number n where it goes, x in any other placeholder."""
    counted = COUNTED.get(key, "n")
    return {name: n if name in ("n", counted) else "x" for text in texts for name in fields(text)}


def shown(key: str, n: int, lang: str) -> str:
    """The text as a user sees it, through tn() as the screens call it."""
    forms = ENTRIES[key][COLUMN[lang]]
    given = values(key, n, *forms)
    given.pop("n", None)
    return tn(key, n, lang, **given)


def test_the_texts_whose_words_follow_a_number_have_plural_forms() -> None:
    assert PLURAL_KEYS == [
        "attend.pre_ticked",
        "attend.saved",
        "board.confidential_hidden",
        "guides.count",
        "guides.matches",
        "home.more_tasks",
        "input.too_long",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", PLURAL_KEYS)
def test_one_reads_singular_and_zero_and_two_read_plural(key: str, lang: str) -> None:
    singular, plural = ENTRIES[key][COLUMN[lang]]
    for n in (0, 1, 2):
        text = shown(key, n, lang)
        assert re.search(rf"(?<!\d){n}(?!\d)", text), text  # the number itself is shown
        form = singular if n == 1 else plural
        assert text == form.format(**values(key, n, form))


@pytest.mark.parametrize("key", PLURAL_KEYS)
def test_every_plural_entry_differs_somewhere_between_one_and_many(key: str) -> None:
    assert any(shown(key, 1, lang).replace("1", "2") != shown(key, 2, lang) for lang in LANGUAGES)


@pytest.mark.parametrize(
    ("key", "lang", "n", "text"),
    [
        ("board.confidential_hidden", "nb", 1, "1 oppgave fra konfidensielle møter er skjult – k viser den."),
        (
            "board.confidential_hidden",
            "nb",
            3,
            "3 oppgaver fra konfidensielle møter er skjult – k viser dem.",
        ),
        (
            "board.confidential_hidden",
            "nn",
            1,
            "1 oppgåve frå konfidensielle møte er skjult – k viser oppgåva.",
        ),
        (
            "board.confidential_hidden",
            "nn",
            0,
            "0 oppgåver frå konfidensielle møte er skjulte – k viser dei.",
        ),
        ("board.confidential_hidden", "en", 1, "1 task from confidential meetings hidden – k shows it."),
        ("home.more_tasks", "nb", 1, "… og 1 åpen oppgave til – F4 viser alle"),
        ("home.more_tasks", "nn", 5, "… og 5 fleire opne oppgåver – F4 viser alle"),
        ("home.more_tasks", "en", 1, "… and 1 more open task – F4 shows them all"),
        ("guides.count", "nn", 1, "1 rettleiar · / søkjer"),
        ("guides.count", "en", 12, "12 guides · / searches"),
        ("guides.matches", "en", 1, "1 match for «x»"),
        ("attend.pre_ticked", "nb", 1, "1 forhåndskrysset: den som sa ja på ringelista."),
        ("attend.pre_ticked", "nn", 2, "2 førehandskryssa: dei som sa ja på ringjelista."),
        ("attend.saved", "en", 1, "Attendance saved: x present, 1 apology."),
        ("input.too_long", "en", 2000, "The text is too long (at most 2000 characters)."),
    ],
)
def test_what_the_reader_sees(key: str, lang: str, n: int, text: str) -> None:
    assert shown(key, n, lang) == text


def test_no_text_of_these_areas_makes_its_plural_by_hand() -> None:
    """«oppgave(r)», «task(s)»: a plural entry says it properly instead."""
    texts = [
        form
        for entry in ENTRIES.values()
        for column in entry
        for form in (column if isinstance(column, tuple) else (column,))
    ]
    assert [text for text in texts if re.search(r"\w\((r|s|er|e)\)", text)] == []


def test_every_call_site_of_a_plural_entry_goes_through_tn() -> None:
    """t() on a plural entry would stop the screen with a traceback."""
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "kktui").rglob("*.py"), *(root / "screens").rglob("*.py")]
    wrong = [
        f"{path.relative_to(root)}: {key}"
        for path in sources
        for key in PLURAL_KEYS
        if re.search(rf"""\bt\(\s*["']{re.escape(key)}["']""", path.read_text(encoding="utf-8"))
    ]
    assert wrong == []
    used = {
        key for path in sources for key in PLURAL_KEYS if f'tn("{key}"' in path.read_text(encoding="utf-8")
    }
    assert used == set(PLURAL_KEYS)
