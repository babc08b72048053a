"""User-facing strings: the live view of a running meeting on the phones. key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    # -- the live page (output/live.py) --------------------------------------------------------
    "live_view.agenda": ("Dagsorden", "Agenda", "Dagsorden"),
    "live_view.decisions": ("Vedtak", "Decisions", "Vedtak"),
    "live_view.tasks": ("Oppgaver", "Tasks", "Oppgåver"),
    "live_view.no_decisions": ("Ingen vedtak ennå.", "No decisions yet.", "Ingen vedtak enno."),
    "live_view.no_tasks": ("Ingen oppgaver ennå.", "No tasks yet.", "Ingen oppgåver enno."),
    "live_view.running": (
        "Møtet pågår · punkt {n} av {of}",
        "The meeting is on · item {n} of {of}",
        "Møtet held på · punkt {n} av {of}",
    ),
    "live_view.not_started": (
        "Møtet har ikke startet ennå.",
        "The meeting has not started yet.",
        "Møtet har ikkje starta enno.",
    ),
    "live_view.finished": (
        "Møtet er ferdig. Referatet kommer på denne siden når det deles.",
        "The meeting is over. The minutes appear on this page when they are shared.",
        "Møtet er ferdig. Referatet kjem på denne sida når det blir delt.",
    ),
    "live_view.now": ("nå", "now", "no"),
    "live_view.planned": ("{minutes} min", "{minutes} min", "{minutes} min"),
    "live_view.used": ("brukt {used} av {planned}", "used {used} of {planned}", "brukt {used} av {planned}"),
    "live_view.done": ("ferdig", "done", "ferdig"),
    "live_view.skipped": ("hoppet over", "skipped", "hoppa over"),
    "live_view.who": ("ansvarlig: {who}", "who: {who}", "ansvarleg: {who}"),
    "live_view.due": ("frist {date}", "due {date}", "frist {date}"),
    "live_view.updated": ("Oppdatert {time}.", "Updated {time}.", "Oppdatert {time}."),
    "live_view.footer": (
        "Direkte fra møtet, laget med kktui. Bare dagsorden, vedtak og oppgaver vises; notatene deles med referatet.",
        "Live from the meeting, made with kktui. Only the agenda, decisions and tasks are shown; notes come with the minutes.",
        "Direkte frå møtet, laga med kktui. Berre dagsorden, vedtak og oppgåver blir viste; notata blir delte med referatet.",
    ),
    # -- starting it (services/live.py, screens/views/live_share.py) ---------------------------
    "live_view.confidential": (
        "«{title}» er konfidensielt, så møtet har ingen direktevisning på telefonene.",
        "«{title}» is confidential, so the meeting has no live view on the phones.",
        "«{title}» er konfidensielt, så møtet har inga direktevising på telefonane.",
    ),
    "live_view.title": ("Direkte på telefonene", "Live on the phones", "Direkte på telefonane"),
    "live_view.scan": (
        "Skann koden for å følge møtet: dagsorden, vedtak og oppgaver, mens de skjer.",
        "Scan the code to follow the meeting: agenda, decisions and tasks as they happen.",
        "Skann koden for å følgje møtet: dagsorden, vedtak og oppgåver, medan dei skjer.",
    ),
    "live_view.followers": ("{n} følger nå", "{n} following now", "{n} følgjer no"),
    "live_view.still_on": (
        "Direktevisningen går videre; trykk F6 for koden igjen, x der for å stoppe.",
        "The live view goes on; press F6 for the code again, x there to stop it.",
        "Direktevisinga held fram; trykk F6 for koden igjen, x der for å stoppe.",
    ),
    "key.live_view": ("Direkte", "Live view", "Direkte"),
    "tip.live_view": (
        "Vis en QR-kode så alle i rommet kan følge møtet på mobilen",
        "Show a QR code so everyone in the room can follow the meeting on their phone",
        "Vis ein QR-kode så alle i rommet kan følgje møtet på mobilen",
    ),
    "tip.live_back": (
        "Tilbake til møtet; telefonene følger videre",
        "Back to the meeting; the phones keep following",
        "Tilbake til møtet; telefonane følgjer vidare",
    ),
}
