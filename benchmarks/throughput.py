"""Extraction throughput on one core, against the least any extractor must do.

The floor is one compiled regular expression for numerals (Arabic, full-width and
Chinese) scanned with `finditer` over the same decoded texts: every extractor has to
find the numerals at least. Both run in this process, one after the other, on one core.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import time
from dataclasses import dataclass
from pathlib import Path

from extractors import extract_text
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
