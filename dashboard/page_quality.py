"""Quality page and status: the last run's validation results, blocked runs, pass rates over time."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

from dashboard import display, queries
from dashboard.queries import Read
from dashboard.warehouse import Warehouse
from expectations.contract import STAGES
from orchestration.quality.page import PAGE_NAME, STATUS_NAME


def last_run(read: Read, warehouse: Warehouse) -> dict:
    """The last validation run the published warehouse holds, and whether a later run was blocked.

    A blocked run never reaches warehouse.duckdb; the quality page generator leaves its summary
    in quality/zhifa_status.json, which is read here instead of opening the build database
    (a reader there could hold a lock the next run needs)."""
    history = queries.quality_history(read)
    status: dict = {"history": history, "run_id": None, "results": pd.DataFrame(), "blocked": None}
    if not history.empty:
        latest = history.iloc[-1]
        status["run_id"] = latest["run_id"]
        status["evaluated_at"] = pd.Timestamp(latest["evaluated_at"]).isoformat(sep=" ", timespec="seconds")
        status["results"] = queries.run_results(read, latest["run_id"])
    later = _status_file(warehouse)
    if later and later.get("run_id") != status["run_id"] and later.get("blocking_failures"):
        if status["run_id"] is None or later.get("evaluated_at", "") > status["evaluated_at"]:
            status["blocked"] = later
    return status


def _status_file(warehouse: Warehouse) -> dict | None:
    try:
        return json.loads((warehouse.quality_dir / STATUS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _stage_counts(results: pd.DataFrame, stage: str) -> tuple[int, int, int]:
    rows = results[results["stage"] == stage]
    failed = rows[~rows["success"]]
    return len(rows), len(rows) - len(failed), int((failed["severity"] == "error").sum())


def status_banner(read: Read, warehouse: Warehouse) -> None:
    """One line per stage of the last run, and a warning when a later run was blocked."""
    status = last_run(read, warehouse)
    st.subheader("最近一次运行的数据质量 · Last run's quality")
    if status["blocked"]:
        b = status["blocked"]
        st.error(
            f"最近一次运行未发布 · The last run ({b.get('evaluated_at', '?')} UTC) was NOT published: "
            f"{b['blocking_failures']} 个阻断性检查失败 blocking check(s) failed. "
            f"见质量页 · See `{warehouse.quality_dir / PAGE_NAME}`. 下方数字来自上一次发布 · "
            "The figures here are from the last published run."
        )
    if status["run_id"] is None:
        st.info("仓库中没有验证结果 · No validation results in the warehouse.")
        return
    results = status["results"]
    cols = st.columns(len(STAGES) + 1)
    for column, stage in zip(cols, STAGES):
        total, passed, errors = _stage_counts(results, stage)
        column.metric(
            f"{stage} {'✔ 通过 PASS' if not errors else '✘ 失败 FAIL'}",
            f"{passed}/{total}",
            help="通过的期望数 / 期望总数 · expectations passed / total",
        )
    warnings = int((~results["success"] & (results["severity"] != "error")).sum())
    cols[-1].metric("警告 Warnings", str(warnings))
    st.caption(f"运行 run `{status['run_id']}` · {status['evaluated_at']} UTC")


def sidebar_status(read: Read, warehouse: Warehouse) -> None:
    status = last_run(read, warehouse)
    if status["blocked"]:
        st.error("最近一次运行被阻断 · last run blocked")
    elif status["run_id"] is None:
        st.info("无验证结果 · no validation results")
    else:
        failed = status["results"][~status["results"]["success"]]
        errors = int((failed["severity"] == "error").sum())
        text = f"质量 quality: {len(status['results']) - len(failed)}/{len(status['results'])} ✔"
        (st.success if not errors else st.error)(text + (f", {len(failed)} ✘" if len(failed) else ""))
    st.caption(f"仓库 warehouse: `{warehouse.directory}`")


def render(read: Read, warehouse: Warehouse) -> None:
    st.title("数据质量 · Data quality")
    status_banner(read, warehouse)
    status = last_run(read, warehouse)
    results = status["results"]
    if not results.empty:
        failed = results[~results["success"]]
        st.header("未通过的期望 · Failed expectations")
        if failed.empty:
            st.success("全部通过 · Every expectation passed.")
        else:
            st.table(_failed_table(failed), hide_index=True)
        with st.expander("全部期望 · Every expectation of this run"):
            st.dataframe(_failed_table(results), hide_index=True, width="stretch")

    history = status["history"]
    if not history.empty:
        st.header("历次运行通过率 · Pass rate across runs")
        rates = history.assign(
            pass_rate=(history["passed"] / history["total"] * 100).round(1),
            run=history["evaluated_at"].map(lambda t: pd.Timestamp(t).isoformat(sep=" ", timespec="seconds")),
        )
        if len(rates) > 1:
            chart = rates.set_index("run")[["pass_rate"]].rename(columns={"pass_rate": "通过率 pass rate %"})
            st.line_chart(chart, height=220, y_label="%")
        st.table(
            pd.DataFrame(
                {
                    "运行 Run": rates["run_id"],
                    "时间 UTC": rates["run"],
                    "通过 Passed": [f"{p}/{t}" for p, t in zip(rates["passed"], rates["total"])],
                    "通过率 Pass rate": rates["pass_rate"].map(lambda v: f"{display.number(v)}%"),
                    "阻断失败 Blocking failures": rates["failed_errors"].astype(str),
                    "警告 Warnings": rates["failed_warnings"].astype(str),
                }
            ).iloc[::-1],
            hide_index=True,
        )

    st.header("质量报告 · Quality reports")
    page = warehouse.quality_dir / PAGE_NAME
    st.markdown(
        f"- zhifa 质量页（失败的期望、问题行、隔离文件、不符的声明）· zhifa quality page: `{page}`\n"
        f"- Great Expectations Data Docs: `{warehouse.quality_dir / 'index.html'}`"
    )
    if page.exists():
        with st.expander("在此查看 zhifa 质量页 · Show the zhifa quality page here"):
            components.html(page.read_text(encoding="utf-8"), height=900, scrolling=True)


def _failed_table(rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "阶段 Stage": rows["stage"],
            "表 Table": rows["table_name"],
            "期望 Expectation": rows["expectation"],
            "列 Column": rows["column_name"].fillna(""),
            "级别 Severity": rows["severity"],
            "结果 Result": rows["success"].map(lambda s: "✔" if s else "✘"),
            "问题行 Rows": rows["unexpected_count"].map(display.number),
            "观察值 Observed": rows["observed_value"].fillna("").str.slice(0, 200),
        }
    )
