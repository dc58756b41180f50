"""The extractor version: bump it whenever a change alters what comes out of a file.

Runs re-extract every document loaded under another version.
"""

EXTRACTOR_VERSION = "0.2.0"
