"""Readers for each kind of report file; each turns bytes into the text every later stage reads.

Every reader returns a `Rendered`: the text (tables as rows, cells joined by tabs,
one row per line), and what the file says about itself outside that text (a
title, a publish date). No reader executes or fetches anything a file refers to.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, as the file states it
    encoding: str | None = None  # for the formats that are text underneath (txt, html)
