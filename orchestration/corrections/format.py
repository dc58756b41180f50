"""The corrections CSV format: its columns, and each row read and checked into a Correction.

One format serves the three kinds of correction and the review queue:

    kind,document,named_issuer,span_start,span_end,as_written,occurrence,sentence,issuer,report_year,metric,domain,value,exclude,reason,author,problem

- kind `document`: a document (`document`: its sha256 or its path in the reports folder) or
  every document whose issuer is named so (`named_issuer`) gets an `issuer` (a full name,
  resolved like a declared one) and/or a `report_year`;
- kind `figure`: the figure of a document at `span_start`..`span_end` (or, without a span,
  the `occurrence`-th one written `as_written` in `sentence`) gets a `metric`, `domain` or
  `value`, or leaves the warehouse (`exclude` = yes);
- kind `addition`: the `occurrence`-th `as_written` in a document's text is a figure the
  extractor missed, of `metric` (and `domain`, default all; `value`, default read from
  as_written).

Every row says why (`reason`) and who (`author`); `problem` is what the review queue found,
never read. Columns may come in any order and optional ones may be left out. Every problem
is one line naming the file and line: `<file>:<line>: <problem>`.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from expectations.contract import CONTRACT, FIRST_REPORT_YEAR, last_report_year
from extractors.issuer import make_issuer
from extractors.mentions import read_figure
from extractors.normalise import fold_stored
from extractors.numbers import as_number

COLUMNS = (
    "kind", "document", "named_issuer", "span_start", "span_end", "as_written", "occurrence", "sentence",
    "issuer", "report_year", "metric", "domain", "value", "exclude", "reason", "author", "problem",
)  # fmt: skip
REQUIRED_COLUMNS = ("kind", "reason", "author")
ANSWER_COLUMNS = ("issuer", "report_year", "metric", "domain", "value", "exclude")
# What each kind reads beside kind, reason and author; anything else filled in is a mistake.
KIND_COLUMNS = {
    "document": ("document", "named_issuer", "issuer", "report_year"),
    "figure": ("document", "span_start", "span_end", "as_written", "occurrence", "sentence", "metric", "domain", "value", "exclude"),
    "addition": ("document", "as_written", "occurrence", "metric", "domain", "value"),
}
_ALWAYS = ("kind", "reason", "author", "problem")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_YES = frozenset({"yes", "y", "true", "1", "x", "是"})
_NO = frozenset({"", "no", "n", "false", "0", "否"})


class CorrectionsError(Exception):
    """A corrections file cannot be used; the message is one line: `<file>:<line>: <problem>`."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One checked row, as raw.corrections holds it."""

    correction_file: str
    line: int
    kind: str
    reason: str
    author: str
    doc_id: str | None = None
    source_path: str | None = None
    named_issuer: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    as_written: str | None = None
    occurrence: int = 1
    sentence: str | None = None
    issuer: str | None = None
    issuer_key: str | None = None
    parent_region: str | None = None
    admin_level: str | None = None
    division_code: str | None = None
    division: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    body_type: str | None = None
    report_year: int | None = None
    metric: str | None = None
    domain: str | None = None
    value: float | None = None
    unit: str | None = None
    approximate: bool | None = None
    exclude: bool = False

    def as_row(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CsvRow:
    """A row of a corrections file: the line it starts on, its cells by column (stripped)."""

    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    @property
    def answered(self) -> bool:
        return any(self.get(column) for column in ANSWER_COLUMNS)


def decode(data: bytes, where: str) -> str:
    """UTF-8, with or without the byte-order mark spreadsheets write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CorrectionsError(f"{where}:{line}: not UTF-8 text (save the file as CSV UTF-8)") from None


def read_rows(text: str, where: str) -> tuple[list[str], list[CsvRow]]:
    """The header and the non-empty rows of a corrections file, each with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader, [])]
        if not any(header):
            raise CorrectionsError(f"{where}:1: no header line (the first line names the columns: {', '.join(COLUMNS)})")
        _check_header(header, where)
        rows, ends_at = [], reader.line_num
        for cells in reader:
            starts_at, ends_at = ends_at + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                raise CorrectionsError(f"{where}:{starts_at}: {len(cells)} cells, but the header names {len(header)} columns")
            rows.append(CsvRow(starts_at, {name: cell.strip() for name, cell in zip(header, cells)}))
    except csv.Error as error:
        raise CorrectionsError(f"{where}:{reader.line_num}: not a CSV row: {error}") from None
    return header, rows


def _check_header(header: list[str], where: str) -> None:
    for name in header:
        if name not in COLUMNS:
            raise CorrectionsError(f"{where}:1: unknown column '{name}'{_suggestion(name, COLUMNS)} (known: {', '.join(COLUMNS)})")
        if header.count(name) > 1:
            raise CorrectionsError(f"{where}:1: column '{name}' twice")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise CorrectionsError(f"{where}:1: no column {', '.join(repr(m) for m in missing)} (every correction says what it is, why and who made it)")


def _suggestion(word: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --- one row ----------------------------------------------------------------------------------

def check_row(row: CsvRow, where: str, correction_file: str, gazetteer=None) -> Correction:
    """The row as a Correction, or the first thing wrong with it as a CorrectionsError."""
    at = f"{where}:{row.line}"
    kind = row.get("kind")
    if kind not in KIND_COLUMNS:
        raise CorrectionsError(f"{at}: kind '{kind}' is none of {', '.join(KIND_COLUMNS)}")
    misplaced = [c for c in row.cells if row.get(c) and c not in (*_ALWAYS, *KIND_COLUMNS[kind])]
    if misplaced:
        raise CorrectionsError(f"{at}: {misplaced[0]} is not read for a {kind} correction (it reads {', '.join(KIND_COLUMNS[kind])})")
    if not row.answered:
        answers = [c for c in KIND_COLUMNS[kind] if c in ANSWER_COLUMNS]
        raise CorrectionsError(f"{at}: no answer: fill in {' or '.join(answers)}")
    for column in ("reason", "author"):
        if not row.get(column):
            raise CorrectionsError(f"{at}: no {column} (every correction says why and who made it)")
    common = {"correction_file": correction_file, "line": row.line, "kind": kind, "reason": row.get("reason"), "author": row.get("author")}
    if kind == "document":
        return Correction(**common, **_document_fields(row, at, gazetteer))
    fields = {**_document_reference(row.get("document"), at, required=True), **_figure_answers(row, at, kind)}
    if kind == "figure":
        return Correction(**common, **fields, **_figure_reference(row, at))
    return Correction(**common, **{**fields, **_addition(row, at, fields.get("value"))})


def _document_reference(text: str, at: str, required: bool) -> dict:
    if not text:
        if required:
            raise CorrectionsError(f"{at}: no document (its sha256, or its path in the reports folder)")
        return {}
    if _SHA256.fullmatch(text):
        return {"doc_id": text.lower()}
    path = PurePosixPath(text.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise CorrectionsError(f"{at}: document '{text}' is neither a sha256 nor a path inside the reports folder")
    return {"source_path": path.as_posix()}


def _document_fields(row: CsvRow, at: str, gazetteer) -> dict:
    named = row.get("named_issuer")
    if bool(named) == bool(row.get("document")):
        raise CorrectionsError(f"{at}: a document correction names a document or a named_issuer, one of the two")
    fields: dict = {**_document_reference(row.get("document"), at, required=False)}
    if named:
        fields["named_issuer"] = named
    if row.get("issuer"):
        fields.update(_issuer(row.get("issuer"), at, gazetteer))
    if row.get("report_year"):
        fields["report_year"] = _year(row.get("report_year"), at)
    return fields


def _issuer(name: str, at: str, gazetteer) -> dict:
    found = make_issuer(name, "corrected", gazetteer=gazetteer)
    if found.issuer_key is None:
        raise CorrectionsError(
            f"{at}: issuer '{name}' does not resolve to a division and a body within it "
            "(write the full name, as 天津市静海区司法局; a place the division table lacks is declared in zhifa.toml)"
        )
    return {
        "issuer": found.issuer, "issuer_key": found.issuer_key, "parent_region": found.parent_region,
        "admin_level": found.admin_level, "division_code": found.division_code, "division": found.division,
        "province": found.province, "city": found.city, "county": found.county, "township": found.township,
        "body_type": found.body_type,
    }  # fmt: skip


def _year(text: str, at: str) -> int:
    last = last_report_year()
    year = _integer(text, "report_year", at)
    if not FIRST_REPORT_YEAR <= year <= last:
        raise CorrectionsError(f"{at}: report_year {year} is outside {FIRST_REPORT_YEAR}..{last}")
    return year


def _figure_answers(row: CsvRow, at: str, kind: str) -> dict:
    fields: dict = {}
    for column in ("metric", "domain"):
        value = row.get(column)
        if value:
            known = CONTRACT.values(column)
            if value not in known:
                raise CorrectionsError(f"{at}: unknown {column} '{value}'{_suggestion(value, known)} (the {column}s of extractors/taxonomy.toml)")
            fields[column] = value
    if row.get("value"):
        fields["value"] = _number(row.get("value"), at)
    if kind == "figure":
        fields["exclude"] = _exclude(row.get("exclude"), at)
        if fields["exclude"] and any(row.get(c) for c in ("metric", "domain", "value")):
            raise CorrectionsError(f"{at}: exclude takes the figure out of the warehouse; leave metric, domain and value empty")
    return fields


def _number(text: str, at: str) -> float:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise CorrectionsError(f"{at}: value '{text}' is not a number (write it normalised: 9379000 for 937.9万元)")
    return value


def _integer(text: str, column: str, at: str, least: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:
        raise CorrectionsError(f"{at}: {column} '{text}' is not a whole number") from None
    if least is not None and value < least:
        raise CorrectionsError(f"{at}: {column} {value} is below {least}")
    return value


def _exclude(text: str, at: str) -> bool:
    word = text.lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CorrectionsError(f"{at}: exclude '{text}' is neither yes nor no")


def _occurrence(row: CsvRow, at: str) -> int:
    return _integer(row.get("occurrence"), "occurrence", at, least=1) if row.get("occurrence") else 1


def _figure_reference(row: CsvRow, at: str) -> dict:
    # The stored text folds full-width digits and letters (extractors/normalise.py): so do
    # what a person copied out of the report.
    as_written = fold_stored(row.get("as_written")) or None
    sentence = fold_stored(row.get("sentence")) or None
    start, end = row.get("span_start"), row.get("span_end")
    if bool(start) != bool(end):
        raise CorrectionsError(f"{at}: span_start and span_end go together")
    if start:
        span_start = _integer(start, "span_start", at, least=0)
        span_end = _integer(end, "span_end", at, least=0)
        if span_end <= span_start:
            raise CorrectionsError(f"{at}: span_end {span_end} is not after span_start {span_start}")
        if row.get("occurrence"):
            raise CorrectionsError(f"{at}: occurrence picks among figures named by as_written and sentence; a span names one")
        if as_written is not None and len(as_written) != span_end - span_start:
            raise CorrectionsError(f"{at}: as_written '{as_written}' is {len(as_written)} characters, the span {span_end - span_start}")
        return {"span_start": span_start, "span_end": span_end, "as_written": as_written, "sentence": sentence}
    if as_written is None or sentence is None:
        raise CorrectionsError(f"{at}: a figure is named by span_start and span_end, or by as_written and sentence")
    return {"as_written": as_written, "sentence": sentence, "occurrence": _occurrence(row, at)}


def _addition(row: CsvRow, at: str, value: float | None) -> dict:
    as_written = fold_stored(row.get("as_written"))
    if not as_written:
        raise CorrectionsError(f"{at}: an addition names the figure as the text writes it (as_written)")
    if not row.get("metric"):
        raise CorrectionsError(f"{at}: an addition says which metric the figure is")
    figure = read_figure(as_written)
    if figure is None and value is None:
        raise CorrectionsError(
            f"{at}: as_written '{as_written}' is not one figure zhifa can read (a number with its unit, as 1200件 or "
            "937.9万元); write it as the text does, or give its value"
        )
    return {
        "as_written": as_written,
        "occurrence": _occurrence(row, at),
        "domain": row.get("domain") or "all",
        "value": value if value is not None else as_number(figure.value),
        "unit": figure.unit if figure else None,
        "approximate": figure.approximate if figure else False,
    }


# --- writing ----------------------------------------------------------------------------------


def write_rows(rows: Sequence[dict[str, object]]) -> str:
    """Rows in the format, every column in COLUMNS order; None as an empty cell."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in COLUMNS})
    return out.getvalue()
