"""A generated inbox of good and bad files, ingested in one run: every file ends up
loaded or quarantined with its reason, one bad file never stops the others, and
files seen = documents loaded + files quarantined. A second run over the same
inbox, with one file edited and one removed, keeps both old documents traceable."""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from opencc import OpenCC

import orchestration.loading.ingest as ingest_module
from orchestration.loading.ingest import connect, ingest, load_metric_definitions
from tests.places import PLACES_FILE
from tests.report_files import (
    PENALTY_TABLE,
    docx_bytes,
    docx_with_entities,
    docx_zip_bomb,
    encrypted_office_bytes,
    encrypted_pdf_bytes,
    html_page,
    legacy_doc_bytes,
    pdf_bytes,
    report_text,
    scanned_pdf_bytes,
    unmapped_font_pdf_bytes,
    write,
    xlsx_bytes,
)

MAX_BYTES = 200_000  # the size limit for this inbox, so "too large" needs no 50 MB file
LOADED = None
GBK_NAME = "报告".encode("gbk") + b"_2022.txt"  # a name unpacked from an old zip: not UTF-8


@dataclass(frozen=True)
class Case:
    name: str  # as recorded in source_path
    outcome: str | None  # None: loaded; else the quarantine reason


def _text(n: int, issuer: str = "样例市丙区司法局", year: int = 2023) -> bytes:
    """A distinct good report per case (its own case count), so no two are the same bytes."""
    return report_text(issuer, year, cases=1000 + n).encode("utf-8")


def build_inbox(reports: Path, outside: Path) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, data: bytes | str, outcome: str | None = LOADED) -> None:
        write(reports, name, data)
        cases.append(Case(name, outcome))

    # Good files, one of each format and encoding.
    add("good_utf8.txt", _text(1))
    add("good_utf8_bom.txt", b"\xef\xbb\xbf" + _text(2))
    add("good_utf16.txt", _text(3).decode("utf-8").encode("utf-16"))
    add("good_gb18030.txt", _text(4).decode("utf-8").encode("gb18030"))
    add("good_big5.txt", OpenCC("s2t").convert(report_text("樣例市丁區司法局", 2023, 1005)).encode("big5"))
    add("report.html", html_page("样例市丙区司法局2022年度行政执法情况报告", "<div id='zoom'><p>2022年，全区共实施行政处罚1006件。</p></div>"))
    add("report.docx", docx_bytes(report_text(cases=1007).splitlines(), PENALTY_TABLE))
    add("report.pdf", pdf_bytes(report_text(cases=1008).splitlines(), table=PENALTY_TABLE))
    add("stats.xlsx", xlsx_bytes("样例市丙区行政处罚实施情况统计表", PENALTY_TABLE))
    add("no_figures.txt", "样例市丙区司法局2023年度行政执法情况报告\n全区坚持严格规范公正文明执法，持续推进依法行政。\n")

    # Names that are awkward but legal.
    add("name with spaces 2022.txt", _text(11))
    add("quotes \"double\" and 'single'.txt", _text(12))
    add("line\nbreak.txt", _text(13))
    add("dots..in..name.txt", _text(14))
    add("sub..dir/report.txt", _text(15))
    add("отчёт_2022.txt", _text(16))
    add("تقرير_2022.txt", _text(17))
    add("報告書_2022.txt", _text(18))
    add("..hidden.txt", _text(19))  # a dot-file is not part of the inbox: not counted
    cases.pop()
    gbk_path = os.path.join(os.fsencode(reports), GBK_NAME)
    with open(gbk_path, "wb") as handle:
        handle.write(_text(20))
    cases.append(Case(GBK_NAME.decode("utf-8", errors="backslashreplace"), LOADED))

    # The same bytes under two names; two different files for one issuer and year.
    add("duplicate_a.txt", _text(21))
    add("copies/duplicate_b.txt", _text(21))
    add("conflict_first.txt", report_text("样例市戊县人民政府", 2022, 400).encode("utf-8"))
    add("conflict_second.txt", report_text("样例市戊县人民政府", 2022, 450).encode("utf-8"))
    # Files the second run edits and removes.
    add("edited.txt", _text(22))
    add("removed.txt", _text(23))

    # Bad files.
    add("empty.txt", b"", "empty_file")
    add("blank.txt", b" \r\n\t\n", "empty_file")
    add("garbage.txt", random.Random(7).randbytes(4000), "undecodable")
    add("mojibake.txt", _text(30).decode("utf-8").encode("utf-8").decode("latin-1").encode("utf-8"), "undecodable")
    full_docx = docx_bytes(report_text().splitlines())
    add("truncated.docx", full_docx[: len(full_docx) // 2], "corrupt_file")
    full_pdf = pdf_bytes(report_text().splitlines())
    add("truncated.pdf", full_pdf[: int(len(full_pdf) * 0.7)], "corrupt_file")
    add("bomb.docx", docx_zip_bomb(), "zip_bomb")
    add("xxe.docx", docx_with_entities("xxe"), "unsafe_xml")
    add("billion_laughs.docx", docx_with_entities("billion_laughs"), "unsafe_xml")
    add("too_large.txt", _text(31) * (MAX_BYTES // len(_text(31)) + 1), "too_large")
    add("scanned.pdf", scanned_pdf_bytes(), "no_text_layer")
    add("no_unicode_map.pdf", unmapped_font_pdf_bytes(), "no_unicode_map")
    add("locked.pdf", encrypted_pdf_bytes("secret"), "encrypted")
    add("locked.docx", encrypted_office_bytes(), "encrypted")
    add("legacy.doc", legacy_doc_bytes(), "unsupported_format")
    add("legacy.xls", legacy_doc_bytes().replace("WordDocument".encode("utf-16-le"), "Workbook".encode("utf-16-le").ljust(24, b"\0")), "unsupported_format")
    add("legacy.wps", legacy_doc_bytes(), "unsupported_format")
    add("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "unsupported_format")
    add("notes.md", "# 说明\n本目录存放报告。\n", "unsupported_format")

    # Links: one out of the folder, one to nothing.
    (outside / "secret.txt").write_bytes(_text(40))
    (reports / "link_outside.txt").symlink_to(outside / "secret.txt")
    cases.append(Case("link_outside.txt", "outside_reports_folder"))
    (reports / "dangling.txt").symlink_to(reports / "no-such-file.txt")
    cases.append(Case("dangling.txt", "unreadable"))
    return cases


@dataclass
class Run:
    summary: ingest_module.IngestSummary
    documents: dict[str, tuple]  # doc_id -> (issuer_key, report_year, needs_review, review_reason, source_format)
    paths: dict[tuple[str, str], tuple]  # (doc_id, source_path) -> (in_inbox, last_seen)
    quarantine: dict[str, str]  # source_path -> reason
    texts: dict[str, str]


def run_ingest(warehouse: Path, reports: Path) -> Run:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest_module, "BATCH_FILES", 8)  # several batches over two worker processes
        with connect(warehouse / "build.duckdb") as con:
            load_metric_definitions(con)
            summary = ingest(con, reports, warehouse / "lake", workers=2, max_bytes=MAX_BYTES)
            documents = {
                row[0]: row[1:]
                for row in con.execute(
                    "SELECT doc_id, issuer_key, report_year, needs_review, review_reason, source_format FROM raw.documents"
                ).fetchall()
            }
            texts = dict(con.execute("SELECT doc_id, text FROM raw.documents").fetchall())
            paths = {
                (d, p): (inbox, seen)
                for d, p, inbox, seen in con.execute("SELECT doc_id, source_path, in_inbox, last_seen FROM raw.document_paths").fetchall()
            }
            quarantine = dict(con.execute("SELECT source_path, reason FROM raw.quarantine").fetchall())
    return Run(summary, documents, paths, quarantine, texts)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad_inputs")
    reports, outside = base / "reports", base / "outside"
    reports.mkdir()
    outside.mkdir()
    cases = build_inbox(reports, outside)
    shutil.copy(PLACES_FILE, reports / "zhifa.toml")  # the fictional places the reports name
    first = run_ingest(base / "wh", reports)
    return base, reports, cases, first


@pytest.fixture(scope="module")
def second_run(corpus):
    base, reports, _, _ = corpus
    (reports / "edited.txt").write_bytes(_text(50))
    (reports / "removed.txt").unlink()
    return run_ingest(base / "wh", reports)


def _doc_of(run: Run, source_path: str) -> str | None:
    found = [doc for doc, path in run.paths if path == source_path and run.paths[(doc, path)][0]]
    return found[0] if found else None


def test_the_corpus_has_at_least_thirty_cases(corpus):
    _, _, cases, _ = corpus
    assert len(cases) >= 30
    assert {c.outcome for c in cases} >= {
        None, "empty_file", "undecodable", "corrupt_file", "zip_bomb", "unsafe_xml", "too_large",
        "no_text_layer", "no_unicode_map", "encrypted", "unsupported_format", "outside_reports_folder",
    }


def test_files_seen_equals_documents_loaded_plus_files_quarantined(corpus):
    _, _, cases, first = corpus
    summary = first.summary
    assert summary.files_seen == len(cases)
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen
    assert summary.documents_loaded == sum(c.outcome is None for c in cases)


def test_every_case_is_loaded_or_quarantined_with_its_reason(corpus):
    _, _, cases, first = corpus
    quarantined_now = {path: reason for path, reason, _ in first.summary.quarantined}
    for case in cases:
        if case.outcome is None:
            assert _doc_of(first, case.name) in first.documents, f"{case.name!r} was not loaded"
            assert case.name not in quarantined_now
        else:
            assert quarantined_now.get(case.name) == case.outcome, f"{case.name!r}"
            assert first.quarantine.get(case.name) == case.outcome
            assert _doc_of(first, case.name) is None


def test_the_run_summary_says_why_for_every_quarantined_file(corpus):
    _, _, _, first = corpus
    assert all(message.strip() for _, _, message in first.summary.quarantined)


def test_a_dot_file_is_not_part_of_the_inbox(corpus):
    _, _, _, first = corpus
    assert all(path != "..hidden.txt" for _, path in first.paths)
    assert "..hidden.txt" not in first.quarantine


def test_awkward_names_are_recorded_as_they_are(corpus):
    _, _, _, first = corpus
    for name in ("line\nbreak.txt", "quotes \"double\" and 'single'.txt", "sub..dir/report.txt", "تقرير_2022.txt"):
        assert _doc_of(first, name) is not None
    assert _doc_of(first, "\\xb1\\xa8\\xb8\\xe6_2022.txt") is not None


def test_the_same_bytes_under_two_names_are_one_document_with_both_paths(corpus):
    _, _, _, first = corpus
    a, b = _doc_of(first, "duplicate_a.txt"), _doc_of(first, "copies/duplicate_b.txt")
    assert a == b and a in first.documents


def test_two_files_for_one_issuer_and_year_are_both_kept(corpus):
    _, _, _, first = corpus
    one, two = _doc_of(first, "conflict_first.txt"), _doc_of(first, "conflict_second.txt")
    assert one != two
    assert first.documents[one][:2] == first.documents[two][:2] == ("yangli/wuxian", 2022)
    assert "400件" in first.texts[one] and "450件" in first.texts[two]


def test_a_file_without_figures_is_loaded_and_flagged(corpus):
    _, _, _, first = corpus
    doc = _doc_of(first, "no_figures.txt")
    assert first.documents[doc][2:4] == (True, "no_figures")


def test_each_format_is_loaded_as_its_own_kind(corpus):
    _, _, _, first = corpus
    kinds = {name: first.documents[_doc_of(first, name)][4] for name in ("report.html", "report.docx", "report.pdf", "stats.xlsx", "good_big5.txt")}
    assert kinds == {"report.html": "html", "report.docx": "docx", "report.pdf": "pdf", "stats.xlsx": "xlsx", "good_big5.txt": "txt"}


def test_an_edited_file_loads_its_new_content_and_keeps_the_old_traceable(corpus, second_run):
    _, _, _, first = corpus
    old, new = _doc_of(first, "edited.txt"), _doc_of(second_run, "edited.txt")
    assert old != new
    assert old in second_run.documents and new in second_run.documents
    assert second_run.paths[(old, "edited.txt")][0] is False
    assert second_run.paths[(new, "edited.txt")][0] is True
    assert "edited.txt" in second_run.summary.replaced


def test_a_removed_file_keeps_its_document_and_is_marked_gone(corpus, second_run):
    _, _, cases, first = corpus
    doc = _doc_of(first, "removed.txt")
    assert doc in second_run.documents
    assert second_run.paths[(doc, "removed.txt")][0] is False
    assert second_run.summary.removed == ["removed.txt"]
    assert second_run.summary.files_seen == len(cases) - 1
    summary = second_run.summary
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen


def test_the_second_run_extracts_only_the_edited_file(second_run):
    assert second_run.summary.documents_new == 1
