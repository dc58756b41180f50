"""Report files into raw.*: the reports folder and its zhifa.toml, extraction in parallel, the
bulk load into the build database, and taking a report back out."""
