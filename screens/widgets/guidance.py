"""The guidance pane of the live meeting: the next step's guidance is built ahead.

Markdown guidance becomes a widget per paragraph, list item and bullet; building them on the
step change was most of the time ctrl+n took. The next step's are built hidden while the user
reads this one, so ctrl+n only shows them. Only that one is kept besides the one shown: every
hidden widget still costs each restyle, and keeping all steps' made ctrl+n slower, not faster.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown

KEEP = 2  # the one shown and the next one built ahead: more hidden widgets made ctrl+n slower


class GuidancePane(VerticalScroll):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._built: dict[str, Markdown] = {}  # by text, the one used last at the end
        self._shown: Markdown | None = None

    @property
    def shown(self) -> Markdown | None:
        """The guidance on screen now."""
        return self._shown

    def show(self, text: str) -> None:
        """Show this text (built now if it was not built ahead), from its top."""
        markdown = self._built.pop(text, None) or self._build(text)
        self._built[text] = markdown
        if markdown is not self._shown:
            # "-shown" only names the one on screen (no style rule uses it), so the class is
            # set without a restyle: restyling a page of guidance widgets took ~50 ms a step.
            if self._shown is not None:
                self._shown.display = False
                self._shown.remove_class("-shown", update=False)
            markdown.display = True
            markdown.add_class("-shown", update=False)
            self._shown = markdown
        self._trim()
        self.scroll_home(animate=False)

    def prepare(self, text: str) -> None:
        """Build a text's guidance ahead, hidden, so showing it later costs nothing."""
        if text not in self._built and self.is_mounted:
            self._built[text] = self._build(text, shown=False)
            self._trim()

    def _build(self, text: str, shown: bool = True) -> Markdown:
        markdown = Markdown(text, open_links=False, classes="guidance")
        markdown.display = shown
        self.mount(markdown)
        return markdown

    def _trim(self) -> None:
        while len(self._built) > KEEP:
            oldest = next(text for text, widget in self._built.items() if widget is not self._shown)
            self._built.pop(oldest).remove()
