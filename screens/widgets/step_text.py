"""The text the live meeting shows about the meeting and its current step."""

from __future__ import annotations

from kktui.i18n import t
from kktui.meeting.model import AgendaStep, Meeting


def meeting_line(meeting: Meeting) -> str:
    """Title, class and whether it is confidential, for the bar at the top."""
    bits = [meeting.title]
    if meeting.class_name:
        bits.append(meeting.class_name)
    if meeting.confidential:
        bits.append(t("status.confidential"))
    return " · ".join(bits)


def guidance_markdown(meeting: Meeting) -> str:
    step = meeting.current_step
    return "" if step is None else step_guidance(step)


def step_guidance(step: AgendaStep) -> str:
    """A step's guidance, prompts, checklist and source, as Markdown."""
    parts = [step.guidance or t("live.no_guidance")]
    if step.prompts:
        parts.append(f"**{t('live.prompts')}**\n\n" + "\n".join(f"- {p}" for p in step.prompts))
    if step.checklist:
        parts.append(
            f"**{t('live.checklist')}**\n\n"
            + "\n".join(f"- {'☑' if c.done else '☐'} {c.text}" for c in step.checklist)
        )
    if step.source:
        parts.append(f"*{t('live.source')}: {step.source}*")
    return "\n\n".join(parts)
