"""F1: what this screen is for and every key it answers to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from kktui.i18n import has, t
from kktui.screens.base import KkBase, KkModal


def key_table(screen: Screen) -> str:
    rows = [f"| {t('help.key')} | {t('help.does')} |", "| --- | --- |"]
    seen = set()
    for _key, active in screen.active_bindings.items():
        binding = active.binding
        # Only kktui's own bindings (they all carry an id); widgets' built-in ones are English-only.
        if not binding.description or binding.id is None or (binding.action, binding.description) in seen:
            continue
        seen.add((binding.action, binding.description))
        shown = binding.key_display or screen.app.get_key_display(binding)
        rows.append(f"| `{shown}` | {binding.tooltip or binding.description} |")
    return "\n".join(rows)


class HelpScreen(KkModal[None]):
    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "key.close", tooltip="tip.close", id="close"),
    ]

    def __init__(self, about: Screen) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        key = f"help.{self.about.HELP_KEY if isinstance(self.about, KkBase) else 'home'}"
        intro = t(key) if has(key) else ""
        text = f"# {t('help.title')}\n\n{intro}\n\n## {t('help.keys')}\n\n{key_table(self.about)}\n"
        with VerticalScroll(classes="dialog help"):
            yield Markdown(text, open_links=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
