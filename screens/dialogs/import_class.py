"""Import a class list (CSV) into the current class: see what will happen first, then import."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Input, Label, Static

from kktui.i18n import t, tn
from kktui.school.contact_fields import show_phone
from kktui.school.csv_import import Preview, summary
from kktui.school.csv_read import ClassListError
from kktui.screens.base import KkScreen
from kktui.screens.common import class_title
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services import classes
from kktui.services.session import Session
from kktui.storage.files import StorageError


class ImportClassScreen(KkScreen):
    HELP_KEY = "import"
    BINDINGS = [
        Binding(
            "ctrl+s", "import_rows", "key.do_import", tooltip="tip.do_import", id="do_import", priority=True
        ),
        Binding("u", "toggle_update", "key.update", tooltip="tip.update_matches", id="update_matches"),
        Binding("escape", "back", "key.back", tooltip="tip.back", id="import_back"),
    ]

    def __init__(self, session: Session, path: str = "") -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.preview: Preview | None = None
        self.update = False

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="import-pane", classes="pane"):
            with Horizontal(id="import-file"):
                yield Label(t("import.file"))
                yield Input(self.path, id="import-path", placeholder=t("import.file_hint"), compact=True)
            yield Static(t("import.intro"), id="import-summary")
            yield PlainTable(id="import-rows", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="import-rejected-scroll"):
                yield Static(id="import-rejected", classes="error", markup=False)
        yield KkFooter()

    def on_mount(self) -> None:
        self.title = class_title(self.session)
        self.sub_title = t("import.title")
        self.query_one("#import-rows", DataTable).add_columns(
            t("col.line"), t("col.name"), t("col.children"), t("col.phone"), t("col.what_happens")
        )
        self.query_one("#import-rows").display = False
        self.query_one("#import-rejected-scroll").display = False
        self.query_one("#import-path", Input).focus()
        if self.path:
            self.read()

    @on(Input.Submitted, "#import-path")
    def read(self) -> None:
        school_class = self.session.current_class()
        raw = self.query_one("#import-path", Input).value.strip().strip('"').strip("'")
        if school_class is None or not raw:
            return
        path = Path(raw).expanduser()
        try:
            self.preview = classes.preview_class_list(self.session, path, school_class)
        except ClassListError as exc:
            self.preview = None
            self.query_one("#import-summary", Static).update(Text(str(exc), style="bold red"))
            self.query_one("#import-rows").display = False
            self.query_one("#import-rejected-scroll").display = False
            return
        self.show()
        if self.preview.rows:
            self.query_one("#import-rows", DataTable).focus()

    def show(self) -> None:
        preview = self.preview
        school_class = self.session.current_class()
        if preview is None or school_class is None:
            return
        lines = summary(preview, self.update, True, school_class.name)
        lines.append(t("import.keys_update_on" if self.update else "import.keys"))
        self.query_one("#import-summary", Static).update(Text("\n".join(lines)))
        table = self.query_one("#import-rows", DataTable)
        table.clear()
        for row in preview.rows:
            if row.action == "new":
                what = Text(t("import.will_add"), style="green")
            elif not row.changes:
                what = t("import.same")  # type: ignore[assignment]  # the cell shows text or styled Text
            elif self.update:
                what = Text(t("import.will_update", changes="; ".join(row.changes)), style="yellow")
            else:
                what = t("import.kept", changes="; ".join(row.changes))  # type: ignore[assignment]  # the cell shows text or styled Text
            table.add_row(
                str(row.line),
                row.person.name,
                ", ".join(row.person.children),
                show_phone(row.person.phone),
                what,
            )
        table.display = bool(preview.rows)
        rejected = [f"{preview.where(r.line)}: {r.reason}" for r in preview.rejected]
        if rejected:
            rejected.insert(0, tn("import.rejected_count", len(rejected)))
        self.query_one("#import-rejected", Static).update("\n".join(rejected))
        self.query_one("#import-rejected-scroll").display = bool(rejected)

    def action_toggle_update(self) -> None:
        self.update = not self.update
        self.show()

    def action_import_rows(self) -> None:
        if self.preview is None:
            self.read()
            return
        school_class = self.session.current_class()
        if school_class is None:
            return
        try:
            new, changed = classes.import_class_list(self.session, self.preview, school_class, self.update)
        except StorageError as exc:
            self.notify(str(exc), severity="error")
            return
        if not new and not changed:
            self.notify(t("import.nothing"), timeout=5)
            return
        self.notify(
            tn("import.done", len(new), name=school_class.name, updated=len(changed)),
            timeout=8,
        )
        self.app.pop_screen()

    def action_back(self) -> None:
        self.app.pop_screen()
