"""The layers of zhifa's Python, read from the source (every import statement, by its syntax tree):
extractors/ imports nothing of the rest, expectations/ nothing of orchestration/; in orchestration/
only defs/ imports Dagster, settings.py sits at the bottom, the plain-Python folders never reach up
into defs/ or the entry points, and our own modules are imported at the top of a module."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("extractors", "expectations", "orchestration")
DEFS = "orchestration.defs"
SETTINGS = "orchestration.settings"
# What a person or a service starts: above everything they start, never imported by it.
ENTRY_POINTS = ("orchestration.cli", "orchestration.progress_display", "orchestration.deployment")
# Plain Python named for what it does: below defs/, above settings.
FOLDERS = ("orchestration.loading", "orchestration.corrections", "orchestration.publishing", "orchestration.quality", "orchestration.runs", "orchestration.notices")
# Imports of our own modules inside a function, each for the start-up time of the heavy
# third-party packages behind it.
LAZY = {
    ("orchestration.cli", "orchestration.defs.in_process"),  # Dagster and dbt, only for `zhifa run`
    ("orchestration.cli", "orchestration.corrections"),  # pandas and the division table, only for review,
    ("orchestration.cli", "orchestration.corrections.commands"),  # correct, and run's check of the folder
    ("orchestration.cli", "orchestration.corrections.format"),
    ("orchestration.cli", "extractors"),  # the extractor: only for `zhifa extract`
    ("orchestration.cli", "extractors.gazetteer"),  # the division table and pypinyin, likewise
    ("orchestration.cli", "orchestration.loading.sidecar"),  # likewise, for `run`, `extract`, `review`, `correct`
    ("extractors", "extractors.document"),  # `import extractors.taxonomy` need not load the extractor
    ("extractors.reading", "extractors.formats.html"),  # lxml, only when a web page comes
    ("extractors.reading", "extractors.formats.docx"),  # python-docx
    ("extractors.reading", "extractors.formats.xlsx"),  # openpyxl
    ("extractors.reading", "extractors.formats.pdf"),  # pdfplumber
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    name: str  # the imported module, dotted (for `from a import b`: a, and a.b when b is a module)
    at_top: bool  # at module level (or in a top-level if/try), not inside a function or class
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[Import]:
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, at_top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend(Import(module, alias.name, at_top, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                assert child.level == 0, f"{path}:{child.lineno}: relative import"
                names = [child.module or ""]
                names += [f"{child.module}.{alias.name}" for alias in child.names if _is_module(f"{child.module}.{alias.name}")]
                found.extend(Import(module, name, at_top, child.lineno) for name in names)
            visit(child, at_top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda))

    visit(tree, True)
    return found


def _is_module(dotted: str) -> bool:
    base = ROOT.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


IMPORTS = [i for package in OURS for path in sorted((ROOT / package).rglob("*.py")) for i in _imports(path)]


def _within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _ours(imports: list[Import]) -> list[Import]:
    return [i for i in imports if _within(i.name, *OURS)]


def _where(imports: list[Import]) -> list[str]:
    return [f"{i.module}:{i.line} imports {i.name}" for i in imports]


def test_the_source_is_read():
    assert {i.module for i in IMPORTS} >= {"orchestration.cli", "orchestration.defs.definitions", "expectations.runner", "extractors.document"}
    assert any(_within(i.name, "dagster") for i in IMPORTS)


def test_only_defs_imports_dagster():
    outside = [i for i in IMPORTS if i.name.split(".")[0].startswith("dagster") and not _within(i.module, DEFS)]
    assert _where(outside) == []


def test_extractors_import_nothing_of_the_rest():
    assert _where([i for i in _ours(IMPORTS) if _within(i.module, "extractors") and not _within(i.name, "extractors")]) == []


def test_expectations_never_import_orchestration():
    assert _where([i for i in _ours(IMPORTS) if _within(i.module, "expectations") and _within(i.name, "orchestration")]) == []


def test_settings_import_nothing_of_ours():
    assert _where([i for i in _ours(IMPORTS) if i.module == SETTINGS]) == []


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_plain_python_folder_never_reaches_up_into_defs_or_an_entry_point(folder):
    upward = [i for i in _ours(IMPORTS) if _within(i.module, folder) and _within(i.name, DEFS, *ENTRY_POINTS)]
    assert _where(upward) == []


def test_defs_never_import_an_entry_point():
    assert _where([i for i in _ours(IMPORTS) if _within(i.module, DEFS) and _within(i.name, *ENTRY_POINTS)]) == []


def test_the_plain_python_folders_import_each_other_one_way():
    edges = {
        (a, b)
        for i in _ours(IMPORTS)
        for a in FOLDERS
        for b in FOLDERS
        if a != b and _within(i.module, a) and _within(i.name, b)
    }
    assert [(a, b) for a, b in edges if (b, a) in edges] == []


def test_our_own_modules_are_imported_at_the_top():
    inside = [i for i in _ours(IMPORTS) if not i.at_top and (i.module, i.name) not in LAZY]
    assert _where(inside) == []
