"""Start-up as the user sees it: the first picture of home is already the finished one.

Each picture the app sends to the terminal before the finished one is work the user waits
through: the first frame must show the data whole, not tables cut to their headings' width
and filled in a frame later.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from rich.console import RenderableType
from textual.screen import Screen
from textual.widgets._footer import FooterKey

from kktui.clock import FixedClock
from kktui.screens.app import KktuiApp
from kktui.screens.views.home import HomeScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.services.demo import seed
from kktui.storage.store import Store
from support.scripts import script_report
from support.ui import close_app, screen_text


class FirstPictures(KktuiApp):
    """The app, keeping the text of each picture it would send to the terminal."""

    CSS_PATH = Path(inspect.getfile(KktuiApp)).with_name(KktuiApp.CSS_PATH)  # type: ignore[arg-type]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pictures: list[str] = []
        self.selectors_at_first_picture: set[str] | None = None

    def _display(self, screen: Screen, renderable: RenderableType | None) -> None:
        super()._display(screen, renderable)
        # As App._display: nothing reaches the terminal while updates are batched.
        if renderable is not None and not self._batch_count and isinstance(screen, HomeScreen):
            self.pictures.append(screen_text(self))
            if self.selectors_at_first_picture is None:
                self.selectors_at_first_picture = set(self.stylesheet.rules_map)


def seeded(folder: Path, clock: FixedClock) -> Store:
    store = Store.open(folder)
    seed(store, "nb", clock)
    store.close()
    return Store.open(folder)


def first_pictures(folder: Path, clock: FixedClock) -> FirstPictures:
    """The app on the demo class (bokmål, no cursor blink), keeping its pictures."""
    return FirstPictures(store=seeded(folder, clock), lang="nb", clock=clock, cursor_blink=False)


async def test_the_first_picture_of_home_shows_meetings_and_tasks_whole(
    data_dir: Path, clock: FixedClock
) -> None:
    app = first_pictures(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        finished = screen_text(app)
    close_app(app)
    first = app.pictures[0]
    assert "Planleggingsmøte med kontaktlærer" in finished
    for text in (
        "Planleggingsmøte med kontaktlærer",
        "12.03.2027 18:00",
        "planlagt",
        "Lage forslag til årshjul",
    ):
        assert text in first, first


async def test_start_parses_only_the_css_home_needs_and_the_other_screens_get_theirs(
    data_dir: Path, clock: FixedClock
) -> None:
    app = first_pictures(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")  # the new meeting screen, styled by the rules home did not need
        await pilot.pause()
        templates = app.screen.query_one("#templates")
        assert templates.styles.height is not None and str(templates.styles.height) == "1fr"
        assert templates.styles.border_top[0] == ""  # `border: none`
    close_app(app)
    assert app.selectors_at_first_picture is not None
    assert "#meetings" in app.selectors_at_first_picture
    for other in ("#notes", "#templates", "ConfirmScreen", "#qr", "#guide-list"):
        assert other not in app.selectors_at_first_picture


# Starting the app as `kktui --data DIR` does, to its first frame (headless), then the modules
# it loaded. Only the import of the app is watched, so nothing is loaded ahead of the start.
START = r"""
import importlib.abc, importlib.util, json, sys

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "kktui.screens.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            app, run, mount = module.KktuiApp, module.KktuiApp.run, module.KktuiApp.on_mount

            def on_mount(self):
                mount(self)
                self.call_after_refresh(self.exit)  # once the first frame is drawn

            app.on_mount = on_mount
            app.run = lambda self, **kwargs: run(self, headless=True, size=(80, 24))

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Watch())
import kktui.cli
code = kktui.cli.main(["--data", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# Loaded on start only to be ready for something home does not do: each costs the first frame.
NOT_ON_START = (
    "argparse",  # the command parser: `kktui --data DIR` needs none of its commands
    "secrets",  # and hashlib, hmac, OpenSSL: new ids come from os.urandom
    "hashlib",
    "kktui.screens.dialogs.confirm",  # asked only before quitting or starting a meeting
    "kktui.screens.commands",  # the palette's providers: when ctrl+p opens it
    "kktui.screens.views.live_meeting",
    "kktui.screens.views.new_meeting",
    "kktui.screens.views.summary",
    "kktui.screens.views.guides",
    "rich._emoji_codes",  # Rich's emoji table (~5 ms): the tables' headings are plain Text, not markup
)


def test_starting_home_loads_nothing_home_does_not_need(data_dir: Path, clock: FixedClock) -> None:
    seeded(data_dir, clock).close()
    report = script_report(START, str(data_dir), timeout=120)
    assert report["code"] == 0
    assert "kktui.screens.views.home" in report["modules"]  # it did start
    assert [name for name in NOT_ON_START if name in report["modules"]] == []


async def test_the_footer_is_composed_once_when_home_opens(
    data_dir: Path, clock: FixedClock, monkeypatch
) -> None:
    """Each composing of the footer's keys is ~17 ms before the footer shows: home's start
    changes its bindings three times and its width once, and that is one composing."""
    composed = []
    compose = KkFooter.compose

    def counted(self: KkFooter):
        keys = list(compose(self))
        if keys:
            composed.append([key.description for key in keys if isinstance(key, FooterKey)])
        return iter(keys)

    monkeypatch.setattr(KkFooter, "compose", counted)
    app = first_pictures(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown = screen_text(app).splitlines()[-1]
    close_app(app)
    assert len(composed) == 1, composed
    assert all(description in shown for description in composed[0])


async def test_before_the_first_picture_each_widget_of_home_is_styled_once(
    data_dir: Path, clock: FixedClock, monkeypatch
) -> None:
    """Textual styles each widget as it mounts, and again when the screen resumes; home's first
    resume comes straight after its mount, and styling all of it twice was ~10 ms of the
    first frame. Only the table that takes the focus is styled again (for :focus)."""
    from textual.css.stylesheet import Stylesheet
    from textual.widget import Widget

    styled: list[Widget] = []
    apply = Stylesheet.apply

    def counting(self, node, *args, **kwargs):
        if isinstance(node, Widget) and not app.pictures:
            styled.append(node)
        return apply(self, node, *args, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counting)
    app = first_pictures(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        focused = app.screen.focused
    close_app(app)
    assert app.pictures
    twice = {node for node in styled if styled.count(node) > 1 and node is not focused}
    assert not twice, sorted(f"{type(node).__name__}#{node.id}" for node in twice)


async def test_a_screen_opened_from_home_is_not_styled_all_over_again_before_it_shows(
    data_dir: Path, clock: FixedClock, monkeypatch
) -> None:
    """As home on start, every screen: its first resume follows the mount that styled it, and
    restyling the whole screen there (30 widgets of the new-meeting screen) was work for nothing."""
    from kktui.screens.views.new_meeting import NewMeetingScreen

    restyled: list[tuple[Screen, bool]] = []  # each screen restyled whole, and whether it had shown
    shown: list[Screen] = []
    update, display = Screen.update_node_styles, FirstPictures._display

    def restyling(self, animate: bool = True) -> None:
        restyled.append((self, bool(shown)))
        update(self, animate)

    def showing(self, screen, renderable) -> None:
        display(self, screen, renderable)
        if renderable is not None and isinstance(screen, NewMeetingScreen):
            shown.append(screen)

    monkeypatch.setattr(Screen, "update_node_styles", restyling)
    monkeypatch.setattr(FirstPictures, "_display", showing)
    app = first_pictures(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        new = app.screen
        assert isinstance(new, NewMeetingScreen) and shown
        assert "Nytt møte" in screen_text(app)
    close_app(app)
    assert (new, False) not in restyled
