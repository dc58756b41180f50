"""Corrections end to end, on a copy of the bundled reports and one report written for this test:
a run with an analyst's corrections changes the marts and says so in value_source; taking them
out restores the extracted values; a stale correction shows on the quality page; the review
queue answered and added with `zhifa review` / `zhifa correct` gives, on an incremental run,
what the first run built from scratch; a malformed corrections file stops `zhifa run` with
exit 2 and its line, and the published warehouse stays byte for byte as it was.

Three pipeline runs in all, made once by the module's fixture."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e_support import MARTS, ZHIFA, Workspace, workspace
from tests.test_incremental import LOAD_TIME_COLUMNS, rows_without

pytestmark = pytest.mark.e2e

# A report in our own words whose 联合执法一次 the extractor does not take for a figure.
MISSED_FIGURE_REPORT = REPO / "tests" / "fixtures" / "corrections" / "sample_yixian_2024.txt"
HEADER = "kind,document,named_issuer,span_start,span_end,as_written,occurrence,sentence,issuer,report_year,metric,domain,value,exclude,reason,author"
VALUE_REASON = "the printed table says 16507"
ISSUER_REASON = "the letterhead names the district"
CORRECTIONS = "\n".join((
    HEADER,
    # 甲区 2022's inspections, by span: with 16507 the 2023 report's 同比增长14.8% holds
    f"figure,sample_jiaqu_2022.txt,,185,191,17424次,,,,,,,16507,,{VALUE_REASON},analyst",
    "addition,sample_yixian_2024.txt,,,,一次,,,,,special_campaigns,agriculture,,,a joint action is a campaign,analyst",
    "figure,sample_yixian_2024.txt,,,,40批次,,县农业农村局在夏粮收购期间牵头开展农资市场联合执法一次，抽检化肥样品40批次,,,,,,yes,samples are not inspections,analyst",
    f"document,unnamed_report.txt,,,,,,,天津市西青区人民政府,,,,,,{ISSUER_REASON},analyst",
    # nothing stands at this span: stale, a warning
    "figure,tianjin_jinghai_2022.txt,,1,6,9999件,,,,,,,5,,a figure that is not there,analyst",
)) + "\n"  # fmt: skip
# Everything the runs build, less the corrections themselves (compared on their own).
COMPARED = [f"marts.{name}" for name in MARTS if name != "dim_correction"] + ["bi.bi_figures", "bi.bi_problems"]


@dataclass
class Story:
    ws: Workspace
    folder: Path
    runs: list[subprocess.CompletedProcess] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)  # what each run published, by question
    snapshots: list[dict] = field(default_factory=list)
    quality_page: str = ""
    queue: list[dict] = field(default_factory=list)
    correct: subprocess.CompletedProcess | None = None


def zhifa(story: Story, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*ZHIFA, *args], capture_output=True, text=True, timeout=600, cwd=story.ws.warehouse.parent)


def facts(ws: Workspace) -> dict:
    one = lambda sql: ws.query(sql)  # noqa: E731
    return {
        "jiaqu_2022_inspections": one(
            "SELECT value, value_source, correction_reason FROM marts.fct_report_metric "
            "WHERE issuer_key = 'yangli/jiaqu' AND report_year = 2022 AND metric = 'inspections' AND domain = 'all'"
        ),
        "jiaqu_inspections_yoy": one(
            "SELECT report_year, value, prior_year_value, claim_consistent, value_source, prior_year_value_source, correction_reason "
            "FROM marts.fct_metric_yoy WHERE issuer_key = 'yangli/jiaqu' AND metric = 'inspections' AND domain = 'all' "
            "AND report_year IN (2022, 2023) ORDER BY report_year"
        ),
        "added": one("SELECT issuer_key, report_year, metric, domain, value, value_source FROM marts.fct_report_metric WHERE value_source = 'added'"),
        "yixian_2024_figures": one(
            "SELECT f.as_written, f.metric, f.value_source FROM staging.stg_figures AS f JOIN marts.dim_document AS d USING (doc_id) "
            "WHERE d.source_path = 'sample_yixian_2024.txt' ORDER BY f.span_start"
        ),
        "unnamed_report": one(
            "SELECT issuer_key, issuer_source, needs_review, correction_reason FROM marts.dim_document WHERE source_path = 'unnamed_report.txt'"
        ),
        "xiqing_penalties": one(
            "SELECT value, value_source, correction_reason FROM marts.fct_report_metric "
            "WHERE issuer_key = 'tianjin/xiqing' AND metric = 'penalty_cases' AND domain = 'all'"
        ),
        "corrections": one("SELECT correction_id, kind, status, still_matches, agrees_with_others FROM marts.dim_correction ORDER BY correction_file, line"),
    }


def answered(queue: list[dict]) -> list[dict]:
    """The review queue as an analyst fills it in: the report that names nobody, and the
    figure behind the claim that disagrees, answered as CORRECTIONS answers them."""
    rows = []
    for row in queue:
        if row["kind"] == "document" and row["document"] == "unnamed_report.txt":
            row.update(issuer="天津市西青区人民政府", reason=ISSUER_REASON, author="analyst")
        if row["kind"] == "figure" and (row["document"], row["span_start"]) == ("sample_jiaqu_2022.txt", "185"):
            row.update(value="16507", reason=VALUE_REASON, author="analyst")
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Story:
    ws = workspace(tmp_path_factory.mktemp("corrections"))
    shutil.copy(MISSED_FIGURE_REPORT, ws.reports / MISSED_FIGURE_REPORT.name)
    story = Story(ws, ws.warehouse.parent / "corrections")
    story.folder.mkdir()
    corrections_file = story.folder / "corrections.csv"

    def run() -> None:
        result = ws.run("--corrections", str(story.folder))
        assert result.returncode == 0, result.stdout + result.stderr
        story.runs.append(result)
        story.facts.append(facts(ws))
        story.snapshots.append(rows_without(ws, COMPARED, LOAD_TIME_COLUMNS))

    # 1. with the corrections, built from scratch
    corrections_file.write_text(CORRECTIONS, encoding="utf-8")
    run()
    story.quality_page = (ws.warehouse / "quality" / "zhifa.html").read_text(encoding="utf-8")
    # 2. without them
    corrections_file.unlink()
    run()
    # 3. the queue answered and added, the corrections back: incrementally
    queue_file = ws.warehouse.parent / "queue.csv"
    review = zhifa(story, "review", "--warehouse", str(ws.warehouse), "--out", str(queue_file))
    assert review.returncode == 0, review.stderr
    story.queue = list(csv.DictReader(io.StringIO(queue_file.read_text(encoding="utf-8-sig"))))
    with open(queue_file, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(story.queue[0]))
        writer.writeheader()
        writer.writerows(answered([dict(row) for row in story.queue]))
    story.correct = zhifa(story, "correct", str(queue_file), "--reports", str(ws.reports), "--warehouse", str(ws.warehouse), "--corrections", str(story.folder))
    corrections_file.write_text(CORRECTIONS, encoding="utf-8")
    run()
    return story


# --- 1. a run with corrections -------------------------------------------------------------------


def test_a_corrected_value_reaches_the_mart_and_the_year_over_year_row_and_says_so(story):
    first = story.facts[0]
    assert first["jiaqu_2022_inspections"] == [(16507.0, "corrected", VALUE_REASON)]
    # 2022 against 2021, and 2023's 同比增长14.8% now against the corrected 2022: it holds
    assert first["jiaqu_inspections_yoy"] == [
        (2022, 16507.0, 15840.0, False, "corrected", "extracted", VALUE_REASON),
        (2023, 18950.0, 16507.0, True, "extracted", "corrected", VALUE_REASON),
    ]


def test_an_added_figure_is_found_in_the_text_and_an_excluded_one_leaves(story):
    first = story.facts[0]
    assert first["added"] == [("yangli/yixian", 2024, "special_campaigns", "agriculture", 1.0, "added")]
    assert first["yixian_2024_figures"] == [
        ("9120次", "inspections", "extracted"), ("602件", "penalty_cases", "extracted"),
        ("401.5万元", "fines_amount", "extracted"), ("一次", "special_campaigns", "added"),
    ]  # fmt: skip


def test_a_document_correction_gives_the_report_its_issuer_and_its_figures_follow(story):
    first = story.facts[0]
    assert first["unnamed_report"] == [("tianjin/xiqing", "corrected", False, ISSUER_REASON)]
    assert first["xiqing_penalties"] == [(138.0, "corrected", ISSUER_REASON)]


def test_a_stale_correction_is_a_warning_on_the_quality_page_with_its_row(story):
    assert [row[2] for row in story.facts[0]["corrections"]] == ["applied", "applied", "applied", "applied", "stale"]
    assert "published the warehouse" in story.runs[0].stdout  # a warning, not blocking
    assert "marts.dim_correction" in story.quality_page
    assert "corrections.csv:6: matches nothing any more" in story.quality_page


# --- 2. the corrections taken out ----------------------------------------------------------------


def test_taking_the_corrections_out_restores_the_extracted_values(story):
    second = story.facts[1]
    assert second["jiaqu_2022_inspections"] == [(17424.0, "extracted", None)]
    assert [row[:4] for row in second["jiaqu_inspections_yoy"]] == [(2022, 17424.0, 15840.0, True), (2023, 18950.0, 17424.0, False)]
    assert second["added"] == [] and second["xiqing_penalties"] == [] and second["corrections"] == []
    assert ("40批次", None, "extracted") in second["yixian_2024_figures"]
    assert second["unnamed_report"] == [(None, None, True, None)]


# --- 3. the review queue answered, and an incremental run ----------------------------------------


def test_the_queue_lists_the_report_that_names_nobody_and_the_figures_of_the_claim(story):
    listed = {(row["kind"], row["document"], row["span_start"]) for row in story.queue}
    assert {("document", "unnamed_report.txt", ""), ("figure", "sample_jiaqu_2022.txt", "185")} <= listed
    assert all(not any(row[c] for c in ("issuer", "report_year", "metric", "domain", "value", "exclude")) for row in story.queue)


def test_correct_adds_the_answered_rows_and_an_incremental_run_builds_what_the_first_one_did(story):
    assert story.correct.returncode == 0, story.correct.stderr
    assert "added 2 corrections (1 document, 1 figure)" in story.correct.stdout
    assert story.snapshots[2] == story.snapshots[0]
    statuses = dict((row[0], row[2]) for row in story.facts[2]["corrections"])
    assert sorted(statuses.values()) == ["applied"] * 6 + ["stale"]


# --- a malformed corrections file -----------------------------------------------------------------

MALFORMED = {
    "unknown metric": ("figure,tianjin_jinghai_2022.txt,,1,3,,,,,,penalty_case,,,,r,a", ":2: unknown metric 'penalty_case'"),
    "unknown domain": ("figure,tianjin_jinghai_2022.txt,,1,3,,,,,,,market,,,r,a", ":2: unknown domain 'market'"),
    "value not a number": ("figure,tianjin_jinghai_2022.txt,,1,3,,,,,,,,12件,,r,a", ":2: value '12件' is not a number"),
    "unknown document": ("figure,nowhere/none.txt,,1,3,,,,,,,,5,,r,a", ":2: unknown document 'nowhere/none.txt'"),
}


@pytest.mark.parametrize("kind", [*MALFORMED, "bad column"])
def test_a_malformed_file_exits_2_with_its_line_and_leaves_the_published_warehouse_as_it_was(story, kind, tmp_path):
    folder = tmp_path / "corrections"
    folder.mkdir()
    if kind == "bad column":
        text, message = "kind,document,vlaue,reason,author\nfigure,tianjin_jinghai_2022.txt,5,r,a\n", ":1: unknown column 'vlaue'"
    else:
        row, message = MALFORMED[kind]
        text = f"{HEADER}\n{row}\n"
    (folder / "bad.csv").write_text(text, encoding="utf-8")
    before = story.ws.published_digest()
    result = story.ws.run("--corrections", str(folder))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"zhifa: error: {folder / 'bad.csv'}{message}")
    assert len(result.stderr.splitlines()) == 1
    assert story.ws.published_digest() == before
