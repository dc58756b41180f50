"""Dagster assets of zhifa, one module per stage of the pipeline."""
