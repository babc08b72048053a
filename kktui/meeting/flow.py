"""How a meeting moves: start, step to step, edit the agenda on the fly, finish.

Kept apart from the screens so the rules (what counts as time spent, what a restart
does to a running timer) are tested without a terminal.
"""

from __future__ import annotations

from datetime import datetime

from kktui.meeting.model import AgendaStep, Meeting

# A gap longer than this since the app last saw a running meeting (laptop closed,
# app not reopened until the next day) is not counted as meeting time.
RESUME_GAP_SECONDS = 10 * 60


def _stop_clock(meeting: Meeting, now: float) -> None:
    step = meeting.current_step
    if step is not None and meeting.running_since is not None:
        step.elapsed_seconds += max(0.0, now - meeting.running_since)
    meeting.running_since = None


def start(meeting: Meeting, now: float) -> None:
    if meeting.status == "planned":
        started = datetime.fromtimestamp(now).astimezone()
        meeting.status = "running"
        meeting.started_at = started.isoformat(timespec="seconds")
        _held_now(meeting, started)
        meeting.current = _first_open(meeting, 0)
    if meeting.status == "running" and meeting.running_since is None:
        meeting.running_since = now
    meeting.last_seen = now


def _held_now(meeting: Meeting, started: datetime) -> None:
    """A meeting is dated when it is held; the plan it was started from is kept beside it."""
    day, time = started.date().isoformat(), started.strftime("%H:%M")
    if meeting.date and meeting.date != day:
        meeting.planned_date, meeting.planned_time = meeting.date, meeting.time
    meeting.date, meeting.time = day, time


def resume(meeting: Meeting, now: float) -> bool:
    """Reopening a running meeting: keep counting unless the app was gone for long.

    Returns True when a long gap was left out of the timer.
    """
    if meeting.status != "running":
        return False
    if meeting.running_since is None:
        meeting.running_since = now
        return False
    seen = meeting.last_seen if meeting.last_seen is not None else meeting.running_since
    if now - seen > RESUME_GAP_SECONDS:
        _stop_clock(meeting, max(seen, meeting.running_since))
        meeting.running_since = now
        return True
    return False


def go_to(meeting: Meeting, index: int, now: float) -> None:
    """Make `index` the current step; the step being left is done unless it was skipped."""
    if not 0 <= index < len(meeting.steps) or index == meeting.current:
        return
    running = meeting.running_since is not None
    _stop_clock(meeting, now)
    leaving = meeting.current_step
    if leaving is not None and leaving.status == "pending" and index > meeting.current:
        leaving.status = "done"
    meeting.current = index
    if meeting.steps[index].status == "skipped":
        meeting.steps[index].status = "pending"
    if running:
        meeting.running_since = now


def _first_open(meeting: Meeting, start_at: int) -> int:
    for index in range(start_at, len(meeting.steps)):
        if meeting.steps[index].status != "skipped":
            return index
    return min(start_at, len(meeting.steps) - 1)


def next_step(meeting: Meeting, now: float) -> bool:
    """Move on, passing skipped steps; False at the last step."""
    for index in range(meeting.current + 1, len(meeting.steps)):
        if meeting.steps[index].status != "skipped":
            go_to(meeting, index, now)
            return True
    return False


def previous_step(meeting: Meeting, now: float) -> bool:
    for index in range(meeting.current - 1, -1, -1):
        if meeting.steps[index].status != "skipped":
            go_to(meeting, index, now)
            return True
    return False


def add_step(meeting: Meeting, title: str, minutes: int, after: int) -> int:
    index = max(0, min(after + 1, len(meeting.steps)))
    meeting.steps.insert(index, AgendaStep(title=title, planned_minutes=minutes))
    if index <= meeting.current and len(meeting.steps) > 1:
        meeting.current += 1
    return index


def toggle_skip(meeting: Meeting, index: int) -> bool:
    """Skip a coming step, or bring a skipped one back. The current step cannot be skipped."""
    step = meeting.steps[index]
    if index == meeting.current:
        return False
    step.status = "pending" if step.status == "skipped" else "skipped"
    return True


def move_step(meeting: Meeting, index: int, delta: int) -> int:
    target = index + delta
    if not (0 <= index < len(meeting.steps) and 0 <= target < len(meeting.steps)):
        return index
    steps = meeting.steps
    current_id = steps[meeting.current].id
    steps[index], steps[target] = steps[target], steps[index]
    meeting.current = next(i for i, s in enumerate(steps) if s.id == current_id)
    return target


def finish(meeting: Meeting, now: float) -> None:
    _stop_clock(meeting, now)
    step = meeting.current_step
    if step is not None and step.status == "pending":
        step.status = "done"
    meeting.status = "finished"
    meeting.finished_at = datetime.fromtimestamp(now).astimezone().isoformat(timespec="seconds")
    meeting.last_seen = now


def reopen(meeting: Meeting, now: float) -> None:
    """Finished by mistake: back to running at the step it ended on."""
    meeting.status = "running"
    meeting.finished_at = ""
    meeting.running_since = now
    meeting.last_seen = now


def is_over(meeting: Meeting, index: int, now: float) -> bool:
    return meeting.step_elapsed(index, now) > meeting.steps[index].planned_minutes * 60


def minutes_over(meeting: Meeting, now: float, index: int | None = None) -> int:
    """Whole minutes a step has run past its plan, rounded up (0 while within it)."""
    index = meeting.current if index is None else index
    over = meeting.step_elapsed(index, now) - meeting.steps[index].planned_minutes * 60
    return 0 if over <= 0 else -int(-over // 60)


def _givers(meeting: Meeting, index: int) -> list[AgendaStep]:
    """The steps still to come that can give planned minutes (not skipped, not done)."""
    return [later for later in meeting.steps[index + 1 :] if later.status == "pending"]


def minutes_to_spare(meeting: Meeting, index: int) -> int:
    """How many planned minutes the steps after `index` could give (each keeps one)."""
    return sum(max(0, later.planned_minutes - 1) for later in _givers(meeting, index))


def take_time(meeting: Meeting, index: int, minutes: int) -> int:
    """A step running over gets planned minutes from the steps still to come, the next first.

    Skipped and finished steps give nothing, and each giving step keeps at least a minute, so
    the meeting's planned length stays the same. Returns the minutes moved (0 when none left)."""
    moved = 0
    for later in _givers(meeting, index):
        if moved >= minutes:
            break
        give = min(minutes - moved, max(0, later.planned_minutes - 1))
        later.planned_minutes -= give
        moved += give
    meeting.steps[index].planned_minutes += moved
    return moved
