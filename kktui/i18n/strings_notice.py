"""User-facing strings: the notice (innkalling), input from parents beforehand, and the approval of
the last minutes. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- the notice (output/notice.py, services/notice.py) ------------------------------------
    "notice.title": ("Innkalling: {title}", "Notice: {title}"),
    "notice.when": ("Når", "When"),
    "notice.where": ("Hvor", "Where"),
    "notice.class": ("Klasse", "Class"),
    "notice.time_span": ("kl. {start}–{end}", "{start}–{end}"),
    "notice.program": ("Program", "Agenda"),
    "notice.minutes": ("{n} min", "{n} min"),
    "notice.leader": ("Møteleder", "Led by"),
    "notice.led_by": ("ledes av {who}", "led by {who}"),
    "notice.and": ("og", "and"),
    "notice.the_contacts": ("klassekontaktene", "the class contacts"),
    "notice.reply_title": ("Meld forfall", "If you cannot come"),
    "notice.reply": ("Meld forfall til {who} innen {by}.", "Please tell {who} by {by}."),
    "notice.reply_no_name": (
        "Meld forfall til klassekontaktene innen {by}.",
        "Please tell the class contacts by {by}.",
    ),
    "notice.reply_plain": ("Meld forfall til klassekontaktene.", "Please tell the class contacts."),
    "notice.help_title": ("Praktisk hjelp", "Practical help"),
    "notice.help_ask": (
        "Trenger du tolk, barnepass, skyss eller noen å gå sammen med? Si fra til {who}, så ordner vi det sammen. Alle er velkomne.",
        "Do you need an interpreter, childcare, a lift or someone to go with? Tell {who} and we will sort it out together. Everyone is welcome.",
    ),
    "notice.help.interpreter": (
        "Vi kan ha tolk til stede (språk vi vet om: {languages}).",
        "We can have an interpreter there (languages we know of: {languages}).",
    ),
    "notice.help.childcare": (
        "Noen har spurt om barnepass; vi prøver å ordne det under møtet.",
        "Some have asked about childcare; we will try to arrange it during the meeting.",
    ),
    "notice.help.lift": (
        "Vi setter opp samkjøring. Har du ledig plass i bilen, si gjerne fra.",
        "We are arranging lifts. If you have a free seat in your car, please say so.",
    ),
    "notice.help.companion": (
        "Er du ny, kan du gå sammen med en annen forelder; si fra, så finner vi noen.",
        "If you are new, you can come with another parent; tell us and we will find someone.",
    ),
    "notice.input_title": ("Innspill på forhånd", "Input beforehand"),
    "notice.input_by": (
        "Har du noe du vil ta opp? Send det til {who} innen {by}, så kommer det på sakslista.",
        "Is there something you want to raise? Send it to {who} by {by} and it goes on the agenda.",
    ),
    "notice.input": (
        "Har du noe du vil ta opp? Send det til {who} før møtet, så kommer det på sakslista.",
        "Is there something you want to raise? Send it to {who} before the meeting and it goes on the agenda.",
    ),
    "notice.made_with": ("Innkalling laget med kktui.", "Notice made with kktui."),
    "notice.file": ("innkalling", "notice"),
    "notice.not_planned": (
        "«{title}» er allerede startet eller holdt; en innkalling lages for et planlagt møte.",
        "«{title}» has already started or been held; a notice is made for a planned meeting.",
    ),
    "notice.no_date": (
        "«{title}» har ingen dato ennå; sett en dato før du lager innkallingen.",
        "«{title}» has no date yet; set a date before making the notice.",
    ),
    "notice.bad_format": (
        "Ukjent format «{fmt}» for innkallingen; velg ett av {formats}.",
        "Unknown format «{fmt}» for the notice; choose one of {formats}.",
    ),
    "notice.weekday.0": ("mandag", "Monday"),
    "notice.weekday.1": ("tirsdag", "Tuesday"),
    "notice.weekday.2": ("onsdag", "Wednesday"),
    "notice.weekday.3": ("torsdag", "Thursday"),
    "notice.weekday.4": ("fredag", "Friday"),
    "notice.weekday.5": ("lørdag", "Saturday"),
    "notice.weekday.6": ("søndag", "Sunday"),
    # -- input from parents beforehand (meeting/input.py) --------------------------------------
    "input.step_title": ("Innspill fra foreldre", "Input from parents"),
    "input.guidance": (
        "Foreldrene sendte dette før møtet. Ta ett innspill om gangen: hva gjelder det, hva mener "
        "rommet, og hva gjør vi med det? Skriv utfallet for hvert innspill, så står det i referatet.",
        "Parents sent these before the meeting. Take one at a time: what is it about, what does the "
        "room think, and what do we do about it? Write the outcome of each, so it is in the minutes.",
    ),
    "input.no_outcome": ("ikke behandlet", "not dealt with"),
    "input.finished": (
        "«{title}» er holdt; innspill registreres før eller under møtet.",
        "«{title}» has been held; input is registered before or during the meeting.",
    ),
    "input.what_missing": ("Skriv hva innspillet gjelder.", "Write what the input is about."),
    "input.too_long": (
        "Teksten er for lang (høyst {most} tegn).",
        "The text is too long (at most {most} characters).",
    ),
    "input.unknown": ("Det innspillet finnes ikke lenger.", "That input is no longer there."),
    # -- approval of the last minutes (meeting/approval.py) ------------------------------------
    "approval.step_title": ("Godkjenning av referat", "Approval of the minutes"),
    "approval.guidance": (
        "Referatet fra «{title}» ({date}) legges fram for godkjenning. Spør om noen har rettelser; "
        "noter dem, så står de i begge referatene.",
        "The minutes of «{title}» ({date}) are put forward for approval. Ask whether anyone has "
        "corrections; note them, so they are in both sets of minutes.",
    ),
    "approval.prompt": (
        "Kan referatet fra forrige møte godkjennes?",
        "Can the minutes of the last meeting be approved?",
    ),
    "approval.which": ("Referatet fra «{title}» {date}", "The minutes of «{title}» {date}"),
    "approval.outcome.approved": ("godkjent", "approved"),
    "approval.outcome.changes": ("godkjent med endringer", "approved with changes"),
    "approval.outcome.not_dealt": ("ikke behandlet", "not dealt with"),
    "approval.changes_label": ("Endringer", "Changes"),
    "approval.fact_label": ("Referatet", "These minutes"),
    "approval.fact_approved": ("godkjent i «{title}» {date}", "approved in «{title}» {date}"),
    "approval.fact_changes": (
        "godkjent med endringer i «{title}» {date}: {changes}",
        "approved with changes in «{title}» {date}: {changes}",
    ),
    "approval.changes_missing": (
        "Skriv hvilke endringer som ble gjort, så står de i referatet.",
        "Write which changes were made, so they are in the minutes.",
    ),
    "approval.bad_outcome": (
        "Ukjent svar «{outcome}» på godkjenningen.",
        "Unknown answer «{outcome}» to the approval.",
    ),
    "approval.not_here": (
        "Referatet fra «{title}» er ikke oppe til godkjenning i dette møtet.",
        "The minutes of «{title}» are not up for approval in this meeting.",
    ),
    "approval.none": (
        "«{title}» har ikke noe referat til godkjenning.",
        "«{title}» has no minutes up for approval.",
    ),
    "approval.gone": (
        "Møtet med referatet til godkjenning finnes ikke lenger i datamappa.",
        "The meeting whose minutes were up for approval is no longer in the data folder.",
    ),
    # -- the screens (screens/views/notice.py, its dialogs and the step panels) ----------------
    "key.notice": ("Innkalling", "Notice"),
    "tip.notice": (
        "Innkallingen til det valgte planlagte møtet, og innspill fra foreldre på forhånd",
        "The notice for the chosen planned meeting, and input from parents beforehand",
    ),
    "key.notice_copy": ("Kopier tekst", "Copy text"),
    "tip.notice_copy": (
        "Kopier innkallingen som tekst til Spond eller e-post (og lagre den som fil)",
        "Copy the notice as text for Spond or e-mail (and save it as a file)",
    ),
    "key.notice_html": ("Nettside", "Web page"),
    "tip.notice_html": ("Lagre innkallingen som nettside (HTML)", "Save the notice as a web page (HTML)"),
    "key.notice_ics": ("Kalender", "Calendar"),
    "tip.notice_ics": (
        "Lagre innkallingen som kalenderinvitasjon (.ics); en endret tid oppdaterer avtalen",
        "Save the notice as a calendar invitation (.ics); a changed time updates the event",
    ),
    "key.notice_md": ("Lagre Markdown", "Save Markdown"),
    "tip.notice_md": ("Lagre innkallingen som Markdown", "Save the notice as Markdown"),
    "key.input_add": ("Nytt innspill", "Add input"),
    "tip.input_add": (
        "Registrer et innspill en forelder sendte før møtet; det blir et punkt på sakslista",
        "Register input a parent sent before the meeting; it goes on the agenda",
    ),
    "key.input_remove": ("Fjern innspill", "Remove input"),
    "tip.input_remove": ("Fjern det valgte innspillet", "Remove the chosen input"),
    "tip.notice_back": ("Tilbake til oversikten", "Back to the overview"),
    "notice.screen_title": ("Innkalling", "Notice"),
    "notice.saved": ("Innkallingen er lagret: {path}", "The notice is saved: {path}"),
    "notice.copied": (
        "Innkallingen er kopiert (om terminalen tillater det) og lagret: {path}",
        "The notice is copied (if the terminal allows it) and saved: {path}",
    ),
    "notice.copy_unsupported": (
        "Denne terminalen kan ikke kopiere; innkallingen er lagret her: {path}",
        "This terminal cannot copy; the notice is saved here: {path}",
    ),
    "help.notice": (
        "Innkallingen slik foreldrene får den: tid, sted, program med hvem som leder hva, fristen for å melde "
        "forfall, praktisk hjelp (tolk, barnepass, skyss) og invitasjon til å sende innspill. Innspill du "
        "registrerer her, blir punktet «Innspill fra foreldre» på sakslista.",
        "The notice as parents get it: time, place, agenda with who leads what, the date to say you cannot "
        "come, practical help (interpreter, childcare, a lift) and an invitation to send input. Input you "
        "register here becomes the agenda step «Input from parents».",
    ),
    "input.list_title": ("Innspill fra foreldre før møtet", "Input from parents before the meeting"),
    "input.none_yet": (
        "Ingen innspill ennå. Trykk a for å registrere et innspill en forelder har sendt.",
        "No input yet. Press a to register input a parent has sent.",
    ),
    "input.dialog_title": ("Innspill fra en forelder", "Input from a parent"),
    "input.who_hint": ("hvem sendte det (kan stå tomt)", "who sent it (may be left empty)"),
    "input.what_hint": ("hva gjelder det", "what is it about"),
    "input.outcome_title": ("Hva ble utfallet av «{what}»?", "What came of «{what}»?"),
    "input.outcome_hint": ("det møtet sa eller bestemte", "what the meeting said or decided"),
    "input.panel_hint": (
        "u: skriv utfallet av det valgte innspillet · a: nytt innspill",
        "u: write what came of the chosen input · a: add input",
    ),
    "key.input_outcome": ("Utfall", "Outcome"),
    "tip.input_outcome": (
        "Skriv hva møtet sa om det valgte innspillet",
        "Write what the meeting said about the chosen input",
    ),
    "col.outcome": ("Utfall", "Outcome"),
    "approval.panel_title": (
        "Referatet fra «{title}» {date} – godkjennes det?",
        "The minutes of «{title}» {date} – are they approved?",
    ),
    "approval.choice.approved": ("Godkjent", "Approved"),
    "approval.choice.changes": ("Godkjent med endringer …", "Approved with changes …"),
    "approval.choice.not_dealt": ("Ikke behandlet", "Not dealt with"),
    "approval.changes_title": (
        "Hvilke endringer ble gjort i referatet?",
        "Which changes were made to the minutes?",
    ),
    "approval.changes_hint": (
        "f.eks. «Turen er 14. oktober, ikke 12.»",
        "e.g. «The trip is on 14 October, not 12»",
    ),
    "approval.said": ("Registrert: {outcome}", "Recorded: {outcome}"),
    "approval.pending": ("Ikke registrert ennå", "Not recorded yet"),
}
