"""User-facing strings: a new school year and deleting old personal data.

key -> (bokmål, English, nynorsk); a text whose words depend on a number has (singular, plural) in each column.
"""

STRINGS: dict[str, tuple] = {
    # -- the rules (school/new_year.py, services/school_year.py) -------------------------
    "year.no_school_year": (
        "{name} har ikke noe skoleår; skriv det inn i klassens detaljer først (f.eks. 2026/27).",
        "{name} has no school year; enter it in the class details first (e.g. 2026/27).",
        "{name} har ikkje noko skuleår; skriv det inn i detaljane for klassen først (t.d. 2026/27).",
    ),
    "year.was_deputy": ("vara i {name} {year}", "deputy in {name} {year}", "vara i {name} {year}"),
    "year.seat_continues": (
        "valgt i {name}, perioden løper til {end}",
        "elected in {name}, the term runs until {end}",
        "valt i {name}, perioden varer til {end}",
    ),
    "year.bad_choice": (
        "«{choice}» er ikke et valg; velg beholde, overlevere eller droppe.",
        "«{choice}» is not a choice; choose keep, hand over or drop.",
        "«{choice}» er ikkje eit val; vel behalde, overlevere eller droppe.",
    ),
    "year.dropped_note": (
        "Droppet ved slutten av skoleåret {year}.",
        "Dropped at the end of the school year {year}.",
        "Droppa ved slutten av skuleåret {year}.",
    ),
    "year.hand_over_no_owner": (
        "Skriv hvem som overtar «{what}».",
        "Write who takes over «{what}».",
        "Skriv kven som tek over «{what}».",
    ),
    "year.already_archived": (
        "{name} {year} er arkivert; det nye året er allerede startet, eller klassen har gått ut av skolen.",
        "{name} {year} is archived; the new year has already started, or the class has left the school.",
        "{name} {year} er arkivert; det nye året er allereie starta, eller klassen har gått ut av skulen.",
    ),
    "year.already_started": (
        "Det nye skoleåret for {name} er allerede startet: {new} {year}.",
        "The new school year for {name} has already started: {new} {year}.",
        "Det nye skuleåret for {name} er allereie starta: {new} {year}.",
    ),
    "year.cleanup_reminder": (
        "Husk personvernet: når {name} {year} ikke lenger trengs, slett personopplysningene fra det året "
        "(kommandopaletten: «Slett gamle personopplysninger»). Vedtak og referater uten private linjer blir værende.",
        "Remember privacy: when {name} {year} is no longer needed, delete that year's personal data "
        "(command palette: «Delete old personal data»). Decisions and minutes without private lines stay.",
        "Hugs personvernet: når {name} {year} ikkje lenger trengst, slett personopplysningane frå det året "
        "(kommandopaletten: «Slett gamle personopplysningar»). Vedtak og referat utan private linjer blir verande.",
    ),
    # -- the screen (screens/views/new_year.py) -------------------------------------------
    "year.screen_title": ("Nytt skoleår", "New school year", "Nytt skuleår"),
    "year.new_name": ("Navn neste år", "Name next year", "Namn neste år"),
    "year.moves_up": (
        "{old} {old_year} går opp ett trinn og blir klassen for {year}.",
        "{old} {old_year} moves up one grade and becomes the class of {year}.",
        "{old} {old_year} går opp eitt trinn og blir klassen for {year}.",
    ),
    "year.ends_class": (
        "{name} {year} er skolens øverste trinn ({grade}. trinn): klassen går ut av skolen. "
        "Året avslutter klassen, som arkiveres og fortsatt kan leses.",
        "{name} {year} is the school's top grade (grade {grade}): the class leaves the school. "
        "The year ends the class, which is archived and stays readable.",
        "{name} {year} er det øvste trinnet på skulen ({grade}. trinn): klassen går ut av skulen. "
        "Året avsluttar klassen, som blir arkivert og framleis kan lesast.",
    ),
    "year.contacts": (
        "Klassekontakter: {names} (fjorårets vara).",
        "Class contacts: {names} (last year's deputies).",
        "Klassekontaktar: {names} (vara frå i fjor).",
    ),
    "year.no_deputies": (
        "Klassen hadde ingen vara i fjor, så det nye året har ingen klassekontakter ennå: de velges på valgmøtet.",
        "The class had no deputies last year, so the new year has no class contacts yet: they are elected at the election meeting.",
        "Klassen hadde ingen vara i fjor, så det nye året har ingen klassekontaktar enno: dei blir valde på valmøtet.",
    ),
    "year.fau_continues": (
        "{role}: {name} fortsetter, andre år av perioden (til {end}).",
        "{role}: {name} continues, the second year of the term (until {end}).",
        "{role}: {name} held fram, andre året av perioden (til {end}).",
    ),
    "year.to_elect": ("Skal velges: {roles}.", "To be elected: {roles}.", "Skal veljast: {roles}."),
    "year.wheel_and_meetings": (
        "Årshjulet for det nye året foreslås, og valgmøtet og planleggingsmøtet legges inn som planlagte møter.",
        "The year wheel for the new year is proposed, and the election and planning meetings are added as planned meetings.",
        "Årshjulet for det nye året blir føreslått, og valmøtet og planleggingsmøtet blir lagde inn som planlagde møte.",
    ),
    "year.old_stays": (
        "{name} {year} arkiveres med roller, møter og folk som de er, og kan fortsatt leses.",
        "{name} {year} is archived with its roles, meetings and people as they are, and stays readable.",
        "{name} {year} blir arkivert med roller, møte og folk som dei er, og kan framleis lesast.",
    ),
    "year.hint_name": (
        "Endre navnet om det trengs, og trykk Enter for å gå gjennom fjorårets åpne oppgaver.",
        "Change the name if needed, and press Enter to go through last year's open tasks.",
        "Endre namnet om det trengst, og trykk Enter for å gå gjennom dei opne oppgåvene frå i fjor.",
    ),
    "year.task_of": (
        "Oppgave {n} av {total}: {task}",
        "Task {n} of {total}: {task}",
        "Oppgåve {n} av {total}: {task}",
    ),
    "year.hint_review": (
        "k beholde · o overlevere til en annen · d droppe · Backspace tilbake",
        "k keep · o hand over to someone else · d drop · Backspace back",
        "k behalde · o overlevere til ein annan · d droppe · Backspace tilbake",
    ),
    "year.reviewed": ("Fjorårets åpne oppgaver:", "Last year's open tasks:", "Opne oppgåver frå i fjor:"),
    "year.no_tasks": (
        "Ingen åpne oppgaver fra fjoråret.",
        "No open tasks from last year.",
        "Ingen opne oppgåver frå i fjor.",
    ),
    "year.choice.keep": ("beholdes: {what}", "kept: {what}", "blir behalden: {what}"),
    "year.choice.hand_over": (
        "overleveres til {owner}: {what}",
        "handed over to {owner}: {what}",
        "blir overlevert til {owner}: {what}",
    ),
    "year.choice.drop": ("droppes: {what}", "dropped: {what}", "blir droppa: {what}"),
    "year.hint_confirm": (
        "Ctrl+S starter det nye året · h lagrer overleveringen først · Backspace tilbake · Esc avbryter",
        "Ctrl+S starts the new year · h saves the handover first · Backspace back · Esc cancels",
        "Ctrl+S startar det nye året · h lagrar overleveringa først · Backspace tilbake · Esc avbryt",
    ),
    "year.hand_over_title": ("Hvem overtar «{what}»?", "Who takes over «{what}»?", "Kven tek over «{what}»?"),
    "year.done_new": (
        "{name} {year} er startet og er nå valgt klasse; {old} er arkivert.",
        "{name} {year} has started and is now the chosen class; {old} is archived.",
        "{name} {year} er starta og er no vald klasse; {old} er arkivert.",
    ),
    "year.done_archived": (
        "{name} {year} er arkivert: klassen har gått ut av skolen.",
        "{name} {year} is archived: the class has left the school.",
        "{name} {year} er arkivert: klassen har gått ut av skulen.",
    ),
    "year.done_wheel": (
        ("Årshjul foreslått: 1 punkt.", "Årshjul foreslått: {n} punkter."),
        ("Year wheel proposed: 1 item.", "Year wheel proposed: {n} items."),
        ("Årshjul føreslått: 1 punkt.", "Årshjul føreslått: {n} punkt."),
    ),
    "year.done_planned": (
        "Planlagt: {title} (dato avtales)",
        "Planned: {title} (date to be agreed)",
        "Planlagt: {title} (dato blir avtalt)",
    ),
    "year.done_tasks": ("Oppgaver gjennomgått: {n}.", "Tasks reviewed: {n}.", "Oppgåver gjennomgått: {n}."),
    "year.hint_done": (
        "h lagrer overleveringen for fjoråret · c sletter gamle personopplysninger · Esc tilbake",
        "h saves last year's handover · c deletes old personal data · Esc back",
        "h lagrar overleveringa for fjoråret · c slettar gamle personopplysningar · Esc tilbake",
    ),
    "key.year_keep": ("Behold", "Keep", "Behald"),
    "tip.year_keep": (
        "Oppgaven følger klassen inn i det nye året",
        "The task follows the class into the new year",
        "Oppgåva følgjer klassen inn i det nye året",
    ),
    "key.year_hand_over": ("Overlever", "Hand over", "Overlever"),
    "tip.year_hand_over": (
        "Gi oppgaven til en annen i det nye året",
        "Give the task to someone else in the new year",
        "Gi oppgåva til ein annan i det nye året",
    ),
    "key.year_drop": ("Dropp", "Drop", "Dropp"),
    "tip.year_drop": (
        "Oppgaven gjøres ikke; den merkes som droppet",
        "The task will not be done; it is marked dropped",
        "Oppgåva blir ikkje gjord; ho blir merkt som droppa",
    ),
    "key.year_undo": ("Tilbake ett steg", "Back one step", "Tilbake eitt steg"),
    "tip.year_undo": (
        "Se på forrige oppgave igjen",
        "Look at the previous task again",
        "Sjå på førre oppgåve igjen",
    ),
    "key.year_start": ("Start det nye året", "Start the new year", "Start det nye året"),
    "tip.year_start": (
        "Arkiver fjoråret og start det nye med roller, årshjul og planlagte møter",
        "Archive last year and start the new one with roles, year wheel and planned meetings",
        "Arkiver fjoråret og start det nye med roller, årshjul og planlagde møte",
    ),
    "key.year_handover": ("Lagre overlevering", "Save handover", "Lagre overlevering"),
    "tip.year_handover": (
        "Lagre overleveringen for fjoråret som fil",
        "Save last year's handover as a file",
        "Lagre overleveringa for fjoråret som fil",
    ),
    "key.year_cleanup": ("Slett personopplysninger", "Delete personal data", "Slett personopplysningar"),
    "tip.year_cleanup": (
        "Se hva som slettes fra fjoråret, og bekreft én gang",
        "See what would be deleted from last year, and confirm once",
        "Sjå kva som blir sletta frå fjoråret, og stadfest éin gong",
    ),
    "cmd.new_year": ("Nytt skoleår", "New school year", "Nytt skuleår"),
    "cmd.new_year_help": (
        "Klassen går opp ett trinn: vara blir klassekontakter, FAU-plassen følger med, fjorårets oppgaver gås gjennom",
        "The class moves up a grade: deputies become class contacts, the FAU seat carries on, last year's tasks are reviewed",
        "Klassen går opp eitt trinn: vara blir klassekontaktar, FAU-plassen følgjer med, oppgåvene frå i fjor blir gått gjennom",
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
        "Eit nytt skuleår i eitt steg. Klassen går opp eitt trinn (namnet kan endrast), vara frå i fjor blir klassekontaktar, "
        "ein FAU-plass i sitt andre år held fram, og ein som sluttar, blir merkt for val. Gå gjennom dei opne oppgåvene frå "
        "i fjor med **k** (behald), **o** (overlever) og **d** (dropp), og start med **Ctrl+S**. Fjoråret blir arkivert og "
        "kan framleis lesast (klassebytaren: **a** viser arkiverte). På øvste trinn avsluttar året klassen.",
    ),
    "class.archived": ("arkivert", "archived", "arkivert"),
    "key.show_archived": ("Vis arkiverte", "Show archived", "Vis arkiverte"),
    "tip.show_archived": (
        "Vis også avsluttede skoleår og klasser som har gått ut av skolen",
        "Also show finished school years and classes that have left the school",
        "Vis òg avslutta skuleår og klassar som har gått ut av skulen",
    ),
    # -- deleting old personal data (school/cleanup.py, screens/dialogs/cleanup.py) --------
    "cleanup.not_finished": (
        "{name} {year} er ikke avsluttet ennå; personopplysninger slettes bare fra skoleår som er over.",
        "{name} {year} has not finished yet; personal data is deleted only from school years that are over.",
        "{name} {year} er ikkje avslutta enno; personopplysningar blir berre sletta frå skuleår som er over.",
    ),
    "cleanup.no_finished": (
        "Ingen skoleår er avsluttet ennå; det er ingenting å slette.",
        "No school year has finished yet; there is nothing to delete.",
        "Ingen skuleår er avslutta enno; det er ingenting å slette.",
    ),
    "cleanup.title": (
        "Slett gamle personopplysninger",
        "Delete old personal data",
        "Slett gamle personopplysningar",
    ),
    "cleanup.pick_title": ("Hvilket skoleår?", "Which school year?", "Kva skuleår?"),
    "cleanup.done_mark": ("slettet før", "deleted before", "sletta før"),
    "cleanup.preview_title": (
        "Dette slettes fra {name} {year}:",
        "This is deleted from {name} {year}:",
        "Dette blir sletta frå {name} {year}:",
    ),
    "cleanup.nothing": (
        "Ingenting: det er ingen personopplysninger igjen å slette.",
        "Nothing: there is no personal data left to delete.",
        "Ingenting: det er ingen personopplysningar igjen å slette.",
    ),
    "cleanup.people": (
        "Personer i klasselista (med barn, telefon, e-post og notater): {n}",
        "People on the class list (with children, phone, e-mail and notes): {n}",
        "Personar i klasselista (med barn, telefon, e-post og notat): {n}",
    ),
    "cleanup.calls": ("Rader i ringelister: {n}", "Call list rows: {n}", "Rader i ringjelister: {n}"),
    "cleanup.meetings": (
        "Møter der notater slettes: {n}",
        "Meetings whose notes are deleted: {n}",
        "Møte der notat blir sletta: {n}",
    ),
    "cleanup.meeting_whole": (
        (
            "{date} {title}: alle notater og forberedelser (1 linje)",
            "{date} {title}: alle notater og forberedelser ({n} linjer)",
        ),
        (
            "{date} {title}: all notes and preparation (1 line)",
            "{date} {title}: all notes and preparation ({n} lines)",
        ),
        (
            "{date} {title}: alle notat og førebuingar (1 linje)",
            "{date} {title}: alle notat og førebuingar ({n} linjer)",
        ),
    ),
    "cleanup.meeting_private": (
        "{date} {title}: private linjer ({n})",
        "{date} {title}: private lines ({n})",
        "{date} {title}: private linjer ({n})",
    ),
    "cleanup.tasks_removed": ("Private oppgaver: {n}", "Private tasks: {n}", "Private oppgåver: {n}"),
    "cleanup.tasks_changed": (
        "Oppgaver der private notater eller koblingen til en person fjernes: {n}",
        "Tasks whose private notes or link to a person are removed: {n}",
        "Oppgåver der private notat eller koplinga til ein person blir fjerna: {n}",
    ),
    "cleanup.handover": (
        "Private linjer i overleveringsnotatene: {n}",
        "Private lines in the handover notes: {n}",
        "Private linjer i overleveringsnotata: {n}",
    ),
    "cleanup.kept": (
        "Beholdes: møtene, vedtak og referater uten private linjer, rollene, årshjulet og de andre oppgavene. "
        "Sikkerhetskopiene i datamappen erstattes av nye etter noen oppstarter.",
        "Kept: the meetings, decisions and minutes without private lines, the roles, the year wheel and the other tasks. "
        "The backups in the data folder are replaced by new ones after a few starts.",
        "Blir verande: møta, vedtak og referat utan private linjer, rollene, årshjulet og dei andre oppgåvene. "
        "Tryggingskopiane i datamappa blir bytte ut med nye etter nokre oppstartar.",
    ),
    "cleanup.confirm_hint": (
        "y sletter nøyaktig dette (kan ikke angres) · Esc avbryter",
        "y deletes exactly this (cannot be undone) · Esc cancels",
        "y slettar nøyaktig dette (kan ikkje angrast) · Esc avbryt",
    ),
    "cleanup.nothing_hint": ("Esc lukker", "Esc closes", "Esc lukkar"),
    "cleanup.done": (
        "Personopplysningene fra {name} {year} er slettet.",
        "The personal data from {name} {year} has been deleted.",
        "Personopplysningane frå {name} {year} er sletta.",
    ),
    "key.cleanup_delete": ("Slett", "Delete", "Slett"),
    "tip.cleanup_delete": (
        "Slett det som står i listen; kan ikke angres",
        "Delete what the list says; cannot be undone",
        "Slett det som står i lista; kan ikkje angrast",
    ),
    "cmd.cleanup": (
        "Slett gamle personopplysninger",
        "Delete old personal data",
        "Slett gamle personopplysningar",
    ),
    "cmd.cleanup_help": (
        "Fra et avsluttet skoleår: personer, ringelister og notater; vedtak og referater uten private linjer blir værende",
        "From a finished school year: people, call lists and notes; decisions and minutes without private lines stay",
        "Frå eit avslutta skuleår: personar, ringjelister og notat; vedtak og referat utan private linjer blir verande",
    ),
    # -- legal statements and their last-checked date (guidance/law_dates.py) -------------
    # «sist kontrollert:» is the line the checker reads in the guide files, so it stays as it is.
    "check.law_no_date": (
        "advarsel: filen viser til loven, men mangler «sist kontrollert: ÅÅÅÅ-MM-DD» øverst",
        "warning: the file cites the law but has no «last checked: YYYY-MM-DD» at the top",
        "åtvaring: fila viser til lova, men manglar «sist kontrollert: ÅÅÅÅ-MM-DD» øvst",
    ),
    "check.law_bad_date": (
        "advarsel: «{value}» er ikke en dato; skriv «sist kontrollert: ÅÅÅÅ-MM-DD»",
        "warning: «{value}» is not a date; write «last checked: YYYY-MM-DD»",
        "åtvaring: «{value}» er ikkje ein dato; skriv «sist kontrollert: ÅÅÅÅ-MM-DD»",
    ),
    "check.law_old_date": (
        "advarsel: lovhenvisningene ble sist kontrollert {date}, for over et år siden; sjekk dem mot loven og forskriften slik de gjelder nå",
        "warning: the legal statements were last checked on {date}, over a year ago; check them against the act and regulations as they stand",
        "åtvaring: lovtilvisingane vart sist kontrollerte {date}, for over eitt år sidan; sjekk dei mot lova og forskrifta slik dei gjeld no",
    ),
}
