"""User-facing strings: storage, templates, dates, tasks, minutes and the command line. key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    # -- storage ------------------------------------------------------------
    "storage.empty": ("fila er tom", "the file is empty", "fila er tom"),
    "storage.not_text": (
        "fila er ikke tekst (ugyldig byte ved posisjon {pos})",
        "the file is not text (invalid byte at position {pos})",
        "fila er ikkje tekst (ugyldig byte ved posisjon {pos})",
    ),
    "storage.bad_json": (
        "fila er ikke gyldig JSON (linje {line}, kolonne {col})",
        "the file is not valid JSON (line {line}, column {col})",
        "fila er ikkje gyldig JSON (linje {line}, kolonne {col})",
    ),
    "storage.bad_shape": (
        "fila har ikke formen til en kktui-datafil",
        "the file does not have the shape of a kktui data file",
        "fila har ikkje forma til ei kktui-datafil",
    ),
    "storage.read_only": (
        "{path} er åpnet bare for lesing",
        "{path} is open read-only",
        "{path} er opna berre for lesing",
    ),
    "storage.save_failed": (
        "Kunne ikke lagre {path}: {reason}. Notatene er fortsatt i appen, og kktui prøver igjen.",
        "Could not save {path}: {reason}. Your notes are still in the app and kktui will try again.",
        "Kunne ikkje lagre {path}: {reason}. Notata er framleis i appen, og kktui prøver igjen.",
    ),
    "storage.unknown_holder": ("en annen prosess", "another process", "ein annan prosess"),
    "storage.holder": (
        "kktui (prosess {pid} på {host}, siden {since})",
        "kktui (process {pid} on {host}, since {since})",
        "kktui (prosess {pid} på {host}, sidan {since})",
    ),
    "storage.locked": (
        "Dataene i {folder} er allerede åpne i et annet vindu: {holder}. Lukk det først, eller bruk --data for en annen mappe.",
        "The data in {folder} is already open in another window: {holder}. Close it first, or use --data for another folder.",
        "Dataa i {folder} er allereie opne i eit anna vindauge: {holder}. Lukk det først, eller bruk --data for ei anna mappe.",
    ),
    "storage.damaged_readonly": (
        "Datafila {path} er skadet ({reason}). Åpne kktui for å starte fra sikkerhetskopien; fila blir ikke overskrevet.",
        "The data file {path} is damaged ({reason}). Open kktui to start from the backup; the file will not be overwritten.",
        "Datafila {path} er skadd ({reason}). Opne kktui for å starte frå tryggingskopien; fila blir ikkje skriven over.",
    ),
    "storage.damaged_restored": (
        "Datafila var skadet ({reason}) og er lagt til side som {moved}. kktui startet fra sikkerhetskopien {backup}.",
        "The data file was damaged ({reason}) and has been kept aside as {moved}. kktui started from the backup {backup}.",
        "Datafila var skadd ({reason}) og er lagd til side som {moved}. kktui starta frå tryggingskopien {backup}.",
    ),
    "storage.damaged_no_backup": (
        "Datafila var skadet ({reason}) og er lagt til side som {moved}. Det fantes ingen sikkerhetskopi, så kktui startet tomt.",
        "The data file was damaged ({reason}) and has been kept aside as {moved}. There was no backup, so kktui started empty.",
        "Datafila var skadd ({reason}) og er lagd til side som {moved}. Det fanst ingen tryggingskopi, så kktui starta tomt.",
    ),
    "storage.too_new": (
        "Datafila {path} er laget av en nyere kktui (skjema {found}, denne kan {known}). Oppdater kktui; fila er ikke endret.",
        "The data file {path} was written by a newer kktui (schema {found}, this one knows {known}). Update kktui; the file has not been changed.",
        "Datafila {path} er laga av ein nyare kktui (skjema {found}, denne kan {known}). Oppdater kktui; fila er ikkje endra.",
    ),
    "storage.no_meeting": (
        "Fant ikke møtet «{ref}». Se `kktui list` for id-ene.",
        "No meeting «{ref}». See `kktui list` for the ids.",
        "Fann ikkje møtet «{ref}». Sjå `kktui list` for id-ane.",
    ),
    "storage.folder_closed": (
        "Datamappen {folder} kunne leses av andre brukere på maskinen; nå kan bare du åpne den.",
        "The data folder {folder} could be read by other users of this computer; now only you can open it.",
        "Datamappa {folder} kunne lesast av andre brukarar på maskinen; no kan berre du opne ho.",
    ),
    "storage.no_meetings": (
        "Det finnes ingen møter ennå.",
        "There are no meetings yet.",
        "Det finst ingen møte enno.",
    ),
    "file.not_a_file": (
        "dette er ikke en vanlig fil, men {kind}; kktui hopper over den",
        "this is not an ordinary file but {kind}; kktui skips it",
        "dette er ikkje ei vanleg fil, men {kind}; kktui hoppar over ho",
    ),
    "file.too_big": (
        "fila er {size}, og en mal eller veiledning kan være høyst {limit}; kktui hopper over den",
        "the file is {size}, and a template or guide may be at most {limit}; kktui skips it",
        "fila er {size}, og ein mal eller ein rettleiar kan vere høgst {limit}; kktui hoppar over ho",
    ),
    "file.kind_pipe": ("et rør (pipe)", "a pipe", "eit røyr (pipe)"),
    "file.kind_device": ("en enhet (device)", "a device", "ei eining (device)"),
    "file.kind_folder": ("en mappe (folder)", "a folder", "ei mappe (folder)"),
    "file.kind_other": ("en spesialfil", "a special file", "ei spesialfil"),
    # -- templates ------------------------------------------------------------
    "tpl.bad_front_matter": (
        "ukjent linje i innledningen «{line}» (tillatt: {keys})",
        "unknown line in the front matter «{line}» (allowed: {keys})",
        "ukjend linje i innleiinga «{line}» (tillate: {keys})",
    ),
    "tpl.front_matter_open": (
        "innledningen som starter med --- blir aldri avsluttet med en ny ---",
        "the front matter that starts with --- is never closed by another ---",
        "innleiinga som startar med --- blir aldri avslutta med ein ny ---",
    ),
    "tpl.bad_yes_no": (
        "{key} må være ja eller nei, ikke «{value}»",
        "{key} must be yes or no, not «{value}»",
        "{key} må vere ja eller nei, ikkje «{value}»",
    ),
    "tpl.second_title": (
        "malen har en tittel allerede; «# {title}» må være et punkt (##) i stedet",
        "the template already has a title; «# {title}» should be a step (##) instead",
        "malen har allereie ein tittel; «# {title}» må vere eit punkt (##) i staden",
    ),
    "tpl.no_title": (
        "malen må starte med en tittel på formen «# Navn på møtet»",
        "the template must start with a title such as «# Name of the meeting»",
        "malen må starte med ein tittel på forma «# Namn på møtet»",
    ),
    "tpl.text_before_title": (
        "det står tekst før tittelen; malen må starte med «# Navn på møtet»",
        "there is text before the title; the template must start with «# Name of the meeting»",
        "det står tekst før tittelen; malen må starte med «# Namn på møtet»",
    ),
    "tpl.no_minutes": (
        "punktet «{title}» mangler planlagte minutter; skriv f.eks. «## {title} (10 min)»",
        "the step «{title}» has no planned minutes; write e.g. «## {title} (10 min)»",
        "punktet «{title}» manglar planlagde minutt; skriv t.d. «## {title} (10 min)»",
    ),
    "tpl.bad_minutes": (
        "punktet «{title}» må ha mellom 1 og 600 minutter",
        "the step «{title}» must have between 1 and 600 minutes",
        "punktet «{title}» må ha mellom 1 og 600 minutt",
    ),
    "tpl.bad_section": (
        "ukjent del «### {title}»; bruk en av: {names}",
        "unknown section «### {title}»; use one of: {names}",
        "ukjend del «### {title}»; bruk ein av: {names}",
    ),
    "tpl.list_only": (
        "under «{section}» kan det bare stå en punktliste (- ...)",
        "only a bullet list (- ...) may stand under «{section}»",
        "under «{section}» kan det berre stå ei punktliste (- ...)",
    ),
    "tpl.no_steps": (
        "malen har ingen punkter; legg til minst én «## Punkt (10 min)»",
        "the template has no steps; add at least one «## Step (10 min)»",
        "malen har ingen punkt; legg til minst eitt «## Punkt (10 min)»",
    ),
    "tpl.not_utf8": (
        "fila er ikke lagret som UTF-8 (byte {pos}); lagre den som UTF-8",
        "the file is not saved as UTF-8 (byte {pos}); save it as UTF-8",
        "fila er ikkje lagra som UTF-8 (byte {pos}); lagre ho som UTF-8",
    ),
    # -- dates ----------------------------------------------------------------
    "date.invalid": (
        "«{text}» er ikke en gyldig dato; skriv f.eks. 15.12 eller 15.12.2026",
        "«{text}» is not a valid date; write e.g. 15.12 or 15.12.2026",
        "«{text}» er ikkje ein gyldig dato; skriv t.d. 15.12 eller 15.12.2026",
    ),
    "date.unreadable": (
        "«{text}» er ikke en dato kktui forstår; skriv f.eks. 15.12, 15.12.2026 eller «i morgen»",
        "«{text}» is not a date kktui understands; write e.g. 15.12, 15.12.2026 or «tomorrow»",
        "«{text}» er ikkje ein dato kktui forstår; skriv t.d. 15.12, 15.12.2026 eller «i morgon»",
    ),
    "date.bad_time": (
        "«{text}» er ikke et klokkeslett; skriv f.eks. 18:00",
        "«{text}» is not a time of day; write e.g. 18:00",
        "«{text}» er ikkje eit klokkeslett; skriv t.d. 18:00",
    ),
    # -- tasks ----------------------------------------------------------------
    "task.status.open": ("åpen", "open", "open"),
    "task.status.done": ("utført", "done", "utført"),
    "task.status.dropped": ("droppet", "dropped", "droppa"),
    # -- minutes --------------------------------------------------------------
    "min.date": ("Dato", "Date", "Dato"),
    "min.date_time": ("{date} kl. {time}", "{date} at {time}", "{date} kl. {time}"),
    "min.place": ("Sted", "Place", "Stad"),
    "min.class": ("Klasse", "Class", "Klasse"),
    "min.present": ("Til stede", "Present", "Til stades"),
    "min.duration": ("Varighet", "Duration", "Varigheit"),
    "min.duration_value": (
        "{used} (planlagt {planned})",
        "{used} (planned {planned})",
        "{used} (planlagt {planned})",
    ),
    "min.confidential": (
        "Konfidensielt – skal ikke deles",
        "Confidential – not to be shared",
        "Konfidensielt – skal ikkje delast",
    ),
    "min.decisions": ("Vedtak", "Decisions", "Vedtak"),
    "min.decision": ("Vedtak", "Decision", "Vedtak"),
    "min.tasks": ("Oppgaver", "Tasks", "Oppgåver"),
    "min.task_owner": ("ansvarlig: {owner}", "owner: {owner}", "ansvarleg: {owner}"),
    "min.task_due": ("frist {due}", "due {due}", "frist {due}"),
    "min.agenda": ("Referat", "Minutes", "Referat"),
    "min.skipped": ("hoppet over", "skipped", "hoppa over"),
    "min.step_time": ("{used} av {planned}", "{used} of {planned}", "{used} av {planned}"),
    # -- command line ---------------------------------------------------------
    "list.confidential": ("konfidensielt", "confidential", "konfidensielt"),
    "export.failed": (
        "Kunne ikke skrive {path}: {reason}.",
        "Could not write {path}: {reason}.",
        "Kunne ikkje skrive {path}: {reason}.",
    ),
    "cli.no_folder": ("Fant ikke mappen {path}.", "No folder {path}.", "Fann ikkje mappa {path}."),
    "check.ok": (
        "Innholdet er i orden: {templates} og {guides}.",
        "The content is fine: {templates} and {guides}.",
        "Innhaldet er i orden: {templates} og {guides}.",
    ),
    "check.templates": (
        ("{n} mal", "{n} maler"),
        ("{n} template", "{n} templates"),
        ("{n} mal", "{n} malar"),
    ),
    "check.guides": (
        ("{n} veileder", "{n} veiledere"),
        ("{n} guide", "{n} guides"),
        ("{n} rettleiar", "{n} rettleiarar"),
    ),
    "check.nothing_found": (
        "Fant ingen maler eller veiledere i {path} (ventet .md-filer i templates/ og guides/).",
        "No templates or guides found in {path} (expected .md files in templates/ and guides/).",
        "Fann ingen malar eller rettleiarar i {path} (venta .md-filer i templates/ og guides/).",
    ),
    "check.failed": (
        ("{n} problem i innholdet.", "{n} problemer i innholdet."),
        ("{n} problem in the content.", "{n} problems in the content."),
        ("{n} problem i innhaldet.", "{n} problem i innhaldet."),
    ),
    "check.guide_no_title": (
        "veilederen mangler en tittel («# ...»)",
        "the guide has no title («# ...»)",
        "rettleiaren manglar ein tittel («# ...»)",
    ),
    "check.raw_html": (
        "rå HTML er ikke tillatt i innholdet",
        "raw HTML is not allowed in the content",
        "rå HTML er ikkje tillate i innhaldet",
    ),
    "check.missing_in": (
        "finnes ikke på språket «{lang}»",
        "is missing in the language «{lang}»",
        "finst ikkje på språket «{lang}»",
    ),
    "check.steps_differ": (
        "punktene (minutter {b}) er ikke de samme som i {other} ({a})",
        "the steps (minutes {b}) are not the same as in {other} ({a})",
        "punkta (minutt {b}) er ikkje dei same som i {other} ({a})",
    ),
    "check.guide_differs": (
        "overskriftene er ikke de samme som i {other}",
        "the headings are not the same as in {other}",
        "overskriftene er ikkje dei same som i {other}",
    ),
    "demo.not_empty": (
        "{path} har data fra før; demo-data legges bare i en tom mappe.",
        "{path} already holds data; sample data only goes into an empty folder.",
        "{path} har data frå før; demo-data blir berre lagde i ei tom mappe.",
    ),
    # -- class list and calendar on the command line (cli.py) --------------------------------
    "cli.no_class": (
        "Det finnes ingen klasse ennå; oppgi en med --class, f.eks. --class 4B.",
        "There is no class yet; name one with --class, e.g. --class 4B.",
        "Det finst ingen klasse enno; oppgje ein med --class, t.d. --class 4B.",
    ),
    "cli.which_class": (
        "Det finnes flere klasser; velg en med --class, f.eks. --class 4B.",
        "There are several classes; choose one with --class, e.g. --class 4B.",
        "Det finst fleire klassar; vel ein med --class, t.d. --class 4B.",
    ),
    "cli.no_such_class": ("Fant ingen klasse «{name}».", "No class «{name}».", "Fann ingen klasse «{name}»."),
    "import.read": (
        "{file}: {encoding}, skilt med {delimiter}; kolonner: {columns}",
        "{file}: {encoding}, separated by {delimiter}; columns: {columns}",
        "{file}: {encoding}, skilt med {delimiter}; kolonnar: {columns}",
    ),
    "import.ignored": (
        "Ukjente kolonner, ikke importert: {columns}",
        "Unknown columns, not imported: {columns}",
        "Ukjende kolonnar, ikkje importerte: {columns}",
    ),
    "import.done": (
        (
            "Importert til {name}: {n} ny, {updated} oppdatert.",
            "Importert til {name}: {n} nye, {updated} oppdatert.",
        ),
        (
            "Imported into {name}: {n} new, {updated} updated.",
            "Imported into {name}: {n} new, {updated} updated.",
        ),
        (
            "Importert til {name}: {n} ny, {updated} oppdatert.",
            "Importert til {name}: {n} nye, {updated} oppdatert.",
        ),
    ),
    "import.would": (
        (
            "Ville importert til {name}: {n} ny, {updated} oppdatert (ingenting er lagret).",
            "Ville importert til {name}: {n} nye, {updated} oppdatert (ingenting er lagret).",
        ),
        (
            "Would import into {name}: {n} new, {updated} updated (nothing saved).",
            "Would import into {name}: {n} new, {updated} updated (nothing saved).",
        ),
        (
            "Ville importert til {name}: {n} ny, {updated} oppdatert (ingenting er lagra).",
            "Ville importert til {name}: {n} nye, {updated} oppdatert (ingenting er lagra).",
        ),
    ),
    "import.matches_kept": (
        (
            "{n} finnes allerede med andre opplysninger og er ikke endret; bruk --update (eller u i appen) for å oppdatere den:",
            "{n} finnes allerede med andre opplysninger og er ikke endret; bruk --update (eller u i appen) for å oppdatere dem:",
        ),
        (
            "{n} is in the class already with other details and was not changed; use --update (or u in the app) to update it:",
            "{n} are in the class already with other details and were not changed; use --update (or u in the app) to update them:",
        ),
        (
            "{n} finst allereie med andre opplysningar og er ikkje endra; bruk --update (eller u i appen) for å oppdatere vedkomande:",
            "{n} finst allereie med andre opplysningar og er ikkje endra; bruk --update (eller u i appen) for å oppdatere dei:",
        ),
    ),
    "import.unchanged": (
        (
            "{n} finnes allerede med de samme opplysningene.",
            "{n} finnes allerede med de samme opplysningene.",
        ),
        (
            "{n} is in the class already with the same details.",
            "{n} are in the class already with the same details.",
        ),
        ("{n} finst allereie med dei same opplysningane.", "{n} finst allereie med dei same opplysningane."),
    ),
    "import.rejected_count": (
        (
            "{n} rad avvist; rett den i fila og importer igjen (de andre blir ikke doble).",
            "{n} rader avvist; rett dem i fila og importer igjen (de andre blir ikke doble).",
        ),
        (
            "{n} row rejected; fix it in the file and import again (the others will not be doubled).",
            "{n} rows rejected; fix them in the file and import again (the others will not be doubled).",
        ),
        (
            "{n} rad er avvist; rett ho i fila og importer på nytt (dei andre blir ikkje dobla).",
            "{n} rader er avviste; rett dei i fila og importer på nytt (dei andre blir ikkje dobla).",
        ),
    ),
    "key.language": ("English", "Norsk", "English"),
    "tip.language": (
        "Bytt språk til engelsk (huskes til neste gang)",
        "Switch the language to Norwegian bokmål (remembered)",
        "Byt språk til engelsk (blir hugsa til neste gong)",
    ),
    "settings.language_now": (
        "kktui snakker nå norsk (bokmål).",
        "kktui now speaks English.",
        "kktui snakkar no nynorsk.",
    ),
    "settings.save_failed": (
        "Kunne ikke lagre innstillingen: {reason}",
        "Could not save the setting: {reason}",
        "Kunne ikkje lagre innstillinga: {reason}",
    ),
    "settings.unreadable": (
        "Kunne ikke bruke innstillingene i {path} ({reason}); kktui bruker standardinnstillingene, og fila er latt som den er.",
        "Could not use the settings in {path} ({reason}); kktui uses the default settings, and the file has been left as it is.",
        "Kunne ikkje bruke innstillingane i {path} ({reason}); kktui brukar standardinnstillingane, og fila får vere som ho er.",
    ),
    "settings.not_an_object": (
        "fila må være ett JSON-objekt",
        "the file must be one JSON object",
        "fila må vere eitt JSON-objekt",
    ),
    "settings.bad_lang": (
        "I {path} må {key} være nb, nn eller en, ikke «{value}»; kktui bruker bokmål.",
        "In {path}, {key} must be nb, nn or en, not «{value}»; kktui uses bokmål.",
        "I {path} må {key} vere nb, nn eller en, ikkje «{value}»; kktui brukar bokmål.",
    ),
    "settings.bad_minutes": (
        "I {path} må {key} være et antall minutter over 0 og høyst {max}, ikke «{value}»; kktui bruker {default}.",
        "In {path}, {key} must be a number of minutes above 0 and at most {max}, not «{value}»; kktui uses {default}.",
        "I {path} må {key} vere eit tal på minutt over 0 og høgst {max}, ikkje «{value}»; kktui brukar {default}.",
    ),
    "settings.bad_text": (
        "I {path} må {key} være tekst i anførselstegn, ikke «{value}»; den blir ikke brukt.",
        "In {path}, {key} must be text in quotes, not «{value}»; it is not used.",
        "I {path} må {key} vere tekst i hermeteikn, ikkje «{value}»; verdien blir ikkje brukt.",
    ),
    "storage.body_restored": (
        "Møtefila {name} var skadet og er lagt til side som {moved}; møtet er hentet tilbake fra sikkerhetskopien.",
        "The meeting file {name} was damaged and has been kept aside as {moved}; the meeting was brought back from the backup.",
        "Møtefila {name} var skadd og er lagd til side som {moved}; møtet er henta tilbake frå tryggingskopien.",
    ),
    "storage.body_lost": (
        "Møtefila {name} var skadet og er lagt til side som {moved}; det fantes ingen kopi, så møtet åpnes uten agenda og notater.",
        "The meeting file {name} was damaged and has been kept aside as {moved}; there was no copy, so the meeting opens without agenda and notes.",
        "Møtefila {name} var skadd og er lagd til side som {moved}; det fanst ingen kopi, så møtet blir opna utan saksliste og notat.",
    ),
}
