"""Who published a report and which year it covers, from its title, text or file name.

When nothing names the issuer (texts that say only 我局 or 本单位), it stays
unknown: null fields and a review flag, never a guess.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from pathlib import PurePath

from pypinyin import lazy_pinyin

from extractors.records import Issuer

_HAN = r"\u4e00-\u9fff"
_ORG_SUFFIX = (
    r"(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会|委员会|综合行政执法大队|综合执法大队|执法大队|执法支队|大队|支队"
    r"|局|厅|委|部|署|办|中心|所|站|队|院|经济技术开发区|经开区|开发区|高新区|新区|街道|省|自治区|市|区|县|旗|镇|乡)"
)
_REGION_SUFFIX = ("自治区", "省", "市", "区", "县", "旗", "镇", "乡", "街道")
_LEVEL_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("街道办事处", "subdistrict"), ("街道", "subdistrict"), ("办事处", "subdistrict"),
    ("经济技术开发区", "development_zone"), ("经开区", "development_zone"), ("开发区", "development_zone"),
    ("高新区", "development_zone"), ("新区", "development_zone"), ("管委会", "development_zone"),
    ("管理委员会", "development_zone"),
    ("大队", "department"), ("支队", "department"), ("局", "department"), ("委员会", "department"),
    ("委", "department"), ("中心", "department"), ("办", "department"), ("所", "department"), ("站", "department"),
    ("队", "department"), ("院", "department"),
    ("厅", "provincial_department"), ("部", "ministry"), ("署", "ministry"),
    ("自治区", "province"), ("省", "province"), ("市", "city"), ("区", "district"), ("县", "county"),
    ("旗", "county"), ("镇", "township"), ("乡", "township"),
)
_SELF_REFERENCE = re.compile(r"^(?:我|本|全|该|各|市|区|县)")
# "目前全区" reads like a name ending in 区 but only points back at the writer.
_SELF_REGION = re.compile(r"(?:全|本|我|该|各)(?:省|市|区|县|旗|镇|乡|街道)")
# A year as digits or as Chinese digits read one by one (二〇二三).
_YEAR = r"(?P<year>(?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})"
# The body that governs a region is named by the region: 新城区人民政府 -> 新城区.
_GOVERNMENT_SUFFIX = re.compile(
    r"(?:(?<=[省市区县旗镇乡])(?:人民政府|政府)|(?<=街道)办事处|(?:(?<=开发区)|(?<=高新区)|(?<=新区)|(?<=园区))(?:管理委员会|管委会))$"
)
_TITLE_WORDS = re.compile(r"报告|总结|年报|公示|统计表|情况|数据")
_TITLE_ISSUER = re.compile(rf"^(?:关于)?(?P<name>[{_HAN}（）()]{{2,40}}?{_ORG_SUFFIX})(?:关于)?(?:{_YEAR}年度?|行政执法|法治政府|依法行政)")
_TITLE_YEAR = re.compile(rf"{_YEAR}年度?(?:[{_HAN}]{{0,12}})?(?:行政执法|执法|报告|年报|总结|公示|统计)")
_META_ISSUER = re.compile(rf"^\s*(?:填报单位|发布单位|发布机构|报送单位|来源|单位|发文机关)\s*[:：]\s*(?P<name>[{_HAN}（）()]{{2,40}}?{_ORG_SUFFIX})(?=$|\s|[，,。])", re.M)
_META_YEAR = re.compile(rf"^\s*(?:报告年度|统计年度|年度)\s*[:：]\s*{_YEAR}", re.M)
_LEAD_NAME = re.compile(
    rf"^\s*(?:{_YEAR}年度?)?[，,\s]*(?:以来[，,])?(?P<name>[{_HAN}]{{2,12}}?(?:经济技术开发区|经开区|开发区|高新区|新区|街道|自治区|省|市|区|县|旗|镇|乡))"
    rf"(?:人民政府|政府|管委会|管理委员会|区属|县属|市属)?"
)
_LEAD_YEAR = re.compile(rf"^\s*{_YEAR}年度?(?!\d*月)")
_REPORTS_ON = re.compile(rf"现将[^。\n]{{0,30}}?{_YEAR}年度?")
# Any year in the body. Range ends (2021—2025年), comparisons (较2022年) and plans
# (2024年工作计划) are not the year reported on; a date (2023年3月5日) is weaker
# evidence than a year on its own (2023年，全区…).
_BODY_YEAR = re.compile(
    rf"(?<![\d—\-－~～至到较比与和])(?<!同期){_YEAR}年(?P<month>\d{{1,2}}月|[一二三四五六七八九十]{{1,2}}月)?"
    rf"(?!度?(?:工作)?(?:计划|打算|规划|要点|安排|目标|展望|思路))"
)
_DATE_LINE = re.compile(rf"^\s*{_YEAR}年\d{{1,2}}月\d{{1,2}}日\s*$")
_ORG_LINE = re.compile(rf"^\s*(?P<name>[{_HAN}（）()]{{2,40}}?{_ORG_SUFFIX})\s*$")
_CHINESE_DIGIT = {"〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# 市场 and 市民 are words, not a city: "其中市场监管领域" names no 其中市.
_CITY_MENTION = re.compile(rf"(?=([{_HAN}]{{2,3}}(?:省|市(?![场民]))))")
_NOT_A_PLACE_START = re.compile(r"^[全本我该各城超在和与及对向从用由为是了的]")
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])")
_FULL_ZONE = re.compile(rf"[{_HAN}]{{2,6}}(?:经济技术开发区|高新技术产业开发区)")
_ZONE = re.compile(r"开发区|经开区|高新区|新区|园区|保税区|自贸区")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@functools.cache
def _gazetteer() -> list[dict]:
    raw = tomllib.loads((resources.files("extractors") / "gazetteer.toml").read_text(encoding="utf-8"))
    return raw["place"]


def _place(name: str) -> dict | None:
    for place in _gazetteer():
        if name == place["name"] or name in place.get("aliases", ()):
            return place
    return None


@functools.lru_cache(maxsize=8192)
def slug(name: str) -> str:
    """A stable ASCII key part: pinyin of the name, its region suffix dropped when
    two or more characters remain (静海区 -> jinghai, but 甲区 -> jiaqu)."""
    place = _place(name)
    if place:
        return place["key"].rsplit("/", 1)[-1]
    core = name
    for suffix in ("人民政府", "政府"):
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
    for suffix in _REGION_SUFFIX:
        if core.endswith(suffix) and len(core) - len(suffix) >= 2:
            core = core[: -len(suffix)]
            break
    return "".join(lazy_pinyin(core, errors="ignore")).lower() or "unknown"


def admin_level(name: str) -> str | None:
    core = re.sub(r"(?:人民政府|政府)$", "", name)
    if core.endswith(("管委会", "管理委员会")) and not _ZONE.search(core):
        return "department"  # 城市管理委员会 is a department, not a zone's committee
    for suffix, level in _LEVEL_BY_SUFFIX:
        if core.endswith(suffix):
            return level
    return None


# A region ends in its suffix, but not inside a word: 城市管理, 市场, 区域.
# 城乡 (urban-rural, as in 住房和城乡建设局) and 城镇 are words, not a 乡 or 镇.
_PART = re.compile(rf"[{_HAN}]{{1,8}}?(?:自治区|省|市|区|县|旗|(?<!城)镇|(?<!城)乡|街道)(?![场管民容政域])")


def name_parts(name: str) -> list[str]:
    """样例市甲区应急管理局 -> [样例市, 甲区, 应急管理局]: the regions, then the body."""
    parts: list[str] = []
    rest = name
    while True:
        m = _PART.match(rest)
        if not m or m.end() == len(rest):
            break
        parts.append(m.group(0))
        rest = rest[m.end() :]
    parts.append(rest)
    return parts


def make_issuer(name: str, source: str, text: str = "") -> Issuer:
    name = _GOVERNMENT_SUFFIX.sub("", name)
    place = _place(name)
    if place:
        return Issuer(place["name"], place["key"], place.get("parent"), place["admin_level"], source)
    parts = name_parts(name)
    if len(parts) == 1 and text and admin_level(name) in ("district", "county", "development_zone"):
        parent = _likely_parent(text, name)
        if parent and not name.startswith(parent[:2]):
            name, parts = parent + name, [parent, name]
    own = parts[-1]
    parent_region = "".join(parts[:-1]) or None
    key = "/".join(slug(p) for p in parts)
    return Issuer(name, key, parent_region, admin_level(own), source)


def _likely_parent(text: str, name: str) -> str | None:
    """The province or city a district's report keeps mentioning (天津市…); of the
    2- and 3-character readings of each mention, the most frequent, then the shorter."""
    counts: dict[str, int] = {}
    for m in _CITY_MENTION.finditer(text):
        found = m.group(1)
        for city in {found, found[1:]}:
            if len(city) >= 3 and city != name and not _NOT_A_PLACE_START.match(city):
                counts[city] = counts.get(city, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]


def find_title(lines: list[str]) -> str | None:
    for line in lines[:4]:
        body = line.strip()
        if body and len(body) <= 60 and _TITLE_WORDS.search(body) and not _HEADING_START.match(body) and not body.endswith(("。", "，", ",")):
            return body
    return None


def infer_issuer(text: str, title: str | None, source_path: str) -> Issuer:
    if title:
        m = _TITLE_ISSUER.match(title)
        if m and not _is_self_reference(m.group("name")):
            return make_issuer(m.group("name"), "title", text)
        above = _line_above(text, title)
        m = _ORG_LINE.match(above) if above else None
        if m and not _is_self_reference(m.group("name")):
            return make_issuer(m.group("name"), "title", text)
    m = _META_ISSUER.search(text)
    if m:
        return make_issuer(m.group("name"), "text", text)
    body = _first_body_sentence(text, title)
    m = _LEAD_NAME.match(body)
    if m and not _is_self_reference(m.group("name")):
        name = m.group("name")
        if name.endswith("经开区") or name.endswith("开发区"):
            full = _FULL_ZONE.search(text)
            if full:
                name = full.group(0)
        return make_issuer(name, "text", text)
    signed = _signature(text)
    if signed:
        return make_issuer(signed, "text", text)
    return _issuer_from_path(source_path)


def _is_self_reference(name: str) -> bool:
    return bool(_SELF_REFERENCE.match(name) or _SELF_REGION.search(name))


def _line_above(text: str, title: str) -> str | None:
    """The line right before the title: reports often put the issuing body there."""
    lines = content_lines(text)
    for i, line in enumerate(lines[:4]):
        if line.strip() == title:
            return lines[i - 1] if i > 0 else None
    return None


def _signature(text: str) -> str | None:
    """The body that signs the report: a name line followed by a date line at the end."""
    lines = content_lines(text)[-3:]
    for name_line, date_line in zip(lines, lines[1:]):
        m = _ORG_LINE.match(name_line)
        if m and _DATE_LINE.match(date_line) and not _is_self_reference(m.group("name")):
            return m.group("name")
    return None


def _issuer_from_path(source_path: str) -> Issuer:
    stem = PurePath(source_path).stem
    place = _place(re.sub(r"[_\-\s]*(?:19|20)\d{2}.*$", "", stem))
    if place:
        return make_issuer(place["name"], "file_name")
    m = re.search(rf"[{_HAN}]{{2,30}}?{_ORG_SUFFIX}", stem)
    if m and not _is_self_reference(m.group(0)):
        return make_issuer(m.group(0), "file_name")
    return Issuer()


def _body_lines(text: str, title: str | None) -> list[str]:
    """The content lines after the title (and whatever stands above it)."""
    lines = content_lines(text)
    if title:
        for i, line in enumerate(lines[:4]):
            if line.strip() == title:
                return lines[i + 1 :]
    return lines


def _first_body_sentence(text: str, title: str | None) -> str:
    lines = _body_lines(text, title)
    return lines[0][:200] if lines else ""


def _is_marker(line: str) -> bool:
    return line.lstrip().startswith(("【样例数据】", "#"))


def _year(token: str) -> int:
    """2023 or 二〇二三 as an int."""
    return int("".join(_CHINESE_DIGIT.get(ch, ch) for ch in token))


def infer_year(text: str, title: str | None, source_path: str) -> int | None:
    """The year the report is about: its title, a 年度 line, its opening, its file
    name, a year its body speaks of, and last a date inside the body."""
    for pattern, source in ((_TITLE_YEAR, title or ""), (_META_YEAR, text)):
        m = pattern.search(source)
        if m:
            return _year(m.group("year"))
    body = _first_body_sentence(text, title)
    for pattern in (_LEAD_YEAR, _REPORTS_ON):
        m = pattern.search(body) if pattern is _LEAD_YEAR else pattern.search(text)
        if m:
            return _year(m.group("year"))
    m = _FILE_YEAR.search(PurePath(source_path).name)
    if m:
        return int(m.group(1))
    years, dates = _body_years(_body_lines(text, title))
    return years[0] if years else dates[0] if dates else None


def _body_years(lines: list[str]) -> tuple[list[int], list[int]]:
    """Years the body speaks of, and years of dates in it; a signature date
    (a line that is only a date) is when the report was written, not what about."""
    years: list[int] = []
    dates: list[int] = []
    for line in lines:
        if _DATE_LINE.match(line):
            continue
        for m in _BODY_YEAR.finditer(line):
            (dates if m.group("month") else years).append(_year(m.group("year")))
    return years, dates


def content_lines(text: str) -> list[str]:
    """The lines of a text that hold something, markers left out; kept for the last
    text asked about, as the issuer, title and year all read them."""
    global _last_lines
    seen, lines = _last_lines  # one tuple, read and replaced whole: safe across threads
    if seen is not text:
        lines = [ln for ln in text.splitlines() if ln.strip() and not _is_marker(ln)]
        _last_lines = (text, lines)
    return list(lines)


_last_lines: tuple[str | None, list[str]] = (None, [])
