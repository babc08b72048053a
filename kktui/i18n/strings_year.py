"""User-facing strings: a new school year and deleting old personal data. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- the rules (school/new_year.py, services/school_year.py) -------------------------
    "year.no_school_year": (
        "{name} har ikke noe skoleår; skriv det inn i klassens detaljer først (f.eks. 2026/27).",
        "{name} has no school year; enter it in the class details first (e.g. 2026/27).",
    ),
    "year.was_deputy": ("vara i {name} {year}", "deputy in {name} {year}"),
    "year.seat_continues": (
        "valgt i {name}, perioden løper til {end}",
        "elected in {name}, the term runs until {end}",
    ),
    "year.bad_choice": (
        "«{choice}» er ikke et valg; velg beholde, overlevere eller droppe.",
        "«{choice}» is not a choice; choose keep, hand over or drop.",
    ),
    "year.dropped_note": (
        "Droppet ved slutten av skoleåret {year}.",
        "Dropped at the end of the school year {year}.",
    ),
    "year.hand_over_no_owner": (
        "Skriv hvem som overtar «{what}».",
        "Write who takes over «{what}».",
    ),
    "year.already_archived": (
        "{name} {year} er arkivert; det nye året er allerede startet, eller klassen har gått ut av skolen.",
        "{name} {year} is archived; the new year has already started, or the class has left the school.",
    ),
    "year.already_started": (
        "Det nye skoleåret for {name} er allerede startet: {new} {year}.",
        "The new school year for {name} has already started: {new} {year}.",
    ),
    "year.cleanup_reminder": (
        "Husk personvernet: når {name} {year} ikke lenger trengs, slett personopplysningene fra det året "
        "(kommandopaletten: «Slett gamle personopplysninger»). Vedtak og referater uten private linjer blir værende.",
        "Remember privacy: when {name} {year} is no longer needed, delete that year's personal data "
        "(command palette: «Delete old personal data»). Decisions and minutes without private lines stay.",
    ),
    # -- the screen (screens/views/new_year.py) -------------------------------------------
    "year.screen_title": ("Nytt skoleår", "New school year"),
    "year.new_name": ("Navn neste år", "Name next year"),
    "year.moves_up": (
        "{old} {old_year} går opp ett trinn og blir klassen for {year}.",
        "{old} {old_year} moves up one grade and becomes the class of {year}.",
    ),
    "year.ends_class": (
        "{name} {year} er skolens øverste trinn ({grade}. trinn): klassen går ut av skolen. "
        "Året avslutter klassen, som arkiveres og fortsatt kan leses.",
        "{name} {year} is the school's top grade (grade {grade}): the class leaves the school. "
        "The year ends the class, which is archived and stays readable.",
    ),
    "year.contacts": (
        "Klassekontakter: {names} (fjorårets vara).",
        "Class contacts: {names} (last year's deputies).",
    ),
    "year.no_deputies": (
        "Klassen hadde ingen vara i fjor, så det nye året har ingen klassekontakter ennå: de velges på valgmøtet.",
        "The class had no deputies last year, so the new year has no class contacts yet: they are elected at the election meeting.",
    ),
    "year.fau_continues": (
        "{role}: {name} fortsetter, andre år av perioden (til {end}).",
        "{role}: {name} continues, the second year of the term (until {end}).",
    ),
    "year.to_elect": ("Skal velges: {roles}.", "To be elected: {roles}."),
    "year.wheel_and_meetings": (
        "Årshjulet for det nye året foreslås, og valgmøtet og planleggingsmøtet legges inn som planlagte møter.",
        "The year wheel for the new year is proposed, and the election and planning meetings are added as planned meetings.",
    ),
    "year.old_stays": (
        "{name} {year} arkiveres med roller, møter og folk som de er, og kan fortsatt leses.",
        "{name} {year} is archived with its roles, meetings and people as they are, and stays readable.",
    ),
    "year.hint_name": (
        "Endre navnet om det trengs, og trykk Enter for å gå gjennom fjorårets åpne oppgaver.",
        "Change the name if needed, and press Enter to go through last year's open tasks.",
    ),
    "year.task_of": ("Oppgave {n} av {total}: {task}", "Task {n} of {total}: {task}"),
    "year.hint_review": (
        "k beholde · o overlevere til en annen · d droppe · Backspace tilbake",
        "k keep · o hand over to someone else · d drop · Backspace back",
    ),
    "year.reviewed": ("Fjorårets åpne oppgaver:", "Last year's open tasks:"),
    "year.no_tasks": ("Ingen åpne oppgaver fra fjoråret.", "No open tasks from last year."),
    "year.choice.keep": ("beholdes: {what}", "kept: {what}"),
    "year.choice.hand_over": ("overleveres til {owner}: {what}", "handed over to {owner}: {what}"),
    "year.choice.drop": ("droppes: {what}", "dropped: {what}"),
    "year.hint_confirm": (
        "Ctrl+S starter det nye året · h lagrer overleveringen først · Backspace tilbake · Esc avbryter",
        "Ctrl+S starts the new year · h saves the handover first · Backspace back · Esc cancels",
    ),
    "year.hand_over_title": ("Hvem overtar «{what}»?", "Who takes over «{what}»?"),
    "year.done_new": (
        "{name} {year} er startet og er nå valgt klasse; {old} er arkivert.",
        "{name} {year} has started and is now the chosen class; {old} is archived.",
    ),
    "year.done_archived": (
        "{name} {year} er arkivert: klassen har gått ut av skolen.",
        "{name} {year} is archived: the class has left the school.",
    ),
    "year.done_wheel": ("Årshjul foreslått: {n} punkter.", "Year wheel proposed: {n} items."),
    "year.done_planned": ("Planlagt: {title} (dato avtales)", "Planned: {title} (date to be agreed)"),
    "year.done_tasks": ("Oppgaver gjennomgått: {n}.", "Tasks reviewed: {n}."),
    "year.hint_done": (
        "h lagrer overleveringen for fjoråret · c sletter gamle personopplysninger · Esc tilbake",
        "h saves last year's handover · c deletes old personal data · Esc back",
    ),
    "key.year_keep": ("Behold", "Keep"),
    "tip.year_keep": (
        "Oppgaven følger klassen inn i det nye året",
        "The task follows the class into the new year",
    ),
    "key.year_hand_over": ("Overlever", "Hand over"),
    "tip.year_hand_over": (
        "Gi oppgaven til en annen i det nye året",
        "Give the task to someone else in the new year",
    ),
    "key.year_drop": ("Dropp", "Drop"),
    "tip.year_drop": (
        "Oppgaven gjøres ikke; den merkes som droppet",
        "The task will not be done; it is marked dropped",
    ),
    "key.year_undo": ("Tilbake ett steg", "Back one step"),
    "tip.year_undo": ("Se på forrige oppgave igjen", "Look at the previous task again"),
    "key.year_start": ("Start det nye året", "Start the new year"),
    "tip.year_start": (
        "Arkiver fjoråret og start det nye med roller, årshjul og planlagte møter",
        "Archive last year and start the new one with roles, year wheel and planned meetings",
    ),
    "key.year_handover": ("Lagre overlevering", "Save handover"),
    "tip.year_handover": ("Lagre overleveringen for fjoråret som fil", "Save last year's handover as a file"),
    "key.year_cleanup": ("Slett personopplysninger", "Delete personal data"),
    "tip.year_cleanup": (
        "Se hva som slettes fra fjoråret, og bekreft én gang",
        "See what would be deleted from last year, and confirm once",
    ),
    "cmd.new_year": ("Nytt skoleår", "New school year"),
    "cmd.new_year_help": (
        "Klassen går opp ett trinn: vara blir klassekontakter, FAU-plassen følger med, fjorårets oppgaver gås gjennom",
        "The class moves up a grade: deputies become class contacts, the FAU seat carries on, last year's tasks are reviewed",
    ),
    "help.new_year": (
        "Et nytt skoleår i ett steg. Klassen går opp ett trinn (navnet kan endres), fjorårets vara blir klassekontakter, "
        "en FAU-plass i sitt andre år fortsetter, og en som slutter, merkes for valg. Gå gjennom fjorårets åpne oppgaver "
        "med **k** (behold), **o** (overlever) og **d** (dropp), og start med **Ctrl+S**. Fjoråret arkiveres og kan "
        "fortsatt leses (klassebytteren: **a** viser arkiverte). På øverste trinn avslutter året klassen.",
        "A new school year in one step. The class moves up a grade (the name can be changed), last year's deputies become "
        "class contacts, an FAU seat in its second year continues, and one that ends is marked for election. Go through "
        "last year's open tasks with **k** (keep), **o** (hand over) and **d** (drop), and start with **Ctrl+S**. Last "
        "year is archived and stays readable (class switcher: **a** shows archived). In the top grade the year ends the class.",
    ),
    "class.archived": ("arkivert", "archived"),
    "key.show_archived": ("Vis arkiverte", "Show archived"),
    "tip.show_archived": (
        "Vis også avsluttede skoleår og klasser som har gått ut av skolen",
        "Also show finished school years and classes that have left the school",
    ),
    # -- deleting old personal data (school/cleanup.py, screens/dialogs/cleanup.py) --------
    "cleanup.not_finished": (
        "{name} {year} er ikke avsluttet ennå; personopplysninger slettes bare fra skoleår som er over.",
        "{name} {year} has not finished yet; personal data is deleted only from school years that are over.",
    ),
    "cleanup.no_finished": (
        "Ingen skoleår er avsluttet ennå; det er ingenting å slette.",
        "No school year has finished yet; there is nothing to delete.",
    ),
    "cleanup.title": ("Slett gamle personopplysninger", "Delete old personal data"),
    "cleanup.pick_title": ("Hvilket skoleår?", "Which school year?"),
    "cleanup.done_mark": ("slettet før", "deleted before"),
    "cleanup.preview_title": ("Dette slettes fra {name} {year}:", "This is deleted from {name} {year}:"),
    "cleanup.nothing": (
        "Ingenting: det er ingen personopplysninger igjen å slette.",
        "Nothing: there is no personal data left to delete.",
    ),
    "cleanup.people": (
        "Personer i klasselista (med barn, telefon, e-post og notater): {n}",
        "People on the class list (with children, phone, e-mail and notes): {n}",
    ),
    "cleanup.calls": ("Rader i ringelister: {n}", "Call list rows: {n}"),
    "cleanup.meetings": ("Møter der notater slettes: {n}", "Meetings whose notes are deleted: {n}"),
    "cleanup.meeting_whole": (
        "{date} {title}: alle notater og forberedelser ({n} linjer)",
        "{date} {title}: all notes and preparation ({n} lines)",
    ),
    "cleanup.meeting_private": (
        "{date} {title}: private linjer ({n})",
        "{date} {title}: private lines ({n})",
    ),
    "cleanup.tasks_removed": ("Private oppgaver: {n}", "Private tasks: {n}"),
    "cleanup.tasks_changed": (
        "Oppgaver der private notater eller koblingen til en person fjernes: {n}",
        "Tasks whose private notes or link to a person are removed: {n}",
    ),
    "cleanup.handover": (
        "Private linjer i overleveringsnotatene: {n}",
        "Private lines in the handover notes: {n}",
    ),
    "cleanup.kept": (
        "Beholdes: møtene, vedtak og referater uten private linjer, rollene, årshjulet og de andre oppgavene. "
        "Sikkerhetskopiene i datamappen erstattes av nye etter noen oppstarter.",
        "Kept: the meetings, decisions and minutes without private lines, the roles, the year wheel and the other tasks. "
        "The backups in the data folder are replaced by new ones after a few starts.",
    ),
    "cleanup.confirm_hint": (
        "y sletter nøyaktig dette (kan ikke angres) · Esc avbryter",
        "y deletes exactly this (cannot be undone) · Esc cancels",
    ),
    "cleanup.nothing_hint": ("Esc lukker", "Esc closes"),
    "cleanup.done": (
        "Personopplysningene fra {name} {year} er slettet.",
        "The personal data from {name} {year} has been deleted.",
    ),
    "key.cleanup_delete": ("Slett", "Delete"),
    "tip.cleanup_delete": (
        "Slett det som står i listen; kan ikke angres",
        "Delete what the list says; cannot be undone",
    ),
    "cmd.cleanup": ("Slett gamle personopplysninger", "Delete old personal data"),
    "cmd.cleanup_help": (
        "Fra et avsluttet skoleår: personer, ringelister og notater; vedtak og referater uten private linjer blir værende",
        "From a finished school year: people, call lists and notes; decisions and minutes without private lines stay",
    ),
    # -- legal statements and their last-checked date (guidance/law_dates.py) -------------
    "check.law_no_date": (
        "advarsel: filen viser til loven, men mangler «sist kontrollert: ÅÅÅÅ-MM-DD» øverst",
        "warning: the file cites the law but has no «last checked: YYYY-MM-DD» at the top",
    ),
    "check.law_bad_date": (
        "advarsel: «{value}» er ikke en dato; skriv «sist kontrollert: ÅÅÅÅ-MM-DD»",
        "warning: «{value}» is not a date; write «last checked: YYYY-MM-DD»",
    ),
    "check.law_old_date": (
        "advarsel: lovhenvisningene ble sist kontrollert {date}, for over et år siden; sjekk dem mot loven og forskriften slik de gjelder nå",
        "warning: the legal statements were last checked on {date}, over a year ago; check them against the act and regulations as they stand",
    ),
}
