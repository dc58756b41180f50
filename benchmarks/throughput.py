"""Extraction throughput on one core, against the least any extractor must do; and what
reading each file format costs.

The floor is one compiled regular expression for numerals (Arabic, full-width and
Chinese) scanned with `finditer` over the same decoded texts: every extractor has to
find the numerals at least. Both run in this process, one after the other, on one core.
The cost of a format is `extract_file` on files of it (reading, decoding the format,
extracting), measured on the same reports written in each format.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.recall import found_in
from extractors import extract_file, extract_text
from extractors.errors import ExtractionError
from extractors.gazetteer import Gazetteer
from extractors.reading import read_document

NUMERAL = re.compile(r"[0-9０-９]+(?:[.,．，][0-9０-９]+)*|[〇零一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True, slots=True)
class Throughput:
    files: int
    megabytes: float  # UTF-8 bytes of the decoded texts
    extract_s: float
    floor_s: float
    figures: int
    numerals: int

    @property
    def extract_mb_s(self) -> float:
        return self.megabytes / self.extract_s

    @property
    def floor_mb_s(self) -> float:
        return self.megabytes / self.floor_s

    @property
    def ratio(self) -> float:
        return self.extract_mb_s / self.floor_mb_s

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "megabytes": round(self.megabytes, 3),
            "extract_s": round(self.extract_s, 3),
            "floor_s": round(self.floor_s, 4),
            "extract_mb_s": round(self.extract_mb_s, 3),
            "floor_mb_s": round(self.floor_mb_s, 2),
            "ratio": round(self.ratio, 5),
            "figures": self.figures,
            "numerals": self.numerals,
        }


def load_texts(paths: list[Path], limit_mb: float | None = None) -> list[tuple[str, str]]:
    """(source path, decoded text) of the readable files, up to `limit_mb` of text."""
    texts: list[tuple[str, str]] = []
    size = 0
    for path in paths:
        try:
            _, decoded = read_document(path)
        except ExtractionError:
            continue
        texts.append((path.name, decoded.text))
        size += len(decoded.text.encode("utf-8"))
        if limit_mb is not None and size >= limit_mb * 1e6:
            break
    return texts


def measure_throughput(texts: list[tuple[str, str]], gazetteer: Gazetteer | None = None) -> Throughput:
    """Extraction against the regex floor; `gazetteer` holds the places the corpus's
    zhifa.toml declares, as a run reads its files against them."""
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    extract_text(texts[0][1], source_path=texts[0][0], gazetteer=gazetteer)  # load the taxonomy and compile its patterns first
    figures = 0
    started = time.perf_counter()
    for name, text in texts:
        figures += len(extract_text(text, source_path=name, gazetteer=gazetteer).figures)
    extract_s = time.perf_counter() - started

    numerals = 0
    started = time.perf_counter()
    for _, text in texts:
        for _ in NUMERAL.finditer(text):
            numerals += 1
    floor_s = time.perf_counter() - started
    return Throughput(len(texts), megabytes, extract_s, floor_s, figures, numerals)


@dataclass(frozen=True, slots=True)
class FormatCost:
    """`extract_file` on the files of one format: CPU seconds of this process, and how
    many of the figures the generator wrote in them it found (issuer and year right)."""

    fmt: str
    files: int
    file_mb: float  # bytes of the files
    text_mb: float  # UTF-8 bytes of the text read from them
    seconds: float
    found: int
    total: int

    @property
    def ms_per_file(self) -> float:
        return self.seconds / self.files * 1000

    @property
    def text_mb_s(self) -> float:
        return self.text_mb / self.seconds

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None

    def as_dict(self) -> dict:
        return {
            "format": self.fmt,
            "files": self.files,
            "file_mb": round(self.file_mb, 3),
            "text_mb": round(self.text_mb, 3),
            "seconds": round(self.seconds, 3),
            "ms_per_file": round(self.ms_per_file, 2),
            "text_mb_s": round(self.text_mb_s, 3),
            "found": self.found,
            "total": self.total,
        }


def measure_formats(reports_dir: Path, truth: list[dict], gazetteer: Gazetteer | None = None) -> list[FormatCost]:
    """Each format's cost and recall over the files `truth` names, by their suffix."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    for t in truth:
        by_file[t["file"]].append(t)
    totals: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0.0, 0, 0])  # files, file bytes, text bytes, seconds, found, total
    for rel, rows in sorted(by_file.items()):
        path = reports_dir / rel
        started = time.process_time()
        document = extract_file(path, gazetteer=gazetteer)
        seconds = time.process_time() - started
        found = sum(found_in(document, rows))
        total = totals[path.suffix.lstrip(".").lower()]
        for i, value in enumerate((1, path.stat().st_size, len(document.text.encode("utf-8")), seconds, found, len(rows))):
            total[i] += value
    return [
        FormatCost(fmt, files, file_bytes / 1e6, text_bytes / 1e6, seconds, found, rows)
        for fmt, (files, file_bytes, text_bytes, seconds, found, rows) in sorted(totals.items(), key=lambda kv: _FORMAT_ORDER.get(kv[0], 9))
    ]


_FORMAT_ORDER = {"txt": 0, "html": 1, "docx": 2, "xlsx": 3, "pdf": 4}


def profile_extraction(texts: list[tuple[str, str]], top: int = 20) -> str:
    """cProfile of extracting `texts`: the functions where the time goes."""
    profiler = cProfile.Profile()
    profiler.enable()
    for name, text in texts:
        extract_text(text, source_path=name)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()
