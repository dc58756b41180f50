"""zhifa.toml in the reports folder: the issuer and year the user declares for files or folders.

    [[declare]]
    path = "tianjin/binhai/*"        # a glob relative to the reports folder
    issuer = "天津市滨海新区人民政府"
    year = 2023                       # optional

    [[place]]                         # a division the code table does not list
    name = "中新天津生态城"
    level = "county"                  # province | city | county | township
    parent = "天津市滨海新区"          # a code, or the full name of a division above

A path matches a file, or every file under a folder it matches. For each of issuer and
year, of the matching entries that set it, the one that names the file itself wins, then
the one with more literal (non-wildcard) characters, then the later one in the file.
Every problem is one line naming the file and the line, raised before anything is loaded.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from expectations.contract import FIRST_REPORT_YEAR, last_report_year
from extractors.gazetteer import LEVELS, Place, UnknownParent, places_from_toml, standard

SIDECAR_NAME = "zhifa.toml"
_ENTRY_KEYS = ("path", "issuer", "year")
_PLACE_KEYS = ("name", "level", "parent", "key", "aliases", "admin_level")
_TABLES = ("declare", "place")
_WILDCARDS = frozenset("*?")
_TOML_LOCATION = re.compile(r"\s*\(at (?:line (?P<line>\d+), column \d+|end of document)\)$")
_TABLE_HEADER = re.compile(r"^\s*\[")


class SidecarError(Exception):
    """zhifa.toml cannot be used; the message is one line: `<file>:<line>: <problem>`."""


@dataclass(frozen=True, slots=True)
class Declaration:
    """What the user says about one file; None where they say nothing. `places` is a
    digest of the folder's [[place]] tables, which every file is read against."""

    issuer: str | None = None
    year: int | None = None
    places: str | None = None

    def fingerprint(self) -> str:
        """JSON of what is declared, stored in raw.documents.declared: a later run that
        computes another one for the same bytes extracts them again."""
        declared = {"issuer": self.issuer, "year": self.year, "places": self.places}
        return json.dumps({k: v for k, v in declared.items() if v is not None}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: str
    matcher: re.Pattern[str]
    declaration: Declaration
    order: int  # place in the file: later entries win ties

    def rank(self, source_path: str) -> tuple[bool, int, int]:
        literal = sum(ch not in _WILDCARDS for ch in self.pattern)
        return (self.pattern == source_path, literal, self.order)


@dataclass(frozen=True, slots=True)
class Sidecar:
    entries: tuple[_Entry, ...] = ()
    places: tuple[Place, ...] = ()
    # A digest of the places, made once: every file of the folder is declared with it, and
    # a folder may declare thousands of places for thousands of files.
    places_digest: str | None = field(default=None, init=False, compare=False)

    def __post_init__(self) -> None:
        if self.places:
            object.__setattr__(self, "places_digest", hashlib.sha256(repr(self.places).encode("utf-8")).hexdigest()[:16])

    def declaration_for(self, source_path: str) -> Declaration | None:
        """Issuer and year declared for a path relative to the reports folder, field by
        field from the strongest matching entry that sets it; None when nothing matches
        and the folder declares no places."""
        if not self.entries and not self.places:  # the usual case, asked once per inbox file
            return None
        matching = sorted((e for e in self.entries if e.matcher.fullmatch(source_path)), key=lambda e: e.rank(source_path))
        if not matching and not self.places:
            return None
        issuer = next((e.declaration.issuer for e in reversed(matching) if e.declaration.issuer), None)
        year = next((e.declaration.year for e in reversed(matching) if e.declaration.year is not None), None)
        return Declaration(issuer, year, self.places_digest)


def read_sidecar(reports_dir: Path) -> Sidecar:
    """The reports folder's zhifa.toml, or an empty sidecar when there is none."""
    path = reports_dir / SIDECAR_NAME
    if not (path.exists() or path.is_symlink()):  # a dangling link is an error, not "no sidecar"
        return Sidecar()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SidecarError(f"{path}: cannot read it: {error.strerror or error}") from None
    return parse_sidecar(_decode(data, path), path)


def _decode(data: bytes, path: Path) -> str:
    # Notepad saves UTF-8 with a byte-order mark; TOML itself does not allow one.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SidecarError(f"{path}:{line}: not UTF-8 text (TOML files must be UTF-8)") from None


def parse_sidecar(text: str, path: Path | str = SIDECAR_NAME) -> Sidecar:
    """Parse and check a zhifa.toml text strictly: anything unknown or out of range is an error."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SidecarError(_syntax_message(error, text, path)) from None
    for key in document:
        if key not in _TABLES:
            raise SidecarError(
                f"{path}:{_top_key_line(text, key)}: unknown key '{_shown(key)}' (zhifa.toml holds [[declare]] and [[place]] tables only)"
            )
    tables = {}
    for name in _TABLES:
        rows = document.get(name, [])
        if not isinstance(rows, list) or not all(isinstance(e, dict) for e in rows):
            raise SidecarError(f"{path}:{_top_key_line(text, name)}: {name} must be [[{name}]] tables")
        tables[name] = rows
    # The years the contract's year rule accepts: a declaration it would refuse is refused here,
    # before the run, rather than blocking the publish after it.
    last_year = last_report_year()
    entries = tuple(_entry(entry, n, text, path, last_year) for n, entry in enumerate(tables["declare"]))
    places = tuple(_place(row, n, text, path) for n, row in enumerate(tables["place"]))
    _check_parents(places, text, path)
    return Sidecar(entries, places)


def _check_parents(places: tuple[Place, ...], text: str, path: Path | str) -> None:
    """Every place's parent is a code of the division table or a place declared above it."""
    if not places:
        return
    gazetteer = standard().copy()
    for n, place in enumerate(places):
        try:
            gazetteer.add_place(place)
        except UnknownParent as error:
            raise _failer(text, path, n, "place")("parent", str(error)) from None


def _place(row: dict, n: int, text: str, path: Path | str) -> Place:
    fail = _failer(text, path, n, "place")
    _known_keys_only(row, _PLACE_KEYS, "place", fail)
    for key in ("name", "parent", "key", "admin_level"):
        value = row.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise fail(key, f"{key} must be a non-empty text, not {_toml_value(value)}")
    if "name" not in row:
        raise fail(None, "[[place]] has no name")
    if row.get("level") not in LEVELS.values():
        raise fail("level" if "level" in row else None, f"level must be one of {', '.join(LEVELS.values())}")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("aliases", "aliases must be a list of names")
    return places_from_toml([row])[0]


def _syntax_message(error: tomllib.TOMLDecodeError, text: str, path: Path | str) -> str:
    # tomllib (3.11) gives the place only inside its message: "... (at line 3, column 7)".
    message = str(error)
    found = _TOML_LOCATION.search(message)
    if found is None:
        return f"{path}: not valid TOML: {message}"
    line = int(found.group("line")) if found.group("line") else len(text.rstrip("\n").split("\n"))
    return f"{path}:{line}: not valid TOML: {message[: found.start()]}"


def _entry(entry: dict, n: int, text: str, path: Path | str, last_year: int) -> _Entry:
    fail = _failer(text, path, n, "declare")
    _known_keys_only(entry, _ENTRY_KEYS, "declare", fail)
    if "path" not in entry:
        raise fail(None, "[[declare]] has no path")
    pattern = _pattern(entry["path"], lambda problem: fail("path", problem))
    issuer = _issuer(entry.get("issuer"), lambda problem: fail("issuer", problem))
    year = _year(entry.get("year"), last_year, lambda problem: fail("year", problem))
    if issuer is None and year is None:
        raise fail(None, "[[declare]] declares neither issuer nor year")
    return _Entry(pattern, _glob(pattern), Declaration(issuer, year), n)


_Fail = Callable[[str], SidecarError]
_KeyFail = Callable[[str | None, str], SidecarError]


def _failer(text: str, path: Path | str, n: int, table: str) -> _KeyFail:
    """The error for the n-th [[table]]: at the line of the key at fault, else its header."""
    header = _entry_line(text, n, table)

    def fail(key: str | None, problem: str) -> SidecarError:
        return SidecarError(f"{path}:{_key_line(text, header, key) if key else header}: {problem}")

    return fail


def _known_keys_only(row: dict, known: tuple[str, ...], table: str, fail: _KeyFail) -> None:
    for key in row:
        if key not in known:
            raise fail(key, f"unknown key '{_shown(key)}' in [[{table}]] (known: {', '.join(known)})")


def _pattern(value: object, fail: _Fail) -> str:
    """A path as written, made comparable with recorded paths ("./a/" -> "a")."""
    if not isinstance(value, str) or not value.strip():
        raise fail('path must be a non-empty text, like "tianjin/binhai/*"')
    pattern = value.strip().removeprefix("./").rstrip("/")
    if not pattern or pattern.startswith("/") or ".." in pattern.split("/"):
        raise fail(f"path '{_shown(value)}' must be relative to the reports folder and stay inside it")
    return pattern


def _issuer(value: object, fail: _Fail) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(f'issuer must be text, like "天津市滨海新区人民政府", not {_toml_value(value)}')
    if not value.strip():
        raise fail("issuer is empty")
    return value.strip()


def _year(value: object, last_year: int, fail: _Fail) -> int | None:
    if value is None:
        return None
    # TOML's true is a Python bool, which is an int: refuse it as a year.
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(f"year must be a whole number like 2023, not {_toml_value(value)}")
    if not FIRST_REPORT_YEAR <= value <= last_year:
        raise fail(f"year {value} is outside {FIRST_REPORT_YEAR}..{last_year}")
    return value


def _glob(pattern: str) -> re.Pattern[str]:
    """`*` any characters in one name, `**` any folders, `?` one character, the rest
    literal; a pattern that matches a folder matches every file under it."""
    parts: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            parts.append(".*")
            i += 2
        elif pattern[i] == "*":
            parts.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            parts.append("[^/]")
            i += 1
        else:
            parts.append(re.escape(pattern[i]))
            i += 1
    # Recorded names can hold newlines: `.` must match them too.
    return re.compile("".join(parts) + "(?:/.*)?", re.DOTALL)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{_shown(value)}"'
    return _shown(str(value))


def _shown(text: str) -> str:
    """Text for a message that must stay one line: a newline in a quoted key or value
    is shown as \\n; Chinese stays as it is."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


# tomllib keeps no line numbers for values; the lines of semantic errors are found in
# the text: the n-th [[declare]] header, and a key's line below it.


def _entry_line(text: str, n: int, table: str = "declare") -> int:
    header = re.compile(rf"""^\s*\[\[\s*(?:{table}|"{table}"|'{table}')\s*\]\]""")
    headers = [i for i, line in enumerate(_lines(text), start=1) if header.match(line)]
    # Entries written as an inline array (declare = [{...}]) have no headers of their own.
    return headers[n] if n < len(headers) else _top_key_line(text, table)


def _key_line(text: str, header: int, key: str) -> int:
    """The line of `key = …` in the table that starts at line `header`, else the header."""
    assignment = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    for i, line in enumerate(_lines(text)[header:], start=header + 1):
        if _TABLE_HEADER.match(line):
            break
        if assignment.match(line):
            return i
    return header


def _top_key_line(text: str, key: str) -> int:
    """The first line that assigns `key` or opens a table named by it; else line 1."""
    name = rf"""(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')"""
    found = re.compile(rf"^\s*(?:\[{{1,2}}\s*{name}\s*[\].]|{name}\s*[=.])")
    return next((i for i, line in enumerate(_lines(text), start=1) if found.match(line)), 1)


def _lines(text: str) -> list[str]:
    # Numbered as tomllib numbers them: by "\n" only (str.splitlines also breaks at \x0c, \u2028 …).
    return text.split("\n")
