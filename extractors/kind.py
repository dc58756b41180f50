"""What a document is: a body's own account of a period, or news about what a body did.

zhifa is for the first kind (行政执法工作报告, 行政执法数据公示, 统计年报, 政府信息公开工作年度
报告, 工作总结): their figures are a year's, or a stated period's, as the body counts them.
Reposted news items carry figures too, but of one campaign, one holiday or the months so
far, told by a paper or a site. The warehouse keeps both and says which is which
(`raw.documents.document_kind`), so that an analyst can keep news out of year-over-year
rows; the real-pages benchmark gives its figures for each.

The kind is read from the document's head, never guessed from what it is about: a line
that names an account, or an opening that says the document is one. Anything else is news.
"""

from __future__ import annotations

import re

REPORT, NEWS = "report", "news"
DOCUMENT_KINDS = (REPORT, NEWS)

# A line of the head that names a periodic account: its title (某局2023年度行政执法工作报告,
# 2022年行政执法数据公示, 行政处罚实施情况统计表, 2024年工作总结, 部门决算) or a form's own name.
_ACCOUNT_TITLE = re.compile(
    r"年度报告|工作报告|情况(?:的)?报告|工作总结|建设报告|执法报告|统计年报|统计表|统计报表|数据公示|执法数据|部门决算|年报|(?:报告|总结)[:：]?$",
    re.M,
)
# ...or by a weaker word that a news headline may hold too (公示, 情况通报, 一览表): taken only
# on a page with no byline.
_ACCOUNT_TITLE_WEAK = re.compile(r"公示|统计数据|年鉴|情况通报|汇总表|一览表")
# A headline of news about an account or its cases (某省曝光…典型案例, 通报…查处情况) is no
# account's title.
_NEWS_HEADLINE = re.compile(r"曝光|案例|查处|记者|讯|通报")
# An account saying what it is in its first lines (本报告…, 一、总体情况, 现将…情况报告如下).
_ACCOUNT_OPENING = re.compile(
    r"本(?:年度)?报告|本年报|总体情况|现(?:将|予|发布|公布)[^。]{0,60}?(?:报告|年报|总结|情况)|(?:总结|报告)如下"
)
# A report made to the bodies above (中共某市委、某市人民政府： / 市人大常委会：), addressed on a line of
# its own among the first.
_ADDRESSEE = re.compile(r"^[\u4e00-\u9fff、，,]{2,40}?(?:委员会|党委|市委|县委|区委|省委|人民政府|政府|常委会)[:：]$")
_ADDRESSEE_LINES = 3
# A news byline, or a paper or news site as the source (记者, 通讯员, 日电, 本报讯, 来源：某日报).
_BYLINE = re.compile(r"记者|通讯员|日电|本报讯|网讯|新华社|日讯|责任编辑|来源[:：]\s*\S*?(?:日报|晚报|网|新闻|报)(?![\u4e00-\u9fff])")

_HEAD_CHARS = 800  # where a page's title, furniture and byline are
_HEAD_LINES = 10
_TITLE_CHARS = 70  # a title is a short line with no full stop
_OPENING_CHARS = 1500  # an account's preamble and its 一、总体情况


def document_kind(match: str) -> str:
    """`REPORT` when the head of `match` (the text as rules read it: simplified, without a
    repost's pinyin) has a line that names an account, its first lines say it is one, or it
    is addressed to the bodies above (中共某市委、某市人民政府：); a weaker name (公示, 一览表)
    counts on a page with no byline. `NEWS` otherwise."""
    head = match[:_HEAD_CHARS]
    lines = [line.strip(" \t\u3000|-•") for line in head.splitlines() if line.strip()][:_HEAD_LINES]
    # (the lines that may be titles, one to a line, each pattern run once over them all)
    titles = "\n".join(line for line in lines if len(line) <= _TITLE_CHARS and "。" not in line and not _NEWS_HEADLINE.search(line))
    if _ACCOUNT_TITLE.search(titles) or _ACCOUNT_OPENING.search(match, 0, _OPENING_CHARS):
        return REPORT
    if any(_ADDRESSEE.match(line) for line in lines[:_ADDRESSEE_LINES]):
        return REPORT
    if _ACCOUNT_TITLE_WEAK.search(titles) and not _BYLINE.search(head):
        return REPORT
    return NEWS
