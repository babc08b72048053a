"""Every screen in bokmål, nynorsk and English, with nothing left in another language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kktui import i18n
from kktui.clock import FixedClock
from kktui.meeting.templates import load_templates
from kktui.services.demo import seed
from kktui.storage.store import Store
from support.catalogue import COLUMNS, entries
from support.ui import Notifications, close_app, make_app, screen_text

SCREENS_DIR = Path(__file__).resolve().parents[2] / "screens"
PLACEHOLDER = re.compile(r"\{[^}]*\}|\*\*|[«»]")
COLUMN = {lang: COLUMNS.index(lang) for lang in COLUMNS}


def texts_of(lang: str) -> list[str]:
    """Every text of one language's catalogue (both forms of a plural entry)."""
    return [text for entry in entries().values() for text in forms(entry, COLUMN[lang])]


def forms(entry: tuple, column: int) -> tuple[str, ...]:
    """The texts of one column of an entry: one text, or its singular and plural (a tn() entry)."""
    text = entry[column]
    return text if isinstance(text, tuple) else (text,)


def titles_of(lang: str) -> set[str]:
    found = set()
    for template in load_templates(lang)[0]:
        found.add(template.title)
        found.update(step.title for step in template.steps if len(step.title) >= 8)
    return found


def fragments(lang: str) -> set[str]:
    """Pieces of catalogue text (and template titles) of the other languages that `lang` never says."""
    mine = texts_of(lang)
    own_titles = titles_of(lang)
    foreign = set()
    for other in i18n.LANGUAGES:
        if other == lang:
            continue
        for text in texts_of(other):
            for piece in PLACEHOLDER.split(text):
                piece = piece.strip(" .,:;·()–-")
                if len(piece) >= 8 and not any(piece in own for own in mine):
                    foreign.add(piece)
        foreign.update(
            title for title in titles_of(other) - own_titles if not any(title in own for own in mine)
        )
    return foreign


async def visit_every_screen(pilot, clock: FixedClock) -> list[tuple[str, str]]:
    """Home, help, new meeting, live meeting with dialogs and panels, guides, minutes."""
    app, seen = pilot.app, []

    async def look(name: str) -> None:
        await pilot.pause()
        seen.append((name, screen_text(app)))

    await look("home")
    await pilot.press("f1")
    await look("help")
    await pilot.press("escape")
    await pilot.press("n")
    await look("new meeting")
    ids = [tpl.id for tpl in app.screen.templates]
    for _ in range(ids.index("utfordrende-samtale")):
        await pilot.press("down")
    await pilot.press("ctrl+s")
    await look("preparation")
    await pilot.press("ctrl+n")
    await look("start")
    await pilot.press("ctrl+d")
    await look("decision dialog")
    await pilot.press("escape")
    await pilot.press("ctrl+t")
    await look("task dialog")
    await pilot.press("escape")
    await pilot.press("ctrl+l", "a")
    await look("step dialog")
    await pilot.press("escape")
    await pilot.press("ctrl+n", "ctrl+n")
    await look("closing")
    await pilot.press("f2")
    await look("guides")
    await pilot.press("escape")
    await pilot.press("ctrl+f")
    await look("closing blocked")
    await pilot.press("y")
    await look("minutes")
    await pilot.press("e")
    await look("confidential export")
    await pilot.press("n")
    await pilot.press("h")
    await pilot.press("ctrl+q")
    await look("quit")
    await pilot.press("n")
    return seen


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
async def test_no_screen_shows_the_other_language(lang: str, data_dir: Path, clock: FixedClock) -> None:
    store = Store.open(data_dir)
    seed(store, lang, clock)
    store.close()
    foreign = fragments(lang)
    if lang != "en":  # English that Textual's own widgets would show if we let them
        foreign |= {"Cursor up", "Page down", "palette", "Search for commands", "Quit the application"}
    app = make_app(data_dir, clock, lang)
    async with app.run_test(size=(120, 40)) as pilot:
        seen = await visit_every_screen(pilot, clock)
    close_app(app)
    assert len(seen) == 14
    leaks = [(name, piece) for name, text in seen for piece in foreign if piece in text]
    assert leaks == []


def test_screens_have_no_hard_coded_text() -> None:
    """Text given to widgets and notifications comes from the catalogue, never a bare literal."""
    widgets = {"Static", "Label", "Button", "notify", "Checkbox", "Option"}
    offenders = []
    for path in sorted(SCREENS_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            texts = list(node.args[:1]) + [
                k.value for k in node.keywords if k.arg in ("placeholder", "title")
            ]
            for arg in texts:
                if (
                    name in widgets | {"Input"}
                    and isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                ):
                    if re.search(r"[A-Za-zæøåÆØÅ]{3}", arg.value):
                        offenders.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    assert offenders == []


# The same in both languages on purpose: names, symbols and formats.
SAME_IN_BOTH = {
    "key.agenda",
    "live.agenda",
    "col.status",
    "details.bad_field",  # "Dato: …" / "Date: …": the field name and the reason are translated
    "cmd.open_meeting_help",
    "key.export_html",
    "key.more_time",
    "key.less_time",
    "key.save_svg",
    "import.change",
    "import.add",
    "notice.minutes",  # "{n} min" in both
    "live_view.planned",  # "{minutes} min" in both
}


def test_every_catalogue_entry_is_translated() -> None:
    """An entry with the same text in both languages is a forgotten translation, unless listed."""
    untranslated = sorted(
        key for key, (nb, en, _nn) in entries().items() if nb == en and key not in SAME_IN_BOTH
    )
    assert untranslated == []
    assert all(
        text.strip() for entry in entries().values() for column in (0, 1, 2) for text in forms(entry, column)
    )


async def test_the_l_key_goes_bokmal_nynorsk_english_and_round_and_is_remembered(
    data_dir: Path, clock: FixedClock
) -> None:
    import argparse

    from kktui import i18n
    from kktui.cli import _lang, build_parser
    from kktui.storage.settings import load_settings

    app = make_app(data_dir, clock, "nb")
    notifications = Notifications()
    async with app.run_test(size=(80, 24), message_hook=notifications) as pilot:
        await pilot.pause()
        assert "Møter" in screen_text(app) and "l Nynorsk" in screen_text(app)  # l names where it goes
        await pilot.press("l")
        await pilot.pause()
        assert i18n.current() == "nn" and load_settings(data_dir).lang == "nn"
        assert notifications.messages[-1] == "kktui snakkar no nynorsk. Trykk l igjen for neste språk."
        assert "l English" in screen_text(app) and "Nynorsk" not in screen_text(app)
        await pilot.press("l")
        await pilot.pause()
        text = screen_text(app)
        assert "Meetings" in text and "New meeting" in text and "Møter" not in text and "l Bokmål" in text
        assert notifications.messages[-1].startswith("kktui now speaks English.")
        await pilot.press("n")  # new screens come up in English too
        await pilot.pause()
        assert "Choose the kind of meeting" in screen_text(app)
        await pilot.press("escape", "l")  # and round again to bokmål
        await pilot.pause()
        assert "Møter" in screen_text(app) and notifications.messages[-1].startswith(
            "kktui snakker nå bokmål."
        )
        await pilot.press("l", "l")
        await pilot.pause()
    close_app(app)
    assert load_settings(data_dir).lang == "en"
    assert _lang(argparse.Namespace(), load_settings(data_dir)) == "en"  # the next `kktui` starts in English
    assert _lang(argparse.Namespace(lang="nb"), load_settings(data_dir)) == "nb"  # --lang still wins
    assert build_parser(for_help=False).parse_args(["--lang", "nn"]).lang == "nn"


async def test_a_damaged_settings_file_is_said_once_and_the_app_starts_anyway(
    data_dir: Path, clock: FixedClock
) -> None:
    from kktui.storage import locations
    from kktui.storage.settings import load_settings

    path = locations.settings_path(data_dir)
    path.write_text('{"lang": "en", oops', encoding="utf-8")
    app = make_app(data_dir, clock, "nb")
    notifications = Notifications()
    async with app.run_test(size=(80, 24), message_hook=notifications) as pilot:
        await pilot.pause()
        assert "Møter" in screen_text(app)
        told = [message for message in notifications.messages if "settings.json" in message]
        assert len(told) == 1 and str(path) in told[0] and "\n" not in told[0]
        await pilot.press("l")  # choosing a language writes a new file, the damaged one is kept aside
        await pilot.pause()
    close_app(app)
    assert load_settings(data_dir).lang == "nn"  # the next language after bokmål
    [aside] = data_dir.glob("settings.json.damaged-*")
    assert aside.read_text(encoding="utf-8") == '{"lang": "en", oops'
