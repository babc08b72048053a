"""What the screens are handed: the store, the saver, the clock, the settings and the templates.

Screens change Meeting objects in memory and call `save_*`; writing happens on the
saver's thread, so typing never waits for the disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kktui.clock import Clock
from kktui.i18n import t
from kktui.meeting.model import Meeting, MeetingSummary, Task, is_overdue
from kktui.school.model import CallEntry, Person, Role, SchoolClass, WheelItem
from kktui.storage.autosave import Saver
from kktui.storage.files import SaveFailed
from kktui.storage.settings import Settings, load_settings, save_settings
from kktui.storage.store import Store

if TYPE_CHECKING:
    from kktui.meeting.templates import Template, TemplateError
    from kktui.services.live import LiveShare


class Session:
    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        on_save_error: Callable[[str], object] | None = None,
        on_save_recovered: Callable[[], object] | None = None,
        settings: Settings | None = None,
        on_notice: Callable[[str], object] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock or Clock()
        self.on_notice = on_notice
        self.saver = Saver(store, on_save_error, on_save_recovered, on_notice)
        self._settings = settings
        self.live: LiveShare | None = None  # the running meeting's live view (services/live.py)

    @property
    def data_dir(self) -> Path:
        return self.store.folder

    def now(self) -> float:
        return self.clock.time()

    # -- settings (settings.json: read once, when first needed, unless handed in) --
    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.data_dir)
        return self._settings

    def update_settings(self, **changes) -> Settings:
        """Change and remember settings (see storage.settings.save_settings); OSError if not saved."""
        self._settings = save_settings(self.data_dir, **changes)
        return self._settings

    # -- reading (waits for queued saves, so what is shown is what is stored) ----
    def meetings(self) -> list[Meeting]:
        """Every meeting, whole; lists should use meeting_index()."""
        self.saver.flush(2.0)
        return self._told(self.store.meetings())

    def meeting_index(self) -> list[MeetingSummary]:
        """Meetings without agenda and notes: cheap, for lists and look-ups."""
        self.saver.flush(2.0)
        return self.store.meeting_index()

    def home_meetings(self, class_id: str) -> tuple[list[MeetingSummary], int]:
        """The meetings home lists for a class (and those of no class), in its order, and how
        many older ones it leaves out. Only the listed ones are built from the stored rows."""
        from kktui.meeting.listing import home_rows

        self.saver.flush(2.0)
        rows, older = home_rows(self.store.meeting_docs(("", class_id)))
        return [MeetingSummary.from_dict(row) for row in rows], older

    def meeting(self, meeting_id: str) -> Meeting:
        """A meeting, whole; MeetingDamaged (one sentence) if its file cannot be read at all."""
        self.saver.flush(2.0)
        return self._told(self.store.meeting(meeting_id))

    def _told(self, result):
        """Pass on what reading found and mended (a meeting file of the wrong shape) to on_notice;
        without one (the command line) it stays in store.notices for the caller to print."""
        if self.on_notice is not None:
            for sentence in self.store.take_notices():
                self.on_notice(sentence)
        return result

    def tasks(self, meeting_id: str | None = None, status: str | None = None) -> list[Task]:
        self.saver.flush(2.0)
        return self.store.tasks(meeting_id, status)

    def open_tasks(self) -> list[Task]:
        return self.tasks(status="open")

    def people(self, meeting: Meeting) -> list[str]:
        """Names to suggest for a task owner: this meeting's attendees first, then everyone seen."""
        names = list(meeting.attendees)
        if meeting.class_id:
            names += [p.name for p in self.class_people(meeting.class_id)]
        for other in self.meeting_index():
            names += other.attendees
        # Owners of this year's and open tasks: the meeting index above has everyone who came.
        self.saver.flush(2.0)
        names += [str(doc.get("owner")) for doc in self.store.task_docs(history=False) if doc.get("owner")]
        return list(dict.fromkeys(name for name in names if name))

    def templates(self, lang: str) -> tuple[list[Template], list[TemplateError]]:
        from kktui.meeting.templates import load_templates  # markdown-it only when a template is chosen

        return load_templates(lang, self.data_dir)

    # -- the class (these write at once: they change on a key press, not while typing) --
    def classes(self) -> list[SchoolClass]:
        return self.store.classes()

    def current_class(self) -> SchoolClass | None:
        """The class chosen last, else the first one; None before any class exists."""
        classes = self.classes()
        chosen = self.store.current_class_id()
        return next((c for c in classes if c.id == chosen), classes[0] if classes else None)

    def _write(self, **tables) -> None:
        """Write now; a failure is a StorageError whose str() is one sentence for the screen."""
        try:
            self.store.save_docs(**tables)
        except OSError as exc:
            raise SaveFailed(
                t("storage.save_failed", path=self.store.path, reason=exc.strerror or exc)
            ) from exc

    def choose_class(self, class_id: str) -> None:
        self._write(prefs=[Store.current_class_doc(class_id)])

    def save_class(
        self, school_class: SchoolClass, people: Sequence[Person] = (), make_current: bool = True
    ) -> None:
        """Save the class (with `people`, e.g. from a class list) and keep its contact-teacher role
        in step, in one write; by default it becomes the current class."""
        from kktui.school.elections import teacher_role

        role = teacher_role(school_class)
        prefs = [Store.current_class_doc(school_class.id)] if make_current else []
        self._write(
            classes=[school_class.to_dict()],
            roles=[role.to_dict()] if role else [],
            people=[p.to_dict() for p in people],
            prefs=prefs,
        )

    def class_people(self, class_id: str) -> list[Person]:
        return self.store.people(class_id)

    def save_people(self, people: list[Person], remove: Sequence[str] = ()) -> None:
        self._write(people=[p.to_dict() for p in people], remove={"people": list(remove)})

    def roles(self, class_id: str) -> list[Role]:
        return self.store.roles(class_id)

    def save_roles(self, roles: list[Role], remove: Sequence[str] = ()) -> None:
        self._write(roles=[r.to_dict() for r in roles], remove={"roles": list(remove)})

    def wheel(self, class_id: str, school_year: str | None = None) -> list[WheelItem]:
        return self.store.wheel(class_id, school_year)

    def save_wheel(self, items: list[WheelItem], remove: Sequence[str] = ()) -> None:
        self._write(wheel=[i.to_dict() for i in items], remove={"wheel": list(remove)})

    def calls(self, meeting_id: str) -> list[CallEntry]:
        return self.store.calls(meeting_id)

    def save_call(self, entry: CallEntry) -> None:
        self._write(calls=[entry.to_dict()])

    def class_tasks(
        self, class_id: str | None, status: str | None = None, confidential: bool = False
    ) -> list[Task]:
        """Tasks of a class (given in its meetings or to it directly), and tasks of no class.
        Tasks from a confidential meeting only when asked for (`confidential`)."""
        self.saver.flush(2.0)
        docs = self._class_task_docs(class_id, status, confidential)
        tasks = [Task.from_dict(doc) for doc in docs]
        return sorted(tasks, key=lambda task: (task.due or "9999", task.created_at))

    def home_tasks(self, class_id: str | None, today: str, limit: int) -> tuple[list[Task], int]:
        """The class's open tasks as home lists them, overdue first then by due date: the first
        `limit` of them, and how many more there are. Only those shown become Task objects."""
        self.saver.flush(2.0)
        docs = self._class_task_docs(class_id, "open")
        docs.sort(
            key=lambda d: (
                not is_overdue("open", d.get("due"), today),
                d.get("due") or "9999",
                d.get("created_at") or "",
            )
        )
        return [Task.from_dict(doc) for doc in docs[:limit]], max(0, len(docs) - limit)

    def _class_task_docs(
        self, class_id: str | None, status: str | None, confidential: bool = False
    ) -> list[dict]:
        """As followup.class_of_task decides it, on the stored rows: a task's own class, else
        the class of its meeting; a confidential meeting's tasks only when asked for
        (meeting/secrecy.py says why)."""
        classes = self.store.meeting_classes()
        secret = set() if confidential else self.store.confidential_meeting_ids()
        wanted = ("", class_id or "")
        return [
            doc
            for doc in self.store.task_docs(status=status)
            if (doc.get("class_id") or classes.get(doc.get("meeting_id") or "", "")) in wanted
            and (confidential or (doc.get("meeting_id") or "") not in secret)
        ]

    def carry_over(self, meeting: Meeting) -> bool:
        """Put the class's open tasks from earlier meetings first on a new meeting's agenda."""
        from kktui.meeting.followup import add_followup_step

        return add_followup_step(
            meeting, self.open_tasks(), self.meeting_index()
        )  # only open ones carry over

    # -- writing -----------------------------------------------------------------
    def save_meeting(self, meeting: Meeting) -> None:
        meeting.last_seen = self.now()
        self.saver.submit(meetings=[meeting])
        if self.live is not None:  # the phones following this meeting see the change
            self.live.meeting_saved(meeting)

    def save_task(self, task: Task) -> None:
        self.saver.submit(tasks=[task])
        if self.live is not None:
            self.live.task_saved(task)

    def flush(self, timeout: float = 5.0) -> bool:
        return self.saver.flush(timeout)

    def close(self) -> bool:
        return self.saver.close()
