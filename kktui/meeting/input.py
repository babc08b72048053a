"""Input from parents before the meeting (innspill): who sent what, and what the meeting said.

The sources stress that input is passed on *before* meetings. Each item the user registers
goes into one agenda step, "Innspill fra foreldre" (kind `input`), as a prompt; the step keeps
the items and their outcomes in `refs` and `outcomes` (item id -> who, what, outcome), so the
minutes say what became of each one.
"""

from __future__ import annotations

from kktui.i18n import t, tn
from kktui.meeting.model import AgendaStep, Meeting, new_id
from kktui.output.privacy import is_private_line

KIND = "input"
MIN_MINUTES, MAX_MINUTES, PER_ITEM = 5, 20, 3
MAX_WHO, MAX_WHAT, MAX_OUTCOME = 120, 2000, 2000
LEADING_KINDS = ("approval", "followup", "preparation")  # these stay first on the agenda


class InputRefused(ValueError):
    """One sentence: what is wrong with the item, for the screen or the command line."""


def input_step(meeting: Meeting) -> AgendaStep | None:
    return next((step for step in meeting.steps if step.kind == KIND), None)


def items(step: AgendaStep) -> list[dict[str, str]]:
    """The items in the order they were registered, each with its id."""
    return [{"id": ref, **step.outcomes[ref]} for ref in step.refs if ref in step.outcomes]


def _minutes(count: int) -> int:
    return min(MAX_MINUTES, max(MIN_MINUTES, count * PER_ITEM))


def _prompt(item: dict[str, str]) -> str:
    return f"{item['who']}: {item['what']}" if item.get("who") else item["what"]


def _refresh(step: AgendaStep) -> None:
    found = items(step)
    step.prompts = [_prompt(item) for item in found]
    step.planned_minutes = _minutes(len(found))


def _new_step(meeting: Meeting) -> AgendaStep:
    step = AgendaStep(
        title=t("input.step_title", meeting.lang),
        planned_minutes=MIN_MINUTES,
        guidance=t("input.guidance", meeting.lang),
        kind=KIND,
    )
    # After the steps that open a meeting, before the last one (usually "any other business").
    first = 0
    while first < len(meeting.steps) and meeting.steps[first].kind in LEADING_KINDS:
        first += 1
    index = max(first, len(meeting.steps) - 1) if len(meeting.steps) > 1 else len(meeting.steps)
    meeting.steps.insert(index, step)
    if meeting.status != "planned" and index <= meeting.current and len(meeting.steps) > 1:
        meeting.current += 1  # the step being worked on stays the same
    return step


def add_input(meeting: Meeting, who: str, what: str) -> str:
    """Register one item; the agenda gets its input step with the first one. Returns the item id."""
    who, what = " ".join(who.split()), what.strip()
    if meeting.status == "finished":
        raise InputRefused(t("input.finished", title=meeting.title))
    if not what:
        raise InputRefused(t("input.what_missing"))
    if len(who) > MAX_WHO or len(what) > MAX_WHAT:
        raise InputRefused(tn("input.too_long", MAX_WHAT, most=MAX_WHAT))
    step = input_step(meeting) or _new_step(meeting)
    item_id = new_id("i")
    step.outcomes[item_id] = {"who": who, "what": what, "outcome": ""}
    step.refs.append(item_id)
    _refresh(step)
    return item_id


def remove_input(meeting: Meeting, item_id: str) -> bool:
    """Take an item off again; the step goes when its last item goes (and nothing was noted there)."""
    step = input_step(meeting)
    if step is None or item_id not in step.outcomes:
        return False
    del step.outcomes[item_id]
    step.refs = [ref for ref in step.refs if ref != item_id]
    _refresh(step)
    if not step.refs and not step.notes.strip() and meeting.status == "planned":
        meeting.steps.remove(step)
    return True


def record_outcome(meeting: Meeting, item_id: str, outcome: str) -> None:
    """What the meeting said or decided about one item; it goes into the minutes."""
    step = input_step(meeting)
    if step is None or item_id not in step.outcomes:
        raise InputRefused(t("input.unknown"))
    if len(outcome) > MAX_OUTCOME:
        raise InputRefused(tn("input.too_long", MAX_OUTCOME, most=MAX_OUTCOME))
    step.outcomes[item_id]["outcome"] = outcome.strip()


def minutes_lines(step: AgendaStep, lang: str) -> list[str]:
    """The step in the minutes: each item, who sent it, and what the meeting said."""
    rows = []
    for item in items(step):
        if is_private_line(item.get("what", "")) or is_private_line(item.get("who", "")):
            continue  # marked private when it was registered: it stays in kktui
        line = "- " + " ".join(_prompt(item).split())
        outcome = " ".join(item.get("outcome", "").split())
        line += " — " + (outcome if outcome else t("input.no_outcome", lang))
        rows.append(line)
    return rows + [""] if rows else []
