"""Reading roster files: encodings, delimiters, quoting, the header row found, XLSX cells."""

from __future__ import annotations

import string
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services.roster import RosterField, guess_mapping, read_csv_bytes, read_roster
from tests.builders.roster_files import HEADERS, csv_bytes, write_csv, write_xlsx

ROWS = [["Bērziņš", "Jānis", "010114-21234", "01.01.2014", "6.b"],
        ["Ozoliņa", "Līga; Anna", "", "", "5.a"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1257", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_each_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "saraksts.csv", ROWS, encoding=encoding, delimiter=delimiter)
    table = read_roster(path)
    assert table.encoding == encoding and table.delimiter == delimiter
    assert table.headers == HEADERS and table.header_row == 1
    assert [list(r.cells) for r in table.rows] == ROWS
    assert [r.number for r in table.rows] == [2, 3]


def test_title_lines_above_the_header_and_blank_rows_are_skipped() -> None:
    data = csv_bytes([ROWS[0], ["", "", "", "", ""], ROWS[1]],
                     title="Klases saraksts 2026./2027. m.g.")
    table = read_csv_bytes(data, "e-klase.csv")
    assert table.header_row == 2
    assert [r.number for r in table.rows] == [3, 5]


def test_english_headers_and_a_guessed_mapping() -> None:
    table = read_csv_bytes(csv_bytes([["Smith", "Anna", "7.a"]],
                                     headers=("Surname", "First name", "Class")))
    mapping = guess_mapping(table.headers)
    assert (mapping.surname, mapping.first_name, mapping.class_name) == (0, 1, 2)
    assert mapping.index(RosterField.PERSONAL_CODE) is None


def test_a_file_without_a_header_row_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        read_csv_bytes(b"a;b;c\n1;2;3\n")
    assert refused.value.fields == ["file"]
    assert "galvenes rinda" in refused.value.text("lv")


def test_xlsx_cells_become_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "viis.xlsx",
                      [["Kalniņa", "Ilze", 1020312345, datetime(2012, 2, 1), "7.a"],
                       ["Zariņš", "Kārlis", "", date(2013, 5, 6), 8]],
                      title="VIIS izglītojamo saraksts")
    table = read_roster(path)
    assert table.format == "xlsx" and table.header_row == 2
    assert table.rows[0].cells == ("Kalniņa", "Ilze", "1020312345", "2012-02-01", "7.a")
    assert table.rows[1].cells == ("Zariņš", "Kārlis", "", "2013-05-06", "8")


def test_a_broken_xlsx_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "bojāts.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError) as refused:
        read_roster(path)
    assert "bojāts.xlsx" in refused.value.text("lv")


# Text any of the three encodings can carry: Latvian letters, digits, quotes, delimiters.
LATVIAN = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
CELL = st.text(alphabet=string.ascii_letters + string.digits + LATVIAN + " -'.,;\t\"\n",
               max_size=12)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=5, max_size=5), max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1257", "utf-16"]),
       delimiter=st.sampled_from([";", ",", "\t"]))
def test_generated_rows_come_back_as_written(rows: list[list[str]], encoding: str,
                                             delimiter: str) -> None:
    table = read_csv_bytes(csv_bytes(rows, encoding=encoding, delimiter=delimiter))
    assert table.headers == HEADERS and table.delimiter == delimiter
    assert table.encoding == encoding
    expected = [r for r in rows if any(c.strip() for c in r)]
    assert [list(r.cells) for r in table.rows] == expected
