"""Dagster orchestration of zhifa: assets, checks, resources, schedule, sensor and the CLI."""
