"""Stated changes on the prior year: which words name what changed, and which figure is
the prior year's, given to compare."""

from __future__ import annotations

import pytest

from extractors.changes import changed_subject, is_prior_value, restates_change, subject_before_comparison


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("，同比事故起数增加", "事故起数"),
        ("，同比死亡人数减少", "死亡人数"),
        ("比上年行政处罚案件增加", "行政处罚案件"),
        # the comparison's own words, fillers and the counted thing said again name nothing new
        ("同比增长", None),
        ("同比分别下降", None),
        ("同比同期增长", None),
        ("较上年同比下降 ", None),
        ("同比上年度增长", None),
        ("较上一年度减少", None),
        ("与去年同期相比增加", None),
        ("同比案件数量增加了", None),
        ("同比金额下降", None),
        # a figure stands between: the subject was named for it, not for this one
        ("同比事故起数增加2起、上升", None),
        ("全年办理案件", None),
    ],
)
def test_the_subject_a_change_names_after_its_comparison(words, subject):
    assert changed_subject(words) == subject


@pytest.mark.parametrize(
    ("words", "prior"),
    [
        ("较2024年的", True),
        ("，同比去年", True),
        ("同比2019年", True),
        ("比上年同期", True),
        ("办理行政处罚案件", False),
        ("其中简易程序", False),
    ],
)
def test_the_prior_years_figure_is_told_by_the_comparison_before_it(words, prior):
    assert is_prior_value(words) is prior


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("，一审败诉率同比降低", "一审败诉率"),
        ("，罚款金额同比增长", "罚款金额"),
        ("其中一般程序案件同比增长", "一般程序案件"),
        # nothing named between the figure and the comparison, or only the figure's count again
        ("，同比增长", None),
        ("，较上年同期增长", None),
        ("，全年同比增长", None),
        ("，案件数量同比增长", None),
        ("办理行政处罚案件", None),
    ],
)
def test_the_subject_a_change_names_before_its_comparison(words, subject):
    assert subject_before_comparison(words) == subject


@pytest.mark.parametrize(("words", "again"), [("、上升", True), ("，下降了", True), ("，同比下降", False), ("，其中简易程序", False)])
def test_a_change_right_after_a_change_states_it_again(words, again):
    assert restates_change(words) is again
