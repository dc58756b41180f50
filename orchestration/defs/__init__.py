"""What Dagster loads: assets, asset checks, resources, jobs, the schedule and sensors, the run
launcher, and the one `Definitions` (definitions.py). The only package of zhifa that imports
Dagster; what the assets do is in the plain-Python folders beside it."""
