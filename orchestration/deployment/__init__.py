"""Running zhifa unattended (`make serve`, deploy/): DAGSTER_HOME prepared with its dagster.yaml
and stores, and the Dagster webserver, the daemon and the dashboard started and stopped together."""
