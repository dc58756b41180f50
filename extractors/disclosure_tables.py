"""The tables of a 政府信息公开工作年度报告: the decisions a body made public that year.

Every government body publishes such a yearbook each January, and its section 二 prints
the same small tables, each under the article of the disclosure regulation it answers:

    第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 6410
    第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 0 | 行政强制 | 0

(the 2019 and 2020 form has 上一年项目数量 | 本年增/减 | 处理决定数量: the first two count
the kinds of matter the body may decide, not decisions). Whatever separates the cells
(pipes, tabs, a cell a line), the cells follow one another in order, so they are read as
a run of cells: the header's names, then each row's label and its values. Only the
decisions column gives figures; where a row's values cannot be told apart (empty cells
left out of a wider header), the row gives none rather than a guessed one. The section on
information requests (三、收到和处理政府信息公开申请情况) counts requests, not licence
applications: its table gives no figures.
"""

from __future__ import annotations

import re

from extractors.mentions import Mention
from extractors.numbers import NotANumber, parse_arabic

# The article a table answers, 第二十条第（五）项 with any brackets and spaces.
# (第二十一条第（五）项, a template's misprint of it, heads the same table; a page that lost the
# item's bracket, 第二十条第 alone, still heads one: its rows tell which)
# (some pages close the bracket after the item's 项: 第二十条第(五项))
# (and some leave out the 第 before the item: 第二十条(六)项)
_ITEM_NUMBER = r"[一二三四五六七八九十]{1,2}"
_ITEM_CLOSE = r"\s*(?:[)）]\s*项|项\s*[)）])"
_ARTICLE = re.compile(rf"第二十一?条\s*(?:第\s*|(?=[(（]\s*{_ITEM_NUMBER}{_ITEM_CLOSE}))(?:[(（]\s*(?P<item>{_ITEM_NUMBER}){_ITEM_CLOSE})?")
# A table ends at the next article or at the next section (三、收到和处理政府信息公开申请情况).
_SECTION = re.compile(r"\n\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
# The heading of that section, not the report's outline naming it among the others.
_REQUESTS = re.compile(r"(?m)^[ \t]*[一二三四五六七八九十]{1,2}\s*[、.．]\s*收到和处理政府信息公开申请情况[^\n]*")
# Its rows are numbered 一、二、三 too (一、本年新收政府信息公开申请数量): it ends at section 四.
_AFTER_REQUESTS = re.compile(r"\n\s*[四五六七八九十]{1,2}\s*[、.．]")
_CELL = re.compile(r"[^|\t\n]+")
# A cell's value, with its unit or a note in brackets after it (90(信用中国青海西宁), -164(因机构
# 改革…(含行政强制1项…)划转市交通运输局行使)).
# A change may be written in words before it (本年增/减: 减424, 增132), or as what was added
# and what taken away, each in brackets (+(0) -(0)); a count may keep its unit (124件).
_VALUE = re.compile(
    r"^(?:(?:[+\-−]|增加?|减少?)?\d[\d,]*(?:\.\d+)?(?:件|项|个)?(?:\s*[(（][^|\n]{1,120}[)）])?"
    r"|[+＋]\s*[(（]\s*\d+\s*[)）]\s*[-−－]\s*[(（]\s*\d+\s*[)）])$"
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A cell the form leaves blank on purpose (本年增/减: /).
_PLACEHOLDER = re.compile(r"^[/／—–\-]$")
_DECISIONS = re.compile(r"(?:处理)?决定数量")
# The words of the form's tables (信息内容 | 本年新制作数量 | …): an article heading over a table.
_TABLE_WORDS = re.compile(r"信息内容|数量|[|\t]")
# A row's label with its value glued on (行政许可707, 行政处罚6).
_GLUED_ROW = re.compile(r"^(?P<label>[\u4e00-\u9fff]{4})(?P<value>\d[\d,]*)$")
_REACH = 600  # how far past its article a table may run
# The rows that count decisions, by the article they stand under.
_ROWS = {
    "五": {"行政许可": "licenses_granted"},
    "六": {"行政处罚": "penalty_cases", "行政强制": "coercive_total"},
}
_ANY_ROWS = {label: metric for rows in _ROWS.values() for label, metric in rows.items()}
_UNIT = "件"


def find_disclosure_tables(text: str) -> tuple[list[tuple[Mention, str]], list[tuple[int, int]]]:
    """The decisions cells of every article table in `text` with their metrics, and the
    ranges the tables cover, the information requests' table among them."""
    if "第二十条" not in text and "政府信息公开申请情况" not in text:
        return [], []
    articles = list(_ARTICLE.finditer(text))
    cells: list[tuple[Mention, str]] = []
    covered: list[tuple[int, int]] = []
    # The table of information requests (本年新收政府信息公开申请数量 …) counts no decisions.
    for requests in _REQUESTS.finditer(text):
        section = _AFTER_REQUESTS.search(text, requests.end())
        covered.append((requests.end(), section.start() if section else min(len(text), requests.end() + _REACH)))
    columns: list[str] = []
    for n, article in enumerate(articles):
        end = min(articles[n + 1].start() if n + 1 < len(articles) else len(text), article.end() + _REACH)
        section = _SECTION.search(text, article.end(), end)
        end = section.start() if section else end
        if not _TABLE_WORDS.search(text, article.end(), end):
            continue  # (第二十条第(二)项:机构设置公开情况 over prose: 本年度公开…信息7条 is read as text)
        covered.append((article.start(), end))
        item = article.group("item")
        rows = _ROWS.get(item) if item else _ANY_ROWS
        if rows:
            found, columns = _decisions(text, article.end(), end, rows, columns)
            cells += found
    return cells, covered


def _decisions(text: str, start: int, end: int, rows: dict[str, str], before: list[str]) -> tuple[list[tuple[Mention, str]], list[str]]:
    """The decisions cells of one article's table, and its columns. A table whose header the
    page left out (第二十条第（六）项 right above 行政处罚 2, its header printed once above the
    licences' table) has the columns of the table before it."""
    tokens = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip()) for m in _CELL.finditer(text, start, end)]
    tokens = [part for at, word in tokens if word for part in _label_and_value(at, word, rows)]
    labels = [k for k, (_, word) in enumerate(tokens) if not _is_cell(word)]
    header_end = next((k for k in labels if tokens[k][1] in rows or _is_row_label(tokens, k)), None)
    if header_end is None:
        return [], before
    header = [word for _, word in tokens[:header_end]]
    columns = [word for word in header if word != "信息内容"] or before
    decided = next((c for c, word in enumerate(columns) if _DECISIONS.search(word)), None)
    if decided is None:
        return [], columns
    found: list[tuple[Mention, str]] = []
    for k in labels:
        metric = rows.get(tokens[k][1])
        if metric is None:
            continue
        values = []
        for at, word in tokens[k + 1 : k + 1 + len(columns)]:
            if not _is_cell(word):
                break
            values.append((at, word))
        if len(values) != len(columns):
            continue  # empty cells left out: which value is the decisions' the text does not say
        mention = _mention(*values[decided])
        if mention is not None:
            found.append((mention, metric))
    return found, columns


def _label_and_value(at: int, word: str, rows: dict[str, str]) -> list[tuple[int, str]]:
    """A row's label and its one value run together where the page lost the cell between
    them (行政许可707): the two cells; any other token as it is."""
    glued = _GLUED_ROW.match(word)
    if glued is None or glued.group("label") not in rows:
        return [(at, word)]
    return [(at, glued.group("label")), (at + glued.start("value"), glued.group("value"))]


def _is_cell(word: str) -> bool:
    """A value, or a cell left blank on purpose."""
    return bool(_VALUE.match(word) or _PLACEHOLDER.match(word))


def _is_row_label(tokens: list[tuple[int, str]], k: int) -> bool:
    """A name followed by a value: a row's label, where the header has ended."""
    return k + 1 < len(tokens) and _is_cell(tokens[k + 1][1])


def _mention(at: int, word: str) -> Mention | None:
    number = _NUMBER.search(word)
    if number is None or word[:1] in "+-−增减":
        return None  # a change in the number of kinds of matter, not a count of decisions
    try:
        value = parse_arabic(number.group())
    except NotANumber:
        return None
    return Mention(at, at + len(word), value, _UNIT, False, False)
