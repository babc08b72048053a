"""User-facing strings: the notice (innkalling), input from parents beforehand, and the approval of
the last minutes. key -> (bokmål, English, nynorsk); a text whose words depend on a number has
(singular, plural) per language."""

STRINGS: dict[str, tuple] = {
    # -- the notice (output/notice.py, services/notice.py) ------------------------------------
    "notice.title": ("Innkalling: {title}", "Notice: {title}", "Innkalling: {title}"),
    "notice.when": ("Når", "When", "Når"),
    "notice.where": ("Hvor", "Where", "Kvar"),
    "notice.class": ("Klasse", "Class", "Klasse"),
    "notice.time_span": ("kl. {start}–{end}", "{start}–{end}", "kl. {start}–{end}"),
    "notice.program": ("Program", "Agenda", "Program"),
    "notice.minutes": ("{n} min", "{n} min", "{n} min"),
    "notice.leader": ("Møteleder", "Led by", "Møteleiar"),
    "notice.led_by": ("ledes av {who}", "led by {who}", "leidd av {who}"),
    "notice.and": ("og", "and", "og"),
    "notice.the_contacts": ("klassekontaktene", "the class contacts", "klassekontaktane"),
    "notice.reply_title": ("Meld forfall", "If you cannot come", "Meld forfall"),
    "notice.reply": (
        "Meld forfall til {who} innen {by}.",
        "Please tell {who} by {by}.",
        "Meld forfall til {who} innan {by}.",
    ),
    "notice.reply_no_name": (
        "Meld forfall til klassekontaktene innen {by}.",
        "Please tell the class contacts by {by}.",
        "Meld forfall til klassekontaktane innan {by}.",
    ),
    "notice.reply_plain": (
        "Meld forfall til klassekontaktene.",
        "Please tell the class contacts.",
        "Meld forfall til klassekontaktane.",
    ),
    "notice.help_title": ("Praktisk hjelp", "Practical help", "Praktisk hjelp"),
    "notice.help_ask": (
        "Trenger du tolk, barnepass, skyss eller noen å gå sammen med? Si fra til {who}, så ordner vi det sammen. Alle er velkomne.",
        "Do you need an interpreter, childcare, a lift or someone to go with? Tell {who} and we will sort it out together. Everyone is welcome.",
        "Treng du tolk, barnepass, skyss eller nokon å gå saman med? Sei frå til {who}, så ordnar me det saman. Alle er velkomne.",
    ),
    "notice.help.interpreter": (
        "Vi kan ha tolk til stede (språk vi vet om: {languages}).",
        "We can have an interpreter there (languages we know of: {languages}).",
        "Me kan ha tolk til stades (språk me veit om: {languages}).",
    ),
    "notice.help.childcare": (
        "Noen har spurt om barnepass; vi prøver å ordne det under møtet.",
        "Some have asked about childcare; we will try to arrange it during the meeting.",
        "Nokre har spurt om barnepass; me prøver å ordne det under møtet.",
    ),
    "notice.help.lift": (
        "Vi setter opp samkjøring. Har du ledig plass i bilen, si gjerne fra.",
        "We are arranging lifts. If you have a free seat in your car, please say so.",
        "Me set opp samkøyring. Har du ledig plass i bilen, sei gjerne frå.",
    ),
    "notice.help.companion": (
        "Er du ny, kan du gå sammen med en annen forelder; si fra, så finner vi noen.",
        "If you are new, you can come with another parent; tell us and we will find someone.",
        "Er du ny, kan du gå saman med ein annan forelder; sei frå, så finn me nokon.",
    ),
    "notice.input_title": ("Innspill på forhånd", "Input beforehand", "Innspel på førehand"),
    "notice.input_by": (
        "Har du noe du vil ta opp? Send det til {who} innen {by}, så kommer det på sakslista.",
        "Is there something you want to raise? Send it to {who} by {by} and it goes on the agenda.",
        "Har du noko du vil ta opp? Send det til {who} innan {by}, så kjem det på sakslista.",
    ),
    "notice.input": (
        "Har du noe du vil ta opp? Send det til {who} før møtet, så kommer det på sakslista.",
        "Is there something you want to raise? Send it to {who} before the meeting and it goes on the agenda.",
        "Har du noko du vil ta opp? Send det til {who} før møtet, så kjem det på sakslista.",
    ),
    "notice.made_with": (
        "Innkalling laget med kktui.",
        "Notice made with kktui.",
        "Innkalling laga med kktui.",
    ),
    "notice.file": ("innkalling", "notice", "innkalling"),
    "notice.not_planned": (
        "«{title}» er allerede startet eller holdt; en innkalling lages for et planlagt møte.",
        "«{title}» has already started or been held; a notice is made for a planned meeting.",
        "«{title}» er alt starta eller halde; ei innkalling blir laga for eit planlagt møte.",
    ),
    "notice.no_date": (
        "«{title}» har ingen dato ennå; sett en dato før du lager innkallingen.",
        "«{title}» has no date yet; set a date before making the notice.",
        "«{title}» har ingen dato enno; set ein dato før du lagar innkallinga.",
    ),
    "notice.bad_format": (
        "Ukjent format «{fmt}» for innkallingen; velg ett av {formats}.",
        "Unknown format «{fmt}» for the notice; choose one of {formats}.",
        "Ukjent format «{fmt}» for innkallinga; vel eitt av {formats}.",
    ),
    "notice.weekday.0": ("mandag", "Monday", "måndag"),
    "notice.weekday.1": ("tirsdag", "Tuesday", "tysdag"),
    "notice.weekday.2": ("onsdag", "Wednesday", "onsdag"),
    "notice.weekday.3": ("torsdag", "Thursday", "torsdag"),
    "notice.weekday.4": ("fredag", "Friday", "fredag"),
    "notice.weekday.5": ("lørdag", "Saturday", "laurdag"),
    "notice.weekday.6": ("søndag", "Sunday", "sundag"),
    # -- input from parents beforehand (meeting/input.py) --------------------------------------
    "input.step_title": ("Innspill fra foreldre", "Input from parents", "Innspel frå foreldre"),
    "input.guidance": (
        "Foreldrene sendte dette før møtet. Ta ett innspill om gangen: hva gjelder det, hva mener "
        "rommet, og hva gjør vi med det? Skriv utfallet for hvert innspill, så står det i referatet.",
        "Parents sent these before the meeting. Take one at a time: what is it about, what does the "
        "room think, and what do we do about it? Write the outcome of each, so it is in the minutes.",
        "Foreldra sende dette før møtet. Ta eitt innspel om gongen: kva gjeld det, kva meiner "
        "rommet, og kva gjer me med det? Skriv utfallet for kvart innspel, så står det i referatet.",
    ),
    "input.no_outcome": ("ikke behandlet", "not dealt with", "ikkje handsama"),
    "input.finished": (
        "«{title}» er holdt; innspill registreres før eller under møtet.",
        "«{title}» has been held; input is registered before or during the meeting.",
        "«{title}» er halde; innspel blir registrerte før eller under møtet.",
    ),
    "input.what_missing": (
        "Skriv hva innspillet gjelder.",
        "Write what the input is about.",
        "Skriv kva innspelet gjeld.",
    ),
    "input.too_long": (
        ("Teksten er for lang (høyst {most} tegn).", "Teksten er for lang (høyst {most} tegn)."),
        (
            "The text is too long (at most {most} character).",
            "The text is too long (at most {most} characters).",
        ),
        ("Teksten er for lang (høgst {most} teikn).", "Teksten er for lang (høgst {most} teikn)."),
    ),
    "input.unknown": (
        "Det innspillet finnes ikke lenger.",
        "That input is no longer there.",
        "Det innspelet finst ikkje lenger.",
    ),
    # -- approval of the last minutes (meeting/approval.py) ------------------------------------
    "approval.step_title": ("Godkjenning av referat", "Approval of the minutes", "Godkjenning av referat"),
    "approval.guidance": (
        "Referatet fra «{title}» ({date}) legges fram for godkjenning. Spør om noen har rettelser; "
        "noter dem, så står de i begge referatene.",
        "The minutes of «{title}» ({date}) are put forward for approval. Ask whether anyone has "
        "corrections; note them, so they are in both sets of minutes.",
        "Referatet frå «{title}» ({date}) blir lagt fram for godkjenning. Spør om nokon har rettingar; "
        "noter dei, så står dei i begge referata.",
    ),
    "approval.prompt": (
        "Kan referatet fra forrige møte godkjennes?",
        "Can the minutes of the last meeting be approved?",
        "Kan referatet frå førre møte godkjennast?",
    ),
    "approval.which": (
        "Referatet fra «{title}» {date}",
        "The minutes of «{title}» {date}",
        "Referatet frå «{title}» {date}",
    ),
    "approval.outcome.approved": ("godkjent", "approved", "godkjent"),
    "approval.outcome.changes": ("godkjent med endringer", "approved with changes", "godkjent med endringar"),
    "approval.outcome.not_dealt": ("ikke behandlet", "not dealt with", "ikkje handsama"),
    "approval.changes_label": ("Endringer", "Changes", "Endringar"),
    "approval.fact_label": ("Referatet", "These minutes", "Referatet"),
    "approval.fact_approved": (
        "godkjent i «{title}» {date}",
        "approved in «{title}» {date}",
        "godkjent i «{title}» {date}",
    ),
    "approval.fact_changes": (
        "godkjent med endringer i «{title}» {date}: {changes}",
        "approved with changes in «{title}» {date}: {changes}",
        "godkjent med endringar i «{title}» {date}: {changes}",
    ),
    "approval.changes_missing": (
        "Skriv hvilke endringer som ble gjort, så står de i referatet.",
        "Write which changes were made, so they are in the minutes.",
        "Skriv kva endringar som vart gjorde, så står dei i referatet.",
    ),
    "approval.bad_outcome": (
        "Ukjent svar «{outcome}» på godkjenningen.",
        "Unknown answer «{outcome}» to the approval.",
        "Ukjent svar «{outcome}» på godkjenninga.",
    ),
    "approval.not_here": (
        "Referatet fra «{title}» er ikke oppe til godkjenning i dette møtet.",
        "The minutes of «{title}» are not up for approval in this meeting.",
        "Referatet frå «{title}» er ikkje oppe til godkjenning i dette møtet.",
    ),
    "approval.none": (
        "«{title}» har ikke noe referat til godkjenning.",
        "«{title}» has no minutes up for approval.",
        "«{title}» har ikkje noko referat til godkjenning.",
    ),
    "approval.gone": (
        "Møtet med referatet til godkjenning finnes ikke lenger i datamappa.",
        "The meeting whose minutes were up for approval is no longer in the data folder.",
        "Møtet med referatet til godkjenning finst ikkje lenger i datamappa.",
    ),
    # -- the screens (screens/views/notice.py, its dialogs and the step panels) ----------------
    "key.notice": ("Innkalling", "Notice", "Innkalling"),
    "tip.notice": (
        "Innkallingen til det valgte planlagte møtet, og innspill fra foreldre på forhånd",
        "The notice for the chosen planned meeting, and input from parents beforehand",
        "Innkallinga til det valde planlagde møtet, og innspel frå foreldre på førehand",
    ),
    "key.notice_copy": ("Kopier tekst", "Copy text", "Kopier tekst"),
    "tip.notice_copy": (
        "Kopier innkallingen som tekst til Spond eller e-post (og lagre den som fil)",
        "Copy the notice as text for Spond or e-mail (and save it as a file)",
        "Kopier innkallinga som tekst til Spond eller e-post (og lagre ho som fil)",
    ),
    "key.notice_html": ("Nettside", "Web page", "Nettside"),
    "tip.notice_html": (
        "Lagre innkallingen som nettside (HTML)",
        "Save the notice as a web page (HTML)",
        "Lagre innkallinga som nettside (HTML)",
    ),
    "key.notice_ics": ("Kalender", "Calendar", "Kalender"),
    "tip.notice_ics": (
        "Lagre innkallingen som kalenderinvitasjon (.ics); en endret tid oppdaterer avtalen",
        "Save the notice as a calendar invitation (.ics); a changed time updates the event",
        "Lagre innkallinga som kalenderinvitasjon (.ics); ei endra tid oppdaterer avtalen",
    ),
    "key.notice_md": ("Lagre Markdown", "Save Markdown", "Lagre Markdown"),
    "tip.notice_md": (
        "Lagre innkallingen som Markdown",
        "Save the notice as Markdown",
        "Lagre innkallinga som Markdown",
    ),
    "key.input_add": ("Nytt innspill", "Add input", "Nytt innspel"),
    "tip.input_add": (
        "Registrer et innspill en forelder sendte før møtet; det blir et punkt på sakslista",
        "Register input a parent sent before the meeting; it goes on the agenda",
        "Registrer eit innspel ein forelder sende før møtet; det blir eit punkt på sakslista",
    ),
    "key.input_remove": ("Fjern innspill", "Remove input", "Fjern innspel"),
    "tip.input_remove": (
        "Fjern det valgte innspillet",
        "Remove the chosen input",
        "Fjern det valde innspelet",
    ),
    "tip.notice_back": ("Tilbake til oversikten", "Back to the overview", "Tilbake til oversikta"),
    "notice.screen_title": ("Innkalling", "Notice", "Innkalling"),
    "notice.saved": (
        "Innkallingen er lagret: {path}",
        "The notice is saved: {path}",
        "Innkallinga er lagra: {path}",
    ),
    "notice.copied": (
        "Innkallingen er kopiert (om terminalen tillater det) og lagret: {path}",
        "The notice is copied (if the terminal allows it) and saved: {path}",
        "Innkallinga er kopiert (om terminalen tillèt det) og lagra: {path}",
    ),
    "notice.copy_unsupported": (
        "Denne terminalen kan ikke kopiere; innkallingen er lagret her: {path}",
        "This terminal cannot copy; the notice is saved here: {path}",
        "Denne terminalen kan ikkje kopiere; innkallinga er lagra her: {path}",
    ),
    "help.notice": (
        "Innkallingen slik foreldrene får den: tid, sted, program med hvem som leder hva, fristen for å melde "
        "forfall, praktisk hjelp (tolk, barnepass, skyss) og invitasjon til å sende innspill. Innspill du "
        "registrerer her, blir punktet «Innspill fra foreldre» på sakslista.",
        "The notice as parents get it: time, place, agenda with who leads what, the date to say you cannot "
        "come, practical help (interpreter, childcare, a lift) and an invitation to send input. Input you "
        "register here becomes the agenda step «Input from parents».",
        "Innkallinga slik foreldra får ho: tid, stad, program med kven som leier kva, fristen for å melde "
        "forfall, praktisk hjelp (tolk, barnepass, skyss) og invitasjon til å sende innspel. Innspel du "
        "registrerer her, blir punktet «Innspel frå foreldre» på sakslista.",
    ),
    "input.list_title": (
        "Innspill fra foreldre før møtet",
        "Input from parents before the meeting",
        "Innspel frå foreldre før møtet",
    ),
    "input.none_yet": (
        "Ingen innspill ennå. Trykk a for å registrere et innspill en forelder har sendt.",
        "No input yet. Press a to register input a parent has sent.",
        "Ingen innspel enno. Trykk a for å registrere eit innspel ein forelder har sendt.",
    ),
    "input.dialog_title": ("Innspill fra en forelder", "Input from a parent", "Innspel frå ein forelder"),
    "input.who_hint": (
        "hvem sendte det (kan stå tomt)",
        "who sent it (may be left empty)",
        "kven sende det (kan stå tomt)",
    ),
    "input.what_hint": ("hva gjelder det", "what is it about", "kva gjeld det"),
    "input.outcome_title": (
        "Hva ble utfallet av «{what}»?",
        "What came of «{what}»?",
        "Kva vart utfallet av «{what}»?",
    ),
    "input.outcome_hint": (
        "det møtet sa eller bestemte",
        "what the meeting said or decided",
        "det møtet sa eller bestemte",
    ),
    "input.panel_hint": (
        "u: skriv utfallet av det valgte innspillet · a: nytt innspill",
        "u: write what came of the chosen input · a: add input",
        "u: skriv utfallet av det valde innspelet · a: nytt innspel",
    ),
    "key.input_outcome": ("Utfall", "Outcome", "Utfall"),
    "tip.input_outcome": (
        "Skriv hva møtet sa om det valgte innspillet",
        "Write what the meeting said about the chosen input",
        "Skriv kva møtet sa om det valde innspelet",
    ),
    "col.outcome": ("Utfall", "Outcome", "Utfall"),
    "approval.panel_title": (
        "Referatet fra «{title}» {date} – godkjennes det?",
        "The minutes of «{title}» {date} – are they approved?",
        "Referatet frå «{title}» {date} – blir det godkjent?",
    ),
    "approval.choice.approved": ("Godkjent", "Approved", "Godkjent"),
    "approval.choice.changes": (
        "Godkjent med endringer …",
        "Approved with changes …",
        "Godkjent med endringar …",
    ),
    "approval.choice.not_dealt": ("Ikke behandlet", "Not dealt with", "Ikkje handsama"),
    "approval.changes_title": (
        "Hvilke endringer ble gjort i referatet?",
        "Which changes were made to the minutes?",
        "Kva endringar vart gjorde i referatet?",
    ),
    "approval.changes_hint": (
        "f.eks. «Turen er 14. oktober, ikke 12.»",
        "e.g. «The trip is on 14 October, not 12»",
        "t.d. «Turen er 14. oktober, ikkje 12.»",
    ),
    "approval.said": ("Registrert: {outcome}", "Recorded: {outcome}", "Registrert: {outcome}"),
    "approval.pending": ("Ikke registrert ennå", "Not recorded yet", "Ikkje registrert enno"),
}
