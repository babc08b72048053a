"""The guide browser: every guide and heading in a list, search, and the text beside it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from kktui.guidance.guides import Guide, load_guides, parse_link, search, slug
from kktui.i18n import t, tn
from kktui.screens.base import KkScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.links import open_allowed_link

SECTION = "· "


class GuideScreen(KkScreen):
    HELP_KEY = "guides"
    BINDINGS = [
        Binding("escape", "back", "key.back_to_meeting", tooltip="tip.back_from_guides", id="guides_back"),
        Binding("ctrl+f,slash", "search", "key.search", tooltip="tip.search", id="guides_search"),
        Binding("ctrl+l", "toggle_focus", "key.contents", tooltip="tip.contents", id="guides_toc"),
    ]

    def __init__(self, lang: str, guide_id: str | None = None, anchor: str = "") -> None:
        super().__init__()
        self.guides = load_guides(lang)
        self.by_id = {guide.id: guide for guide in self.guides}
        self.start = (guide_id, anchor)
        self.shown: Guide | None = None
        self._targets: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="guides-body"):
            with Vertical(id="guides-toc", classes="pane"):
                yield Input(id="guide-search", placeholder=t("guides.search_hint"), compact=True)
                yield OptionList(id="guide-list")
                yield Static("", id="guide-count", classes="hint")
            with VerticalScroll(id="guide-scroll", classes="pane"):
                yield Markdown(id="guide-text", open_links=False)
        yield KkFooter()

    async def on_mount(self) -> None:
        self.title = t("guides.title")
        self._fill_contents()
        guide_id, anchor = self.start
        if guide_id not in self.by_id and self.guides:
            guide_id, anchor = self.guides[0].id, ""
        if guide_id:
            await self.show_guide(guide_id, anchor)
            if (guide_id, anchor) in self._targets:
                self.query_one("#guide-list", OptionList).highlighted = self._targets.index(
                    (guide_id, anchor)
                )
        self.query_one("#guide-list", OptionList).focus()

    # -- the list on the left -------------------------------------------------------------
    def _fill_contents(self) -> None:
        options, self._targets = [], []
        for guide in self.guides:
            options.append(Option(Text(guide.title, style="bold")))
            self._targets.append((guide.id, ""))
            for heading in guide.headings:
                if heading.level == 2:
                    options.append(Option(f"{SECTION}{heading.title}"))
                    self._targets.append((guide.id, heading.anchor))
        self._set_options(options)
        self.query_one("#guide-count", Static).update(tn("guides.count", len(self.guides)))

    def _set_options(self, options: list[Option]) -> None:
        listing = self.query_one("#guide-list", OptionList)
        listing.set_options(options)

    @on(Input.Changed, "#guide-search")
    def search_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        if not query:
            self._fill_contents()
            return
        matches = search(self.guides, query)
        self._targets = [(m.guide.id, m.heading.anchor if m.heading else "") for m in matches]
        self._set_options(
            [
                Option(
                    Text.assemble(
                        (f"{m.guide.title}{' › ' + m.heading.title if m.heading else ''}", "bold"),
                        f"\n{m.snippet}",
                    )
                )
                for m in matches
            ]
        )
        self.query_one("#guide-count", Static).update(tn("guides.matches", len(matches), query=query))

    @on(Input.Submitted, "#guide-search")
    def search_done(self) -> None:
        listing = self.query_one("#guide-list", OptionList)
        if listing.option_count:
            listing.highlighted = 0
            listing.focus()

    @on(OptionList.OptionHighlighted, "#guide-list")
    async def entry_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self._targets):
            await self.show_guide(*self._targets[event.option_index])

    # -- the text on the right ---------------------------------------------------------
    async def show_guide(self, guide_id: str, anchor: str = "") -> None:
        guide = self.by_id.get(guide_id)
        if guide is None:
            self.notify(t("guides.not_found", id=guide_id), severity="warning")
            return
        markdown = self.query_one("#guide-text", Markdown)
        if self.shown is not guide:
            await markdown.update(guide.text)
            self.shown = guide
            self.sub_title = guide.title
        scroll = self.query_one("#guide-scroll", VerticalScroll)
        if not anchor:
            scroll.scroll_home(animate=False)
            return
        for _level, title, block_id in markdown.table_of_contents:
            if slug(title) == anchor and block_id:
                scroll.scroll_to_widget(markdown.query_one(f"#{block_id}"), top=True, animate=False)
                return

    @on(Markdown.LinkClicked, "#guide-text")
    async def link_clicked(self, event: Markdown.LinkClicked) -> None:
        target = parse_link(event.href)
        if target is not None:
            await self.show_guide(*target)
        else:
            open_allowed_link(self.app, event.href)

    # -- keys --------------------------------------------------------------------------
    def action_back(self) -> None:
        self.app.pop_screen()

    def action_search(self) -> None:
        self.query_one("#guide-search", Input).focus()

    def action_toggle_focus(self) -> None:
        listing = self.query_one("#guide-list", OptionList)
        if listing.has_focus:
            self.query_one("#guide-scroll").focus()
        else:
            listing.focus()
