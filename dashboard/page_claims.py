"""Claims page: year-over-year changes the reports state that their own figures do not bear out."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import display, queries
from dashboard.queries import Read


def render(read: Read) -> None:
    st.title("与数字不符的同比声明 · Claims that disagree with the figures")
    st.caption(
        "报告写“同比增长x%”，但按两年的数字计算的变化不同（fct_metric_yoy.claim_consistent = false）。"
        " · A report says “up x% on the year before”, but the two years' figures give another change."
    )
    claims = queries.disagreeing_claims(read)
    if claims.empty:
        st.success("所有同比声明都与数字一致 · Every stated change agrees with the figures.")
    else:
        st.table(_claims_table(claims), hide_index=True)

    st.header("报告内部不一致 · Reports that disagree with themselves")
    st.caption("简易 + 普通 = 行政处罚；各类处罚之和 = 合计；领域数 ≤ 全机关数；“其中”分项 ≤ 总数 · fct_consistency_check, rules that failed")
    checks = queries.failed_consistency_checks(read)
    if checks.empty:
        st.success("没有不一致 · Every rule holds in every report.")
    else:
        st.table(_checks_table(checks), hide_index=True)


def _claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "发布机关 Issuer": claims["issuer"],
            "年度 Year": claims["report_year"].astype(str),
            "指标 Metric": [display.metric_name(m, zh, en) for m, zh, en in zip(claims["metric"], claims["name_zh"], claims["name_en"])],
            "领域 Domain": claims["domain"].map(display.domain_name),
            "本年 Value": claims["value"].map(display.number) + " " + claims["unit"].fillna(""),
            "上年 Prior": claims["prior_year_value"].map(display.number),
            "计算同比 Computed": claims["pct_change"].map(display.percent),
            "报告称 Claimed": claims["claimed_pct_change"].map(display.percent),
            "差距 Gap (pp)": claims["claim_gap_pp"].map(display.number),
            "原句 Sentence": claims["claim_sentence"].fillna(""),
            "报告 Report": claims["source_path"].fillna(""),
        }
    )


def _checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "发布机关 Issuer": checks["issuer"],
            "年度 Year": checks["report_year"].astype(str),
            "规则 Rule": checks["check_id"],
            "领域 Domain": checks["domain"].map(display.domain_name),
            "指标 Metric": checks["metric"],
            "期望 Expected": checks["expected_value"].map(display.number),
            "报告 Stated": checks["actual_value"].map(display.number),
            "说明 Detail": checks["detail"].fillna(""),
            "报告 Report": checks["source_path"].fillna(""),
        }
    )
