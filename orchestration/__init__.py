"""Running the pipeline: the `zhifa` CLI (cli.py) and `make serve` (deployment/) on top; the
Dagster definitions (defs/, the only package that imports Dagster) below them; plain Python
beneath those, each folder named for what it does (loading/, publishing/, quality/, runs/,
notices/); settings.py at the bottom. Imports point down only (tests/test_layers.py)."""
