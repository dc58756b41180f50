"""Checking a warehouse against a corpus's truth.jsonl: which written figures it holds.

A figure about the whole issuer is found when `marts.fct_report_metric` holds its issuer
(the name as printed), year, metric, domain and value; a stated change (同比…) when
`raw.figures` holds it with its `of_metric`. A table row of a department (`sub_issuer`) is
found in `raw.figures` by file, department, metric, domain and value. Bad files must be in
`raw.quarantine` (a reason other than the expected one is counted apart); good files must not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

CHANGE_METRICS = ("yoy_change_pct", "yoy_change_abs")


def _v(value) -> float:
    return round(float(value), 4)


@dataclass(slots=True)
class Share:
    found: int = 0
    total: int = 0

    @property
    def ratio(self) -> float | None:
        return self.found / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.total += 1
        self.found += hit

    def as_dict(self) -> dict:
        return {"found": self.found, "total": self.total, "recall": None if self.ratio is None else round(self.ratio, 5)}


@dataclass(slots=True)
class RecallReport:
    by_style: dict[str, Share] = field(default_factory=lambda: defaultdict(Share))  # issuer-level, marts or raw
    marts: Share = field(default_factory=Share)  # issuer-level values in fct_report_metric
    changes: Share = field(default_factory=Share)  # stated changes in raw.figures
    raw: Share = field(default_factory=Share)  # issuer-level figures (values and changes) in raw.figures
    sub_issuer: Share = field(default_factory=Share)  # table rows of departments in raw.figures
    documents: Share = field(default_factory=Share)  # good files loaded with the right issuer, year, parent
    quarantined: Share = field(default_factory=Share)  # bad files quarantined, whatever the reason
    other_reason: Counter = field(default_factory=Counter)  # (expected, recorded) reasons that differ
    wrongly_quarantined: int = 0
    unaccounted: int = 0  # files neither loaded nor quarantined
    unexpected_mart_rows: int = 0  # fct_report_metric rows no truth figure explains
    missed_by_metric: Counter = field(default_factory=Counter)
    examples: list[dict] = field(default_factory=list)
    published: bool = True

    @property
    def issuer_level(self) -> Share:
        total = Share()
        for share in self.by_style.values():
            total.found += share.found
            total.total += share.total
        return total

    def as_dict(self) -> dict:
        return {
            "issuer_level": self.issuer_level.as_dict(),
            "by_style": {k: v.as_dict() for k, v in sorted(self.by_style.items())},
            "marts": self.marts.as_dict(),
            "changes": self.changes.as_dict(),
            "raw": self.raw.as_dict(),
            "sub_issuer": self.sub_issuer.as_dict(),
            "documents": self.documents.as_dict(),
            "quarantined": self.quarantined.as_dict(),
            "other_reason": {f"{e} -> {g}": n for (e, g), n in self.other_reason.items()},
            "wrongly_quarantined": self.wrongly_quarantined,
            "unaccounted": self.unaccounted,
            "unexpected_mart_rows": self.unexpected_mart_rows,
            "missed_by_metric": dict(self.missed_by_metric.most_common(10)),
            "examples": self.examples[:10],
            "published": self.published,
        }


def check(db_path: Path, figures: list[dict], bad: list[dict], *, whole_corpus: bool = True) -> RecallReport:
    """Recall of `figures` and the quarantine of `bad` in the DuckDB file at `db_path`;
    with `whole_corpus`, also the mart rows that no truth figure explains."""
    report = RecallReport()
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        marts = {
            (issuer, year, metric, domain): _v(value)
            for issuer, year, metric, domain, value in con.execute(
                "SELECT issuer, report_year, metric, domain, value FROM marts.fct_report_metric"
            ).fetchall()
        }
        raw = Counter(
            (issuer, year, metric, domain, of_metric, _v(value))
            for issuer, year, metric, domain, of_metric, value in con.execute(
                """
                SELECT d.issuer, d.report_year, f.metric, f.domain, f.of_metric, f.value
                FROM raw.figures AS f JOIN raw.documents AS d USING (doc_id)
                WHERE f.sub_issuer IS NULL AND f.metric IS NOT NULL
                """
            ).fetchall()
        )
        rows = Counter(
            (path, sub, metric, domain, _v(value))
            for path, sub, metric, domain, value in con.execute(
                """
                SELECT p.source_path, f.sub_issuer, f.metric, f.domain, f.value
                FROM raw.figures AS f JOIN raw.document_paths AS p USING (doc_id)
                WHERE f.sub_issuer IS NOT NULL
                """
            ).fetchall()
        )
        documents = {
            path: (issuer, year, parent)
            for path, issuer, year, parent in con.execute(
                "SELECT p.source_path, d.issuer, d.report_year, d.parent_region FROM raw.documents AS d JOIN raw.document_paths AS p USING (doc_id)"
            ).fetchall()
        }
        quarantine = dict(con.execute("SELECT source_path, reason FROM raw.quarantine").fetchall())
    finally:
        con.close()

    explained: set[tuple] = set()
    files: dict[str, dict] = {}
    for t in figures:
        files.setdefault(t["file"], t)
        value = _v(t["value"])
        if t["sub_issuer"] is not None:
            key = (t["file"], t["sub_issuer"], t["metric"], t["domain"], value)
            hit = rows[key] > 0
            rows[key] -= hit
            report.sub_issuer.add(hit)
        else:
            raw_key = (t["issuer"], t["report_year"], t["metric"], t["domain"], t["of_metric"], value)
            in_raw = raw[raw_key] > 0
            raw[raw_key] -= in_raw
            report.raw.add(in_raw)
            if t["metric"] in CHANGE_METRICS:
                hit = in_raw
                report.changes.add(hit)
            else:
                key = (t["issuer"], t["report_year"], t["metric"], t["domain"])
                hit = marts.get(key) == value
                explained.add(key)
                report.marts.add(hit)
            report.by_style[t["style"]].add(hit)
        if not hit:
            report.missed_by_metric[t["metric"]] += 1
            if len(report.examples) < 20:
                report.examples.append({k: t[k] for k in ("file", "metric", "domain", "as_written", "sub_issuer", "of_metric")})
    if whole_corpus:
        report.unexpected_mart_rows = sum(key not in explained for key in marts)

    for path, t in files.items():
        loaded = documents.get(path)
        report.documents.add(loaded == (t["issuer"], t["report_year"], t.get("parent_region")))
        if loaded is None:
            if path in quarantine:
                report.wrongly_quarantined += 1
            else:
                report.unaccounted += 1
    for b in bad:
        reason = quarantine.get(b["file"])
        report.quarantined.add(reason is not None)
        if reason is not None and reason != b["bad"]:
            report.other_reason[(b["bad"], reason)] += 1
        if reason is None and b["file"] not in documents:
            report.unaccounted += 1
    return report


def extraction_recall(corpus_dir: Path, figures: list[dict]) -> dict[str, Share]:
    """In-process recall, no warehouse: each file extracted with `extract_file` and its
    figures matched to the truth by metric, domain, value, sub_issuer and of_metric; a file
    whose issuer or year is wrong finds nothing. Keys: prose, table, sub_issuer."""
    from extractors import extract_file
    from extractors.gazetteer import with_places
    from orchestration.loading.sidecar import read_sidecar

    places = with_places(read_sidecar(corpus_dir / "reports").places)

    by_file: dict[str, list[dict]] = defaultdict(list)
    for t in figures:
        by_file[t["file"]].append(t)
    out: dict[str, Share] = defaultdict(Share)
    for rel, rows in by_file.items():
        document = extract_file(corpus_dir / "reports" / rel, gazetteer=places)
        for t, hit in zip(rows, found_in(document, rows)):
            out["sub_issuer" if t["sub_issuer"] else t["style"]].add(hit)
    return out


def found_in(document, rows: list[dict]) -> list[bool]:
    """Which of one file's truth rows its extracted `Document` holds, by metric, domain,
    value, sub_issuer and of_metric; none when its issuer or year is wrong."""
    right_doc = document.issuer.issuer == rows[0]["issuer"] and document.report_year == rows[0]["report_year"]
    got = Counter((f.metric, f.domain, _v(f.value), f.sub_issuer, f.of_metric) for f in document.figures)
    hits = []
    for t in rows:
        key = (t["metric"], t["domain"], _v(t["value"]), t["sub_issuer"], t["of_metric"])
        hit = right_doc and got[key] > 0
        got[key] -= hit
        hits.append(hit)
    return hits
