"""User-facing strings: class, people, roles, class lists, follow-up, year wheel, calendar, handover.

key -> (bokmål, English, nynorsk); a text whose words depend on a number has (singular, plural) in each column.
"""

STRINGS: dict[str, tuple] = {
    # -- class, people and roles (school_class.py, elections.py) -------------------------
    # A role is a plural entry: tn("role.fau", 1) for one person's role, tn(..., seats) for the seats.
    "role.class_contact": (
        ("klassekontakt", "klassekontakter"),
        ("class contact", "class contacts"),
        ("klassekontakt", "klassekontaktar"),
    ),
    "role.deputy": (("vara", "vara"), ("deputy", "deputies"), ("vara", "vara")),
    "role.fau": (
        ("FAU-representant", "FAU-representanter"),
        ("FAU representative", "FAU representatives"),
        ("FAU-representant", "FAU-representantar"),
    ),
    "role.fau_deputy": (("FAU-vara", "FAU-vara"), ("FAU deputy", "FAU deputies"), ("FAU-vara", "FAU-vara")),
    "role.contact_teacher": (
        ("kontaktlærer", "kontaktlærere"),
        ("contact teacher", "contact teachers"),
        ("kontaktlærar", "kontaktlærarar"),
    ),
    "election.bad_year": (
        "«{text}» er ikke et skoleår; skriv f.eks. 2026/27",
        "«{text}» is not a school year; write e.g. 2026/27",
        "«{text}» er ikkje eit skuleår; skriv t.d. 2026/27",
    ),
    "election.too_many": (
        (
            "Det velges 1 {role}, men det står {given} navn.",
            "Det velges {n} {role}, men det står {given} navn.",
        ),
        (
            "1 {role} is elected, but {given} names were given.",
            "{n} {role} are elected, but {given} names were given.",
        ),
        (
            "Det blir valt 1 {role}, men det står {given} namn.",
            "Det blir valt {n} {role}, men det står {given} namn.",
        ),
    ),
    "election.same_twice": (
        "{name} står to ganger blant {role}.",
        "{name} is named twice among the {role}.",
        "{name} står to gonger blant {role}.",
    ),
    "election.own_deputy": (
        "{name} kan ikke være både {role} og {other}: ingen kan være sin egen vara.",
        "{name} cannot be both {role} and {other}: nobody can be their own deputy.",
        "{name} kan ikkje vere både {role} og {other}: ingen kan vere sin eigen vara.",
    ),
    "election.seat_taken": (
        "{name} sitter som {role} til {end}. Avslutt den perioden først (flyttet, trukket seg) i F3 Personer, eller la feltet stå tomt.",
        "{name} holds the seat as {role} until {end}. End that term first (moved, stepped down) in F3 People, or leave the field empty.",
        "{name} sit som {role} til {end}. Avslutt den perioden først (flytta, trekt seg) i F3 Personar, eller la feltet stå tomt.",
    ),
    "election.end_no_reason": (
        "Skriv hvorfor perioden til {name} slutter (f.eks. flyttet, trukket seg).",
        "Write why {name}'s term ends (e.g. moved, stepped down).",
        "Skriv kvifor perioden til {name} sluttar (t.d. flytta, trekt seg).",
    ),
    "election.end_outside": (
        "{day} er utenfor perioden til {name} ({start}–{end}).",
        "{day} is outside {name}'s term ({start}–{end}).",
        "{day} er utanfor perioden til {name} ({start}–{end}).",
    ),
    "election.ended_early": ("sluttet {day}: {reason}", "ended {day}: {reason}", "slutta {day}: {reason}"),
    "election.one_year_top": (
        "ett år: {grade}. trinn er skolens øverste",
        "one year: grade {grade} is the school's top grade",
        "eitt år: {grade}. trinn er det øvste på skulen",
    ),
    "election.deputy_top": (
        "tar ikke over neste år: {grade}. trinn er skolens øverste",
        "does not take over next year: grade {grade} is the school's top grade",
        "tek ikkje over neste år: {grade}. trinn er det øvste på skulen",
    ),
    "election.double_role": (
        "{name} er både {roles}; det er lov, og det står her så alle vet det.",
        "{name} is both {roles}; that is allowed, and it is noted here so everyone knows.",
        "{name} er både {roles}; det er lov, og det står her så alle veit det.",
    ),
    "election.warn_one_contact": (
        "Klassen har bare én klassekontakt; kildene sier to, pluss to vara.",
        "The class has only one class contact; the sources say two, plus two deputies.",
        "Klassen har berre éin klassekontakt; kjeldene seier to, pluss to vara.",
    ),
    "election.warn_no_deputy": (
        "Klassen har ingen vara, så ingen er klar til å ta over neste år.",
        "The class has no deputies, so nobody is ready to take over next year.",
        "Klassen har ingen vara, så ingen er klar til å ta over neste år.",
    ),
    "election.warn_advice": (
        "Råd: spør noen personlig, la foreldrene gå på omgang, eller trekk lodd blant dem som ikke har hatt vervet (F2 › Rollen som klassekontakt › Når ingen melder seg).",
        "Advice: ask someone personally, let the parents take turns, or draw lots among those who have not had the role (F2 › The role of the class contact › When nobody volunteers).",
        "Råd: spør nokon personleg, la foreldra gå på omgang, eller trekk lodd mellom dei som ikkje har hatt vervet (F2 › Rolla som klassekontakt › Når ingen melder seg).",
    ),
    "word.yes": ("ja", "yes", "ja"),
    "word.no": ("nei", "no", "nei"),
    "word.and_join": ("{first} og {last}", "{first} and {last}", "{first} og {last}"),
    # -- class list import (csv_import.py) -------------------------------------------------
    "import.too_big": (
        "{file} er {size} MB; en klasseliste er noen få kB og kan være høyst {most} MB. Er det riktig fil?",
        "{file} is {size} MB; a class list is a few kB and may be at most {most} MB. Is it the right file?",
        "{file} er {size} MB; ei klasseliste er nokre få kB og kan vere høgst {most} MB. Er det rett fil?",
    ),
    "import.too_many_rows": (
        "{file} har mer enn {most} rader; en klasseliste har noen titalls. Er det riktig fil?",
        "{file} has more than {most} rows; a class list has a few dozen. Is it the right file?",
        "{file} har meir enn {most} rader; ei klasseliste har nokre titals. Er det rett fil?",
    ),
    "import.cell_too_long": (
        "{file}:{line}: en celle er {size} kB lang (høyst {most} kB); en celle i en klasseliste er et navn, et nummer eller en kort merknad",
        "{file}:{line}: a cell is {size} kB long (at most {most} kB); a cell in a class list is a name, a number or a short note",
        "{file}:{line}: ei celle er {size} kB lang (høgst {most} kB); ei celle i ei klasseliste er eit namn, eit nummer eller ein kort merknad",
    ),
    "import.cell_too_long_lines": (
        '{file}:{line}: en celle er {size} kB lang og går over {lines} linjer (høyst {most} kB); trolig er et anførselstegn («"») ikke lukket der det skulle',
        '{file}:{line}: a cell is {size} kB long and runs over {lines} lines (at most {most} kB); probably a quote («"») is not closed where it should be',
        '{file}:{line}: ei celle er {size} kB lang og går over {lines} linjer (høgst {most} kB); truleg er eit hermeteikn («"») ikkje lukka der det skulle',
    ),
    "import.maybe_two": (
        "«{name}» ser ut som to personer, men er lest som én; skriv dem som «Tone Hansen, Ola Hansen» for å få to",
        "«{name}» looks like two people but was read as one; write them as «Tone Hansen, Ola Hansen» to get two",
        "«{name}» ser ut som to personar, men er lesen som éin; skriv dei som «Tone Hansen, Ola Hansen» for å få to",
    ),
    "import.no_file": ("Fant ikke fila {path}.", "No file {path}.", "Fann ikkje fila {path}."),
    "import.cannot_read": (
        "Kunne ikke lese {path}: {reason}.",
        "Could not read {path}: {reason}.",
        "Kunne ikkje lese {path}: {reason}.",
    ),
    "import.empty": ("{path} er tom.", "{path} is empty.", "{path} er tom."),
    "import.bad_quotes": (
        '{file}:{line}: et anførselstegn («"») blir aldri lukket; rett fila i regnearket og lagre den igjen',
        '{file}:{line}: a quote («"») is never closed; fix the file in the spreadsheet and save it again',
        '{file}:{line}: eit hermeteikn («"») blir aldri lukka; rett fila i reknearket og lagre ho igjen',
    ),
    # The column names in «» are the headers the reader knows (csv_read.py), so they stay as they are.
    "import.no_name_column": (
        "{file}:{line}: fant ingen kolonne med navn på foresatte (fant: {found}); kall den «Foresatt» eller «Navn»",
        "{file}:{line}: no column with the guardians' names (found: {found}); call it «Guardian» or «Name»",
        "{file}:{line}: fann ingen kolonne med namn på føresette (fann: {found}); kall han «Foresatt» eller «Navn»",
    ),
    "import.too_many_cells": (
        "raden har {n} felt, men overskriften har {header} (et {delimiter} inne i et navn?)",
        "the row has {n} fields but the header has {header} (a {delimiter} inside a name?)",
        "rada har {n} felt, men overskrifta har {header} (eit {delimiter} inne i eit namn?)",
    ),
    "import.semicolon": ("semikolon", "semicolon", "semikolon"),
    "import.comma": ("komma", "comma", "komma"),
    "import.tab": ("tabulator", "tab", "tabulator"),
    "import.no_name": ("mangler navn på foresatt", "no guardian's name", "manglar namn på føresett"),
    "import.no_name_group": (
        "foresatt {group} har telefon eller e-post, men mangler navn",
        "guardian {group} has a phone or e-mail but no name",
        "føresett {group} har telefon eller e-post, men manglar namn",
    ),
    "import.only_child": (
        "bare eleven «{child}», ingen foresatt",
        "only the pupil «{child}», no guardian",
        "berre eleven «{child}», ingen føresett",
    ),
    "import.phone_excel": (
        "telefonnummeret «{phone}» er gjort om til et tall av Excel, og sifrene etter de første er borte; formater kolonnen som tekst, skriv nummeret inn igjen og eksporter på nytt",
        "the phone number «{phone}» was turned into a number by Excel, and the digits after the first few are lost; format the column as text, type the number again and export again",
        "telefonnummeret «{phone}» er gjort om til eit tal av Excel, og sifra etter dei første er borte; formater kolonnen som tekst, skriv nummeret inn igjen og eksporter på nytt",
    ),
    "import.phone_bad": (
        "«{phone}» er ikke et telefonnummer (8 siffer, eller +landkode)",
        "«{phone}» is not a phone number (8 digits, or +country code)",
        "«{phone}» er ikkje eit telefonnummer (8 siffer, eller +landkode)",
    ),
    "import.email_bad": (
        "«{email}» er ikke en e-postadresse",
        "«{email}» is not an e-mail address",
        "«{email}» er ikkje ei e-postadresse",
    ),
    "answer.yes_no_or_maybe": (
        "{what} må være ja, nei eller kanskje, ikke «{value}»",
        "{what} must be yes, no or maybe, not «{value}»",
        "{what} må vere ja, nei eller kanskje, ikkje «{value}»",
    ),
    "answer.yes_or_no": (
        "{what} må være ja eller nei, ikke «{value}»",
        "{what} must be yes or no, not «{value}»",
        "{what} må vere ja eller nei, ikkje «{value}»",
    ),
    "import.duplicate": (
        "{name} står allerede på {where}",
        "{name} is already on {where}",
        "{name} står allereie på {where}",
    ),
    "import.change": ("{what} {old} → {new}", "{what} {old} → {new}", "{what} {old} → {new}"),
    "import.add": ("{what} + {new}", "{what} + {new}", "{what} + {new}"),
    "import.done.one": (
        "Importert til {name}: 1 ny, {updated} oppdatert.",
        "Imported into {name}: 1 new, {updated} updated.",
        "Importert til {name}: 1 ny, {updated} oppdatert.",
    ),
    "import.would.one": (
        "Ville importert til {name}: 1 ny, {updated} oppdatert (ingenting er lagret).",
        "Would import into {name}: 1 new, {updated} updated (nothing saved).",
        "Ville ha importert til {name}: 1 ny, {updated} oppdatert (ingenting er lagra).",
    ),
    "import.matches_kept.one": (
        "1 finnes allerede med andre opplysninger og er ikke endret; bruk --update (eller u i appen) for å oppdatere den:",
        "1 is in the class already with other details and was not changed; use --update (or u in the app) to update it:",
        "1 finst allereie med andre opplysningar og er ikkje endra; bruk --update (eller u i appen) for å oppdatere den:",
    ),
    "import.unchanged.one": (
        "1 finnes allerede med de samme opplysningene.",
        "1 is in the class already with the same details.",
        "1 finst allereie med dei same opplysningane.",
    ),
    "col.phone": ("Telefon", "Phone", "Telefon"),
    "col.email": ("E-post", "E-mail", "E-post"),
    "col.children": ("Barn", "Children", "Barn"),
    "col.languages": ("Språk", "Languages", "Språk"),
    "col.interpreter": ("Tolk", "Interpreter", "Tolk"),
    # -- follow-up step (followup.py) ------------------------------------------------------
    "followup.step_title": (
        "Oppfølging fra forrige møte",
        "Follow-up from last meeting",
        "Oppfølging frå førre møte",
    ),
    "followup.guidance": (
        "Gå gjennom oppgavene som ble delt ut sist. For hver oppgave: er den gjort, trenger den en ny frist, eller skal den droppes? Spør den ansvarlige selv, og takk for det som er gjort – det gjør det lettere å dele ut oppgaver neste gang.",
        "Go through the tasks handed out last time. For each one: is it done, does it need a new date, or should it be dropped? Ask the person responsible, and thank them for what is done – that makes it easier to hand out tasks next time.",
        "Gå gjennom oppgåvene som vart delte ut sist. For kvar oppgåve: er ho gjord, treng ho ein ny frist, eller skal ho droppast? Spør den ansvarlege sjølv, og takk for det som er gjort – det gjer det lettare å dele ut oppgåver neste gong.",
    ),
    "followup.source": (
        "Rollen som klassekontakt (kildedokument): klassekontakten lager årshjulet og deler ut oppgavene blant foreldrene",
        "The role of the class contact (source document): the class contact draws up the year wheel and shares the tasks out among the parents",
        "Rolla som klassekontakt (kjeldedokument): klassekontakten lagar årshjulet og deler ut oppgåvene mellom foreldra",
    ),
    "followup.log.done": ("utført", "done", "utført"),
    "followup.log.open": (
        "fortsatt åpen, frist {due}",
        "still open, due {due}",
        "framleis open, frist {due}",
    ),
    "followup.log.dropped": ("droppet", "dropped", "droppa"),
    # -- year wheel (yearwheel.py) ---------------------------------------------------------
    "month.1": ("januar", "January", "januar"),
    "month.2": ("februar", "February", "februar"),
    "month.3": ("mars", "March", "mars"),
    "month.4": ("april", "April", "april"),
    "month.5": ("mai", "May", "mai"),
    "month.6": ("juni", "June", "juni"),
    "month.7": ("juli", "July", "juli"),
    "month.8": ("august", "August", "august"),
    "month.9": ("september", "September", "september"),
    "month.10": ("oktober", "October", "oktober"),
    "month.11": ("november", "November", "november"),
    "month.12": ("desember", "December", "desember"),
    "wheel.bad_when": (
        "«{text}» er ikke en måned eller dato; skriv f.eks. sep, 9, 17.05 eller 17. mai",
        "«{text}» is not a month or a date; write e.g. sep, 9, 17.05 or 17 May",
        "«{text}» er ikkje ein månad eller dato; skriv t.d. sep, 9, 17.05 eller 17. mai",
    ),
    "wheel.item.class_list": (
        "Klasseliste fra kontaktlærer",
        "Class list from the contact teacher",
        "Klasseliste frå kontaktlærar",
    ),
    "wheel.item.new_families": (
        "Kontakt foreldre til nye elever",
        "Contact the parents of new pupils",
        "Kontakt foreldre til nye elevar",
    ),
    "wheel.item.election": (
        "Valg av klassekontakter og FAU",
        "Elect class contacts and FAU rep",
        "Val av klassekontaktar og FAU",
    ),
    "wheel.item.planning": (
        "Planleggingsmøte med kontaktlærer",
        "Planning meeting with the teacher",
        "Planleggingsmøte med kontaktlærar",
    ),
    "wheel.item.parent_group": (
        "Foreldregruppe (Spond) med alle",
        "Parents' group (Spond) for all",
        "Foreldregruppe (Spond) med alle",
    ),
    "wheel.item.autumn_meeting": (
        "Foreldremøte høst (lærer leder)",
        "Autumn parent meeting (teacher)",
        "Foreldremøte haust (lærar leier)",
    ),
    "wheel.item.fau_autumn": (
        "FAU: ta med klassens innspill",
        "FAU: bring the class's input",
        "FAU: ta med innspel frå klassen",
    ),
    "wheel.item.social_autumn": (
        "Sosial samling for elever og foreldre",
        "Social gathering, pupils and parents",
        "Sosial samling for elevar og foreldre",
    ),
    "wheel.item.talks_autumn": (
        "Utviklingssamtaler (høst)",
        "Development conversations (autumn)",
        "Utviklingssamtalar (haust)",
    ),
    "wheel.item.social_christmas": (
        "Juleavslutning for klassen",
        "Christmas gathering for the class",
        "Juleavslutning for klassen",
    ),
    "wheel.item.fau_winter": (
        "FAU: informasjon tilbake til klassen",
        "FAU: report back to the class",
        "FAU: informasjon tilbake til klassen",
    ),
    "wheel.item.social_winter": ("Vinteraktivitet", "Winter activity", "Vinteraktivitet"),
    "wheel.item.spring_meeting": (
        "Foreldremøte vår (klassekontaktene leder)",
        "Spring parent meeting (class contacts)",
        "Foreldremøte vår (klassekontaktane leier)",
    ),
    "wheel.item.spring_meeting_election": (
        "Foreldremøte vår med valg for neste år",
        "Spring parent meeting, next year's election",
        "Foreldremøte vår med val for neste år",
    ),
    "wheel.item.election_spring": (
        "Valg av neste års klassekontakter og FAU",
        "Elect next year's class contacts and FAU rep",
        "Val av neste års klassekontaktar og FAU",
    ),
    "wheel.item.traffic_watch": (
        "Trafikkvakt ved skolestart",
        "Traffic watch at the start of school",
        "Trafikkvakt ved skulestart",
    ),
    "wheel.item.night_ravens": (
        "Natteravn: klassens kvelder",
        "Night ravens: the class's evenings",
        "Natteravn: kveldane til klassen",
    ),
    "wheel.item.dugnad": ("Dugnad", "Dugnad (volunteer work day)", "Dugnad"),
    "wheel.notes.traffic_watch": (
        "De første ukene står foreldre ved overgangene og ved stedet der barna slippes av, særlig for de yngste. Avtal med skolen hvor og når det trengs. Oppgaver: lag en vaktliste i foreldrekanalen; avtal steder og tider med skolen; skaff refleksvester; minn vakta på det dagen før.",
        "In the first weeks parents stand at the crossings and where children are dropped off, above all for the youngest. Agree with the school where and when it is needed. Tasks: make a rota in the parents' channel; agree places and times with the school; get hold of hi-vis vests; remind the person on duty the day before.",
        "Dei første vekene står foreldre ved overgangane og der barna blir sleppte av, særleg for dei yngste. Avtal med skulen kvar og når det trengst. Oppgåver: lag ei vaktliste i foreldrekanalen; avtal stader og tider med skulen; skaff refleksvestar; minn vakta på det dagen før.",
    ),
    "wheel.notes.night_ravens": (
        "Natteravner er voksne som går rundt i nærmiljøet på fredags- og lørdagskvelder, slik at ungdom møter trygge voksne; mest aktuelt fra mellomtrinnet og oppover. Spør FAU om skolen har en ordning og når klassen står for tur. Oppgaver: finn klassens datoer; få to–tre foreldre på hver kveld; del datoene i foreldrekanalen.",
        "Night ravens (natteravner) are adults who walk around the neighbourhood on Friday and Saturday evenings so young people meet safe grown-ups; it matters most from the middle grades up. Ask the FAU whether the school has a scheme and when it is the class's turn. Tasks: find the class's dates; get two or three parents for each evening; share the dates in the parents' channel.",
        "Natteravnar er vaksne som går rundt i nærmiljøet på fredags- og laurdagskveldar, slik at ungdom møter trygge vaksne; mest aktuelt frå mellomtrinnet og oppover. Spør FAU om skulen har ei ordning og når klassen står for tur. Oppgåver: finn datoane til klassen; få to–tre foreldre på kvar kveld; del datoane i foreldrekanalen.",
    ),
    "wheel.notes.dugnad": (
        "En dugnad er en dag der foreldre og barn gjør en jobb sammen: rydder skolegården, maler, eller tjener penger til klassekassa. Si på forhånd hva som skal gjøres og hva eventuelle penger går til. Oppgaver: avtal dato og oppgave med skolen eller FAU; lag liste over hvem som tar med hva (redskap, mat, drikke); fordel arbeidet; takk alle etterpå i foreldrekanalen.",
        "A dugnad is a day when parents and children do a job together: tidy the school grounds, paint, or raise money for the class fund. Say beforehand what is to be done and what any money is for. Tasks: agree the date and the job with the school or the FAU; list who brings what (tools, food, drinks); share out the work; thank everyone afterwards in the parents' channel.",
        "Ein dugnad er ein dag der foreldre og barn gjer ein jobb saman: ryddar skulegarden, målar, eller tener pengar til klassekassa. Sei på førehand kva som skal gjerast og kva eventuelle pengar går til. Oppgåver: avtal dato og oppgåve med skulen eller FAU; lag liste over kven som tek med kva (reiskap, mat, drikke); fordel arbeidet; takk alle etterpå i foreldrekanalen.",
    ),
    "wheel.notes.may17": (
        "Skolen eller FAU deler ofte ut oppgaver til hvert trinn på 17. mai: toget, kiosk, leker, rydding. Finn ut hva klassen har fått, og be alle om et tak. Oppgaver: finn ut hva klassen skal gjøre og når; lag vaktliste i foreldrekanalen; spør nye familier personlig; avtal hvem som rydder til slutt.",
        "The school or the FAU often gives each grade jobs on 17 May (Constitution Day): the parade, the kiosk, games, tidying up. Find out what the class has been given, and ask everyone to lend a hand. Tasks: find out what the class does and when; make a rota in the parents' channel; ask new families personally; agree who tidies up at the end.",
        "Skulen eller FAU deler ofte ut oppgåver til kvart trinn på 17. mai: toget, kiosk, leikar, rydding. Finn ut kva klassen har fått, og be alle om eit tak. Oppgåver: finn ut kva klassen skal gjere og når; lag vaktliste i foreldrekanalen; spør nye familiar personleg; avtal kven som ryddar til slutt.",
    ),
    "wheel.item.talks_spring": (
        "Utviklingssamtaler (vår)",
        "Development conversations (spring)",
        "Utviklingssamtalar (vår)",
    ),
    "wheel.item.fau_spring": (
        "FAU: innspill før sommeren",
        "FAU: input before the summer",
        "FAU: innspel før sommaren",
    ),
    "wheel.item.may17": (
        "17. mai: fordele oppgaver",
        "17 May: share out the jobs",
        "17. mai: fordele oppgåver",
    ),
    "wheel.item.summer_party": ("Sommeravslutning", "End-of-year party", "Sommaravslutning"),
    "wheel.item.handover": (
        "Overlevering til nye klassekontakter",
        "Handover to next year's contacts",
        "Overlevering til nye klassekontaktar",
    ),
    # -- calendar (calendar_export.py) -----------------------------------------------------
    "cal.some_time_in": (
        "En gang i {month} (ingen dato satt i kktui).",
        "Some time in {month} (no date set in kktui).",
        "Ein gong i {month} (ingen dato sett i kktui).",
    ),
    "cal.responsible": ("Ansvarlig: {who}", "Responsible: {who}", "Ansvarleg: {who}"),
    "cal.confidential_meeting": ("Konfidensielt møte", "Confidential meeting", "Konfidensielt møte"),
    "cal.private_item": ("Privat", "Private", "Privat"),
    "cal.confidential_task": ("konfidensiell oppgave", "confidential task", "konfidensiell oppgåve"),
    "cal.due": ("Frist: {what}", "Due: {what}", "Frist: {what}"),
    "cal.from_meeting": ("Fra møtet: {title}", "From the meeting: {title}", "Frå møtet: {title}"),
    # -- handover (handover.py) ------------------------------------------------------------
    "handover.title": (
        "Overlevering {name} – skoleåret {year}",
        "Handover {name} – school year {year}",
        "Overlevering {name} – skuleåret {year}",
    ),
    "handover.grade": ("{grade}. trinn", "grade {grade}", "{grade}. trinn"),
    "handover.teacher": ("kontaktlærer {name}", "contact teacher {name}", "kontaktlærar {name}"),
    "handover.intro": (
        "Til neste års klassekontakter: dette er året som har vært, det som fortsatt er åpent, og det vi lærte. Husk: dere skal ikke gjøre alt selv – del ut oppgavene.",
        "To next year's class contacts: this is the year that was, what is still open, and what we learned. Remember: you are not meant to do it all yourselves – hand out the tasks.",
        "Til neste års klassekontaktar: dette er året som har vore, det som framleis er ope, og det me lærte. Hugs: de skal ikkje gjere alt sjølv – del ut oppgåvene.",
    ),
    "handover.roles": ("Roller", "Roles", "Roller"),
    "handover.roles_now": ("Skoleåret {year}", "School year {year}", "Skuleåret {year}"),
    "handover.roles_next": ("Neste skoleår {year}", "Next school year {year}", "Neste skuleår {year}"),
    "handover.none_recorded": (
        "Ingen er registrert ennå.",
        "Nobody recorded yet.",
        "Ingen er registrert enno.",
    ),
    "handover.meetings": ("Møter og vedtak", "Meetings and decisions", "Møte og vedtak"),
    "handover.no_meetings": (
        "Ingen møter i kktui dette skoleåret.",
        "No meetings in kktui this school year.",
        "Ingen møte i kktui dette skuleåret.",
    ),
    "handover.open_tasks": ("Åpne oppgaver", "Open tasks", "Opne oppgåver"),
    "handover.wheel": ("Årshjulet", "The year wheel", "Årshjulet"),
    "handover.no_wheel": (
        "Ingen årshjul for dette skoleåret.",
        "No year wheel for this school year.",
        "Ingen årshjul for dette skuleåret.",
    ),
    "handover.notes": (
        "Dette fungerte – og dette ville vi gjort annerledes",
        "What worked – and what we would do differently",
        "Dette fungerte – og dette ville me ha gjort annleis",
    ),
    "handover.no_notes": ("(Ingen notater ennå.)", "(No notes yet.)", "(Ingen notat enno.)"),
    "board.overdue": ("forfalt", "overdue", "forfalle"),
}
