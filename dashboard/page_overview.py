"""Overview page: what the warehouse holds, the last run's quality, and totals by year."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import display, queries
from dashboard.page_quality import status_banner
from dashboard.queries import Read
from dashboard.warehouse import Warehouse


def render(read: Read, warehouse: Warehouse) -> None:
    st.title("zhifa 行政执法数据 · Enforcement report figures")
    published = dt.datetime.fromtimestamp(warehouse.published_db.stat().st_mtime).isoformat(sep=" ", timespec="seconds")
    st.caption(f"`{warehouse.published_db}` · 发布于 published {published}")

    counts = queries.overview(read)
    years = f"{display.number(counts['first_year'])}–{display.number(counts['last_year'])}"
    cols = st.columns(5)
    cols[0].metric("报告 Reports", display.number(counts["documents"]))
    cols[1].metric("发布机关 Issuers", display.number(counts["issuers"]))
    cols[2].metric("数字 Figures", display.number(counts["figures"]))
    cols[3].metric("年度 Years", years)
    cols[4].metric("隔离文件 Quarantined", display.number(counts["quarantined"]))

    status_banner(read, warehouse)

    st.header("各年度合计 · Totals by year")
    st.caption(
        "发布机关整体（domain = all）数值按指标、年度相加；比率不相加。"
        " · Sum of the issuer-level (domain 'all') values per metric and year; rates are not summed."
    )
    totals = queries.totals_by_year(read)
    if totals.empty:
        st.info("没有数字 · No figures yet.")
        return
    _totals_chart(totals)
    st.table(_totals_table(totals), hide_index=True)


def _label(row: pd.Series) -> str:
    return f"{display.metric_name(row['metric'], row['name_zh'], row['name_en'])} ({row['unit']})"


def _totals_table(totals: pd.DataFrame) -> pd.DataFrame:
    """Metric rows, year columns, values as the reports write them ('2132'), issuers counted."""
    frame = totals.assign(
        label=totals.apply(_label, axis=1),
        cell=[f"{display.number(t)}  ({n})" for t, n in zip(totals["total"], totals["issuers"])],
    )
    table = frame.pivot_table(index="label", columns="report_year", values="cell", aggfunc="first")
    # The metrics most issuers report first (行政处罚, 行政检查 …), rarities last.
    reach = frame.groupby("label")["issuers"].sum().sort_values(ascending=False, kind="stable")
    table = table.loc[reach.index].fillna("").reset_index().rename(columns={"label": "指标 Metric (单位 unit)"})
    table.columns = [str(c) for c in table.columns]
    st.caption("单元格：合计（发布机关数） · cell: total (number of issuers)")
    return table


def _totals_chart(totals: pd.DataFrame) -> None:
    labels = totals.drop_duplicates(["metric", "unit"]).apply(_label, axis=1).tolist()
    default = next((i for i, label in enumerate(labels) if label.startswith("行政处罚 ")), 0)
    chosen = st.selectbox("图表指标 · Metric to chart", labels, index=default)
    data = totals[totals.apply(_label, axis=1) == chosen]
    chart = data.assign(年度=data["report_year"].astype(str)).set_index("年度")[["total"]]
    st.bar_chart(chart.rename(columns={"total": chosen}), height=260)
