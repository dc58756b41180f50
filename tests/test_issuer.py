"""Issuer names split into regions and a body, and keyed, the way analysts expect."""

from __future__ import annotations

import pytest

from extractors import extract_text
from extractors.issuer import make_issuer
from tests.places import fictional_gazetteer


@pytest.mark.parametrize(
    ("name", "parent_region", "issuer_key", "admin_level"),
    [
        ("虚构市云枫区住房和城乡建设局", "虚构市云枫区", "xugoushi/yunfeng/zhufanghechengxiangjiansheju", "department"),
        ("样例市城市管理局", "样例市", "yangli/chengshiguanliju", "department"),
        # 样例市 and 样例县, and 虚构省 and 虚构市, are declared side by side: the lower of
        # each pair keeps its level in its key, so their bodies never share one
        ("样例县城镇管理局", "样例县", "yanglixian/chengzhenguanliju", "department"),
        ("样例市甲区", "样例市", "yangli/jiaqu", "district"),
        ("天津市静海区", "天津市", "tianjin/jinghai", "district"),
    ],
)
def test_issuer_names_split_into_regions_and_a_body(name, parent_region, issuer_key, admin_level):
    issuer = make_issuer(name, "title", gazetteer=fictional_gazetteer())
    assert (issuer.parent_region, issuer.issuer_key, issuer.admin_level) == (parent_region, issuer_key, admin_level)


@pytest.mark.parametrize(
    ("text", "year", "reasons"),
    [
        ("2021—2023年行政执法工作情况报告\n全区实施行政处罚100件。", None, ["issuer_unknown", "several_years"]),
        ("2022年至2024年度行政执法数据公示\n实施行政处罚5件。", None, ["issuer_unknown", "several_years"]),
        # a plan's span inside the title is not the report's
        ("关于落实《实施纲要（2021—2025年）》的2022年度行政执法报告\n实施行政处罚1件。", 2022, ["issuer_unknown"]),
        # the page was published the next January: the report is about the year before
        ("名  称: 滨海新区2022年行政执法工作情况报告\n发布日期: 2023-01-19\n全区实施行政处罚1件。", 2022, []),
    ],
)
def test_a_title_over_several_years_names_no_year_and_says_so(text, year, reasons):
    document = extract_text(text)
    assert (document.report_year, document.review_reasons) == (year, reasons)


def test_page_furniture_names_the_issuer_and_is_no_figure():
    text = "当前位置:首页> 政务公开\n索引号: 1234-5678-2025-00021\n发布机构: 南开区应急管理局\n发布日期: 2024-01-15\n\n2023年度行政执法工作报告\n全年作出行政处罚决定38起。"
    document = extract_text(text)
    assert (document.issuer.issuer, document.issuer.source, document.issuer.division_code) == (
        "天津市南开区应急管理局", "furniture", "120104"
    )
    assert [(f.as_written, f.metric) for f in document.figures] == [("38起", "penalty_cases")]


@pytest.mark.parametrize(
    ("text", "unresolved"),
    [
        # fragments a sentence-reading rule once took for issuers
        ("为深入落实天津市《提升行政执法质量三年行动计划》部署要求，全年处罚5件。", None),
        ("2023年，依托市滨海新区平台，全年处罚5件。", None),
        # a well-formed name no division has stays null, with the name kept for review
        ("无此县应急管理局2023年度行政执法工作报告\n全年处罚5件。", "无此县应急管理局"),
    ],
)
def test_a_name_that_does_not_resolve_is_never_an_issuer(text, unresolved):
    document = extract_text(text)
    issuer = document.issuer
    assert (issuer.issuer, issuer.issuer_key, issuer.unresolved) == (None, None, unresolved)
    reason = f"issuer_unresolved({unresolved})" if unresolved else "issuer_unknown"
    assert document.review_reasons[0] == reason


def test_one_district_is_one_key_however_its_pages_name_it():
    keys = {
        extract_text(text).issuer.issuer_key
        for text in (
            "滨海新区2022年行政执法工作情况报告\n实施行政处罚1件。",
            "天津市滨海新区人民政府2023年度行政执法工作报告\n实施行政处罚1件。",
            "名  称: 滨海新区2025年行政执法工作情况报告\n发布机构: 区政府\n实施行政处罚1件。",
            "2024年，滨海新区持续推进执法规范化建设，实施行政处罚1件。",
        )
    }
    assert keys == {"tianjin/binhaixin"}


def test_a_title_year_wrapped_onto_a_line_of_its_own_is_the_reports_year():
    document = extract_text("2020\n年城市管理局工作总结\n今年共开展专项整治行动30次。")
    assert document.report_year == 2020


@pytest.mark.parametrize(
    "text",
    [
        # the year run into the summary it names, its 年 left out, next year's plans after it
        "某县应急管理局2022工作总结和2023年工作思路\n一、主要工作\n全年检查企业120家。",
        "某区城管局2022工作报告\n全年立案查处违法建设案件31件。",
    ],
)
def test_a_title_year_without_its_nian_is_the_year_of_the_account_it_names(text):
    assert extract_text(text).report_year == 2022


def test_a_centre_named_with_its_government_before_it_is_the_centre():
    with_government, plain = (make_issuer(name, "title") for name in ("庆阳市人民政府政务服务中心", "庆阳市政务服务中心"))
    assert with_government.issuer_key == plain.issuer_key and with_government.body_type == "政务服务中心"
    # (but 政府采购 is the centre's own field, not its government)
    assert make_issuer("庆阳市政府采购中心", "title").body_type == "政府采购中心"
