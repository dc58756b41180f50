"""Page furniture: the labelled lines a government website prints around a report.

当前位置, 名称, 索引号, 发布机构, 来源, 成文日期, 发布日期, 浏览次数, 扫一扫 … are not the
report: their numbers are no figures (an 索引号 is not a count) and their dates
(发布日期: 2024-01-19) are when the page went up, not the year it reports on, so both
figure search and year inference read the text without them; the title (名称) and who
published it (发布机构: 区政府) are what issuer inference uses. A furniture line is one that opens with such a label; web pages printed
as text also set them out as table rows (`索引号 | 0026… | 公开方式 | 主动公开 |`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.patterns import first_chars

# Labels as sites print them, spaces inside allowed (名  称, 索 引 号). The value runs to
# the next label or the end of the line.
# A page's counters of its readers (浏览次数: 123, 阅读人数:1, a bare 浏览:).
_COUNTERS = r"浏览次数|浏览量|访问量|访问次数|阅读次数|阅读量|阅读人数|点击次数|点击量|点击数|浏览(?=\s*[:：])"
_LABELS = {
    "title": r"名\s*称|标\s*题|文章标题|公报标题",
    "publisher": r"发布机构|发文机关|发文机构|发布单位|发文单位|发布者|公开责任部门|公开主体|责任部门|责任处室|责任科室",
    # the site's host, most often in its footer (read last, see Furniture.host)
    "host": r"主办单位",
    "source": r"(?:信息|稿件|文章)来源|来\s*源|来源单位|来\s*自(?=[:：])",
    "written": r"(?:文件)?成文日期|成文时间|印发日期",
    "published": r"(?:文件)?公开发布日期|信息提供日期|发布日期|发文日期|发布时间|发表时间|公开日期|生成日期|日\s*期|时\s*间",
    "other": r"索\s*引\s*号|文件编号|(?:文件)?发文字号|文件所属单位|公文种类|文件类型|文件状态|文件(?:废止|失效|开始实施的)时间|文\s*号|字\s*号|主题分类|组配分类|体裁分类|公开目录|体\s*裁|公开类型|公开方式|公开范围|公开时限|有\s*效\s*性"
    rf"|{_COUNTERS}"
    r"|您?(?:当前|现在)(?:所在)?的?位置|您(?:所在)?的位置|所在位置|当前所在(?=\s*[:：])|所属机构|信息分类|关\s*键\s*词|字体|分享|公报年份|总号|期号"
    # a site's footer: 主办单位 shares its line with the address and the phone number
    # (an outlet's own address and post code in its footer: 地址:南京市… 邮编:210092)
    r"|联系地址|联系电话|网站标识码|作\s*者|地\s*址(?=\s*[:：])|邮\s*编(?=\s*[:：])"
    # a site's search box and its ticker of other items' headlines (头条新闻: · 某某… 2025-11-20 · …)
    r"|站内搜索|头条新闻|点击(?=\s*[:：])"
    # who else a footer credits: no author
    r"|运行维护|技术支持|版权所有|承办单位|维护单位",
}
_LABEL = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS.items()))
# A label may stand in brackets ([ 发布机构 ]); a few run straight into their value (公报标题市商务局…).
_SEPARATOR = r"\s*\]?\s*(?:[:：|\]]|\s{2,}|(?<=公报标题|主办单位|公报年份)(?=\S))"
_FIELD_START = re.compile(rf"^[\s|•·]*(?:-[ \t])?\[?\s*(?:{_LABEL.pattern}){_SEPARATOR}")
# (a label may follow the value before it with no space: 发布时间:2021-03-30来源:某厅作者:佚名)
_FIELD = re.compile(rf"(?:^|(?<=[\s|\]•·\d]))\[?\s*(?:{_LABEL.pattern}){_SEPARATOR}")
# Some sites set each label off from its value by one space only (名称 某某报告 / 发布机构 某局
# 公开日期 2024-02-19): so read when a line opens that way, every label in it then parted so.
# (a value may open on a digit only when it is a date: 发布日期 2024年1月6日 星期六)
_SPACED_START = re.compile(rf"^[\s|•·]*(?:-[ \t])?(?:{_LABEL.pattern})[ \t\u3000](?=[^\s\d]|(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}})")
_SPACED_FIELD = re.compile(rf"(?:^|(?<=\s))(?:{_LABEL.pattern})[ \t\u3000]+(?=\S)")
# (or on any value, an index number's digits too, when a second label so set off follows on
# the line: 索引号 1432868081/ajj/2023-0000094 发布机构 某局)
_ANY_LABEL = "|".join(_LABELS.values())  # (the labels without their kinds' group names, to use twice)
_SPACED_PAIR = re.compile(rf"^[\s|•·]*(?:{_ANY_LABEL})[ \t\u3000]+[^\s。，,]+[ \t\u3000]+(?:{_ANY_LABEL})[ \t\u3000]+(?=\S)")
# A site's bulleted record that sets each label on a line of its own and its value,
# indented, on the next (• 发布机构 / 桥头乡): the label alone, the value a short line.
_STACKED_LABEL = re.compile(rf"^[ \t\u3000]*(?:[•·]|-(?=[ \t]))[ \t\u3000]*(?:{_LABEL.pattern})[ \t\u3000]*$")
_STACKED_VALUE = re.compile(r"^[ \t\u3000]+(?![•·])\S[^\n]{0,39}$")
# ...or with its colon and nothing after it, its value a short line of its own below (公开主体: /
# 某区人民政府办公室): no sentence, no label.
_EMPTY_FIELD = re.compile(rf"^[\s|•·]*(?:{_LABEL.pattern})\s*[:：]\s*$")
_NEXT_VALUE = re.compile(r"^[ \t\u3000]*(?![•·])[^\s:：|][^\n:：。|]{0,39}$")
# (or a record set out as a dashed list, each label and each value an item: - 发文机构 / - 某局)
_DASHED_VALUE = re.compile(r"^[ \t\u3000]*-[ \t]+(?P<value>\S[^\n]{0,39})$")
# Lines with no label that are furniture all the same.
# A breadcrumb wrapped onto a line of its own opens on its separator (> 政府信息公开 > …).
# (a site's date of today with its weekday, on a line of its own: 2019年12月3日星期二, 今天是: …)
_TODAY = r"(?:今天是|今日是|今天|今日)?[:：]?[ \t\u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*星期[一二三四五六日天][ \t\u3000]*$"
# (and a prompt to the site's mobile version: 进入移动版,省流量,体验好)
_BARE = re.compile(rf"^[\s|]*(?:[>＞›»]|扫一扫|朗读(?=\s*$)|打印本页|关闭窗口|打印|关闭|收藏|【?字体[:：]?|分享到|首页\s*[>＞›]|进入(?:移动|手机)版|{_TODAY})")
# Where a furniture line may begin: a label or a bare word after nothing but spaces,
# pipes, bullets or a bracket at the start of a line. The line start is a literal "\n"
# (the text is searched with one put before it), not `(?m)^`: a pattern that opens
# on a literal character is scanned for in C, `^` is tried at every position; and the
# characters the words can open with are looked at before the words are tried.
_HINT_WORDS = rf"{_LABEL.pattern}|[>＞›»]|扫一扫|朗读|打印|关闭|收藏|【字体|字体|分享到|首页|进入|{_TODAY}"
_HINT_FIRST = first_chars(re.compile(_HINT_WORDS))
_HINT = re.compile(
    r"\n[ \t\u3000|•·]*(?:-[ \t])?\[?[ \t]*"
    + (f"(?=[{''.join(re.escape(ch) for ch in sorted(_HINT_FIRST))}])" if _HINT_FIRST else "")
    + f"(?:{_HINT_WORDS})"
)
# A news page's line of date and time, then its fields (2023-02-21 06:48:36 来源:某委网站):
# the date is when it was published.
_DATELINE = r"\n[ \t\u3000]*(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)[ \t\u3000]+"
_DATED_FIELDS = re.compile(_DATELINE + rf"(?=(?:{_LABEL.pattern}){_SEPARATOR})")
# ...or its date and time, then the name of the body that put it up, and nothing else
# (2024-02-23 13:00 某市旅游和文化广电体育局; a site's counters of views may follow: …管理局 937 0):
# where the text came from.
_DATED_BODY = re.compile(
    _DATELINE + r"(?P<body>[\u4e00-\u9fff]{3,30}(?:局|厅|委员会|委|办公室|人民政府|中心|总队|支队|大队))(?:[ \t\u3000]*\d+)*[ \t\u3000]*(?=\n|$)"
)
_GLUED_LABEL = re.compile(rf"(?:作者|责任编辑|{_COUNTERS})\s*[:：]")
# A name's field that runs on into the page's date with no label between (来源:某局 2023-08-14 11:03).
_DATE_AFTER = re.compile(r"\s+(?:19|20)\d{2}[-/.年]\d{1,2}")
_VALUE_TRIM = " \t\r\n|:：　"


_DATED_BODY_REACH = 512  # a page's head: the dateline of a list of other items further down names theirs


@dataclass(frozen=True, slots=True)
class Furniture:
    """What a page's furniture says, and where its lines are in the text."""

    fields: dict[str, str] = field(default_factory=dict)
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def title(self) -> str | None:
        return self.fields.get("title")

    @property
    def publisher(self) -> str | None:
        """Who published the page, or where its text came from: whichever the page says first."""
        return next((value for kind, value in self.fields.items() if kind in ("publisher", "source")), None)

    @property
    def host(self) -> str | None:
        """The site's host (主办单位: 某县人民政府办公室, most often in its footer): who runs the
        site, weaker evidence than anything the page itself says."""
        return self.fields.get("host")

    @property
    def source(self) -> str | None:
        """Where the text came from (信息来源: 城东街道), when the page says so."""
        return self.fields.get("source")


def is_furniture_line(line: str) -> bool:
    return bool(_FIELD_START.match(line) or _BARE.match(line) or _spaced(line))


def _spaced(line: str) -> bool:
    """Whether a line opens on labels each set off from its value by one space."""
    return bool(_SPACED_START.match(line) or _SPACED_PAIR.match(line))


# A short line that holds a page field after a site's name or a date (青岛政务网 发布日期 :
# 2022-11-11; 2024-04-19 08:06 来源:某中心 收藏 举报), with no sentence in it.
_FIELD_LINE_CHARS = 80


def is_empty_field(line: str) -> bool:
    """Whether a line is a label with its colon and no value (公开主体:), its value on the next line."""
    return _EMPTY_FIELD.match(line) is not None


def holds_a_field(line: str) -> bool:
    """Whether a short line with no sentence in it holds a page field anywhere."""
    return len(line) <= _FIELD_LINE_CHARS and "。" not in line and _FIELD.search(line) is not None


def read_furniture(text: str) -> Furniture:
    """The furniture lines of a text and the fields they give; the first value of a
    kind wins (a page's header comes before anything it quotes)."""
    fields: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    lined = "\n" + text  # (each scan looks for a line break and what opens the line after it)
    dated = _dated_field_lines(text, lined)
    for start, end in sorted(_lines_with_a_label(text, lined) + list(dated)):
        line = text[start:end]
        date = dated.get((start, end))
        if date is not None and (len(line) > _FIELD_LINE_CHARS or "。" in line):
            continue
        if date is not None or is_furniture_line(line):
            spans.append((start, end))
            if date is not None:
                fields.setdefault("published", date)
            for kind, value in _fields(line):
                if value and kind != "other":
                    fields.setdefault(kind, value)
            empty = _EMPTY_FIELD.match(line)
            if empty is not None and empty.lastgroup != "other":
                # (公开主体: / 某区人民政府办公室: a label with its colon alone on its line, the value on the next)
                value_line = _next_line(text, end)
                if _NEXT_VALUE.match(value_line) and not _HINT.match("\n" + value_line):
                    spans.append((end + 1, end + 1 + len(value_line)))
                    fields.setdefault(empty.lastgroup, value_line.strip(_VALUE_TRIM))
        elif (stacked := _STACKED_LABEL.match(line)) is not None:
            spans.append((start, end))
            value_line = _next_line(text, end)
            dashed = _DASHED_VALUE.match(value_line) if line.lstrip(" \t\u3000").startswith("-") else None
            value = dashed.group("value") if dashed else value_line
            if (dashed or _STACKED_VALUE.match(value_line)) and not _HINT.match("\n" + value):
                spans.append((end + 1, end + 1 + len(value_line)))
                if stacked.lastgroup != "other":
                    fields.setdefault(stacked.lastgroup, value.strip(_VALUE_TRIM))
    dated_body = _DATED_BODY.search(lined, 0, _DATED_BODY_REACH)
    if dated_body is not None:
        # (in `lined` a match opens on the line break before its line: at the line's own offset
        # in `text`, and it ends one past the line's end there)
        spans.append((dated_body.start(), dated_body.end() - 1))
        fields.setdefault("published", dated_body.group("date"))
        fields.setdefault("source", dated_body.group("body"))
    return Furniture(fields, tuple(sorted(spans)))


def _next_line(text: str, end: int) -> str:
    """The line after the one that ends at `end` (a label's value set out below it); empty at the text's end."""
    if end >= len(text):
        return ""
    after = text.find("\n", end + 1)
    return text[end + 1 : len(text) if after < 0 else after]


def _lines_with_a_label(text: str, lined: str) -> list[tuple[int, int]]:
    """(start, end) of each line that opens on a label or a bare furniture word, in
    order: one scan in C over the text, so that only those lines are tried one by one."""
    lines: list[tuple[int, int]] = []
    # In `lined`, "\n" + text, a match starts on the line break before its line: at the
    # line's own offset in `text`.
    for m in _HINT.finditer(lined):
        start = m.start()
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


def _dated_field_lines(text: str, lined: str) -> dict[tuple[int, int], str]:
    """(start, end) of each line that opens on a date and then a field, with its date
    (`lined` as `_lines_with_a_label` reads it)."""
    lines = {}
    for m in _DATED_FIELDS.finditer(lined):
        end = text.find("\n", m.start())
        lines[(m.start(), len(text) if end < 0 else end)] = m.group("date")
    return lines


def _fields(line: str) -> list[tuple[str, str]]:
    found = list(_FIELD.finditer(line))
    if not found and _spaced(line):
        found = list(_SPACED_FIELD.finditer(line))
    out = []
    for m, following in zip(found, found[1:] + [None]):
        value = line[m.end() : following.start() if following else len(line)]
        value = _GLUED_LABEL.split(value, 1)[0].strip(_VALUE_TRIM)  # 某厅作者:佚名: the next label glued on
        if m.lastgroup in ("source", "publisher"):
            value = _DATE_AFTER.split(value, 1)[0]
        out.append((m.lastgroup or "other", value))
    return out


def blank_furniture(match: str, furniture: Furniture) -> str:
    """The match text with furniture lines turned to spaces, one for one, so that figure
    search finds nothing there and every offset still holds."""
    if not furniture.spans:
        return match
    parts, at = [], 0
    for start, end in furniture.spans:
        parts += [match[at:start], " " * (end - start)]
        at = end
    parts.append(match[at:])
    return "".join(parts)


# A line that opens a site's list of other items (新闻推荐, 相关新闻, 猜你喜欢): what follows is
# other pages' text, neither this page's figures nor its author.
_OTHER_ITEMS = re.compile(
    # (栏目最新内容 | NEW: the newest items of the page's column)
    r"\n[ \t\u3000]*(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|相关文章|相关推荐|精彩推荐|热点推荐|热门推荐|猜你喜欢|更多新闻|(?:栏目)?最新内容(?:[ \t\u3000]*\|?[ \t\u3000]*NEW)?)[ \t\u3000]*[:：]?[ \t\u3000]*(?=\n|$)"
    # (or a link to the item before it: 上一条:某局…  下一条:…; both links on a line of their own)
    r"|\n[ \t\u3000]*(?:上一条|上一篇)[ \t\u3000]*(?:[:：]|下一(?:条|篇)[ \t\u3000]*(?=\n|$))"
    # (or an outlet's statement that the item is an author's upload, then its own footer:
    # 特别声明:本文为…平台作者上传…; 地址:南京市… below it is the outlet's)
    r"|\n[ \t\u3000]*(?:特别声明|免责声明)[ \t\u3000]*[:：]"
)
# (a site's header may list them before the page's own text: only after the first lines)
_OTHER_ITEMS_FROM = 200


def own_text_end(text: str) -> int:
    """Where a page's own text ends: at the line that opens a list of other items after its
    first lines, else at its end."""
    m = _OTHER_ITEMS.search(text, _OTHER_ITEMS_FROM)
    return m.start() if m else len(text)
