"""Giving a figure its policy domain: from the words before it, its clause, sentence,
acting body or heading."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extractors.structure import Layout, Span
from extractors.taxonomy import Taxonomy

_HAN = r"\u4e00-\u9fff"
# A body acting in a clause: a region-prefixed department (区公安分局, 县人力社保局,
# 样例市新城区市场监管局), optionally after an enumerator. Bodies without a domain
# keyword (公安, 民政, 司法 …) are domain `other`.
_ACTING_BODY = re.compile(
    rf"[\s]*(?:[（(]?[一二三四五六七八九十\d]{{1,2}}[)）、.]\s*)?"
    rf"(?P<body>(?:[{_HAN}]{{2,6}}?(?:省|市|区|县|旗|镇|乡)|[省市区县旗镇乡])[{_HAN}]{{1,12}}?"
    r"(?:分局|局|委员会|委|厅|支队|大队|中队|所|站|中心|办公室))"
)
# Words a body name never holds: when they occur, the match ran into the sentence.
_NOT_IN_BODY = re.compile(r"共|全|开展|实施|办理|查处|作出|受理|检查|的|对|在|与|及|已|将|为|是|有|年|月")
# A region's government (经开区管委会, 区政府办公室) is the whole issuer, not a department.
_GOVERNMENT_BODY = re.compile(r"管委|管理委员会|政府")
# A paragraph that speaks of the whole issuer (全区…, 我局…) takes no domain from a body before it.
_WHOLE_ISSUER = re.compile(r"[全我本](?:省|市|区|县|旗|镇|乡|街道|局|委|厅|部|单位|系统)|各(?:执法)?部门")
_OTHER = "other"
_BLOCK_HEAD = re.compile(r"[^，,；;。]{0,60}")
_KEPT_NAMES = 50_000


class DomainIndex:
    """Every domain keyword in a text, found in one scan, looked up by span."""

    def __init__(self, taxonomy: Taxonomy, text: str) -> None:
        self._starts: list[int] = []
        self._found: list[tuple[int, int, str]] = []
        if taxonomy.domain_words is None:
            return
        for m in taxonomy.domain_words.finditer(text):
            self._starts.append(m.start())
            self._found.append((m.start(), m.end(), taxonomy.domain_of_word(m.group())))

    def named(self, start: int, end: int) -> list[str]:
        """The domains named inside [start, end), in text order, each once."""
        out: list[str] = []
        for i in range(bisect.bisect_left(self._starts, start), len(self._found)):
            s, e, code = self._found[i]
            if e > end:
                break
            if code not in out:
                out.append(code)
        return out

    def single(self, start: int, end: int) -> str | None:
        """The one domain named inside [start, end), None if none or several."""
        found = self._found
        i = bisect.bisect_left(self._starts, start)
        if i == len(found) or found[i][1] > end:
            return None
        code = found[i][2]
        for j in range(i + 1, len(found)):
            _, e, other = found[j]
            if e > end:
                break
            if other != code:
                return None
        return code

    def first(self, start: int, end: int) -> str | None:
        """The first domain named inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        return self._found[i][2] if i < len(self._found) and self._found[i][1] <= end else None


def domains_in(taxonomy: Taxonomy, text: str) -> list[str]:
    """The domains named in a short string (a table row label), in order."""
    return DomainIndex(taxonomy, text).named(0, len(text))


def first_domain_named(taxonomy: Taxonomy, text: str) -> str | None:
    """The first domain a short string names (a body's name: kept, as the same bodies
    head the rows of table after table and publish report after report)."""
    kept = taxonomy.derived.setdefault("first_domain_named", {})
    if text in kept:
        return kept[text]
    named = domains_in(taxonomy, text)
    found = named[0] if named else None
    if len(kept) < _KEPT_NAMES:
        kept[text] = found
    return found


@dataclass(frozen=True, slots=True)
class DomainResolver:
    """Resolves the domain of figures in one text.

    `home` is the domain of a department issuer (样例市应急管理局 -> work_safety):
    what such a body reports about its own field is about the whole issuer."""

    text: str
    layout: Layout
    index: DomainIndex
    home: str | None = None
    issuer: str | None = None
    _bodies: dict[int, str | None] = field(default_factory=dict, repr=False, compare=False)  # acting_body by start

    def resolve(self, near: Span, pos: int) -> str:
        """`near` are the words right before the figure (since the previous one)."""
        return self.seen_by_issuer(self._resolve(near, pos))

    def seen_by_issuer(self, domain: str) -> str:
        return "all" if domain == self.home else domain

    def _resolve(self, near: Span, pos: int) -> str:
        clause = self.layout.clause(pos)
        sentence = self.layout.sentence(pos)
        for span in (near, clause):
            named = self.index.single(span.start, span.end)
            if named:
                return named
        # The clause's own acting body outranks fields named elsewhere in the sentence.
        body = self.acting_body(clause.start)
        if body is None:
            # Only the sentence up to the figure: a breakdown after it
            # ("…2300件，其中食品安全案件600件") does not colour the total.
            named = self.index.single(sentence.start, max(clause.end, pos))
            if named:
                return named
            body = self.acting_body(sentence.start)
        if body is not None and body != _OTHER:
            return body
        if body is None:
            block = self.layout.block(pos)
            named = self._block_head(block) or self._carried(block, pos)
            if named:
                return named
        # A body whose name has no field (区公安分局, 区民政局) is `other`, unless
        # a heading says which field the section is about.
        for heading in reversed(self.layout.heading_spans(pos)):
            named = self.index.first(heading.start, heading.end)
            if named:
                return named
        return body or "all"

    def acting_body(self, start: int) -> str | None:
        """The domain of a department opening the text at `start`; `other` when its
        name has none, `all` when it is the issuer itself."""
        if start in self._bodies:
            return self._bodies[start]
        found = self._bodies[start] = self._acting_body(start)
        return found

    def _acting_body(self, start: int) -> str | None:
        m = _ACTING_BODY.match(self.text, start)
        if not m:
            return None
        body = m.group("body")
        if _NOT_IN_BODY.search(body) or _GOVERNMENT_BODY.search(body):
            return None
        if self.issuer and (body in self.issuer or self.issuer.endswith(body[1:])):
            return "all"
        return self.index.first(m.start("body"), m.end("body")) or _OTHER

    def _block_head(self, block: Span) -> str | None:
        head = _BLOCK_HEAD.match(self.text, block.start, block.end)
        return self.index.first(head.start(), head.end()) if head else None

    def _carried(self, block: Span, pos: int) -> str | None:
        """A paragraph with no subject of its own goes on about the department that
        opened the paragraph before it, within the same section."""
        if block.start < 2 or _WHOLE_ISSUER.search(self.text, block.start, pos):
            return None
        previous = self.layout.block(block.start - 1)
        while previous.start > 1 and not self.text[previous.start : previous.end].strip():
            previous = self.layout.block(previous.start - 1)
        if self.layout.heading_spans(previous.start) != self.layout.heading_spans(pos):
            return None
        m = _ACTING_BODY.match(self.text, previous.start, previous.end)
        # A line that is only a name (a byline, a signature) is no paragraph about it.
        if not m or not self.text[m.end() : previous.end].strip("。 \t"):
            return None
        return self.acting_body(previous.start)
