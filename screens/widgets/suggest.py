"""Completing the last name in a comma-separated list (who is present)."""

from __future__ import annotations

from textual.suggester import Suggester
from textual.widgets import Input

from kktui.school.model import name_key


class NamesSuggester(Suggester):
    """`Kari Nordmann, Ol` → suggests `Kari Nordmann, Ola Hansen`; names already in the list are skipped."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(",")
        typed = last.lstrip()
        if not typed:
            return None
        taken = {name_key(part) for part in head.split(",") if part.strip()}
        for name in self.names:
            if name.casefold().startswith(typed.casefold()) and name_key(name) not in taken:
                prefix = value[: len(value) - len(typed)]
                return prefix + name
        return None


class SuggestingInput(Input):
    """Enter takes the completion the field shows (as → does), then submits."""

    async def action_submit(self) -> None:
        if len(self._suggestion) > len(self.value) and self.has_focus:
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        await super().action_submit()
