"""The command palette (ctrl+p): meetings by title, without reading the data folder each time it opens;
and the app telling the live meeting when saving fails, by a message."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import Input, Static

from kktui.clock import FixedClock
from kktui.screens.app import KktuiApp
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.messages import SaveProblem, SaveRecovered
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.services.demo import seed
from kktui.storage.store import Store
from support.ui import close_app, type_text


class CountingStore(Store):
    """The real store, counting how often the meeting index is read from the data folder."""

    index_reads = 0

    def meeting_index(self):
        CountingStore.index_reads += 1
        return super().meeting_index()


def counting_app(data_dir: Path, clock: FixedClock) -> KktuiApp:
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    store.close()
    CountingStore.index_reads = 0
    return KktuiApp(store=CountingStore.open(data_dir), lang="nb", clock=clock, cursor_blink=False)


async def search_palette(pilot, text: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, text)
    await pilot.pause(0.5)


async def test_palette_opens_a_meeting_by_part_of_its_title(data_dir: Path, clock: FixedClock) -> None:
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await search_palette(pilot, "møte høst")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)  # the autumn meeting is finished
        assert app.screen.meeting.title == "Foreldremøte høst"
    close_app(app)


def palette_entries(app: KktuiApp) -> list[str]:
    """The entries shown, without their help line."""
    return [str(option.prompt).split("\n")[0] for option in app.screen.query_one(CommandList).options]


async def test_opening_the_palette_again_does_not_read_the_data_folder(data_dir: Path, clock: FixedClock):
    """The meetings come from the index the app holds: read when the palette first needs it (home
    lists only what it shows, without it), not once per search."""
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reads = []
        for _ in range(2):
            before = CountingStore.index_reads
            await search_palette(pilot, "Foreldre")
            assert "Åpne møte: Foreldremøte høst" in palette_entries(app)
            reads.append(CountingStore.index_reads - before)
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert reads == [1, 0]
    close_app(app)


async def test_a_meeting_planned_after_the_palette_was_opened_is_found(data_dir: Path, clock: FixedClock):
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await search_palette(pilot, "Dugnad")  # the palette has read the meetings once
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen)
        app.screen.query_one("#title", Input).value = "Dugnadsmøte i skolegården"
        await pilot.press("ctrl+l")  # plan it for later
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await search_palette(pilot, "Dugnadsm")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # a planned meeting: start it now?
        assert "Dugnadsmøte i skolegården" in app.screen.question
    close_app(app)


async def test_the_live_status_line_says_not_saved_while_saving_fails(data_dir: Path, clock: FixedClock):
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")  # start the first template now
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LiveMeetingScreen)

        def status() -> str:
            return str(screen.query_one("#live-status", Static).render())

        app.post_message(SaveProblem("Disken er full."))  # what the saver thread posts
        await pilot.pause()
        assert "Ikke lagret" in status()
        app.post_message(SaveRecovered())
        await pilot.pause()
        assert "Ikke lagret" not in status() and "lagret " in status()
    close_app(app)


async def test_guides_are_read_once_for_the_palette(data_dir: Path, clock: FixedClock, monkeypatch) -> None:
    from kktui.guidance import guides as guide_files
    from kktui.screens import commands

    files_read = []
    real_read = guide_files.read_guide
    monkeypatch.setattr(
        guide_files, "read_guide", lambda path, lang: files_read.append(path) or real_read(path, lang)
    )
    commands.guides.cache_clear()  # as if the app had just started
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert files_read == []  # not at start-up: only when the palette first needs them
        await search_palette(pilot, "Avmakt")
        await pilot.press("escape")
        await pilot.pause()
        first = len(files_read)
        await search_palette(pilot, "Avmakt")
        assert any(entry.startswith("Veileder:") for entry in palette_entries(app))
        assert first > 0 and len(files_read) == first
    close_app(app)


async def test_palette_in_bokmal_has_no_english_and_one_entry_per_action(data_dir: Path, clock: FixedClock):
    app = counting_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for screen_keys in ((), ("n", "ctrl+s")):  # home, then a running meeting (the notes focused)
            for key in screen_keys:
                await pilot.press(key)
                await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause(0.5)
            entries = palette_entries(app)
            assert "Søk etter kommandoer" in str(app.screen.query_one(Input).placeholder)
            for english in ("Bottom", "Page Left", "Copy selected text", "Cursor down", "Focus Next", "Copy"):
                assert english not in entries
            assert len(entries) == len(set(entries)), sorted(e for e in entries if entries.count(e) > 1)
            assert "Avslutt" in entries
            await type_text(pilot, "xyzzy")
            await pilot.pause(1.0)
            shown = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
            assert any("Ingen treff" in text for text in shown) and not any("No matches" in t for t in shown)
            await pilot.press("escape")
            await pilot.pause()
        await search_palette(pilot, "Foreldremøte høst")
        helps = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        assert any("18.09.2026" in text for text in helps), helps  # dates as everywhere else
        assert not any("2026-09-18" in text for text in helps)
    close_app(app)


def test_every_provider_in_commands_is_in_the_palette():
    """The app names its palette providers so commands.py loads when ctrl+p first opens: a
    provider added there but not named would silently never be offered."""
    import inspect

    from textual.command import Provider

    from kktui.screens import commands
    from kktui.screens.app import PALETTE_PROVIDERS

    defined = {
        name
        for name, value in vars(commands).items()
        if inspect.isclass(value)
        and issubclass(value, Provider)
        and value.__module__ == commands.__name__
        and not name.startswith("_")  # a shared base, not offered itself
    }
    assert defined == set(PALETTE_PROVIDERS)
