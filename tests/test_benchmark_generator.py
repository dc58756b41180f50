"""The benchmark corpus generator: deterministic, and its truth.jsonl says what its files hold."""

from __future__ import annotations


import codecs
import json
import random
from collections import defaultdict
from pathlib import Path

import pytest

from benchmarks.generate_corpus import MAX_BYTES, MIN_BYTES, generate, read_truth, write_extra_report
from benchmarks.issuers import fictional_issuers, places_toml
from benchmarks.recall import extraction_recall
from benchmarks.throughput import measure_formats
from extractors import extract_file
from extractors.errors import ExtractionError
from extractors.gazetteer import with_places
from extractors.issuer import make_issuer
from extractors.reading import read_document
from orchestration.loading.sidecar import parse_sidecar, read_sidecar

BAD_REASONS = {"empty_file", "undecodable", "unsupported_format"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(40, out, seed=11)
    return out


@pytest.fixture(scope="module")
def truth(corpus) -> tuple[list[dict], list[dict]]:
    return read_truth(corpus / "truth.jsonl")


def _decoded(path: Path) -> str:
    """A text report's text; the text a reader gets from a page, Word, PDF or workbook file
    (spaces and line breaks left out: a PDF wraps its lines where the page is full)."""
    if path.suffix != ".txt":
        return "".join(read_document(path)[1].text.split())
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_writes_the_same_bytes(tmp_path):
    generate(25, tmp_path / "a", seed=5)
    generate(25, tmp_path / "b", seed=5)
    generate(25, tmp_path / "c", seed=6)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_every_file_is_in_the_truth_once_as_report_or_bad_file(corpus, truth):
    figures, bad = truth
    reports = {t["file"] for t in figures}
    bad_files = {b["file"] for b in bad}
    on_disk = {p.relative_to(corpus / "reports").as_posix() for p in (corpus / "reports").rglob("*") if p.is_file() and p.name != "zhifa.toml"}
    assert reports | bad_files == on_disk
    assert not reports & bad_files
    assert len(on_disk) == 40


def test_every_truth_figure_is_written_in_its_file(corpus, truth):
    figures, _ = truth
    texts: dict[str, str] = {}
    for t in figures:
        text = texts.setdefault(t["file"], _decoded(corpus / "reports" / t["file"]))
        assert t["as_written"] in text, t
        assert t["issuer"] in text
        assert str(t["report_year"]) in text or _chinese_year(t["report_year"]) in text


def _chinese_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))


def test_bad_files_are_flagged_with_the_reason_they_are_quarantined_for(corpus, truth):
    _, bad = truth
    assert bad, "a 40-file corpus holds a bad file"
    for b in bad:
        assert b["bad"] in BAD_REASONS
        with pytest.raises(ExtractionError) as caught:
            extract_file(corpus / "reports" / b["file"])
        assert caught.value.reason == b["bad"], b


def test_table_totals_are_the_sums_of_their_rows(truth):
    figures, _ = truth
    rows: dict[tuple, float] = defaultdict(float)
    totals: dict[tuple, float] = {}
    for t in figures:
        if t["style"] != "table" or t["metric"] not in {"penalty_cases_simple", "penalty_cases_ordinary", "fines_amount", "licenses_granted"}:
            continue
        key = (t["file"], t["metric"])
        if t["sub_issuer"] is None:
            totals[key] = t["value"]
        else:
            rows[key] += t["value"]
    assert totals
    for key, total in totals.items():
        assert rows[key] == pytest.approx(total), key


def test_simple_plus_ordinary_equals_the_penalty_total(truth):
    figures, _ = truth
    by_report: dict[tuple, dict[str, float]] = defaultdict(dict)
    for t in figures:
        if t["sub_issuer"] is None and t["domain"] == "all":
            by_report[t["file"]][t["metric"]] = t["value"]
    checked = 0
    for metrics in by_report.values():
        if {"penalty_cases", "penalty_cases_simple", "penalty_cases_ordinary"} <= metrics.keys():
            assert metrics["penalty_cases_simple"] + metrics["penalty_cases_ordinary"] == metrics["penalty_cases"]
            checked += 1
    assert checked


def test_sizes_encodings_and_styles_vary(corpus, truth):
    figures, _ = truth
    files = {t["file"] for t in figures if t["file"].endswith(".txt")}
    sizes = [(corpus / "reports" / f).stat().st_size for f in files]
    assert MIN_BYTES <= min(sizes) and max(sizes) <= MAX_BYTES
    gb18030 = 0
    for f in files:
        try:
            (corpus / "reports" / f).read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            gb18030 += 1
    assert 0 < gb18030 < len(files)
    assert {t["style"] for t in figures} == {"prose", "table"}
    assert len({t["report_year"] for t in figures}) > 1
    assert len({t["level"] for t in figures}) >= 3


def test_fictional_issuers_never_share_an_issuer_key():
    issuers = fictional_issuers(random.Random(1), 3000)
    places = with_places(parse_sidecar(places_toml(issuers)).places)  # as a run reads the corpus's zhifa.toml
    keys = {make_issuer(i.name, "title", gazetteer=places).issuer_key for i in issuers}
    assert len(keys) == len({i.name for i in issuers}) == 3000


def test_the_extra_report_is_a_new_issuer_with_its_own_truth(tmp_path):
    rel, rows = write_extra_report(tmp_path, seed=1)
    text = (tmp_path / rel).read_text(encoding="utf-8")
    assert rows and all(r["as_written"] in text and r["file"] == rel for r in rows)
    assert json.dumps(rows, ensure_ascii=False)  # rows are plain JSON


def test_extractor_finds_the_issuer_level_figures_of_generated_reports(corpus, truth):
    figures, _ = truth
    recall = extraction_recall(corpus, figures)
    for style in ("prose", "table"):
        assert recall[style].total > 0
        assert recall[style].ratio >= 0.99, (style, recall[style].as_dict())


# --- reports in other formats than text ---------------------------------------------------------

FORMATS = {".txt": "txt", ".html": "html", ".docx": "docx", ".xlsx": "xlsx", ".pdf": "pdf"}


@pytest.fixture(scope="module")
def every_format(tmp_path_factory) -> Path:
    """Twelve reports, each written as text, web page, Word and PDF, and as a workbook
    when it is table-style (seed 4 gives table-style ones)."""
    out = tmp_path_factory.mktemp("formats")
    generate(12, out, seed=4, bad_share=0.0, every_format=True)
    return out


def test_every_report_is_written_in_every_format_it_can_be(every_format):
    figures, _ = read_truth(every_format / "truth.jsonl")
    by_report = defaultdict(set)
    styles = {}
    for t in figures:
        stem, suffix = t["file"].rsplit(".", 1)
        by_report[stem].add(suffix)
        styles[stem] = t["style"]
    assert len(by_report) == 12
    assert "table" in styles.values() and "prose" in styles.values()
    for stem, suffixes in by_report.items():
        expected = {"txt", "html", "docx", "pdf"} | ({"xlsx"} if styles[stem] == "table" else set())
        assert suffixes == expected, stem
        for suffix in suffixes:
            # each file is what its name says, as zhifa tells formats (by content)
            assert read_document(every_format / "reports" / f"{stem}.{suffix}")[1].source_format == suffix


def test_extraction_recovers_the_truth_from_every_format(every_format):
    figures, _ = read_truth(every_format / "truth.jsonl")
    costs = measure_formats(every_format / "reports", figures, with_places(read_sidecar(every_format / "reports").places))
    assert [c.fmt for c in costs] == ["txt", "html", "docx", "xlsx", "pdf"]
    for cost in costs:
        assert cost.total > 0 and cost.found == cost.total, cost.as_dict()
        assert cost.seconds > 0 and cost.text_mb > 0
    # the same reports, so the same text whatever the format
    text = {c.fmt: c.text_mb for c in costs}
    assert text["html"] == pytest.approx(text["txt"], rel=0.02)
    assert text["docx"] == pytest.approx(text["txt"], rel=0.02)


def test_every_format_writes_the_same_bytes_for_the_same_seed(tmp_path):
    generate(6, tmp_path / "a", seed=4, bad_share=0.0, every_format=True)
    generate(6, tmp_path / "b", seed=4, bad_share=0.0, every_format=True)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_a_share_of_reports_is_written_in_other_formats_with_the_same_words(tmp_path):
    generate(30, tmp_path / "text", seed=9, format_shares={"xlsx": 0.0})
    generate(30, tmp_path / "mixed", seed=9, format_shares={"html": 0.25, "docx": 0.25, "pdf": 0.2, "xlsx": 1.0})
    text, mixed = _files(tmp_path / "text" / "reports"), _files(tmp_path / "mixed" / "reports")
    reports = [name for name in mixed if not name.startswith("misc/") and name != "zhifa.toml"]
    assert all(name.endswith(".txt") for name in text if not name.startswith("misc/") and name != "zhifa.toml")
    assert {".html", ".docx", ".pdf", ".xlsx"} <= {Path(name).suffix for name in reports}
    for name in reports:
        if name.endswith(".txt"):
            assert text[name] == mixed[name]  # a text report is the same file whichever others became pages or PDFs
        else:
            assert f"{name.rsplit('.', 1)[0]}.txt" in text  # a report in another format is one the text corpus holds

    def unsuffixed(row: dict) -> dict:
        return {**row, "file": row["file"].rsplit(".", 1)[0]}

    text_truth, _ = read_truth(tmp_path / "text" / "truth.jsonl")
    mixed_truth, _ = read_truth(tmp_path / "mixed" / "truth.jsonl")
    assert [unsuffixed(t) for t in text_truth] == [unsuffixed(t) for t in mixed_truth]
