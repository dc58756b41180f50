"""Review page: what needs a person's eye (the queue `zhifa review` writes), each sentence with
its figure marked and the correction row it would take, and what became of the corrections
already made."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import display
from dashboard.queries import Read
from orchestration.corrections.format import write_rows
from orchestration.corrections.review import TOPICS, QueueRow, queue_csv, review_queue

SHOWN = 200  # rows drawn one by one; the download holds them all
STATUS = {
    "applied": "✔ 已应用 applied",
    "stale": "⚠ 已失效 stale",
    "superseded": "⚠ 已被抽取取代 superseded",
    "contradicted": "✘ 矛盾 contradicted",
}


def render(read: Read) -> None:
    st.title("待核对 · Review")
    st.caption(
        "抽取可能出错的地方：待核对的文档、未映射的数字、矛盾的提及、不成立的规则、与数字不符的同比声明。"
        " · Where extraction may have gone wrong. Each row is a correction waiting for its answer: "
        "`zhifa review` writes this list as a CSV, fill in the answer columns with a reason and your name, "
        "`zhifa correct FILE` adds it to the corrections, `zhifa run` applies them."
    )
    rows = review_queue(read)
    counts = {topic: sum(topic in row.topics for row in rows) for topic in TOPICS}
    for column, (topic, label) in zip(st.columns(len(TOPICS)), TOPICS.items()):
        column.metric(label, counts[topic])
    if rows:
        st.download_button(
            "下载待核对清单 · Download the queue (CSV)",
            queue_csv(rows).encode("utf-8-sig"),
            file_name="review.csv",
            mime="text/csv",
        )
        for row in rows[:SHOWN]:
            _queue_row(row)
        if len(rows) > SHOWN:
            st.info(f"另有 {len(rows) - SHOWN} 行见下载的清单 · {len(rows) - SHOWN} more rows are in the download.")
    else:
        st.success("没有待核对的内容 · Nothing waits for review.")

    st.header("已做的更正 · Corrections made")
    _corrections(read)


def _queue_row(row: QueueRow) -> None:
    where = f"{row.document}" + (f" · {row.span_start}–{row.span_end}" if row.span_start is not None else "")
    with st.container(border=True):
        st.markdown(f"**{html.escape(where)}**  \n" + "  \n".join(html.escape(p) for p in row.problems))
        if row.sentence:
            st.markdown(_marked(row.sentence, row.as_written), unsafe_allow_html=True)
        if row.extracted:
            st.caption("抽取结果 · extracted: " + ", ".join(f"{k} {_shown(v)}" for k, v in row.extracted.items()))
        st.code(write_rows([row.as_correction()]), language="csv")


def _marked(sentence: str, written: str | None) -> str:
    escaped = html.escape(sentence)
    if written:
        escaped = escaped.replace(html.escape(written), f"<mark><b>{html.escape(written)}</b></mark>", 1)
    return f"<div class='zhifa-review-sentence'>{escaped}</div>"


def _shown(value: object) -> str:
    return display.number(value) if isinstance(value, int | float) else str(value)


def _corrections(read: Read) -> None:
    corrections = read(
        """
        SELECT correction_id, kind, status, detail, source_path, as_written, metric, domain, value,
               is_exclusion, issuer, report_year, reason, author
        FROM marts.dim_correction ORDER BY correction_file, line
        """,
        [],
    )
    if corrections.empty:
        st.info("还没有更正 · No corrections yet.")
        return
    st.table(
        pd.DataFrame(
            {
                "更正 Correction": corrections["correction_id"],
                "类型 Kind": corrections["kind"],
                "结果 Status": corrections["status"].map(lambda s: STATUS.get(s, s)),
                "报告 Report": corrections["source_path"].fillna(""),
                "原文 As written": corrections["as_written"].fillna(""),
                "更正为 Corrected to": [_answer(r) for _, r in corrections.iterrows()],
                "理由 Reason": corrections["reason"],
                "更正人 Author": corrections["author"],
                "说明 Detail": corrections["detail"],
            }
        ),
        hide_index=True,
    )


def _answer(r: pd.Series) -> str:
    if not pd.isna(r["is_exclusion"]) and bool(r["is_exclusion"]):
        return "剔除 excluded"
    parts = [str(r[c]) for c in ("issuer", "metric", "domain") if isinstance(r[c], str) and r[c]]
    parts += [display.number(r[c]) for c in ("report_year", "value") if not pd.isna(r[c])]
    return " · ".join(parts)
