"""zhifa.toml, the sidecar in the reports folder: what the user declares about issuer and
year wins over what the text suggests, a malformed one stops a run before anything is
loaded, and a changed declaration takes effect on the next run."""

from __future__ import annotations

import re
import json
import shutil
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

import orchestration.loading.ingest as ingest_module
from extractors import extract_text
from orchestration.defs.assets.lake import extract_year
from orchestration.defs.assets.raw import metric_definitions, raw_reports
from orchestration.settings import Settings
from orchestration.loading.sidecar import Declaration, SidecarError, parse_sidecar, read_sidecar
from tests.conftest import BUNDLED_REPORTS, REPO
from tests.e2e_support import step_failure
from tests.test_cli import zhifa
from tests.test_ingest import run_ingest

# Names no issuer and no year: only a declaration can say who and when.
UNNAMED = "我局全年共办理行政处罚案件12件，开展执法检查30次。"
TITLED = "天津市静海区2022年度行政执法情况报告\n全年共办理行政处罚案件2132件。"


def test_a_declared_issuer_and_year_win_over_the_text():
    document = extract_text(TITLED, declared_issuer="天津市滨海新区人民政府", declared_year=2023)
    issuer = document.issuer
    assert (issuer.issuer, issuer.issuer_key, issuer.source) == ("天津市滨海新区", "tianjin/binhaixin", "declared")
    assert document.report_year == 2023


def test_a_declaration_gives_a_report_that_names_nobody_its_issuer_and_year():
    bare = extract_text(UNNAMED)
    assert (bare.issuer.issuer, bare.report_year) == (None, None)
    declared = extract_text(UNNAMED, declared_issuer="天津市西青区", declared_year=2022)
    assert (declared.issuer.issuer, declared.report_year) == ("天津市西青区", 2022)
    assert declared.review_reasons == []
    assert [f.value for f in declared.figures] == [f.value for f in bare.figures]


def test_a_year_alone_leaves_the_issuer_to_inference():
    document = extract_text(TITLED, declared_year=2021)
    assert (document.issuer.issuer, document.issuer.source, document.report_year) == ("天津市静海区", "title", 2021)


# --- the file: parsing and checking ------------------------------------------------------

# The example README.md shows, so the documentation cannot drift from what is accepted.
EXAMPLE = re.search(r"```toml\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL).group(1)
LAST_YEAR = date.today().year  # a report cannot cover a year that has not begun


def test_the_example_in_the_readme_parses_and_declares_what_it_says():
    sidecar = parse_sidecar(EXAMPLE)
    places = sidecar.places_digest
    assert [p.name for p in sidecar.places] == ["中新天津生态城"] and places
    assert sidecar.declaration_for("tianjin/binhai/report.txt") == Declaration("天津市滨海新区人民政府", 2023, places)
    assert sidecar.declaration_for("scans/2022_report.pdf") == Declaration(None, 2022, places)
    assert sidecar.declaration_for("tianjin/jinghai_2022.txt") == Declaration(None, None, places)


def test_no_sidecar_declares_nothing(tmp_path):
    assert read_sidecar(tmp_path).declaration_for("a.txt") is None


def test_a_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "zhifa.toml").write_bytes(b"\xef\xbb\xbf" + EXAMPLE.encode("utf-8"))
    sidecar = read_sidecar(tmp_path)
    assert sidecar.declaration_for("scans/2022_report.pdf") == Declaration(None, 2022, sidecar.places_digest)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear = 2023\n\n[[declare]]\npath = "b.txt"\nisuer = "天津市西青区"\n',
            "zhifa.toml:7: unknown key 'isuer' in [[declare]] (known: path, issuer, year)",
            id="unknown key in an entry",
        ),
        pytest.param(
            'title = "my reports"\n[[declare]]\npath = "a.txt"\nyear = 2023\n',
            "zhifa.toml:1: unknown key 'title' (zhifa.toml holds [[declare]] and [[place]] tables only)",
            id="unknown key at the top",
        ),
        pytest.param(
            '"two\\nlines" = 1\n',
            "zhifa.toml:1: unknown key 'two\\nlines' (zhifa.toml holds [[declare]] and [[place]] tables only)",
            id="a newline in a key stays one line",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear = 2023\n\n[[declare]]\nissuer = "天津市西青区"\n',
            "zhifa.toml:5: [[declare]] has no path",
            id="missing path",
        ),
        pytest.param(
            '[[declare]]\npath = ""\nyear = 2023\n',
            'zhifa.toml:2: path must be a non-empty text, like "tianjin/binhai/*"',
            id="empty path",
        ),
        pytest.param(
            '[[declare]]\npath = "../elsewhere/*"\nyear = 2023\n',
            "zhifa.toml:2: path '../elsewhere/*' must be relative to the reports folder and stay inside it",
            id="path leaving the folder",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nissuer = "天津市西青区"\nyear = 1999\n',
            f"zhifa.toml:4: year 1999 is outside 2000..{LAST_YEAR}",
            id="year too early",
        ),
        pytest.param(
            f'[[declare]]\npath = "a.txt"\nyear = {LAST_YEAR + 1}\n',
            f"zhifa.toml:3: year {LAST_YEAR + 1} is outside 2000..{LAST_YEAR}",
            id="year in the future",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear = "2023"\n',
            'zhifa.toml:3: year must be a whole number like 2023, not "2023"',
            id="year as text",
        ),
        pytest.param(
            '[[place]]\nname = "甲区"\nlevel = "district"\n',
            "zhifa.toml:3: level must be one of province, city, county, township",
            id="place level unknown",
        ),
        pytest.param(
            '[[place]]\nlevel = "county"\n',
            "zhifa.toml:1: [[place]] has no name",
            id="place without a name",
        ),
        pytest.param(
            '[[place]]\nname = "甲区"\nlevel = "county"\nparent = "无名市"\n',
            "zhifa.toml:4: parent '无名市' of 甲区 is neither a division code nor a place known before it",
            id="place under an unknown parent",
        ),
        pytest.param(
            '[[place]]\nname = "甲区"\nlevel = "county"\nparent = "120000"\nkind = "zone"\n',
            "zhifa.toml:5: unknown key 'kind' in [[place]] (known: name, level, parent, key, aliases, admin_level)",
            id="unknown key in a place",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\n  issuer = "  "\n',
            "zhifa.toml:3: issuer is empty",
            id="empty issuer",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nissuer = 42\n',
            'zhifa.toml:3: issuer must be text, like "天津市滨海新区人民政府", not 42',
            id="issuer not text",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\n',
            "zhifa.toml:1: [[declare]] declares neither issuer nor year",
            id="declares nothing",
        ),
        pytest.param(
            '[declare]\npath = "a.txt"\nyear = 2023\n',
            "zhifa.toml:1: declare must be [[declare]] tables",
            id="a single table",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear 2023\n',
            "zhifa.toml:3: not valid TOML: Expected '=' after a key in a key/value pair",
            id="syntax error",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear = 2023\nyear = 2022\n',
            "zhifa.toml:4: not valid TOML: Cannot overwrite a value",
            id="a key twice",
        ),
        pytest.param(
            '[[declare]]\npath = "a.txt"\nyear =\n',
            "zhifa.toml:3: not valid TOML: Invalid value",
            id="syntax error at the end",
        ),
    ],
)
def test_a_malformed_sidecar_is_one_line_naming_the_file_and_line(text, message):
    with pytest.raises(SidecarError) as caught:
        parse_sidecar(text)
    assert str(caught.value) == message


def test_the_error_names_the_file_it_read(tmp_path):
    (tmp_path / "zhifa.toml").write_text('[[declare]]\npath = "a.txt"\nyear = 1999\n', encoding="utf-8")
    with pytest.raises(SidecarError, match=rf"^{re.escape(str(tmp_path / 'zhifa.toml'))}:3: year 1999 is outside"):
        read_sidecar(tmp_path)


def test_a_dangling_link_is_an_error_not_a_missing_sidecar(tmp_path):
    (tmp_path / "zhifa.toml").symlink_to(tmp_path / "gone.toml")
    with pytest.raises(SidecarError) as caught:
        read_sidecar(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'zhifa.toml'}: cannot read it: No such file or directory"


def test_bytes_that_are_not_utf8_are_named_by_line(tmp_path):
    (tmp_path / "zhifa.toml").write_bytes('[[declare]]\npath = "a.txt"\nissuer = "样例市"\n'.encode("gbk"))
    with pytest.raises(SidecarError) as caught:
        read_sidecar(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'zhifa.toml'}:3: not UTF-8 text (TOML files must be UTF-8)"


# --- which entry applies ------------------------------------------------------------------


def declared(text: str, source_path: str) -> Declaration | None:
    return parse_sidecar(text).declaration_for(source_path)


def test_a_folder_pattern_covers_the_files_beneath_it():
    text = '[[declare]]\npath = "tianjin/binhai"\nyear = 2023\n'
    assert declared(text, "tianjin/binhai/a.txt") == Declaration(None, 2023)
    assert declared(text, "tianjin/binhai/2023/b.pdf") == Declaration(None, 2023)
    assert declared(text, "tianjin/binhai_old.txt") is None  # a name that only starts alike


def test_a_star_stays_inside_one_name_and_two_stars_cross_folders():
    one = '[[declare]]\npath = "*/report.txt"\nyear = 2023\n'
    assert declared(one, "binhai/report.txt") == Declaration(None, 2023)
    assert declared(one, "tianjin/binhai/report.txt") is None
    two = '[[declare]]\npath = "**/report.txt"\nyear = 2023\n'
    assert declared(two, "report.txt") == declared(two, "tianjin/binhai/report.txt") == Declaration(None, 2023)
    mark = '[[declare]]\npath = "scan_?.pdf"\nyear = 2023\n'
    assert declared(mark, "scan_1.pdf") == Declaration(None, 2023)
    assert declared(mark, "scan_12.pdf") is None


def test_the_entry_naming_the_file_wins_over_a_glob_written_later():
    text = (
        '[[declare]]\npath = "scans/2022_report.pdf"\nyear = 2022\n'
        '[[declare]]\npath = "scans/*"\nissuer = "天津市西青区"\nyear = 2021\n'
    )
    assert declared(text, "scans/2022_report.pdf") == Declaration("天津市西青区", 2022)
    assert declared(text, "scans/other.pdf") == Declaration("天津市西青区", 2021)


def test_the_narrower_glob_wins_and_fields_come_from_the_strongest_entry_that_sets_them():
    text = (
        '[[declare]]\npath = "tianjin/binhai/*_2023.*"\nyear = 2023\n'
        '[[declare]]\npath = "tianjin/**"\nissuer = "天津市"\nyear = 2020\n'
        '[[declare]]\npath = "tianjin/binhai"\nissuer = "天津市滨海新区"\n'
    )
    assert declared(text, "tianjin/binhai/report_2023.txt") == Declaration("天津市滨海新区", 2023)
    assert declared(text, "tianjin/binhai/report_2022.txt") == Declaration("天津市滨海新区", 2020)
    assert declared(text, "tianjin/jinghai/report.txt") == Declaration("天津市", 2020)


def test_of_two_equally_specific_entries_the_later_one_wins():
    text = '[[declare]]\npath = "a/*"\nyear = 2021\n[[declare]]\npath = "*/b"\nyear = 2022\n'
    assert declared(text, "a/b") == Declaration(None, 2022)


def test_a_leading_dot_slash_and_a_trailing_slash_are_the_same_path():
    text = '[[declare]]\npath = "./scans/"\nyear = 2022\n'
    assert declared(text, "scans/x.pdf") == Declaration(None, 2022)


def test_the_fingerprint_holds_only_what_is_declared():
    assert Declaration(None, 2022).fingerprint() == '{"year": 2022}'
    assert Declaration("天津市西青区", 2022).fingerprint() == '{"issuer": "天津市西青区", "year": 2022}'


# --- ingestion ------------------------------------------------------------------------------


@pytest.fixture
def inbox(tmp_path):
    reports = tmp_path / "reports"
    (reports / "scans").mkdir(parents=True)
    shutil.copy(BUNDLED_REPORTS / "unnamed_report.txt", reports / "scans" / "unnamed_report.txt")
    shutil.copy(BUNDLED_REPORTS / "tianjin_jinghai_2022.txt", reports / "tianjin_jinghai_2022.txt")
    return reports


def declare(reports, text: str) -> None:
    (reports / "zhifa.toml").write_text(text, encoding="utf-8")


def documents(tmp_path) -> dict[str, tuple]:
    with duckdb.connect(str(tmp_path / "wh" / "build.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT source_path, issuer, issuer_key, report_year, needs_review, declared FROM raw.documents"
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_declared_issuer_and_year_land_in_raw_documents(tmp_path, inbox):
    declare(inbox, '[[declare]]\npath = "scans"\nissuer = "天津市滨海新区人民政府"\nyear = 2023\n')
    summary, _ = run_ingest(tmp_path, inbox)
    assert summary.files_seen == 2 and summary.documents_loaded == 2  # zhifa.toml is not a report
    loaded = documents(tmp_path)
    assert loaded["scans/unnamed_report.txt"] == (
        "天津市滨海新区", "tianjin/binhaixin", 2023, False, '{"issuer": "天津市滨海新区人民政府", "year": 2023}'
    )
    assert loaded["tianjin_jinghai_2022.txt"] == ("天津市静海区", "tianjin/jinghai", 2022, False, None)


def test_only_the_top_level_zhifa_toml_is_the_sidecar(tmp_path, inbox):
    declare(inbox, '[[declare]]\npath = "scans/*"\nyear = 2023\n')
    (inbox / "scans" / "zhifa.toml").write_text('[[declare]]\npath = "*"\nyear = 2021\n', encoding="utf-8")
    summary, _ = run_ingest(tmp_path, inbox)
    assert [(path, reason) for path, reason, _ in summary.quarantined] == [("scans/zhifa.toml", "unsupported_format")]
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen == 3
    assert documents(tmp_path)["scans/unnamed_report.txt"][2] == 2023


def test_a_changed_declaration_re_extracts_the_unchanged_file_on_the_next_run(tmp_path, inbox, monkeypatch):
    run_ingest(tmp_path, inbox)
    assert documents(tmp_path)["scans/unnamed_report.txt"][:3] == (None, None, 2023)
    read = []
    real_extract = ingest_module.extract_file
    monkeypatch.setattr(ingest_module, "extract_file", lambda path, **kw: read.append(path.name) or real_extract(path, **kw))

    declare(inbox, '[[declare]]\npath = "scans/unnamed_report.txt"\nissuer = "天津市西青区"\nyear = 2021\n')
    summary, tables = run_ingest(tmp_path, inbox)
    assert read == ["unnamed_report.txt"]  # the other report, its declaration (none) unchanged, is not read
    assert summary.documents_new == 1 and summary.redeclared == ["scans/unnamed_report.txt"]
    assert documents(tmp_path)["scans/unnamed_report.txt"] == (
        "天津市西青区", "tianjin/xiqing", 2021, False, '{"issuer": "天津市西青区", "year": 2021}'
    )
    assert tables["documents"] == 2 and tables["document_paths"] == 2  # the row replaced, not added

    summary, _ = run_ingest(tmp_path, inbox)
    assert summary.documents_new == 0 and summary.redeclared == []  # the same declaration: nothing to do

    (inbox / "zhifa.toml").unlink()
    summary, _ = run_ingest(tmp_path, inbox)
    assert summary.redeclared == ["scans/unnamed_report.txt"]
    assert documents(tmp_path)["scans/unnamed_report.txt"] == (None, None, 2023, True, None)  # inference is back


def test_a_declared_place_resolves_a_name_the_division_table_lacks_and_a_new_one_re_extracts(tmp_path, inbox):
    (inbox / "zone.txt").write_text("中新天津生态城2023年度行政执法工作报告\n全年实施行政处罚案件15件。", encoding="utf-8")
    run_ingest(tmp_path, inbox)
    assert documents(tmp_path)["zone.txt"][:2] == (None, None)  # not in the table: never guessed

    declare(inbox, '[[place]]\nname = "中新天津生态城"\nlevel = "county"\nparent = "天津市滨海新区"\nkey = "eco_city"\n')
    summary, _ = run_ingest(tmp_path, inbox)
    assert sorted(summary.redeclared) == ["scans/unnamed_report.txt", "tianjin_jinghai_2022.txt", "zone.txt"]
    issuer, key, year, review, declared = documents(tmp_path)["zone.txt"]
    assert (issuer, key, year, review) == ("天津市滨海新区中新天津生态城", "tianjin/binhaixin/eco_city", 2023, False)
    assert json.loads(declared).keys() == {"places"}


def test_bytes_under_two_names_take_the_declaration_of_the_name_that_has_one(tmp_path, inbox):
    shutil.copy(inbox / "scans" / "unnamed_report.txt", inbox / "a_copy.txt")  # scanned before scans/
    declare(inbox, '[[declare]]\npath = "scans/*"\nissuer = "天津市西青区"\n')
    _, tables = run_ingest(tmp_path, inbox)
    assert tables["documents"] == 2 and tables["document_paths"] == 3
    assert documents(tmp_path)["scans/unnamed_report.txt"][0] == "天津市西青区"


def test_declarations_reach_the_parallel_workers(tmp_path, inbox, monkeypatch):
    monkeypatch.setattr(ingest_module, "BATCH_FILES", 1)  # several batches, so the pool is used
    declare(inbox, '[[declare]]\npath = "**"\nyear = 2020\n')
    run_ingest(tmp_path, inbox, workers=2)
    assert {row[2] for row in documents(tmp_path).values()} == {2020}


def test_a_malformed_sidecar_stops_ingestion_before_anything_is_written(tmp_path, inbox):
    declare(inbox, '[[declare]]\npath = "scans/*"\nyear = 1999\n')
    with pytest.raises(SidecarError, match=r"zhifa.toml:3: year 1999 is outside"):
        run_ingest(tmp_path, inbox)
    with duckdb.connect(str(tmp_path / "wh" / "build.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.documents").fetchall() == [(0,)]
    assert not list((tmp_path / "wh" / "lake").glob("ingest-*"))


# --- refusing a malformed sidecar: the command line and Dagster -------------------------------

MALFORMED = '[[declare]]\npath = "scans/*"\nyear = 1999\n'


def test_zhifa_run_refuses_a_malformed_sidecar_in_one_line_with_exit_2_and_loads_nothing(tmp_path, inbox):
    declare(inbox, MALFORMED)
    warehouse = tmp_path / "wh"
    result = zhifa("run", "--reports", str(inbox), "--warehouse", str(warehouse))
    assert result.returncode == 2
    assert result.stderr == f"zhifa: error: {inbox.resolve() / 'zhifa.toml'}:3: year 1999 is outside 2000..{LAST_YEAR}\n"
    assert not warehouse.exists()


def test_zhifa_run_leaves_an_existing_warehouse_untouched_when_the_sidecar_is_malformed(tmp_path, inbox):
    run_ingest(tmp_path, inbox)  # a warehouse from an earlier run
    before = {path.name: path.read_bytes() for path in (tmp_path / "wh").iterdir() if path.is_file()}
    declare(inbox, '[[declare]]\npath = "scans/*"\nisuer = "天津市西青区"\n')
    result = zhifa("run", "--reports", str(inbox), "--warehouse", str(tmp_path / "wh"))
    assert (result.returncode, len(result.stderr.splitlines())) == (2, 1)
    assert result.stderr.endswith("zhifa.toml:3: unknown key 'isuer' in [[declare]] (known: path, issuer, year)\n")
    assert {path.name: path.read_bytes() for path in (tmp_path / "wh").iterdir() if path.is_file()} == before


def test_the_dagster_step_fails_with_the_same_one_line_message(tmp_path, inbox):
    declare(inbox, MALFORMED)
    settings = Settings.from_env(inbox, tmp_path / "wh")
    expected = f"{inbox.resolve() / 'zhifa.toml'}:3: year 1999 is outside 2000..{LAST_YEAR}"
    assert step_failure(settings, metric_definitions, raw_reports) == expected


def test_the_year_partitions_re_extract_with_the_declarations_too(tmp_path, inbox):
    sidecar = parse_sidecar('[[declare]]\npath = "scans"\nissuer = "天津市西青区"\nyear = 2021\n')
    extract_year(inbox, ["scans/unnamed_report.txt"], tmp_path / "2021", sidecar)
    rows = pq.read_table(tmp_path / "2021" / "documents.parquet", columns=["issuer", "report_year", "declared"]).to_pylist()
    assert rows == [{"issuer": "天津市西青区", "report_year": 2021, "declared": '{"issuer": "天津市西青区", "year": 2021}'}]


# A changed declaration reaching the marts, built incrementally as a full rebuild would build them,
# is tests/test_incremental.py's (test_a_changed_declaration_rebuilds_the_models_as_a_full_rebuild_would):
# it shares that file's pipeline runs.
