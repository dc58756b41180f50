"""Running zhifa unattended: the Dagster instance's home, the run launcher that run monitoring
can ask, the processes `make serve` starts, and the notices sent when a run fails."""
