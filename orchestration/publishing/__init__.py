"""The audited build database out to readers: its file format, the atomic swap into
warehouse.duckdb, and the published marts as Parquet or CSV files."""
