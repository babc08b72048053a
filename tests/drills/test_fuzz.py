"""Bad input, generated: class lists in any shape and minutes with anything typed into them.

- The class-list importer gets bytes in any encoding (or none), any delimiter, stray and
  unbalanced quotes, blank lines, an Excel `sep=` line, huge cells. It must either read
  the file or raise its own ClassListError with one sentence; never anything else.
- The HTML minutes get notes, decisions, tasks, titles and names with script tags, event
  handlers, javascript: links (plain, mixed case, entity-encoded, autolinks, reference
  links) and everything else Markdown and HTML offer. The page, parsed the way a browser
  would, must hold no executable element, no on*= attribute and no link but http, https
  and mailto; and every decision must be on it, as text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.output.html import STYLE, minutes_html, render_html
from kktui.output.minutes import render_markdown
from kktui.school.csv_import import apply, read_class_list, summary
from kktui.school.csv_read import ClassListError
from kktui.school.model import Person

NOW = 1_795_284_000.0
FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# -- class lists ------------------------------------------------------------------------------

HEADER_WORDS = [
    "Foresatt",
    "Foresatt 2",
    "Navn",
    "Elev",
    "Barn",
    "Telefon",
    "Tlf foresatt 2",
    "E-post",
    "Språk",
    "Tolk",
    "Mor",
    "Far",
    "Fornavn",
    "Etternavn",
    "Elevens fornavn",
    "Guardian",
    "Child",
    "Phone",
    "Email",
    "Interpreter",
    "Notes",
    "Klasseliste 4B",
    "",
    "Merknad",
]
VALUES = [
    "Kari Nordmann",
    "Ola",
    "Per Hansen",
    "Åse Øvergård",
    "98765432",
    "+47 987 65 432",
    "0047 98765432",
    "9,87654E+07",
    "12",
    "kari@example.no",
    "ikke-epost",
    "ja",
    "nei",
    "kanskje",
    "x",
    "arabisk / somali",
    "norsk og engelsk",
    "",
    " ",
    "#N/A",
    "=SUM(A1)",
    "٩٨٧٦٥٤٣٢",
]
CELL_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
DELIMS = st.sampled_from([";", ",", "\t", "|", " ", ":", '"', "'", "x", "\x00", "é"])
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "cp1252",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "latin-1",
    "cp437",
    "utf-32",
    "mac_roman",
]


@st.composite
def cells(draw) -> str:
    kind = draw(st.integers(0, 9))
    if kind < 3:
        text = draw(st.sampled_from(HEADER_WORDS + VALUES))
    elif kind < 8:
        text = draw(CELL_TEXT)
    elif kind == 8:
        text = draw(st.sampled_from(["a", "Kari ", "9"])) * draw(st.sampled_from([5_000, 140_000]))  # huge
    else:
        text = draw(st.sampled_from(['"', '""', '"Kari', 'Kari"', '"a""b"', '"\n"', "\r", "\n\n"]))
    if draw(st.booleans()) and '"' not in text:
        text = f'"{text}"'  # quoted, as spreadsheets do
    return text


@st.composite
def class_list_text(draw) -> str:
    delim = draw(DELIMS)
    rows = draw(st.lists(st.lists(cells(), max_size=8), max_size=12))
    if draw(st.booleans()):  # a header the importer understands, somewhere near the top
        rows.insert(
            draw(st.integers(0, min(3, len(rows)))),
            draw(st.lists(st.sampled_from(HEADER_WORDS), min_size=1, max_size=6)),
        )
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [delim.join(row) for row in rows]
    for _ in range(draw(st.integers(0, 3))):  # blank lines anywhere
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["", "   ", delim * 3])))
    if draw(st.booleans()):
        lines.insert(0, "sep=" + draw(st.sampled_from([";", ",", "\t", '"', " ", "", "ab", "\x00", "é"])))
    return newline.join(lines) + draw(st.sampled_from(["", newline]))


@st.composite
def class_list_bytes(draw) -> bytes:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=400))  # not text at all
    text = draw(class_list_text())
    raw = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    cut = draw(st.integers(0, 3))
    if cut == 1 and raw:  # a file cut off mid-character (a copy that did not finish)
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif cut == 2:
        raw = draw(st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b""])) + raw
    return raw


EXISTING = [
    Person(name="Kari Nordmann", phone="98765432", email="kari@example.no", class_id="c1"),
    Person(name="Per Hansen", class_id="c1"),
]


@FUZZ
@given(raw=class_list_bytes())
@example(raw=b'"Tlf\nmobil";Elev\n98765432;Per\n')  # a header cell on two lines, no name column
@example(raw=b"\xff\xfeF\x00o\x00r\x00e\x00s\x00a\x00t\x00t\x00\n")  # UTF-16 cut off mid-character
@example(raw=b'sep="\nForesatt"Telefon\nKari"98765432\n')  # Excel's sep= naming the quote
def test_a_class_list_is_read_or_refused_in_one_sentence_never_anything_else(tmp_path_factory, raw: bytes):
    path = tmp_path_factory.mktemp("csv") / "klasseliste.csv"
    path.write_bytes(raw)
    try:
        preview = read_class_list(path, EXISTING, "c1")
    except ClassListError as exc:
        message = str(exc)
        assert message.strip(), "an error with no message"
        assert "\n" not in message.strip(), f"not one sentence: {message!r}"
        assert "klasseliste.csv" in message, message  # it says which file
        return
    # Read: every row is a person with a name or a rejection with a line number in the file.
    lines = max(1, len(raw.splitlines()) + 1)
    for row in preview.rows:
        assert row.person.name.strip()
        assert 1 <= row.line <= lines
    for rejected in preview.rejected:
        assert 1 <= rejected.line <= lines
        assert rejected.reason.strip()
    new, changed = apply(preview, update=True)
    assert len(new) + len(changed) <= len(preview.rows)
    assert all(line.strip() for line in summary(preview, True, True, "4B"))


# -- the HTML minutes -------------------------------------------------------------------------

ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    "[klikk](javascript:alert(1))",
    "[klikk](JaVaScRiPt:alert(1))",
    "[klikk](java&#115;cript:alert(1))",
    "[klikk](&#106;avascript:alert(1))",
    "[k](java\tscript:alert(1))",
    "[k]( javascript:alert(1))",
    "[k](vbscript:msgbox(1))",
    "[k](data:text/html;base64,PHNjcmlwdD4=)",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "[k](<javascript:alert(1)>)",
    "![i](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "<object data=x.swf>",
    "<embed src=x>",
    "<form action=https://evil.example><input name=q></form>",
    "<meta http-equiv=refresh content=0;url=x>",
    "<base href=https://evil.example/>",
    "<link rel=stylesheet href=x>",
    "<style>*{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">',
    "<a href='x' onclick='alert(1)'>x</a>",
    "<!-- <script>alert(1)</script> -->",
    "```html\n<script>alert(1)</script>\n```",
    "    <script>x</script>",
    "<b onmouseover=alert(1)>hover</b>",
    "<details open ontoggle=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "</style><script>x</script>",
    '[k](https://ok.example "title" onmouseover=alert(1))',
    "<https://ok.example>",
    "<kari@example.no>",
    "[e-post](mailto:kari@example.no)",
    "| a | b |\n|---|---|\n| <script>x</script> | c |",
    "\\<script>alert(1)\\</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<scr<script>ipt>alert(1)</script>",
    "!! privat <script>x</script>",
    "!!!\n<script>x</script>\n!!!",
    "[privat] hemmelig",
]
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
MESSY = st.lists(st.one_of(st.sampled_from(ATTACKS), ANY_TEXT), max_size=6).map(
    lambda parts: "\n".join(parts)
)
# Decisions are typed on one line. Their text must survive as text: letters and digits of any
# script, and the characters HTML cares about, but not Markdown's own inline syntax
# (*, _, `, [, ], \, ~, entities), which formats by design.
PLAIN = st.characters(codec="utf-8", categories=["L", "N", "Zs"], exclude_characters="\x85\u2028\u2029")
DECISION_PIECES = st.one_of(
    st.text(alphabet=st.one_of(PLAIN, st.sampled_from(list("<>\"'=/&!?.,:()%+-#|{}$^"))), max_size=30),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "onclick=alert(1)",
            "</title>",
            "<!-- x -->",
            "<b>fet</b>",
            "a < b > c",
            "5 & 6",
            "\"'",
            "Kari & Ola",
            "100 % sikkert",
        ]
    ),
)
DECISION = st.builds(
    lambda first, rest: first + "".join(rest),
    st.sampled_from(["Vedtak", "Vi", "Klassen", "Æ", "Z", "1 Vi"]),
    st.lists(DECISION_PIECES, max_size=5),
).map(lambda s: " ".join(s.split()))

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "s",
}
LINK_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset"}


class Page(HTMLParser):
    """What a browser would build from the page: elements, their attributes, the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in = ""

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title", "script"):
            self._in = tag

    def handle_startendtag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag) -> None:
        if tag == self._in:
            self._in = ""

    def handle_data(self, data) -> None:
        if self._in == "style":
            self.styles.append(data)
        elif not self._in:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def scheme_of(url: str) -> str:
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f").lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else ""


def check_harmless(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert "<script" not in html.lower()
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, f"element <{tag}> on the page"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...>"
            if name in LINK_ATTRS:
                assert tag == "a" and name == "href", f"<{tag} {name}={value!r}>"
                assert value == "" or scheme_of(value or "") in ("http", "https", "mailto"), value
            if name == "style":
                assert re.fullmatch(r"text-align:(left|right|center)", value or ""), value
        if tag == "meta":
            assert attrs.get("http-equiv") in (None, "Content-Security-Policy"), attrs
    assert [t for t, _ in page.tags].count("style") == 1 and page.styles == [STYLE]
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0]
    return page


@st.composite
def meetings(draw) -> tuple[Meeting, list[Task], list[str]]:
    steps = [
        AgendaStep(
            draw(st.one_of(st.sampled_from(["Velkommen", "Dugnad"]), ANY_TEXT)) or "Punkt",
            draw(st.integers(1, 30)),
            notes=draw(MESSY),
            status="done",
            elapsed_seconds=60,
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    meeting = Meeting(
        title=draw(st.one_of(st.just("Foreldremøte 4B"), ANY_TEXT)) or "Møte",
        lang=draw(st.sampled_from(["nb", "en"])),
        date="2026-11-21",
        time="18:00",
        place=draw(ANY_TEXT),
        class_name=draw(ANY_TEXT),
        attendees=draw(st.lists(ANY_TEXT, max_size=3)),
        steps=steps,
        status="finished",
    )
    plain = draw(st.lists(DECISION, min_size=1, max_size=3))
    messy = draw(st.lists(st.one_of(st.sampled_from(ATTACKS), ANY_TEXT), max_size=2))
    for text in plain + messy:
        meeting.decisions.append(Decision(text, step_id=draw(st.sampled_from(steps)).id))
    tasks = [
        Task(
            draw(MESSY) or "Oppgave",
            owner=draw(ANY_TEXT),
            due=draw(st.sampled_from([None, "2026-12-01"])),
            meeting_id=meeting.id,
            step_id=draw(st.sampled_from(steps)).id,
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return meeting, tasks, plain


@FUZZ
@given(case=meetings())
def test_the_html_minutes_never_run_anything_and_always_show_the_decisions(case):
    meeting, tasks, decisions = case
    markdown = render_markdown(meeting, tasks, NOW)
    for html in (render_html(markdown, meeting.title, meeting.lang), minutes_html(meeting, tasks, NOW)):
        page = check_harmless(html)
        shown = page.visible()
        for text in decisions:
            assert " ".join(text.split()) in shown, (text, shown[:2000])


@FUZZ
@given(
    markdown=st.lists(st.one_of(st.sampled_from(ATTACKS), ANY_TEXT), max_size=12).map("\n".join),
    title=ANY_TEXT,
)
def test_any_markdown_at_all_becomes_a_harmless_page(markdown: str, title: str):
    check_harmless(render_html(markdown, title, "nb"))
