"""Bad input, generated: the parser and date entry either work or say what is wrong, nothing else."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kktui.dates import DateError, parse_date, parse_time
from kktui.meeting.templates import TemplateError, parse_template

TODAY = date(2026, 11, 21)
# Lines that look like template syntax, so generated files reach deep into the parser.
PIECES = st.sampled_from(
    [
        "# Møte",
        "## Punkt (5 min)",
        "## Punkt",
        "## (5 min)",
        "## Punkt (0 min)",
        "## Punkt (5 min) {closing}",
        "## Punkt (5 min) {nope}",
        "### Spørsmål",
        "### Sjekkliste",
        "### Kilde",
        "### Ukjent",
        "- [ ] sjekk",
        "- spørsmål?",
        "1. nummer",
        "tekst",
        "",
        "---",
        "confidential: ja",
        "confidential: kanskje",
        "leader: lærer",
        "> sitat",
        "```",
        "<script>alert(1)</script>",
        "[lenke](guide:hindringer#språk)",
        "    kode",
        "***",
        "| a | b |",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30))
def test_template_parser_never_fails_with_anything_but_a_template_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        template = parse_template(text, "fuzz.md")
    except TemplateError as exc:
        assert str(exc).startswith("fuzz.md:")
        line = int(str(exc).split(":")[1])
        assert 1 <= line <= max(1, len(text.splitlines()) + 1)
        return
    assert template.title and template.steps
    assert all(1 <= step.planned_minutes <= 600 for step in template.steps)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(max_size=20),
        st.from_regex(r"\A[0-9]{1,3}[./-][0-9]{1,3}([./-][0-9]{1,5})?\Z"),
        st.from_regex(r"\A\+[0-9]{1,4}\Z"),
    )
)
def test_date_entry_gives_a_date_or_a_readable_error(text: str) -> None:
    try:
        result = parse_date(text, TODAY)
    except DateError as exc:
        assert text.strip() in str(exc)
        return
    assert isinstance(result, date)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=10))
def test_time_entry_gives_a_time_or_a_readable_error(text: str) -> None:
    try:
        result = parse_time(text)
    except DateError as exc:
        assert text.strip() in str(exc)
        return
    hours, minutes = result.split(":")
    assert 0 <= int(hours) < 24 and 0 <= int(minutes) < 60
