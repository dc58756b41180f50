"""Statistical tables that must give no figure rather than a wrong one, and the
notes under them. The layouts that do give figures are fixtures 060–065 and 095–102."""

from __future__ import annotations

from extractors import extract_text
from tests.places import fictional_gazetteer


def figures(text: str) -> list[tuple]:
    document = extract_text(text)
    for f in document.figures:
        assert document.text[f.span_start : f.span_end] == f.as_written
    return [(f.as_written, f.metric, f.sub_issuer) for f in document.figures]


def test_a_row_per_year_is_not_read_as_the_issuers_own_row():
    text = "样例市新城区近三年行政执法数据对比表\n年度 | 行政处罚（件） | 行政许可（件） |\n2022 | 1830 | 16210 |\n2023 | 2210 | 20633 |\n"
    assert figures(text) == []


def test_an_unknown_first_header_names_the_rows():
    text = "类别 | 行政处罚（件） | 行政许可（件） |\n区市场监管局 | 1200 | 9000 |\n"
    assert figures(text) == [("1200", "penalty_cases", "区市场监管局"), ("9000", "licenses_granted", "区市场监管局")]


def test_two_merged_headers_side_by_side_share_the_row_below_by_what_each_counts():
    # Collapsed, the header no longer says where 行政处罚实施情况 ends and 被复议应诉数量
    # begins; what each lower cell counts does: 立案, 结案 and the amount are penalty
    # matters, the reviews and suits are not, so 移送司法机关数量 spans the rows.
    text = (
        "单位名称 | 行政处罚实施情况 | 被复议应诉数量 | 移送司法机关数量 | ||||\n"
        "立案数量 | 结案数量 | 罚没金额（万元） | 被行政复议数量 | 被行政诉讼数量 | |\n"
        "样例市新城区城市管理委 | 10 | 9 | 12.5 | 1 | 0 | 0 |\n"
    )
    body = "样例市新城区城市管理委"
    assert figures(text) == [
        ("10", "cases_filed", body),
        ("9", "cases_closed", body),
        ("12.5", "fines_amount", body),
        ("1", "reconsiderations", body),
        ("0", "lawsuits", body),
        ("0", "criminal_referrals", body),
    ]


def test_merged_headers_side_by_side_that_nothing_tells_apart_give_no_figures():
    # Two of the three upper cells merge the four below; which two, nothing in their
    # words or the taxonomy says, and each choice puts 罚款 and 结案 under other values.
    text = (
        "单位名称 | 第一部分 | 第二部分 | 第三部分 | ||||\n"
        "立案数量 | 结案数量 | 罚没金额（万元） | 被行政复议数量 | |\n"
        "样例市新城区城市管理委 | 10 | 9 | 12.5 | 1 | 0 |\n"
    )
    assert figures(text) == []


def test_a_third_header_row_stands_under_the_cell_whose_metric_it_breaks_down():
    # 警告 … 其他行政处罚 break down penalty_cases: they stand under 行政处罚案件数量,
    # not under 立案数量 beside it; 被复议应诉数量 merges the two cells after the amount.
    text = (
        "单位名称 | 行政处罚实施情况 | 被复议应诉数量 | 移送司法机关数量 | |||||||||\n"
        "立案数量 | 结案数量 | 行政处罚案件数量 | 罚没金额（万元） | 被行政复议数量 | 被行政诉讼数量 | ||||\n"
        "警告 | 罚款 | 行政拘留 | 其他行政处罚 | ||||||\n"
        "样例县林业局 | 12 | 11 | 1 | 8 | 0 | 2 | 30.5 | 1 | 0 | 0 |\n"
    )
    body = "样例县林业局"
    assert figures(text) == [
        ("12", "cases_filed", body),
        ("11", "cases_closed", body),
        ("1", "penalty_warning", body),
        ("8", "penalty_fine", body),
        ("0", "detentions", body),
        ("2", "penalty_other", body),
        ("30.5", "fines_amount", body),
        ("1", "reconsiderations", body),
        ("0", "lawsuits", body),
        ("0", "criminal_referrals", body),
    ]


def test_a_total_closes_the_merged_cell_it_totals():
    # 合计(宗) right after 罚款 fits under 行政处罚实施数量 and under 行政强制实施数量
    # both; a merged cell holds one total, at one end of its cells.
    text = (
        "单位名称 | 行政处罚实施数量(宗) | 罚没金额(万元) | 行政强制实施数量(宗) |\n"
        "警告 | 罚款 | 合计(宗) | 行政强制措施 | 行政强制执行 | 合计(宗) |\n"
        "样例县市场监管局 | 3 | 40 | 43 | 12.5 | 6 | 1 | 7 |\n"
    )
    assert [(w, m) for w, m, _ in figures(text)] == [
        ("3", "penalty_warning"),
        ("40", "penalty_fine"),
        ("43", "penalty_cases"),
        ("12.5", "fines_amount"),
        ("6", "coercive_measures"),
        ("1", "coercive_enforcements"),
        ("7", "coercive_total"),
    ]


def test_a_header_split_at_tabs_or_runs_of_spaces_is_read_alike():
    rows = (
        ["单位名称", "行政处罚实施情况", "被复议应诉数量", "移送司法机关数量"],
        ["立案数量", "结案数量", "罚没金额(万元)", "被行政复议数量", "被行政诉讼数量"],
        ["样例市新城区城市管理委", "10", "9", "12.5", "1", "0", "0"],
    )
    read = [figures("".join(sep.join(row) + "\n" for row in rows)) for sep in (" | ", "\t", "    ")]
    assert read[0] == read[1] == read[2]
    assert [m for _, m, _ in read[0]] == ["cases_filed", "cases_closed", "fines_amount", "reconsiderations", "lawsuits", "criminal_referrals"]


def test_a_header_turned_by_a_refusal_or_an_outcome_counts_no_metric():
    text = "单位名称 | 行政处罚案件数量 | 不予处罚案件数量 | 被行政复议数量 | 被行政复议纠错数量 |\n样例县林业局 | 9 | 2 | 3 | 1 |\n"
    assert figures(text) == [("9", "penalty_cases", "样例县林业局"), ("3", "reconsiderations", "样例县林业局")]


def test_a_row_wider_than_its_header_ends_the_table():
    text = "执法主体 | 行政处罚（件） | 行政许可（件） |\n区市场监管局 | 12 | 30 |\n区卫生健康委 | 5 | 7 | 9 |\n"
    assert figures(text) == [("12", "penalty_cases", "区市场监管局"), ("30", "licenses_granted", "区市场监管局")]


def test_a_bare_total_means_the_total_of_what_its_table_counts():
    penalty = "样例市新城区行政处罚实施情况统计表\n罚款 | 其他 | 合计 |\n3 | 1 | 4 |\n"
    others = "样例市新城区其他行政执法行为实施情况统计表\n行政确认 | 其他 | 合计 |\n3 | 1 | 4 |\n"
    assert [metric for _, metric, _ in figures(penalty)] == ["penalty_fine", "penalty_other", "penalty_cases"]
    assert [metric for _, metric, _ in figures(others)] == ["confirmation_cases", "other_actions", "other_actions_total"]


def test_fill_in_notes_hold_no_figures_even_without_a_table():
    text = "样例市应急管理局2024年度行政执法数据\n填报说明：\n1、并处两种以上行政处罚的，计一宗行政处罚。\n2、检查1个对象计为检查1次。\n2024年，我局共开展执法检查860次。\n"
    assert figures(text) == [("860次", "inspections", None)]


def test_a_fine_column_in_money_is_the_amount_and_under_a_count_the_cases():
    amount = "执法主体 | 罚款（万元） | 行政处罚（件） |\n区市场监管局 | 12.5 | 30 |\n"
    cases = "行政处罚实施数量（宗） | |\n罚款 | 合计（宗） |\n28 | 30 |\n"
    assert [metric for _, metric, _ in figures(amount)] == ["fines_amount", "penalty_cases"]
    assert [metric for _, metric, _ in figures(cases)] == ["penalty_fine", "penalty_cases"]


BAND_TOP = "行政处罚实施数量(宗) | |||\n单位名称 | 警告 | 罚款 | 吊销许可证件 |\n"


def test_a_second_band_carries_on_the_row_of_the_first_bands_body():
    text = BAND_TOP + "区交通运输局 | 4 | 20 | 1 |\n行政拘留 | 其他行政处罚 | 合计 (宗) | 罚没金额(万元) |\n0 | 2 | 27 | 3.5 |\n"
    assert figures(text) == [
        ("4", "penalty_warning", "区交通运输局"),
        ("20", "penalty_fine", "区交通运输局"),
        ("1", "penalty_revocation", "区交通运输局"),
        ("0", "detentions", "区交通运输局"),
        ("2", "penalty_other", "区交通运输局"),
        ("27", "penalty_cases", "区交通运输局"),
        ("3.5", "fines_amount", "区交通运输局"),
    ]


def test_a_band_with_fewer_values_than_headers_gives_no_figures():
    # Which header the missing value was under is not written: shifted values would
    # give 合计 to 其他行政处罚 and the amount to 合计.
    text = BAND_TOP + "区交通运输局 | 4 | 20 | 1 |\n行政拘留 | 其他行政处罚 | 合计 (宗) | 罚没金额(万元) |\n2 | 27 | 3.5 |\n"
    assert [metric for _, metric, _ in figures(text)] == ["penalty_warning", "penalty_fine", "penalty_revocation"]


def test_an_unlabelled_band_under_several_bodies_gives_no_figures():
    text = BAND_TOP + "区交通运输局 | 4 | 20 | 1 |\n区城市管理委 | 0 | 9 | 0 |\n行政拘留 | 合计 (宗) |\n0 | 25 |\n0 | 9 |\n"
    assert {sub for _, _, sub in figures(text)} == {"区交通运输局", "区城市管理委"}
    assert "penalty_cases" not in [metric for _, metric, _ in figures(text)]


def test_a_band_whose_rows_name_their_bodies_gives_each_its_own():
    text = BAND_TOP + "区交通运输局 | 4 | 20 | 1 |\n区城市管理委 | 0 | 9 | 0 |\n行政拘留 | 合计 (宗) |\n区交通运输局 | 0 | 25 |\n区城市管理委 | 0 | 9 |\n"
    assert [f for f in figures(text) if f[1] == "penalty_cases"] == [("25", "penalty_cases", "区交通运输局"), ("9", "penalty_cases", "区城市管理委")]


def test_a_cell_with_its_own_unit_is_its_columns_figure_only_when_the_unit_agrees():
    goods = "行政处罚实施数量(宗) | |\n没收非法财物 | 合计(宗) |\n304册 | 5 |\n"
    cases = "行政处罚实施数量(宗) | |\n没收非法财物 | 合计(宗) |\n3宗 | 5 |\n"
    assert figures(goods) == [("5", "penalty_cases", None)]
    assert figures(cases) == [("3宗", "penalty_confiscation", None), ("5", "penalty_cases", None)]


def test_a_row_naming_the_issuer_itself_is_the_issuers_own_row():
    text = "样例市应急管理局2023年度行政执法数据\n行政处罚实施数量(宗) | |\n单位名称 | 罚款 | 合计(宗) |\n样例市应急管理局 | 3 | 4 |\n"
    document = extract_text(text, gazetteer=fictional_gazetteer())
    assert [(f.as_written, f.domain, f.sub_issuer) for f in document.figures] == [("3", "all", None), ("4", "all", None)]


def paragraphs(*cells: str) -> str:
    """A table whose every cell became a paragraph, a blank line between any two."""
    return "\n\n".join(cells) + "\n"


def test_a_paragraph_per_cell_rejoins_wrapped_headers_and_keeps_empty_cells_as_columns():
    text = paragraphs("行政处罚实施数量(宗)", "警告", "没收违法", "所得、没收", "非法财物", "行政", "拘留", "其他行政处罚", "合计", "(宗)", "5", " ", "2", "0", "7")
    assert figures(text) == [
        ("5", "penalty_warning", None),
        ("2", "detentions", None),
        ("0", "penalty_other", None),
        ("7", "penalty_cases", None),
    ]


def test_a_paragraph_per_cell_with_more_values_than_headers_gives_no_figures():
    # One value too many: whichever header lost its value, every later value would shift.
    text = paragraphs("行政许可实施数量(宗)", "申请数量", "受理数量", "许可数量", "120", "118", "117", "1")
    assert figures(text) == []


def test_a_paragraph_per_cell_without_its_empty_cell_gives_no_figures():
    text = paragraphs("行政处罚实施数量(宗)", "警告", "罚款", "合计(宗)", "3", "3")
    assert figures(text) == []


def test_a_paragraph_per_cell_with_a_label_column_and_bands_gives_each_body_its_row():
    # 单位名称 before the merged header or after it, a blank line between cells or not.
    for opening in (("单位名称", "行政处罚实施数量(宗)"), ("行政处罚实施数量(宗)", "单位名称")):
        for joined in ("\n\n", "\n"):
            cells = (*opening, "警告", "罚款", "区甲局", "1", "6", "区乙局", "0", "2", "其他行政处罚", "合计", "(宗)", "区甲局", "1", "8", "区乙局", "3", "5")
            text = joined.join(cells) + "\n"
            assert figures(text) == [
                ("1", "penalty_warning", "区甲局"),
                ("6", "penalty_fine", "区甲局"),
                ("0", "penalty_warning", "区乙局"),
                ("2", "penalty_fine", "区乙局"),
                ("1", "penalty_other", "区甲局"),
                ("8", "penalty_cases", "区甲局"),
                ("3", "penalty_other", "区乙局"),
                ("5", "penalty_cases", "区乙局"),
            ], (opening, joined)


def test_a_merged_header_written_one_cell_per_line_is_no_column_of_its_own():
    # Under a title saying what is counted, 行政处罚实施数量(宗) and 合计 are both
    # penalty_cases headers: read as a column, every value would slide one to the right.
    text = "行政处罚实施情况统计表\n单位名称\n行政处罚实施数量(宗)\n警告\n罚款\n合计(宗)\n区林业局\n1\n2\n3\n\n表二\n"
    assert figures(text) == [("1", "penalty_warning", "区林业局"), ("2", "penalty_fine", "区林业局"), ("3", "penalty_cases", "区林业局")]


def test_an_unlabelled_paragraph_band_under_several_bodies_gives_no_figures():
    text = paragraphs("行政处罚实施数量(宗)", "单位名称", "罚款", "区甲局", "6", "区乙局", "2", "合计(宗)", "8")
    assert figures(text) == [("6", "penalty_fine", "区甲局"), ("2", "penalty_fine", "区乙局")]


def test_a_paragraph_band_of_another_subject_is_the_next_table():
    text = paragraphs("行政处罚实施数量(宗)", "罚款", "合计(宗)", "4", "5", "行政许可实施数量(件)", "申请数量", "许可数量", "30", "28")
    assert [(w, m) for w, m, _ in figures(text)] == [("4", "penalty_fine"), ("5", "penalty_cases"), ("30", "license_applications"), ("28", "licenses_granted")]


def test_a_table_printed_down_the_page_gives_each_header_its_value():
    # Under the merged header alone, each row a header and its value: 警告 is a
    # column, not a body whose penalty_cases would be 2.
    spaces = "行政处罚实施数量(件)\n警告    2\n罚款    14\n没收违法所得、没收非法财物    0\n合计    16\n罚没金额(万元)    3.2\n"
    assert figures(spaces) == [
        ("2", "penalty_warning", None),
        ("14", "penalty_fine", None),
        ("0", "penalty_confiscation", None),
        ("16", "penalty_cases", None),
        ("3.2", "fines_amount", None),
    ]
    named = "样例县2023年行政执法数据\n项目 | 数量(件) |\n行政处罚 | 30 |\n行政许可 | 120 |\n不予处罚案件 | 3 |\n罚没金额(万元) | 12.5 |\n"
    document = extract_text(named)
    assert [(f.as_written, f.value, f.unit, f.metric) for f in document.figures] == [
        ("30", 30, "件", "penalty_cases"),
        ("120", 120, "件", "licenses_granted"),
        ("12.5", 125000, "元", "fines_amount"),
    ]


def test_a_table_printed_down_the_page_without_borders_keeps_each_value_with_its_header():
    # Values glued to their headers or a space away, units after the value, and headers
    # left unfilled on lines of their own (警告, 没收…): a page flattened to text.
    # The total beside the merged header and the 合计 row are one figure, read once.
    text = "行政处罚实施数量(件)8\n罚没金额(万元)1.5\n警告\n罚款 7\n没收违法所得、没收非法财物\n吊销许可证、执照 1\n合计8(件)\n"
    assert figures(text) == [("8", "penalty_cases", None), ("1.5", "fines_amount", None), ("7", "penalty_fine", None), ("1", "penalty_revocation", None)]


def test_a_one_column_table_of_bodies_is_not_read_down_the_page():
    text = "单位名称 | 行政检查(次) |\n区市场监管局 | 320 |\n区卫生健康委 | 75 |\n"
    assert figures(text) == [("320", "inspections", "区市场监管局"), ("75", "inspections", "区卫生健康委")]


def test_a_header_row_of_another_subject_under_a_tables_rows_starts_a_table_not_a_band():
    text = BAND_TOP + "区交通运输局 | 4 | 20 | 1 |\n申请数量 | 受理数量 | 许可数量 |\n30 | 28 | 27 |\n"
    assert [sub for _, metric, sub in figures(text) if metric.startswith("licen")] == [None, None, None]
