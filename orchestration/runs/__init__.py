"""One run at a time on a warehouse, whoever starts it, and the leftovers of a run that was killed."""
