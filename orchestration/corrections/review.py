"""The review queue: what in the warehouse needs a person's eye, as rows of the corrections
format with the answer columns empty (`zhifa review`, the dashboard's 待核对 page).

It lists documents flagged for review, unmapped figures whose sentence names a metric of the
taxonomy, the mentions behind conflicting values, the figures of the consistency rules that
fail and of the year-on-year claims that disagree. A figure appears once, with every problem
it is part of. Each query reads the warehouse through `read(sql, params) -> DataFrame`, as
the dashboard's queries do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from extractors.taxonomy import load as load_taxonomy
from orchestration.corrections.format import write_rows

Read = Callable[[str, Sequence], pd.DataFrame]

TOPICS = {
    "document": "文档待核对 · document needs review",
    "unmapped": "未映射 · no metric",
    "conflict": "数值矛盾 · conflicting mentions",
    "consistency": "内部不一致 · a rule the report breaks",
    "claim": "同比不符 · a claim the figures do not bear out",
}


@dataclass
class QueueRow:
    """One row of the queue: what to correct (a document or a figure) and why it is listed."""

    kind: str  # document | figure
    document: str  # the path in the reports folder
    topics: list[str]
    problems: list[str]
    doc_id: str
    span_start: int | None = None
    span_end: int | None = None
    as_written: str | None = None
    sentence: str | None = None
    extracted: dict = field(default_factory=dict)  # what extraction made of it: metric, domain, value, unit

    def as_correction(self) -> dict[str, object]:
        """The row in the corrections format, answer columns empty."""
        return {
            "kind": self.kind, "document": self.document, "span_start": self.span_start, "span_end": self.span_end,
            "as_written": self.as_written, "sentence": self.sentence, "problem": "; ".join(self.problems),
        }  # fmt: skip


def review_queue(read: Read) -> list[QueueRow]:
    """The queue, documents first, then figures in document and text order."""
    rows: dict[tuple, QueueRow] = {}
    for key, topic, problem, make in (
        *_flagged_documents(read), *_unmapped_figures(read), *_conflicting_mentions(read),
        *_failed_rules(read), *_disagreeing_claims(read),
    ):  # fmt: skip
        row = rows.get(key)
        if row is None:
            row = rows[key] = make()
        if topic not in row.topics:
            row.topics.append(topic)
        if problem not in row.problems:
            row.problems.append(problem)
    return sorted(rows.values(), key=lambda r: (r.kind != "document", r.document, r.span_start or 0))


def queue_csv(rows: Sequence[QueueRow]) -> str:
    return write_rows([row.as_correction() for row in rows])


# --- what goes into the queue -------------------------------------------------------------------

_FIGURE_COLUMNS = """
    f.doc_id, d.source_path, f.figure_no, f.span_start, f.span_end, f.as_written, f.sentence,
    f.metric, f.domain, f.value, f.unit
"""
# Figures of documents that still speak for their issuer and year (an edited file's old
# version is superseded: correcting it changes nothing).
_CURRENT_FIGURES = """
    staging.stg_figures AS f
    JOIN staging.stg_documents AS d USING (doc_id)
    JOIN intermediate.int_current_documents AS c USING (doc_id)
"""


def _figure_row(record: dict) -> Callable[[], QueueRow]:
    def make() -> QueueRow:
        return QueueRow(
            "figure", record["source_path"], [], [], record["doc_id"], int(record["span_start"]), int(record["span_end"]),
            record["as_written"], record["sentence"],
            {k: record[k] for k in ("metric", "domain", "value", "unit") if _present(record[k])},
        )

    return make


def _figure_key(record: dict) -> tuple:
    return ("figure", record["doc_id"], int(record["figure_no"]))


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value))


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if not _present(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def _flagged_documents(read: Read):
    frame = read(
        """
        SELECT doc_id, source_path, issuer, issuer_key, report_year, review_reason
        FROM marts.dim_document WHERE needs_review AND is_current ORDER BY source_path
        """,
        [],
    )
    for record in _records(frame):
        named = f", the issuer as named: {record['issuer']}" if record["issuer"] else ""
        problem = f"{TOPICS['document']}: {record['review_reason']}{named}"

        def make(record=record) -> QueueRow:
            return QueueRow("document", record["source_path"], [], [], record["doc_id"], extracted={
                k: record[k] for k in ("issuer_key", "report_year") if record[k] is not None
            })  # fmt: skip

        yield ("document", record["doc_id"]), "document", problem, make


def _unmapped_figures(read: Read):
    """Figures without a metric whose sentence names a metric of the taxonomy that takes
    their unit: the words were there, the extractor did not connect them."""
    frame = read(f"SELECT {_FIGURE_COLUMNS} FROM {_CURRENT_FIGURES} WHERE f.metric IS NULL AND c.is_current", [])
    metrics = load_taxonomy().metrics.values()
    for record in _records(frame):
        sentence = record["sentence"] or ""
        named = [
            m for m in metrics
            if (not m.units or record["unit"] in m.units) and (m.zh in sentence or any(p.search(sentence) for p in m.left))
        ]  # fmt: skip
        if named:
            words = ", ".join(f"{m.zh} ({m.code})" for m in named[:3])
            problem = f"{TOPICS['unmapped']}: {record['as_written']} got no metric, though the sentence names {words}"
            yield _figure_key(record), "unmapped", problem, _figure_row(record)


def _conflicting_mentions(read: Read):
    frame = read(
        f"""
        SELECT {_FIGURE_COLUMNS}, r.report_year, r.as_written AS used
        FROM marts.fct_report_metric AS r
        JOIN intermediate.int_issuer_figure_mentions AS m
          ON m.issuer_key = r.issuer_key AND m.report_year = r.report_year AND m.metric = r.metric AND m.domain = r.domain
        JOIN {_CURRENT_FIGURES} ON f.doc_id = m.doc_id AND f.figure_no = m.figure_no
        WHERE r.has_conflict
        ORDER BY d.source_path, f.span_start
        """,
        [],
    )
    for record in _records(frame):
        problem = (
            f"{TOPICS['conflict']}: {record['metric']} · {record['domain']} {record['report_year']} is stated with different "
            f"values; the one used is {record['used']}"
        )
        yield _figure_key(record), "conflict", problem, _figure_row(record)


def _failed_rules(read: Read):
    """The first mention in the document of each metric a failed rule compares (the rule's
    own choice), in the rule's domain and, for a domain against the whole issuer, in 'all'."""
    frame = read(
        f"""
        WITH failed AS (
            SELECT * FROM marts.fct_consistency_check WHERE NOT passed
        ),
        compared AS (
            SELECT failed.*, m.metric AS compared, m.domain AS compared_domain, m.figure_no,
                   row_number() OVER (PARTITION BY failed.check_id, failed.doc_id, failed.metric, failed.domain,
                                      failed.compared_metric, m.metric, m.domain ORDER BY m.span_start, m.figure_no) AS mention_rank
            FROM failed
            JOIN intermediate.int_issuer_figure_mentions AS m
              ON m.doc_id = failed.doc_id
             AND m.domain IN (failed.domain, CASE WHEN failed.check_id = 'domain_not_above_whole_issuer' THEN 'all' END)
             AND (m.metric IN (failed.metric, failed.compared_metric)
                  OR (failed.check_id = 'penalty_simple_plus_ordinary_equals_total'
                      AND m.metric IN ('penalty_cases_simple', 'penalty_cases_ordinary'))
                  OR (failed.check_id = 'penalty_kinds_sum_to_total' AND m.parent_metric = 'penalty_cases'))
        )
        SELECT {_FIGURE_COLUMNS}, compared.check_id, compared.detail
        FROM compared
        JOIN {_CURRENT_FIGURES} ON f.doc_id = compared.doc_id AND f.figure_no = compared.figure_no
        WHERE compared.mention_rank = 1
        ORDER BY d.source_path, f.span_start
        """,
        [],
    )
    for record in _records(frame):
        problem = f"{TOPICS['consistency']}: {record['check_id']}: {record['detail']}"
        yield _figure_key(record), "consistency", problem, _figure_row(record)


def _disagreeing_claims(read: Read):
    """The stated change, this year's figure and the prior year's, for each claim that
    disagrees: any of the three may be the one extraction got wrong."""
    frame = read(
        f"""
        WITH claims AS (
            SELECT * FROM marts.fct_metric_yoy WHERE claim_consistent = false
        ),
        involved AS (
            SELECT claims.*, m.doc_id AS mention_doc_id, m.figure_no
            FROM claims
            JOIN marts.fct_report_metric AS r
              ON r.issuer_key = claims.issuer_key AND r.metric = claims.metric AND r.domain = claims.domain
             AND r.report_year IN (claims.report_year, claims.report_year - 1)
            JOIN intermediate.int_issuer_figure_mentions AS m
              ON m.doc_id = r.doc_id AND m.span_start = r.span_start AND m.metric = r.metric AND m.domain = r.domain
            UNION ALL
            SELECT claims.*, m.doc_id, m.figure_no
            FROM claims
            JOIN intermediate.int_issuer_figure_mentions AS m
              ON m.doc_id = claims.claim_doc_id AND m.of_metric = claims.metric AND m.domain = claims.domain
             AND m.metric IN ('yoy_change_pct', 'yoy_change_abs')
        )
        SELECT {_FIGURE_COLUMNS}, involved.metric AS claim_metric, involved.report_year AS claim_year,
               involved.claimed_pct_change, involved.pct_change, involved.prior_year_value, involved.value AS this_year_value
        FROM involved
        JOIN {_CURRENT_FIGURES} ON f.doc_id = involved.mention_doc_id AND f.figure_no = involved.figure_no
        ORDER BY d.source_path, f.span_start
        """,
        [],
    )
    for record in _records(frame):
        problem = (
            f"{TOPICS['claim']}: {record['claim_metric']} {record['claim_year']} is said to change "
            f"{_number(record['claimed_pct_change'])}%, the figures give {_number(record['pct_change'])}% "
            f"({_number(record['prior_year_value'])} -> {_number(record['this_year_value'])})"
        )
        yield _figure_key(record), "claim", problem, _figure_row(record)


def _number(value: object) -> str:
    if not _present(value):
        return "?"
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.2f}".rstrip("0").rstrip(".")
