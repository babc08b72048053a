"""User-facing strings: storage, templates, dates, tasks, minutes and the command line. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- storage ------------------------------------------------------------
    "storage.empty": ("fila er tom", "the file is empty"),
    "storage.not_text": (
        "fila er ikke tekst (ugyldig byte ved posisjon {pos})",
        "the file is not text (invalid byte at position {pos})",
    ),
    "storage.bad_json": (
        "fila er ikke gyldig JSON (linje {line}, kolonne {col})",
        "the file is not valid JSON (line {line}, column {col})",
    ),
    "storage.bad_shape": (
        "fila har ikke formen til en kktui-datafil",
        "the file does not have the shape of a kktui data file",
    ),
    "storage.read_only": ("{path} er åpnet bare for lesing", "{path} is open read-only"),
    "storage.save_failed": (
        "Kunne ikke lagre {path}: {reason}. Notatene er fortsatt i appen, og kktui prøver igjen.",
        "Could not save {path}: {reason}. Your notes are still in the app and kktui will try again.",
    ),
    "storage.unknown_holder": ("en annen prosess", "another process"),
    "storage.holder": (
        "kktui (prosess {pid} på {host}, siden {since})",
        "kktui (process {pid} on {host}, since {since})",
    ),
    "storage.locked": (
        "Dataene i {folder} er allerede åpne i et annet vindu: {holder}. Lukk det først, eller bruk --data for en annen mappe.",
        "The data in {folder} is already open in another window: {holder}. Close it first, or use --data for another folder.",
    ),
    "storage.damaged_readonly": (
        "Datafila {path} er skadet ({reason}). Åpne kktui for å starte fra sikkerhetskopien; fila blir ikke overskrevet.",
        "The data file {path} is damaged ({reason}). Open kktui to start from the backup; the file will not be overwritten.",
    ),
    "storage.damaged_restored": (
        "Datafila var skadet ({reason}) og er lagt til side som {moved}. kktui startet fra sikkerhetskopien {backup}.",
        "The data file was damaged ({reason}) and has been kept aside as {moved}. kktui started from the backup {backup}.",
    ),
    "storage.damaged_no_backup": (
        "Datafila var skadet ({reason}) og er lagt til side som {moved}. Det fantes ingen sikkerhetskopi, så kktui startet tomt.",
        "The data file was damaged ({reason}) and has been kept aside as {moved}. There was no backup, so kktui started empty.",
    ),
    "storage.too_new": (
        "Datafila {path} er laget av en nyere kktui (skjema {found}, denne kan {known}). Oppdater kktui; fila er ikke endret.",
        "The data file {path} was written by a newer kktui (schema {found}, this one knows {known}). Update kktui; the file has not been changed.",
    ),
    "storage.no_meeting": (
        "Fant ikke møtet «{ref}». Se `kktui list` for id-ene.",
        "No meeting «{ref}». See `kktui list` for the ids.",
    ),
    "storage.folder_closed": (
        "Datamappen {folder} kunne leses av andre brukere på maskinen; nå kan bare du åpne den.",
        "The data folder {folder} could be read by other users of this computer; now only you can open it.",
    ),
    "storage.no_meetings": ("Det finnes ingen møter ennå.", "There are no meetings yet."),
    "file.not_a_file": (
        "dette er ikke en vanlig fil, men {kind}; kktui hopper over den",
        "this is not an ordinary file but {kind}; kktui skips it",
    ),
    "file.too_big": (
        "fila er {size}, og en mal eller veiledning kan være høyst {limit}; kktui hopper over den",
        "the file is {size}, and a template or guide may be at most {limit}; kktui skips it",
    ),
    "file.kind_pipe": ("et rør (pipe)", "a pipe"),
    "file.kind_device": ("en enhet (device)", "a device"),
    "file.kind_folder": ("en mappe (folder)", "a folder"),
    "file.kind_other": ("en spesialfil", "a special file"),
    # -- templates ------------------------------------------------------------
    "tpl.bad_front_matter": (
        "ukjent linje i innledningen «{line}» (tillatt: {keys})",
        "unknown line in the front matter «{line}» (allowed: {keys})",
    ),
    "tpl.front_matter_open": (
        "innledningen som starter med --- blir aldri avsluttet med en ny ---",
        "the front matter that starts with --- is never closed by another ---",
    ),
    "tpl.bad_yes_no": (
        "{key} må være ja eller nei, ikke «{value}»",
        "{key} must be yes or no, not «{value}»",
    ),
    "tpl.second_title": (
        "malen har en tittel allerede; «# {title}» må være et punkt (##) i stedet",
        "the template already has a title; «# {title}» should be a step (##) instead",
    ),
    "tpl.no_title": (
        "malen må starte med en tittel på formen «# Navn på møtet»",
        "the template must start with a title such as «# Name of the meeting»",
    ),
    "tpl.text_before_title": (
        "det står tekst før tittelen; malen må starte med «# Navn på møtet»",
        "there is text before the title; the template must start with «# Name of the meeting»",
    ),
    "tpl.no_minutes": (
        "punktet «{title}» mangler planlagte minutter; skriv f.eks. «## {title} (10 min)»",
        "the step «{title}» has no planned minutes; write e.g. «## {title} (10 min)»",
    ),
    "tpl.bad_minutes": (
        "punktet «{title}» må ha mellom 1 og 600 minutter",
        "the step «{title}» must have between 1 and 600 minutes",
    ),
    "tpl.bad_section": (
        "ukjent del «### {title}»; bruk en av: {names}",
        "unknown section «### {title}»; use one of: {names}",
    ),
    "tpl.list_only": (
        "under «{section}» kan det bare stå en punktliste (- ...)",
        "only a bullet list (- ...) may stand under «{section}»",
    ),
    "tpl.no_steps": (
        "malen har ingen punkter; legg til minst én «## Punkt (10 min)»",
        "the template has no steps; add at least one «## Step (10 min)»",
    ),
    "tpl.not_utf8": (
        "fila er ikke lagret som UTF-8 (byte {pos}); lagre den som UTF-8",
        "the file is not saved as UTF-8 (byte {pos}); save it as UTF-8",
    ),
    # -- dates ----------------------------------------------------------------
    "date.invalid": (
        "«{text}» er ikke en gyldig dato; skriv f.eks. 15.12 eller 15.12.2026",
        "«{text}» is not a valid date; write e.g. 15.12 or 15.12.2026",
    ),
    "date.unreadable": (
        "«{text}» er ikke en dato kktui forstår; skriv f.eks. 15.12, 15.12.2026 eller «i morgen»",
        "«{text}» is not a date kktui understands; write e.g. 15.12, 15.12.2026 or «tomorrow»",
    ),
    "date.bad_time": (
        "«{text}» er ikke et klokkeslett; skriv f.eks. 18:00",
        "«{text}» is not a time of day; write e.g. 18:00",
    ),
    # -- tasks ----------------------------------------------------------------
    "task.status.open": ("åpen", "open"),
    "task.status.done": ("utført", "done"),
    "task.status.dropped": ("droppet", "dropped"),
    # -- minutes --------------------------------------------------------------
    "min.date": ("Dato", "Date"),
    "min.date_time": ("{date} kl. {time}", "{date} at {time}"),
    "min.place": ("Sted", "Place"),
    "min.class": ("Klasse", "Class"),
    "min.present": ("Til stede", "Present"),
    "min.duration": ("Varighet", "Duration"),
    "min.duration_value": ("{used} (planlagt {planned})", "{used} (planned {planned})"),
    "min.confidential": ("Konfidensielt – skal ikke deles", "Confidential – not to be shared"),
    "min.decisions": ("Vedtak", "Decisions"),
    "min.decision": ("Vedtak", "Decision"),
    "min.tasks": ("Oppgaver", "Tasks"),
    "min.task_owner": ("ansvarlig: {owner}", "owner: {owner}"),
    "min.task_due": ("frist {due}", "due {due}"),
    "min.agenda": ("Referat", "Minutes"),
    "min.skipped": ("hoppet over", "skipped"),
    "min.step_time": ("{used} av {planned}", "{used} of {planned}"),
    # -- command line ---------------------------------------------------------
    "list.confidential": ("konfidensielt", "confidential"),
    "export.failed": ("Kunne ikke skrive {path}: {reason}.", "Could not write {path}: {reason}."),
    "cli.no_folder": ("Fant ikke mappen {path}.", "No folder {path}."),
    "check.ok": (
        "Innholdet er i orden: {templates} maler og {guides} veiledere.",
        "The content is fine: {templates} templates and {guides} guides.",
    ),
    "check.nothing_found": (
        "Fant ingen maler eller veiledere i {path} (ventet .md-filer i templates/ og guides/).",
        "No templates or guides found in {path} (expected .md files in templates/ and guides/).",
    ),
    "check.failed": ("{n} problem(er) i innholdet.", "{n} problem(s) in the content."),
    "check.guide_no_title": ("veilederen mangler en tittel («# ...»)", "the guide has no title («# ...»)"),
    "check.raw_html": ("rå HTML er ikke tillatt i innholdet", "raw HTML is not allowed in the content"),
    "check.missing_in": ("finnes ikke på språket «{lang}»", "is missing in the language «{lang}»"),
    "check.steps_differ": (
        "punktene (minutter {b}) er ikke de samme som i {other} ({a})",
        "the steps (minutes {b}) are not the same as in {other} ({a})",
    ),
    "check.guide_differs": (
        "overskriftene er ikke de samme som i {other}",
        "the headings are not the same as in {other}",
    ),
    "demo.not_empty": (
        "{path} har data fra før; demo-data legges bare i en tom mappe.",
        "{path} already holds data; sample data only goes into an empty folder.",
    ),
    # -- class list and calendar on the command line (cli.py) --------------------------------
    "cli.no_class": (
        "Det finnes ingen klasse ennå; oppgi en med --class, f.eks. --class 4B.",
        "There is no class yet; name one with --class, e.g. --class 4B.",
    ),
    "cli.which_class": (
        "Det finnes flere klasser; velg en med --class, f.eks. --class 4B.",
        "There are several classes; choose one with --class, e.g. --class 4B.",
    ),
    "cli.no_such_class": ("Fant ingen klasse «{name}».", "No class «{name}»."),
    "import.read": (
        "{file}: {encoding}, skilt med {delimiter}; kolonner: {columns}",
        "{file}: {encoding}, separated by {delimiter}; columns: {columns}",
    ),
    "import.ignored": (
        "Ukjente kolonner, ikke importert: {columns}",
        "Unknown columns, not imported: {columns}",
    ),
    "import.done": (
        "Importert til {name}: {new} nye, {updated} oppdatert.",
        "Imported into {name}: {new} new, {updated} updated.",
    ),
    "import.would": (
        "Ville importert til {name}: {new} nye, {updated} oppdatert (ingenting er lagret).",
        "Would import into {name}: {new} new, {updated} updated (nothing saved).",
    ),
    "import.matches_kept": (
        "{n} finnes allerede med andre opplysninger og er ikke endret; bruk --update (eller u i appen) for å oppdatere dem:",
        "{n} are in the class already with other details and were not changed; use --update (or u in the app) to update them:",
    ),
    "import.unchanged": (
        "{n} finnes allerede med de samme opplysningene.",
        "{n} are in the class already with the same details.",
    ),
    "import.rejected_count": (
        "{n} rad(er) avvist; rett dem i fila og importer igjen (de andre blir ikke doble).",
        "{n} row(s) rejected; fix them in the file and import again (the others will not be doubled).",
    ),
    "key.language": ("English", "Norsk"),
    "tip.language": (
        "Bytt språk til engelsk (huskes til neste gang)",
        "Switch the language to Norwegian bokmål (remembered)",
    ),
    "settings.language_now": ("kktui snakker nå norsk (bokmål).", "kktui now speaks English."),
    "settings.save_failed": (
        "Kunne ikke lagre innstillingen: {reason}",
        "Could not save the setting: {reason}",
    ),
    "settings.unreadable": (
        "Kunne ikke bruke innstillingene i {path} ({reason}); kktui bruker standardinnstillingene, og fila er latt som den er.",
        "Could not use the settings in {path} ({reason}); kktui uses the default settings, and the file has been left as it is.",
    ),
    "settings.not_an_object": ("fila må være ett JSON-objekt", "the file must be one JSON object"),
    "settings.bad_lang": (
        "I {path} må {key} være nb eller en, ikke «{value}»; kktui bruker bokmål.",
        "In {path}, {key} must be nb or en, not «{value}»; kktui uses bokmål.",
    ),
    "settings.bad_minutes": (
        "I {path} må {key} være et antall minutter over 0 og høyst {max}, ikke «{value}»; kktui bruker {default}.",
        "In {path}, {key} must be a number of minutes above 0 and at most {max}, not «{value}»; kktui uses {default}.",
    ),
    "settings.bad_text": (
        "I {path} må {key} være tekst i anførselstegn, ikke «{value}»; den blir ikke brukt.",
        "In {path}, {key} must be text in quotes, not «{value}»; it is not used.",
    ),
    "storage.body_restored": (
        "Møtefila {name} var skadet og er lagt til side som {moved}; møtet er hentet tilbake fra sikkerhetskopien.",
        "The meeting file {name} was damaged and has been kept aside as {moved}; the meeting was brought back from the backup.",
    ),
    "storage.body_lost": (
        "Møtefila {name} var skadet og er lagt til side som {moved}; det fantes ingen kopi, så møtet åpnes uten agenda og notater.",
        "The meeting file {name} was damaged and has been kept aside as {moved}; there was no copy, so the meeting opens without agenda and notes.",
    ),
}
