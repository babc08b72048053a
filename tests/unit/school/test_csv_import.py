"""Class lists in the shapes people really have them, read and imported without surprises.

The files in tests/fixtures/class_lists are byte-exact examples: Excel in Norway
(Windows-1252, semicolons, CRLF, a title row), Excel's "CSV UTF-8" (BOM, sep= line, two
guardians per row), a Google Sheets download (commas, quotes, English headers), tabs
with Mother/Father columns, blank lines, duplicates, a broken quote, a missing column.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kktui import i18n
from kktui.cli import main
from kktui.school.contact_fields import normalise_phone
from kktui.school.csv_import import apply, read_class_list, summary
from kktui.school.csv_read import ClassListError, decode, map_header, sniff_delimiter
from kktui.school.model import Person
from kktui.storage.store import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "class_lists"


def names(preview) -> list[str]:
    return [row.person.name for row in preview.rows]


def rejected(preview) -> dict[int, str]:
    return {r.line: r.reason for r in preview.rejected}


# -- the real-world shapes -------------------------------------------------------------


def test_excel_windows_1252_with_semicolons_title_row_and_aeoeaa():
    raw = (FIXTURES / "excel_cp1252.csv").read_bytes()
    assert "Ø".encode("cp1252") in raw  # really Windows-1252, not UTF-8

    preview = read_class_list(FIXTURES / "excel_cp1252.csv")

    assert preview.encoding == "Windows-1252" and preview.delimiter == ";"
    assert names(preview) == ["Bjørn Ødegård", "Siv Ærø", "Amina Yusuf"]
    bjorn, siv, amina = (row.person for row in preview.rows)
    assert bjorn.children == ["Åse Ødegård"] and bjorn.phone == "98765432"
    assert siv.phone == "41234567"  # +47 dropped for a Norwegian number
    assert amina.languages == ["somali", "engelsk"] and amina.may_need_interpreter
    assert preview.ignored == ["Fødselsdato"]
    problems = rejected(preview)
    assert sorted(problems) == [6, 7, 8]
    assert "9,88E+07" in problems[6] and "Excel" in problems[6]
    assert "kari(at)example.org" in problems[7]
    assert "Ida Berg" in problems[8]


def test_excel_utf8_with_bom_sep_line_and_two_guardians_per_row():
    preview = read_class_list(FIXTURES / "excel_utf8_bom.csv")

    assert preview.encoding == "UTF-8 (BOM)"
    assert names(preview) == ["Åsmund Øvre", "Lise Øvre", "Nora Lund", "Tor Vik", "Per Strand"]
    asmund, lise = preview.rows[0].person, preview.rows[1].person
    assert asmund.children == lise.children == ["Frøya Øvre"]
    assert (asmund.phone, asmund.email, lise.phone) == ("48000001", "asmund@example.org", "48000002")
    problems = rejected(preview)
    assert "1" in problems[5] and "2" in problems[6]  # which guardian in the row has no name


def test_google_sheets_download_with_commas_quotes_and_english_headers():
    preview = read_class_list(FIXTURES / "google_sheets.csv")

    assert preview.encoding == "UTF-8" and preview.delimiter == ","
    assert names(preview) == ["John Smith", "Giulia Rossi", "Fatima Said", "Eva Berg"]
    john, giulia, fatima, eva = (row.person for row in preview.rows)
    assert john.phone == "+447700900123" and john.notes == "Works shifts, prefers SMS"
    assert giulia.languages == ["Italian", "English"] and giulia.needs_interpreter
    assert fatima.needs_interpreter  # "maybe" is flagged, not lost
    assert eva.notes == "Can drive others to meetings"  # a newline inside quotes
    assert preview.rejected == []
    assert [row.line for row in preview.rows] == [2, 3, 4, 5]


def test_tabs_and_mother_father_columns():
    preview = read_class_list(FIXTURES / "tabs_mother_father.tsv")

    assert preview.delimiter == "\t"
    assert [(r.person.name, r.person.phone) for r in preview.rows] == [
        ("Anne Moe", "41000001"),
        ("Jon Moe", "41000002"),
    ]


def test_blank_lines_and_trailing_separators_keep_the_real_line_numbers():
    preview = read_class_list(FIXTURES / "blank_lines.csv")

    assert [(row.line, row.person.name) for row in preview.rows] == [(4, "Kari Nordmann"), (7, "Ola Hansen")]
    assert preview.rejected == []


def test_a_missing_name_column_is_one_sentence_naming_file_line_and_what_was_found():
    with pytest.raises(ClassListError) as raised:
        read_class_list(FIXTURES / "missing_name_column.csv")
    message = str(raised.value)
    assert message.startswith("missing_name_column.csv:1:")
    assert "Elev, Telefon, E-post" in message and "\n" not in message


def test_a_quote_never_closed_names_the_line():
    with pytest.raises(ClassListError) as raised:
        read_class_list(FIXTURES / "broken_quote.csv")
    assert str(raised.value).startswith("broken_quote.csv:3:")


def test_duplicates_in_the_file_are_reported_and_two_children_are_merged():
    preview = read_class_list(FIXTURES / "duplicates.csv")

    assert names(preview) == ["Lars Berg", "Ingrid Dahl"]
    lars = preview.rows[0]
    assert lars.person.children == ["Sofie Berg", "Ida Berg"] and lars.lines == [2, 3]
    problems = rejected(preview)
    assert sorted(problems) == [4, 6]
    assert "duplicates.csv:2" in problems[4] and "duplicates.csv:5" in problems[6]


def test_people_already_in_the_class_are_matched_and_only_updated_when_asked():
    existing = [
        Person(
            "Lars Berg", "c1", children=["Sofie Berg"], phone="90000004", email="lars@example.org", id="p1"
        ),
        Person("Ingrid Dahl", "c1", children=["Noah Dahl"], phone="99999999", id="p2"),  # a new number since
    ]
    preview = read_class_list(FIXTURES / "duplicates.csv", existing, "c1")

    assert [row.action for row in preview.rows] == ["match", "match"]
    lars, ingrid = preview.rows
    assert lars.match.id == "p1" and any("Ida Berg" in c for c in lars.changes)
    assert any("999 99 999" in c and "900 00 005" in c for c in ingrid.changes)

    new, changed = apply(preview, update=False)
    assert new == [] and changed == []  # never doubled, never silently changed
    new, changed = apply(preview, update=True)
    assert new == []
    by_id = {p.id: p for p in changed}
    assert by_id["p1"].children == ["Sofie Berg", "Ida Berg"]
    assert by_id["p2"].phone == "90000005" and by_id["p2"].children == ["Noah Dahl"]


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Elev", ("child", 1)),
        ("Barnets navn", ("child", 1)),
        ("Pupil", ("child", 1)),
        ("Student", ("child", 1)),
        ("Foresatt", ("name", 1)),
        ("Forelder 2", ("name", 2)),
        ("Guardian", ("name", 1)),
        ("Parent name", ("name", 1)),
        ("Telefon", ("phone", 1)),
        ("Mobil foresatt 2", ("phone", 2)),
        ("PHONE", ("phone", 1)),
        ("E-post", ("email", 1)),
        ("Epost", ("email", 1)),
        ("E-mail", ("email", 1)),
        ("Språk", ("languages", 1)),
        ("Language", ("languages", 1)),
        ("Trenger tolk", ("interpreter", 1)),
        ("Fornavn", ("first", 1)),
        ("Etternavn", ("last", 1)),
        ("Elev fornavn", ("child_first", 1)),
        ("Fars telefon", ("phone", 2)),
    ],
)
def test_headers_in_norwegian_and_english_any_case(header, expected):
    column = map_header(header)
    assert (column.field, column.group) == expected


def test_unknown_headers_and_the_pupils_own_phone_are_not_mapped():
    assert map_header("Fødselsdato") is None
    assert map_header("Elevens mobil") is None


def test_first_and_last_name_columns_make_one_name(tmp_path: Path):
    path = tmp_path / "names.csv"
    path.write_text("Fornavn;Etternavn;Elev\nKari;Nordmann;Emma\n", encoding="utf-8")
    assert names(read_class_list(path)) == ["Kari Nordmann"]


def test_utf16_from_excel_unicode_text(tmp_path: Path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Foresatt\tTelefon\r\nSiv Ærø\t41234567\r\n".encode("utf-16"))
    preview = read_class_list(path)
    assert preview.encoding == "UTF-16" and names(preview) == ["Siv Ærø"]


def test_a_row_with_more_cells_than_the_header_is_rejected(tmp_path: Path):
    path = tmp_path / "extra.csv"
    path.write_text("Foresatt;Telefon\nHansen; Ola;90000002\nKari Nordmann;90000001\n", encoding="utf-8")
    preview = read_class_list(path)
    assert names(preview) == ["Kari Nordmann"]
    assert "3" in rejected(preview)[2] and "2" in rejected(preview)[2]


def test_bad_values_are_rejected_with_the_value(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("Foresatt,Telefon,Tolk\nA B,12ab,\nC D,,blå\nE F,123,\n", encoding="utf-8")
    problems = rejected(read_class_list(path))
    assert "12ab" in problems[2] and "blå" in problems[3] and "123" in problems[4]


def test_an_empty_or_missing_file_is_one_sentence(tmp_path: Path):
    (tmp_path / "empty.csv").write_bytes(b"\r\n")
    with pytest.raises(ClassListError, match="empty.csv"):
        read_class_list(tmp_path / "empty.csv")
    with pytest.raises(ClassListError, match="nope.csv"):
        read_class_list(tmp_path / "nope.csv")


def test_encoding_and_delimiter_detection():
    assert decode("Ærø".encode("cp1252")) == ("Ærø", "Windows-1252")
    assert decode("Ærø".encode()) == ("Ærø", "UTF-8")
    assert sniff_delimiter('"Hansen, Ola";Telefon;E-post') == ";"  # commas inside quotes do not count
    assert sniff_delimiter("Navn") == ","
    assert normalise_phone("0047 987 65 432") == "98765432"


# -- the command line ---------------------------------------------------------------------


def test_cli_import_reports_rejected_rows_and_never_doubles(data_dir: Path, capsys, tmp_path: Path):
    i18n.use("en")
    source = tmp_path / "klasse.csv"
    shutil.copy(FIXTURES / "excel_cp1252.csv", source)

    code = main(["import-class", str(source), "--class", "4B", "--data", str(data_dir), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "3 new" in out and "Windows-1252" in out
    assert "klasse.csv:6:" in err and "klasse.csv:7:" in err and "klasse.csv:8:" in err
    assert "3 rows rejected; fix them" in err

    store = Store.open(data_dir, read_only=True)
    [school_class] = store.classes()
    assert school_class.name == "4B" and school_class.grade == 4
    assert [p.name for p in store.people(school_class.id)] == ["Amina Yusuf", "Bjørn Ødegård", "Siv Ærø"]

    # Fixed in Excel, with a new number for Siv: imported again.
    fixed = source.read_bytes().replace("+47 412 34 567".encode("cp1252"), b"41234999")
    source.write_bytes(fixed.replace(b"9,88E+07", b"98800000"))
    code = main(["import-class", str(source), "--data", str(data_dir), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "1 new" in out and "0 updated" in out and "--update" in out
    assert "Siv Ærø (Phone 412 34 567 → 412 34 999)" in out
    people = Store.open(data_dir, read_only=True).people(school_class.id)
    assert len(people) == 4 and next(p for p in people if p.name == "Siv Ærø").phone == "41234567"

    assert main(["import-class", str(source), "--update", "--data", str(data_dir), "--lang", "en"]) == 0
    people = Store.open(data_dir, read_only=True).people(school_class.id)
    assert len(people) == 4 and next(p for p in people if p.name == "Siv Ærø").phone == "41234999"


def test_cli_import_dry_run_saves_nothing(data_dir: Path, capsys):
    code = main(
        [
            "import-class",
            str(FIXTURES / "google_sheets.csv"),
            "--class",
            "4B",
            "--dry-run",
            "--data",
            str(data_dir),
        ]
    )
    assert code == 0
    assert "ingenting er lagret" in capsys.readouterr().out
    assert Store.open(data_dir, read_only=True).classes() == []


def test_cli_import_errors_are_one_sentence_with_exit_1(data_dir: Path, capsys):
    assert main(["import-class", str(FIXTURES / "google_sheets.csv"), "--data", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "--class" in err and err.count("\n") == 1

    assert (
        main(
            [
                "import-class",
                str(FIXTURES / "missing_name_column.csv"),
                "--class",
                "4B",
                "--data",
                str(data_dir),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("kktui: missing_name_column.csv:1:") and err.count("\n") == 1


# -- big, long and hostile files (issue 10) -----------------------------------------------


def write_rows(path: Path, n: int, extra: str = "") -> Path:
    path.write_text(
        "Foresatt;Elev;Telefon;E-post\n"
        + "".join(f"Forelder{i} Etternavn{i};Barn{i};{40000000 + i};f{i}@example.org\n" for i in range(n))
        + extra,
        encoding="utf-8",
    )
    return path


def test_the_matcher_finds_the_same_person_a_scan_would_find():
    """PeopleIndex answers by key what `same_person` answers by comparing with everyone."""
    import random

    from kktui.school.csv_import import PeopleIndex, same_person

    rng = random.Random(10)
    people = [
        Person(
            rng.choice(["Kari Dahl", "kari  dahl", "Ola Berg", "Per Moe"]),
            "c1",
            phone=rng.choice(["", "90000001", "90000002"]),
            email=rng.choice(["", "", "kari@example.org", "KARI@example.org", "ola@example.org"]),
        )
        for _ in range(400)
    ]
    index: PeopleIndex[int] = PeopleIndex()
    added: list[tuple[Person, int]] = []
    for number, person in enumerate(people):
        scanned = next((n for other, n in added if same_person(other, person)), None)
        assert index.find(person) == scanned, (person, scanned)
        if scanned is None:
            index.add(person, number)
            added.append((person, number))
    assert 3 < len(added) < 60  # the pools made both kinds of match happen


def test_each_row_is_compared_with_a_few_candidates_not_with_everyone(tmp_path: Path, monkeypatch):
    from kktui.school import csv_import

    calls = []
    real = csv_import.same_person
    monkeypatch.setattr(csv_import, "same_person", lambda a, b: calls.append(1) or real(a, b))
    preview = read_class_list(write_rows(tmp_path / "big.csv", 3000))

    assert len(preview.rows) == 3000
    assert len(calls) <= 2 * 3000  # a scan of everyone seen so far makes 4.5 million


def test_ten_thousand_distinct_rows_are_all_imported_and_a_late_duplicate_is_found(tmp_path: Path):
    path = write_rows(tmp_path / "school.csv", 9_999, extra="Forelder5 Etternavn5;Barn5;40000005;\n")

    preview = read_class_list(path)

    assert len(preview.rows) == 9_999
    assert preview.rows[-1].person.name == "Forelder9998 Etternavn9998"
    problems = rejected(preview)
    assert list(problems) == [10_001] and "school.csv:7" in problems[10_001]


def test_more_than_ten_thousand_rows_is_one_sentence(tmp_path: Path):
    with pytest.raises(ClassListError) as raised:
        read_class_list(write_rows(tmp_path / "register.csv", 10_001))
    message = str(raised.value)
    assert "register.csv" in message and "10" in message and "\n" not in message


def test_a_file_over_5_mb_is_one_sentence(tmp_path: Path):
    path = tmp_path / "huge.csv"
    path.write_text("Foresatt;Merknad\n" + ("Kari Dahl;" + "x" * 1000 + "\n") * 5300, encoding="utf-8")
    with pytest.raises(ClassListError) as raised:
        read_class_list(path)
    message = str(raised.value)
    assert "huge.csv" in message and "5 MB" in message and "\n" not in message


def test_a_cell_over_128_kb_is_named_as_a_long_cell_not_as_a_quote(tmp_path: Path):
    path = tmp_path / "long.csv"
    path.write_text("Foresatt;Merknad\nKari Dahl;ok\nOla Berg;" + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(ClassListError) as raised:
        read_class_list(path)
    message = str(raised.value)
    assert message.startswith("long.csv:3:")
    assert "quote" not in message and "anførselstegn" not in message
    assert "128" in message


def test_a_quote_never_closed_in_a_big_file_is_still_called_a_quote(tmp_path: Path):
    path = tmp_path / "runaway.csv"
    path.write_text(
        'Foresatt;Merknad\nKari Dahl;"starts here\n' + "Ola Berg;note\n" * 12_000, encoding="utf-8"
    )
    with pytest.raises(ClassListError) as raised:
        read_class_list(path)
    assert str(raised.value).startswith("runaway.csv:2:")
    assert "anførselstegn" in str(raised.value) or "quote" in str(raised.value)


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("4790000000", "90000000"),
        ("4790000000.0", "90000000"),
        ("4790000000,0", "90000000"),
        ("4741234567", "41234567"),
        ("46701234567", "+46701234567"),
        ("4520123456", "+4520123456"),
        ("447700900123", "+447700900123"),
    ],
)
def test_a_phone_number_excel_made_into_a_number_is_read_as_the_number(cell, expected):
    assert normalise_phone(cell) == expected


def test_a_phone_number_excel_shortened_says_digits_are_lost():
    with pytest.raises(ValueError) as raised:
        normalise_phone("4.79E+09")
    message = str(raised.value)
    assert "4.79E+09" in message and "sifrene" in message and "borte" in message and "Excel" in message


def test_a_number_that_could_be_from_anywhere_is_still_refused():
    for cell in ("123456789", "9123456789"):
        with pytest.raises(ValueError):
            normalise_phone(cell)


def test_two_guardians_in_one_cell_become_two_people(tmp_path: Path):
    path = tmp_path / "two.csv"
    path.write_text(
        "Foresatt;Elev;Telefon;E-post\n"
        "Tone Hansen, Ola Hansen;Siri Hansen;90000001;tone@example.org\n"
        "Kari og Per Dahl;Emil Dahl;900 00 002 / 900 00 003;kari@example.org, per@example.org\n"
        "Anne & Jon Moe;Lea Moe;90000004;\n",
        encoding="utf-8",
    )

    preview = read_class_list(path)

    found = [(r.line, r.person.name, r.person.children, r.person.phone, r.person.email) for r in preview.rows]
    assert found == [
        (2, "Tone Hansen", ["Siri Hansen"], "90000001", "tone@example.org"),
        (2, "Ola Hansen", ["Siri Hansen"], "90000001", ""),  # the e-mail was written for one of them
        (3, "Kari Dahl", ["Emil Dahl"], "90000002", "kari@example.org"),
        (3, "Per Dahl", ["Emil Dahl"], "90000003", "per@example.org"),
        (4, "Anne Moe", ["Lea Moe"], "90000004", ""),
        (4, "Jon Moe", ["Lea Moe"], "90000004", ""),
    ]
    assert preview.rejected == []


def test_a_cell_that_only_may_be_two_people_is_kept_and_the_preview_says_so(tmp_path: Path):
    i18n.use("en")
    try:
        path = tmp_path / "maybe.csv"
        path.write_text(
            "Foresatt;Elev\nTone og Ola;Siri Hansen\nHansen, Tone;Siri Hansen\n", encoding="utf-8"
        )
        preview = read_class_list(path)
        lines = summary(preview, False, True, "4B")
    finally:
        i18n.use("nb")

    assert names(preview) == ["Tone og Ola", "Hansen, Tone"]  # surname first is one person
    [told] = [line for line in lines if "maybe.csv:2" in line]
    assert "two people" in told and "Tone og Ola" in told
    assert not any("maybe.csv:3" in line for line in lines)


@pytest.mark.parametrize(
    "lang, one_new, one_kept",
    [
        ("nb", "1 ny,", "1 finnes allerede med andre opplysninger og er ikke endret"),
        ("en", "1 new,", "1 is in the class already with other details and was not changed"),
    ],
)
def test_the_import_summary_says_one_in_the_singular(tmp_path: Path, lang, one_new, one_kept):
    i18n.use(lang)
    source = tmp_path / "liste.csv"
    source.write_text("Foresatt;Telefon\nKari Nordmann;90000001\nOla Hansen;90000002\n", encoding="utf-8")
    existing = [Person("Ola Hansen", "c1", phone="90000009", id="p1")]
    text = "\n".join(
        summary(read_class_list(source, existing, "c1"), update=False, dry_run=False, class_name="4B")
    )
    assert one_new in text and "1 nye" not in text
    assert one_kept in text and "1 are" not in text
