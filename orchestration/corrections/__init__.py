"""Analysts' corrections of what extraction got wrong, kept as CSV files in a corrections
folder: their format (`format.py`), the folder a run reads and `zhifa correct` adds to
(`folder.py`), loading them into raw.corrections (`load.py`, `asset.py`), the review queue
`zhifa review` writes in the same format (`review.py`), and the commands (`commands.py`).
dbt applies them in staging.
"""
