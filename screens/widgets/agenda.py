"""The agenda as a list: planned minutes, what is done, what runs over; edited in place."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kktui.meeting import flow
from kktui.meeting.model import Meeting
from kktui.screens.bindings import TranslatedBindings

MARKS = {"done": "✓", "skipped": "–", "pending": "·"}


def step_label(meeting: Meeting, index: int, now: float, width: int) -> Text:
    """One line per step: mark, title (cut to fit; the step bar shows it whole), minutes."""
    step = meeting.steps[index]
    mark = "▶" if index == meeting.current else MARKS[step.status]
    title_width = max(6, width - 6)
    title = step.title if len(step.title) <= title_width else step.title[: title_width - 1] + "…"
    minutes = f"{step.planned_minutes:>3}"
    text = Text(f"{mark} {title:<{title_width}} {minutes}", no_wrap=True, overflow="crop")
    if step.status == "skipped":
        text.stylize("dim strike")
    elif index == meeting.current:
        text.stylize("bold")
    if step.status != "skipped" and flow.is_over(meeting, index, now):
        text.stylize("bold red", len(text) - len(minutes))
    return text


class AgendaList(TranslatedBindings, OptionList):
    """Keys here act on the highlighted step; the screen applies them and redraws."""

    BINDINGS = [
        Binding("enter", "jump", "key.go_to_step", tooltip="tip.go_to_step", id="agenda_jump"),
        Binding("a", "add", "key.add_step", tooltip="tip.add_step", id="agenda_add"),
        Binding("s", "skip", "key.skip_step", tooltip="tip.skip_step", id="agenda_skip"),
        Binding("shift+up", "move(-1)", "key.move_up", tooltip="tip.move_up", id="agenda_up"),
        Binding("shift+down", "move(1)", "key.move_down", tooltip="tip.move_down", id="agenda_down"),
    ]

    class Jump(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Skip(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Add(Message):
        def __init__(self, after: int) -> None:
            super().__init__()
            self.index = after

    class Move(Message):
        def __init__(self, index: int, delta: int) -> None:
            super().__init__()
            self.index, self.delta = index, delta

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[Meeting, float] | None = None

    @property
    def _width(self) -> int:
        # Room is kept for the scrollbar, which appears only once the list is long.
        return max(10, self.size.width - self.styles.scrollbar_size_vertical - 1)

    def on_resize(self) -> None:
        """Titles are cut to the width, so a new width needs new labels."""
        if self._shown is not None:
            self.show(*self._shown)

    def show(self, meeting: Meeting, now: float, keep: int | None = None) -> None:
        self._shown = (meeting, now)
        highlighted = self.highlighted if keep is None else keep
        labels = [step_label(meeting, i, now, self._width) for i in range(len(meeting.steps))]
        step_change = self.option_count == len(labels)
        if step_change:  # two lines differ, not all of them
            for index, label in enumerate(labels):
                if self.get_option_at_index(index).prompt != label:
                    self._relabel(index, label)
        else:
            self.set_options(Option(label) for label in labels)
        if not self.option_count:
            return
        index = min(highlighted if highlighted is not None else meeting.current, self.option_count - 1)
        if step_change:
            self._highlight(index)
        else:
            self.highlighted = index

    def _highlight(self, index: int) -> None:
        """Move the highlight, redrawing only the two lines it leaves and lands on. Setting
        `highlighted` redraws every line of the list, and a step change moves it each time."""
        before = self.highlighted
        if before == index:
            return
        self.set_reactive(AgendaList.highlighted, index)
        for changed in (before, index):
            if changed is not None and changed < self.option_count:
                self._refresh_option(changed)
        self.scroll_to_highlight()
        self.post_message(self.OptionHighlighted(self, self.get_option_at_index(index), index))

    def _refresh_option(self, index: int) -> None:
        """Redraw the lines of one option, not the whole list."""
        line = self._index_to_line.get(index)
        if line is None:  # not measured yet (no size): the whole list, when it is drawn
            self.refresh()
        else:
            self.refresh_lines(line, self._heights[index])

    def update_step(self, meeting: Meeting, index: int, now: float) -> None:
        """The step's line anew, if it changed (it does when the step runs over): the clock asks
        every second, and replacing an option redraws the list."""
        label = step_label(meeting, index, now, self._width)
        if index < self.option_count and self.get_option_at_index(index).prompt != label:
            self._relabel(index, label)

    def _relabel(self, index: int, label: Text) -> None:
        """One step's line anew. OptionList.replace_option_prompt_at_index forgets how every
        option was drawn and measures them all again (most of the agenda's cost in a step
        change, for two changed lines); a step's line is always one line high (no_wrap), so
        only this option's drawing is forgotten (OptionList's cache, keyed by option first)."""
        option = self.get_option_at_index(index)
        if "\n" in label.plain:  # not one line after all: let OptionList measure everything
            self.replace_option_prompt_at_index(index, label)
            return
        option._set_prompt(label)
        cache = self._option_render_cache
        for key in [key for key in cache.keys() if key[0] is option]:
            cache.discard(key)
        self._refresh_option(index)

    def _index(self) -> int | None:
        return self.highlighted

    def action_jump(self) -> None:
        if (index := self._index()) is not None:
            self.post_message(self.Jump(index))

    def action_add(self) -> None:
        index = self._index()
        self.post_message(self.Add(index if index is not None else -1))

    def action_skip(self) -> None:
        if (index := self._index()) is not None:
            self.post_message(self.Skip(index))

    def action_move(self, delta: int) -> None:
        if (index := self._index()) is not None:
            self.post_message(self.Move(index, delta))
