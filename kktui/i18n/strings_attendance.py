"""User-facing strings: attendance, a meeting's details, confidential tasks.

key -> (bokmål, English, nynorsk); a text whose words depend on a number has (singular, plural) per language.
"""

STRINGS: dict[str, tuple] = {
    # -- the minutes' header ------------------------------------------------------
    "min.chair": ("Møteleder", "Chair", "Møteleiar"),
    "min.minute_taker": ("Referent", "Minutes", "Referent"),
    "min.apologies": ("Forfall", "Apologies", "Forfall"),
    "min.guest": ("{name} (gjest)", "{name} (guest)", "{name} (gjest)"),
    # -- the details editor -------------------------------------------------------
    "key.details": ("Detaljer", "Details", "Detaljar"),
    "tip.details": (
        "Endre tittel, tid, sted, hvem som er til stede, møteleder, referent og om møtet er konfidensielt",
        "Change title, time, place, who is present, chair, minute-taker and whether it is confidential",
        "Endre tittel, tid, stad, kven som er til stades, møteleiar, referent og om møtet er konfidensielt",
    ),
    "tip.details_save": ("Lagre detaljene og lukk", "Save the details and close", "Lagre detaljane og lukk"),
    "details.title": ("Møtets detaljer", "Meeting details", "Detaljar om møtet"),
    "field.chair": ("Møteleder", "Chair", "Møteleiar"),
    "field.minute_taker": ("Referent", "Minute-taker", "Referent"),
    "field.confidential": ("Konfidensielt", "Confidential", "Konfidensielt"),
    "field.name_hint": ("navn", "name", "namn"),
    "details.present": (
        "{present} til stede · {apologies} forfall (ctrl+o)",
        "{present} present · {apologies} sent apologies (ctrl+o)",
        "{present} til stades · {apologies} forfall (ctrl+o)",
    ),
    "details.present_names": ("Til stede: {names}", "Present: {names}", "Til stades: {names}"),
    "details.confidential_hint": (
        "Konfidensielt: deles aldri med QR, og oppgavene holdes utenfor vanlige lister.",
        "Confidential: never shared by QR, and its tasks stay out of ordinary lists.",
        "Konfidensielt: blir aldri delt med QR, og oppgåvene blir haldne utanfor vanlege lister.",
    ),
    "details.keys": (
        "Enter neste felt, og lagrer i det siste · ctrl+o kryss av hvem som er til stede · Esc avbryt",
        "Enter next field, saves in the last · ctrl+o check off who is present · Esc cancel",
        "Enter neste felt, og lagrar i det siste · ctrl+o kryss av kven som er til stades · Esc avbryt",
    ),
    "details.no_title": (
        "Tittel: møtet må ha en tittel.",
        "Title: the meeting needs a title.",
        "Tittel: møtet må ha ein tittel.",
    ),
    "details.bad_field": ("{field}: {reason}.", "{field}: {reason}.", "{field}: {reason}."),
    "details.time_without_date": (
        "Dato: et klokkeslett trenger en dato; skriv f.eks. 15.12.",
        "Date: a time needs a date; write e.g. 15.12.",
        "Dato: eit klokkeslett treng ein dato; skriv t.d. 15.12.",
    ),
    "details.saved": ("Detaljene er lagret.", "The details are saved.", "Detaljane er lagra."),
    "attend.no_class": (
        "Møtet hører ikke til en klasse med klasseliste; skriv navnene i F3 først, eller legg dem til som gjester.",
        "The meeting has no class with a class list; add the people in F3 first, or add them as guests.",
        "Møtet høyrer ikkje til ein klasse med klasseliste; skriv namna i F3 først, eller legg dei til som gjester.",
    ),
    # -- the attendance picker ----------------------------------------------------
    "key.attendance": ("Oppmøte", "Attendance", "Oppmøte"),
    "tip.attendance": (
        "Kryss av hvem som er til stede og hvem som har meldt forfall",
        "Check off who is present and who sent apologies",
        "Kryss av kven som er til stades og kven som har meldt forfall",
    ),
    "key.mark_present": ("Til stede", "Present", "Til stades"),
    "tip.mark_present": (
        "Kryss av den markerte som til stede (igjen: fjern krysset); et navn ingen har blir gjest",
        "Mark the highlighted person present (again: clear it); a name nobody has becomes a guest",
        "Kryss av den markerte som til stades (igjen: fjern krysset); eit namn ingen har, blir gjest",
    ),
    "key.mark_apology": ("Forfall", "Apology", "Forfall"),
    "tip.mark_apology": (
        "Den markerte har meldt forfall (igjen: fjern det)",
        "The highlighted person sent apologies (again: clear it)",
        "Den markerte har meldt forfall (igjen: fjern det)",
    ),
    "key.add_guest": ("Gjest", "Guest", "Gjest"),
    "tip.add_guest": (
        "Legg til det du har skrevet som gjest",
        "Add what you typed as a guest",
        "Legg til det du har skrive, som gjest",
    ),
    "key.save_attendance": ("Lagre", "Save", "Lagre"),
    "tip.save_attendance": (
        "Lagre oppmøtet og lukk",
        "Save the attendance and close",
        "Lagre oppmøtet og lukk",
    ),
    "key.up": ("Opp", "Up", "Opp"),
    "key.down": ("Ned", "Down", "Ned"),
    "tip.attend_move": ("Velg en annen i lista", "Choose another one in the list", "Vel ein annan i lista"),
    "help.attendance": (
        "Kryss av hvem som er til stede fra klasselista. Skriv noen bokstaver av navnet (eller barnets navn) og trykk **Enter**; søket tømmes, så du kan skrive neste navn med en gang. **↑↓** velger i lista. **ctrl+f** betyr at den markerte har meldt forfall. Et navn som ikke står i lista blir lagt til som gjest med **Enter** (eller **ctrl+g**). Har møtet en ringeliste, er de som sa ja krysset av på forhånd. **ctrl+s** lagrer.",
        "Check off who is present from the class list. Type a few letters of the name (or the child's name) and press **Enter**; the search is cleared, so you can type the next name at once. **↑↓** choose in the list. **ctrl+f** means the highlighted person sent apologies. A name not on the list is added as a guest with **Enter** (or **ctrl+g**). If the meeting has a call list, those who said yes are ticked in advance. **ctrl+s** saves.",
        "Kryss av kven som er til stades, frå klasselista. Skriv nokre bokstavar av namnet (eller namnet til barnet) og trykk **Enter**; søket blir tømt, så du kan skrive neste namn med ein gong. **↑↓** vel i lista. **ctrl+f** tyder at den markerte har meldt forfall. Eit namn som ikkje står i lista, blir lagt til som gjest med **Enter** (eller **ctrl+g**). Har møtet ei ringjeliste, er dei som sa ja, kryssa av på førehand. **ctrl+s** lagrar.",
    ),
    "help.details": (
        "Møtets detaljer kan endres før, under og etter møtet: tittel, dato og klokkeslett, sted, møteleder og referent (de står øverst i referatet), og om møtet er konfidensielt. **Enter** går til neste felt og lagrer i det siste; **ctrl+o** krysser av hvem som er til stede.",
        "A meeting's details can be changed before, during and after it: title, date and time, place, chair and minute-taker (they head the minutes), and whether it is confidential. **Enter** moves to the next field and saves in the last; **ctrl+o** checks off who is present.",
        "Detaljane om møtet kan endrast før, under og etter møtet: tittel, dato og klokkeslett, stad, møteleiar og referent (dei står øvst i referatet), og om møtet er konfidensielt. **Enter** går til neste felt og lagrar i det siste; **ctrl+o** kryssar av kven som er til stades.",
    ),
    "attend.title": ("Til stede – {title}", "Present – {title}", "Til stades – {title}"),
    "attend.search_hint": (
        "skriv for å søke i navn og barn, eller navnet på en gjest",
        "type to search names and children, or a guest's name",
        "skriv for å søkje i namn og barn, eller namnet på ein gjest",
    ),
    "attend.counts": (
        "{present} til stede · {apologies} forfall · {n} i klasselista",
        "{present} present · {apologies} sent apologies · {n} on the class list",
        "{present} til stades · {apologies} forfall · {n} i klasselista",
    ),
    "attend.pre_ticked": (
        (
            "{n} forhåndskrysset: den som sa ja på ringelista.",
            "{n} forhåndskrysset: de som sa ja på ringelista.",
        ),
        (
            "{n} ticked in advance: the one who said yes on the call list.",
            "{n} ticked in advance: those who said yes on the call list.",
        ),
        (
            "{n} førehandskryssa: den som sa ja på ringjelista.",
            "{n} førehandskryssa: dei som sa ja på ringjelista.",
        ),
    ),
    "attend.keys": (
        "↑↓ velg · Enter til stede · ctrl+f forfall · ctrl+g gjest · ctrl+s lagre · Esc avbryt",
        "↑↓ choose · Enter present · ctrl+f apology · ctrl+g guest · ctrl+s save · Esc cancel",
        "↑↓ vel · Enter til stades · ctrl+f forfall · ctrl+g gjest · ctrl+s lagre · Esc avbryt",
    ),
    "attend.said_yes": ("sa ja", "said yes", "sa ja"),
    "attend.apology": ("forfall", "apologies", "forfall"),
    "attend.guest": ("gjest", "guest", "gjest"),
    "attend.none_found": (
        "Ingen i klasselista heter «{text}». Enter legger navnet til som gjest.",
        "Nobody on the class list is called «{text}». Enter adds the name as a guest.",
        "Ingen i klasselista heiter «{text}». Enter legg namnet til som gjest.",
    ),
    "attend.saved": (
        (
            "Oppmøtet er lagret: {present} til stede, {apologies} forfall.",
            "Oppmøtet er lagret: {present} til stede, {apologies} forfall.",
        ),
        (
            "Attendance saved: {present} present, {apologies} apology.",
            "Attendance saved: {present} present, {apologies} apologies.",
        ),
        (
            "Oppmøtet er lagra: {present} til stades, {apologies} forfall.",
            "Oppmøtet er lagra: {present} til stades, {apologies} forfall.",
        ),
    ),
    # -- F3: who has come this year -----------------------------------------------
    "col.attended": ("Møtt", "Came", "Møtt"),
    "people.not_come": (
        "Ikke møtt i år – inviter dem personlig: {names}",
        "Not at a meeting this year – invite them personally: {names}",
        "Ikkje møtt i år – inviter dei personleg: {names}",
    ),
    # -- confidential tasks on F4 -------------------------------------------------
    "key.confidential": ("Konfidensielle", "Confidential", "Konfidensielle"),
    "tip.filter_confidential": (
        "Vis eller skjul oppgaver fra konfidensielle møter",
        "Show or hide tasks from confidential meetings",
        "Vis eller skjul oppgåver frå konfidensielle møte",
    ),
    "board.confidential_hidden": (
        (
            "{n} oppgave fra konfidensielle møter er skjult – k viser den.",
            "{n} oppgaver fra konfidensielle møter er skjult – k viser dem.",
        ),
        (
            "{n} task from confidential meetings hidden – k shows it.",
            "{n} tasks from confidential meetings hidden – k shows them.",
        ),
        (
            "{n} oppgåve frå konfidensielle møte er skjult – k viser oppgåva.",
            "{n} oppgåver frå konfidensielle møte er skjulte – k viser dei.",
        ),
    ),
    "board.confidential_shown": (
        "Oppgaver fra konfidensielle møter vises, merket {mark} – k skjuler dem.",
        "Tasks from confidential meetings are shown, marked {mark} – k hides them.",
        "Oppgåver frå konfidensielle møte blir viste, merkte {mark} – k skjuler dei.",
    ),
    "board.confidential_mark": ("[konf.]", "[conf.]", "[konf.]"),
}
