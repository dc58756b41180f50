"""Benchmarks of zhifa: a synthetic corpus with known figures, and the runs measured on it.

`python -m benchmarks` (or `make bench`) generates corpora, runs the pipeline on them
and checks the published warehouse against the corpus's truth.jsonl.
"""
