"""Giving a figure its policy domain: from its clause, sentence, acting body or heading."""

from __future__ import annotations

from extractors.taxonomy import Taxonomy


def domains_named(taxonomy: Taxonomy, text: str) -> set[str]:
    return {code for code, d in taxonomy.domains.items() if d.keywords and d.keywords.search(text)}


def first_domain_named(taxonomy: Taxonomy, text: str) -> str | None:
    """The domain whose keyword comes first: the acting body opens a paragraph."""
    best: tuple[int, str] | None = None
    for code, d in taxonomy.domains.items():
        if d.keywords is None:
            continue
        m = d.keywords.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best[1] if best else None


def resolve_domain(taxonomy: Taxonomy, clause: str, sentence: str, block_head: str, headings: tuple[str, ...]) -> str:
    """A single domain named in the clause, else in the sentence, else the block's
    acting body, else the innermost heading that names one; else the whole issuer."""
    for text in (clause, sentence):
        named = domains_named(taxonomy, text)
        if len(named) == 1:
            return named.pop()
    body = first_domain_named(taxonomy, block_head)
    if body:
        return body
    for heading in reversed(headings):
        named = first_domain_named(taxonomy, heading)
        if named:
            return named
    return "all"
