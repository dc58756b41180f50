"""Issuer page: one issuer's metrics year over year, and every figure with its sentence and report."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import display, queries
from dashboard.queries import Read

# Shown as cards when the issuer reports them (issuer level, latest year).
HEADLINE_METRICS = ("penalty_cases", "inspections", "fines_amount", "coercive_measures", "certified_officers")


def render(read: Read) -> None:
    st.title("发布机关 · Issuer")
    issuers = queries.issuers(read)
    if issuers.empty:
        st.info("没有可归属的报告 · No report with a known issuer yet.")
        return
    key = _pick_issuer(issuers)
    row = issuers.set_index("issuer_key").loc[key]
    st.caption(
        f"{row['issuer']} · `{key}` · {row['parent_region'] or ''} {row['admin_level'] or ''} · "
        f"{display.number(row['first_report_year'])}–{display.number(row['last_report_year'])} · "
        f"{display.number(row['document_count'])} 份报告 reports"
    )

    yoy = queries.issuer_yoy(read, key)
    figures = queries.issuer_figures(read, key)
    _headline(yoy)
    st.header("逐年指标 · Metrics year over year")
    _year_table(yoy)
    with st.expander("同比明细 · Year-over-year detail (all domains)", expanded=False):
        st.dataframe(_yoy_detail(yoy), hide_index=True, width="stretch")
    st.header("数字与出处 · Figures and their sources")
    _figure_detail(read, key, figures)
    st.dataframe(_figure_table(figures), hide_index=True, width="stretch")


def _pick_issuer(issuers: pd.DataFrame) -> str:
    keys = issuers["issuer_key"].tolist()
    names = dict(zip(issuers["issuer_key"], issuers["issuer"]))
    wanted = st.query_params.get("issuer")
    key = st.selectbox(
        "选择发布机关 · Choose an issuer",
        keys,
        index=keys.index(wanted) if wanted in keys else 0,
        format_func=lambda k: f"{names.get(k) or k}  ({k})",
    )
    if st.query_params.get("issuer") != key:
        st.query_params["issuer"] = key  # a link to this page opens this issuer
    return key


def _headline(yoy: pd.DataFrame) -> None:
    whole = yoy[(yoy["domain"] == "all") & yoy["metric"].isin(HEADLINE_METRICS)]
    if whole.empty:
        return
    year = int(whole["report_year"].max())
    latest = whole[whole["report_year"] == year].set_index("metric")
    shown = [m for m in HEADLINE_METRICS if m in latest.index]
    st.subheader(f"{year} 年 · in {year}")
    for column, metric in zip(st.columns(len(shown)), shown):
        r = latest.loc[metric]
        delta = display.percent(r["pct_change"]) + " 同比 yoy" if pd.notna(r["pct_change"]) else None
        column.metric(
            display.metric_name(metric, r["name_zh"], r["name_en"]),
            f"{display.number(r['value'])} {r['unit'] or ''}",
            delta,
        )


def _year_table(yoy: pd.DataFrame) -> None:
    """Issuer-level metrics as rows, years as columns: value (change against the year before)."""
    whole = yoy[yoy["domain"] == "all"]
    if whole.empty:
        st.info("没有发布机关整体的数字 · No issuer-level figures.")
        return
    cells = []
    for _, r in whole.iterrows():
        change = f" ({display.percent(r['pct_change'])})" if pd.notna(r["pct_change"]) else ""
        flag = " ⚠" if display.is_false(r["claim_consistent"]) else ""
        cells.append(f"{display.number(r['value'])}{change}{flag}")
    frame = whole.assign(
        label=[f"{display.metric_name(m, zh, en)} ({u})" for m, zh, en, u in zip(whole["metric"], whole["name_zh"], whole["name_en"], whole["unit"])],
        cell=cells,
    )
    table = frame.pivot_table(index="label", columns="report_year", values="cell", aggfunc="first")
    table = table.fillna("").reset_index().rename(columns={"label": "指标 Metric (单位 unit)"})
    table.columns = [str(c) for c in table.columns]
    st.caption("数值（较上年变化）；⚠ 报告自述的同比与数字不符 · value (change on the year before); ⚠ the report's own claim disagrees")
    st.table(table, hide_index=True)


def _yoy_detail(yoy: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "年度 Year": yoy["report_year"].astype(str),
            "指标 Metric": [display.metric_name(m, zh, en) for m, zh, en in zip(yoy["metric"], yoy["name_zh"], yoy["name_en"])],
            "领域 Domain": yoy["domain"].map(display.domain_name),
            "数值 Value": yoy["value"].map(display.number) + " " + yoy["unit"].fillna(""),
            "上年 Prior year": yoy["prior_year_value"].map(display.number),
            "变化 Change": yoy["abs_change"].map(display.number),
            "同比 Computed %": yoy["pct_change"].map(display.percent),
            "报告称 Claimed %": yoy["claimed_pct_change"].map(display.percent),
            "差距 Gap (pp)": yoy["claim_gap_pp"].map(display.number),
            "是否一致 Claim": yoy["claim_consistent"].map(display.yes_no),
            "原文 Claim sentence": yoy["claim_sentence"].fillna(""),
        }
    )


def _figure_label(r: pd.Series) -> str:
    return (
        f"{r['report_year']} · {display.metric_name(r['metric'], r['name_zh'], r['name_en'])} · "
        f"{display.domain_name(r['domain'])} · {display.number(r['value'])} {r['unit'] or ''}"
    )


def _figure_detail(read: Read, issuer_key: str, figures: pd.DataFrame) -> None:
    """One chosen figure: its value, its sentence with the figure marked, and the report it is in."""
    if figures.empty:
        st.info("没有数字 · No figures.")
        return
    ids = [f"{d}:{s}" for d, s in zip(figures["doc_id"], figures["span_start"])]
    wanted = st.query_params.get("figure")
    headline = figures.index[(figures["metric"] == HEADLINE_METRICS[0]) & (figures["domain"] == "all")]
    default = ids.index(wanted) if wanted in ids else (figures.index.get_loc(headline[0]) if len(headline) else 0)
    choice = st.selectbox(
        "选择一个数字查看出处 · Choose a figure to see its source",
        range(len(ids)),
        index=default,
        format_func=lambda i: _figure_label(figures.iloc[i]),
    )
    r = figures.iloc[choice]
    doc = queries.document(read, r["doc_id"])
    left, right = st.columns([2, 3])
    left.metric(display.metric_name(r["metric"], r["name_zh"], r["name_en"]), f"{display.number(r['value'])} {r['unit'] or ''}")
    left.markdown(
        f"原文写作 as written: **{html.escape(r['as_written'] or '')}**  \n"
        f"领域 domain: {display.domain_name(r['domain'])}  \n"
        f"提及次数 mentions: {display.number(r['mention_count'])}"
        + ("  \n⚠ 同一报告中有不一致的数字 · conflicting mentions in the report" if r["has_conflict"] else "")
    )
    right.markdown("**原句 · Source sentence**")
    right.markdown(_marked_sentence(r), unsafe_allow_html=True)
    right.markdown(
        f"**报告 · Report**: {html.escape(str(r['title'] or '（无标题 untitled）'))}  \n"
        f"文件 file: `{r['source_path']}`  \n"
        f"doc_id `{r['doc_id'][:16]}…` · 位置 offset {r['span_start']}–{r['span_end']}"
    )
    if doc is not None:
        with st.expander("报告全文 · Full report text (figure marked)"):
            before, figure, after = display.highlight(doc["text"], int(r["span_start"]), int(r["span_end"]), context=100_000)
            st.markdown(
                f"<div style='white-space: pre-wrap'>{html.escape(before)}<mark><b>{html.escape(figure)}</b></mark>{html.escape(after)}</div>",
                unsafe_allow_html=True,
            )


def _marked_sentence(r: pd.Series) -> str:
    sentence = str(r["sentence"] or "")
    written = str(r["as_written"] or "")
    escaped = html.escape(sentence)
    if written and written in sentence:
        escaped = escaped.replace(html.escape(written), f"<mark><b>{html.escape(written)}</b></mark>", 1)
    return f"<blockquote>{escaped}</blockquote>"


def _figure_table(figures: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "年度 Year": figures["report_year"].astype(str),
            "指标 Metric": [display.metric_name(m, zh, en) for m, zh, en in zip(figures["metric"], figures["name_zh"], figures["name_en"])],
            "领域 Domain": figures["domain"].map(display.domain_name),
            "数值 Value": figures["value"].map(display.number) + " " + figures["unit"].fillna(""),
            "原文 As written": figures["as_written"],
            "原句 Sentence": figures["sentence"],
            "报告 Report file": figures["source_path"],
        }
    )
