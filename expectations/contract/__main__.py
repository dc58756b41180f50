"""`python -m expectations.contract` (`make contracts`): write the dbt files generated from
the warehouse contract; `--check` only says which ones drifted, and exits 1 if any did."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from expectations.contract import DBT_PROJECT_DIR, dbt_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m expectations.contract", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a generated file drifted")
    parser.add_argument("--project-dir", type=Path, default=DBT_PROJECT_DIR, help="the dbt project (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.check:
        drifted = dbt_files.drifted(args.project_dir)
        for path in drifted:
            print(f"drifted from the contract: {path} (run `make contracts`)")
        return 1 if drifted else 0
    for path in dbt_files.write(args.project_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
