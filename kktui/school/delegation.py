"""Who does what: the task board's filters, each person's load, and the call list's tally.

The class contact is meant to delegate, not to do everything alone; these answer
"what is overdue?", "what does Kari hold?" and "who has nothing yet?".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kktui.meeting.model import Task
from kktui.school.elections import holders
from kktui.school.model import CallEntry, Person, Role, name_key

STATUS_FILTERS = ("open", "done", "dropped", "all")


@dataclass
class TaskFilter:
    person: str = ""  # a name; "" for everyone
    status: str = "open"  # one of STATUS_FILTERS
    overdue: bool = False
    confidential: bool = False  # also tasks from confidential meetings (the user opted in)

    def matches(self, task: Task, today: date, secret: frozenset[str] | set[str] = frozenset()) -> bool:
        if task.meeting_id in secret and not self.confidential:
            return False
        if self.person and name_key(task.owner) != name_key(self.person):
            return False
        if self.status != "all" and task.status != self.status:
            return False
        return not self.overdue or task.is_overdue(today.isoformat())


def filter_tasks(
    tasks: list[Task], chosen: TaskFilter, today: date, secret: frozenset[str] | set[str] = frozenset()
) -> list[Task]:
    """Overdue first, then by due date (none last), then as they were given. Tasks of the
    meetings in `secret` (confidential ones) only when the filter asks for them."""
    iso = today.isoformat()
    found = [task for task in tasks if chosen.matches(task, today, secret)]
    return sorted(found, key=lambda k: (not k.is_overdue(iso), k.due or "9999", k.created_at, k.id))


def owners(tasks: list[Task]) -> list[str]:
    seen: dict[str, str] = {}
    for task in tasks:
        if task.owner.strip():
            seen.setdefault(name_key(task.owner), " ".join(task.owner.split()))
    return sorted(seen.values(), key=name_key)


@dataclass
class Load:
    person: Person
    roles: list[Role] = field(default_factory=list)
    open_tasks: list[Task] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.roles) + len(self.open_tasks)


def _belongs(task: Task, person: Person) -> bool:
    return task.owner_id == person.id if task.owner_id else name_key(task.owner) == name_key(person.name)


def workload(people: list[Person], tasks: list[Task], roles: list[Role], today: date) -> list[Load]:
    """What each person holds now: roles in their term today and open tasks."""
    current = [role for found in holders(roles, today).values() for role in found]
    loads = []
    for person in people:
        mine = [
            r
            for r in current
            if r.person_id == person.id or (not r.person_id and name_key(r.name) == name_key(person.name))
        ]
        loads.append(Load(person, mine, [k for k in tasks if k.status == "open" and _belongs(k, person)]))
    return loads


def free_hands(loads: list[Load]) -> list[Person]:
    """Guardians with no role and no open task: the first to ask."""
    return [load.person for load in loads if load.count == 0 and load.person.kind == "guardian"]


@dataclass
class CallTally:
    guardians: int
    invited: int
    answered: int
    coming: int
    lift: int
    companion: int


def tally(people: list[Person], entries: list[CallEntry]) -> CallTally:
    guardians = [p for p in people if p.kind == "guardian"]
    ids = {p.id for p in guardians}
    mine = [e for e in entries if e.person_id in ids]
    return CallTally(
        guardians=len(guardians),
        invited=sum(e.invited for e in mine),
        answered=sum(bool(e.answer) for e in mine),
        coming=sum(e.answer == "yes" for e in mine),
        lift=sum(e.lift for e in mine),
        companion=sum(e.companion for e in mine),
    )
