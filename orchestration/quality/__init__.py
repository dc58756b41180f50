"""What a run's audits found, for people: the zhifa quality page (what failed, on which rows,
and why) and `zhifa quality` in the terminal."""
