"""User-facing strings: private lines, HTML, sharing, publishing and the clipboard. key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    # -- private lines, HTML, sharing, publishing, clipboard (share.py, summary) ----------------
    "html.footer": (
        "Referat laget med kktui. Del det bare med dem som var med.",
        "Minutes made with kktui. Share them only with those who took part.",
        "Referat laga med kktui. Del det berre med dei som var med.",
    ),
    "share.confidential": (
        "«{title}» er konfidensielt og kan ikke deles med QR-kode, publiseres eller kopieres. Notatene blir på denne maskinen.",
        "«{title}» is confidential and cannot be shared by QR code, published or copied. The notes stay on this laptop.",
        "«{title}» er konfidensielt og kan ikkje delast med QR-kode, publiserast eller kopierast. Notata blir verande på denne maskinen.",
    ),
    "share.all_interfaces": (
        "kktui deler aldri på alle nettverk samtidig; velg én adresse med --host.",
        "kktui never shares on every network at once; choose one address with --host.",
        "kktui deler aldri på alle nettverk samtidig; vel éi adresse med --host.",
    ),
    "share.host_multicast": (
        "«{host}» er en gruppeadresse (multicast), ikke en adresse på denne maskinen; velg én adresse med --host.",
        "«{host}» is a group (multicast) address, not an address of this laptop; choose one address with --host.",
        "«{host}» er ei gruppeadresse (multicast), ikkje ei adresse på denne maskinen; vel éi adresse med --host.",
    ),
    "share.host_broadcast": (
        "«{host}» er kringkastingsadressen til hele nettet, ikke en adresse på denne maskinen; velg én adresse med --host.",
        "«{host}» is the broadcast address of the whole network, not an address of this laptop; choose one address with --host.",
        "«{host}» er kringkastingsadressa til heile nettet, ikkje ei adresse på denne maskinen; vel éi adresse med --host.",
    ),
    "share.host_unknown": (
        "«{host}» er ikke en adresse eller et navn denne maskinen kjenner; velg én adresse med --host.",
        "«{host}» is not an address or a name this laptop knows; choose one address with --host.",
        "«{host}» er ikkje ei adresse eller eit namn denne maskinen kjenner; vel éi adresse med --host.",
    ),
    "share.cannot_listen": (
        "Kunne ikke starte delingen på {host}:{port}: {reason}.",
        "Could not start sharing on {host}:{port}: {reason}.",
        "Kunne ikkje starte delinga på {host}:{port}: {reason}.",
    ),
    "share.title": ("Del referatet", "Share the minutes", "Del referatet"),
    "share.scan": (
        "Skann koden med mobilkameraet for å åpne referatet.",
        "Scan the code with a phone camera to open the minutes.",
        "Skann koden med mobilkameraet for å opne referatet.",
    ),
    "share.same_network": (
        "Bare telefoner på samme nettverk kommer inn, og bare mens koden vises.",
        "Only phones on the same network get in, and only while the code is shown.",
        "Berre telefonar på same nettverk kjem inn, og berre medan koden blir vist.",
    ),
    "share.address": (
        "Adresse (velg en annen hvis telefonene ikke kommer inn):",
        "Address (pick another if the phones cannot get in):",
        "Adresse (vel ei anna dersom telefonane ikkje kjem inn):",
    ),
    "share.time_left": (
        "Stopper om {left}  (+ / − endrer)",
        "Stops in {left}  (+ / − to change)",
        "Stoppar om {left}  (+ / − endrar)",
    ),
    "share.opens": ("Antall åpninger: {n}", "Times opened: {n}", "Tal på opningar: {n}"),
    "share.left_out": (
        ("{n} privat linje er holdt utenfor.", "{n} private linjer er holdt utenfor."),
        ("{n} private line is left out.", "{n} private lines are left out."),
        ("{n} privat linje er halden utanfor.", "{n} private linjer er haldne utanfor."),
    ),
    "share.stopped": (
        "Delingen er stoppet.\n\nTrykk s for å dele på nytt.",
        "Sharing has stopped.\n\nPress s to share again.",
        "Delinga er stoppa.\n\nTrykk s for å dele på nytt.",
    ),
    "share.timed_out": (
        "Tiden er ute: delingen er stoppet.",
        "Time is up: sharing has stopped.",
        "Tida er ute: delinga er stoppa.",
    ),
    "share.ended": ("Delingen er stoppet.", "Sharing has stopped.", "Delinga er stoppa."),
    "share.updated": (
        "Referatet som deles er oppdatert.",
        "The shared minutes are updated.",
        "Referatet som blir delt, er oppdatert.",
    ),
    "share.svg_saved": (
        "QR-koden er lagret som {path}",
        "The QR code was saved as {path}",
        "QR-koden er lagra som {path}",
    ),
    "share.cli_open": ("Åpne på mobilen: {url}", "Open on a phone: {url}", "Opne på mobilen: {url}"),
    "share.cli_until": (
        "Deles til kl. {time} ({minutes} min). Ctrl+C stopper nå.",
        "Shared until {time} ({minutes} min). Ctrl+C stops it now.",
        "Blir delt til kl. {time} ({minutes} min). Ctrl+C stoppar no.",
    ),
    "share.cli_other": (
        "Andre adresser på denne maskinen (velg med --host): {addresses}",
        "Other addresses on this laptop (choose with --host): {addresses}",
        "Andre adresser på denne maskinen (vel med --host): {addresses}",
    ),
    "share.cli_opens": ("Antall åpninger: {n}", "Times opened: {n}", "Tal på opningar: {n}"),
    "share.cli_bad_minutes": (
        "--minutes må være større enn 0 og høyst {max}.",
        "--minutes must be more than 0 and at most {max}.",
        "--minutes må vere større enn 0 og høgst {max}.",
    ),
    "publish.title": ("Publiser referatet", "Publish the minutes", "Publiser referatet"),
    "publish.scan": (
        "Skann koden for å åpne referatet der gruppa har det på nett.",
        "Scan the code to open the minutes where the group keeps them online.",
        "Skann koden for å opne referatet der gruppa har det på nett.",
    ),
    "publish.where": (
        "Fila ligger i {path} og blir der til du sletter den.",
        "The file is {path} and stays there until you delete it.",
        "Fila ligg i {path} og blir verande der til du slettar ho.",
    ),
    "publish.not_configured": (
        "Publisering er ikke satt opp: skriv publish_folder og publish_base_url i settings.json i datamappen.",
        "Publishing is not set up: put publish_folder and publish_base_url in settings.json in the data folder.",
        "Publisering er ikkje sett opp: skriv publish_folder og publish_base_url i settings.json i datamappa.",
    ),
    "publish.bad_base_url": (
        "Nettadressen «{url}» må starte med http:// eller https://.",
        "The web address «{url}» must start with http:// or https://.",
        "Nettadressa «{url}» må starte med http:// eller https://.",
    ),
    "publish.no_folder": (
        "Publiseringsmappen {path} finnes ikke.",
        "The publishing folder {path} does not exist.",
        "Publiseringsmappa {path} finst ikkje.",
    ),
    "publish.cannot_write": (
        "Kunne ikke skrive {path}: {reason}.",
        "Could not write {path}: {reason}.",
        "Kunne ikkje skrive {path}: {reason}.",
    ),
    "publish.cli_done": (
        "Publisert: {url} (fila: {path})",
        "Published: {url} (the file: {path})",
        "Publisert: {url} (fila: {path})",
    ),
    "summary.left_out": (
        "Privat – holdes utenfor alt som deles og eksporteres ({n}):",
        "Private – left out of everything shared and exported ({n}):",
        "Privat – blir halde utanfor alt som blir delt og eksportert ({n}):",
    ),
    "summary.copied": (
        "Referatet er sendt til utklippstavla, hvis terminalen tillater det. Det er også lagret i {path}.",
        "The minutes were sent to the clipboard, if the terminal allows it. They are also saved in {path}.",
        "Referatet er sendt til utklippstavla, dersom terminalen tillèt det. Det er òg lagra i {path}.",
    ),
    "summary.copy_unsupported": (
        "Denne terminalen kan ikke kopiere til utklippstavla. Referatet er lagret i {path}; kopier det derfra.",
        "This terminal cannot copy to the clipboard. The minutes are saved in {path}; copy them from there.",
        "Denne terminalen kan ikkje kopiere til utklippstavla. Referatet er lagra i {path}; kopier det derifrå.",
    ),
    "summary.copy_failed": (
        "Kunne ikke kopiere ({reason}). Referatet er lagret i {path}.",
        "Could not copy ({reason}). The minutes are saved in {path}.",
        "Kunne ikkje kopiere ({reason}). Referatet er lagra i {path}.",
    ),
    "live.private_on": (
        "Linjen er privat: den blir i kktui og deles aldri.",
        "The line is private: it stays in kktui and is never shared.",
        "Linja er privat: ho blir verande i kktui og blir aldri delt.",
    ),
    "live.private_off": (
        "Linjen er ikke lenger privat.",
        "The line is no longer private.",
        "Linja er ikkje lenger privat.",
    ),
    "key.share": ("Del", "Share", "Del"),
    "tip.share": (
        "Vis en QR-kode så alle i rommet får referatet på mobilen",
        "Show a QR code so everyone in the room gets the minutes on their phone",
        "Vis ein QR-kode, så alle i rommet får referatet på mobilen",
    ),
    "key.export_html": ("HTML", "HTML", "HTML"),
    "tip.export_html": (
        "Lagre referatet som en HTML-side (for mobil og utskrift) i eksportmappen",
        "Save the minutes as an HTML page (for phones and printing) in the exports folder",
        "Lagre referatet som ei HTML-side (for mobil og utskrift) i eksportmappa",
    ),
    "key.copy": ("Kopier", "Copy", "Kopier"),
    "tip.copy": (
        "Kopier referatet som Markdown, til Spond eller e-post (lagres også som fil)",
        "Copy the minutes as Markdown, for Spond or e-mail (also saved as a file)",
        "Kopier referatet som Markdown, til Spond eller e-post (blir òg lagra som fil)",
    ),
    "key.publish": ("Publiser", "Publish", "Publiser"),
    "tip.publish": (
        "Legg referatet i publiseringsmappen og vis en QR-kode til nettadressen",
        "Put the minutes in the publishing folder and show a QR code of their web address",
        "Legg referatet i publiseringsmappa og vis ein QR-kode til nettadressa",
    ),
    "key.private": ("Privat", "Private", "Privat"),
    "tip.private": (
        "Merk linjen som privat (!!), eller ta merket bort: private linjer deles aldri",
        "Mark the line private (!!), or unmark it: private lines are never shared",
        "Merk linja som privat (!!), eller ta merket bort: private linjer blir aldri delte",
    ),
    "key.share_again": ("Oppdater", "Update", "Oppdater"),
    "tip.share_again": (
        "Del referatet slik det er nå (ny lenke hvis delingen var stoppet)",
        "Share the minutes as they are now (a new link if sharing had stopped)",
        "Del referatet slik det er no (ny lenkje dersom delinga var stoppa)",
    ),
    "key.more_time": ("Lenger", "Longer", "Lenger"),
    "tip.more_time": ("Del fem minutter lenger", "Share five minutes longer", "Del fem minutt lenger"),
    "key.less_time": ("Kortere", "Shorter", "Kortare"),
    "tip.less_time": (
        "Stopp delingen fem minutter tidligere",
        "Stop sharing five minutes sooner",
        "Stopp delinga fem minutt tidlegare",
    ),
    "key.save_svg": ("SVG", "SVG", "SVG"),
    "tip.save_svg": (
        "Lagre QR-koden som SVG, for projektor eller e-post",
        "Save the QR code as SVG, for a projector or e-mail",
        "Lagre QR-koden som SVG, for projektor eller e-post",
    ),
    "key.stop_share": ("Stopp", "Stop", "Stopp"),
    "tip.stop_share": (
        "Stopp delingen og gå tilbake til referatet",
        "Stop sharing and go back to the minutes",
        "Stopp delinga og gå tilbake til referatet",
    ),
    "help.share": (
        "Snu skjermen mot rommet: alle som skanner koden får referatet på mobilen, uten konto og uten sky. Siden ligger bare på denne maskinen, bak en lenke ingen kan gjette, og bare mens koden vises: den stopper når tiden er ute, når du trykker **Esc**, og når kktui lukkes. Private linjer (`!!`) og konfidensielle møter deles aldri. Kommer ikke telefonene inn, velg en annen adresse i lista (Wi-Fi, ikke VPN).",
        "Turn the screen to the room: everyone who scans the code gets the minutes on their phone, with no account and no cloud. The page lives only on this laptop, behind a link no one can guess, and only while the code is shown: it stops when time is up, when you press **Esc**, and when kktui closes. Private lines (`!!`) and confidential meetings are never shared. If the phones cannot get in, pick another address in the list (Wi-Fi, not VPN).",
        "Snu skjermen mot rommet: alle som skannar koden, får referatet på mobilen, utan konto og utan sky. Sida ligg berre på denne maskinen, bak ei lenkje ingen kan gjette, og berre medan koden blir vist: ho stoppar når tida er ute, når du trykkjer **Esc**, og når kktui blir lukka. Private linjer (`!!`) og konfidensielle møte blir aldri delte. Kjem ikkje telefonane inn, vel ei anna adresse i lista (Wi-Fi, ikkje VPN).",
    ),
}
