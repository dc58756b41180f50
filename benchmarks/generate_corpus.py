"""Write a synthetic corpus of enforcement reports, and truth.jsonl listing every figure in it.

    python -m benchmarks.generate_corpus --reports 1000 --out benchmarks/corpora/c1000 --seed 7

writes `OUT/reports/<year>/<issuer>_<year>.txt` (prose and table-style reports of fictional
issuers, 2019–2024, UTF-8 or GB18030, 2 KB to 200 KB, about 3% bad files under
`OUT/reports/misc/`; a share of the reports as .html, .docx, .pdf and, of the table-style
ones, .xlsx: FORMAT_SHARES) and `OUT/truth.jsonl`: one line per figure written (file, issuer,
report_year, metric, domain, value, unit, sub_issuer, of_metric, as_written, style) and one
per bad file (file, bad: the quarantine reason expected). The same seed writes the same
bytes.
"""

from __future__ import annotations

import argparse
import codecs
import json
import math
import random
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks import templates as T
from benchmarks.issuers import DEPARTMENT_BY_DOMAIN, DEPARTMENTS, Issuer, fictional_issuers, places_toml
from benchmarks.report_formats import SUFFIX, Block, Table, text_lines, write

YEARS = tuple(range(2019, 2025))
GB18030_SHARE = 0.20
BOM_SHARE = 0.05
BAD_SHARE = 0.03
MIN_BYTES, MAX_BYTES = 2 * 1024, 200 * 1024
# Reports written in another format than text, each format's share of them: web pages,
# Word and PDF of any report, workbooks of the table-style ones only (a share of those).
# A report of more than FORMATS_MAX_BYTES of text stays a text file.
FORMAT_SHARES = {"html": 0.03, "docx": 0.015, "pdf": 0.003}
XLSX_SHARE_OF_TABLES = 0.05
FORMATS_MAX_BYTES = 100 * 1024

_SLOT = re.compile(r"\{(?P<key>[a-z_]+)(?:\|(?P<unit>[^}|]*))?(?:\|(?P<style>cn))?\}")
_CN_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class TruthFigure:
    """One figure as the generator wrote it; `value` is normalised (yuan, plain counts, percent)."""

    file: str
    issuer: str
    level: str
    report_year: int
    style: str  # prose | table
    metric: str
    domain: str
    value: float
    unit: str
    as_written: str
    sub_issuer: str | None = None
    of_metric: str | None = None
    parent_region: str | None = None


@dataclass(slots=True)
class _Report:
    """A report while it is written: its lines and the figures in them."""

    issuer: Issuer
    year: int
    style: str
    rng: random.Random
    thousands: bool = False  # 15,840 rather than 15840
    fullwidth: bool = False  # １５８４０ (reports typed with a Chinese input method)
    lines: list[Block] = field(default_factory=list)  # lines of text, and tables
    figures: list[tuple] = field(default_factory=list)  # (as_written, metric, domain, value, unit, sub_issuer, of_metric)
    used: set[tuple[str, str]] = field(default_factory=set)

    def words(self, text: str) -> str:
        name = self.issuer.name
        return text.replace("<R>", self.issuer.region).replace("<Y>", str(self.year)).replace("<NAME>", name)

    def fill(self, template: str, values: dict, domain: str) -> str:
        """The template with its slots written out; each slot's figure recorded."""
        return _SLOT.sub(lambda m: self._slot(m, values, domain), self.words(template))

    def fits(self, template: str, domain: str) -> bool:
        """False when a figure of the template would repeat a metric and domain already written."""
        return not any(_slot_key(m.group("key"), domain) in self.used for m in _SLOT.finditer(template))

    def _slot(self, m: re.Match[str], values: dict, domain: str) -> str:
        key, unit = m.group("key"), m.group("unit")
        if key.startswith(("yoy_", "chg_")):
            return self._change(key, values, domain)
        metric, fixed = T.SLOTS[key]
        value = values[key]
        as_written, number, norm_unit = _written(value, unit, m.group("style"), self.thousands)
        as_written = self.digits(as_written)
        self._record(as_written, metric, fixed or domain, number, norm_unit)
        return as_written

    def digits(self, text: str) -> str:
        return text.translate(_FULLWIDTH) if self.fullwidth else text

    def _change(self, key: str, values: dict, domain: str) -> str:
        change = values.get(key)
        if not change:
            return ""
        metric = T.SLOTS[key[4:]][0]
        if key.startswith("yoy_"):
            as_written = self.digits(f"{abs(change):.1f}%")
            self._record(as_written, "yoy_change_pct", domain, change, "%", of_metric=metric)
        else:
            as_written = self.digits(f"{abs(change)}个")
            self._record(as_written, "yoy_change_abs", domain, change, "个", of_metric=metric)
        if key.startswith("yoy_"):
            return f"，同比{'增长' if change > 0 else '下降'}{as_written}"
        return f"，较上年{'增加' if change > 0 else '减少'}{as_written}"

    def _record(self, as_written, metric, domain, value, unit, *, sub_issuer=None, of_metric=None) -> None:
        if sub_issuer is None and of_metric is None:
            self.used.add((metric, domain))
        self.figures.append((as_written, metric, domain, value, unit, sub_issuer, of_metric))

    def figure(self, text: str, metric: str, domain: str, value, unit: str, sub_issuer: str | None) -> str:
        """Record a figure written outside a template (a table cell, a 分别 list)."""
        self._record(text, metric, domain, value, unit, sub_issuer=sub_issuer)
        return text


def _slot_key(key: str, domain: str) -> tuple[str, str]:
    if key.startswith(("yoy_", "chg_")):
        return ("", "")
    metric, fixed = T.SLOTS[key]
    return (metric, fixed or domain)


_FULLWIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def _written(value, unit: str, style: str | None, thousands: bool = False) -> tuple[str, float, str]:
    """(as written, normalised value, normalised unit) for a slot value."""
    if unit == "万元":
        return f"{_wan(value)}万元", value, "元"
    if unit == "%":
        return f"{value:.1f}%", value, "%"
    if style == "cn":
        return f"{_chinese(value)}{unit}", value, unit
    return f"{value:,}{unit}" if thousands and value >= 10000 else f"{value}{unit}", value, unit


def _wan(yuan: int) -> str:
    """Yuan (a multiple of 100) as 万元 with one or two decimals: 8564000 -> 856.4."""
    hundreds = yuan // 100
    whole, frac = divmod(hundreds, 100)
    if frac == 0:
        return str(whole)
    return f"{whole}.{frac:02d}".rstrip("0")


def _chinese(n: int) -> str:
    """1..99 in Chinese numerals (三, 十二, 二十五)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _chinese_year(year: int) -> str:
    return "".join(_CN_DIGITS[int(d)] for d in str(year))


# --- values --------------------------------------------------------------------------------

_LEVEL_SCALE = {"province": 30.0, "city": 6.0, "district": 1.0, "county": 0.7, "town": 0.05, "department": 0.35}


def _series(rng: random.Random, issuer: Issuer) -> dict[int, dict]:
    """An issuer's figures for 2018–2024 (2018 only to state 2019's changes), each year
    the last one times a drift, with the stated 同比 changes computed from them."""
    s = _LEVEL_SCALE[issuer.level] * rng.uniform(0.6, 1.6)
    base = {
        "bodies": max(3, round(46 * s**0.6)),
        "officers": max(5, round(1150 * s)),
        "inspections": max(20, round(16000 * s)),
        "penalty": max(6, round(1150 * s)),
        "licenses": max(20, round(9000 * s)),
        "coercive": max(2, round(80 * s)),
        "executions": max(1, round(12 * s)),
        "referrals": max(1, round(14 * s)),
        "complaints": max(5, round(1300 * s)),
        "reconsiderations": max(1, round(21 * s)),
        "lawsuits": max(1, round(11 * s)),
    }
    fine_per_case = rng.uniform(3000, 9000)
    simple_share = rng.uniform(0.25, 0.6)
    coarse_fines = rng.random() < 0.7
    out: dict[int, dict] = {}
    prev: dict | None = None
    for year in range(YEARS[0] - 1, YEARS[-1] + 1):
        if prev is None:
            cur = dict(base)
        else:
            cur = {k: max(1, round(v * rng.uniform(0.86, 1.2))) for k, v in prev.items() if isinstance(v, int) and not k.startswith(("yoy_", "chg_"))}
            cur["bodies"] = max(3, prev["bodies"] + rng.choice((-2, -1, 0, 0, 0, 1, 1, 2, 3)))
        cur["penalty"] = max(cur["penalty"], 2)
        cur["simple"] = max(1, min(cur["penalty"] - 1, round(cur["penalty"] * simple_share * rng.uniform(0.9, 1.1))))
        cur["ordinary"] = cur["penalty"] - cur["simple"]
        step = 1000 if coarse_fines else 100
        cur["fines"] = max(step, round(cur["penalty"] * fine_per_case * rng.uniform(0.9, 1.1) / step) * step)
        cur["lic_denied"] = max(1, round(cur["licenses"] * rng.uniform(0.003, 0.02)))
        cur["lic_accept"] = cur["licenses"] + cur["lic_denied"]
        cur["lic_apply"] = cur["lic_accept"] + max(1, round(cur["licenses"] * rng.uniform(0.001, 0.01)))
        if prev is not None:
            for key in ("inspections", "penalty", "fines", "licenses"):
                pct = round((cur[key] - prev[key]) / prev[key] * 100, 1)
                cur["yoy_" + key] = pct if abs(pct) >= 0.1 else None
            cur["chg_bodies"] = cur["bodies"] - prev["bodies"] or None
        out[year] = cur
        prev = cur
    return out


def _domain_values(rng: random.Random, totals: dict) -> dict:
    """A domain's figures as a share of the issuer's (a department's share of the whole)."""
    share = rng.uniform(0.04, 0.16)
    penalty = max(1, round(totals["penalty"] * share))
    inspections = max(3, round(totals["inspections"] * rng.uniform(0.04, 0.16)))
    step = 1000 if rng.random() < 0.7 else 100
    return {
        "inspections": inspections,
        "penalty": penalty,
        "food": max(1, round(penalty * rng.uniform(0.2, 0.45))),
        "fines": max(step, round(totals["fines"] * share * rng.uniform(0.8, 1.2) / step) * step),
        "hazards": max(1, round(inspections * rng.uniform(0.6, 1.8))),
        "orders": max(1, round(inspections * rng.uniform(0.04, 0.12))),
        "complaints": max(1, round(totals["complaints"] * rng.uniform(0.2, 0.6))),
        "closure": round(rng.uniform(92.0, 99.9), 1),
        "referrals": max(1, round(totals["referrals"] * rng.uniform(0.1, 0.3))),
        "cases": max(2, round(totals["penalty"] * rng.uniform(0.05, 0.2))),
        "wages": max(1000, round(totals["fines"] * rng.uniform(0.1, 0.4) / 1000) * 1000),
        "campaigns": rng.randint(3, 12),
        "deployed": max(10, round(inspections * rng.uniform(1.8, 3.2))),
        "coercive": max(1, round(totals["coercive"] * rng.uniform(0.1, 0.3))),
    }


def _department_values(rng: random.Random, totals: dict) -> dict:
    """A department reporting on itself: its domain figures are its own totals."""
    values = dict(totals)
    values.update({k: v for k, v in _domain_values(rng, totals).items() if k not in ("penalty", "fines", "inspections", "coercive")})
    values["hazards"] = max(1, round(totals["inspections"] * rng.uniform(0.6, 1.8)))
    values["orders"] = max(1, round(totals["inspections"] * rng.uniform(0.04, 0.12)))
    values["food"] = max(1, round(totals["penalty"] * rng.uniform(0.2, 0.45)))
    return values


# --- report bodies -----------------------------------------------------------------------

_ORDINALS = "一二三四五六七八九十"


def _heading_no(i: int) -> str:
    return _ORDINALS[i] if i < 10 else "十" + _ORDINALS[i - 10]


def _title(r: _Report, titles: tuple[str, ...]) -> list[str]:
    rng = r.rng
    name = r.issuer.name
    if r.issuer.is_government and r.issuer.level != "town" and rng.random() < 0.25:
        name += "人民政府"
    year = str(r.year) if rng.random() > 0.05 else _chinese_year(r.year)
    title = rng.choice(titles).replace("<NAME>", name).replace("<Y>", year)
    if rng.random() < 0.1:
        # The issuer on its own line above a title that does not name it.
        return [name, title.replace(name, "", 1).lstrip("关于")]
    return [title]


def _sentence(r: _Report, groups: dict[str, tuple[str, ...]], keys: list[str], values: dict, domain: str, lead: str = "") -> str:
    parts = []
    for key in keys:
        options = [t for t in groups[key] if r.fits(t, domain)]
        if options:
            parts.append(r.fill(r.rng.choice(options), values, domain))
    if not parts:
        return ""
    return r.words(lead) + "；".join(parts) + "。"


def _government_basics(r: _Report, values: dict) -> str:
    rng = r.rng
    head = ["bodies", "officers"]
    year = [k for k, p in (("inspections", 1), ("penalty", 1), ("fines", 1), ("licenses", 0.8), ("coercive", 0.7), ("executions", 0.3), ("referrals", 0.7), ("complaints", 0.5)) if rng.random() < p]
    first = _sentence(r, T.GOVERNMENT_BASICS, head, values, "all").replace("；", "，")
    second = _sentence(r, T.GOVERNMENT_BASICS, year, values, "all", rng.choice(("全年", "全年", "<Y>年全<R>")))
    third = _sentence(r, T.GOVERNMENT_BASICS, ["appeals"], values, "all", "全年") if rng.random() < 0.7 else ""
    return first + second + third


def _domain_paragraph(r: _Report, n: int, domain: str, values: dict, *, acting: str, heading: bool = True) -> str:
    rng = r.rng
    groups = T.DOMAIN_CLAUSES[domain]
    parts = []
    for key, options in groups.items():
        fitting = [t for t in options if r.fits(t, domain if acting else "all")]
        if fitting and rng.random() < 0.9:
            parts.append(r.fill(rng.choice(fitting), values, domain if acting else "all"))
    if not parts:
        return ""
    lead = rng.choice(T.DOMAIN_LEADS[domain])
    who = acting or rng.choice(("全年，我局", "我局"))
    body = f"{who}{lead}，" + "，".join(parts) + "。"
    if not heading:
        return body
    return f"（{_heading_no(n)}）{rng.choice(T.DOMAIN_HEADINGS[domain])}。{body}"


def _acting(r: _Report, domain: str) -> str:
    dept = DEPARTMENT_BY_DOMAIN[domain]
    name = dept.name if r.rng.random() < 0.6 else dept.short
    return r.issuer.region + name


def _prose_government(r: _Report, values: dict) -> None:
    rng = r.rng
    r.lines += _title(r, T.PROSE_TITLES)
    r.lines.append(r.words(rng.choice(T.OPENINGS)))
    r.lines.append(rng.choice(T.BASICS_HEADINGS))
    r.lines.append(_government_basics(r, values))
    count = rng.randint(2, 6 if r.issuer.level in ("province", "city") else 4)
    domains = rng.sample(list(T.DOMAIN_CLAUSES), count)
    r.lines.append(rng.choice(T.DOMAIN_SECTION_HEADINGS))
    by_domain = {d: _domain_values(rng, values) for d in domains}
    listed = [d for d in domains if "penalty" in T.DOMAIN_CLAUSES[d]]
    if len(listed) >= 2 and rng.random() < 0.25:
        r.lines.append(_respectively(r, listed[:3], by_domain))
    for i, domain in enumerate(domains):
        paragraph = _domain_paragraph(r, i, domain, by_domain[domain], acting=_acting(r, domain))
        if paragraph:
            r.lines.append(paragraph)


def _respectively(r: _Report, domains: list[str], by_domain: dict[str, dict]) -> str:
    """"A、B和C分别办理行政处罚案件186件、74件和52件": one figure per listed department."""
    bodies = [_acting(r, d) for d in domains]
    figures = []
    for d in domains:
        n = by_domain[d]["penalty"]
        figures.append(r.figure(r.digits(f"{n}件"), "penalty_cases", d, n, "件", None))
    names = "、".join(bodies[:-1]) + "和" + bodies[-1]
    counts = "、".join(figures[:-1]) + "和" + figures[-1]
    return f"各重点领域中，{names}分别办理行政处罚案件{counts}。"


def _prose_department(r: _Report, values: dict) -> None:
    rng = r.rng
    domain = r.issuer.department.domain
    r.lines += _title(r, T.PROSE_TITLES)
    r.lines.append(r.words(rng.choice(T.DEPARTMENT_OPENINGS)))
    r.lines.append(rng.choice(T.BASICS_HEADINGS))
    dept_values = _department_values(rng, values)
    # The work paragraph first claims its metrics, so the basics do not repeat them.
    work = _domain_paragraph(r, 0, domain, dept_values, acting="", heading=False)
    keys = [k for k, p in (("officers", 1), ("penalty", 0.9), ("fines", 0.9), ("licenses", 0.4), ("coercive", 0.5), ("appeals", 0.6)) if rng.random() < p]
    r.lines.append(_sentence(r, T.DEPARTMENT_BASICS, keys, dept_values, "all"))
    r.lines.append(rng.choice(T.DEPARTMENT_WORK_HEADINGS))
    r.lines.append(work)


def _prose_town(r: _Report, values: dict) -> None:
    rng = r.rng
    r.lines += _title(r, T.PROSE_TITLES)
    r.lines.append(r.words(rng.choice(T.TOWN_OPENINGS)))
    r.lines.append(rng.choice(T.BASICS_HEADINGS))
    town = dict(values)
    if rng.random() < 0.5:
        town["fines"] = max(100, town["fines"] // 100 * 100)
    keys = ["officers", "inspections", "penalty", "fines"]
    r.lines.append(_sentence(r, T.TOWN_BASICS, keys, town, "all", "").replace("；", "，", 1))


def _partition(rng: random.Random, total: int, parts: int, step: int = 1) -> list[int]:
    """`total` split into `parts` random non-negative multiples of `step` that sum to it."""
    units = total // step
    weights = [rng.random() ** 1.5 + 0.05 for _ in range(parts)]
    scale = units / sum(weights)
    raw = [w * scale for w in weights]
    out = [math.floor(x) for x in raw]
    for i in sorted(range(parts), key=lambda i: raw[i] - out[i], reverse=True)[: units - sum(out)]:
        out[i] += 1
    out = [x * step for x in out]
    out[0] += total - sum(out)
    return out


def _table_lines(r: _Report, caption: str, header: list[str], rows: list[tuple[str, list[tuple[str, str, float, str]]]], total: list[tuple[str, str, float, str]]) -> list[Block]:
    """A statistical table: a caption, a header row, one row per body and 合计.

    Each cell is (text, metric, value, unit); the row label is the body (sub_issuer).
    A text report sets the cells apart with tabs, spaces or one cell per line."""
    rng = r.rng
    layout = rng.choices(("tab", "spaces", "ideographic", "stacked"), (0.45, 0.3, 0.1, 0.15))[0]
    sep = {"tab": "\t", "spaces": " " * rng.randint(2, 4), "ideographic": "\u3000\u3000", "stacked": "\n"}[layout]
    table = [tuple(header)]
    for label, cells in [*rows, ("合计", total)]:
        sub_issuer = None if label == "合计" else label
        domain = "all" if sub_issuer is None else next(d.domain for d in DEPARTMENTS if label.endswith(d.name))
        written = [r.figure(text, metric, domain, value, unit, sub_issuer) for text, metric, value, unit in cells]
        table.append((label, *written))
    return [caption, Table(tuple(table), sep)]


def _table_government(r: _Report, values: dict) -> None:
    rng = r.rng
    r.lines += _title(r, T.TABLE_TITLES)
    if rng.random() < 0.7:
        r.lines.append(f"填报单位：{r.issuer.name}司法局\u3000\u3000填报日期：{r.year + 1}年1月{rng.randint(5, 28)}日")
    r.lines.append("一、基本情况")
    keys = ["bodies", "officers", "inspections"] + [k for k in ("coercive", "referrals") if rng.random() < 0.6]
    r.lines.append(_sentence(r, T.GOVERNMENT_BASICS, keys, values, "all"))

    depts = rng.sample(DEPARTMENTS, rng.randint(4, min(9, len(DEPARTMENTS))))
    labels = [r.issuer.region + d.name for d in depts]
    n = len(depts)
    simple = _partition(rng, values["simple"], n)
    ordinary = _partition(rng, values["ordinary"], n)
    fine_step = 1000 if values["fines"] % 1000 == 0 else 100
    fines = _partition(rng, values["fines"], n, fine_step)
    with_total = rng.random() < 0.5
    header = ["执法主体", "简易程序(件)", "普通程序(件)"] + (["处罚总数(件)"] if with_total else []) + ["罚没金额(万元)"]
    rows = []
    for i, label in enumerate(labels):
        cells = [(str(simple[i]), "penalty_cases_simple", simple[i], "件"), (str(ordinary[i]), "penalty_cases_ordinary", ordinary[i], "件")]
        if with_total:
            cells.append((str(simple[i] + ordinary[i]), "penalty_cases", simple[i] + ordinary[i], "件"))
        cells.append((_wan(fines[i]), "fines_amount", fines[i], "元"))
        rows.append((label, cells))
    total = [(str(values["simple"]), "penalty_cases_simple", values["simple"], "件"), (str(values["ordinary"]), "penalty_cases_ordinary", values["ordinary"], "件")]
    if with_total:
        total.append((str(values["penalty"]), "penalty_cases", values["penalty"], "件"))
    total.append((_wan(values["fines"]), "fines_amount", values["fines"], "元"))
    r.lines.append(f"二、{T.TABLE_SECTION_PENALTY}")
    r.lines += _table_lines(r, "行政处罚实施情况统计表", header, rows, total)

    if rng.random() < 0.6:
        granted = _partition(rng, values["licenses"], n)
        denied = _partition(rng, values["lic_denied"], n)
        extra = [rng.randint(0, 5) for _ in range(n)]
        rows = []
        for i, label in enumerate(labels):
            accept = granted[i] + denied[i]
            rows.append((label, [
                (str(accept + extra[i]), "license_applications", accept + extra[i], "件"),
                (str(accept), "license_accepted", accept, "件"),
                (str(granted[i]), "licenses_granted", granted[i], "件"),
                (str(denied[i]), "licenses_denied", denied[i], "件"),
            ]))
        accept_total = values["licenses"] + values["lic_denied"]
        total = [
            (str(accept_total + sum(extra)), "license_applications", accept_total + sum(extra), "件"),
            (str(accept_total), "license_accepted", accept_total, "件"),
            (str(values["licenses"]), "licenses_granted", values["licenses"], "件"),
            (str(values["lic_denied"]), "licenses_denied", values["lic_denied"], "件"),
        ]
        header = ["实施机关", "申请数量(件)", "受理数量(件)", "许可数量(件)", "不予许可(件)"]
        r.lines.append(f"三、{T.TABLE_SECTION_LICENSE}")
        r.lines += _table_lines(r, "行政许可实施情况统计表", header, rows, total)
    r.lines.append(f"注：罚没金额包括罚款和没收违法所得；本表数据来源于{r.issuer.name}行政执法监督平台。")


# --- padding ---------------------------------------------------------------------------------


def _pad_sentence(r: _Report, city: str, abbr: str, *, lead: bool = True) -> str:
    rng = r.rng
    lead = rng.choice(T.PAD_LEADS) if lead else ""
    if lead and rng.random() < 0.08:
        lead = rng.choice(T.PAD_REFERENCES).replace("<CITY>", city).replace("<ABBR>", abbr).replace("<N>", str(rng.randint(3, 180))).replace("<M>", str(rng.randint(2, 11)))
    text = f"{lead}{rng.choice(T.PAD_SUBJECTS)}{rng.choice(T.PAD_ACTIONS)}{rng.choice(T.PAD_OBJECTS)}，{rng.choice(T.PAD_PURPOSES)}。"
    text = r.words(text)
    return text.replace("镇司法局", "镇司法所") if r.issuer.level == "town" else text


def _pad(r: _Report, encoding: str, target: int) -> None:
    """Figure-free sections until the encoded report reaches `target` bytes; the problems
    and next-year sections always close it."""
    rng = r.rng
    city = r.issuer.name[: r.issuer.name.find("市") + 1] if "市" in r.issuer.name else r.issuer.name
    abbr = city[0]
    size = sum(len(line.encode(encoding, "replace")) + 1 for line in text_lines(r.lines))
    closing = [
        (f"存在的问题和不足", "；".join(rng.sample(T.PAD_PROBLEMS, 3)) + "。"),
        (f"{r.year + 1}年工作打算", "；".join(n + _pad_sentence(r, city, abbr, lead=False)[:-1] for n in ("一是", "二是", "三是")) + "。"),
    ]
    closing_size = sum(len((h + p).encode(encoding, "replace")) + 8 for h, p in closing)
    section = len([ln for ln in r.lines if isinstance(ln, str) and re.match(r"^[一二三四五六七八九十]+、", ln)])
    # At most four padding sections of at most ten subsections each; a long report
    # numbers paragraphs (1. 2. …) inside its subsections, as long reports do.
    per_paragraph = 5.5 * 40 * (2 if encoding == "gb18030" else 3)
    needed = max(0.0, (target - size - closing_size) / per_paragraph)
    per_sub = max(1, math.ceil(needed / 40))
    for heading in rng.sample(T.PADDING_SECTIONS[:4], 4):
        if size + closing_size >= target:
            break
        r.lines.append(f"{_heading_no(section)}、{heading}")
        section += 1
        size += 3 * len(heading) + 4
        for k in range(10):
            if size + closing_size >= target:
                break
            sub = f"（{_heading_no(k)}）{rng.choice(T.PADDING_SUBHEADINGS)}。"
            for j in range(per_sub):
                sentences = "".join(_pad_sentence(r, city, abbr) for _ in range(rng.randint(3, 8)))
                paragraph = (sub if j == 0 else "") + (f"{j}." if per_sub > 1 and j > 0 else "") + sentences
                r.lines.append(paragraph)
                size += len(paragraph.encode(encoding)) + 1
                if size + closing_size >= target:
                    break
    for heading, paragraph in closing:
        r.lines.append(f"{_heading_no(section)}、{heading}")
        r.lines.append(paragraph)
        section += 1
    if rng.random() < 0.5:
        signer = r.issuer.name + ("人民政府" if r.issuer.is_government and rng.random() < 0.5 else "")
        r.lines += [signer, f"{r.year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]


# --- the corpus ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    reports: int
    bad_files: int
    figures: int
    bytes: int
    seconds: float


def _target_size(rng: random.Random) -> int:
    if rng.random() < 0.01:
        return rng.randint(100 * 1024, MAX_BYTES - 4096)
    return int(min(MAX_BYTES - 4096, max(MIN_BYTES, rng.lognormvariate(math.log(6500), 0.85))))


def _schedule(rng: random.Random, good: int) -> list[tuple[Issuer, int]]:
    """`good` distinct (issuer, year) pairs: about four consecutive years per issuer."""
    if good <= 0:
        return []
    count = max(1, math.ceil(good / 4))
    issuers = fictional_issuers(rng, count)
    spans = [min(4, len(YEARS)) for _ in issuers]
    excess = sum(spans) - good
    while excess > 0:
        i = rng.randrange(len(spans))
        if spans[i] > 1:
            spans[i] -= 1
            excess -= 1
    while excess < 0:  # fewer issuers than asked: give each more years
        i = rng.randrange(len(spans))
        if spans[i] < len(YEARS):
            spans[i] += 1
            excess += 1
    for _ in range(len(spans)):  # vary the spans, keeping the total
        i, j = rng.randrange(len(spans)), rng.randrange(len(spans))
        if i != j and spans[i] < len(YEARS) and spans[j] > 1:
            spans[i] += 1
            spans[j] -= 1
    pairs = []
    for issuer, span in zip(issuers, spans):
        first = rng.randint(YEARS[0], YEARS[-1] - span + 1)
        pairs += [(issuer, y) for y in range(first, first + span)]
    return pairs


def _bad_file(rng: random.Random, i: int) -> tuple[str, bytes, str]:
    """(relative path, bytes, quarantine reason expected) of a file that cannot be loaded."""
    kind = rng.choice(("empty", "blank", "binary", "image", "legacy_doc"))
    if kind == "empty":
        return f"misc/empty_{i:05d}.txt", b"", "empty_file"
    if kind == "blank":
        return f"misc/blank_{i:05d}.txt", b" \r\n\t\r\n" * rng.randint(1, 20), "empty_file"
    noise = bytes(rng.getrandbits(8) for _ in range(rng.randint(2048, 16384)))
    if kind == "binary":  # bytes of no known format in any text encoding
        return f"misc/garbled_{i:05d}.txt", noise, "undecodable"
    if kind == "image":  # a scanned page saved under a text file's name
        return f"misc/scan_{i:05d}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise, "unsupported_format"
    return f"misc/legacy_{i:05d}.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + noise, "unsupported_format"


def report_text(rng: random.Random, issuer: Issuer, year: int, values: dict, encoding: str, target: int) -> _Report:
    """One report of `issuer` for `year`, its style chosen by its level."""
    if issuer.level == "town":
        r = _new_report(issuer, year, "prose", rng)
        _prose_town(r, values)
    elif not issuer.is_government:
        r = _new_report(issuer, year, "prose", rng)
        _prose_department(r, values)
    elif rng.random() < 0.25:
        r = _new_report(issuer, year, "table", rng)
        _table_government(r, values)
    else:
        r = _new_report(issuer, year, "prose", rng)
        _prose_government(r, values)
    r.lines.insert(0, T.MARKER)
    _pad(r, encoding, target)
    return r


def _new_report(issuer: Issuer, year: int, style: str, rng: random.Random) -> _Report:
    roll = rng.random()
    return _Report(issuer, year, style, rng, thousands=roll < 0.1, fullwidth=0.1 <= roll < 0.13)


def _format(roll: float, xlsx_roll: float, style: str, target: int, shares: dict[str, float]) -> str:
    """The format a report is written in, from two draws of the corpus's format stream."""
    if target > FORMATS_MAX_BYTES:
        return "txt"
    if style == "table" and xlsx_roll < shares.get("xlsx", XLSX_SHARE_OF_TABLES):
        return "xlsx"
    at = 0.0
    for fmt in ("html", "docx", "pdf"):
        at += shares.get(fmt, 0.0)
        if roll < at:
            return fmt
    return "txt"


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    return text.encode(encoding)


def generate(
    reports: int,
    out: Path,
    seed: int,
    *,
    bad_share: float = BAD_SHARE,
    crlf_share: float = 0.0,
    format_shares: dict[str, float] | None = None,
    every_format: bool = False,
) -> CorpusSummary:
    """Write `reports` files (good reports and bad files together) and truth.jsonl under `out`.
    `format_shares` overrides FORMAT_SHARES (and, with an "xlsx" key, XLSX_SHARE_OF_TABLES);
    with `every_format`, each report is written in every format it can be instead (the same
    words as text, page, Word and PDF, and as a workbook when it is table-style), each
    file with its truth: what reading a format costs, on the same reports."""
    started = time.perf_counter()
    rng = random.Random(seed)
    # Formats are drawn from a stream of their own: the reports' words are the same
    # whatever share of them is written in another format.
    formats = random.Random(f"formats-{seed}")
    shares = FORMAT_SHARES if format_shares is None else format_shares
    bad = round(reports * bad_share) if reports >= 10 else 0
    pairs = _schedule(rng, reports - bad)
    series = {}
    reports_dir = out / "reports"
    reports_dir.mkdir(parents=True, exist_ok=True)
    total_bytes = figures = 0
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for issuer, year in pairs:
            if issuer.name not in series:
                series[issuer.name] = _series(rng, issuer)
            roll = rng.random()
            encoding = "gb18030" if roll < GB18030_SHARE else "utf-8-sig" if roll < GB18030_SHARE + BOM_SHARE else "utf-8"
            target = _target_size(rng)
            r = report_text(rng, issuer, year, series[issuer.name][year], "gb18030" if encoding == "gb18030" else "utf-8", target)
            newline = "\r\n" if rng.random() < crlf_share else "\n"
            fmt = _format(formats.random(), formats.random(), r.style, target, shares)
            for fmt in [f for f in SUFFIX if f != "xlsx" or r.style == "table"] if every_format else [fmt]:
                rel = f"{year}/{issuer.name}_{year}{SUFFIX[fmt]}"
                if fmt == "txt":
                    data = _encode(newline.join(text_lines(r.lines)) + newline, encoding)
                else:
                    data = write(fmt, r.lines, encoding=encoding, year=year)
                path = reports_dir / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                total_bytes += len(data)
                for as_written, metric, domain, value, unit, sub_issuer, of_metric in r.figures:
                    row = TruthFigure(rel, issuer.name, issuer.level, year, r.style, metric, domain, value, unit, as_written, sub_issuer, of_metric, issuer.parent)
                    truth.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
                    figures += 1
        for i in range(bad):
            rel, data, reason = _bad_file(rng, i)
            path = reports_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            total_bytes += len(data)
            truth.write(json.dumps({"file": rel, "bad": reason}, ensure_ascii=False) + "\n")
    issuers = list({issuer.name: issuer for issuer, _ in pairs}.values()) + [EXTRA_ISSUER]
    (reports_dir / "zhifa.toml").write_text(places_toml(issuers), encoding="utf-8")
    return CorpusSummary(len(pairs), bad, figures, total_bytes, time.perf_counter() - started)


EXTRA_ISSUER = Issuer("虚构市补录区", "district", "区", parent="虚构市")


def write_extra_report(reports_dir: Path, seed: int, year: int = YEARS[-1]) -> tuple[str, list[dict]]:
    """One more prose report, of an issuer no corpus has, for the incremental run:
    (its path relative to `reports_dir`, its truth rows)."""
    rng = random.Random(f"extra-{seed}")
    values = _series(rng, EXTRA_ISSUER)[year]
    r = _new_report(EXTRA_ISSUER, year, "prose", rng)
    _prose_government(r, values)
    r.lines.insert(0, T.MARKER)
    _pad(r, "utf-8", 8 * 1024)
    rel = f"incremental/{EXTRA_ISSUER.name}_{year}.txt"
    path = reports_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(text_lines(r.lines)) + "\n").encode("utf-8"))
    rows = [
        asdict(TruthFigure(rel, EXTRA_ISSUER.name, EXTRA_ISSUER.level, year, r.style, metric, domain, value, unit, as_written, sub_issuer, of_metric, EXTRA_ISSUER.parent))
        for as_written, metric, domain, value, unit, sub_issuer, of_metric in r.figures
    ]
    return rel, rows


def read_truth(path: Path) -> tuple[list[dict], list[dict]]:
    """(figure rows, bad-file rows) of a truth.jsonl."""
    figures, bad = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            (bad if "bad" in row else figures).append(row)
    return figures, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate_corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, required=True, metavar="N", help="files to write, bad ones included")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="writes DIR/reports/ and DIR/truth.jsonl")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bad-share", type=float, default=BAD_SHARE, help="share of files that must be quarantined")
    parser.add_argument("--crlf-share", type=float, default=0.0, help="share of reports with Windows line ends")
    parser.add_argument("--every-format", action="store_true", help="each report in every format (txt, html, docx, pdf; xlsx for tables)")
    args = parser.parse_args(argv)
    if args.reports < 1:
        parser.error("--reports must be at least 1")
    if (args.out / "reports").exists() and any((args.out / "reports").iterdir()):
        parser.error(f"{args.out / 'reports'} is not empty; choose a new --out")
    s = generate(args.reports, args.out, args.seed, bad_share=args.bad_share, crlf_share=args.crlf_share, every_format=args.every_format)
    print(f"{s.reports} reports and {s.bad_files} bad files ({s.bytes / 1e6:.1f} MB), {s.figures} figures in truth.jsonl, {s.seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
