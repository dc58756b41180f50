"""The benchmark run: corpora generated, `zhifa run` measured on them, the warehouse checked
against the truth, a table printed and a JSON line appended to benchmarks/results/.

Measurements, in order:
  empty        `zhifa run` over an empty inbox, repeated on the warehouse the first run made:
               the fixed overhead of a scheduled run
  full N       `zhifa run` over N generated reports into a new warehouse: wall seconds per
               stage, figures per second, peak RSS, recall of truth.jsonl
  incremental  one new report added to the largest (non --large) warehouse, `zhifa run` again
  throughput   extractors.extract_text on one core vs one numeral regex over the same texts
  formats      extractors.extract_file (read, decode, extract) on the same reports written
               as text, web page, Word, PDF and (the table-style ones) workbook
  extract CLI  `zhifa extract FILE --json`, process start to exit
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from benchmarks import generate_corpus
from benchmarks.measure import STAGES, Measurement, measure
from benchmarks.recall import RecallReport, check, extraction_recall
from benchmarks.throughput import FormatCost, Throughput, load_texts, measure_formats, measure_throughput, profile_extraction
from extractors.gazetteer import with_places
from orchestration.loading.sidecar import read_sidecar

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "benchmarks" / "corpora"
RESULTS = REPO / "benchmarks" / "results" / "results.jsonl"
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
ZHIFA = Path(sys.executable).parent / "zhifa"
GENERATOR_FILES = ("generate_corpus.py", "templates.py", "issuers.py", "report_formats.py", "pdf_writer.py")
FORMAT_SAMPLE_REPORTS = 40  # reports written in every format for the reading cost of each
RUN_TIMEOUT_S = 3 * 3600

# Targets from the benchmark issue.
EXTRACTION_RATIO_MIN = 0.5
FULL_RUN_FACTOR = 3.0
RECALL_MIN = 0.99
INCREMENTAL_FACTOR = 1.5
RSS_MAX_MB = 2000.0
RSS_GROWTH_MAX = 0.20


@dataclass(slots=True)
class Options:
    sizes: list[int]
    seed: int = 7
    keep_warehouses: bool = False
    write_md: bool = True
    profile: bool = False
    throughput_mb: float = 20.0
    command: str = ""


@dataclass(slots=True)
class FullRun:
    size: int
    corpus_mb: float
    measurement: Measurement
    figures: int
    documents: int
    recall: RecallReport
    warehouse_mb: float = 0.0

    @property
    def figures_per_s(self) -> float:
        return self.figures / self.measurement.wall_s if self.measurement.wall_s else 0.0


@dataclass(slots=True)
class Results:
    empty: Measurement | None = None
    empty_cold: Measurement | None = None
    full: list[FullRun] = field(default_factory=list)
    incremental: Measurement | None = None
    incremental_size: int | None = None
    incremental_recall: RecallReport | None = None
    throughput: Throughput | None = None
    throughput_file_mb: float = 0.0
    formats: list[FormatCost] = field(default_factory=list)
    extract_cli_s: float | None = None
    extract_cli_file: str = ""
    crlf_recall: dict | None = None
    load_average: dict = field(default_factory=dict)  # other work on the machine skews the clock


def _say(message: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _generator_hash() -> str:
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        digest.update((REPO / "benchmarks" / name).read_bytes())
    return digest.hexdigest()[:16]


def corpus(size: int, seed: int, *, crlf_share: float = 0.0, every_format: bool = False) -> Path:
    """The corpus of `size` reports for `seed`, generated unless an identical one is there;
    with `every_format`, each report in every format and no bad files (generate_corpus)."""
    name = f"c{size}-s{seed}" + (f"-crlf{crlf_share:g}" if crlf_share else "") + ("-formats" if every_format else "")
    out = CORPORA / name
    stamp = out / "corpus.json"
    wanted = {"reports": size, "seed": seed, "crlf_share": crlf_share, "every_format": every_format, "generator": _generator_hash()}
    if stamp.exists():
        recorded = json.loads(stamp.read_text())
        if {k: recorded.get(k) for k in wanted} == wanted:
            return out
    shutil.rmtree(out, ignore_errors=True)
    _say(f"generating {size} reports (seed {seed}) into {out.relative_to(REPO)}")
    summary = generate_corpus.generate(size, out, seed, crlf_share=crlf_share, every_format=every_format, **({"bad_share": 0.0} if every_format else {}))
    stamp.write_text(json.dumps({**wanted, "bytes": summary.bytes, "figures": summary.figures, "bad_files": summary.bad_files, "seconds": round(summary.seconds, 2)}))
    _say(f"  {summary.reports} reports + {summary.bad_files} bad files, {summary.bytes / 1e6:.1f} MB, {summary.figures} figures, {summary.seconds:.1f} s")
    return out


def _corpus_bytes(out: Path) -> int:
    return json.loads((out / "corpus.json").read_text())["bytes"]


def run_pipeline(reports: Path, warehouse: Path, *, fresh: bool) -> Measurement:
    if fresh:
        shutil.rmtree(warehouse, ignore_errors=True)
    command = [str(ZHIFA), "run", "--reports", str(reports), "--warehouse", str(warehouse)]
    m = measure(command, cwd=REPO, timeout=RUN_TIMEOUT_S)
    if m.exit_code != 0:
        _say(f"  zhifa run exited {m.exit_code}:\n{m.stdout[-2000:]}\n{m.stderr_tail}")
    return m


def _database(warehouse: Path, m: Measurement) -> tuple[Path, bool]:
    """The published warehouse, or the build database when nothing was published."""
    published = warehouse / "warehouse.duckdb"
    if m.exit_code == 0 and published.exists():
        return published, True
    return warehouse / "build.duckdb", False


def _counts(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT (SELECT count(*) FROM raw.figures), (SELECT count(*) FROM raw.documents)").fetchall()[0]
    finally:
        con.close()


def measure_empty() -> tuple[Measurement, Measurement]:
    """(first, measured) runs over an empty inbox into one warehouse. The first creates it
    and pays what a scheduled run does not (parsing the dbt project into the warehouse's
    dbt folder, a cold file cache); the second, a repeat run, is the fixed overhead."""
    inbox = CORPORA / "empty-inbox"
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    _say("empty inbox: zhifa run (a new warehouse, then a repeat run: measured)")
    cold = run_pipeline(inbox, CORPORA / "wh-empty", fresh=True)
    m = run_pipeline(inbox, CORPORA / "wh-empty", fresh=False)
    _say(f"  {cold.wall_s:.1f} s warm-up, {m.wall_s:.1f} s measured")
    return cold, m


def measure_full(size: int, seed: int) -> tuple[FullRun, Path, Path]:
    out = corpus(size, seed)
    warehouse = CORPORA / f"wh-{size}"
    _say(f"full run over {size} reports")
    m = run_pipeline(out / "reports", warehouse, fresh=True)
    db, published = _database(warehouse, m)
    figures, bad = generate_corpus.read_truth(out / "truth.jsonl")
    recall = check(db, figures, bad) if db.exists() else RecallReport(published=False)
    recall.published = published
    n_figures, n_documents = _counts(db) if db.exists() else (0, 0)
    run = FullRun(size, _corpus_bytes(out) / 1e6, m, n_figures, n_documents, recall, db.stat().st_size / 1e6 if db.exists() else 0.0)
    _say(f"  {m.wall_s:.1f} s, {n_figures} figures, recall {recall.issuer_level.ratio}")
    return run, out, warehouse


def measure_incremental(out: Path, warehouse: Path, seed: int) -> tuple[Measurement, RecallReport]:
    """One new report in the inbox of a built warehouse, and `zhifa run` again."""
    reports = out / "reports"
    rel, rows = generate_corpus.write_extra_report(reports, seed)
    try:
        _say(f"incremental: one new report ({rel}) on the warehouse of {out.name}")
        m = run_pipeline(reports, warehouse, fresh=False)
        db, published = _database(warehouse, m)
        recall = check(db, rows, [], whole_corpus=False) if db.exists() else RecallReport()
        recall.published = published
    finally:
        shutil.rmtree(reports / Path(rel).parts[0], ignore_errors=True)
    _say(f"  {m.wall_s:.1f} s")
    return m, recall


def measure_extract_cli(out: Path, repeats: int = 3) -> tuple[float, str]:
    """Median wall seconds of `zhifa extract FILE --json` on a median-sized good report."""
    figures, _ = generate_corpus.read_truth(out / "truth.jsonl")
    text_files = {t["file"] for t in figures if t["file"].endswith(".txt")}  # the same kind of file run after run
    files = sorted(text_files, key=lambda rel: (out / "reports" / rel).stat().st_size)
    rel = files[len(files) // 2]
    path = out / "reports" / rel
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([str(ZHIFA), "extract", str(path), "--json"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=REPO)
        times.append(time.perf_counter() - started)
    return statistics.median(times), rel


def measure_extraction(out: Path, limit_mb: float, profile: bool) -> tuple[Throughput, float]:
    figures, _ = generate_corpus.read_truth(out / "truth.jsonl")
    paths = [out / "reports" / rel for rel in sorted({t["file"] for t in figures})]
    texts = load_texts(paths, limit_mb)
    file_mb = sum(p.stat().st_size for p in paths[: len(texts)]) / 1e6
    _say(f"extraction throughput on {len(texts)} texts ({file_mb:.1f} MB of files), one core")
    result = measure_throughput(texts, with_places(read_sidecar(out / "reports").places))
    _say(f"  extractor {result.extract_mb_s:.2f} MB/s, regex floor {result.floor_mb_s:.1f} MB/s")
    if profile:
        print(profile_extraction(texts[: max(1, len(texts) // 4)]), file=sys.stderr)
    return result, file_mb


def measure_format_costs(seed: int) -> list[FormatCost]:
    """Reading cost and recall per format, on FORMAT_SAMPLE_REPORTS reports in every format."""
    out = corpus(FORMAT_SAMPLE_REPORTS, seed, every_format=True)
    figures, _ = generate_corpus.read_truth(out / "truth.jsonl")
    _say(f"reading cost per format: {FORMAT_SAMPLE_REPORTS} reports written in every format, extract_file on each")
    costs = measure_formats(out / "reports", figures, with_places(read_sidecar(out / "reports").places))
    _say("  " + "; ".join(f"{c.fmt} {c.ms_per_file:.1f} ms/file" for c in costs))
    return costs


def measure_crlf(seed: int) -> dict:
    out = corpus(100, seed, crlf_share=1.0)
    figures, _ = generate_corpus.read_truth(out / "truth.jsonl")
    return {k: v.as_dict() for k, v in extraction_recall(out, figures).items()}


# --- targets ------------------------------------------------------------------------------------


def peak_mb(m: Measurement) -> float | None:
    """Peak memory for the targets: the larger of the tree's sampled PSS and the largest
    process's high-water mark (which also catches a peak shorter than the sampling interval)."""
    values = [v for v in (m.peak_tree_mb, m.peak_process_mb) if v]
    return max(values) if values else None


def targets(res: Results) -> list[dict]:
    out: list[dict] = []

    def target(name: str, value, limit, met: bool | None, note: str = "") -> None:
        out.append({"target": name, "value": value, "limit": limit, "met": met, "note": note})

    t = res.throughput
    if t:
        target("extraction ≥ 0.5× regex floor per core", round(t.ratio, 4), EXTRACTION_RATIO_MIN, t.ratio >= EXTRACTION_RATIO_MIN,
               f"{t.extract_mb_s:.2f} vs {t.floor_mb_s:.1f} MB/s")
    normal = [f for f in res.full if f.size <= 10_000]
    if t and res.empty and normal:
        big = max(normal, key=lambda f: f.size)
        # The floor's time for the whole corpus, from its rate on the sample, over two cores.
        floor_s = big.corpus_mb / res.throughput_file_mb * t.floor_s
        limit = FULL_RUN_FACTOR * (floor_s / 2 + res.empty.wall_s)
        target(f"full {big.size:,}-report run ≤ 3× (floor/2 cores + empty run)", round(big.measurement.wall_s, 1), round(limit, 1),
               big.measurement.wall_s <= limit,
               f"floor {floor_s:.2f} s for {big.corpus_mb:.0f} MB, empty run {res.empty.wall_s:.1f} s; cpu {_fmt(big.measurement.cpu_s)} s")
    for f in res.full:
        for style in ("prose", "table"):
            share = f.recall.by_style.get(style)
            if share and share.total:
                target(f"recall ≥ 0.99, {style}, {f.size:,} reports", round(share.ratio, 5), RECALL_MIN, share.ratio >= RECALL_MIN,
                       f"{share.found}/{share.total}")
    if res.incremental and res.empty:
        limit = INCREMENTAL_FACTOR * res.empty.wall_s
        cpu = ""
        if res.incremental.cpu_s and res.empty.cpu_s:
            cpu = f"cpu {res.incremental.cpu_s:.1f} s vs {res.empty.cpu_s:.1f} s ({res.incremental.cpu_s / res.empty.cpu_s:.2f}×)"
        target(f"one new report on {res.incremental_size:,} ≤ 1.5× empty repeat run", round(res.incremental.wall_s, 1), round(limit, 1),
               res.incremental.wall_s <= limit, cpu)
    large = [f for f in res.full if f.size >= 50_000]
    small = [f for f in res.full if f.size == 1_000]
    if large and peak_mb(large[0].measurement):
        rss = peak_mb(large[0].measurement)
        target(f"peak RSS at {large[0].size:,} ≤ 2 GB", round(rss), RSS_MAX_MB, rss <= RSS_MAX_MB)
        if small and peak_mb(small[0].measurement):
            growth = rss / peak_mb(small[0].measurement) - 1
            target(f"peak RSS at {large[0].size:,} within 20% of 1,000", round(growth, 3), RSS_GROWTH_MAX, growth <= RSS_GROWTH_MAX,
                   f"{rss:.0f} vs {peak_mb(small[0].measurement):.0f} MB")
    return out


# --- output -------------------------------------------------------------------------------------


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def _pct(share) -> str:
    return "—" if share is None or share.ratio is None else f"{share.ratio:.4f}"


def render_table(res: Results, tgts: list[dict]) -> str:
    head = ["run", "wall s", "cpu s", *[f"{s} s" for s in STAGES], "other s", "figures", "figures/s", "peak MB: tree PSS / largest process (stage)", "recall prose", "recall table", "recall rows"]
    rows = []

    def line(name: str, m: Measurement | None, figures=None, fps=None, recall: RecallReport | None = None) -> None:
        if m is None:
            return
        stages = [m.stages_s.get(s) for s in STAGES]
        other = m.wall_s - sum(v for v in stages if v)
        rss = f"{_fmt(m.peak_tree_mb, 0)} / {_fmt(m.peak_process_mb, 0)}" + (f" ({m.peak_stage})" if m.peak_stage else "")
        cells = [name, _fmt(m.wall_s), _fmt(m.cpu_s), *[_fmt(v) for v in stages], _fmt(other), _fmt(figures), _fmt(fps, 0), rss]
        if recall:
            cells += [_pct(recall.by_style.get("prose")), _pct(recall.by_style.get("table")), _pct(recall.sub_issuer)]
        else:
            cells += ["—", "—", "—"]
        if m.exit_code != 0:
            cells[0] += f" (exit {m.exit_code})"
        rows.append(cells)

    line("empty inbox, new warehouse", res.empty_cold)
    line("empty inbox, repeat run", res.empty)
    for f in res.full:
        line(f"full, {f.size:,} reports ({f.corpus_mb:.0f} MB)", f.measurement, f.figures, f.figures_per_s, f.recall)
    if res.incremental:
        line(f"+1 report on {res.incremental_size:,}", res.incremental, recall=res.incremental_recall)
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    text = [" | ".join(str(c).ljust(w) for c, w in zip(head, widths)), "-+-".join("-" * w for w in widths)]
    text += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    lines = ["\n".join(text), ""]
    if res.throughput:
        t = res.throughput
        lines.append(
            f"extraction, one core: {t.extract_mb_s:.2f} MB/s ({t.files} texts, {t.megabytes:.1f} MB, {t.figures} figures); "
            f"regex floor {t.floor_mb_s:.1f} MB/s; ratio {t.ratio:.4f}"
        )
    if res.formats:
        lines.append(
            "reading cost per format (extract_file: read, decode, extract; one core, CPU s; the same reports in each format, "
            "xlsx only the table-style ones): "
            + "; ".join(
                f"{c.fmt} {c.ms_per_file:.1f} ms/file, {c.text_mb_s:.2f} MB/s of text ({c.files} files, recall {c.recall if c.recall is None else round(c.recall, 4)})"
                for c in res.formats
            )
        )
    if res.extract_cli_s is not None:
        lines.append(f"zhifa extract on one report ({res.extract_cli_file}): {res.extract_cli_s:.2f} s, process start to exit")
    for f in res.full:
        r = f.recall
        lines.append(
            f"{f.size:,} reports: warehouse.duckdb {f.warehouse_mb:.0f} MB; documents with the right issuer, year and parent {_pct(r.documents)}; bad files quarantined "
            f"{r.quarantined.found}/{r.quarantined.total}"
            + (f" (other reasons than expected: {dict(r.other_reason)})" if r.other_reason else "")
            + f"; good files quarantined {r.wrongly_quarantined}; unaccounted {r.unaccounted}; "
            f"mart rows no truth explains {r.unexpected_mart_rows}; stated changes found {_pct(r.changes)}"
            + ("" if r.published else "; NOT PUBLISHED, read from build.duckdb")
        )
        if r.missed_by_metric:
            lines.append(f"  missed by metric: {dict(r.missed_by_metric.most_common(6))}")
    if res.crlf_recall:
        lines.append("in-process recall with Windows line ends (100 reports, CRLF): " + ", ".join(f"{k} {v['recall']}" for k, v in sorted(res.crlf_recall.items())))
    if res.load_average:
        lines.append(f"load average (1, 5, 15 min) at start {res.load_average.get('start')}, at end {res.load_average.get('end')}")
    lines.append("")
    lines.append("targets:")
    for t in tgts:
        mark = "met   " if t["met"] else "MISSED"
        lines.append(f"  {mark} {t['target']}: {t['value']} (limit {t['limit']}){'  — ' + t['note'] if t['note'] else ''}")
    return "\n".join(lines)


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def _git() -> dict:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()

    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


def record(res: Results, tgts: list[dict], opts: Options, started: datetime) -> dict:
    from extractors import EXTRACTOR_VERSION
    from orchestration.settings import Settings

    entry = {
        "date": started.isoformat(timespec="seconds"),
        "command": opts.command,
        "machine": machine(),
        "git": _git(),
        "extractor_version": EXTRACTOR_VERSION,
        "workers": Settings.from_env().workers,
        "seed": opts.seed,
        "empty": res.empty.as_dict() if res.empty else None,
        "empty_new_warehouse": res.empty_cold.as_dict() if res.empty_cold else None,
        "full": [
            {
                "reports": f.size,
                "corpus_mb": round(f.corpus_mb, 2),
                **f.measurement.as_dict(),
                "figures": f.figures,
                "documents": f.documents,
                "warehouse_mb": round(f.warehouse_mb, 1),
                "figures_per_s": round(f.figures_per_s, 1),
                "recall": f.recall.as_dict(),
            }
            for f in res.full
        ],
        "incremental": None
        if res.incremental is None
        else {"on_reports": res.incremental_size, **res.incremental.as_dict(), "recall": res.incremental_recall.as_dict() if res.incremental_recall else None},
        "throughput": None if res.throughput is None else {**res.throughput.as_dict(), "file_mb": round(res.throughput_file_mb, 3)},
        "formats": [c.as_dict() for c in res.formats],
        "extract_cli": {"wall_s": None if res.extract_cli_s is None else round(res.extract_cli_s, 3), "file": res.extract_cli_file},
        "crlf_recall": res.crlf_recall,
        "load_average": res.load_average,
        "targets": tgts,
        "total_s": round((datetime.now(timezone.utc) - started).total_seconds(), 1),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with open(RESULTS, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry


MD_START, MD_END = "<!-- results:start -->", "<!-- results:end -->"


def update_markdown(table: str, entry: dict) -> None:
    """Replace the results block of BENCHMARKS.md with this run's table."""
    m = entry["machine"]
    block = "\n".join(
        [
            MD_START,
            f"Latest run: {entry['date']} on {m.get('cpu', '?')}, {m.get('nproc')} cores, {m.get('memory_gb', '?')} GB memory, "
            f"Python {m.get('python')}; commit {entry['git']['commit']}{' (with uncommitted changes)' if entry['git']['dirty'] else ''}, "
            f"extractor {entry['extractor_version']}, {entry['workers']} extraction workers.",
            "",
            f"    {entry['command']}",
            "",
            "```",
            table,
            "```",
            MD_END,
        ]
    )
    text = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else f"# Benchmarks\n\n{MD_START}\n{MD_END}\n"
    if MD_START not in text:
        text += f"\n{MD_START}\n{MD_END}\n"
    before, _, rest = text.partition(MD_START)
    _, _, after = rest.partition(MD_END)
    BENCHMARKS_MD.write_text(before + block + after, encoding="utf-8")


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def run(opts: Options) -> int:
    started = datetime.now(timezone.utc)
    res = Results()
    res.load_average["start"] = _load()
    res.empty_cold, res.empty = measure_empty()
    last: tuple[Path, Path] | None = None
    for size in sorted(set(opts.sizes)):
        full, out, warehouse = measure_full(size, opts.seed)
        res.full.append(full)
        if size <= 10_000:
            if last and not opts.keep_warehouses:
                shutil.rmtree(last[1], ignore_errors=True)
            last = (out, warehouse)
        elif not opts.keep_warehouses:
            shutil.rmtree(warehouse, ignore_errors=True)
    if last:
        res.incremental_size = int(last[0].name.split("-")[0][1:])
        res.incremental, res.incremental_recall = measure_incremental(*last, opts.seed)
        if not opts.keep_warehouses:
            shutil.rmtree(last[1], ignore_errors=True)
    first = corpus(sorted(opts.sizes)[0], opts.seed)
    res.throughput, res.throughput_file_mb = measure_extraction(first, opts.throughput_mb, opts.profile)
    res.formats = measure_format_costs(opts.seed)
    res.extract_cli_s, res.extract_cli_file = measure_extract_cli(first)
    res.crlf_recall = measure_crlf(opts.seed)
    if not opts.keep_warehouses:
        shutil.rmtree(CORPORA / "wh-empty", ignore_errors=True)

    res.load_average["end"] = _load()
    tgts = targets(res)
    table = render_table(res, tgts)
    print(table)
    entry = record(res, tgts, opts, started)
    if opts.write_md:
        update_markdown(table, entry)
        _say(f"wrote {BENCHMARKS_MD.relative_to(REPO)}")
    _say(f"appended to {RESULTS.relative_to(REPO)}")
    ok = all(f.measurement.exit_code == 0 for f in res.full) and (res.empty is None or res.empty.exit_code == 0)
    return 0 if ok else 1


def command_line(argv: list[str]) -> str:
    return shlex.join(["python", "-m", "benchmarks", *argv])
