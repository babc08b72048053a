"""User-facing strings: class, people, roles, class lists, follow-up, year wheel, calendar, handover. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- class, people and roles (school_class.py, elections.py) -------------------------
    "role.class_contact": ("klassekontakt", "class contact"),
    "role.deputy": ("vara", "deputy"),
    "role.fau": ("FAU-representant", "FAU representative"),
    "role.fau_deputy": ("FAU-vara", "FAU deputy"),
    "role.contact_teacher": ("kontaktlærer", "contact teacher"),
    "role.class_contact.plural": ("klassekontakter", "class contacts"),
    "role.deputy.plural": ("vara", "deputies"),
    "role.fau.plural": ("FAU-representanter", "FAU representatives"),
    "role.fau_deputy.plural": ("FAU-vara", "FAU deputies"),
    "role.contact_teacher.plural": ("kontaktlærere", "contact teachers"),
    "election.bad_year": (
        "«{text}» er ikke et skoleår; skriv f.eks. 2026/27",
        "«{text}» is not a school year; write e.g. 2026/27",
    ),
    "election.too_many": (
        "Det velges {seats} {role}, men det står {n} navn.",
        "{seats} {role} are elected, but {n} names were given.",
    ),
    "election.too_many.one": (
        "Det velges 1 {role}, men det står {n} navn.",
        "1 {role} is elected, but {n} names were given.",
    ),
    "election.same_twice": ("{name} står to ganger blant {role}.", "{name} is named twice among the {role}."),
    "election.own_deputy": (
        "{name} kan ikke være både {role} og {other}: ingen kan være sin egen vara.",
        "{name} cannot be both {role} and {other}: nobody can be their own deputy.",
    ),
    "election.seat_taken": (
        "{name} sitter som {role} til {end}. Avslutt den perioden først (flyttet, trukket seg) i F3 Personer, eller la feltet stå tomt.",
        "{name} holds the seat as {role} until {end}. End that term first (moved, stepped down) in F3 People, or leave the field empty.",
    ),
    "election.end_no_reason": (
        "Skriv hvorfor perioden til {name} slutter (f.eks. flyttet, trukket seg).",
        "Write why {name}'s term ends (e.g. moved, stepped down).",
    ),
    "election.end_outside": (
        "{day} er utenfor perioden til {name} ({start}–{end}).",
        "{day} is outside {name}'s term ({start}–{end}).",
    ),
    "election.ended_early": ("sluttet {day}: {reason}", "ended {day}: {reason}"),
    "election.one_year_top": (
        "ett år: {grade}. trinn er skolens øverste",
        "one year: grade {grade} is the school's top grade",
    ),
    "election.deputy_top": (
        "tar ikke over neste år: {grade}. trinn er skolens øverste",
        "does not take over next year: grade {grade} is the school's top grade",
    ),
    "election.double_role": (
        "{name} er både {roles}; det er lov, og det står her så alle vet det.",
        "{name} is both {roles}; that is allowed, and it is noted here so everyone knows.",
    ),
    "election.warn_one_contact": (
        "Klassen har bare én klassekontakt; kildene sier to, pluss to vara.",
        "The class has only one class contact; the sources say two, plus two deputies.",
    ),
    "election.warn_no_deputy": (
        "Klassen har ingen vara, så ingen er klar til å ta over neste år.",
        "The class has no deputies, so nobody is ready to take over next year.",
    ),
    "election.warn_advice": (
        "Råd: spør noen personlig, la foreldrene gå på omgang, eller trekk lodd blant dem som ikke har hatt vervet (F2 › Rollen som klassekontakt › Når ingen melder seg).",
        "Advice: ask someone personally, let the parents take turns, or draw lots among those who have not had the role (F2 › The role of the class contact › When nobody volunteers).",
    ),
    "word.yes": ("ja", "yes"),
    "word.no": ("nei", "no"),
    "word.and_join": ("{first} og {last}", "{first} and {last}"),
    # -- class list import (csv_import.py) -------------------------------------------------
    "import.too_big": (
        "{file} er {size} MB; en klasseliste er noen få kB og kan være høyst {most} MB. Er det riktig fil?",
        "{file} is {size} MB; a class list is a few kB and may be at most {most} MB. Is it the right file?",
    ),
    "import.too_many_rows": (
        "{file} har mer enn {most} rader; en klasseliste har noen titalls. Er det riktig fil?",
        "{file} has more than {most} rows; a class list has a few dozen. Is it the right file?",
    ),
    "import.cell_too_long": (
        "{file}:{line}: en celle er {size} kB lang (høyst {most} kB); en celle i en klasseliste er et navn, et nummer eller en kort merknad",
        "{file}:{line}: a cell is {size} kB long (at most {most} kB); a cell in a class list is a name, a number or a short note",
    ),
    "import.cell_too_long_lines": (
        '{file}:{line}: en celle er {size} kB lang og går over {lines} linjer (høyst {most} kB); trolig er et anførselstegn («"») ikke lukket der det skulle',
        '{file}:{line}: a cell is {size} kB long and runs over {lines} lines (at most {most} kB); probably a quote («"») is not closed where it should be',
    ),
    "import.maybe_two": (
        "«{name}» ser ut som to personer, men er lest som én; skriv dem som «Tone Hansen, Ola Hansen» for å få to",
        "«{name}» looks like two people but was read as one; write them as «Tone Hansen, Ola Hansen» to get two",
    ),
    "import.no_file": ("Fant ikke fila {path}.", "No file {path}."),
    "import.cannot_read": ("Kunne ikke lese {path}: {reason}.", "Could not read {path}: {reason}."),
    "import.empty": ("{path} er tom.", "{path} is empty."),
    "import.bad_quotes": (
        '{file}:{line}: et anførselstegn («"») blir aldri lukket; rett fila i regnearket og lagre den igjen',
        '{file}:{line}: a quote («"») is never closed; fix the file in the spreadsheet and save it again',
    ),
    "import.no_name_column": (
        "{file}:{line}: fant ingen kolonne med navn på foresatte (fant: {found}); kall den «Foresatt» eller «Navn»",
        "{file}:{line}: no column with the guardians' names (found: {found}); call it «Guardian» or «Name»",
    ),
    "import.too_many_cells": (
        "raden har {n} felt, men overskriften har {header} (et {delimiter} inne i et navn?)",
        "the row has {n} fields but the header has {header} (a {delimiter} inside a name?)",
    ),
    "import.semicolon": ("semikolon", "semicolon"),
    "import.comma": ("komma", "comma"),
    "import.tab": ("tabulator", "tab"),
    "import.no_name": ("mangler navn på foresatt", "no guardian's name"),
    "import.no_name_group": (
        "foresatt {group} har telefon eller e-post, men mangler navn",
        "guardian {group} has a phone or e-mail but no name",
    ),
    "import.only_child": ("bare eleven «{child}», ingen foresatt", "only the pupil «{child}», no guardian"),
    "import.phone_excel": (
        "telefonnummeret «{phone}» er gjort om til et tall av Excel, og sifrene etter de første er borte; formater kolonnen som tekst, skriv nummeret inn igjen og eksporter på nytt",
        "the phone number «{phone}» was turned into a number by Excel, and the digits after the first few are lost; format the column as text, type the number again and export again",
    ),
    "import.phone_bad": (
        "«{phone}» er ikke et telefonnummer (8 siffer, eller +landkode)",
        "«{phone}» is not a phone number (8 digits, or +country code)",
    ),
    "import.email_bad": ("«{email}» er ikke en e-postadresse", "«{email}» is not an e-mail address"),
    "answer.yes_no_or_maybe": (
        "{what} må være ja, nei eller kanskje, ikke «{value}»",
        "{what} must be yes, no or maybe, not «{value}»",
    ),
    "answer.yes_or_no": (
        "{what} må være ja eller nei, ikke «{value}»",
        "{what} must be yes or no, not «{value}»",
    ),
    "import.duplicate": ("{name} står allerede på {where}", "{name} is already on {where}"),
    "import.change": ("{what} {old} → {new}", "{what} {old} → {new}"),
    "import.add": ("{what} + {new}", "{what} + {new}"),
    "import.done.one": (
        "Importert til {name}: 1 ny, {updated} oppdatert.",
        "Imported into {name}: 1 new, {updated} updated.",
    ),
    "import.would.one": (
        "Ville importert til {name}: 1 ny, {updated} oppdatert (ingenting er lagret).",
        "Would import into {name}: 1 new, {updated} updated (nothing saved).",
    ),
    "import.matches_kept.one": (
        "1 finnes allerede med andre opplysninger og er ikke endret; bruk --update (eller u i appen) for å oppdatere den:",
        "1 is in the class already with other details and was not changed; use --update (or u in the app) to update it:",
    ),
    "import.unchanged.one": (
        "1 finnes allerede med de samme opplysningene.",
        "1 is in the class already with the same details.",
    ),
    "col.phone": ("Telefon", "Phone"),
    "col.email": ("E-post", "E-mail"),
    "col.children": ("Barn", "Children"),
    "col.languages": ("Språk", "Languages"),
    "col.interpreter": ("Tolk", "Interpreter"),
    # -- follow-up step (followup.py) ------------------------------------------------------
    "followup.step_title": ("Oppfølging fra forrige møte", "Follow-up from last meeting"),
    "followup.guidance": (
        "Gå gjennom oppgavene som ble delt ut sist. For hver oppgave: er den gjort, trenger den en ny frist, eller skal den droppes? Spør den ansvarlige selv, og takk for det som er gjort – det gjør det lettere å dele ut oppgaver neste gang.",
        "Go through the tasks handed out last time. For each one: is it done, does it need a new date, or should it be dropped? Ask the person responsible, and thank them for what is done – that makes it easier to hand out tasks next time.",
    ),
    "followup.source": (
        "Rollen som klassekontakt (kildedokument): klassekontakten lager årshjulet og deler ut oppgavene blant foreldrene",
        "The role of the class contact (source document): the class contact draws up the year wheel and shares the tasks out among the parents",
    ),
    "followup.log.done": ("utført", "done"),
    "followup.log.open": ("fortsatt åpen, frist {due}", "still open, due {due}"),
    "followup.log.dropped": ("droppet", "dropped"),
    # -- year wheel (yearwheel.py) ---------------------------------------------------------
    "month.1": ("januar", "January"),
    "month.2": ("februar", "February"),
    "month.3": ("mars", "March"),
    "month.4": ("april", "April"),
    "month.5": ("mai", "May"),
    "month.6": ("juni", "June"),
    "month.7": ("juli", "July"),
    "month.8": ("august", "August"),
    "month.9": ("september", "September"),
    "month.10": ("oktober", "October"),
    "month.11": ("november", "November"),
    "month.12": ("desember", "December"),
    "wheel.bad_when": (
        "«{text}» er ikke en måned eller dato; skriv f.eks. sep, 9, 17.05 eller 17. mai",
        "«{text}» is not a month or a date; write e.g. sep, 9, 17.05 or 17 May",
    ),
    "wheel.item.class_list": ("Klasseliste fra kontaktlærer", "Class list from the contact teacher"),
    "wheel.item.new_families": ("Kontakt foreldre til nye elever", "Contact the parents of new pupils"),
    "wheel.item.election": ("Valg av klassekontakter og FAU", "Elect class contacts and FAU rep"),
    "wheel.item.planning": ("Planleggingsmøte med kontaktlærer", "Planning meeting with the teacher"),
    "wheel.item.parent_group": ("Foreldregruppe (Spond) med alle", "Parents' group (Spond) for all"),
    "wheel.item.autumn_meeting": ("Foreldremøte høst (lærer leder)", "Autumn parent meeting (teacher)"),
    "wheel.item.fau_autumn": ("FAU: ta med klassens innspill", "FAU: bring the class's input"),
    "wheel.item.social_autumn": (
        "Sosial samling for elever og foreldre",
        "Social gathering, pupils and parents",
    ),
    "wheel.item.talks_autumn": ("Utviklingssamtaler (høst)", "Development conversations (autumn)"),
    "wheel.item.social_christmas": ("Juleavslutning for klassen", "Christmas gathering for the class"),
    "wheel.item.fau_winter": ("FAU: informasjon tilbake til klassen", "FAU: report back to the class"),
    "wheel.item.social_winter": ("Vinteraktivitet", "Winter activity"),
    "wheel.item.spring_meeting": (
        "Foreldremøte vår (klassekontaktene leder)",
        "Spring parent meeting (class contacts)",
    ),
    "wheel.item.spring_meeting_election": (
        "Foreldremøte vår med valg for neste år",
        "Spring parent meeting, next year's election",
    ),
    "wheel.item.election_spring": (
        "Valg av neste års klassekontakter og FAU",
        "Elect next year's class contacts and FAU rep",
    ),
    "wheel.item.traffic_watch": ("Trafikkvakt ved skolestart", "Traffic watch at the start of school"),
    "wheel.item.night_ravens": ("Natteravn: klassens kvelder", "Night ravens: the class's evenings"),
    "wheel.item.dugnad": ("Dugnad", "Dugnad (volunteer work day)"),
    "wheel.notes.traffic_watch": (
        "De første ukene står foreldre ved overgangene og ved stedet der barna slippes av, særlig for de yngste. Avtal med skolen hvor og når det trengs. Oppgaver: lag en vaktliste i foreldrekanalen; avtal steder og tider med skolen; skaff refleksvester; minn vakta på det dagen før.",
        "In the first weeks parents stand at the crossings and where children are dropped off, above all for the youngest. Agree with the school where and when it is needed. Tasks: make a rota in the parents' channel; agree places and times with the school; get hold of hi-vis vests; remind the person on duty the day before.",
    ),
    "wheel.notes.night_ravens": (
        "Natteravner er voksne som går rundt i nærmiljøet på fredags- og lørdagskvelder, slik at ungdom møter trygge voksne; mest aktuelt fra mellomtrinnet og oppover. Spør FAU om skolen har en ordning og når klassen står for tur. Oppgaver: finn klassens datoer; få to–tre foreldre på hver kveld; del datoene i foreldrekanalen.",
        "Night ravens (natteravner) are adults who walk around the neighbourhood on Friday and Saturday evenings so young people meet safe grown-ups; it matters most from the middle grades up. Ask the FAU whether the school has a scheme and when it is the class's turn. Tasks: find the class's dates; get two or three parents for each evening; share the dates in the parents' channel.",
    ),
    "wheel.notes.dugnad": (
        "En dugnad er en dag der foreldre og barn gjør en jobb sammen: rydder skolegården, maler, eller tjener penger til klassekassa. Si på forhånd hva som skal gjøres og hva eventuelle penger går til. Oppgaver: avtal dato og oppgave med skolen eller FAU; lag liste over hvem som tar med hva (redskap, mat, drikke); fordel arbeidet; takk alle etterpå i foreldrekanalen.",
        "A dugnad is a day when parents and children do a job together: tidy the school grounds, paint, or raise money for the class fund. Say beforehand what is to be done and what any money is for. Tasks: agree the date and the job with the school or the FAU; list who brings what (tools, food, drinks); share out the work; thank everyone afterwards in the parents' channel.",
    ),
    "wheel.notes.may17": (
        "Skolen eller FAU deler ofte ut oppgaver til hvert trinn på 17. mai: toget, kiosk, leker, rydding. Finn ut hva klassen har fått, og be alle om et tak. Oppgaver: finn ut hva klassen skal gjøre og når; lag vaktliste i foreldrekanalen; spør nye familier personlig; avtal hvem som rydder til slutt.",
        "The school or the FAU often gives each grade jobs on 17 May (Constitution Day): the parade, the kiosk, games, tidying up. Find out what the class has been given, and ask everyone to lend a hand. Tasks: find out what the class does and when; make a rota in the parents' channel; ask new families personally; agree who tidies up at the end.",
    ),
    "wheel.item.talks_spring": ("Utviklingssamtaler (vår)", "Development conversations (spring)"),
    "wheel.item.fau_spring": ("FAU: innspill før sommeren", "FAU: input before the summer"),
    "wheel.item.may17": ("17. mai: fordele oppgaver", "17 May: share out the jobs"),
    "wheel.item.summer_party": ("Sommeravslutning", "End-of-year party"),
    "wheel.item.handover": ("Overlevering til nye klassekontakter", "Handover to next year's contacts"),
    # -- calendar (calendar_export.py) -----------------------------------------------------
    "cal.some_time_in": (
        "En gang i {month} (ingen dato satt i kktui).",
        "Some time in {month} (no date set in kktui).",
    ),
    "cal.responsible": ("Ansvarlig: {who}", "Responsible: {who}"),
    "cal.confidential_meeting": ("Konfidensielt møte", "Confidential meeting"),
    "cal.private_item": ("Privat", "Private"),
    "cal.confidential_task": ("konfidensiell oppgave", "confidential task"),
    "cal.due": ("Frist: {what}", "Due: {what}"),
    "cal.from_meeting": ("Fra møtet: {title}", "From the meeting: {title}"),
    # -- handover (handover.py) ------------------------------------------------------------
    "handover.title": ("Overlevering {name} – skoleåret {year}", "Handover {name} – school year {year}"),
    "handover.grade": ("{grade}. trinn", "grade {grade}"),
    "handover.teacher": ("kontaktlærer {name}", "contact teacher {name}"),
    "handover.intro": (
        "Til neste års klassekontakter: dette er året som har vært, det som fortsatt er åpent, og det vi lærte. Husk: dere skal ikke gjøre alt selv – del ut oppgavene.",
        "To next year's class contacts: this is the year that was, what is still open, and what we learned. Remember: you are not meant to do it all yourselves – hand out the tasks.",
    ),
    "handover.roles": ("Roller", "Roles"),
    "handover.roles_now": ("Skoleåret {year}", "School year {year}"),
    "handover.roles_next": ("Neste skoleår {year}", "Next school year {year}"),
    "handover.none_recorded": ("Ingen er registrert ennå.", "Nobody recorded yet."),
    "handover.meetings": ("Møter og vedtak", "Meetings and decisions"),
    "handover.no_meetings": (
        "Ingen møter i kktui dette skoleåret.",
        "No meetings in kktui this school year.",
    ),
    "handover.open_tasks": ("Åpne oppgaver", "Open tasks"),
    "handover.wheel": ("Årshjulet", "The year wheel"),
    "handover.no_wheel": ("Ingen årshjul for dette skoleåret.", "No year wheel for this school year."),
    "handover.notes": (
        "Dette fungerte – og dette ville vi gjort annerledes",
        "What worked – and what we would do differently",
    ),
    "handover.no_notes": ("(Ingen notater ennå.)", "(No notes yet.)"),
    "board.overdue": ("forfalt", "overdue"),
}
