"""The whole pipeline on the bundled reports: real Dagster, dbt-duckdb, Great Expectations, DuckDB."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import REPO
from tests.e2e_support import ZHIFA, Workspace

pytestmark = pytest.mark.e2e

SAMPLES = json.loads((REPO / "tests" / "fixtures" / "sample_reports_expected.json").read_text(encoding="utf-8"))
FUTURE_REPORT = (
    "【样例数据】本文件为zhifa项目编写的虚构示例，非真实政府报告。\n"
    "样例市丙区2099年度行政执法情况报告\n"
    "2099年，丙区实施行政处罚12件，行政检查30次。\n"
)


@pytest.fixture(scope="module")
def first_run(bundled_build, tmp_path_factory) -> tuple[Workspace, object]:
    """The first run on the bundled reports (shared with the other files that start from it),
    and a copy of its reports and warehouse for this file to go on from."""
    return bundled_build.copy_to(tmp_path_factory.mktemp("e2e")), bundled_build.result


def test_run_publishes_and_says_so(first_run):
    ws, result = first_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert ws.published.exists()
    assert "published the warehouse" in result.stdout
    files = len([p for p in ws.reports.iterdir() if p.name != "zhifa.toml"])  # its declarations, not a report
    assert f"files      {files} seen: {files} loaded" in result.stdout
    assert "Extracting report files" in result.stderr  # progress while it worked


def test_real_reports_figures_are_in_the_marts(first_run):
    ws, _ = first_run
    rows = dict(
        ws.query(
            """
            SELECT issuer_key || ':' || metric, value FROM marts.fct_report_metric
            WHERE report_year = 2022 AND domain = 'all'
              AND (issuer_key, metric) IN (('tianjin/jinghai', 'penalty_cases'), ('tianjin/teda', 'fines_amount'))
            """
        )
    )
    assert rows == {"tianjin/jinghai:penalty_cases": 2132.0, "tianjin/teda:fines_amount": 9379000.0}


def test_every_bundled_report_is_loaded_as_a_report(first_run):
    ws, _ = first_run
    kinds = dict(ws.query("SELECT source_path, document_kind FROM marts.dim_document"))
    assert kinds and set(kinds.values()) == {"report"}, kinds


def test_every_mart_is_filled(first_run):
    ws, _ = first_run
    for name, rows in ws.marts_snapshot().items():
        if name == "fct_document_conflict":
            assert not rows, "the bundled reports name each issuer-year once"
        elif name == "dim_correction":
            assert not rows, "a copy of the bundled reports has no corrections folder (test_corrections_end_to_end.py gives one)"
        else:
            assert rows, f"marts.{name} is empty"


@pytest.mark.parametrize(
    "expected",
    [row for row in SAMPLES["yoy_expectations"] if row["claimed_pct_change"] is not None or row["claimed_abs_change"] is not None],
    ids=lambda r: f"{r['issuer_key']}:{r['metric']}:{r['report_year']}",
)
def test_fictional_year_over_year_rows_match_what_the_reports_say(first_run, expected):
    ws, _ = first_run
    rows = ws.query(
        """
        SELECT value, prior_year_value, claimed_pct_change, claimed_abs_change, claim_consistent
        FROM marts.fct_metric_yoy
        WHERE issuer_key = ? AND metric = ? AND domain = ? AND report_year = ?
        """,
        [expected["issuer_key"], expected["metric"], expected["domain"], expected["report_year"]],
    )
    assert rows == [
        (
            float(expected["value"]),
            float(expected["prior_year_value"]),
            expected["claimed_pct_change"],
            expected["claimed_abs_change"],
            expected["claim_consistent"],
        )
    ]


def test_the_deliberately_wrong_claim_is_found(first_run):
    ws, _ = first_run
    wrong = SAMPLES["deliberate_inconsistency"]
    rows = ws.query(
        "SELECT issuer_key, metric, report_year FROM marts.fct_metric_yoy WHERE claim_consistent = false"
    )
    assert (wrong["issuer_key"], wrong["metric"], wrong["report_year"]) in rows


def test_the_statistical_template_reaches_the_marts_and_its_kinds_add_up(first_run):
    ws, _ = first_run
    codes = {row[0] for row in ws.query("SELECT metric FROM marts.dim_metric")}
    assert {"penalty_warning", "penalty_restriction", "penalty_other", "other_actions_total", "certification_rate"} <= codes
    checks = ws.query(
        "SELECT expected_value, actual_value, passed FROM marts.fct_consistency_check "
        "WHERE check_id = 'penalty_kinds_sum_to_total' AND issuer_key = 'yangli/jiaqu' AND report_year = 2024"
    )
    assert checks == [(1185.0, 1185.0, True)]
    # 限制开展生产经营活动 | 责令停产停业… are two columns of one kind: counted once, summed.
    restriction = ws.query(
        "SELECT value, as_written, has_conflict FROM marts.fct_report_metric "
        "WHERE issuer_key = 'yangli/jiaqu' AND report_year = 2024 AND metric = 'penalty_restriction' AND domain = 'all'"
    )
    assert restriction == [(8.0, "1 + 7", False)]


def test_validation_results_exist_for_all_three_stages(first_run):
    ws, _ = first_run
    stages = {row[0] for row in ws.query("SELECT DISTINCT stage FROM quality.validation_results")}
    assert stages == {"raw", "staging", "marts"}


def test_data_docs_were_written(first_run):
    ws, _ = first_run
    index = ws.warehouse / "quality" / "index.html"
    assert index.exists() and "<html" in index.read_text(encoding="utf-8").lower()


def dbt_parsed_in_full(ws: Workspace) -> bool:
    """Whether the last run's dbt build parsed the project from scratch (each run leaves
    only its own dbt folder)."""
    (invocation,) = (ws.warehouse / "dbt").glob("dbt_models-*")
    return "Unable to do partial parsing" in (invocation / "dbt.log").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def second_run(first_run) -> tuple[subprocess.CompletedProcess, dict, dict | None, bool | None]:
    """`zhifa run` once more on the copy, nothing changed: what it said, the marts before and
    after it, and whether its dbt build parsed the project in full (None when the run failed).
    A later run on the copy that expects dbt to keep the parse asks for this one, so that it
    holds whichever of the tests runs, alone or in any order."""
    ws, _ = first_run
    before = ws.marts_snapshot()
    result = ws.run()
    if result.returncode != 0:
        return result, before, None, None
    return result, before, ws.marts_snapshot(), dbt_parsed_in_full(ws)


def test_second_run_changes_no_mart(second_run):
    result, before, after, parsed_in_full = second_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(0 new)" in result.stdout
    assert after == before
    # The copy took the manifest it was built with, and dbt parsed once for its new path.
    assert parsed_in_full


def test_failing_error_expectation_exits_1_and_keeps_the_published_file(first_run):
    ws, _ = first_run
    digest = ws.published_digest()
    bad = ws.reports / "sample_bingqu_2099.txt"
    bad.write_text(FUTURE_REPORT, encoding="utf-8")
    try:
        result = ws.run()
        assert result.returncode == 1, result.stdout + result.stderr
        assert "did NOT publish" in result.stdout
        assert "gx_raw_suite" in result.stdout
        assert ws.published_digest() == digest
    finally:
        bad.unlink()
        # Removed files keep their documents; a report that must go is retracted.
        retracted = subprocess.run(
            [*ZHIFA, "retract", bad.name, "--warehouse", str(ws.warehouse)], capture_output=True, text=True, timeout=120
        )
        assert retracted.returncode == 0 and "retracted sample_bingqu_2099.txt" in retracted.stdout, retracted.stderr


def test_the_worked_queries_in_docs_bi_md_run_and_find_rows(first_run):
    import re

    ws, _ = first_run
    queries = re.findall(r"```sql\n(.*?)```", (REPO / "docs" / "bi.md").read_text(encoding="utf-8"), re.S)
    assert len(queries) == 3
    for query in queries:
        assert ws.query(query), query


@pytest.mark.usefixtures("second_run")  # a run on the copy before this one, whose parse this one keeps
def test_two_reports_for_one_issuer_year_are_both_kept_and_the_conflict_is_surfaced(first_run):
    ws, _ = first_run
    rival = ws.reports / "sample_jiaqu_2022_revised.txt"
    rival.write_text(
        "【样例数据】本文件为zhifa项目编写的虚构示例，非真实政府报告。\n"
        "样例市甲区2022年度行政执法情况报告\n"
        "2022年，全区共实施行政处罚1399件。\n",
        encoding="utf-8",
    )
    # a news item beside them, of the year after 甲区's last report: loaded, said to be news, and
    # its change on that report listed as a problem
    news = ws.reports / "news_jiaqu_2025.txt"
    news.write_text(
        "样例市甲区严查违法经营\n来源：某某日报 记者 某某\n2025年以来，样例市甲区共办理行政处罚案件88宗。\n",
        encoding="utf-8",
    )
    try:
        result = ws.run()
        assert result.returncode == 0, result.stdout + result.stderr  # a warning, not a block
        kinds = dict(ws.query("SELECT source_path, document_kind FROM marts.dim_document WHERE source_path IN (?, ?)", [rival.name, news.name]))
        assert kinds == {rival.name: "report", news.name: "news"}
        flagged = ws.query(
            "SELECT expected_value IS NOT NULL, actual_value, detail, source_path FROM bi.bi_problems "
            "WHERE problem_kind = 'news_in_year_over_year' AND issuer_key = 'yangli/jiaqu' AND report_year = 2025 AND metric = 'penalty_cases'"
        )
        assert flagged == [(True, 88.0, flagged[0][2], news.name)] and "this year from a news item" in flagged[0][2], flagged
        conflicts = ws.query(
            "SELECT document_count, disagreeing_metrics, source_paths FROM marts.fct_document_conflict "
            "WHERE issuer_key = 'yangli/jiaqu' AND report_year = 2022"
        )
        assert conflicts and conflicts[0][0] == 2 and conflicts[0][1] >= 1
        assert "sample_jiaqu_2022_revised.txt" in conflicts[0][2]
        documents = ws.query("SELECT count(*) FROM marts.dim_document WHERE issuer_key = 'yangli/jiaqu' AND report_year = 2022")
        assert documents == [(2,)]
        warned = ws.query(
            "SELECT success FROM quality.validation_results WHERE table_name = 'marts.fct_document_conflict' "
            "AND run_id = (SELECT run_id FROM quality.validation_results ORDER BY evaluated_at DESC LIMIT 1)"
        )
        assert warned == [(False,)]
        assert not dbt_parsed_in_full(ws), "the parse of the run before was kept for this one"
    finally:
        rival.unlink()
        news.unlink()
