"""The corrections folder: every row of every file checked before a run loads anything, a
problem named by its file and line; `zhifa correct` copying the answered rows of a queue in;
the Dagster step failing with the same line. What dbt does with the corrections is pinned by
the unit tests in dbt_project/models/staging/ and tested end to end in
test_corrections_end_to_end.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil

import duckdb
import pytest

from expectations.contract import CONTRACT, RAW_DDL, gx_suite
from orchestration.defs.assets.raw import metric_definitions
from orchestration.defs.assets.corrections import corrections as corrections_asset
from orchestration.corrections.folder import KnownDocuments, add_file, correction_files, read_folder, read_for_run
from orchestration.corrections.format import COLUMNS, CorrectionsError
from orchestration.corrections.load import load_corrections
from orchestration.defs.resources import ZhifaResource
from orchestration.settings import DEFAULT_CORRECTIONS_DIR, DEFAULT_REPORTS_DIR, Settings
from tests.conftest import BUNDLED_REPORTS
from tests.e2e_support import step_failure
from tests.places import fictional_gazetteer

HEADER = "kind,document,named_issuer,span_start,span_end,as_written,occurrence,sentence,issuer,report_year,metric,domain,value,exclude,reason,author\n"
JINGHAI = "tianjin_jinghai_2022.txt"


@pytest.fixture
def inbox(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in (JINGHAI, "unnamed_report.txt", "zhifa.toml"):
        shutil.copy(BUNDLED_REPORTS / name, reports / name)
    return reports


def folder_with(tmp_path, text: str, name: str = "fixes.csv"):
    folder = tmp_path / "corrections"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def read(tmp_path, inbox, text: str):
    return read_folder(folder_with(tmp_path, text), KnownDocuments(inbox), fictional_gazetteer())


# --- a well-formed file ------------------------------------------------------------------------


def test_each_kind_of_correction_reads_into_the_row_raw_corrections_holds(tmp_path, inbox):
    rows = read(tmp_path, inbox, HEADER + (
        "document,unnamed_report.txt,,,,,,,天津市西青区人民政府,2023,,,,,the letterhead names it,analyst\n"
        f"figure,{JINGHAI},,120,125,2132件,,,,,,,2133,,the table says 2133,analyst\n"
        f"figure,{JINGHAI},,,,９４９件,2,全年简易程序９４９件,,,penalty_cases_simple,,,,full-width digits,analyst\n"
        f"figure,{JINGHAI},,40,42,,,,,,,,,yes,a phone number,analyst\n"
        f"addition,{JINGHAI},,,,937.9万元,3,,,,fines_amount,,,,missed,analyst\n"
    ))  # fmt: skip
    document, by_span, by_sentence, excluded, added = rows
    assert (document.correction_file, document.line, document.source_path) == ("fixes.csv", 2, "unnamed_report.txt")
    assert (document.issuer, document.issuer_key, document.body_type, document.report_year) == ("天津市西青区", "tianjin/xiqing", "人民政府", 2023)
    assert (by_span.span_start, by_span.span_end, by_span.as_written, by_span.value, by_span.exclude) == (120, 125, "2132件", 2133.0, False)
    # the stored text folds full-width digits, so what a person copied out of the report is folded too
    assert (by_sentence.as_written, by_sentence.sentence, by_sentence.occurrence) == ("949件", "全年简易程序949件", 2)
    assert excluded.exclude is True and excluded.metric is None
    assert (added.value, added.unit, added.approximate, added.domain, added.occurrence) == (9379000.0, "元", False, "all", 3)
    assert [r.line for r in rows] == [2, 3, 4, 5, 6]


def test_the_rows_load_into_raw_corrections_and_replace_the_last_load(tmp_path, inbox):
    rows = read(tmp_path, inbox, HEADER + f"figure,{JINGHAI},,120,125,,,,,,,,2133,,the table says 2133,analyst\n")
    with duckdb.connect() as con:
        for statement in RAW_DDL:
            con.execute(statement)
        assert load_corrections(con, rows) == 1
        assert load_corrections(con, rows) == 1  # replaced, not added
        assert con.execute("SELECT correction_file, line, kind, source_path, value, exclude FROM raw.corrections").fetchall() == [
            ("fixes.csv", 2, "figure", JINGHAI, 2133.0, False)
        ]
        assert load_corrections(con, []) == 0
        assert con.execute("SELECT count(*) FROM raw.corrections").fetchall() == [(0,)]


def test_columns_may_be_left_out_and_come_in_any_order_and_a_bom_is_fine(tmp_path, inbox):
    folder = tmp_path / "corrections"
    folder.mkdir()
    (folder / "few.csv").write_bytes(("author,reason,kind,document,value,span_end,span_start\r\n" f"me,checked,figure,{JINGHAI},5,3,1\r\n").encode("utf-8-sig"))
    [row] = read_folder(folder, KnownDocuments(inbox))
    assert (row.author, row.span_start, row.value) == ("me", 1, 5.0)


def test_a_document_is_named_by_its_sha256_as_well(tmp_path, inbox):
    sha = hashlib.sha256((inbox / JINGHAI).read_bytes()).hexdigest()
    [row] = read(tmp_path, inbox, HEADER + f"figure,{sha.upper()},,1,3,,,,,,,,5,,checked,me\n")
    assert (row.doc_id, row.source_path) == (sha, None)


# --- malformed files: one line naming the file and line ------------------------------------------

MALFORMED = [
    ("kind,document,vlaue,reason,author\nfigure,x.txt,5,r,a\n", ":1: unknown column 'vlaue' (did you mean 'value'?)"),
    ("kind,document,reason\nfigure,x.txt,r\n", ":1: no column 'author'"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,penalty_case,,,,r,a\n", ":2: unknown metric 'penalty_case' (did you mean 'penalty_cases'?)"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,market,,,r,a\n", ":2: unknown domain 'market'"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,十二,,r,a\n", ":2: value '十二' is not a number"),
    (HEADER + "figure,nowhere/none.txt,,1,3,,,,,,,,5,,r,a\n", ":2: unknown document 'nowhere/none.txt'"),
    (HEADER + f"figure,{'ab' * 32},,1,3,,,,,,,,5,,r,a\n", f":2: unknown document '{'ab' * 32}'"),
    (HEADER + f"figrue,{JINGHAI},,1,3,,,,,,,,5,,r,a\n", ":2: kind 'figrue' is none of document, figure, addition"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,5,,,a\n", ":2: no reason"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,,,r,a\n", ":2: no answer: fill in metric or domain or value or exclude"),
    (HEADER + f"figure,{JINGHAI},,3,1,,,,,,,,5,,r,a\n", ":2: span_end 1 is not after span_start 3"),
    (HEADER + f"figure,{JINGHAI},,,,5件,,,,,,,5,,r,a\n", ":2: a figure is named by span_start and span_end, or by as_written and sentence"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,penalty_cases,,,yes,r,a\n", ":2: exclude takes the figure out"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,5,maybe,r,a\n", ":2: exclude 'maybe' is neither yes nor no"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,天津市西青区,,,,5,,r,a\n", ":2: issuer is not read for a figure correction"),
    (HEADER + "document,unnamed_report.txt,,,,,,,无此县应急管理局,,,,,,r,a\n", ":2: issuer '无此县应急管理局' does not resolve"),
    (HEADER + "document,unnamed_report.txt,,,,,,,,1999,,,,,r,a\n", ":2: report_year 1999 is outside 2000.."),
    (HEADER + "document,unnamed_report.txt,我局,,,,,,,2023,,,,,r,a\n", ":2: a document correction names a document or a named_issuer, one of the two"),
    (HEADER + f"addition,{JINGHAI},,,,二十余,,,,,inspections,,,,r,a\n", ":2: as_written '二十余' is not one figure"),
    (HEADER + f"addition,{JINGHAI},,,,5件,0,,,,inspections,,,,r,a\n", ":2: occurrence 0 is below 1"),
    (HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,5,,r,a\n" + f'figure,{JINGHAI},,1,3,,,"one\nsentence",,,,,5,,r,a,extra\n', ":3: 17 cells, but the header names 16 columns"),
]  # fmt: skip


@pytest.mark.parametrize("text, message", MALFORMED, ids=[m.split(": ", 1)[1][:40] for _, m in MALFORMED])
def test_a_malformed_file_is_one_line_naming_the_file_and_line(tmp_path, inbox, text, message):
    with pytest.raises(CorrectionsError) as raised:
        read(tmp_path, inbox, text)
    shown = str(raised.value)
    assert "\n" not in shown
    assert shown.startswith(str(tmp_path / "corrections" / "fixes.csv") + ":"), shown
    assert message in shown, shown


def test_bytes_that_are_not_utf8_are_named_by_line(tmp_path, inbox):
    folder = tmp_path / "corrections"
    folder.mkdir()
    (folder / "gbk.csv").write_bytes((HEADER + "document,unnamed_report.txt,,,,,,,天津市西青区,,,,,,理由,a\n").encode("gbk"))
    with pytest.raises(CorrectionsError, match=r"gbk.csv:2: not UTF-8 text \(save the file as CSV UTF-8\)"):
        read_folder(folder, KnownDocuments(inbox))


def test_a_workbook_in_the_folder_is_refused_rather_than_left_out_and_notes_are_fine(tmp_path):
    folder = tmp_path / "corrections"
    folder.mkdir()
    (folder / "README.md").write_text("notes", encoding="utf-8")
    (folder / ".fixes.csv.swp").write_text("editor", encoding="utf-8")
    assert correction_files(folder) == []
    (folder / "fixes.xlsx").write_bytes(b"PK")
    with pytest.raises(CorrectionsError, match=r"fixes.xlsx: not a CSV file"):
        correction_files(folder)


def test_a_document_a_run_loaded_stays_known_after_it_left_the_inbox(tmp_path, inbox):
    with duckdb.connect() as con:
        for statement in RAW_DDL:
            con.execute(statement)
        con.execute("INSERT INTO raw.corrections (correction_file, line, kind, source_path, occurrence, exclude, reason, author) "
                    "VALUES ('old.csv', 2, 'figure', 'retracted.txt', 1, false, 'r', 'a')")  # fmt: skip
        known = KnownDocuments.read(inbox, con)
    [row] = read_folder(folder_with(tmp_path, HEADER + "figure,retracted.txt,,1,3,,,,,,,,5,,r,a\n"), known)
    assert row.source_path == "retracted.txt"  # stale when it matches nothing, never malformed


# --- the folder a run reads ---------------------------------------------------------------------


def test_the_bundled_reports_have_the_bundled_corrections_and_other_folders_none_unless_set(tmp_path, monkeypatch):
    monkeypatch.delenv("ZHIFA_CORRECTIONS_DIR", raising=False)
    monkeypatch.delenv("ZHIFA_REPORTS_DIR", raising=False)
    assert Settings.from_env().corrections_dir == DEFAULT_CORRECTIONS_DIR.resolve()
    assert Settings.from_env(DEFAULT_REPORTS_DIR).corrections_dir == DEFAULT_CORRECTIONS_DIR.resolve()
    assert Settings.from_env(tmp_path).corrections_dir is None
    monkeypatch.setenv("ZHIFA_CORRECTIONS_DIR", str(tmp_path / "mine"))
    assert Settings.from_env(tmp_path).corrections_dir == tmp_path / "mine"
    assert Settings.from_env(tmp_path, corrections_dir=tmp_path / "flag").corrections_dir == tmp_path / "flag"
    zhifa = ZhifaResource.from_settings(Settings.from_env(tmp_path, tmp_path / "wh"))
    assert zhifa.settings.corrections_dir == tmp_path / "mine"


def test_the_bundled_corrections_are_well_formed():
    settings = Settings.from_env(DEFAULT_REPORTS_DIR, corrections_dir=DEFAULT_CORRECTIONS_DIR)
    rows = read_for_run(settings, None)
    assert rows and all(row.reason and row.author for row in rows)


# --- zhifa correct -------------------------------------------------------------------------------


def test_correct_copies_the_answered_rows_of_a_queue_under_a_dated_name(tmp_path, inbox):
    queue = tmp_path / "review.csv"
    queue.write_text(",".join(COLUMNS) + "\n" + (
        "document,unnamed_report.txt,,,,,,,,,,,,,,,needs review: issuer_unknown\n"
        f"figure,{JINGHAI},,120,125,2132件,,某句,,,,,2133,,the table says 2133,analyst,conflict\n"
        f"figure,{JINGHAI},,130,133,949件,,某句,,,,,,,,,claim\n"
    ), encoding="utf-8-sig")  # fmt: skip
    folder = tmp_path / "corrections"
    added = add_file(queue, folder, KnownDocuments(inbox), today=dt.date(2025, 1, 20))
    assert added.path == folder / "2025-01-20-review.csv" and added.unanswered == 2
    assert [(c.line, c.source_path, c.value) for c in added.corrections] == [(3, JINGHAI, 2133.0)]  # its line in the queue
    [again] = read_folder(folder, KnownDocuments(inbox))  # the copy reads as it was checked
    assert (again.correction_file, again.line, again.value) == ("2025-01-20-review.csv", 2, 2133.0)
    second = add_file(queue, folder, KnownDocuments(inbox), today=dt.date(2025, 1, 20))
    assert second.path == folder / "2025-01-20-review-2.csv"  # never over a file already there


def test_correct_refuses_a_queue_nobody_answered_and_adds_nothing(tmp_path, inbox):
    queue = tmp_path / "review.csv"
    queue.write_text(HEADER + "document,unnamed_report.txt,,,,,,,,,,,,,,\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="no row has an answer"):
        add_file(queue, tmp_path / "corrections", KnownDocuments(inbox))
    assert not (tmp_path / "corrections").exists()


# --- the contract and Dagster --------------------------------------------------------------------


def test_a_stale_correction_warns_and_contradicting_ones_block_publishing():
    specs = {(s.table, s.column): s.severity for s in gx_suite("marts", 2025) if s.table == "marts.dim_correction"}
    assert specs == {("marts.dim_correction", "still_matches"): "warning", ("marts.dim_correction", "agrees_with_others"): "error"}
    assert CONTRACT.values("value_source") == ("extracted", "corrected", "added")


def test_the_dagster_step_fails_with_the_same_one_line_message_before_any_report_is_loaded(tmp_path, inbox):
    folder = folder_with(tmp_path, HEADER + f"figure,{JINGHAI},,1,3,,,,,,,market,,,r,a\n")
    settings = Settings.from_env(inbox, tmp_path / "wh", folder)
    assert step_failure(settings, metric_definitions, corrections_asset) == (
        f"{folder / 'fixes.csv'}:2: unknown domain 'market' (the domains of extractors/taxonomy.toml)"
    )
    with duckdb.connect(str(settings.build_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.documents").fetchall() == [(0,)]


def test_the_example_in_the_readme_reads_as_one_correction_of_each_kind():
    from orchestration.corrections.format import check_row, read_rows

    readme = (BUNDLED_REPORTS.parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Correct what extraction got wrong", 1)[1].split("```csv\n", 1)[1].split("```", 1)[0]
    _, rows = read_rows(example, "README.md")
    checked = [check_row(row, "README.md", "example.csv", fictional_gazetteer()) for row in rows]
    assert [c.kind for c in checked] == ["document", "figure", "addition"]
    assert (checked[0].issuer_key, checked[1].value, checked[2].metric) == ("tianjin/xiqing", 16507.0, "special_campaigns")


def test_review_never_overwrites_a_queue_and_needs_a_built_warehouse(tmp_path, capsys):
    from orchestration.cli import main

    filled_in = tmp_path / "review.csv"
    filled_in.write_text("kind,reason,author\n", encoding="utf-8")
    assert main(["review", "--warehouse", str(tmp_path / "wh"), "--out", str(filled_in)]) == 2
    assert "exists already; zhifa review does not overwrite it" in capsys.readouterr().err
    assert filled_in.read_text(encoding="utf-8") == "kind,reason,author\n"
    assert main(["review", "--warehouse", str(tmp_path / "wh"), "--out", str(tmp_path / "new.csv")]) == 2
    assert "no built warehouse" in capsys.readouterr().err


def test_correct_for_another_reports_folder_needs_a_corrections_folder(tmp_path, inbox, capsys, monkeypatch):
    from orchestration.cli import main

    monkeypatch.delenv("ZHIFA_CORRECTIONS_DIR", raising=False)
    queue = tmp_path / "review.csv"
    queue.write_text(HEADER + f"figure,{JINGHAI},,1,3,,,,,,,,5,,r,a\n", encoding="utf-8")
    assert main(["correct", str(queue), "--reports", str(inbox), "--warehouse", str(tmp_path / "wh")]) == 2
    assert "set ZHIFA_CORRECTIONS_DIR or pass --corrections DIR" in capsys.readouterr().err
    assert main(["correct", str(queue), "--reports", str(inbox), "--warehouse", str(tmp_path / "wh"), "--corrections", str(tmp_path / "c")]) == 0
    assert "added 1 correction (1 figure)" in capsys.readouterr().out
