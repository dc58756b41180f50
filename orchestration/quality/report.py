"""The last run's validation results and the pass-rate history, for `zhifa quality`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from expectations.contract import STAGES
from orchestration.settings import Settings


@dataclass
class QualityReport:
    source: Path
    run_id: str
    rows: list[dict]  # the last run's outcomes
    history: list[dict]  # one row per run: run_id, evaluated_at, passed, total, failed_errors

    def as_json(self, history: bool = False) -> dict:
        out: dict = {"source": str(self.source), "run_id": self.run_id, "stages": {}}
        for stage in STAGES:
            rows = [r for r in self.rows if r["stage"] == stage]
            out["stages"][stage] = {
                "expectations": len(rows),
                "passed": sum(r["success"] for r in rows),
                "failed": [r for r in rows if not r["success"]],
            }
        if history:
            out["history"] = self.history
        return out


def load_quality(settings: Settings) -> QualityReport | None:
    """From the build database (the last run, even a blocked one), else the published one."""
    for path, con in settings.last_run_databases():
        present = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'quality' AND table_name = 'validation_results'"
        ).fetchall()[0][0]
        if not present:
            continue
        history = [
            dict(zip(("run_id", "evaluated_at", "passed", "total", "failed_errors"), row))
            for row in con.execute(
                """
                SELECT run_id, min(evaluated_at) AS evaluated_at, count(*) FILTER (WHERE success),
                       count(*), count(*) FILTER (WHERE NOT success AND severity = 'error')
                FROM quality.validation_results GROUP BY run_id ORDER BY evaluated_at
                """
            ).fetchall()
        ]
        if not history:
            continue
        run_id = history[-1]["run_id"]
        cursor = con.execute(
            """
            SELECT stage, suite, table_name, expectation, column_name, severity, success,
                   observed_value, unexpected_count, element_count
            FROM quality.validation_results WHERE run_id = ?
            ORDER BY stage, table_name, expectation, column_name
            """,
            [run_id],
        )
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row)) for row in cursor.fetchall()]
        for row in history:
            row["evaluated_at"] = row["evaluated_at"].isoformat(sep=" ", timespec="seconds")
        return QualityReport(path, run_id, rows, history)
    return None


def render_last_run(report: QualityReport) -> str:
    lines = [f"Validation results of run {report.run_id} ({report.source})"]
    for stage in STAGES:
        rows = [r for r in report.rows if r["stage"] == stage]
        failed = [r for r in rows if not r["success"]]
        status = "PASS" if not any(r["severity"] == "error" for r in failed) else "FAIL"
        lines.append(f"  {stage:<8} {status}  {len(rows) - len(failed)}/{len(rows)} expectations passed")
        for r in failed:
            where = f"{r['table_name']}.{r['column_name']}" if r["column_name"] else r["table_name"]
            count = f", {r['unexpected_count']} rows" if r["unexpected_count"] else ""
            lines.append(f"             {r['severity']:<7} {r['expectation']} on {where}{count}: {r['observed_value']}")
    return "\n".join(lines)


def render_history(report: QualityReport) -> str:
    lines = ["run                                   evaluated at          pass rate   blocking failures"]
    for row in report.history:
        rate = row["passed"] / row["total"] if row["total"] else 1.0
        lines.append(f"{row['run_id']:<37} {row['evaluated_at']:<21} {rate:>8.1%}   {row['failed_errors']}")
    return "\n".join(lines)
