"""What a document is: a body's own account of a period (report) or news about what a body
did, read from its head (extractors/kind.py). The texts are written here, in the shapes real
pages take."""

from __future__ import annotations

import pytest

from extractors import extract_file, extract_text
from extractors.kind import document_kind
from extractors.normalise import normalise
from extractors.pinyin import unglossed
from tests import report_files
from tests.conftest import BUNDLED_REPORTS


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an account's title on its own line, under a site's trail
        ("当前位置：首页 > 法治政府\n某县市场监督管理局2024年度行政执法工作报告\n发布时间：2025-01-20\n2024年，我局…", "report"),
        # a disclosure report's template opening, its title left off the page
        ("一、总体情况\n2023年，某镇坚持以公开为常态，主动公开信息61条。", "report"),
        # the national template's tables, named in a line of their own
        ("表一 行政处罚实施情况统计表\n执法主体 | 合计 | 警告", "report"),
        # in traditional script, as a repost carries it
        ("某區應急管理局2022年度政府信息公開工作年度報告\n一、總體情況", "report"),
        # a report made to the bodies above, addressed on a line of its own, its title left off
        ("中共某市委、某市人民政府：\n2022年，市综合行政执法局在市委、市政府的领导下，全年办理案件1320件。", "report"),
        # a weak name (公示) on a page with no byline
        ("2023年行政执法案件办理情况公示\n序号 | 执法部门 | 案件数", "report"),
        # news of a campaign: dated lead, a reporter's byline
        ("某市严查燃气安全隐患\n本报记者 某某\n10月12日，某市城管执法局开展专项检查，出动执法人员120人次。", "news"),
        # a headline of news about a report's cases is no account's title
        ("某省曝光2023年十起环境违法典型案例报告\n来源：某某日报\n日前，省生态环境厅公布…", "news"),
        # a 公示 in a headline carried by a paper is news of it
        ("某区公示一批违法建设整治结果\n来源：某某晚报 记者 某某\n近日，某区…", "news"),
    ],
)
def test_a_page_is_a_report_when_its_head_names_an_account_and_news_otherwise(text, kind):
    assert document_kind(unglossed(*normalise(text)).match) == kind


def test_the_two_reports_the_project_started_from_are_reports():
    for name in ("tianjin_jinghai_2022.txt", "tianjin_teda_2022.txt"):
        assert extract_text((BUNDLED_REPORTS / name).read_text(encoding="utf-8")).kind == "report", name


def test_a_repost_in_traditional_script_with_pinyin_is_read_as_the_extractor_reads_it():
    text = "某縣林業(yè)和草原局2023年政府信息公開(kāi)工作年度報(bào)告\n一、總體情況\n2023年，我局主動公開信息52條。"
    assert extract_text(text).kind == "report"


def test_a_document_the_extractor_reads_as_news_is_loaded_as_news():
    text = "某县开展燃气安全专项整治\n来源：某某日报 记者 某某\n近日，某县应急管理局出动执法人员86人次，检查企业41家。"
    document = extract_text(text)
    assert document.kind == "news"
    assert document.figures  # (its figures are kept: the kind says what they are, nothing is dropped)


def test_a_title_in_the_files_metadata_alone_says_it_is_a_report():
    body = "2023年，我局共办理行政处罚案件36件，开展执法检查210次。"
    assert extract_text(body).kind == "news"  # (nothing in the text itself says what it is)
    assert extract_text(body, title="某县应急管理局2023年度行政执法工作报告").kind == "report"


@pytest.mark.parametrize("suffix", ["txt", "docx", "pdf", "html", "xlsx"])
def test_a_report_in_every_format_a_reader_takes_is_a_report(tmp_path, suffix):
    text = report_files.report_text()
    title, *lines = text.splitlines()
    data = {
        "txt": text,
        "docx": report_files.docx_bytes(text.splitlines()),
        "pdf": report_files.pdf_bytes(text.splitlines()),
        "html": report_files.html_page(title, "".join(f"<p>{line}</p>" for line in lines)),
        "xlsx": report_files.xlsx_bytes("样例市丙区2023年度行政处罚实施情况统计表", [["执法主体", "合计", "警告"], ["样例市丙区司法局", "12", "3"]]),
    }[suffix]
    assert extract_file(report_files.write(tmp_path, f"report.{suffix}", data)).kind == "report"
