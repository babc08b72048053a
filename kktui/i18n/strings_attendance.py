"""User-facing strings: attendance, a meeting's details, confidential tasks. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- the minutes' header ------------------------------------------------------
    "min.chair": ("Møteleder", "Chair"),
    "min.minute_taker": ("Referent", "Minutes"),
    "min.apologies": ("Forfall", "Apologies"),
    "min.guest": ("{name} (gjest)", "{name} (guest)"),
    # -- the details editor -------------------------------------------------------
    "key.details": ("Detaljer", "Details"),
    "tip.details": (
        "Endre tittel, tid, sted, hvem som er til stede, møteleder, referent og om møtet er konfidensielt",
        "Change title, time, place, who is present, chair, minute-taker and whether it is confidential",
    ),
    "tip.details_save": ("Lagre detaljene og lukk", "Save the details and close"),
    "details.title": ("Møtets detaljer", "Meeting details"),
    "field.chair": ("Møteleder", "Chair"),
    "field.minute_taker": ("Referent", "Minute-taker"),
    "field.confidential": ("Konfidensielt", "Confidential"),
    "field.name_hint": ("navn", "name"),
    "details.present": (
        "{present} til stede · {apologies} forfall (ctrl+o)",
        "{present} present · {apologies} sent apologies (ctrl+o)",
    ),
    "details.present_names": ("Til stede: {names}", "Present: {names}"),
    "details.confidential_hint": (
        "Konfidensielt: deles aldri med QR, og oppgavene holdes utenfor vanlige lister.",
        "Confidential: never shared by QR, and its tasks stay out of ordinary lists.",
    ),
    "details.keys": (
        "Enter neste felt, og lagrer i det siste · ctrl+o kryss av hvem som er til stede · Esc avbryt",
        "Enter next field, saves in the last · ctrl+o check off who is present · Esc cancel",
    ),
    "details.no_title": ("Tittel: møtet må ha en tittel.", "Title: the meeting needs a title."),
    "details.bad_field": ("{field}: {reason}.", "{field}: {reason}."),
    "details.time_without_date": (
        "Dato: et klokkeslett trenger en dato; skriv f.eks. 15.12.",
        "Date: a time needs a date; write e.g. 15.12.",
    ),
    "details.saved": ("Detaljene er lagret.", "The details are saved."),
    "attend.no_class": (
        "Møtet hører ikke til en klasse med klasseliste; skriv navnene i F3 først, eller legg dem til som gjester.",
        "The meeting has no class with a class list; add the people in F3 first, or add them as guests.",
    ),
    # -- the attendance picker ----------------------------------------------------
    "key.attendance": ("Oppmøte", "Attendance"),
    "tip.attendance": (
        "Kryss av hvem som er til stede og hvem som har meldt forfall",
        "Check off who is present and who sent apologies",
    ),
    "key.mark_present": ("Til stede", "Present"),
    "tip.mark_present": (
        "Kryss av den markerte som til stede (igjen: fjern krysset); et navn ingen har blir gjest",
        "Mark the highlighted person present (again: clear it); a name nobody has becomes a guest",
    ),
    "key.mark_apology": ("Forfall", "Apology"),
    "tip.mark_apology": (
        "Den markerte har meldt forfall (igjen: fjern det)",
        "The highlighted person sent apologies (again: clear it)",
    ),
    "key.add_guest": ("Gjest", "Guest"),
    "tip.add_guest": ("Legg til det du har skrevet som gjest", "Add what you typed as a guest"),
    "key.save_attendance": ("Lagre", "Save"),
    "tip.save_attendance": ("Lagre oppmøtet og lukk", "Save the attendance and close"),
    "key.up": ("Opp", "Up"),
    "key.down": ("Ned", "Down"),
    "tip.attend_move": ("Velg en annen i lista", "Choose another one in the list"),
    "help.attendance": (
        "Kryss av hvem som er til stede fra klasselista. Skriv noen bokstaver av navnet (eller barnets navn) og trykk **Enter**; søket tømmes, så du kan skrive neste navn med en gang. **↑↓** velger i lista. **ctrl+f** betyr at den markerte har meldt forfall. Et navn som ikke står i lista blir lagt til som gjest med **Enter** (eller **ctrl+g**). Har møtet en ringeliste, er de som sa ja krysset av på forhånd. **ctrl+s** lagrer.",
        "Check off who is present from the class list. Type a few letters of the name (or the child's name) and press **Enter**; the search is cleared, so you can type the next name at once. **↑↓** choose in the list. **ctrl+f** means the highlighted person sent apologies. A name not on the list is added as a guest with **Enter** (or **ctrl+g**). If the meeting has a call list, those who said yes are ticked in advance. **ctrl+s** saves.",
    ),
    "help.details": (
        "Møtets detaljer kan endres før, under og etter møtet: tittel, dato og klokkeslett, sted, møteleder og referent (de står øverst i referatet), og om møtet er konfidensielt. **Enter** går til neste felt og lagrer i det siste; **ctrl+o** krysser av hvem som er til stede.",
        "A meeting's details can be changed before, during and after it: title, date and time, place, chair and minute-taker (they head the minutes), and whether it is confidential. **Enter** moves to the next field and saves in the last; **ctrl+o** checks off who is present.",
    ),
    "attend.title": ("Til stede – {title}", "Present – {title}"),
    "attend.search_hint": (
        "skriv for å søke i navn og barn, eller navnet på en gjest",
        "type to search names and children, or a guest's name",
    ),
    "attend.counts": (
        "{present} til stede · {apologies} forfall · {n} i klasselista",
        "{present} present · {apologies} sent apologies · {n} on the class list",
    ),
    "attend.pre_ticked": (
        "{n} forhåndskrysset: de som sa ja på ringelista.",
        "{n} ticked in advance: those who said yes on the call list.",
    ),
    "attend.keys": (
        "↑↓ velg · Enter til stede · ctrl+f forfall · ctrl+g gjest · ctrl+s lagre · Esc avbryt",
        "↑↓ choose · Enter present · ctrl+f apology · ctrl+g guest · ctrl+s save · Esc cancel",
    ),
    "attend.said_yes": ("sa ja", "said yes"),
    "attend.apology": ("forfall", "apologies"),
    "attend.guest": ("gjest", "guest"),
    "attend.none_found": (
        "Ingen i klasselista heter «{text}». Enter legger navnet til som gjest.",
        "Nobody on the class list is called «{text}». Enter adds the name as a guest.",
    ),
    "attend.saved": (
        "Oppmøtet er lagret: {present} til stede, {apologies} forfall.",
        "Attendance saved: {present} present, {apologies} apologies.",
    ),
    # -- F3: who has come this year -----------------------------------------------
    "col.attended": ("Møtt", "Came"),
    "people.not_come": (
        "Ikke møtt i år – inviter dem personlig: {names}",
        "Not at a meeting this year – invite them personally: {names}",
    ),
    # -- confidential tasks on F4 -------------------------------------------------
    "key.confidential": ("Konfidensielle", "Confidential"),
    "tip.filter_confidential": (
        "Vis eller skjul oppgaver fra konfidensielle møter",
        "Show or hide tasks from confidential meetings",
    ),
    "board.confidential_hidden": (
        "{n} oppgave(r) fra konfidensielle møter er skjult – k viser dem.",
        "{n} task(s) from confidential meetings hidden – k shows them.",
    ),
    "board.confidential_shown": (
        "Oppgaver fra konfidensielle møter vises, merket {mark} – k skjuler dem.",
        "Tasks from confidential meetings are shown, marked {mark} – k hides them.",
    ),
    "board.confidential_mark": ("[konf.]", "[conf.]"),
}
