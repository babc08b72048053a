"""Dates and times as people in Norway type them."""

from __future__ import annotations

from datetime import date

import pytest

from kktui import i18n
from kktui.dates import DateError, clock_text, parse_date, parse_time, show_date

TODAY = date(2026, 11, 21)  # a Saturday


@pytest.mark.parametrize(
    "text, expected",
    [
        # Day and month only: the next time that date comes round.
        ("15.12", date(2026, 12, 15)),
        ("15.01", date(2027, 1, 15)),
        ("21.11", date(2026, 11, 21)),  # today is still "next"
        ("20.11", date(2027, 11, 20)),  # yesterday is next year
        ("1.3", date(2027, 3, 1)),
        ("15/12", date(2026, 12, 15)),
        ("15.12.", date(2026, 12, 15)),
        # With a year.
        ("15.12.2026", date(2026, 12, 15)),
        ("15.12.26", date(2026, 12, 15)),
        ("03.04.2025", date(2025, 4, 3)),
        ("2026-12-15", date(2026, 12, 15)),
        ("2027-1-5", date(2027, 1, 5)),
        # Words.
        ("i dag", TODAY),
        ("I DAG", TODAY),
        ("idag", TODAY),
        ("today", TODAY),
        ("i morgen", date(2026, 11, 22)),
        ("imorgen", date(2026, 11, 22)),
        ("tomorrow", date(2026, 11, 22)),
        ("  i morgen  ", date(2026, 11, 22)),
        # Weekdays: the next one, never today.
        ("mandag", date(2026, 11, 23)),
        ("man", date(2026, 11, 23)),
        ("Tirsdag", date(2026, 11, 24)),
        ("fredag", date(2026, 11, 27)),
        ("friday", date(2026, 11, 27)),
        ("lørdag", date(2026, 11, 28)),
        ("søndag", date(2026, 11, 22)),
        # Days from now.
        ("+7", date(2026, 11, 28)),
        ("+0", TODAY),
        ("+45", date(2027, 1, 5)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


def test_day_and_month_across_new_year() -> None:
    assert parse_date("02.01", date(2026, 12, 31)) == date(2027, 1, 2)
    assert parse_date("31.12", date(2026, 12, 31)) == date(2026, 12, 31)


@pytest.mark.parametrize("text", ["31.02", "31.02.2026", "2026-13-01", "00.12", "32.12", "15.13"])
def test_impossible_dates_say_so(text: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text, TODAY)
    assert f"«{text}»" in str(info.value)
    assert "gyldig dato" in str(info.value)


@pytest.mark.parametrize("text", ["banana", "", "15", "15.12.202", "neste uke", "+", "12-15"])
def test_unreadable_dates_say_so(text: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text, TODAY)
    assert f"«{text}»" in str(info.value)
    assert "15.12" in str(info.value)  # shows how to write one


def test_date_error_in_english() -> None:
    i18n.use("en")
    with pytest.raises(DateError) as info:
        parse_date("banana", TODAY)
    assert str(info.value).startswith("«banana» is not a date")


def test_date_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_date("banana", TODAY)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("18", "18:00"),
        ("9", "09:00"),
        ("18:30", "18:30"),
        ("18.30", "18:30"),
        ("08:05", "08:05"),
        (" 7:45 ", "07:45"),
        ("0", "00:00"),
        ("23:59", "23:59"),
    ],
)
def test_parse_time(text: str, expected: str) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "24", "18:60", "18:5", "kl 18", "", "18:300", "-1"])
def test_bad_times_say_so(text: str) -> None:
    with pytest.raises(DateError) as info:
        parse_time(text)
    assert f"«{text.strip()}»" in str(info.value)
    assert "18:00" in str(info.value)


def test_show_date_and_clock_text() -> None:
    assert show_date("2026-12-15") == "15.12.2026"
    assert show_date("") == ""
    assert show_date(None) == ""
    assert show_date("not a date") == "not a date"
    # Always hours:minutes:seconds, so "01:15" never has to be guessed at (75 s or 1 h 15?).
    assert clock_text(0) == "0:00:00"
    assert clock_text(65.9) == "0:01:05"
    assert clock_text(75) == "0:01:15"
    assert clock_text(75 * 60) == "1:15:00"
    assert clock_text(3600 + 61) == "1:01:01"
    assert clock_text(-5) == "0:00:00"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Nynorsk words, as a nynorsk user types them (today is a Saturday).
        ("i morgon", date(2026, 11, 22)),
        ("imorgon", date(2026, 11, 22)),
        ("I  Morgon", date(2026, 11, 22)),
        ("i overmorgon", date(2026, 11, 23)),
        ("i overmorgen", date(2026, 11, 23)),  # and the bokmål one beside it
        ("måndag", date(2026, 11, 23)),
        ("mån", date(2026, 11, 23)),
        ("tysdag", date(2026, 11, 24)),
        ("tys", date(2026, 11, 24)),
        ("onsdag", date(2026, 11, 25)),
        ("tor", date(2026, 11, 26)),
        ("fre.", date(2026, 11, 27)),
        ("laurdag", date(2026, 11, 28)),
        ("lau", date(2026, 11, 28)),
        ("sundag", date(2026, 11, 22)),
        ("sun", date(2026, 11, 22)),
    ],
)
def test_parse_date_reads_nynorsk(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


def test_date_error_in_nynorsk_is_one_sentence() -> None:
    i18n.use("nn")
    with pytest.raises(DateError) as info:
        parse_date("neste veke", TODAY)
    message = str(info.value)
    assert "«neste veke»" in message and "15.12" in message
    assert "\n" not in message and not message.rstrip(".").count(";") > 1


@pytest.mark.parametrize(
    "lang, days, march",
    [
        ("nb", ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"], "mars"),
        ("nn", ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"], "mars"),
        ("en", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "March"),
    ],
)
def test_weekday_and_month_names_in_each_language(lang: str, days: list[str], march: str) -> None:
    from kktui.dates import month_name, show_day, weekday_name

    week = [date(2026, 11, 23 + n) for n in range(7)]  # Monday 23 November to Sunday 29
    assert [weekday_name(day, lang) for day in week] == days
    assert month_name(3, lang) == march
    assert show_day("2026-11-24", lang) == f"{days[1]} 24.11.2026"
    i18n.use(lang)  # without a language: the one the user reads
    assert weekday_name(week[5]) == days[5]


def test_babel_is_loaded_when_a_name_is_first_wanted_not_at_start_up() -> None:
    import subprocess
    import sys

    script = (
        "import sys, kktui.dates, kktui.output.notice, kktui.school.yearwheel, kktui.cli\n"
        "before = 'babel' in sys.modules\n"
        "from datetime import date\n"
        "kktui.dates.weekday_name(date(2026, 11, 24), 'nn')\n"
        "print(before, 'babel' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
