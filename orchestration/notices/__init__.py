"""Failure notices: what one says about a failed run, and the webhook and mail it goes out by."""
