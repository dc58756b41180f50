"""The HTML of the zhifa quality page: one self-contained UTF-8 file, no scripts, no external assets."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from orchestration.quality.results import CLAIM_COLUMNS, CONSISTENCY_COLUMNS, QUARANTINE_COLUMNS, QualityData, Run
from orchestration.quality.rows import Failure
from orchestration.settings import Settings

DATA_DOCS_NAME = "index.html"  # Great Expectations Data Docs, beside the page

HISTORY_RUNS = 30  # runs listed stage by stage; the pass-rate chart shows them all

CSS = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.muted { color: #59636e; font-size: .9rem; } code { font-size: .85rem; background: #f6f8fa; padding: 0 .25rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .88rem; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; }
.pass { background: #dafbe1; color: #116329; } .fail { background: #ffebe9; color: #a40e26; }
.warn { background: #fff8c5; color: #7d4e00; }
.stages { display: flex; gap: 1rem; flex-wrap: wrap; } .stage { border: 1px solid #d0d7de; border-radius: .5rem; padding: .6rem 1rem; min-width: 10rem; }
.stage b { font-size: 1.4rem; } .banner { padding: .7rem 1rem; border-radius: .5rem; margin: 1rem 0; }
.banner.fail { border: 1px solid #ff8182; } .banner.pass { border: 1px solid #4ac26b; }
.failure { border-left: 4px solid #d0d7de; padding-left: .8rem; margin: 1rem 0; }
.failure.error { border-color: #cf222e; } .failure.warning { border-color: #bf8700; }
td.long { min-width: 16rem; } td.id { font-family: monospace; font-size: .8rem; }
.scroll { overflow-x: auto; } details { margin: .3rem 0; } summary { cursor: pointer; }
nav a { margin-right: 1rem; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return f"<td>{'true' if value else 'false'}</td>"
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
        return f'<td class="num">{text}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value}</td>'
    if isinstance(value, dt.datetime):
        return f"<td>{value.isoformat(sep=' ', timespec='seconds')}</td>"
    return f"<td>{_e(value)}</td>"


MISSING = "这次构建中没有此表（运行在建成它之前停止）· Not in this build: the run stopped before it was built."


LONG_TEXT = {"sentence", "claim_sentence", "message", "detail", "observed", "title"}
IDENTIFIERS = {"doc_id", "sha256", "run"}


def _cell_for(column: str, value: object) -> str:
    """Long text gets room; a 64-character hash is cut to what a reader compares."""
    if column in LONG_TEXT:
        return f'<td class="long">{_e(value)}</td>'
    if column in IDENTIFIERS and isinstance(value, str):
        shown = value if len(value) <= 16 else value[:12] + "…"
        return f'<td class="id" title="{_e(value)}">{_e(shown)}</td>'
    return _cell(value)


def _table(columns: Sequence[str], rows: Iterable[Sequence[object]] | None, empty: str) -> str:
    if rows is None:
        return f'<p class="muted">{_e(MISSING)}</p>'
    rows = list(rows)
    if not rows:
        return f'<p class="muted">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell_for(c, v) for c, v in zip(columns, row)) + "</tr>" for row in rows)
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _when(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds") + " UTC"


def _rate(run: Run) -> float:
    return run.passed / run.total if run.total else 1.0


def render_page(data: QualityData | None, settings: Settings) -> str:
    generated = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>zhifa 数据质量报告 · Data quality report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>zhifa 数据质量报告 · Data quality report</h1>",
        f'<p class="muted">生成于 generated {_e(_when(generated))} · 仓库 warehouse <code>{_e(settings.warehouse_dir)}</code>'
        + (f" · 读取 read from <code>{_e(data.source.name)}</code>" if data else "")
        + "</p>",
        '<nav><a href="#last-run">最近运行 Last run</a><a href="#runs">各次运行 Runs</a>'
        '<a href="#pass-rate">通过率 Pass rate</a><a href="#quarantine">隔离 Quarantine</a>'
        f'<a href="#claims">不符的声明 Claims</a><a href="{DATA_DOCS_NAME}">Great Expectations Data Docs →</a></nav>',
    ]
    if data is None or data.last is None:
        parts.append(
            '<p class="banner fail">还没有验证结果 · No validation results yet: run <code>zhifa run</code>.</p>'
        )
    else:
        parts += [
            _last_run(data),
            _runs(data),
            _pass_rate(data),
            _quarantine(data),
            _claims(data),
        ]
    parts.append(
        f'<p class="muted">每个期望的详细结果见 Great Expectations Data Docs · Every expectation in detail: '
        f'<a href="{DATA_DOCS_NAME}">{DATA_DOCS_NAME}</a>. 数据表 quality.validation_results 保存全部结果 · '
        "All results are in quality.validation_results.</p></body></html>"
    )
    return "\n".join(parts)


def _last_run(data: QualityData) -> str:
    run = data.last
    blocked = bool(run.blocking)
    published = run.run_id == data.published_run_id
    if published:
        verdict = "已发布 · published: warehouse.duckdb holds this run"
    elif blocked:
        verdict = "未发布 · NOT published: error-severity expectations failed; warehouse.duckdb is unchanged"
    else:
        verdict = "未发布 · not published (yet)"
    out = [
        '<h2 id="last-run">最近一次运行 · Last run</h2>',
        f'<div class="banner {"fail" if blocked else "pass"}"><b>{_e(verdict)}</b><br>'
        f'<span class="muted">运行 run <code>{_e(run.run_id)}</code> · {_e(_when(run.evaluated_at))} · '
        f"{run.passed}/{run.total} 个期望通过 expectations passed · {len(run.blocking)} 阻断 blocking · "
        f"{len(run.failures) - len(run.blocking)} 警告 warnings</span></div>",
        '<div class="stages">',
    ]
    for stage, (passed, total) in run.stages.items():
        errors = sum(1 for f in run.failures if f.stage == stage and f.severity == "error")
        warns = sum(1 for f in run.failures if f.stage == stage and f.severity != "error")
        badge = '<span class="badge fail">FAIL 失败</span>' if errors else '<span class="badge pass">PASS 通过</span>'
        extra = f' <span class="badge warn">{warns} warning</span>' if warns else ""
        out.append(f'<div class="stage">{_e(stage)} {badge}{extra}<br><b>{passed}/{total}</b> <span class="muted">passed</span></div>')
    out.append("</div>")
    if data.docs_pages:
        links = " · ".join(f'<a href="{_e(href)}">{_e(table)}</a>' for table, href in data.docs_pages)
        out.append(f'<p class="muted">这次运行的 Data Docs 页面 · Data Docs of this run: {links}</p>')
    out.append("<h3>未通过的期望与问题行 · Failed expectations and the rows behind them</h3>")
    if not run.failures:
        out.append('<p class="badge pass">全部通过 · Every expectation passed.</p>')
    for failure in run.failures:
        out.append(_failure(failure))
    return "\n".join(out)


def _where(failure: Failure) -> str:
    return f"{failure.table}.{failure.column}" if failure.column else failure.table


def _failure(failure: Failure) -> str:
    badge = "fail" if failure.severity == "error" else "warn"
    label = "error 阻断发布 blocks publishing" if failure.severity == "error" else "warning 仅报告 reported only"
    count = ""
    if failure.unexpected_count is not None:
        count = f" · <b>{failure.unexpected_count}</b> 行不符 rows unexpected"
        if failure.element_count is not None:
            count += f" / {failure.element_count}"
    out = [
        f'<div class="failure {_e(failure.severity)}">',
        f'<b>{_e(failure.stage)}</b> · <code>{_e(_where(failure))}</code> · <b>{_e(failure.expectation)}</b> '
        f'<span class="badge {badge}">{_e(label)}</span>{count}',
    ]
    rows = failure.rows
    if rows and rows.why:
        out.append(f'<div class="muted">为何检查 why: {_e(rows.why)}</div>')
    if failure.observed:
        out.append(f'<div class="muted">观察值 observed: {_e(failure.observed)}</div>')
    if rows is not None:
        if rows.columns:
            shown = f"前 {len(rows.rows)} 行 first {len(rows.rows)}" if len(rows.rows) < rows.total else f"{len(rows.rows)} 行 rows"
            out.append(f'<div class="muted">问题行 offending rows: {rows.total} in all, {shown}'
                       + (f" ({_e(rows.note)})" if rows.note else "") + "</div>")
            out.append(_table(rows.columns, rows.rows, "没有找到问题行 · no offending rows found (the table changed since)"))
        elif rows.note:
            out.append(f'<div class="muted">{_e(rows.note)}</div>')
    out.append("</div>")
    return "\n".join(out)


def _runs(data: QualityData) -> str:
    out = [
        '<h2 id="runs">各次运行与阶段 · Runs and stages</h2>',
        f'<p class="muted">最近 {min(HISTORY_RUNS, len(data.runs))} 次运行，新的在前 · the last runs, newest first</p>',
    ]
    for index, run in enumerate(reversed(data.runs[-HISTORY_RUNS:])):
        stages = " · ".join(f"{s} {p}/{t}" for s, (p, t) in run.stages.items())
        state = '<span class="badge fail">blocked</span>' if run.blocking else '<span class="badge pass">ok</span>'
        if run.run_id == data.published_run_id:
            state += ' <span class="badge pass">published</span>'
        out.append(
            f"<details{' open' if index == 0 else ''}><summary>{_e(_when(run.evaluated_at))} · <code>{_e(run.run_id)}</code> "
            f"· {_rate(run):.1%} · {_e(stages)} {state}</summary>"
        )
        out.append(
            _table(
                ("stage", "table.column", "expectation", "severity", "rows", "of", "observed"),
                (
                    (f.stage, _where(f), f.expectation, f.severity, f.unexpected_count, f.element_count, f.observed)
                    for f in run.failures
                ),
                "全部通过 · every expectation passed",
            )
        )
        out.append("</details>")
    return "\n".join(out)


def _pass_rate(data: QualityData) -> str:
    """An inline SVG bar per run (oldest left), and the numbers as a table."""
    runs = data.runs
    width, height, pad = 760, 160, 30
    step = min((width - 2 * pad) / max(len(runs), 1), 48)
    bars = []
    for i, run in enumerate(runs):
        rate = _rate(run)
        h = rate * (height - 2 * pad)
        colour = "#cf222e" if run.blocking else "#2da44e"
        x = pad + i * step + step * 0.1
        bars.append(
            f'<rect x="{x:.1f}" y="{height - pad - h:.1f}" width="{step * 0.8:.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{_e(_when(run.evaluated_at))}: {rate:.1%}</title></rect>"
        )
    axis = (
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#59636e"/>'
        f'<text x="2" y="{pad + 4}" font-size="11">100%</text><text x="8" y="{height - pad}" font-size="11">0%</text>'
    )
    svg = f'<svg role="img" aria-label="pass rate per run" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{axis}{"".join(bars)}</svg>'
    table = _table(
        ("run", "evaluated at (UTC)", "passed", "total", "pass rate", "blocking failures", "warnings"),
        (
            (r.run_id, r.evaluated_at, r.passed, r.total, f"{_rate(r):.1%}", len(r.blocking), len(r.failures) - len(r.blocking))
            for r in reversed(runs)
        ),
        "no runs",
    )
    return (
        '<h2 id="pass-rate">历次运行通过率 · Pass rate across runs</h2>'
        '<p class="muted">红色：有阻断性失败 · red: a blocking failure</p>' + svg + table
    )


def _quarantine(data: QualityData) -> str:
    return (
        '<h2 id="quarantine">隔离的文件 · Quarantined files</h2>'
        '<p class="muted">未能入库的文件及原因（raw.quarantine）· Files that were not loaded, and why</p>'
        + _table(QUARANTINE_COLUMNS, data.quarantine, "没有隔离的文件 · No file was quarantined.")
    )


def _claims(data: QualityData) -> str:
    return (
        '<h2 id="claims">与数字不符的同比声明 · Claims that disagree with the figures</h2>'
        '<p class="muted">报告自述的同比变化与两年数字计算的不一致（marts.fct_metric_yoy）'
        " · The report's own year-on-year claim and the change its figures give differ</p>"
        + _table(CLAIM_COLUMNS, data.claims, "没有不符的声明 · Every claim agrees with the figures.")
        + "<h3>报告内部不一致 · Reports that disagree with themselves (marts.fct_consistency_check)</h3>"
        + _table(CONSISTENCY_COLUMNS, data.consistency, "没有 · None: every rule holds in every report.")
    )
