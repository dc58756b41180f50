"""zhifa.toml, the sidecar in the reports folder: what the user declares about issuer and
year wins over what the text suggests, a malformed one stops a run before anything is
loaded, and a changed declaration takes effect on the next run."""

from __future__ import annotations

from extractors import extract_text

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
    declared = extract_text(UNNAMED, declared_issuer="样例市甲区", declared_year=2022)
    assert (declared.issuer.issuer, declared.report_year) == ("样例市甲区", 2022)
    assert declared.review_reasons == []
    assert [f.value for f in declared.figures] == [f.value for f in bare.figures]


def test_a_year_alone_leaves_the_issuer_to_inference():
    document = extract_text(TITLED, declared_year=2021)
    assert (document.issuer.issuer, document.issuer.source, document.report_year) == ("天津市静海区", "title", 2021)
