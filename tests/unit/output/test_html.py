"""The HTML minutes: whatever was typed in the meeting, the page shows it as text and runs nothing."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kktui.output.html import CSP, STYLE, link_allowed, minutes_html
from support.hostile import LONG, hostile_meeting

T0 = 1_800_000_000.0


class PageParser(HTMLParser):
    """Collects what a browser would build: elements, attributes, visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data) -> None:
        if not self._skip:
            self.text.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def test_hostile_notes_become_harmless_text() -> None:
    meeting, tasks = hostile_meeting()
    page = minutes_html(meeting, tasks, T0)
    parsed = parse(page)
    tags = [tag for tag, _ in parsed.tags]

    # Nothing that can run, load or frame anything.
    assert "script" not in tags and "iframe" not in tags and "img" not in tags
    assert tags.count("style") == 1  # ours only
    for _, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    # An image becomes a plain link: shown, never fetched by itself.
    assert hrefs == [
        "https://tracker.example/pixel.png",
        "https://skole.example.no/4b",
        "mailto:kontakt@skole.example.no",
    ]
    for tag, attrs in parsed.tags:
        if tag == "a":
            assert attrs["rel"] == "noopener noreferrer"

    # ... and still readable: what was typed is shown, escaped.
    text = "".join(parsed.text)
    assert "<script>alert('notes')</script>" in text
    assert "<img src=x onerror=\"alert('img')\">" in text
    assert "Vi kjøper <img src=x onerror=alert('decision')> kaffe" in text
    assert "Bestille <script>x()</script> container" in text
    assert "Dugnad <b>viktig</b>" in text
    assert "klikk her" in text and "skjult" in text
    assert "Blåbærsyltetøy på dugnaden 🎉 – ÆØÅ æøå «sitat» & 5 < 6 > 4" in text
    assert "Kari <Nordmann>" in text and "Ola 🙂" in text
    assert 'Ola "O\'Hara"' in text
    assert LONG in text
    assert "<title>Foreldremøte 4B &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</title>" in page


def test_the_page_is_whole_self_contained_and_locked_down() -> None:
    meeting, tasks = hostile_meeting()
    page = minutes_html(meeting, tasks, T0)
    assert page.startswith('<!doctype html>\n<html lang="nb">')
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert page.rstrip().endswith("</html>")
    # No external resources at all: no src= anywhere, no stylesheet links, no @import.
    assert not re.search(r"\ssrc\s*=", page.split("<main>")[0])
    assert "<link" not in page and "@import" not in STYLE and "url(" not in STYLE
    assert "default-src 'none'" in CSP and "script-src" not in CSP and "unsafe-inline" not in CSP
    assert 'http-equiv="Content-Security-Policy"' in page
    # Long words wrap on a phone; A4 print rules are there.
    assert "overflow-wrap:anywhere" in STYLE and "@page{size:A4" in STYLE and "@media print" in STYLE


def test_everything_the_minutes_promise_is_on_the_page() -> None:
    meeting, tasks = hostile_meeting()
    text = "".join(parse(minutes_html(meeting, tasks, T0)).text)
    for expected in [
        "Dato: 21.11.2026 kl. 18:00",
        'Sted: Aulaen "stor" & <liten>',
        "Klasse: 4B",
        "Til stede: Kari <Nordmann>, Ola 🙂",
        "Vedtak",
        "Oppgaver",
        "ansvarlig: Ola",
        "frist 01.12.2026",
        "Referat",
    ]:
        assert expected in text, expected


def test_english_meeting_gives_an_english_page() -> None:
    meeting, tasks = hostile_meeting()
    meeting.lang = "en"
    page = minutes_html(meeting, tasks, T0)
    assert '<html lang="en">' in page
    text = "".join(parse(page).text)
    assert "Decisions" in text and "Tasks" in text and "owner: Ola" in text and "Vedtak" not in text


def test_only_web_and_mail_links_are_allowed() -> None:
    for url in ["https://a.no", "http://a.no/x?y=1", "mailto:a@b.no", "HTTPS://A.NO"]:
        assert link_allowed(url), url
    for url in [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "JAVASCRIPT:x",
        "vbscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "../kktui.json",
        "/abs",
        "#top",
        "//evil.example/x",
        "",
    ]:
        assert not link_allowed(url), url
