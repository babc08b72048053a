"""User-facing strings: the live view of a running meeting on the phones. key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- the live page (output/live.py) --------------------------------------------------------
    "live_view.agenda": ("Dagsorden", "Agenda"),
    "live_view.decisions": ("Vedtak", "Decisions"),
    "live_view.tasks": ("Oppgaver", "Tasks"),
    "live_view.no_decisions": ("Ingen vedtak ennå.", "No decisions yet."),
    "live_view.no_tasks": ("Ingen oppgaver ennå.", "No tasks yet."),
    "live_view.running": ("Møtet pågår · punkt {n} av {of}", "The meeting is on · item {n} of {of}"),
    "live_view.not_started": ("Møtet har ikke startet ennå.", "The meeting has not started yet."),
    "live_view.finished": (
        "Møtet er ferdig. Referatet kommer på denne siden når det deles.",
        "The meeting is over. The minutes appear on this page when they are shared.",
    ),
    "live_view.now": ("nå", "now"),
    "live_view.planned": ("{minutes} min", "{minutes} min"),
    "live_view.used": ("brukt {used} av {planned}", "used {used} of {planned}"),
    "live_view.done": ("ferdig", "done"),
    "live_view.skipped": ("hoppet over", "skipped"),
    "live_view.who": ("ansvarlig: {who}", "who: {who}"),
    "live_view.due": ("frist {date}", "due {date}"),
    "live_view.updated": ("Oppdatert {time}.", "Updated {time}."),
    "live_view.footer": (
        "Direkte fra møtet, laget med kktui. Bare dagsorden, vedtak og oppgaver vises; notatene deles med referatet.",
        "Live from the meeting, made with kktui. Only the agenda, decisions and tasks are shown; notes come with the minutes.",
    ),
    # -- starting it (services/live.py, screens/views/live_share.py) ---------------------------
    "live_view.confidential": (
        "«{title}» er konfidensielt, så møtet har ingen direktevisning på telefonene.",
        "«{title}» is confidential, so the meeting has no live view on the phones.",
    ),
    "live_view.title": ("Direkte på telefonene", "Live on the phones"),
    "live_view.scan": (
        "Skann koden for å følge møtet: dagsorden, vedtak og oppgaver, mens de skjer.",
        "Scan the code to follow the meeting: agenda, decisions and tasks as they happen.",
    ),
    "live_view.followers": ("{n} følger nå", "{n} following now"),
    "live_view.still_on": (
        "Direktevisningen går videre; trykk F6 for koden igjen, x der for å stoppe.",
        "The live view goes on; press F6 for the code again, x there to stop it.",
    ),
    "key.live_view": ("Direkte", "Live view"),
    "tip.live_view": (
        "Vis en QR-kode så alle i rommet kan følge møtet på mobilen",
        "Show a QR code so everyone in the room can follow the meeting on their phone",
    ),
    "tip.live_back": (
        "Tilbake til møtet; telefonene følger videre",
        "Back to the meeting; the phones keep following",
    ),
}
