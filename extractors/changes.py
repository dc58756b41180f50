"""Stated changes on the prior year: 同比增长12.5%, 同比下降3.2%, 较上年增加46件."""

from __future__ import annotations

import re

# (与去年177件相比上升16%: the prior year's figure may stand inside the comparison;
# 与去年同比上升11.4%: the year compared with named before 同比)
_COMPARED = re.compile(
    r"(?:[与同](?:上一?年|去年)(?:同期)?)?同比|[较比](?:上一?年|去年)|上年同期|[与同](?:上一?年|去年)同期(?=增|减|上升|下降)|[与同](?:上一?年|去年|(?:19|20)\d{2}年)(?:度|同期)?(?:的?[\d.]+[件起宗次个项人]|的)?相比|较(?:19|20)\d{2}年|比(?:19|20)\d{2}年"
)
_DIRECTION = re.compile(
    r"(?P<dir>增长|增加|上升|上涨|提高|提升|下降|减少|降低|下滑|下跌|回落|增幅|降幅|涨幅|增|减|多|少)"
    r"(?:了|为|达|约|达到|分别为|分别|幅度为)?\s*$"
)
_FALLING = frozenset({"下降", "减少", "降低", "下滑", "下跌", "回落", "降幅", "减", "少"})
_ENDS_COMPARED = re.compile(rf"(?:{_COMPARED.pattern})[，,：:\s]*$")
# "较2024年的244件减少11.5%", "同比去年91.5%上升", "与去年177件相比上升16%": the prior
# year's figure, told to compare.
# (the prior value may stand in brackets: 比去年同期（29起）下降93.1%)
# (or said as the year before's own sentence: …9406件，2023年同期受理8052件，较2023年上涨16.81%)
_PRIOR_VALUE = re.compile(
    rf"(?:(?:{_COMPARED.pattern})(?:(?:19|20)\d{{2}}年|去年|上年)?|[与同](?:上一?年|去年|(?:19|20)\d{{2}}年))(?:度|同期)?的?\s*[（(]?\s*$"
    rf"|(?:^|[，,；;])\s*(?:(?:19|20)\d{{2}}年|去年|上年)同期(?:共|累计)?(?:受理|办理|查处|立案|办结|接收)?(?:为|达)?\s*$"
)
_CONNECTOR = re.compile(r"^[和、及与,，\s]*$")
# What may follow a comparison before what changed is named: 同比上年度, 较上一年度, 与去年同期相比.
# (同比去年春节同期下降17%: the holiday whose days are compared)
_COMPARED_TAIL = re.compile(r"(?:上一?年度?|去年度?|同期|度|相比|比|春节|国庆|五一|中秋|元旦|节日|假期|黄金周|春运)*")
_SUBJECT = re.compile(r"(?:分别|均|都|也|总体|整体)?(?P<subject>[\u4e00-\u9fff]{2,12}?)(?:分别|均|都|也)?")
# Words there that name nothing new: 同比分别下降, 同比同期增长, and what the figure before
# counts said again (同比案件数增加, 同比金额下降).
_NOT_A_SUBJECT = frozenset(
    {"分别", "同期", "数量", "总数", "总量", "总体", "整体", "幅度", "分别为", "案件数", "案件量", "案件数量", "案件总数", "件数", "次数", "人数", "金额", "总额"}
)


def stated_change_sign(clause_before: str, words_before: str) -> int | None:
    """+1 or -1 when a figure is a stated change on the prior year, else None.

    `words_before` are the words right before the figure (since the previous
    figure or the clause start); `clause_before` is the clause up to the figure,
    where the 同比 may stand earlier ("同比分别增长10%")."""
    m = _DIRECTION.search(words_before)
    compared = [c.end() for c in _COMPARED.finditer(clause_before)]
    if not m or not compared:
        return None
    if clause_before.rfind("环比") >= compared[-1]:
        return None  # (同比降低10.09%，环比降低22.97%: on the month before, not the year)
    return -1 if m.group("dir") in _FALLING else 1


def compared_before(text: str) -> bool:
    """"2023年与2022年办案量同比，案件总数下降136件": a clause that ends on the comparison
    states it for the clauses after it."""
    return bool(_ENDS_COMPARED.search(text))


def is_prior_value(words_before: str) -> bool:
    """The figure after these words is the prior year's, given to compare with."""
    return bool(_PRIOR_VALUE.search(words_before))


def continues_list(words_before: str) -> bool:
    """"…增长10%和12%": the second figure continues the first one's change."""
    return bool(_CONNECTOR.match(words_before))


def restates_change(words_before: str) -> bool:
    """"增加2起、上升4.7%": the second figure states the first one's change again."""
    return continues_list(_DIRECTION.sub("", words_before))


# Words that open a clause without naming what it counts: 全年, 其中, 总体.
_CLAUSE_OPENER = re.compile(r"^(?:全年|今年|本年度?|其中|总体|整体|分别|共|均|累计|同时|另外|此外)+")
_CLAUSE_BREAK = re.compile(r"[，,；;、：:]")
_NAMING_WORDS = re.compile(r"[\u4e00-\u9fff]{2,16}")
# A hotline's or platform's number opening what changed (12319城管热线举报量): part of its name.
_HOTLINE_NUMBER = re.compile(r"^\d{3,6}(?=[\u4e00-\u9fff]{0,6}(?:热线|平台))")


def subject_before_comparison(words_before: str) -> str | None:
    """"，一审败诉率同比降低": what changed, named in the clause before its comparison,
    when it is named there at all (not "，同比增长", "，较上年同期增长")."""
    compared = _COMPARED.search(words_before)
    if compared is None:
        return None
    clause = _CLAUSE_BREAK.split(words_before[: compared.start()])[-1].strip()
    clause = _HOTLINE_NUMBER.sub("", _CLAUSE_OPENER.sub("", clause))
    if not _NAMING_WORDS.fullmatch(clause) or clause in _NOT_A_SUBJECT:
        return None
    return clause


def changed_subject(words_before: str) -> str | None:
    """"同比事故起数增加": the words naming what changed when they stand between the
    comparison and the direction, else None ("同比增长", "同比分别下降")."""
    compared = None
    for compared in _COMPARED.finditer(words_before):
        pass
    if compared is None:
        return None
    rest = words_before[_COMPARED_TAIL.match(words_before, compared.end()).end() :].lstrip("，, ")
    direction = _DIRECTION.search(rest)
    named = _SUBJECT.fullmatch(rest, 0, direction.start()) if direction else None
    if named is None or _COMPARED.search(named.group("subject")) or named.group("subject") in _NOT_A_SUBJECT:
        return None
    return named.group("subject")
