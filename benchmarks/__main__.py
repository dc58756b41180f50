"""`python -m benchmarks`: measure zhifa on generated corpora (see benchmarks/run.py)."""

from __future__ import annotations

import argparse
import sys

from benchmarks.run import Options, command_line, run


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Generate corpora, run `zhifa run` on them, check the warehouse against truth.jsonl, "
        "print a table and append a JSON line to benchmarks/results/results.jsonl.",
    )
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated report counts (default 1000,10000)")
    parser.add_argument("--large", action="store_true", help="add the 50,000-report run")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 reports only, BENCHMARKS.md left alone")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep-warehouses", action="store_true", help="leave the warehouses under benchmarks/corpora/")
    parser.add_argument("--no-md", action="store_true", help="do not rewrite the results block of BENCHMARKS.md")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of extraction on stderr")
    parser.add_argument("--throughput-mb", type=float, default=20.0, help="MB of text for the throughput measurement")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes takes numbers separated by commas, not {args.sizes!r}")
    if args.quick:
        sizes = [200]
    if args.large and 50_000 not in sizes:
        sizes.append(50_000)
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one positive number")
    opts = Options(
        sizes=sizes,
        seed=args.seed,
        keep_warehouses=args.keep_warehouses,
        write_md=not (args.no_md or args.quick),
        profile=args.profile,
        throughput_mb=args.throughput_mb,
        command=command_line(argv),
    )
    return run(opts)


if __name__ == "__main__":
    sys.exit(main())
