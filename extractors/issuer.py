"""Who published a report and which year it covers, from its title, text or file name.

An issuer is accepted only when its name resolves against the gazetteer: a chain of
known divisions and a body within the last (or a national body). Evidence is read
strongest first: what the user declared, the title, the page furniture (发布机构),
what the text says of its author (现将某局…报告如下, a disclosure yearbook's 由某局编制,
a news lead's 记者从某局获悉), the first sentence, the signature, the file's path, and last
the one body of its kind a text that says 我局 / 我镇 / 局党委 names (not the bodies it
works with). When nothing resolves (texts that say only 我局, a name no division has, a
body named after a place the table lacks, a name several places share and the page does
not tell apart), the issuer stays unknown: null fields and a review flag with the
reason, never a guess.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Iterator
from pathlib import PurePath

from extractors.domains import first_domain_named
from extractors.furniture import Furniture, holds_a_field, is_empty_field, is_furniture_line
from extractors.gazetteer import Chain, Division, Gazetteer, core_name, short_forms, slug, standard
from extractors.numbers import parse_numeral
from extractors.patterns import blank
from extractors.records import Issuer
from extractors.structure import ENUMERATOR
from extractors.taxonomy import load

_HAN = r"\u4e00-\u9fff"
_ORG_SUFFIX = (
    r"(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会|委员会|综合行政执法大队|综合执法大队|执法大队|执法支队|大队|支队"
    r"|局|厅|委|部|署|办|中心|所|站|队|院|经济技术开发区|经开区|开发区|高新区|新区|街道|省|自治区|市|区|县|旗|镇|乡)"
)
_LEVEL_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("街道办事处", "subdistrict"), ("街道", "subdistrict"), ("办事处", "subdistrict"),
    ("经济技术开发区", "development_zone"), ("经开区", "development_zone"), ("开发区", "development_zone"),
    ("高新区", "development_zone"), ("新区", "development_zone"), ("管委会", "development_zone"),
    ("管理委员会", "development_zone"),
    ("大队", "department"), ("支队", "department"), ("局", "department"), ("委员会", "department"),
    ("委", "department"), ("中心", "department"), ("办", "department"), ("办公室", "department"), ("所", "department"), ("站", "department"),
    ("队", "department"), ("院", "department"),
    ("厅", "provincial_department"), ("部", "ministry"), ("署", "ministry"),
    ("自治区", "province"), ("省", "province"), ("市", "city"), ("区", "district"), ("县", "county"),
    ("旗", "county"), ("镇", "township"), ("乡", "township"),
)
_SELF_REFERENCE = re.compile(r"^(?:我|本|全|该|各|市|区|县)")
# "目前全区" reads like a name ending in 区 but only points back at the writer.
_SELF_REGION = re.compile(r"(?:全|本|我|该|各)(?:省|市|区|县|旗|镇|乡|街道)")
# A year as digits or as Chinese digits read one by one (二〇二三).
# (a space may stand before its 年: 2023 年，某市…)
_YEAR = r"(?P<year>(?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})(?:[ \u3000](?=年))?"
_TITLE_WORDS = re.compile(r"报告|总结|年报|公示|统计表|情况|数据")
# A line that ends a sentence or a clause, or introduces what follows (…报告如下：), is no title.
_NO_TITLE_END = ("。", "，", ",", "：", ":")
# A title over several years (2021—2023年行政执法工作情况, 2022年至2024年度…) reports on no single one.
_TITLE_YEARS = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:[—–\-－~～至到]|年至)\s*(?:19|20)\d{2}\s*年度?(?![^，。]{0,6}(?:规划|纲要|计划|行动|方案))")
_QUOTED = re.compile(r"《[^》]*》|[（(][^）)]*[）)]")
# (or the year run straight into the account it names, its 年 left out: 某局2022工作总结)
_TITLE_YEAR = re.compile(rf"(?<!\d){_YEAR}(?:年度?(?:[{_HAN}“”「」]{{0,18}})?(?:行政执法|执法|报告|年报|总结|公示|统计)|(?:年度)?工作(?:总结|报告))")
# An almanac's edition (镇海年鉴2022, 某市年鉴（2021）), which tells of the year before it.
_ALMANAC = re.compile(rf"年鉴\s*[（(]?{_YEAR}[）)]?(?!年)")
# A title's bracketed status date (…案件进展情况（截至2022年4月11日）): the year its figures stand at.
_STATUS_YEAR = re.compile(rf"[（(](?:截至|截止)(?:到|至)?{_YEAR}年\d{{1,2}}月(?:\d{{1,2}}日)?(?:底|末)?[）)]")
_META_YEAR = re.compile(rf"^\s*(?:报告年度|统计年度|年度)\s*[:：]\s*{_YEAR}", re.M)
# The period a yearbook's figures cover, as it states it (所列数据的统计期限自2021年1月1日起至12月31日止).
_PERIOD_YEAR = re.compile(rf"统计(?:期限|时限|期间|区间|起止日期|起始日期|时间段?|范围|周期)(?:为|是|自|从)?\s*{_YEAR}年1月1日")
# A title whose year a line wrap parted from the rest ("2020\n年城市管理局工作总结").
_WRAPPED_YEAR = re.compile(rf"\A\s*{_YEAR}[ \t]*\n[ \t]*年度?(?:[{_HAN}]{{0,12}})?(?:行政执法|执法|报告|年报|总结|公示|统计)")
# A yearbook's first heading run into its first sentence on one line (一、总体情况 2023年，某区…).
_HEADING_ON_THE_LINE = r"[一二三四五六七八九十]{1,2}、[^\s，,。；;]{2,12}[ \t\u3000]+(?=(?:19|20)\d{2}年)"
_LEAD_YEAR = re.compile(rf"^\s*(?:{_HEADING_ON_THE_LINE})?{_YEAR}年度?(?!\d*月)")
_REPORTS_ON = re.compile(rf"现将[^。\n:：]{{0,30}}?{_YEAR}年度?")
# Any year in the body. Range ends (2021—2025年, 2021年—2025年), comparisons (较2022年), plans
# (2024年工作计划) and the year a meeting or a course is named for (2023年全市执法工作会议,
# 2022年全省执法大练兵专题研修班, held to review the year before), like the year of a
# consumer rights day's event (2025年“3·15”…活动, 2026年湖南“3·15”大会, held in March to tell
# the year before's complaints), are not the year reported on; a date (2023年3月5日) is weaker
# evidence than a year on its own (2023年，全区…).
# (not a journal's issue: 四川劳动保障 2021年1期; nor the year a law came in, 自新《…法》
# 2015年实施以来; nor a year things came before, 2000年前建设的管道, though 2023年前三季度 is
# that year's; nor a year listed with another, 2017年和2018年两年内; nor a span's start inside a
# clause, 重点核查2019年以来已查处的案件, though a sentence that opens on 2023年以来 is that year's)
# (nor a trend's first year, 由2021年的45起，到2022年下降至36起: years compared, of a trend)
# (nor a year's first press conference, 召开2026年首场新闻发布会, which tells the year before, nor
# a call for the year, 发布2026年消费倡议)
_BODY_YEAR = re.compile(
    rf"(?<![\d—\-－~～到较比与由])(?<![年度期比]和)(?<!(?<![截])至)(?<!同期){_YEAR}年(?P<month>\d{{1,2}}月|[一二三四五六七八九十]{{1,2}}月)?"
    rf"(?!度?(?:工作)?(?:计划|打算|规划|要点|安排|目标|展望|思路)|创刊|创办|建站|第?\d{{1,3}}期|度?[{_HAN}]{{0,12}}?(?:[“‘]3[·•．.]15|3·15)|[{_HAN}]{{0,4}}倡议|\s*[—–\-－~～至到]|[和、及与]\s*(?:19|20)\d{{2}}年|(?:开始|起)(?!\d)|(?<=[{_HAN}]\d{{4}}年)以来|以来[，,]?累计|[底末]以来|(?:正式)?(?:实施|施行)以来|[以之]?前(?![一二三四五六七八九十两\d]{1,2}个?(?:季度|月)|半年))"
    rf"(?<![自从于]\d{{4}}年)(?<![自从于]\d{{4}}[ \u3000]年)(?<![自从][一二][〇零○][〇零○一二三四五六七八九]{{2}}年)"  # 自2015年以来, 于2020年开始: where a span starts
    # (nor the time of the facts a decision found: 经查明，2009年，当事人未经批准…)
    rf"(?<!经查[，,]\d{{4}}年)(?<!经查明[，,]\d{{4}}年)"
)
# The rest of a span's start told as a day, up to its 以来 (…1日，新法施行以来).
# (not a span from a day on, 自2020年5月1日起, which may be that year's)
_SINCE = re.compile(r"(?:\d{1,2}日)?+(?!起|开始)[^。；;\n]{0,40}?以来")
# A span that began in a month (自2024年1月起, 从2023年3月以来).
_SPAN_FROM_MONTH = re.compile(rf"[自从]{_YEAR}年(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:份)?(?:\d{{1,2}}日)?(?:起|开始|以来)")
# The day a winter campaign began, in November or December (自2021年11月1日开展…冬季专项行动以来).
_WINTER_BEGAN = re.compile(rf"[自从]{_YEAR}年1[12]月(?:\d{{1,2}}日)?(?:起|开始|[^，,。；;\n]{{0,30}}?以来)")
# Words in brackets within a line: an aside.
_ASIDE = re.compile(r"[（(][^（）()\n]{0,40}[）)]")
# Words quoted at length (“公司拖欠我们…2016年工资…”): someone's words, not the page's own.
_QUOTED_WORDS = re.compile(r"“[^“”\n]{12,400}”")
# A campaign named for its year: 2022“铁拳”行动.
_CAMPAIGN_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?=\s*[“\"「][^”\"」]{1,8}[”\"」]\s*[\u4e00-\u9fff]{0,4}?(?:行动|活动|执法))")
# ... or with words of its field between (2022民生领域案件查办“铁拳”行动): read only where the
# page states no year of its own, since a meeting to deploy next year's campaign
# (2023民生领域“铁拳”行动部署会) reviews the year before.
_CAMPAIGN_FIELD_YEAR = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?=[\u4e00-\u9fff]{2,12}?[“\"「][^”\"」]{1,8}[”\"」]\s*[\u4e00-\u9fff]{0,4}?(?:行动|活动|执法))"
    # ...or with no quotes, its field before it and its name after (渔政2022亮剑行动)
    # (or right before it: 重大事故隐患专项排查整治2023行动, 重大事故隐患2023专项执法督查)
    # (not a year written with its 年: 对自2018年以来的督查案件 names when a span began)
    # (or a longer name before 专项行动: 安徽省2023网络市场监管促发展保安全专项行动)
    r"|(?<=[\u4e00-\u9fff]{2})(?P<bare>20\d{2})(?!年)(?=[\u4e00-\u9fff]{0,4}?(?:专项)?(?:执法)?(?:行动|督查)|[\u4e00-\u9fff]{2,14}?专项(?:执法|整治)?行动)"
)
_YEAR_IN_CAMPAIGN = re.compile(
    r"[“\"「](?=[^”\"」]{0,12}(?:行动|专项)|[^”\"」]{1,14}[”\"」][^，。；;,]{0,20}?(?:行动|活动|执法|暨))"
    r"[^”\"」\d]{1,8}(?P<year>(?:19|20)\d{2})[^”\"」\d]{0,6}[”\"」]"
)
# ... or opening its quoted name (代号为“2023清风行动”).
_YEAR_LEADS_CAMPAIGN = re.compile(r"[“\"「](?P<year>(?:19|20)\d{2})[\u4e00-\u9fff]{1,8}?(?:行动|专项)[^”\"」\d]{0,4}[”\"」]")
# Figures up to a month (截至7月底), and a page's own date at its head (2020-12-03 15:30).
_CUT_OFF = re.compile(r"(?:截至|截止)(?:到|至)?(?:目前|今年)?(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份|\d{1,2}日)")
_PAGE_DATE = re.compile(
    # (not a site's date of today, a line of its own with its weekday: 今天是: 2018年9月10日 星期一)
    # (nor a span's start at a line's head: 据了解，从2017年6月9日…以来)
    r"(?:^|\n)[^\n\d]{0,12}(?<![从自于至到])(?P<year>(?:19|20)\d{2})[-/.年](?P<month>\d{1,2})[-/.月]\d{1,2}+(?!日?[ \t\u3000]*星期[一二三四五六日天][ \t\u3000]*(?:\n|$))"
    # or a date written as a site stamps it, wherever in the head (作者:某网2021-06-18 10:29:11;
    # with dots, before its time: 来源: 某网 2024.02.25 12:19)
    # (or in words, its time right after: 来源:人民网-广西频道    2020年04月02日16:02)
    r"|(?<![\d.])(?P<stamp_year>(?:19|20)\d{2})(?:-(?P<stamp_month>\d{1,2})-\d{1,2}(?!\d)|\.(?P<dot_month>\d{1,2})\.\d{1,2}(?=[ \t]+\d{1,2}:\d{2})"
    r"|年(?P<word_month>\d{1,2})月\d{1,2}日(?=[ \t]*\d{1,2}:\d{2}))"
    # or in words right after the paper or site a source line names (来源:人民日报2022年05月04日)
    r"|来源[:：][ \t]*[^\n\d:：]{1,16}?(?P<source_year>(?:19|20)\d{2})年(?P<source_month>\d{1,2})月\d{1,2}日"
    # or a line of its own with the year in two digits, as some sites stamp it (22-06-15), or
    # opening a line before its time (22-02-07 09:23 来源:…)
    r"|(?:^|\n)[ \t\u3000]*(?P<short_year>[12]\d)-(?P<short_month>0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[ \t\u3000]*(?=\n|$)|(?=[ \t\u3000]+\d{1,2}:\d{2}(?!\d)))"
    # or day first, with dots, on a line of its own or before its time (21.06.2019  15:21)
    r"|(?:^|\n)[ \t\u3000]*(?:0[1-9]|[12]\d|3[01])\.(?P<dm_month>0[1-9]|1[0-2])\.(?P<dm_year>(?:19|20)\d{2})(?=[ \t\u3000]+\d{1,2}:\d{2}|[ \t\u3000]*(?:\n|$))"
)
# A page's date given as a field anywhere in its head (…平稳  时间:2022-01-04来源: …), or in
# English (发布时间:Aug 24, 2020).
_DATE_FIELD = re.compile(
    # (the two page labels, and a forum's 发表于, may take a space for their colon: 发布日期
    # 2023年5月6日 星期六)
    # (or none at all when the date follows it right away, as a field table run together prints
    # it: 发布日期2018-04-12)
    r"(?:(?:发布时间|发布日期|时间|日期)\s*[:：]|(?:发布时间|发布日期|发表于)(?=[ \t\u3000])|(?:发布时间|发布日期)(?=(?:19|20)\d{2}[-/.年]))\s*(?:(?P<year>(?:19|20)\d{2})[-/.年](?P<month>\d{1,2})[-/.月]\d{1,2}"
    r"|(?P<month_name>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*(?P<en_year>(?:19|20)\d{2}))"
)
_MONTHS = {name: n for n, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
# Words of the time a news item is written in, and of the year before it.
_DAY_WITHOUT_YEAR = re.compile(r"(?<![\d年/\-.])(?P<month>\d{1,2})月\d{1,2}日")
_THIS_YEAR = re.compile(r"今年|本年度?|截[至止](?:到)?(?:目前|今天|\d{1,2}日)|期间|近日|日前|近期|目前|至今|今天|今日")
# (not a span from last year on, 自去年12月以来 / 去年12月份以来: figures up to the page's day)
_LAST_YEAR = re.compile(r"(?<![自从])去年(?![^，,。；;]{0,8}?(?:以来|起))")
# A lead's own words for this year's figures up to the page's day, in the first paragraph
# (a line of a sentence's length) of the page's first lines.
_LEAD_LINES, _PARAGRAPH_CHARS = 8, 40
_THIS_YEAR_LEAD = re.compile(r"今年(?:以来|上半年|前三季度|一季度|第一季度|1[-—~至到]\d{1,2}月)")
_DATE_LINE = re.compile(rf"^\s*{_YEAR}年\d{{1,2}}月\d{{1,2}}日\s*$")
# A site's date of today at its head (今天是: 2018年9月10日 星期一): when the page was read, not written.
_TODAY_LINE = re.compile(rf"^\s*(?:今天是|今日是|今天|今日)?[:：]?\s*{_YEAR}年\d{{1,2}}月\d{{1,2}}日\s*星期[一二三四五六日天]\s*$")
_ORG_LINE = re.compile(rf"^\s*(?P<name>[{_HAN}（）()]{{2,40}}?{_ORG_SUFFIX})\s*$")
# A province's department named alone (司法厅, 省 left out).
_HALL_ALONE = re.compile(rf"[{_HAN}]{{2,10}}厅")
# A site's greeting at its head (欢迎您来到某厅门户网站!): the body that runs the site, its host.
_WELCOME = re.compile(rf"^\s*(?:您好[，,!！]?\s*)?欢迎您?(?:来到|访问|光临)(?P<name>[{_HAN}]{{4,30}}?{_ORG_SUFFIX})(?:门户)?网站?\s*[!！。]?\s*$", re.M)
_CHINESE_DIGIT = {"〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_HEADING_START = re.compile(rf"^{ENUMERATOR}")
_ZONE = re.compile(r"开发区|经开区|高新区|新区|园区|保税区|自贸区")
# A zone's name after the division it is named after: a name of its own (蓉江, 汽车) or none.
_ZONE_KIND = r"经济技术开发区|经济示范区|经济综合实验区|高新技术产业开发区|高新技术开发区|经济开发区|高新区|经开区|新区|新城|开发区|工业园区|产业园区|(?:科技)?产业园|综合保税区|保税区|台商投资区|投资区|合作区|管理区|试验区"
_ZONE_NAME = re.compile(rf"(?P<kind>{_ZONE_KIND})|(?P<own>(?:(?!局|委|办|厅|队|所|中心|站|院|政府)[\u4e00-\u9fff]){{2,6}}?)(?P<named>{_ZONE_KIND})")
_ZONE_KINDS = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区"}
_ZONE_NAME_LONGEST = 14  # a zone's own name and its kind (区, 园 or 新城 among its last words)
# A zone is run by a committee (管委会) under a working committee of the party (党工委); the
# committee may come first in a body's name (…管理委员会城市管理局).
_ZONE_COMMITTEE_FIRST = re.compile(r"(?:党工委[、，,]?)?(?:(?:开发建设)?管理委员会|管委会)|党工委")
# A zone's level by the level of the place it lies in.
_ZONE_LEVELS = {"province": "city", "city": "county", "county": "township"}
_LEVEL_CHARS = frozenset("省市区县镇乡旗")
ZONE_WORD = re.compile(_ZONE_KIND)
_ZONE_NAMED_BEFORE = 8  # how far before its kind a zone's name may start (赣州蓉江 of 赣州蓉江新区)
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A title stands in the first lines; they are read from the head of a text, not all of it.
_TITLE_LINES = 4
_DATED_TITLE_LINES = 24  # how far below a site's banners and links a report's dated title may stand
# What a report's title calls it (…年度报告, …工作总结, …情况报告).
_REPORT_KIND = re.compile(r"报告|总结|年报|公示|统计表")
_LATE_TITLE_LINES = 8
_HEAD_CHARS = (256, 1024)  # a title and the lines around it mostly fit in the first, nearly all in the second


def admin_level(name: str) -> str | None:
    core = re.sub(r"(?:人民政府|政府)$", "", name)
    if core.endswith(("管委会", "管理委员会")) and not _ZONE.search(core):
        return "department"  # 城市管理委员会 is a department, not a zone's committee
    for suffix, level in _LEVEL_BY_SUFFIX:
        if core.endswith(suffix):
            return level
    return None


_GOVERNMENT = frozenset({"", "人民政府", "政府", "行政公署"})
_SUBDISTRICT_OFFICE = frozenset({"办事处", "街道办事处", "街道办"})
_ZONE_COMMITTEE = frozenset({"管委会", "管理委员会"})
_GOVERNMENT_BODIES = frozenset({"人民政府", "街道办事处", "管委会", "行政公署"})
_GOVERNMENT_OFFICES = frozenset({"人民政府办公室", "人民政府办公厅"})  # a government's office, which writes its yearbook
# A body within a division: a department, a brigade, an office (应急管理局, 综合执法大队 …).
# (or a place's customs, named after it: 大连海关; or its road transport office: 合肥市运管处)
_BODY = re.compile(rf"^(?:[{_HAN}（）()]{{2,20}}?(?:局|厅|委员会|委|办公室|办|总队|大队|支队|中队|执法队|所|中心|院|站)|海关|[{_HAN}]{{0,8}}?(?:运管|运输管理)处)$")
# A place the division table lacks, left at the head of a body's name (重庆市 + 某某区城市管理局,
# 郑州市 + 高新区城市管理局): the body of a place not read, which no issuer may stand for.
# (or a city the table no longer has, 福建省 + 龙海市市场监管局; not 文化市场, 绿化和市容, 园林市政)
# (nor a town the table lacks, written before its office: 双营乡应急管理办公室)
_PLACE_IN_BODY = re.compile(rf"^(?!在|组织|联合|会同|召集)[{_HAN}]{{2,3}}(?:区|县|旗|市(?![场容政区])|乡(?![镇村])|镇(?![区街])|街道)(?=[{_HAN}]{{2}})")  # (在经开区工委…领导下 is no place, nor 组织区应急管理局…: leading the district's bureau)
# A hall's inner bureau (生态环境厅执法局, 应急管理厅监察局), or a market regulator's
# (市场监管局价监竞争局; not a branch, 分局, which is a body of its own).
_HALLS_INNER_BUREAU = re.compile(rf"^(?P<hall>[{_HAN}]{{2,12}}(?:厅|监管局|监督管理局))[{_HAN}]{{1,8}}?(?<!分)局$")
# A province at the head of what should be a body's kind (福建省漳州市市场监管局 after a spam
# copy's 福建): a place read twice, no body type.
_DIVISION_IN_BODY = re.compile(rf"^[{_HAN}]{{2,8}}?(?:省|自治区)")
# Two bodies joined into one name (中级人民法院和铁岭市司法局): a place after the conjunction.
# (or one working with another: 某县产业集聚区联合某县安监局)
# (or a body named relative to its level after 联合: 某县公安局联合县应急管理局)
# (or two joined by 和, each named to its end, 街道办事处和执法大队, or words before the second that
# end as a body does, 决策部署和市委; 和 inside a name joins its fields: 人力资源和社会保障局)
_TWO_BODIES = re.compile(
    rf"(?:[和与及、]|联合|会同|协同)[{_HAN}]{{2,6}}?(?:省|自治区|市|区|县|旗|州|盟)(?=[{_HAN}]{{2}})|(?:[与及]|联合|会同|协同)[省市区县](?=[{_HAN}]{{2}})"
    r"|(?:局|处|队|委|所|办|中心|署)和"
)
# Words before a body the author works with or reports to, in the same clause (与某局共同发布,
# 向某省某市某区、某区市场监督管理局通报, 会同某局).
# (whose plan or report it is: 根据某局统一部署, 落实某局党组要求, 向某局报告)
_ANSWERED_TO = "根据|按照|依据|依照|落实|贯彻|向"
_PARTNER = re.compile(rf"(?:与|同|会同|联合|配合|协助|邀请|{_ANSWERED_TO})[^，,。；;：:]*$")
_PARTNER_REACH = 24
# Whom a body answers to: whose plan it follows, whom it reports to (根据某局统一部署, 向某局报告).
_ANSWERS_TO = re.compile(rf"(?:{_ANSWERED_TO})[^，,。；;：:]*$")
# Who a body works with, said right after it (某大队联合某县公安局…): not who it answers to,
# nor a partner a later clause names (…检查，会同某局查处…: no telling which reports).
_WORKS_WITH = re.compile(r"(?<=[局队委办府所站心])(?:与|同|会同|联合|配合|协助|协同)[^，,。；;：:]*$")
# The body a news item credits in brackets at its very end ((某县应急管理局), (某局供稿), (文图源自
# 某县应急管理局), (某局 供)).
_CLOSING_BYLINE = re.compile(
    rf"[（(](?:文图源自|图文源自|源自)?(?P<name>[{_HAN}]{{4,30}}?(?:局|委员会|委|办公室|中心|大队|支队|人民政府|政府))\s*(?:供稿|供图|供)?[）)]\s*$"
)
_CLOSING_REACH = 80
# A news title's verb after the body that opens it (某局深入开展…, 某局召开…).
# (or what it pulled down or put right: 某街道综合执法队拆除200平方米违建)
_TITLE_ACT = re.compile(r"(?:局|厅|委|队|中心)(?:深入|扎实|持续|全面|积极|大力|全力|重拳|严厉|依法)?(?:开展|召开|举办|推进|部署|启动|组织|攻坚|打击|整治|查处|做好|加强|强化|拆除|取缔|清理)")
# A field's bodies of a place (内蒙古市场监管部门, 南充市自然资源部门), or its work in the field
# (甘肃省生态环境执法工作…): its system, so its bureau.
_FIELD = r"(?P<field>市场监管|市场监督管理|生态环境|应急管理|城管执法|城市管理|自然资源|交通运输|卫生健康|农业农村|司法行政|住房和城乡建设|住建|文化和旅游|文旅|人社|人力资源和社会保障)"
_FIELD_DEPARTMENT = _FIELD + r"(?:部门|(?:执法|综合行政执法)?工作)"
_FIELD_DEPARTMENTS = re.compile(_FIELD_DEPARTMENT + "$")
# A working office by the two words of its charge (治超办, 双联办, 禁捕办), not a verb on 办
# (督办, 严查办理, 依法办案, 着力办实事).
# (政府办 is the government's office, read as such elsewhere)
_SHORT_OFFICE = rf"(?:(?![督承举主协申代包查帮领陪筹会合开兴创试共再政])[{_HAN}]){{2}}办(?![理结法事公案件学好实成])"
_SHORT_OFFICE_NAME = re.compile(_SHORT_OFFICE + "$")
# A centre is a body when its name says what it does (劳动保障维权事务中心), not any 中心
# (紧紧围绕中心工作).
# A county bureau's station, named after the town it serves: 某区市场监管局某某市场监管所,
# 某区市场监管局某某所, 某区城管局某某执法中队 (not 各所, 下属所, 派出所).
_STATION_NAME = rf"(?:(?![各等及和与所局的在对派驻属辖下])[{_HAN}]){{2,4}}?"
_BODY_AT_START = re.compile(rf"^(?:{_SHORT_OFFICE}|[{_HAN}]{{2,8}}?综治办|[{_HAN}]{{2,14}}?(?:局(?:[{_HAN}]{{0,4}}?综合)?(?:行政)?执法(?:大队|支队)|局[{_HAN}]{{2,4}}?支队(?:第[一二三四五六七八九十]{{1,3}}大队)?|局直属[一二三四五六七八九十]{{1,2}}(?:大队|中队)|局{_STATION_NAME}(?:中心)?(?:市场监管|市场监督管理|监管|(?:综合)?(?:行政)?执法)?(?:所|中队)|局(?:城管|交警|治安|稽查|监察)(?:大队|支队)|局|厅|委(?:综合)?(?:监督)?执法(?:局|总队|支队|大队)|委员会办公室|委员会|委|办公室|总队|大队|支队|中队|执法队|(?:事务|服务|执法|监督|指挥|控制|保障)中心|(?:管理|执法|监督|服务)站|监督所|系统)|(?:市场监管|市场监督管理|食品药品监管|国土资源|司法|执法)所|卫监所|安委办|安办|(?:道路)?(?:运管|运输管理)处|海关|(?:出入境)?边防检查(?:总)?站|边检(?:总)?站|{_FIELD_DEPARTMENT})")
# 党工委, 党委, 党组: a party committee, named beside the government body (某街党工委、办事处), is not the issuer,
# nor its posts (某市委常委: 委常委 after the division).
# (nor words that tell of a body: 辖区出现了一支队伍)
# (nor a site's host line: 某某协会主办, 承办, 协办)
# (nor a village's or a community's committee, the address of a person: 某乡某村委会村民某某)
# (nor the party's discipline commission and the supervisory one: 某州纪委监委)
# (nor words of what a body does for another: 区政府法制办受区政府委托…)
# (nor a passive's agent, 常德市被省委…考核为优秀单位, nor a building's hall, 某中心大厅)
# (nor words that end on 局 and name no bureau: 西藏自治区社会大局保持稳定, 发展格局, 开局)
# (an act before the body it sets to work is no part of its name, nor the body it sets to work after
# one: 沙依巴克区组织安委会各成员单位…, 某街道办事处组织街道城市综合管理办公室…; nor a city's urban
# districts, 宜昌市城区城管系统, where no district is called 城区: no 城区城管局)
_NOT_A_BODY = re.compile(r"报告|工作(?!办公室$|委员会$)|情况|统计(?!局)|年度|关于|我|本|各|(?<!安)全|贯彻|落实|深入|坚持|认真|按照|根据|党|在|了|出现|辖区|^[省市区县镇乡]委$|^委|[主承协]办$|(?<!农)村民?委|居民?委|纪委|监委|受(?!理)|文明实践|^被|^城区|^(?:组织|召集|牵头|开展|召开|部署|启动)(?!部)|(?:办事处|政府|局|委|队|中心)(?:组织|牵头|召开|开展|会同)(?!部)|大厅$|(?:大|格|布|开|结|变|僵|残|当|骗)局$")
# A national body has no division: 司法部, 市场监管总局, 国家医保局 (中华人民共和国 before a
# ministry's name is said of every one).
# The State Council's ministries (部) are named here: any word ending in 部 is not one (返回顶部,
# 党支部, 全部); its administrations and offices end in 总局 / 署 / 国家…局.
_MINISTRIES = (
    "外交", "国防", "教育", "科学技术", "工业和信息化", "公安", "国家安全", "民政", "司法", "财政",
    "人力资源和社会保障", "自然资源", "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村",
    "商务", "文化和旅游", "退役军人事务", "应急管理", "环境保护", "国土资源", "农业", "文化", "卫生",
)
# (国家总局 alone is a short reference to whichever administration the text is about: no name)
_NATIONAL_BODY = re.compile(rf"^(?!国家总局$)(?:(?:{'|'.join(_MINISTRIES)})部|[{_HAN}]{{2,12}}(?:总局|(?<!部)署)|国家[{_HAN}]{{2,10}}局)$")  # (决策部署 is no 署)
_OF_THE_STATE = re.compile(r"^(?:中华人民共和国|中国)(?=[\u4e00-\u9fff]{2,12}(?:部|总局|署)$)")
# Where the name in a title ends: its year, or the words of the report's subject (or the colon
# after a district or county at a news title's head: 海口秀英区：惠民活动…).
_TITLE_NAME_END = re.compile(rf"{_YEAR}|(?<=[区县旗])[:：]|(?<=[局厅委办队心院府])(?:[:：]|\d{{1,2}}月|第[一二三四]季度|[上下]半年|前三季度)|关于|(?<=[局厅委办队心])政府信息公开|信息公开|(?<!综合)行政执法(?![局大支])|法治政府|依法行政|年度|(?<=[局厅委部署队办])(?:通报|发布|公布)")
# A site's column tag before a title (【法治政府建设】2022年度某区…报告), or a search keyword a
# reposting site put there (扫黑是什么意思_某县市监局全力…), is no part of its name.
# (关于印发《某局2022年度工作总结…》的通知: the body's own document, issued by it)
# (nor is the document number some sites print before a title: [天政发〔2026〕7号]某市人民政府关于…)
_TITLE_LEAD = re.compile(rf"^[\s|?？•·*#]*(?:【[^】]{{1,12}}】\s*)?(?:[\[［][{_HAN}]{{1,8}}[〔\[［(（](?:19|20)\d{{2}}[〕\]］)）]\s*\d{{1,4}}\s*号[\]］]\s*)?(?:[{_HAN}]{{2,12}}_)?(?:第[一二三四五六七八九十]部分[:：\s]*)?(?:关于(?:印发《)?)?(?:{_YEAR}年度?)?")
# A speech's speaker under its title: 某区司法局局长 某某 -> 某区司法局.
_SPEAKER = re.compile(
    rf"^(?P<name>[{_HAN}]{{2,30}}?(?:局|委员会|委|办公室|厅|总队|大队|支队|政府))(?:党组)?副?"
    rf"(?:局长|主任|厅长|总队长|大队长|队长|区长|县长|市长|镇长|乡长|书记)\s*[{_HAN}·]{{2,5}}$"
)
# A news lead quoting a body's head (昨日，某市烟草专卖局副局长某某在…表示): that body.
_QUOTED_HEAD = re.compile(
    rf"(?:^|[，,。\s：:])(?![在向对从经由据按被和与及])(?P<name>[{_HAN}]{{2,30}}?(?:局|委员会|委|办公室|厅|总队|大队|支队))(?:党组(?:成员|书记)?、?)?副?"
    rf"(?:局长|主任|厅长|总队长|大队长|支队长|队长)[{_HAN}·]{{2,4}}?(?:在[^，。]{{0,20}})?(?:表示|介绍|说)"
)
# A city bureau's branch in one of its districts: 公安局 + 某区 + 分局.
# 高新区(新市区)市场监督管理局: a zone run as one with a district, the district named in
# brackets after it; the body is the district's.
_ZONE_AND_DISTRICT = re.compile(rf"^(?:[{_HAN}]{{2,6}}?)?(?:高新区|经开区|开发区|新区)[(（](?P<district>[{_HAN}]{{2,6}}?[区县市旗])[)）]")
# and the other way round: the zone a district also is (金湾区(经济技术开发区)市场监督管理局).
_ZONE_ALSO = re.compile(rf"(?<=[区县市])[（(][{_HAN}]{{0,10}}(?:开发区|新区|园区|工业园|产业园|试验区|高新区)[）)]")
_JOINED = frozenset("、和及与")
# A clinic or hospital is a place checked, never a body that checks (某镇某社区卫生服务站 in a
# list of clinics closed).
_CLINIC = re.compile(r"(?:卫生服务(?:站|中心)|卫生院|医院|诊所|门诊部)$")
# The office that compiles a place's yearbook (地方志办公室, 史志办).
_CHRONICLES = re.compile(r"(?:地方志|史志)")
# A county's media centre or a paper reports on others' work; it is no body that enforces.
_MEDIA = re.compile(r"(?:融媒体|新闻|传媒|广播电视)(?:中心|台|集团)$|报社$|网站$|新闻办(?:公室)?$")
# (or its bureau there, as Shenzhen's city bureaus name theirs: 深圳市市场监督管理局大鹏监管局,
# 深圳市生态环境局光明管理局)
_BRANCH = re.compile(rf"^(?P<bureau>[{_HAN}]{{2,10}}?)局(?P<place>(?:(?!联合|会同|和|与|及)[{_HAN}]){{2,12}}?)(?P<kind>分局|监管局|管理局)$")
_BRANCH_AT_START = re.compile(rf"^(?P<bureau>[{_HAN}]{{2,10}}?)局(?P<place>(?:(?!联合|会同|和|与|及)[{_HAN}]){{2,6}}?)(?P<kind>分局|监管局|管理局)")
_BRANCH_PLACE_ENDS = ("", "区", "县", "市", "新区", "旗")
# (the station's name is the town's, its kind the bureau's: 某某市场监管所, 某某所, 某某执法中队)
_STATION = re.compile(rf"^(?P<bureau>[{_HAN}]{{2,10}}?)局(?P<place>{_STATION_NAME})(?:中心)?(?:(?P=bureau)|市场监管|市场监督管理|监管|执法)?(?P<kind>所|中队)$")
_TOWN_ENDS = ("", "街道", "镇", "乡")
# The statistical template names the body itself: 本级行政机关为黄石市自然资源和规划局.
_OWN_BODY = re.compile(rf"本级行政机关\s*(?:为|是|[:：])\s*(?P<name>[{_HAN}（）()]{{2,40}}?{_ORG_SUFFIX})(?=[，,。；;：:\s]|$)", re.M)
# A page that speaks as its body (我局, 我委, 我厅), and the ends of the names that body may have.
_SPEAKS_AS = re.compile(r"我(?P<kind>[局委厅])")
_SPOKEN_KINDS = {"局": ("局",), "委": ("委", "委员会"), "厅": ("厅",)}
# A body's own site or account, by its full name, where it published (某市民政局网站公开信息357条,
# 某市民政局微信公众号发布信息138条).
_OWN_CHANNEL = re.compile(
    rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{4,30}}?(?:局|委员会|委|厅))(?:门户)?(?:政务)?(?:网站|微信公众号|公众号|官方微博|政务微博)(?:共|累计)?(?:公开|发布|更新)"
)
# A paper by its kind (某某日报, 呼和浩特晚报, 某某都市报).
_PAPER = "日报|晚报|晨报|都市报"
# The day of an issue, between an outlet's name and its 讯 (长沙晚报11月21日讯).
_DAY_OF_ISSUE = r"(?:\d{1,2}月\d{1,2}日)?"
# A news outlet by its name: 四川新闻网, 某某日报, 某某电视台, 某某在线某省频道.
_NEWS_OUTLET = rf"[{_HAN}]{{2,10}}?(?:网|{_PAPER}|电视台|融媒|频道)"
# A news item's source: "记者从海南省市场监督管理局获悉" — the body whose figures it reports.
_TOLD_BY = re.compile(
    # (a reporter, or a dateline's byline: 人民网石家庄1月11日电 (某某)从某厅了解到)
    # (not a government's press office, which holds conferences for the bodies that tell them)
    # (or a lead opening on it: 从某局获悉，…; 10月29日上午，从某支队获悉，…)
    # (or an outlet telling what it learnt: 4月29日，四川新闻网从某局获悉)
    rf"(?:记者|笔者|[电讯]\s*[（(][^（）()\n]{{1,20}}[）)]\s*|(?m:^)[ \t\u3000]*|(?<=[，,]){_NEWS_OUTLET})(?:(?:近日|日前|今天|今日|昨天|昨日|前天|(?:\d{{1,2}}月)?\d{{1,2}}日日?)(?:上午|下午|晚上?)?[，,]?)?[从在](?P<name>(?:(?!新闻办)[{_HAN}]){{2,30}}?(?:局|厅|委员会|委|办公室|办|总队|支队|大队|部|总局|署|中心|海关|总站))"
    # told at the body's own press conference or briefing (从某局今天召开的…发布会上获悉, …通气会上获悉,
    # 记者在某厅召开的…新闻发布会上获悉)
    # (a traditional-script repost's 瞭解到, which the character-by-character fold leaves as it is)
    # (or at its own meeting: 从某海事局召开的2022年半年工作会上获悉)
    # (or from what it put out: 从某局发布的《2020年度…白皮书》(下称《白皮书》)中了解到)
    # (or its other name in brackets right after it: 从某市市政和园林管理局（某市城市管理综合行政执法局）获悉)
    rf"(?:[（(][{_HAN}]{{2,30}}\s*[）)])?"
    rf"(?:[^，,。；;]{{0,60}}?(?:发布会|通气会|工作会|工作会议)上?|(?:发布|公布)的《[^《》\n]{{1,40}}》(?:[（(][^（）()\n]{{0,12}}[）)])?中)?(?:[了瞭]解到|获悉|得知|获得)"
)
# ...or what a body put out, as the lead says (据某县林业和草原局发布，…; 据市城管执法局昨日消息;
# 据某省应急厅获悉, what was learnt from it; 据某厅，…, what it says; after a byline's bracket:
# 【记者某某】据某厅介绍, 本报讯（记者某某）据市城管执法局昨日消息).
_REPORTED_BY = re.compile(
    rf"(?:^|(?<=[，,。\n\s】)）]))据(?P<name>(?:(?!新闻办)[{_HAN}]){{2,30}}?(?:局|厅|委员会|委|办公室|总队|支队|大队|中心))"
    rf"(?:(?:昨日|昨天|近日|日前|今天|今日|(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:发布|消息|通报|介绍|获悉)|\s*[，,])"
)
# A name said as "our" level's (我省市场监管局): the level's relative name.
_OUR_LEVEL = re.compile(r"^我(?=省|市|区|县|自治区)")
# ...or told by a place a reporter names alone (昨天（6月19日），记者从姑苏区获悉): its government.
_TOLD_BY_PLACE = re.compile(rf"记者从(?P<name>[{_HAN}]{{2,8}}?(?:区|县|镇|乡|街道))获悉")
# (the body of that place the lead goes on to name, after a time it opens on)
_BODY_TOLD_OF = re.compile(
    rf"[，,]\s*(?:(?:截至|截止)(?:目前|今年\d{{1,2}}月底?)|今年以来|近日|日前|近期)?[，,]?\s*"
    rf"(?P<name>[{_HAN}]{{2,12}}?(?:区|县|镇|乡|街道)[{_HAN}]{{2,14}}?(?:局|委员会|委|办公室|大队|中心|所))(?=[{_HAN}])"
)
# …or told at a meeting no body is named for, the clause after 获悉 opening on a body named
# relative to its level (获悉，省市场监管局于…组织开展…, 获悉，去年我省市场监管部门在全省开展…).
_TOLD_THEN = re.compile(
    rf"(?:获悉|[了瞭]解到)[，,:：]\s*(?:(?:去年|今年(?:以来)?|\d{{4}}年)[，,]?)?我?(?P<name>[省市区县](?:[{_HAN}]{{2,14}}?(?:局|厅|委员会|委)|{_FIELD_DEPARTMENT})"
    # (or one named in full: 记者获悉，今年以来，某市河务中心牵头组织…)
    rf"|[{_HAN}]{{2,8}}?[省市区县][{_HAN}]{{2,14}}?(?:局|厅|委员会|中心))(?=于|在|今年|近日|日前|组织|开展|联合|持续|深入|共|累计|自|牵头)"
)
# …or gives its own news (据某厅资讯, 省应急管理厅6月17日消息, 来自某局的消息).
_OWN_NEWS = re.compile(
    rf"(?:^|[，,。\s])(?:据|来自)?(?P<name>[{_HAN}]{{2,30}}?(?:局|厅|委员会|委|办公室|总队|支队|大队|部|总局|署))(?:(?:\d{{1,2}}月)?\d{{1,2}}日)?(?<=[^的])(?:的|发布)?(?:消息|资讯|通报)\s*[，,:：]"
)
_OWN_NEWS_WORDS = ("消息", "资讯", "通报")
_MADE_PUBLIC_WORDS = ("公布", "发布", "通报", "发言人", "介绍", "透露", "消息")  # (某厅23日透露, 据某局消息)
# A site or a paper named after a body (某市人民政府门户网站, 某局官网).
_SITE = "门户网站|官方网站|网站|官网"
_BODY_SITE = re.compile(rf"(?<=[局厅委会办府])(?:{_SITE})$")
_SITE_OR_PAPER = re.compile(rf"\s*(?:{_SITE}|网|日报|晚报|报社|电视台|微信公众号)")
# A photo's caption above a news item's lead ends on its photographer's credit (记者 某某 摄),
# or on who gave the photo (（某街道办事处供图）), or opens on 图为.
# (its reporter's byline may follow: （某支队供图） ■ 记者 某某)
_CAPTION = re.compile(r"(?:摄影?|供图[)）]?)(?:\s*[■●▲]?\s*记者[\s\u3000]*[\u4e00-\u9fff]{2,4})?\s*$|^[\W_]*图为")
# A news item's dateline before its lead (长城网讯（记者 某某）, 中新社北京2月22日电 (记者 某某),
# 四川在线消息(记者 某某)).
_DATELINE = re.compile(r"^\s*[^，,。；;\s]{0,24}?(?:讯|电|消息)\s*[（(][^（）()]{0,30}[）)]\s*")  # (华龙网-新重庆客户端8月13日6时30分讯（…）)
_SENTENCE_SPLIT = re.compile(r"(?<=[。！？])|……")
_DATED_OPENING_LINES = 6  # a preamble and a heading or two above a yearbook's first dated line
_DATELINE_LINES = 12  # how far below a site's header, headline and byline a dateline may stand
# A news item on the meeting at which a body told its year (近日，某市卫生健康局组织召开全市卫生
# 监督工作会议，总结2022年…): that body.
_MET = re.compile(rf"(?:近日|日前|近期)[，,]\s*(?P<name>[{_HAN}]{{4,30}}?(?:局|厅|委员会|委|办公室|总队|支队|大队))(?:组织)?召开")
# A news item whose lead has a body make its figures public (8月12日，北京市市场监管局公布…,
# 生态环境部通报2020年…, 国家医保局公布2022年度…): that body (not one that praises or blames
# others: 生态环境部通报表扬…福建省生态环境厅获评…; nor one that reports how it rated them:
# 省消防安全委员会通报了2019年度州(市)政府消防工作考核情况).
_MADE_PUBLIC = re.compile(
    rf"(?:^|[，,。\s：:日电讯…])(?!记者|[在向对从经由据按被和与及])(?P<name>[{_HAN}]{{2,30}}?(?:局|厅|委员会|委|办公室|总队|支队|大队|部|总局|署))"
    rf"(?:今天|今日|近日|日前|(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:向媒体|向社会)?(?:(?:公布|发布)(?!了?\s*《[^》]{{0,40}}?(?:考核|考评|评比|评查)[^》]{{0,20}}》)|通报(?!表扬|表彰|批评|了?[^，,。；;]{{0,24}}?(?:考核|考评|评比|评查))|介绍|透露)"
    # (not a superior that makes known how it rated others: 某厅发布《关于…案件专项评查的通报》)
    # or a body's spokesman or head says them (中国生态环境部新闻发言人某某22日在…, 省生态环境厅党组
    # 成员、副厅长某某介绍)
    # (or one invited to tell them, or said to: 邀请某局相关负责人介绍…, 据省某厅副厅长某某介绍; not
    # a bureau's own inner bureau, 据某局某稽查局局长某某介绍)
    rf"|(?:^|[，,。\s：:)）])(?!据|邀请)(?P<spokesman>[{_HAN}]{{2,30}}?(?:局|厅|委员会|委|办公室|部|总局|署))"
    # (at a press conference: 厅长某某在“…”新闻发布会上向记者介绍)
    rf"(?:新闻发言人|(?:党组成员|党组委员|党委委员)?[、\s]*副?(?:厅长|局长|主任|部长|署长)\s*[{_HAN}]{{2,3}}\s*(?:在[^。；;\n]{{0,40}}?发布会上)?(?:向记者)?介绍)"
    # (or its spokesman, a member of its staff or a brigade's head: 据某局新闻发言人某某介绍, 据某局
    # 工作人员介绍, 据某支队队长某某介绍; or its word or its site: 据某局消息，, 据某局网站消息，)
    rf"|(?:邀请|据)(?P<invited>(?:(?!局)[{_HAN}]){{2,30}}?(?:局|厅|委员会|委|办公室|部|总局|署|总队|支队|大队))"
    rf"(?:(?:{_SITE}|微信公众号)?消息[，,]|(?:(?:有关|相关)负责(?:人|同志)|新闻发言人\s*(?:[{_HAN}]{{2,3}}\s*)?|工作人员"
    rf"|(?:党组成员|党组委员|党委委员)?[、\s]*副?(?:厅长|局长|主任|部长|署长|总队长|支队长|大队长|队长)\s*[{_HAN}]{{2,3}}\s*)介绍)"
)
# A statistical table's rows by the body that filled them in (单位名称 | 立案数量 | …).
_UNIT_HEADER = re.compile(r"^[\s|]*单位名称\s*\|", re.M)
_UNIT_ROW = re.compile(rf"^[\s|]*(?P<name>[{_HAN}（）()]{{2,40}}?)\s*\|\s*[\d.]", re.M)
_TOTAL_ROWS = frozenset({"合计", "总计", "小计", "合 计"})
# A name relative to the division on the page: 区政府, 区司法局, 市综合执法局 (市场监管局
# is no 场监管局 of a city).
_RELATIVE = re.compile(r"^(?!市场)(?P<level>省|市|自治区|区|县|旗|镇|乡|街道?)(?P<body>.*)$")
_RELATIVE_LEVELS = {"province": "省自", "city": "市", "county": "区县旗市", "township": "镇乡街"}  # 自 of 自治区
# How a report speaks of its author (我局, 本队, 我镇; a bureau's own party committee, 局党委),
# and the ends of the bodies each word means.
_SELF_KIND = re.compile(r"(?:[我本]|(?=局党[委组]))(?P<kind>局|厅|队|委|办|中心|站|所|街道?|苏木|镇|乡|区|县|市|旗)")
_DEPARTMENT_KINDS = frozenset({"局", "厅", "队", "委", "办", "中心", "站", "所"})
_KIND_ENDS = {"委": ("委", "委员会"), "办": ("办", "办公室")}
_RELATIVE_GOVERNMENT = re.compile(r"^(?:人民政府|政府)(?![办部])")
# 县委、县政府…: the party committee named with the government it leads.
_PARTY_COMMITTEE_WITH = re.compile(r"^(?P<level>省|市|区|县|旗|镇|乡)委[、和与](?=(?P=level)(?:人民政府|政府))")
# 自治区党委和政府坚持…: the region's party committee and its government, the level said once.
_PARTY_AND_GOVERNMENT = re.compile(r"^(?P<level>自治区|省|市|县|区|旗)党委[、和与及](?=(?:人民)?政府)")
# 全省各级行政机关… / 全省法治政府建设工作…: a division's report on all its governments, or
# on its 法治政府建设, a province's above all.
_EVERY_GOVERNMENT = re.compile(r"^全(?P<level>省|区|市|县|旗)(?:各级(?:行政机关|人民政府|政府)|法治政府建设|上下)")
# A field's bodies of the division a page speaks as, at every level (我区各级市场监管部门). (Not
# 全市卫生健康系统: a city's system named before the body of it at work.)
_DIVISIONS_SYSTEM = re.compile(rf"^我(?P<level>省|区|市|县|旗)(?:各级)?{_FIELD}(?:部门|系统)")
# How many clauses of a first sentence may set the scene before its subject.
_SUBJECT_CLAUSES = 5  # (为…，全力做好…，深入落实…，8月3日，市某支队…: three of purpose and a day)
# (not its office, 人民政府办公厅, nor its agency named after it, 人民政府行政执法协调监督局)
# (not a committee's office the government holds, a body of its own: 某县人民政府食品安全委员会办公室)
_GOVERNMENT_AT_START = re.compile(r"^(?:(?:党工委|党委)[、和与及]?)?(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会)(?!办公|办(?!事处)|行政执法协调监督局|[\u4e00-\u9fff]{2,10}?委员会办公室)")
# 某区人民政府某街道办事处: a subdistrict office's formal name, as its district government's agency.
_AGENCY_OF_GOVERNMENT = re.compile(rf"人民政府(?=[{_HAN}]{{2,8}}?(?:街道办事处|办事处)$)")
# 中共某县委 某县人民政府: a report the party committee and the government give together;
# the government is the body that enforces.
_PARTY_COMMITTEE_BEFORE = re.compile(rf"^\s*中共[{_HAN}]{{2,20}}?委(?:员会)?[、和与](?=[{_HAN}]{{2,20}}?(?:人民政府|政府))")
_PARTY_COMMITTEE_FIRST = re.compile(rf"^中共[{_HAN}]{{2,20}}?委(?:员会)?[\s、和与]*(?=[{_HAN}]{{2,}}(?:人民政府|政府)$)")
# A division's own offices speak for its government: the 党政办公室 of a town, subdistrict or
# zone (the yearbook's contact), its 政务公开办公室 (凤凰镇人民政府党政办公室, 江东街道政务公开办公室,
# 东升街道信息公开领导小组办公室), housed in its data bureau or not (某旗政务服务与数据管理局政务公开办公室).
_DIVISION_OFFICE = re.compile(
    r"(?<=[镇乡街道区城县市旗])(?:人民政府|街道办事处|办事处)?(?:党政(?:综合|和人大)?办(?:公室)?|(?:政务服务[和与](?:大)?数据管理局)?(?:政务|政府信息|信息)公开(?:工作)?(?:领导小组)?办公室)$"
    r"|(?<=[镇乡])(?:(?:人民)?政府[\u4e00-\u9fff]{0,6})?办公室$"  # 湖南镇政府综合督考办公室, 梅口乡办公室: a town's own office
    r"|(?<=[镇乡街道])(?:本)?单位办公室$"  # 由石江乡单位办公室编制: a yearbook template's "the unit's office"
    r"|(?<=街道)(?:办事处)?综合办(?:公室)?$"  # 请与某街道综合办公室联系: a subdistrict's general office
)
# 国家税务总局广州市白云区税务局: a tax bureau under the state administration, named after its place.
_STATE_TAXATION = re.compile(rf"^国家税务总局(?=[{_HAN}]{{2,}}税务局$)")
# 某区农牧水利局综合办公室, a yearbook's contact: a bureau's own office, which speaks for the bureau.
# (and a department's commission's: 某市卫生健康委员会办公室 issues the commission's notices; not the
# office of a coordinating committee, 安全生产委员会办公室, which is a body of its own)
_BUREAU_OFFICE = re.compile(r"(?<=局)(?:综合)?办公室$|(?:(?<=卫生健康委员会)|(?<=卫生和计划生育委员会)|(?<=发展和改革委员会)|(?<=住房和城乡建设委员会)|(?<=交通运输委员会)|(?<=农业农村委员会))办公室$")
# 某市水利局政务公开领导小组办公室: a bureau's own working group, which speaks for the bureau.
_INTERNAL_GROUP = re.compile(rf"(?<=[局厅委])[{_HAN}]{{2,12}}领导小组(?:办公室)?$")
# A place written twice by a slip (请与扎赉特旗扎赉特旗人民政府办公室联系).
_PLACE_SAID_TWICE = re.compile(rf"^(?P<place>[{_HAN}]{{2,8}}?[省市县区旗盟州镇乡])(?P=place)")
# A brigade's numbered squad is the brigade at work (某市交通运输综合执法大队三中队).
_SQUAD = re.compile(r"(?<=大队)[一二三四五六七八九十\d]{1,3}中队$")
# A body's party group or committee reports for the body (某县藏语委办(编译局)党组, 某局党委).
_PARTY_GROUP = re.compile(r"(?<=[局厅委办队心院站所)）])党(?:组|委)$")
# 某市农业农村局(某市乡村振兴局): the second name a body also goes by, after its own.
_ALSO_NAMED = re.compile(rf"(?<=[{_HAN}])[（(][{_HAN}]{{2,24}}[）)]$")
_HAN_ONLY = re.compile(rf"[{_HAN}]+")
_QUOTED_TITLE = re.compile(r"《[^》]{0,80}》")
# How far into a text its author is looked for.
_SELF_READ = 6000
# What a name that could be an issuer ends with, to report it when it does not resolve.
# How a name that did not resolve must end to be kept as the page's unresolved name: a
# body's, or a system's of bodies (某区城管执法系统) whose bureau is no body we know.
_NAME_END = re.compile(rf"(?:{_ORG_SUFFIX}|系统)$")
# 某区城管执法系统: a bureau and the teams under it, which report as the bureau.
_SYSTEM = re.compile(r"(?<=[\u4e00-\u9fff]{2})系统$")
_CLAUSE_BREAK = re.compile(r"[，,；;]")
# The opening of a first sentence that may stand before the name: 2022年， / 2023年以来，
# (a yearbook's entry may open on its heading in brackets: 【概况】 2019年，…)
_LEAD_PREFIX = re.compile(rf"^\s*(?:【[^】\n]{{1,8}}】\s*|{_HEADING_ON_THE_LINE})?(?:(?:{_YEAR}年度?|今年|本年度?)(?:以来|来|上半年|前三季度)?[，,\s]*)?")
# A first sentence opens on the year it reports on, or on 今年以来 / 本年度; a relative author
# may also follow the leadership it worked under (在省委、省政府的坚强领导下，省生态环境厅…).
_LEAD_OPENER = re.compile(rf"^\s*(?:【[^】\n]{{1,8}}】\s*|{_HEADING_ON_THE_LINE})?(?:{_YEAR}年度?(?!\d*月)|今年(?:以来|来|上半年|前三季度)?(?![\d一二三四五六七八九十]{{1,2}}月)|本年度?以来|本年度(?!报告|政府信息|工作报告))")  # (本年度报告根据…: the report, no year)
_LED_OPENER = re.compile(r"^\s*在[^，,。；;]{2,40}?(?:领导|指导)下")
# A lead that opens on its purpose (为进一步加强…，切实…，省卫生健康委印发…).
# (or on what it answers: 针对近期…波动等情况，市…部门迅速行动; or on whose plan it follows: 根据…部署，省某局联合…)
_PURPOSE_OPENER = re.compile(r"^\s*(?:为(?:了)?|针对|按照|根据|依据)[^，,。；;]{2,60}?[，,]")
# A news lead's day (8月15日，市交通运输综合执法大队…; 近日，区应急管理局…).
# (or a season's days: 春运期间，; or the time since a campaign began: 自开展扫黑除恶专项斗争以来，)
_DAY_OPENER = re.compile(
    # (with its hour: 8月4日21时许，1月26日14:30至17:00，)
    # (or a span of days: 6月15日至8月13日，2022年8月至11月，)
    r"^\s*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:至|到|[-—~－])(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)(?:期间)?"
    # (or several days: 23日、25日，)
    # (or its part of a month: 5月上旬，6月底，; or a day in Chinese numerals: 十月十五日，)
    r"|(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底|末)?|\d{1,2}日(?:[、和]\d{1,2}日)*|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|前天|昨天|昨日|今天|当天|当日)(?:上午|下午|晚上?|凌晨|中午)?"
    r"(?:\d{1,2}[时点](?:\d{1,2}分)?许?|\d{1,2}[:：]\d{2}(?:[至\-—~－]\d{1,2}[:：]\d{2})?)?|近日|日前|近期|连日来|(?:春运|春节|节日|假日|汛)期间"
    # (or a season a field's work keeps: 伏休期间，禁渔期间，)
    r"|(?:伏休|伏季休渔|休渔|禁渔|禁捕|防汛|汛期|疫情|重污染天气)期间"
    # (or the day the work began: 自5月1日起，自今年5月份以来，)
    r"|[自从](?:\d{4}年|今年)?\d{1,2}月份?(?:\d{1,2}日)?(?:起|开始|以来)"
    # (a holiday: “五一”假期，国庆期间，)
    r"|“?(?:五一|十一|国庆|中秋|端午|元旦|清明|春节)”?(?:(?:小长假|长假|假期)(?:期间)?|期间)"
    # (or its coming: 临近国庆中秋假期，随着国庆、中秋佳节临近，)
    r"|(?:随着)?[^，,。；;\d]{1,12}?(?:节|假期|春运|汛期|开学)(?:的)?(?:临近|来临|将至|到来)|临近[^，,。；;\d]{1,12}?(?:节|假期|春运|汛期|开学)"
    # (or the month it began: 12月以来，今年3月以来，)
    r"|自?[^，,。；;\d]{2,32}?以来|(?:今年)?\d{1,2}月(?:份|上旬|中旬|下旬)?以来)\s*[，,]{1,2}"
    # (or a day run straight into the place at work: 5月23日晚滨州市高新区…)
    r"|^\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨|中午)?(?=[\u4e00-\u9fff]{2,4}[省市县区旗])"
)
# 现将市水务局2025年度行政执法工作情况报告如下: the author, named in the sentence that hands the
# report over; a division hands over its government's (现将庆隆镇2020年度法治政府建设情况报告如下).
_REPORTS_BY = re.compile(
    rf"现将(?P<name>[{_HAN}]{{1,30}}?(?:局|委员会|委|办公室|总队|大队|支队|人民政府|政府|办事处)"
    rf"|(?![我本全该各])[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))(?:{_YEAR}年|本年|今年|全年|年度)"
)
# An opening that publishes the report by its title: 现发布《某镇2021年…年度报告》, 现将《某局2023年度
# 行政执法工作报告》予以公布, 现编制形成了《…》.
_ANNOUNCED = re.compile(
    rf"(?:现|特|兹)(?:向社会)?(?:将|予|发布|公布|公开|编制|形成了?)*《(?P<title>[^《》]{{4,80}}?(?:{_REPORT_KIND.pattern}))》"
    # (or with no brackets, its year in it: …要求，编制了某区市场监督管理局2022年政府信息公开工作年度报告。)
    rf"|[，,]编制了(?P<bare>[{_HAN}]{{4,30}}?{_YEAR}年度?[{_HAN}]{{2,24}}?(?:{_REPORT_KIND.pattern}))[。，,]"
)
# A yearbook whose first sentence opens on its own title, run into the sentence
# (某区人民政府办公室2021年政府信息公开工作年度报告（以下简称年报）是根据…编制).
_TITLED_OPENING = re.compile(
    rf"\A\s*(?P<name>[{_HAN}]{{2,40}}?)(?:19|20)\d{{2}}年度?(?:政府)?信息公开(?:工作)?年度报告(?:[（(]以下简称[^（）()]{{1,10}}[）)])?(?:是|系)?(?:根据|依据|按照)"
)
# A disclosure yearbook says who compiled it (本报告由某县农业农村局编制, 由某办（以下简称…）),
# publishes itself by name (现公布2024年度某局信息公开工作年度报告), sums up its year or says whom to ask
# (请与某旗自然资源局办公室联系, 可直接与某局联系).
_YEARBOOK_AUTHOR_END = "局|委员会|委|办公室|中心|人民政府|政府|办事处"
# The desk of the body a reader is to ask (请与某局办公室联系, 请与某局综合一科联系); a 处 or
# 室 may be an office of its own (某市人民政府外事办公室).
_CONTACT_DESK = rf"(?:办公室|[{_HAN}]{{1,4}}[科股])?"
# Whom a yearbook's reader is to ask about it (如对本报告有疑问，请联系：某镇党政办公室，电话…).
_ASK_ABOUT_REPORT = re.compile(
    rf"报告[^。\n]{{0,12}}?(?:疑问|疑义|意见)[^。\n]{{0,8}}?请(?:直接)?联系[:：]?\s*(?P<name>[{_HAN}]{{2,40}}?)(?=[，,。；;（(：:\s]|地址|联系|电话)"
)
# The office or desk of a body that answers for it (某县人民政府办公室, 某局政府信息公开办公室, 某局业务股).
_DESK = re.compile(rf"(?<=[局委府处镇乡])(?:[{_HAN}]{{0,10}}?办公室|[{_HAN}]{{1,6}}?[股科])$")
_YEARBOOK_BY = re.compile(
    rf"(?:由|与)(?P<name>[{_HAN}]{{2,40}}?(?:{_YEARBOOK_AUTHOR_END}))"
    rf"(?:[（(](?!以下简称)[{_HAN}]{{2,20}}[）)])?"  # (its other name in brackets: 某市发展和改革委员会（某市国防动员办公室）编制)
    rf"(?=[（(]以下简称|编制|制作|编写|负责编制|综合[^。；;]{{0,60}}?编制|{_CONTACT_DESK}联系)"
    # a division publishes its own yearbook too (现公布某市2022年政府信息公开工作年度报告, 现公开…,
    # 现将汇总编制某县年度报告向社会公布)
    # (a zone's with the place it shares its government with: 现公布某开发区（某街道）2025年…)
    rf"|(?:公布|发布|现公开|汇总编制|(?<!汇总)编制)(?:(?:19|20)\d{{2}}年度?)?(?:[{_HAN}]{{2,20}}?区[（(](?=[{_HAN}]{{2,12}}[）)]))?"
    rf"(?P<publisher>(?!度)[{_HAN}]{{2,40}}?(?:{_YEARBOOK_AUTHOR_END}|市|县|区|旗|镇|乡|街道))"
    rf"(?=(?:[（(]以下简称[^（）()]{{1,12}}[）)]|(?<=[镇乡道])[）)])?(?:(?:19|20)\d{{2}}年度?)?(?:(?:政府)?信息公开|年度报告))"
    # or says whose work it sums up (结合某镇政府信息公开工作有关统计数据撰写)
    rf"|结合(?:(?:19|20)\d{{2}}年度?)?(?P<summed>[{_HAN}]{{2,40}}?(?:{_YEARBOOK_AUTHOR_END}|管委会|市|县|区|旗|镇|乡|街道))"
    rf"(?=(?:政府)?信息公开(?:年度)?工作[^，,。]{{0,16}}(?:撰写|编制|编写))"
    # or whose work its parts cover (全文包括某旗人民政府办公室政府信息公开总体情况)
    rf"|全文包括(?P<covered>[{_HAN}]{{2,40}}?(?:{_YEARBOOK_AUTHOR_END}|管委会|市|县|区|旗|镇|乡|街道))"
    rf"(?=(?:(?:19|20)\d{{2}}年度?)?(?:政府)?信息公开(?:工作)?总体情况)"
    # or whose year it reviews (全面总结某区人民政府某街道办事处2025年政府信息公开工作情况)
    rf"|总结(?P<reviewed>[{_HAN}]{{2,40}}?(?:{_YEARBOOK_AUTHOR_END}|管委会|市|县|区|旗|镇|乡|街道))"
    rf"(?=(?:19|20)\d{{2}}年度?(?:政府)?信息公开(?:年度)?工作)"
)
# A government's office that puts the division's yearbook together from those of its
# departments and towns (由某区人民政府办公室综合区政府各部门和全区各乡镇人民政府信息公开年报编制).
_COMBINED_BY_OFFICE = re.compile(rf"由(?P<government>[{_HAN}]{{2,30}}?(?:人民)?政府)办公室综合[^。；;]{{0,40}}?各[^。；;]{{0,80}}?编制")
# The documents a body issues itself (印发《某市应急管理局…清单》): their titles open on its name.
_ISSUED = re.compile(r"(?:印发|制定|建立|出台|修订|公示|公布|审议(?:并)?通过)(?:了)?(?P<titles>《[^》]{4,80}》(?:[、和及与]?《[^》]{4,80}》)*)")


# Short names departments also go by, to their full names, so one body has one key
# whichever a report uses (市场监管局 and 市场监督管理局 are one body).
_FULL_BODY_NAMES = {
    "市场监管局": "市场监督管理局",
    "市场监管厅": "市场监督管理厅",
    "消防总队": "消防救援总队",  # (the fire services' names before 2018, still in use)
    "消防支队": "消防救援支队",
    "消防大队": "消防救援大队",
    "运管处": "道路运输管理处",
    "运输管理处": "道路运输管理处",
    "应急厅": "应急管理厅",
    "文广旅局": "文化广电和旅游局",
    "市监局": "市场监督管理局",
    "市场监管委": "市场监督管理委员会",
    "市场监管委员会": "市场监督管理委员会",
    "市场监管总局": "国家市场监督管理总局",
    "国家市场监管总局": "国家市场监督管理总局",
    "国家医保局": "国家医疗保障局",
    "卫生健康委": "卫生健康委员会",
    "卫健委": "卫生健康委员会",
    "住建局": "住房和城乡建设局",
    "住房城乡建设局": "住房和城乡建设局",
    "人社局": "人力资源和社会保障局",
    "人力社保局": "人力资源和社会保障局",
    "人社厅": "人力资源和社会保障厅",
    "人力社保厅": "人力资源和社会保障厅",
    "人力资源社会保障局": "人力资源和社会保障局",
    "人力资源社会保障厅": "人力资源和社会保障厅",
    "卫计委": "卫生和计划生育委员会",
    "卫生计生委": "卫生和计划生育委员会",
    "住建厅": "住房和城乡建设厅",
    "综合执法局": "综合行政执法局",
    "政府办公室": "人民政府办公室",
    "政府办": "人民政府办公室",
    "文旅体局": "文化旅游体育局",
    "文体旅局": "文化体育和旅游局",
    "林草局": "林业和草原局",
    "民宗局": "民族宗教事务局",
    "发改局": "发展和改革局",
    "卫健局": "卫生健康局",
    "安办": "安全生产委员会办公室",
    "安委办": "安全生产委员会办公室",
    "安委会办公室": "安全生产委员会办公室",
    "文旅局": "文化和旅游局",
    "文旅厅": "文化和旅游厅",
    "文化旅游局": "文化和旅游局",
    "规划资源局": "规划和自然资源局",
    "生态环境分局": "生态环境局",
    "交通局": "交通运输局",
    "应急局": "应急管理局",
    "应急办": "应急管理办公室",
    "城综局": "城市管理和综合执法局",
    "边检总站": "出入境边防检查总站",
    "边检站": "出入境边防检查站",
    "农业农村委": "农业农村委员会",
    "城管委": "城市管理委员会",
    "教委": "教育委员会",
    "城管执法局": "城市管理行政执法局",
    "城管局": "城市管理局",
    "城管执法委": "城市管理执法委员会",
    "城管执法委员会": "城市管理执法委员会",
    "司法行政局": "司法局",
    "国资委": "国有资产监督管理委员会",
    "经济信息委": "经济和信息化委员会",
    "经信委": "经济和信息化委员会",
    "经信局": "经济和信息化局",
    "工信厅": "工业和信息化厅",
    "工信局": "工业和信息化局",
    "煤矿安监局": "煤矿安全监察局",
    "交通执法大队": "交通运输综合行政执法大队",
    "交通执法支队": "交通运输综合行政执法支队",
    "卫监所": "卫生监督所",
    "人防办": "人民防空办公室",
    "国动办": "国防动员办公室",
    "医保局": "医疗保障局",
    "药监局": "药品监督管理局",
    "质监局": "质量技术监督局",
    "食药监局": "食品药品监督管理局",
    "市场监管所": "市场监督管理所",
    "劳动监察大队": "劳动保障监察大队",
    "环保厅": "环境保护厅",
    "环保局": "环境保护局",
    "民委": "民族事务委员会",
    "民宗委": "民族宗教事务委员会",
}


# A field's bureau in a province is a 厅 (a system of bodies there reports as its 厅).
_PROVINCIAL_HALLS = {
    f"{field}局": f"{field}厅"
    for field in ("司法", "公安", "民政", "财政", "教育", "商务", "水利", "应急管理", "交通运输", "生态环境", "自然资源", "农业农村", "文化和旅游", "住房和城乡建设", "人力资源和社会保障")
}


def body_spellings(body: str) -> set[str]:
    """The names a body goes by: its full name and the short ones that stand for it
    (市场监督管理局: 市场监管局)."""
    full = full_body_name(body)
    return {body, full} | {short for short, name in _FULL_BODY_NAMES.items() if name == full}


# The government a department belongs to, written before its name (市政府国有资产监督管理委员会).
# (外事办公室, not 办公室; a centre only after 人民政府 in full: 某市人民政府政务服务中心 is the city's
# 政务服务中心, and 政府采购中心 no 采购中心)
_OF_GOVERNMENT = re.compile(
    rf"^(?:(?:(?:人民)?政府|行政公署|行署)(?=[{_HAN}]{{2,}}(?:局|委员会|委|厅|办公室)$)|(?:人民政府|行政公署)(?=[{_HAN}]{{2,}}中心$))"
    rf"(?!办|[{_HAN}]{{0,4}}(?:信息|网站|门户))"
)


def full_body_name(body: str) -> str:
    """A department's full name: 市场监管局 -> 市场监督管理局; a committee that calls
    itself …委 (城市管理委, 交通运输委) is the …委员会 it is named as in full; a department
    named with its government before it (政府国有资产监督管理委员会, 行署外事办公室) is the department, the
    government's own office (人民政府办公室) is not."""
    body = _FULL_BODY_NAMES.get(body, body)
    if body.startswith("政府") and body[2:] in _FULL_BODY_NAMES:
        body = _FULL_BODY_NAMES[body[2:]]  # 省政府安办: the province's 安全生产委员会办公室
    of_government = _OF_GOVERNMENT.match(body)
    if of_government:
        body = _FULL_BODY_NAMES.get(body[of_government.end() :], body[of_government.end() :])
    if body.endswith("常委") and "党" not in body:
        return body + "会"  # 人大常委: its standing committee, 常委会
    if body.endswith("委") and len(body) >= 4 and "党" not in body:
        return body + "员会"
    return body


def _as_system(body: str) -> str:
    """A field's 部门 of a place, or its work in the field, is its system of bodies (市场监管部门,
    生态环境执法工作: 市场监管系统, 生态环境系统)."""
    field = _FIELD_DEPARTMENTS.match(body)
    return field.group("field") + "系统" if field else body


# An office of a division's party committee and its government both (某县委县政府督查局), past the
# division's name: the office.
_OF_COMMITTEE_AND_GOVERNMENT = re.compile(r"^委[、和]?[省市区县旗]?(?:人民)?政府(?=[\u4e00-\u9fff]{2})")


def _body_type(body: str, division: Division | None) -> str | None:
    """What kind of body the rest of a name is, within its division; None for no body."""
    if body.startswith("由") and len(body) > 3:
        body = body[1:]  # 平度市由农业局牵头: the body that leads, after its division
    if body.startswith("委"):
        body = _OF_COMMITTEE_AND_GOVERNMENT.sub("", body, count=1)  # 南乐县委县政府督查局: the 督查局 of both
    if division is not None and len(body) > 3 and body[0] == division.name[-1] and body[0] in "区县旗镇乡":
        body = body[1:]  # 永年区区生态环境分局: the division's level written again, as a relative name has it
    body = full_body_name(_SYSTEM.sub("局", _as_system(_SQUAD.sub("", body))))
    inner = _HALLS_INNER_BUREAU.match(body)
    if inner:
        body = inner.group("hall")  # 生态环境厅执法局: a bureau inside the hall reports as the hall
    if body in _GOVERNMENT:
        if division is None:
            return None
        if division.admin_level == "development_zone":
            return "管委会"
        if division.name.endswith(("街道", "街")):
            return "街道办事处"
        # a prefecture (地区) or a league (盟) is governed by the province's 行政公署
        return "行政公署" if division.name.endswith(("地区", "盟")) else "人民政府"
    if body in _SUBDISTRICT_OFFICE:
        return "街道办事处"
    if body in _ZONE_COMMITTEE:
        return "管委会"
    if division is not None and division.level == "township" and _SHORT_OFFICE_NAME.match(body):
        return None  # a town's working office (某街道交安办) is part of the town's own office
    if (
        _BODY.match(body) and not _NOT_A_BODY.search(body) and not _PLACE_IN_BODY.match(body)
        and not _DIVISION_IN_BODY.match(body) and not _MEDIA.search(body) and not _TWO_BODIES.search(body)
        and not _CLINIC.search(body)
    ):
        return body
    return None


def make_issuer(name: str, source: str, text: str = "", gazetteer: Gazetteer | None = None) -> Issuer:
    """The issuer a name stands for, if it resolves: known divisions, each inside the one
    before, and a body within the last (or a national body); else an empty issuer that
    keeps the name it could not resolve."""
    places = gazetteer or standard()
    name = name.strip(" \t|:：")
    if name.endswith(("党组", "党委")):
        name = _PARTY_GROUP.sub("", name)
    name = _PLACE_SAID_TWICE.sub(r"\g<place>", name, count=1)
    name = _AGENCY_OF_GOVERNMENT.sub("", _ALSO_NAMED.sub("", _PARTY_COMMITTEE_FIRST.sub("", name)), count=1)
    name = _STATE_TAXATION.sub("", name, count=1)
    if "(" in name or "（" in name:
        # a zone run as one with a district, either named in brackets after the other: the district's
        name = _ZONE_ALSO.sub("", _ZONE_AND_DISTRICT.sub(r"\g<district>", name, count=1), count=1)
    if "办" in name or "领导小组" in name:  # (most names have no office or working group to drop)
        name = _BUREAU_OFFICE.sub("", _DIVISION_OFFICE.sub("", _INTERNAL_GROUP.sub("", name)))
    chain = _read_name(name, places, text)
    if not chain.resolved and not chain.divisions and (full := _province_body_in_full(name, places) or _vertical_body_in_full(name, places)):
        chain = _read_name(full, places, text)  # 福建海事局, 山东市场监管局: a province's body, the province said short
    if chain.resolved and _PLACE_WORD_AHEAD.search(chain.rest, 0, _INNER_PLACE_REACH + 4):
        chain = _inner_place(chain, places, text) or chain
    if chain.resolved:
        branch = _BRANCH.match(chain.rest)
        if branch:
            return _branch(branch, chain.division, places, source) or Issuer(unresolved=name)
        body_type = _body_type(_named_hall(chain.rest, chain.division, text) or chain.rest, chain.division)
        if body_type is not None:
            return _body_issuer(places, chain.divisions, body_type, source)
    elif not chain.divisions and _NATIONAL_BODY.match(name := _OF_THE_STATE.sub("", name)) and not _NOT_A_BODY.search(name):
        name = _FULL_BODY_NAMES.get(name, name)
        return Issuer(name, slug(name), None, admin_level(name), source, body_type=name)
    return Issuer(unresolved=name)


def _branch(branch: re.Match, city: Division, places: Gazetteer, source: str) -> Issuer | None:
    """某市公安局某区分局 is the city bureau's branch in that district: the 公安分局 of
    the district, as 某市某区公安分局 also says (one body, one key). The district may go
    by its name without its level (某市公安局朝阳分局); a place no division of the city
    has makes no issuer."""
    for suffix in _BRANCH_PLACE_ENDS:
        word = branch.group("place") + suffix
        found = places.names_at(word, 0, city)
        if found and found[0] == word and len(found[1]) == 1:
            district = places.divisions[found[1][0]]
            return _issuer(places, tuple(places.ancestors(district)), _branch_body(branch), source)
    # a zone of the city by its own name (长春市生态环境局长春新区分局), read as `_zone` reads one;
    # its kind alone (某市城市管理局开发区分局) could be any of the city's zones, but a city has
    # one 高新区 and one 经开区 at most (榆林市市场监管局高新分局: 榆林高新区's)
    kind_alone = branch.group("place").removesuffix("区") + "区"
    if kind_alone in _ZONE_KINDS:
        zoned = _zone_read(_full_name(tuple(places.ancestors(city))) + kind_alone, places, "")
        return _issuer(places, zoned.divisions, _branch_body(branch), source) if zoned is not None and not zoned.rest else None
    if ZONE_WORD.fullmatch(branch.group("place")):
        return None
    # (or by its name without its kind where the city names its bureau there: 大鹏监管局 of 大鹏新区)
    place = branch.group("place")
    for said in (place, place + "新区") if branch.group("kind") != "分局" and len(place) == 2 else (place,):
        zoned = _zone_read(_full_name(tuple(places.ancestors(city))) + said, places, "")
        if zoned is not None and zoned.division.ident != city.ident and not zoned.rest:
            return _issuer(places, zoned.divisions, _branch_body(branch), source)
    return None


def _body_issuer(places: Gazetteer, divisions: tuple[Division, ...], body_type: str, source: str) -> Issuer:
    """A body within the last division; a county bureau's station named after one of the
    county's towns (某区市场监管局北街市场监管所) is that town's station (北街街道市场监督管理所),
    one body for each town, and not the bureau; one named after no town of its county
    stands for its bureau."""
    station = _STATION.match(body_type)
    if station is None:
        return _issuer(places, divisions, body_type, source)
    town = _town_named(station.group("place"), divisions[-1], places) if divisions[-1].level == "county" else None
    if town is None:  # (枣阳市质监局质计所: a station no town names, of which only its bureau is known)
        return _issuer(places, divisions, full_body_name(station.group("bureau") + "局"), source)
    bureau = station.group("bureau")
    kind = "所" if station.group("kind") == "所" else "中队" if bureau.endswith("执法") else "执法中队"
    return _issuer(places, tuple(places.ancestors(town)), full_body_name(bureau + kind), source)


def _town_named(word: str, county: Division, places: Gazetteer) -> Division | None:
    """The one town of the county a station's name is (北街 for 北街街道, 陶辛 for 陶辛镇);
    None when no town of the county bears it."""
    for suffix in _TOWN_ENDS:
        found = places.names_at(word + suffix, 0, county)
        if found and found[0] in (word + suffix, word) and len(found[1]) == 1:
            town = places.divisions[found[1][0]]
            return town if town.level == "township" else None
    return None


def _branch_body(branch: re.Match) -> str:
    """A branch's body: the bureau's 分局 (公安分局), or the bureau itself where the city names
    its bureau in a district so (大鹏监管局: the 市场监督管理局 of 大鹏新区); by the bureau's full
    name either way (市场监管局高新分局: a 市场监督管理分局)."""
    bureau = full_body_name(branch.group("bureau") + "局")
    return bureau.removesuffix("局") + "分局" if branch.group("kind") == "分局" else bureau


def _branch_at(chain: Chain, places: Gazetteer, source: str) -> Issuer | None:
    """A city bureau's branch in a district at the head of the rest of a name that read as
    the city (某市某局某区分局…), if the district is one of the city's."""
    branch = _BRANCH_AT_START.match(chain.rest)
    return _branch(branch, chain.division, places, source) if branch else None


@functools.lru_cache(maxsize=4096)  # an issuer reports year after year: one name, one Issuer
def _government(places: Gazetteer, divisions: tuple[Division, ...], source: str) -> Issuer:
    """The government of the last of `divisions`, of the kind its level has (人民政府, 管委会,
    街道办事处, 行政公署)."""
    return _issuer(places, divisions, _body_type("", divisions[-1]), source)


def _issuer(places: Gazetteer, divisions: tuple[Division, ...], body_type: str, source: str) -> Issuer:
    government = body_type in _GOVERNMENT_BODIES
    division = divisions[-1]
    full = _full_name(divisions)
    key = places.key(divisions)
    by_level = {d.level: d.name for d in divisions}
    return Issuer(
        issuer=full if government else full + body_type,
        issuer_key=key if government else f"{key}/{slug(body_type)}",
        parent_region=(_full_name(divisions[:-1]) if government else full) or None,
        admin_level=(division.admin_level or admin_level(division.name)) if government else admin_level(body_type),
        source=source,
        division_code=next((d.code for d in reversed(divisions) if d.code), None),
        division=full,
        province=by_level.get("province"),
        city=by_level.get("city"),
        county=by_level.get("county"),
        township=by_level.get("township"),
        body_type=body_type,
    )


def _full_name(divisions: tuple[Division, ...]) -> str:
    """天津市 + 静海区 -> 天津市静海区; an outer name the inner one repeats is said once
    (天津市 + 天津经济技术开发区 -> 天津经济技术开发区)."""
    kept = [d.name for d, inner in zip(divisions, (*divisions[1:], None)) if not (inner and _repeats(d, inner))]
    return "".join(kept)


def _repeats(outer: Division, inner: Division) -> bool:
    """A development zone named after the place it lies in repeats it: 天津经济技术开发区
    repeats 天津市; a division does not (长寿湖镇 is a town of 长寿区, 长沙县 is no part of
    the name 长沙市)."""
    return inner.admin_level == "development_zone" and inner.name.startswith(_core(outer.name)) and _core(inner.name) != _core(outer.name)


def _core(name: str) -> str:
    for suffix in ("自治区", "省", "市", "区", "县"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _relative(name: str, anchor: Issuer, places: Gazetteer, source: str) -> Issuer | None:
    """区政府 / 区司法局 on a page whose division is known: that body within it."""
    m = _RELATIVE.match(name)
    if not m or not anchor.division:
        return None
    chain = _zone(places.read(anchor.division))
    for division in reversed(chain.divisions):
        if m.group("level")[0] in _RELATIVE_LEVELS.get(division.level, ""):
            body_type = _body_type(m.group("body"), division)
            if body_type and division.level == "province" and _FIELD_DEPARTMENTS.match(m.group("body")):
                body_type = _PROVINCIAL_HALLS.get(body_type, body_type)  # (省生态环境部门: its 厅)
            return _issuer(places, tuple(places.ancestors(division)), body_type, source) if body_type else None
    return None


def title_name(title: str) -> str:
    """The name a title opens with: 津南区应急管理局2024年度行政执法工作报告 -> 津南区应急管理局;
    2025年度新村街行政执法工作情况报告 -> 新村街 (past marks an encoding left before it: ? 某街道…)."""
    rest = title[_TITLE_LEAD.match(title).end() :]
    end = _TITLE_NAME_END.search(rest)
    name = rest[: end.start()] if end else rest
    # (2021年政府信息公开工作年度报告: the kind of report, which names no one)
    return "" if name in ("政府", "人民政府") else name


def _market_of(chain: Chain) -> Chain:
    """大同市场监督管理局 read as 大同市 + 场监督管理局: the city without its 市, and the 市场 of
    its market regulator."""
    return Chain(chain.divisions, "市" + chain.rest, chain.candidates)


def _read_name(name: str, places: Gazetteer, text: str) -> Chain:
    """A name read against the gazetteer; a city may go without its 市 right before one
    of its departments whose name says what it regulates (烟台人力资源和社会保障局,
    湖州卫生健康委, 大同市场监管局; not 烟台山管理局); a development zone the table lacks
    is read within the city or county it is named after (see `_zone`)."""
    chain = _zone(places.read(name, text))
    if chain.resolved and chain.rest[:1] == chain.division.name[-1:] in _LEVEL_CHARS and _body_type(chain.rest, chain.division) is None:
        # 彭浦镇镇人民政府: the division's last character written twice
        chain = Chain(chain.divisions, chain.rest[1:], chain.candidates)
    if chain.resolved and chain.rest.startswith("场") and chain.division.name.endswith("市"):
        return _market_of(chain)
    if chain.resolved or chain.divisions:
        return chain
    zone_at = ZONE_WORD.search(name, 0, _ZONE_NAME_LONGEST)
    if zone_at and 2 <= zone_at.start() <= 3:
        # 太仓高新区: a zone after a county or county-level city's name without 市 / 县
        read = {level: _zone_read(name[: zone_at.start()] + level + name[zone_at.start() :], places, text) for level in ("市", "县", "区", "镇", "乡")}
        zones = [zoned for level, zoned in read.items() if zoned is not None and level not in "镇乡"]
        # 大渡口经开区: a town's zone where the page names the town's county (东至县大渡口镇) and
        # not the district of that name elsewhere (重庆市大渡口区)
        towns = {zoned.division.ident: zoned for level, zoned in read.items() if zoned is not None and level in "镇乡" and zoned.divisions[-2].name in text}
        if towns and not any(zoned.divisions[-2].name in text for zoned in zones):
            zones = list(towns.values())
        if len(zones) > 1:  # 五华科技产业园: 五华区 or 五华县, the one whose city the page names
            zones = [zoned for zoned in zones if any(outer.name in text for outer in zoned.divisions[1:-2])]
        if len(zones) == 1:
            return zones[0]
    for province in places.provinces_spelled_short(name[:4]) if zone_at else ():
        short = core_name(province.name) if province.name.endswith("省") else None
        if not short or not name.startswith(short):
            continue
        county = places.county_spelled_short(name[len(short) :])
        if county is not None and county.ident.startswith(province.ident[:2]):
            # 四川蓬安工业园区: a county's zone, the county by its short name after its province's
            zoned = _zone_read(province.name + county.name + name[len(short) + len(county.name) - 1 :], places, text)
            if zoned is not None:
                return zoned
        zoned = _zone_read(province.name + name[len(short) :], places, text)
        if zoned is not None:
            return zoned  # 贵州贵安新区: a province's zone after the province's short name
    inner = _inside_outer_spelled_short(name, places, text)
    if inner is not None:
        return inner  # 北京朝阳区, 长春朝阳区: the division inside a province or city named short
    towns = _town_after_short_county(name, places)
    if len(towns) == 1:
        # 永嘉三江街道办事处: a town or subdistrict after its county's name without 县 / 市
        county, short = towns[0]
        return _zone(places.read(county.name + name[short:], text))
    city = places.city_spelled_short(name)
    if city is None:
        return chain
    zoned = _zone(places.read(city + name[len(city) - 1 :], text))
    if _read_as_zone(zoned):
        return zoned  # 宿迁经济技术开发区: a zone named after its city without 市
    body = _BODY_AT_START.match(name[len(city) - 1 :])
    body_type = _body_type(body.group(0), None) if body else None
    # (by the field its full name says: 交通执法支队 is the 交通运输综合行政执法支队)
    if body_type is None or (first_domain_named(load(), body_type) is None and body.group(0) not in _PLACE_NAMED_BODIES):
        return chain
    return zoned


def _inside_outer_spelled_short(name: str, places: Gazetteer, text: str) -> Chain | None:
    """A division right after the province, municipality or prefecture-level city it lies
    in, that one named without its 省 / 市 (北京朝阳区, 长春朝阳区, 山东曲阜市): read with the
    outer name written out, which tells apart the places a bare name leaves open (朝阳区 is
    Beijing's and Changchun's). None unless a division inside the outer one follows."""
    outers = [(short, province.name) for short, province in places.provinces_opening(name)]
    city = places.city_spelled_short(name)
    if city is not None:
        outers.append((city[:-1], city))
    for short, outer in outers:
        chain = _zone(places.read(outer + name[len(short) :], text))
        if chain.resolved and chain.division.name != outer and any(d.name == outer for d in chain.divisions):
            return chain
    return None


def _town_after_short_county(name: str, places: Gazetteer) -> list[tuple[Division, int]]:
    """The counties whose names without 县 / 市 open `name` with one of their towns or
    subdistricts right after (永嘉 of 永嘉县 before 三江街道; 永嘉镇 elsewhere has none), and
    how long that short name is."""
    found = []
    for length in (3, 2):
        for end in ("县", "市"):
            for ident in places.by_name.get(name[:length] + end, ()):
                county = places.divisions[ident]
                inner = places.names_at(name, length, county) if county.level == "county" else None
                if inner is not None and all(places.divisions[i].level == "township" for i in inner[1]):
                    found.append((county, length))
    return found


# Bodies of a ministry named after the city they serve, which goes without its 市 (深圳海事局,
# 福州海警局: the coast guard's bureau of a city; 武汉海关, 大连边检站).
_PLACE_NAMED_BODIES = frozenset({"海事局", "海警局", "海关", "出入境边防检查站", "边防检查站", "边检站"})


def _zone_read(name: str, places: Gazetteer, text: str) -> Chain | None:
    """`name` read as ending on a zone `_zone` reads, or None."""
    chain = _zone(places.read(name, text))
    return chain if _read_as_zone(chain) else None


def _read_as_zone(chain: Chain) -> bool:
    """Whether a chain ends on a development zone with no code of its own: one `_zone` read
    from its name, or one gazetteer.toml adds."""
    return chain.resolved and chain.division.admin_level == "development_zone" and chain.division.code is None


# The kind of a zone named after a town, right after the town's name without its 镇 or 乡.
_TOWN_ZONE = re.compile(r"新区|高新技术产业开发区|高新区|经济开发区|经开区|开发区|工业园区|产业园区|园区")
# A zone named after a town is no national one: its 经开区 is an 经济开发区 (大渡口经开区).
_TOWN_ZONE_KINDS = {"经开区": "经济开发区", "高新区": "高新技术产业开发区"}


def _zone(chain: Chain) -> Chain:
    """宿迁经济技术开发区管理委员会, 赣州蓉江新区, 郑州高新区城市管理局: a development zone
    named after its city or county, or by a name of its own right after it, lies in that
    division; the code table lists no zones (those it must know by another name are in
    gazetteer.toml). The zone goes by its full kind (经开区 is 经济技术开发区), so one zone
    has one key; a body after it is the zone's (…管理委员会城市管理局 is its 城市管理局)."""
    division = chain.division
    if chain.resolved and division.admin_level == "development_zone" and division.level in _ZONE_LEVELS.values():
        return _inside_zone(chain.divisions, chain.rest)  # a zone gazetteer.toml adds (西咸新区)
    town_zone = _TOWN_ZONE.match(chain.rest) if chain.resolved and division.level == "township" else None
    if town_zone:
        # 化隆县群科新区综合服务中心: a zone named after a town, run by the county the town lies in
        name = (core_name(division.name) or division.name) + _TOWN_ZONE_KINDS.get(town_zone.group(0), town_zone.group(0))
        zone = Division("+" + name, None, name, "township", division.parent, None, "development_zone")
        return _inside_zone((*chain.divisions[:-1], zone), chain.rest[town_zone.end() :])
    if not chain.resolved or division.admin_level == "development_zone" or division.level not in _ZONE_LEVELS:
        return chain
    head = chain.rest[:_ZONE_NAME_LONGEST]
    m = _ZONE_NAME.match(chain.rest) if "区" in head or "园" in head or "新城" in head else None
    if m is None or division.level == "province" and not m.group("own"):
        return chain  # a province's zone has a name of its own (贵州贵安新区, 陕西省西咸新区)
    kind = m.group("kind") or m.group("named")
    own = m.group("own") if m.group("own") != "国家" else None  # 宁波国家高新区: a national zone, no name of its own
    name = (own or _core(division.name)) + _ZONE_KINDS.get(kind, kind)
    zone = Division("+" + name, None, name, _ZONE_LEVELS[division.level], division.ident, None, "development_zone")
    return _inside_zone((*chain.divisions, zone), chain.rest[m.end() :])


def _inside_zone(divisions: tuple[Division, ...], rest: str) -> Chain:
    """What follows a zone's name: a new town of its own (西咸新区沣东新城), a zone inside it;
    then the committee that runs it, which is the zone itself (…管理委员会城市管理局 is the
    zone's 城市管理局)."""
    zone = divisions[-1]
    inner = _ZONE_NAME.match(rest)
    if inner and inner.group("own"):
        name = inner.group("own") + inner.group("named")
        divisions = (*divisions, Division(zone.ident + "/" + name, None, name, "township", zone.ident, None, "development_zone"))
        rest = rest[inner.end() :]
    committee = _ZONE_COMMITTEE_FIRST.match(rest)
    return Chain(divisions, rest[committee.end() :] if committee else rest)


_OWN_REPORT = re.compile(r"(?:报告|汇报|总结)如下|^[一二三四五六七八九十]、[^\n。]{0,20}?(?:法治政府建设|依法行政|行政执法)[^\n。]{0,6}(?:情况|工作)\s*$", re.M)


# A reporter's learning told after a lead's day, with nothing said of whom from.
_REPORTER_LEARNT = re.compile(r"\s*记者(?:近日|日前|今天|今日|昨天|昨日)?(?:获悉|了解到)[，,]")
# A lead's work put under the body that leads it (由某县…办公室统筹, 由某市某执法队牵头组织).
_LED_BY = re.compile(rf"由[{_HAN}（）()]{{2,40}}?(?:牵头|统筹|主导)")


def _lead_issuer(sentence: str, places: Gazetteer, text: str) -> Issuer:
    """"2022年，滨海新区…" / "2025年作为…的收官之年，大口屯镇紧紧围绕…": the first division
    that opens a clause of a first sentence that opens on the year, and the body right
    after it, if one is named."""
    outlet = _OUTLET_PREFIX.match(sentence)
    if outlet and (_DAY_OPENER.match(sentence[outlet.end() :]) or _PURPOSE_OPENER.match(sentence[outlet.end() :])):
        # (中国食品药品网讯 日前，河南省禹州市市场监管局…: the body named outright; a field's
        # 部门 after an outlet, 贵港新闻网讯 连日来，覃塘区市场监管部门…, names none)
        named = _lead_issuer(sentence[outlet.end() :], places, text)
        return named if named.issuer and not _FIELD_DEPARTMENTS_NAMED.search(sentence, outlet.end(), outlet.end() + 40) else Issuer()
    year_led = _LEAD_OPENER.match(sentence) is not None
    day = None if year_led else _DAY_OPENER.match(sentence)
    if not year_led and day is None and _PURPOSE_OPENER.match(sentence):
        # 为切实解决…问题，连日来，某厅…: the day after the purpose the lead opens on
        sentence = _after_purpose(sentence)
        day = _DAY_OPENER.match(sentence)
        year_led = day is None and _LEAD_OPENER.match(sentence) is not None  # (为…，今年以来，某镇…)
    if not year_led and day is None:
        # a report opens on its year, a news item on its day (近日，某厅对全省…部署); a sentence
        # that does neither may be anything, but for a body that opens it on what it does first
        # (河北省市场监管系统聚焦…，深入开展…), or for a town or subdistrict that opens it on
        # what it does (某镇扎实开展…)
        led = _body_leading(sentence, places, text)
        if not led.issuer and _PURPOSE_OPENER.match(sentence):
            # (为营造…，按照…的原则，某市某支队切实加强…: the body that opens a clause after the
            # purposes the lead opens on, past when the work began: …，自2020年10月起某局在全省开展…)
            for stop in itertools.islice(_CLAUSE_BREAK.finditer(sentence), _SUBJECT_CLAUSES):
                led = _body_leading(_SPAN_START.sub("", sentence[stop.end() :], count=1), places, text)
                if led.issuer:
                    break
        return led if led.issuer else _town_leading(sentence, places, text)
    # (a news lead's subject stands right after its day; bodies in its later clauses are others
    # at work: 3月2日，市市场监管局召开…，某市市场监管局、某区市场监管局作交流发言)
    # (12月2日，记者获悉，为…，某局…: what the reporter learnt is told after the day)
    day_end = _past_days(sentence, day.end()) if day else 0
    day_end = learnt.end() if day and (learnt := _REPORTER_LEARNT.match(sentence, day_end)) else day_end
    starts = [day_end] if day else [_LEAD_PREFIX.match(sentence).end()] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
    if day and _PURPOSE_OPENER.match(sentence[day_end:]):
        # (“五一”假期，为保障…，营造…，某市市场监管局联合…: the subject after the day's purpose)
        starts = [m.end() for m in itertools.islice(_CLAUSE_BREAK.finditer(sentence, day_end), _SUBJECT_CLAUSES)]
    if _relative_subject(sentence[starts[0] :]):
        return Issuer()  # 2022年以来，市司法局…: the subject is named relative to a place found elsewhere
    if _OUTLET_TOLD.match(sentence, starts[0]):
        return Issuer()  # 4月29日，四川新闻网从某局获悉: the outlet is no subject; what told it is read as a source
    for start in starts:
        # (中共姚安县委、姚安县人民政府坚持…: the government the party committee is named with)
        clause = _PARTY_COMMITTEE_BEFORE.sub("", sentence[start : start + 80].lstrip(" \t\u3000"), count=1)
        if _LED_BY.match(clause):
            clause = clause[1:]  # (1月6日，由某县食品安全委员会办公室统筹，…: the body that leads the work)
        elif led := _LED_OPENER.match(clause):
            # (10月31日，在某市某局领导下，某市某支队组织…: the body at work, not the one over it)
            clause = clause[led.end() :].lstrip("，, \t\u3000")
        chain = _read_name(clause[:60], places, text)
        if chain.resolved:
            if _SENDS_GROUP.match(chain.rest) or _RATES_OTHERS.match(chain.rest) or _CAMPAIGN_OF_PLACE.match(chain.rest):
                # 近日，省市场监管局派出督导组到某市…: a visitor; the page is of the place it visits
                # (日前，省消防安全委员会通报了…考核情况: a superior that rated the place)
                # (2022年贵州省农资打假整治行动启动: a campaign named after its place, no place at work)
                return Issuer()
            found = _lead_body(chain, places, text)
            # 今年以来 tells no year: the name must say its body outright (某区综合行政执法局,
            # 某镇人民政府), not leave it to be taken for the government.
            if not _LEAD_YEAR.match(sentence) and not (_GOVERNMENT_AT_START.match(chain.rest) or found.body_type not in _GOVERNMENT_BODIES):
                # unless the page is a report that tells its own work under headings (一、2023年
                # 法治政府建设情况), not news of a place; or the place is a town or subdistrict
                # whose own office does what it tells (今年以来，南湾街道通过“扫楼”方式…开展…), or a
                # county or district at work in a news lead (近日，某区开展…联合执法行动) whose page
                # names none of its departments (else one of them may be the author)
                # (the page's bodies looked for last, only for a county whose lead would count)
                at_work = _TOWN_AT_WORK.match(chain.rest) is not None
                if not (
                    _OWN_REPORT.search(text, 0, _HEAD_CHARS[1])
                    or at_work and chain.division.level == "township"
                    or at_work and chain.division.level == "county" and day is not None
                    and (_LEADS_ITS_DEPARTMENTS.match(chain.rest) is not None or not _departments_named(chain.division, places, text))
                ):
                    return Issuer()
            return found
    province = _province_body_at(sentence[starts[0] :], places) or _city_body_at(sentence[starts[0] :], places)
    if province is not None:
        # 2021年，山西司法行政系统…: the province's bureau (近日，德阳应急系统…: the city's)
        return _lead_body(province, places, text)
    county = places.county_spelled_short(sentence[starts[0] :]) if _LEAD_YEAR.match(sentence) else None
    if county is not None and _LEAD_VERB.match(sentence, starts[0] + len(county.name) - 1):
        # 2023年，邹城坚持…: a county-level city without its 市, which names no other place
        return _government(places, tuple(places.ancestors(county)), "first_sentence")
    return Issuer()


def _past_days(sentence: str, end: int) -> int:
    """Where a lead's day ends, past a second day or two right after it (国庆、中秋双节将至，
    9月30日，某区某镇开展…: the holiday's coming, then the day)."""
    for _ in range(2):
        more = _DAY_OPENER.match(sentence[end:])
        if more is None or not more.group(0).strip():
            break
        end += more.end()
    return end


def _departments_named(division: Division, places: Gazetteer, text: str) -> bool:
    """Whether the page names a body of the division other than its government, or a body of
    a place inside it, by the division's name (某区城管执法局, 某县农业综合行政执法大队, 某街道
    综合行政执法中队)."""
    return any(
        (body.division_code or "").startswith(division.code or "\0")
        and not (body.division_code == division.code and body.body_type in _GOVERNMENT_BODIES)
        for body in _bodies_named(text[: _HEAD_CHARS[1] * 2], places, text)
    )


# A campaign named after the place it covers, then its start or end (贵州省农资打假整治行动启动).
_CAMPAIGN_OF_PLACE = re.compile(r"^(?:(?!开展|组织|部署|推进|实施|举办|持续|深入|扎实|全面)[^，,。；;\d]){2,14}?(?:专项)?(?:行动|活动)(?:自[^，,。；;]{1,8}?)?(?:正式)?(?:启动|开始|拉开|圆满|收官|结束)")


# What a body does first in the clause after a lead's purpose (为…，某县城市管理局于3月28日联合…).
_ACTS_AFTER_PURPOSE = re.compile(r"于|联合|组织|开展|对|在|积极|持续|深入|认真|全面|召开|部署|启动|迅速|立即|加大|加强|严格|严厉|严查|依法|查处|扎实|精心")


def _body_after_purpose(sentence: str, places: Gazetteer, text: str, host: str = "") -> Issuer | None:
    """A lead that opens on its purpose and goes on to a department of a place that does
    something (为进一步提升…，桐柏县城市管理局于…联合…开展…): that department, when the page's
    head names no other department but its own brigades and its superiors. A place named
    short is told apart by the text, and by the site's host (西宁市城中区人民政府办公室) if given."""
    for stop in itertools.islice(_CLAUSE_BREAK.finditer(sentence), _SUBJECT_CLAUSES):
        clause = sentence[stop.end() :].lstrip()
        chain = _read_name(clause[:60], places, f"{text}\n{host}" if host else text)
        body = _BODY_AT_START.match(chain.rest) if chain.resolved else None
        if body is None and chain.resolved and chain.division.level == "township" and _TOWN_AFTER_PURPOSE.match(chain.rest):
            # (为扭转…局面，义乌苏溪镇充分发挥…优势: the town at work, as a town does such work itself)
            return _government(places, chain.divisions, "first_sentence")
        if body is None:
            continue
        if not _ACTS_AFTER_PURPOSE.match(chain.rest, body.end()):
            return None
        found = _lead_body(chain, places, text)
        if found.body_type in _GOVERNMENT_BODIES:
            return None
        # (not a body a furniture line credits: 版权所有:某市评议办)
        head = "\n".join(" " * len(line) if is_furniture_line(line) else line for line in text[: _HEAD_CHARS[1]].split("\n"))
        others = [
            other for other in _bodies_named(head, places, text)
            if other.issuer_key != found.issuer_key and other.body_type not in _GOVERNMENT_BODIES and not _brigade_of(other, found)
            and not _lies_inside(found, other)  # (a superior the page names: 南阳市城市管理局 over 桐柏县's)
            # (nor a body below it of its own field, whose case the page tells: 天津市市场监管委
            # publishing cases, then 西青区市场监管局依法对某公司进行检查)
            and not (_lies_inside(other, found) and _same_field(other, found))
            and not (other.body_type or "").endswith("服务中心")  # (nor a service centre, a unit no department: 环境卫生服务中心)
        ]
        return None if others else found
    return None


def _acting_after_purpose(opening: str, places: Gazetteer, text: str) -> Issuer | None:
    """`_body_after_purpose` of a lead past the slogan it may open on, when it opens on its
    purpose; else None."""
    purpose = _past_slogan(opening)
    return _body_after_purpose(purpose, places, text) if _PURPOSE_OPENER.match(purpose) else None


# When the work a lead tells began, before its body (自2020年10月起某局…).
_SPAN_START = re.compile(r"^\s*[自从](?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|以来)[，,]?")


def _after_purpose(sentence: str) -> str:
    """A lead from the day or the year that follows the purpose it opens on (为…，…，近日，…;
    为…要求，今年某支队…), within its first few clauses; the lead as it is when neither follows."""
    for stop in itertools.islice(_CLAUSE_BREAK.finditer(sentence), _SUBJECT_CLAUSES):
        if _DAY_OPENER.match(rest := sentence[stop.end() :]) or _LEAD_OPENER.match(rest):
            return rest
    return sentence


# A body that sends or leads a group to look at another place's work (省某局派出督导组到某市开展…督查,
# 某厅派检查组赴某县…, 某厅副局长带领督导组到某市督导), whose page tells what the place it visits did.
# (or comes itself to oversee the place: 近日，省市场监管局计量处在忻州开展…专项行动督导检查工作)
_SENDS_GROUP = re.compile(
    r"[^，,。；;]{0,30}?(?:派(?:出)?|带领|率领?)(?:了)?[^，,。；;]{0,8}?(?:督导|督查|检查|暗访|巡查|指导|核查)组(?:到|赴|前往|深入)"
    r"|[^，,。；;]{0,16}?(?:在|到|赴)[\u4e00-\u9fff]{2,8}?(?:开展|进行)[^，,。；;]{0,40}?督导(?:检查)?工作"
    # (or that inspects a named place's work: …组织专家对常州市打击无证行医…工作进行督查)
    r"|[^，,。；;]{0,30}?对(?![全本我该各辖])[\u4e00-\u9fff]{1,8}?[省市县区州][^，,。；;]{0,30}?工作(?:情况)?进行(?:了)?(?:督查|督导|暗访|考核)"
)
# A body that commends others, right after its name in a title (生态环境部通报表扬某县环保工作).
_PRAISES = re.compile(r"(?:通报)?(?:表扬|表彰|点赞)")
# A body that tells how it rated others (通报了2019年度州(市)政府消防工作考核情况).
# (or that publishes how it rated them: 某厅发布《关于涉企行政复议案件专项评查的通报》)
_RATES_OTHERS = re.compile(r"[^，,。；;]{0,30}?(?:通报|公布|发布)了?[^，,。；;]{0,24}?(?:考核|考评|评比|评查)")
# What a town or subdistrict does first in a lead's clause (通过…, 坚持…, 开展…, 组织…).
# (or on what it draws on: 某镇依托“九小场所”管理办公室，开展…)
# (or on whom it works with: 某乡联合乡直部门开展…)
# (…or that leads its own departments in it: 某区组织区应急管理局、区公安局…开展…, whose names are
# then the objects of its act, no authors)
_LEADS_ITS_DEPARTMENTS = re.compile(r"(?:组织|联合|会同|召集)(?:[区县旗市]|相关|有关|各)")
_TOWN_AT_WORK = re.compile(r"(?:通过|依托|联合[^，,。；;]{1,30}?(?:开展|组织)|坚持|多措并举|开展|组织|聚焦|围绕|持续|深入|全面|大力|扎实|积极|严格|召开|举办|部署|启动|在[^，,。；;]{1,12}?(?:开展|组织|举办|召开))")  # (在辖区内开展…)
# ...and after a lead's purpose (为扭转…局面，某镇充分发挥…; 为保障…，4月8日，某镇联合派出所…).
_TOWN_AFTER_PURPOSE = re.compile(rf"充分|联合|会同|{_TOWN_AT_WORK.pattern}")


def _body_leading(sentence: str, places: Gazetteer, text: str) -> Issuer:
    """A first sentence that opens on a division's department or system of bodies and what a
    report's subject does first (某省市场监管系统聚焦…, 某市生态环境局坚持…): that body."""
    chain = _read_name(sentence.lstrip()[:60], places, text)
    body = _BODY_AT_START.match(chain.rest) if chain.resolved else None
    if body is None or not (_LEAD_VERB.match(chain.rest, body.end()) or _DAY_THEN_ACT.match(chain.rest, body.end()) or _QUOTED_ACT.match(chain.rest, body.end())):
        return Issuer()
    found = _lead_body(chain, places, text)
    return found if found.body_type not in _GOVERNMENT_BODIES else Issuer()


def _town_leading(sentence: str, places: Gazetteer, text: str) -> Issuer:
    """A first sentence that opens on a town or subdistrict and what it does (代力吉镇扎实开展…):
    its government, as a town does such work itself."""
    chain = _read_name(sentence.lstrip()[:60], places, text)
    if not chain.resolved or chain.division.level != "township" or not _TOWN_AT_WORK.match(chain.rest):
        return Issuer()
    return _government(places, chain.divisions, "first_sentence")


def _named_hall(system: str, division: Division, text: str) -> str | None:
    """A province's system of bodies (宁夏市场监管系统) beside the hall the page names
    (宁夏市场监督管理厅, or short: 省人社厅), in a field whose bodies are 局 in most provinces: the hall."""
    system = _as_system(system)
    if division.level != "province" or not system.endswith("系统"):
        return None
    hall = full_body_name(_SYSTEM.sub("局", system))[:-1] + "厅"
    return hall if any(name in text for name in body_spellings(hall)) else None


def _province_body_at(clause: str, places: Gazetteer) -> Chain | None:
    """山西司法行政系统…: a province by its short name, a body or system of bodies right after."""
    for province in places.provinces_spelled_short(clause[:5]):
        for short in (province.name[:-1], *short_forms(province.name)):
            if not clause.startswith(short):
                continue
            rest = _FIELD_ENFORCERS.sub(r"\g<field>", clause[len(short) :], count=1)
            body = _BODY_AT_START.match(rest)
            if body is not None and _body_type(body.group(0), province) is not None:
                return Chain((province,), rest)
            if clause.startswith(short + _FIRE_FORCE):
                return Chain((province,), clause[len(short) :])  # 湖北消防救援队伍…
    return None


# A field's enforcers (生态环境执法部门): its departments, 执法 said of them.
_FIELD_ENFORCERS = re.compile(rf"^{_FIELD}执法(?=部门)")
# A place's fire and rescue force (消防救援队伍) and the corps that commands it at each level.
_FIRE_FORCE = "消防救援队伍"
_FIRE_CORPS = {"province": "消防救援总队", "city": "消防救援支队", "county": "消防救援大队"}
# A field named right after its division and what its bodies do first (平利县农业农村认真贯彻…).
_FIELD_AT_WORK = re.compile(rf"^{_FIELD}(?=认真|坚持|深入|全面|紧紧|紧扣|始终|持续|着力|围绕|聚焦)")


def _city_body_at(clause: str, places: Gazetteer) -> Chain | None:
    """德阳应急系统…: a prefecture-level city by its name without 市, a body or system of bodies
    right after."""
    city = places.city_spelled_short(clause[:6])
    idents = places.by_name.get(city or "", [])
    if len(idents) != 1:
        return None
    division = places.divisions[idents[0]]
    rest = clause[len(city) - 1 :]
    body = _BODY_AT_START.match(rest)
    if body is None or _body_type(body.group(0), division) is None:
        return None
    return Chain(tuple(places.ancestors(division)), rest)


# An institution named right after its division, of a kind no body type reads (…研究院（…）在,
# …检测中心、): not the division's government at work.
_OTHER_BODY_AT_START = re.compile(rf"^(?:(?!根据|按照|依据|坚持|围绕|深入|认真|全面|紧紧|聚焦|在|以|国务院)[{_HAN}]){{2,10}}?(?:中心|院|所|站|馆|队)(?=[（(在，,、])")
# What a report's subject does first in its first sentence (…坚持以…为指导, 深入贯彻…), or a
# body at work on what it ran, there or elsewhere (某局开展…, 某局在全省开展…), or since when
# (某局自今年5月开展…行动以来).
_LEAD_VERB = re.compile(r"坚持|深入|全面|紧紧|紧扣|始终|认真|切实|持续|着力|围绕|聚焦|立足|开展|积极|坚决|扎实|大力|迅速|严格|强化|加大|加强|多措并举|召开|部署|启动|在[^，,。；;]{1,12}?(?:开展|组织|部署)|自[^，,。；;]{1,12}?(?:开展|启动|部署)|以习近平|以[^，,。；;]{2,16}?为(?:导向|主线|抓手|重点|目标|契机|统领|核心|引领)")
# …or what it did in a quoted phrase of its own (某县市场监管局“休假不休工”，国庆节期间…).
_QUOTED_ACT = re.compile(r"“[^”\n]{2,12}”[，,]")
# …or its day, then what it did (某市林业和草原局日前在全市范围内开展…, 某局17日下午召开…).
# (or a case it dealt with: 某局近日查处一起…案; or what it told on the day: 某海事局3日介绍)
_DAY_THEN_ACT = re.compile(r"(?:日前|近日|近期|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?)[，,]?(?:在|对|开展|组织|启动|部署|召开|联合|发布|公布|查处|查办|依法查处|介绍|通报|透露)")


# A field's bodies at every level of a division (各级公安机关, 各级市场监管部门).
_FIELD_AT_EVERY_LEVEL = re.compile(r"各级(?!各部门|各类|人民政府|政府|行政机关)")
_EVERY_LEVEL_BODIES = re.compile(r"^各级(?P<field>[\u4e00-\u9fff]{2,6}?)(?:机关|部门)")


def _lead_body(chain: Chain, places: Gazetteer, text: str = "") -> Issuer:
    """The division's government, or the department named right after it. 办事处 /
    人民政府 right after the division is its government, whatever the words run on to
    (大直沽街道办事处在区委… is the office, not a body called 办事处在区委)."""
    if _GOVERNMENT_AT_START.match(chain.rest):
        return _government(places, chain.divisions, "first_sentence")
    if every := _EVERY_LEVEL_BODIES.match(chain.rest):
        # 海南省各级公安机关…: the field's bodies at every level, its system (海南省公安系统)
        chain = Chain(chain.divisions, every.group("field") + "系统" + chain.rest[every.end() :], chain.candidates)
    if chain.rest.startswith(_FIRE_FORCE) and chain.division.level in _FIRE_CORPS:
        # 通辽市消防救援队伍…: a place's fire and rescue force is its corps at that level
        return _issuer(places, chain.divisions, _FIRE_CORPS[chain.division.level], "first_sentence")
    if _PLACE_IN_BODY.match(chain.rest):
        return Issuer()  # 重庆市某某区城市管理局…: a place the table lacks, not the city at work
    if chain.rest[:1] in _JOINED or _FIELD_AT_EVERY_LEVEL.match(chain.rest):
        # 衡阳市、县两级监督机构…: bodies of several levels, not the city's government
        # (长沙市各级农业综合行政执法机构…: nor a field's bodies at every level, its system unread;
        # but 某州各级各部门 is the government and all it runs)
        return Issuer()
    branch = _branch_at(chain, places, "first_sentence")
    if branch is not None:  # 2024年保定市自然资源和规划局徐水区分局以…: the branch, not the city bureau
        return branch
    body = _BODY_AT_START.match(chain.rest)
    said = _as_system(body.group(0)) if body else ""
    if body is None and text and (field := _FIELD_AT_WORK.match(chain.rest)):
        # 2020年，平利县农业农村认真贯彻…: a field at work, its 局 left unwritten; the field's
        # bodies, as a system of them is
        body, said = field, field.group("field") + "系统"
    if said.endswith("系统") and text:
        said = _system_as_body(said, chain.division, text)
    body_type = _body_type(said, chain.division) if body else None
    if body_type:
        return _body_issuer(places, chain.divisions, body_type, "first_sentence")
    if _OTHER_BODY_AT_START.match(chain.rest):
        return Issuer()  # 2025年，某市某某研究院（…）在…: a body of the division, which one not known
    return _government(places, chain.divisions, "first_sentence")


def _system_as_body(said: str, division: Division, text: str) -> str:
    """南充市自然资源系统…: the system is its bureau, by the full name the page gives it (or its
    commission, where the page names one: 上海市卫生健康系统 … 市卫生健康委); a province's is
    its 厅 where the page names it or provinces have one (山西司法行政系统: 山西省司法厅)."""
    # (not the national administration a lead names before its bureau: 市场监管总局)
    fuller = re.search(re.escape(said[:-2]) + rf"[{_HAN}]{{0,6}}?(?:(?<!总)局|委员会|委(?!员))", text)
    hall = _PROVINCIAL_HALLS.get(full_body_name(_SYSTEM.sub("局", said))) if division.level == "province" else None
    if hall and fuller and text[fuller.start() - 1 : fuller.start()] != "省":
        fuller = None  # (a city's 生态环境局 the page names later is no name of the province's 厅)
    return _named_hall(said, division, text) or (fuller.group(0) if fuller else hall or said)


def infer_issuer(
    text: str,
    title: str | None,
    source_path: str,
    *,
    furniture: Furniture | None = None,
    declared: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Issuer:
    """The first evidence that resolves, strongest first; a relative name (区政府) is read
    against the division the page names elsewhere."""
    places = gazetteer or standard()
    if declared:
        return make_issuer(declared, "declared", text, places)
    if "教训" in text:
        # a place whose accident the page says to learn from (汲取某市某镇“9·2”…事故教训) is no
        # place of the author's
        text = blank(_LESSON, text)
    if "电话" in text or "邮箱" in text:
        # a site's footer of numbers to call (福建省新闻道德委举报电话:0591-…) names who answers
        # them, not the author
        text = blank(_HOTLINE_LINE, text)
    if "[" in text:
        # a list of other news, each item led by its time (- [2026-01-03 02:07] 某省某局发布…),
        # names those items' bodies, not the author
        text = blank(_NEWS_LIST_ITEM, text)
    issuer = _inferred(text, title, source_path, furniture or Furniture(), places)
    if issuer.township and _township_of_another_county(issuer, text, places):
        # 肥西县高店乡 on the page, and the one 高店乡 the table knows is 大悟县's: not the page's
        return Issuer(unresolved=issuer.township)
    if "新闻办" in text[: _HEAD_CHARS[1]] and (host := _PRESS_HOST.search(text, 0, _HEAD_CHARS[1])):
        if not issuer.division and host.group("host"):
            # nothing else named the author: the host's division, the presenter's to be found
            hosting = make_issuer(host.group("host"), "text", text, places)
            presenter = _press_conference_presenter(hosting, places, text) if hosting.body_type in _GOVERNMENT_BODIES else hosting
            issuer = presenter if presenter is not hosting and presenter.issuer else issuer
        elif issuer.division:
            issuer = _press_conference_presenter(issuer, places, text)
    if issuer.body_type in _GOVERNMENT_BODIES and issuer.division and not issuer.township:
        # a headline of the division at work (木垒县开展校园周边食品安全专项检查) over a lead that
        # gives the same act to one of its departments (近日，木垒县市场监督管理局开展校园周边…):
        # the department's news
        issuer = _headline_act_of_department(issuer, places, text) or issuer
    if issuer.body_type in _GOVERNMENT_BODIES and issuer.source in ("first_sentence", "text") and _BRIEFING.search(text, 0, _HEAD_CHARS[1]):
        # news of a division as a whole (2020年，全省查处…) told by one of its departments at its
        # own briefing (由省人社厅通报了…; 某市市场监管局召开新闻发布会): the department's
        issuer = _briefing_department(issuer, places, text)
    return _named_in_full(issuer, text, places)


# An item of a list of other news, led by its date and time in brackets.
_NEWS_LIST_ITEM = re.compile(r"(?m)^[ \t\u3000]*[-•·*]?[ \t\u3000]*\[(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?\][^\n]*$")
# A line of a footer that gives numbers to call or write to, with no sentence in it.
_HOTLINE_LINE = re.compile(r"(?m)^[^\n。]*(?:电话|热线|邮箱)\s*[:：]\s*[\d(（a-zA-Z][^\n。]*$")
# A government's press office holding a press conference (某区人民政府新闻办公室召开新闻发布会,
# 省政府新闻办举行的新闻发布会): the host, not the author of what is told there.
_PRESS_HOST = re.compile(
    rf"(?:(?<![{_HAN}])(?P<host>[{_HAN}]{{2,20}}?)(?:人民)?政府)?新闻办(?:公室)?[^。；;\n]{{0,12}}?(?:召开|举行|举办)[^。；;\n]{{0,40}}?发布会"
)
# A department whose head tells it there (某区司法局党组成员、副局长某某; 省某局相关负责人介绍;
# 邀请省某局…介绍; a brigade invited: 邀请市消防救援支队介绍).
# A department's name as a briefing gives it: a body of a 局, 厅 or 委 (some 2 to 30 characters).
_BRIEFER = rf"[{_HAN}]{{2,30}}?(?:局|厅|委员会|委)"
_PRESENTER = re.compile(
    rf"(?<![{_HAN}])(?:邀请)?(?P<name>{_BRIEFER})(?:党组|党委)?(?:书记|副书记|成员|委员)?[、\s]*(?:副?(?:局长|厅长|主任)|(?:相关|主要)负责(?:人|同志))"
    rf"|邀请(?P<invited>[{_HAN}]{{2,30}}?(?:局|厅|委员会|委|总队|支队|大队))"
    # (or whose session of a series it is: …系列新闻发布会市城市管理局专场)
    rf"|(?:发布会|新闻会)(?P<session>[{_HAN}]{{2,30}}?(?:局|厅|委员会|委|总队|支队|大队))专场"
)


def _press_conference_presenter(found: Issuer, places: Gazetteer, text: str) -> Issuer:
    """A government's press office hosting the conference at which its departments told the
    figures: not the government's, but the one department of its division whose head tells
    them; with several, none of them (not the one whose head happens to speak last). None
    named: what was found."""
    head = text[: _HEAD_CHARS[1]]
    presenters: dict[str, Issuer] = {}
    for m in _PRESENTER.finditer(head):
        name = m.group("name") or m.group("invited") or m.group("session")
        body = _relative(name, found, places, "text") if _RELATIVE.match(name) else make_issuer(name, "text", text, places)
        if body is None or not body.issuer or body.body_type in _GOVERNMENT_BODIES or "新闻" in (body.body_type or ""):
            continue
        if body.division == found.division:
            presenters[body.issuer_key] = body
    # (a bureau's own part presenting beside it is the bureau: 省市场监管局副局长某某、省市场监管局
    # 稽查局局长某某)
    presenters = {key: body for key, body in presenters.items() if not any(body.issuer != other.issuer and body.issuer.startswith(other.issuer) for other in presenters.values())}
    government = found.body_type in _GOVERNMENT_BODIES
    if len(presenters) == 1 and government:
        return next(iter(presenters.values()))
    if len(presenters) > 1 and (government or found.issuer_key in presenters):
        return Issuer(unresolved=found.issuer)
    return found


# A headline that opens on a place and its act (某县开展…检查), and how many characters of the act
# the lead must repeat after the body it gives the act to.
_HEADLINE_ACT = re.compile(rf"^[ \t\u3000]*(?P<place>[{_HAN}]{{2,12}}?(?:省|市|县|区|旗|州|盟))(?P<act>(?:开展|组织|召开|举办|启动|部署|推进|查处|查办|打击|整治)[{_HAN}“”]{{4,}})")
_ACT_REPEATED = 6
_HEADLINE_LINES = 8


def _headline_act_of_department(government: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """The one department of `government`'s division that the page's lead gives the act its
    headline gives the division."""
    found: dict[str, Issuer] = {}
    after = 0  # where the text goes on after the line read
    for line in text[: _HEAD_CHARS[1]].splitlines(keepends=True)[:_HEADLINE_LINES]:
        after += len(line)
        m = _HEADLINE_ACT.match(line)
        if not m:
            continue
        place = make_issuer(m.group("place"), "title", text, places)
        if place.division != government.division:
            continue
        act = re.escape(m.group("act")[:_ACT_REPEATED])
        done_by = re.compile(rf"(?<![{_HAN}])(?P<body>[{_HAN}]{{4,40}}?(?:局|委员会|委|厅|队|所|中心|办公室))(?:共|累计|依法|先后|已)?{act}")
        for done in done_by.finditer(text, after, after + _HEAD_CHARS[1]):
            body = make_issuer(done.group("body"), "text", text, places)
            if body.issuer and body.body_type not in _GOVERNMENT_BODIES and body.division == government.division:
                found[body.issuer_key] = body
    return next(iter(found.values())) if len(found) == 1 else None


# A department that holds a briefing of its own (某市市场监管局(某市知识产权局)召开…新闻发布会;
# 市市场监管局、市消委会举行…发布会) or that the page says told the figures (由省人社厅通报了).
_BRIEFING = re.compile(
    rf"(?<![{_HAN}])(?P<name>{_BRIEFER})(?:[（(][{_HAN}]{{2,20}}[）)])?(?P<others>(?:、[{_HAN}]{{2,15}}?)*)"
    rf"(?:召开|举行|举办)[^。；;\n]{{0,40}}?发布会"
    rf"|由(?P<teller>{_BRIEFER})通报"
)


def _briefing_department(found: Issuer, places: Gazetteer, text: str) -> Issuer:
    """The one department of `found`'s division that briefs on the figures; with none or
    several, what was found."""
    bodies: dict[str, Issuer] = {}
    for m in _BRIEFING.finditer(text, 0, _HEAD_CHARS[1]):
        # (each body of a list that holds it together: 市市场监管局、市商务局联合召开…)
        names = [m.group("name") or m.group("teller"), *(m.group("others") or "").split("、")[1:]]
        for name in (name.removesuffix("联合") for name in names):
            body = _relative(name, found, places, "text") if _RELATIVE.match(name) and not places.names_at(name) else make_issuer(name, "text", text, places)
            if body is not None and body.issuer and body.body_type not in _GOVERNMENT_BODIES and body.division == found.division:
                bodies[body.issuer_key] = body
    return next(iter(bodies.values())) if len(bodies) == 1 else found


_INNER_BODY_END = re.compile(r"[局厅]")


# A brigade named by its kind alone (执法大队), whose field the page may name before it, and how
# many characters that field may take.
_BRIGADE_ENDS = ("执法大队", "执法支队", "执法中队", "执法总队")
_FIELD_REACH = 8


def _named_in_full(issuer: Issuer, text: str, places: Gazetteer) -> Issuer:
    """A department read from a short name (来源: 县城管执法局) as the page names it in full after
    its division (昌黎县城市管理综合行政执法局): one body, by its full name."""
    body = issuer.body_type or ""
    if not issuer.division or body in _GOVERNMENT_BODIES or len(body) < 4:
        return issuer
    own = (issuer.township or issuer.county or issuer.city or issuer.province or "")
    if not own or own not in text:
        return issuer
    # (found with str.find, not a pattern made for each page: compiling one costs more than the
    # search)
    fuller, opening, ending = set(), own + body[:2], body[-3:]
    at = text.find(opening)
    while at >= 0:
        start = at + len(own)
        end = text.find(ending, start + 3, start + 2 + _FULLER_REACH + len(ending))
        # (one body's full name, not a short one and the words after it up to another body's
        # end: 老城区应急局积极陪同配合市应急管理局)
        # (nor up to the division named again: 知识产权保护中心以江门市知识产权局)
        ends_inside = (_INNER_BODY_END.search(text, start, end) and not _INNER_BODY_END.search(body, 0, len(body) - len(ending))) or text.find(own, start, end) >= 0
        if end >= 0 and end + len(ending) - start > len(body) and _ALL_HAN.fullmatch(text, start, end) and not ends_inside:
            fuller.add(text[start : end + len(ending)])
        at = text.find(opening, at + 1)
    if not fuller and body.endswith(_BRIGADE_ENDS):
        # (朝天区执法大队 in a title, 朝天区交通运输执法大队 in the text: its field before its kind)
        at = text.find(body)
        while at >= 0:
            inner = text.rfind(own, max(0, at - len(own) - _FIELD_REACH), at)
            if inner >= 0 and at - (inner + len(own)) >= 2 and _ALL_HAN.fullmatch(text, inner + len(own), at):
                fuller.add(text[inner + len(own) : at + len(body)])
            at = text.find(body, at + 1)
    if len(fuller) != 1:
        return issuer
    (name,) = fuller
    if text.count(own + body) > text.count(own + name):
        return issuer  # (the name as read is the page's usual spelling; the longer one a slip: 民族宗教宗教事务局)
    chain = places.read(issuer.division + name, text)
    if not chain.resolved or chain.division.name != own or _body_type(chain.rest, chain.division) != name:
        return issuer
    return _issuer(places, chain.divisions, name, issuer.source)


def _township_of_another_county(issuer: Issuer, text: str, places: Gazetteer) -> bool:
    """Whether the text writes the issuer's township right after a county (or district, or
    county-level city) that is not the township's own: a township of that name the division
    table lacks."""
    township = issuer.township or ""
    chain = places.read(issuer.division or "", text)
    if not chain.divisions:
        return False
    around = {outer.ident for outer in places.ancestors(chain.divisions[-1])}
    for m in re.finditer(re.escape(township), text):
        before = text[max(0, m.start() - _LONGEST_COUNTY) : m.start()]
        # the longest name that ends right before the township (桥西区, not its 西区)
        found = next((f for start in range(len(before) - 1) if (f := places.names_at(before, start)) and f[0] == before[start:]), None)
        if found is None:
            continue
        # (a zone may run towns of a county: 西咸新区底张街道 is 渭城区's)
        counties = [d for i in found[1] if (d := places.divisions[i]).level == "county" and d.admin_level != "development_zone"]
        if counties and not any(county.ident in around for county in counties):
            return True
    return False


_LONGEST_COUNTY = 8
_FULLER_REACH = 12  # the characters a full name may have between its first two and last three
_ALL_HAN = re.compile(rf"[{_HAN}]+")


def _inferred(text: str, title: str | None, source_path: str, furniture: Furniture, places: Gazetteer) -> Issuer:
    """`infer_issuer` for a page with no declared issuer."""
    unresolved: list[str] = []
    relative: list[tuple[str, str]] = []
    titles: list[str] = []  # (read again for a town at work, when nothing else named the author)
    outlets: list[str] = []  # (sites that carried a place's news: the reason, if no author is found)
    opening = _opening_sentence(text, title)
    for source, name in _named(text, title, furniture, source_path):
        if source == "title" and (at := text.find(name, 0, _HEAD_CHARS[1])) >= 0 and _PRAISES.match(text, at + len(name)):
            # 生态环境部通报表扬凤阳环保工作: a superior that commends a place; the page is the place's
            unresolved.append(name)
            continue
        if source == "title":
            titles.append(name)
        if _RELATIVE.match(name) and not places.names_at(name):
            relative.append((source, name))
            continue
        issuer = make_issuer(name, source, text, places)
        if not issuer.issuer and source in ("title", "furniture"):
            tail = _name_in_tail(name, places)
            issuer = make_issuer(tail, source, text, places) if tail else issuer
        if not issuer.issuer and source == "text" and _HALL_ALONE.fullmatch(name):
            # 记者从司法厅获悉 on a page whose head names one province (四川各级…)
            issuer = _hall_of_one_province(name, text[: _HEAD_CHARS[1]], places) or issuer
        if not issuer.issuer and source == "title" and (act := _TITLE_ACT.search(name)):
            # 盘锦市交通运输局深入开展…专项整治工作: a news title that opens on the body at work
            # (扬州市经开区市场监管局组织…: a zone's body, which its name before the act gives)
            issuer = _body_at(name, places, text) or _zone_body(name[: act.start() + 1], places, text) or issuer
        if source == "furniture" and _hosts_unresolved_namesake(issuer, unresolved, places):
            # 来源: 勐腊县人民政府 under a title naming a zone called after the county that the
            # gazetteer lacks (勐腊(磨憨)重点开发开放试验区…年度报告): the county's site put up
            # the zone's report; not the county's
            unresolved.append(name)
            continue
        if issuer.issuer:
            province_body = issuer.admin_level == "provincial_department" or (
                issuer.division is not None and issuer.division == issuer.province and issuer.body_type not in _GOVERNMENT_BODIES
            )
            if source == "furniture" and (not issuer.division or province_body):
                # a national or province body's site reposting what a body below it did (来源:
                # 国家市场监督管理总局 over 安徽省市场监管局严格执行…; 来源: 江西省住房和城乡建设厅 under
                # 万载县三举措推进城市管理工作; 来源: 某省市场监督管理局 over a city bureau's lead):
                # the body, or the county, at work
                lead = _page_lead(opening, text, title, places)
                if not lead.issuer:
                    # (来源: 海南省药品监督管理局 over 为…，五指山市场监管局组织开展…: the body at work
                    # after its purpose)
                    lead = _acting_after_purpose(opening, places, text) or lead
                lines = _first_report_lines(text, title, 3) if not lead.issuer else []
                lead = next((body for line in lines if (body := _body_at(line.strip(" \t\u3000"), places, text))), lead)
                if not lead.issuer:
                    lead = next((at_work for line in lines[:1] if (at_work := _division_at_work(line, places, text)).issuer), lead)
                if not lead.issuer:
                    # (来源: 内蒙古自治区生态环境厅 under 为…。某市坚持…。截至4月2日，某市生态环境局共
                    # 出动…: the one body the news has at work)
                    lead = _sole_subject(text, places) or lead
                if lead.division and lead.body_type and (not issuer.division or _lies_inside(lead, issuer)):
                    return lead
                if not issuer.division:
                    # a ministry's site (来源: 司法部) over news that names one body of a place
                    # (…从某市中级人民法院和某市司法局联合召开的发布会上获悉): that body, not the site's
                    bodies = {body.issuer_key: body for body in _bodies_named(text[: _HEAD_CHARS[1]], places, text) if body.division}
                    if len(bodies) == 1:
                        return next(iter(bodies.values()))
            if source == "furniture" and _CHRONICLES.search(issuer.body_type or ""):
                # 来源: 普陀区地方志办公室 over a yearbook entry (【安全生产专项整治三年行动】…): the
                # office that compiles the yearbook, not the body whose work an entry tells
                outlets.append(name)
                continue
            if source == "furniture" and issuer.division and _titled_inside(titles, issuer, places, text):
                # 来源: 福建省农业农村厅 over 上杭县农资打假…行动成效显著: the outlet that carried a
                # place's news, no author (the text may name the body at work)
                outlets.append(name)
                continue
            if source == "furniture" and issuer.body_type in _GOVERNMENT_OFFICES and (government := _titled_division(titles, issuer, places, text)) is not None:
                # 来源: 万载县政府办 under a news title about the county (万载县多措并举…): the
                # office put up its government's news
                return government
            if source == "furniture" and name == furniture.publisher:
                issuer = _written_inside(issuer, furniture, places, text)
                if ("大队" in opening or "支队" in opening) and issuer.body_type not in (None, *_GOVERNMENT_BODIES):
                    # put up by a bureau (来源: 某区卫健委) over news that opens on its field's
                    # brigade at work (某区卫生健康执法大队认真践行…): the brigade's
                    lead = _page_lead(opening, text, title, places)
                    lead = lead if lead.issuer else (_body_at(opening.strip(), places, text) or lead)
                    if _brigade_of(lead, issuer):
                        return lead
                if issuer.body_type == "司法局":
                    # a division's report put up by its 司法局, whose lead has the division at
                    # work (发布机构: 某区司法局 over 2025年，某区坚持…): the government's
                    lead = _page_lead(opening, text, title, places)
                    if _is_government_of(lead, issuer):
                        return lead
            elif source == "title" and issuer.body_type in _GOVERNMENT_BODIES and not _GOVERNMENT_WORD.search(name):
                # a title naming its division alone and a department's field (赣县区2021年应急管理工作
                # 总结) over a lead whose subject is that department (…区应急管理局以…): the department
                leads = [opening, *_first_report_lines(text, title, 3)]
                led = (_relative(said, issuer, places, "first_sentence") for line in leads for _, said in _relative_author(line, text, handed_over=False))
                department = next((body for body in led if body is not None and _is_department_of(body, issuer)), None)
                titled = title or (leads[1] if len(leads) > 1 else "")  # (a text file's title is its first line)
                if department is not None and _names_field_of(titled, department):
                    return department  # (the title names the department's field: 应急管理工作总结)
                published = make_issuer(furniture.publisher, "furniture", text, places) if furniture.publisher else Issuer()
                if _is_department_of(published, issuer) and (
                    _names_field_of(titled, published)
                    or (titled.startswith(name) and _PLAIN_SUMMARY.match(titled, len(name)) and published.body_type not in (*_GOVERNMENT_OFFICES, "司法局"))
                ):
                    # the same title put up by that department (黄石市2020年度行政复议…统计分析报告,
                    # 来源: 黄石市司法局), or a year's work summary that names no field (某市2023年工作
                    # 总结和2024年工作打算, 发布机构: 某市应急管理局): the department's
                    return published
                told = _told_by_department(issuer, places, text) or _field_of_division_at_work(issuer, places, text)
                if told is not None:
                    return told
                if titled.startswith(name) and _FIELD_AFTER_YEAR.match(titled, len(name)):
                    # 四川省2019年卫生健康行政处罚典型案例: the field's work in the division, its
                    # department unnamed; not the government's
                    unresolved.append(name)
                    continue
            banner = source == "title" and _ORG_LINE.match(name) and issuer.body_type in _GOVERNMENT_BODIES
            if banner and (title or name).strip() == name:
                # a site's banner (咸安区人民政府) over a report whose first sentence opens on a
                # town of that district (2022年，官埠桥镇…) or on one of its bureaus (2025年，某区
                # 应急管理局坚持…): the town or the bureau wrote it
                lead = _lead_issuer(opening, places, text)
                if not lead.issuer:
                    lead = _page_lead(opening, text, title, places)
                if _lies_inside(lead, issuer) or _is_department_of(lead, issuer):
                    return lead
            if source == "title" and not banner and issuer.body_type not in _GOVERNMENT_BODIES and (title or name).strip() == name:
                # a site's banner naming the office that runs it (某区政务服务管理办公室) over a lead
                # that opens on another body of the division at work (某区市场监管局立足职能…): that body
                lead = _lead_issuer(opening, places, text)
                if lead.body_type and lead.body_type not in _GOVERNMENT_BODIES and lead.division == issuer.division and lead.issuer_key != issuer.issuer_key:
                    return lead
            if source == "title" and issuer.body_type and issuer.body_type.endswith("局") and "分局" in text[: _HEAD_CHARS[1]]:
                # a city bureau named by a title (安顺市生态环境局：大力整治…) over news of its branch
                # in a district at work clause after clause (…生态环境局西秀分局…): the branch
                sole = _sole_subject(text, places)
                if sole is not None and _lies_inside(sole, issuer) and (sole.body_type or "").startswith(issuer.body_type[:-1]):
                    return sole
            if (
                source == "title" and issuer.body_type and issuer.body_type not in _GOVERNMENT_BODIES and _ORG_LINE.match(name)
                and _heads_alone(name, title, text)
            ):
                # a paper's page headed by a city bureau's name alone (银川市综合执法监督局) over
                # news of a district's body of that field at work (金凤区综合执法局…中队): that body
                sole = _sole_subject(text, places)
                if sole is not None and _lies_inside(sole, issuer) and (sole.body_type or "")[:2] == issuer.body_type[:2]:
                    return sole
            if source == "title" and issuer.body_type in _GOVERNMENT_BODIES and not _GOVERNMENT_WORD.search(name) and (title or name).strip() == name:
                # a place's name alone for a title over news that tells what one of its bodies
                # did (四川雅安 over 雅安市某局直属一大队…): that body
                sole = _sole_subject(text, places)
                if sole is not None and (_lies_inside(sole, issuer) or _is_department_of(sole, issuer)):
                    return sole
            if banner and name != title_name(title or ""):
                # a site's banner over the report's own title naming one of its departments
                # (北京市西城区人民政府 / 北京市西城区人民防空办公室2020 政府信息公开工作年度报告),
                # not the government's own office that puts up its yearbook
                titled = (make_issuer(other, "title", text, places) for kind, other in _named(text, title, furniture, source_path) if kind == "title" and other != name)
                department = next((body for body in titled if _is_department_of(body, issuer) and body.body_type != "人民政府办公室"), None)
                if department is not None:
                    return department
            if source == "text" and (issuer.body_type or "").endswith("中心") and issuer.division and _speaks_as(issuer.division, text):
                # a yearbook a centre compiled (由某区大数据中心编制) that speaks as its division
                # (我区政府信息公开工作…): the division's government's
                return make_issuer(issuer.division, source, text, places)
            elif source == "text" and issuer.body_type not in _GOVERNMENT_BODIES and name == _contact(text):
                # the office to ask about a yearbook (请与霍城县数字化发展局联系) over a year its
                # division's government reports (2025年霍城县坚持…): the government's yearbook
                dated = _dated_opening(text, title)
                lead = _lead_issuer(dated, places, text) if issuer.body_type and issuer.body_type not in dated else Issuer()
                if _is_government_of(lead, issuer):
                    return lead
            if source == "furniture" and issuer.body_type in _GOVERNMENT_BODIES and (told := _told_inside(issuer, places, text)) is not None:
                return told
            return _own_department(opening, issuer, places, text) or _refined(issuer, relative, places)
        if not issuer.issuer and source == "title":
            placed = _placed_in_text(name, places, text)
            if placed.issuer:
                return placed
        if issuer.unresolved and _NAME_END.search(name) and not _is_self_reference(name):
            unresolved.append(issuer.unresolved)
    lead = _page_lead(opening, text, title, places)
    if lead.issuer:
        return _disclosing_town(lead, places, text) or _refined(lead, relative, places)
    relative += _relative_author(opening, text) or (
        # (a year-led opening is its own dated paragraph, read already)
        _relative_author(_dated_paragraph(text, title), text, handed_over=False) if not _LEAD_OPENER.match(opening) else []
    )
    for source, name in relative:
        anchored = _anchored(name, places, text, source)
        if anchored is not None:
            return anchored
    welcome = _WELCOME.search(text, 0, _HEAD_CHARS[0]) if not furniture.host else None
    host = furniture.host or (welcome.group("name") if welcome else None)
    hosted = make_issuer(host, "furniture", text, places) if host else Issuer()
    if hosted.issuer:
        if hosted.body_type in _GOVERNMENT_OFFICES and _PURPOSE_OPENER.match(opening):
            # a government's portal (主办单位: 某区人民政府办公室) over a department's news whose
            # lead has it at work after its purpose (为…，城中区城市管理综合行政执法局认真履职…)
            acting = _body_after_purpose(opening, places, text, host)
            if acting is not None and acting.division and acting.division.startswith(hosted.division or "\0"):
                return acting
        bare = furniture.source or furniture.fields.get("publisher") or ""
        if hosted.body_type in _GOVERNMENT_BODIES and hosted.division_code in places.divisions and _BARE_BODY.fullmatch(bare):
            # a field's bare name (文章来源: 水利局) on a government's site (欢迎访问某县人民政府网站):
            # that body of the division
            division = places.divisions[hosted.division_code]
            body_type = _body_type(bare, division)
            if body_type and body_type not in (*_GOVERNMENT_BODIES, *_GOVERNMENT_OFFICES):
                return _issuer(places, tuple(places.ancestors(division)), body_type, "furniture")
        return hosted  # the site's host (主办单位), when neither a page field nor the lead names the author
    # (a body's name with no place, 来源: 文广旅局, says nothing against the subject the text names)
    placeless = [name for name in unresolved if _BODY.match(name) and not places.read(name, text).divisions]
    if len(placeless) == len(unresolved):
        named = _self_named(text, places)
        if named is None or named.body_type in _GOVERNMENT_BODIES:
            # 我市 said by a department that opens a clause as the one body at work
            # (苏州市文化市场综合执法支队在市委、市政府的领导下…): the department, not its city
            sole = _sole_subject(text, places)
            if sole is not None and _titled_below(titles, sole, places, text):
                sole = None  # (省市场监管局…督导组到枣庄督导 under 枣庄严打…: a superior visiting the place at work)
            # (but the government's own disclosure office works for the 我县 it speaks of: 我县公开办)
            # (nor is 我市 its city's when the one body at work is a county-level city's, which is
            # a 市 too: 保山市生态环境局腾冲分局 speaking of 我市)
            if named is None or (sole is not None and _said_of(sole, named) and sole.body_type not in (*_GOVERNMENT_BODIES, *_DISCLOSURE_OFFICES)):
                named = sole or named
        if named is not None and relative and named.body_type in _GOVERNMENT_BODIES:
            # 区城管中心 wrote of 我区: its body within the division found, else no guess
            within = (_relative(name, named, places, source) for source, name in relative)
            body = next((body for body in within if body is not None), None)
            if body is None:
                # (市市场监管部门严查… over a lead that names the body in full after its purpose:
                # 为…，天津市市场监管委严厉查处…: that body, when it is the division's)
                acting = _acting_after_purpose(opening, places, text)
                body = acting if acting is not None and acting.division == named.division else None
            return body or Issuer(unresolved=relative[0][1])
        if named is not None and named.body_type in _GOVERNMENT_BODIES:
            # 我区 said of the division, and one of its departments, named relative to it,
            # opening the clauses that tell what was done (自治区市场监管局研究部署…): that department
            subjects = {m.group("name") for m in _RELATIVE_SUBJECT.finditer(text[: _HEAD_CHARS[1]])}
            bodies = {body.issuer_key: body for name in subjects if (body := _relative(name, named, places, "text")) is not None and body.body_type not in _GOVERNMENT_BODIES}
            if len(bodies) == 1:
                return next(iter(bodies.values()))
        if named is not None:
            return named
    led = opening if _LEAD_OPENER.match(opening) else _dated_opening(text, title)  # (below a yearbook's preamble)
    subject = led[_LEAD_PREFIX.match(led).end() :] if led else ""
    zone = _zone_of_its_city([*unresolved, subject], places, text) or _zone_named_in_full([*unresolved, subject], places, text)
    if zone is not None:
        return zone
    # the last readings, each tried only when those before it found no one (an Issuer is never falsy)
    last = (
        _hall_of_the_one_province(placeless, text, places)
        or _titled_town_at_work(text, titles, places)
        or _led_town_at_work(opening, text, places)
        or _acting_after_purpose(opening, places, text)
        or _penalising_body(text, places)
        or _abbreviated_body(text, places)
        or _relative_subject_alone(text, places)
        or _town_station_said_short(text, places)
        or _department_leading_first_paragraph(text, opening, title, places)
    )
    if last is not None:
        return last
    return Issuer(unresolved=unresolved[0] if unresolved else outlets[0] if outlets else None)


# A town's or subdistrict's station, squad or branch, the place named with or without its 镇 /
# 乡 / 街道 (南翔城管中队, 南翔中队, 塘厦应急管理分局, 纱帽街道综合执法中心), opening a line or a clause.
_STATION_UNITS = "城管执法中队|城管中队|执法中队|市场监督管理所|市场监管所|应急管理分局|城管执法分局|综合执法中心|自然资源所"
_STATION_TOWN_ENDS = tuple(end for end in _TOWN_ENDS if end)  # (镇, 乡, 街道: a place's own word said)
_TOWN_STATION = re.compile(
    rf"(?:^|(?<=[，,。；;\n\s]))(?P<town>[{_HAN}]{{2,4}}?)(?:镇|乡|街道)?(?P<unit>{_STATION_UNITS}|中队)(?=[{_HAN}：:])"
)
# ...anywhere in a clause (会同江桥城管中队), tried from every character: 会同江桥城管中队 is
# 江桥's, not a place 会同江桥's.
_ANY_TOWN_STATION = re.compile(rf"(?=(?P<town>[{_HAN}]{{2,4}}?)(?:镇|乡|街道)?(?:{_STATION_UNITS}))")


def _department_leading_first_paragraph(text: str, opening: str, title: str | None, places: Gazetteer) -> Issuer | None:
    """A page whose opening read gave no author, taken for a headline or a site's line,
    over a first paragraph of prose whose first sentence has a department at work, by its
    purpose or its day first (为有效遏制…，近期，某市交通运输综合行政执法支队联合…开展…): that
    department. Not a place's government, which a news item of the place may be any body's;
    nor a superior praising the place or rating others (印发《关于表扬…》, 通报了…考核情况)."""
    for line in content_lines(text)[:_PROSE_LINES]:
        line = line.strip(" \t\u3000")
        if len(line) < _PROSE_CHARS or "。" not in line or line.startswith(opening[:20].strip()):
            continue
        sentence = line.split("。", 1)[0]  # (only the first paragraph of prose, its first sentence)
        if not _DEPARTMENT_END.search(sentence) or _COMMENDS.search(sentence) or _RATES_OTHERS.match(sentence):
            return None
        found = _lead_issuer(sentence, places, text)  # (the sentence's own lead: a page's dated line was read for its opening)
        if not found.issuer:
            found = _acting_after_purpose(sentence, places, text) or found
        if found.issuer and found.body_type not in _GOVERNMENT_BODIES and not _UNIT_FIRST.match(found.body_type or ""):
            return found
        return None
    return None


_PROSE_LINES = 12  # how far down a page its first paragraph of prose may start
_PROSE_CHARS = 40  # a paragraph, not a headline or a field
# The last character of a department's name (某局, 某支队, 某委, 某办, 某中心, 某所, 某站, 某厅, 城管, 部门).
_DEPARTMENT_END = re.compile(r"[局队委办心所站厅处管门]")
# A body read as a unit before its own place (白城支队通榆大队: the 支队 of 白城, its 通榆 大队), no body type.
_UNIT_FIRST = re.compile(r"^(?:总队|支队|大队|中队)")


def _town_station_said_short(text: str, places: Gazetteer) -> Issuer | None:
    """News that names no other author and has one town's station at work, the town said
    with or without its 镇 (近日，南翔城管中队…; 南翔中队：整治…): that station, when one town in
    the code table bears the name; two places' stations, or a name several places bear, and none."""
    head = text[: _HEAD_CHARS[1]]
    said = {m.group("town"): m.group("unit") for m in _TOWN_STATION.finditer(head) if any(m.group("town") + end in places.by_name for end in _STATION_TOWN_ENDS)}
    others = {m.group("town") for m in _ANY_TOWN_STATION.finditer(head) if any(m.group("town") + end in places.by_name for end in _STATION_TOWN_ENDS)}
    others = {town for town in others if not any(town in own for own in said)}  # (新村 of 梅园新村)
    if len(said) != 1 or others:
        return None  # (外冈城管中队会同江桥城管中队…: two towns' squads at work)
    ((town, unit),) = said.items()
    towns = {ident for end in _STATION_TOWN_ENDS for ident in places.by_name.get(town + end, ())}
    if len(towns) != 1:
        return None
    station = make_issuer(places.divisions[towns.pop()].name + ("城管中队" if unit == "中队" else unit), "text", text, places)
    return station if station.issuer and station.township else None


def _relative_subject_alone(text: str, places: Gazetteer) -> Issuer | None:
    """News that names nothing else as its author and has one department, named relative
    to its level, opening its clauses (…。近日，市农业综合行政执法支队突击执法…。市农业综合
    行政执法支队表示…): that department of the one division of its level the page names."""
    head = text[: _HEAD_CHARS[1]]
    said = [m for m in _RELATIVE_AT_WORK.finditer(head) if _RELATIVE.match(m.group("name"))]  # (not 市场监管局)
    if any(_VISITORS.match(head, m.end()) or _UNIT_OF.match(head, m.end()) for m in said):
        # (省农业农村厅督查组莅临某区…, 省市场监管局督导组执法人员…: a superior come to see the
        # place's own work; 县人社局劳动保障监察大队: a unit of the body, the name read short)
        return None
    names = {m.group("name") for m in said}
    if len(names) != 1:
        return None
    found = _anchored(names.pop(), places, text, "text")
    whole = _WHOLE_FIELD.search(head, 0, said[0].start())
    if found is not None and whole and _below_the_whole(found, whole.group("level"), places):
        return None  # (全市城管执法部门共出动…, then 区城管执法局 at work in one district: not the author)
    return found


# A whole division's system or departments of a field at work (全市城管执法部门, 全省水利系统).
_WHOLE_FIELD = re.compile(rf"全(?P<level>省|市|县|区)[{_HAN}]{{0,8}}?(?:系统|部门)")
# A body's group sent out, or its officials (督导组, 党组成员, 副局长).
_VISITORS = re.compile(rf"(?:督导组|督查组|检查组|调研组|党组|党委|[{_HAN}]{{0,4}}?(?:局长|厅长|主任|处长|书记))")
# A unit of a body right after the body's name (公安厅交管局, 人社局劳动保障监察大队).
_UNIT_OF = re.compile(rf"(?!联合|会同|与|和|对)[{_HAN}]{{0,8}}?(?:大队|支队|总队|中队|交管局|执法局|监督局)")


# The agent of a passive penalty (某公司因…被某市生态环境局处以罚款3万元).
_PENALISED_BY = re.compile(
    rf"被(?P<name>[{_HAN}（）()]{{4,40}}?(?:局|委员会|委|办公室|总队|支队|大队|中队|办事处|人民政府|海关|所|中心))"
    r"(?:依法)?(?:处以|处罚|罚款|作出|给予|责令|没收|吊销|立案)"
)


def _penalising_body(text: str, places: Gazetteer) -> Issuer | None:
    """News of a penalty that names no author and tells who imposed it only in the passive
    (某公司因…，被某区人民政府某街道办事处处以罚款…): that body, when the head names one
    and only one so, of a known division."""
    bodies = {}
    for found in _PENALISED_BY.finditer(text, 0, _HEAD_CHARS[1]):
        issuer = make_issuer(found.group("name"), "text", text, places)
        if not (issuer.division and issuer.body_type):
            return None
        bodies[issuer.issuer_key] = issuer
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _heads_alone(name: str, title: str | None, text: str) -> bool:
    """Whether a name heads the page alone: it is the title, or, with no title found, a line
    of its own (not a name read from a headline's start: 某局公布…典型案例)."""
    if title:
        return title.strip() == name
    return re.search(rf"^[ \t\u3000|•·]*{re.escape(name)}[ \t\u3000|]*$", text[: _HEAD_CHARS[1]], re.M) is not None


# A department's name alone, no place before it (水利局, 城市管理局, 文广旅局).
_BARE_BODY = re.compile(rf"[{_HAN}]{{1,12}}(?:局|委员会|委|办公室|办)")


def _zone_body(name: str, places: Gazetteer, text: str) -> Issuer | None:
    """A development zone's department by its whole name (扬州市经开区市场监管局), or None."""
    body = make_issuer(name, "title", text, places)
    return body if body.issuer and body.admin_level == "department" and _zone_read(name, places, text) else None


def _titled_division(titles: list[str], office: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """The government of the division a government's office belongs to, when a title read
    before opens on that division and no body of it (万载县多措并举、严管严控…)."""
    for name in titles:
        chain = places.read(name.strip(), text)
        if not chain.resolved or _BODY_AT_START.match(chain.rest) or _GOVERNMENT_AT_START.match(chain.rest) or not chain.rest[:1].strip():
            continue
        government = _government(places, chain.divisions, "furniture")
        if government.division == office.division:
            return government
    return None


def _titled_town_at_work(text: str, titles: list[str], places: Gazetteer) -> Issuer | None:
    """A news title that opens on a town or subdistrict and what it did (某镇开展安全生产联合
    检查), on a page nothing else names the author of: the town's own government, as a town
    does such work itself; not when the page names a body of the town. (A county or a city
    at work in a title is mostly one of its departments at work in its field, so it stays
    unnamed.)"""
    for name in titles:
        government = _division_at_work(name, places, text)
        if not government.issuer or government.township is None:
            continue
        return _town_alone(government, places, text)
    return None


def _town_alone(government: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """A town's government, unless the page's head names a body of the town."""
    bodies = _bodies_named(text[: _HEAD_CHARS[1]], places, text)
    if any(body.division == government.division and body.body_type not in _GOVERNMENT_BODIES for body in bodies):
        return None
    return government


def _led_town_at_work(opening: str, text: str, places: Gazetteer) -> Issuer | None:
    """A lead that opens, past its day, on a town or subdistrict named in full and what it
    did (连日来，某县某镇从严从实持续推进…): the town's government, as `_titled_town_at_work`
    reads a title."""
    day = _DAY_OPENER.match(opening)
    if day is None:
        return None
    clause = opening[day.end() :].lstrip(" \t\u3000")
    chain = places.read(clause, text)
    # (the act right after the town, past its manner: not 某镇执法队开展…, a body of it unsaid)
    if not chain.resolved or chain.division.level != "township" or not _TOWN_ACTS.match(chain.rest):
        return None
    return _town_alone(_government(places, chain.divisions, "first_sentence"), places, text)


def _same_field(one: Issuer, other: Issuer) -> bool:
    """Whether two bodies are of one field by their names' first words (市场监管局 and
    市场监管委; not 人民政府, which has none)."""
    a, b = one.body_type or "", other.body_type or ""
    return len(a) >= 2 and a[:2] == b[:2] and a not in _GOVERNMENT_BODIES and b not in _GOVERNMENT_BODIES


def _brigade_of(brigade: Issuer, bureau: Issuer) -> bool:
    """Whether `brigade` is an enforcement brigade of `bureau`'s field in its division
    (卫生健康执法大队 of 卫生健康委员会)."""
    own, kind = brigade.body_type or "", bureau.body_type or ""
    if own.endswith("大队") and kind.endswith("支队") and own[:-2] == kind[:-2] and _lies_inside(brigade, bureau):
        return True  # (来源: 某州消防救援支队 over news of a county's 消防救援大队 at work: the force's own unit there)
    return (
        bool(brigade.division) and brigade.division == bureau.division and own.endswith(("大队", "支队"))
        and len(kind) >= 2 and own[:2] == kind[:2] and kind not in _GOVERNMENT_BODIES
    )


def _told_by_department(division: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """The one department of `division` whose head or spokesman tells the figures in the
    lead (广西2023年…下降35% over 自治区应急管理厅厅长某某在…发布会上介绍): a title naming the
    division alone over a department's news."""
    lead = text[: _HEAD_CHARS[1]]
    if not any(word in lead for word in _MADE_PUBLIC_WORDS):
        return None
    names = {m.group("spokesman") or m.group("invited") for m in _MADE_PUBLIC.finditer(lead)} - {None}
    told = {body.issuer_key: body for name in names if _is_department_of(body := make_issuer(name, "text", text, places), division)}
    return next(iter(told.values())) if len(told) == 1 else None


def _field_of_division_at_work(division: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """The one field's bodies of `division` the head names (朔城区市场监督管理部门的执法人员…)
    under a title naming the division alone (朔州朔城区：整治校园周边食品安全…): that field's
    department."""
    own = division.township or division.county or division.city or division.province
    if not own:
        return None
    spelled = "|".join(re.escape(name) for name in {own, core_name(own) or own})
    found = {
        body.issuer_key: body
        for m in re.finditer(rf"(?:{spelled}){_FIELD_DEPARTMENT}", text[: _HEAD_CHARS[1]])
        if _is_department_of(body := make_issuer(m.group(0), "text", text, places), division)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _said_of(body: Issuer, division: Issuer) -> bool:
    """Whether the 我市 / 我县 said of `division` can be `body`'s own division: the same one,
    or one inside it of the same kind (a county-level 市 inside its prefecture)."""
    own, said = body.division or "", division.division or ""
    return own == said or (own.startswith(said) and own[-1:] == said[-1:] and body.county is not None)


def _hall_of_the_one_province(placeless: list[str], text: str, places: Gazetteer) -> Issuer | None:
    """A hall named with no place (记者从生态环境厅获悉) on a page that speaks of 我省 and names
    one province alone (四川): that province's hall, a 厅 being a province's body."""
    halls = [name for name in placeless if name.endswith("厅")]
    if not halls or "我省" not in text:
        return None
    return _hall_of_one_province(halls[0], text, places)


def _hall_of_one_province(hall: str, text: str, places: Gazetteer) -> Issuer | None:
    """A hall named with no place, of the one province `text` names, if it names one alone."""
    provinces = places.provinces_named(text)
    if len(provinces) != 1:
        return None
    (province,) = provinces
    body_type = _body_type(hall, province)
    return _issuer(places, (province,), body_type, "text") if body_type else None


# A zone named by its kind alone (高新区社会发展局, 2023年，经开区坚持…), and the body after it.
_BARE_ZONE_KIND = re.compile(r"高新技术产业开发区|经济技术开发区|高新区|经开区")
_BARE_ZONE = re.compile(rf"^(?:{_BARE_ZONE_KIND.pattern})(?:[{_HAN}]{{2,12}}?(?:局|委员会|管委会|中心|办公室))?")


def _zone_of_its_city(names: list[str], places: Gazetteer, text: str) -> Issuer | None:
    """A zone the report names by its kind alone, or by a name of its own that is no place's
    (辽东湾新区管委会), on a page that names one prefecture-level city and no county or
    county-level city (法治珠海, 平安珠海 around 2023年，高新区坚持…): that city's zone. A county's name leaves it open whose zone it is (太仓高新区
    lies in 苏州), and so do two cities."""
    bare = next((m.group(0) for name in names if (m := _BARE_ZONE.match(name))), None)
    if bare is None:
        # 辽东湾新区管委会: a zone by a name of its own that is no place's (not a place's zone
        # after the words that locate it: 位于肇庆高新区)
        own = next(
            (m for name in names if (m := _OWN_ZONE.match(name)) and places.names_at(m.group("own")) is None and not _LOCATED.match(m.group("own")) and not places.cities_spelled_short_in(m.group("own"))),
            None,
        )
        bare = own.group(0) if own else None
    if bare is None:
        return None
    head = text[:_SELF_READ]
    kind = _BARE_ZONE_KIND.match(bare)
    cities = set(places.cities_spelled_short_in(head))
    for division in places.named_in(head):
        if division.level == "county" and not division.name.endswith("区"):
            return None
        if division.level == "county" and kind and _core(division.name) + kind.group(0) in head:
            return None  # 洮北经开区 beside 洮北区: the district's own zone, not the city's
        cities.update(d.name for d in places.ancestors(division) if d.level == "city")
    if len(cities) != 1:
        return None
    zone = make_issuer(cities.pop() + bare, "text", text, places)
    return zone if zone.admin_level in ("development_zone", "department") and zone.issuer else None


# Words that say where something lies, before a place (位于肇庆高新区, 地处…).
_LOCATED = re.compile(r"位于|地处|坐落|在|于")
# A zone by a name of its own (辽东湾新区), and the body after it.
_OWN_ZONE = re.compile(
    rf"^(?P<own>[{_HAN}]{{2,4}}?)(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|新区|开发区|工业园区|产业园区|产业园)"
    rf"(?:管理委员会|管委会)?(?:[{_HAN}]{{2,12}}?(?:局|委员会|中心|办公室))?$"
)
# A zone named by a word of its kind alone (2022年，开发区坚持…), and the body after it.
_BARE_ZONE_WORD = re.compile(rf"^(?P<kind>开发区|高新区|经开区|新区|园区)(?P<body>[{_HAN}]{{2,12}}?(?:局|委员会|管委会|中心|办公室))?")
_KIND_IN_FULL = {"高新区": ("高新技术产业开发区", "高新区"), "经开区": ("经济技术开发区", "经济开发区", "经开区")}


def _zone_named_in_full(names: list[str], places: Gazetteer, text: str) -> Issuer | None:
    """A zone the report names by a word of its kind (开发区坚持…), on a page that names one
    zone of that kind in full, if only in its documents' titles (《西宁经济技术开发区政府信息
    公开指南》): that zone. Two such zones named, or none, and the word stays unread."""
    bare = next((m for name in names if (m := _BARE_ZONE_WORD.match(name))), None)
    if bare is None:
        return None
    ends = _KIND_IN_FULL.get(bare.group("kind"), (bare.group("kind"),))
    zones = [zone for zone in _zones_named(text, places) if zone.division.endswith(ends)]
    # one zone said short too (an account named 西宁开发区 beside 西宁经济技术开发区) is one zone
    zones = [zone for zone in zones if not any(other.division.startswith(zone.division[: -len(bare.group("kind"))]) and len(other.division) > len(zone.division) for other in zones)]
    if len(zones) != 1:
        return None
    body = bare.group("body")
    return make_issuer(zones[0].division + body, "text", text, places) if body else zones[0]


# A yearbook's count told of a town by its name: 2024年，寻召乡主动公开政务信息数545条.
_TOWN_DISCLOSED = re.compile(rf"{_YEAR}年度?[，,]\s*(?P<town>[{_HAN}]{{1,8}}?(?:乡|镇|街道))主动公开")


def _disclosing_town(lead: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """A yearbook whose first sentence names its county's government (平乡县人民政府办公室,
    the opening of the county's own yearbook, copied) and whose count of information
    disclosed is told of one of the county's towns (2024年，寻召乡主动公开…): the town's."""
    if lead.body_type not in (*_GOVERNMENT_BODIES, *_GOVERNMENT_OFFICES) or lead.township or "主动公开" not in text:
        return None
    told = _TOWN_DISCLOSED.search(text, 0, _SELF_READ)
    if told is None:
        return None
    town = make_issuer(lead.division + told.group("town"), "text", text, places)
    return town if _lies_inside(town, lead) and town.body_type in _GOVERNMENT_BODIES else None


def _hosts_unresolved_namesake(host: Issuer, unresolved: list[str], places: Gazetteer) -> bool:
    """Whether a name the page gave and the gazetteer could not read is a place called after
    the host's division but not that division (勐腊(磨憨)重点开发开放试验区 on 勐腊县's site)."""
    division = places.divisions.get(host.division_code or "")
    if division is None or not host.issuer:
        return False
    short = _core(division.name)
    return any(name.startswith(short) and not name.startswith(division.name) and len(name) > len(short) + 1 for name in unresolved)


def _placed_in_text(name: str, places: Gazetteer, text: str) -> Issuer:
    """A title's body named without its place (辽滨沿海经济技术开发区管理委员会), which the text
    names with it (2021年，盘锦辽滨沿海经济技术开发区管理委员会…): the body there."""
    if len(name) < 6 or not _NAME_END.search(name):
        return Issuer()
    head = text[:_SELF_READ]
    at = head.find(name)
    while at >= 0:
        start, at = at, head.find(name, at + len(name))
        if not _HAN_ONLY.fullmatch(text, max(0, start - 2), start):
            continue  # (the title itself, on a line of its own: no place written before it)
        for length in range(2, _ZONE_NAMED_BEFORE + 1):
            place = text[max(0, start - length) : start]
            if not _HAN_ONLY.fullmatch(place):
                break
            chain = places.read(place)
            if (chain.resolved and not chain.rest) or (length <= 4 and places.city_spelled_short(place + name) is not None):
                found = make_issuer(place + name, "title", text, places)
                if found.issuer:
                    return found
    return Issuer()


# A lead that tells of a superior's commendation (印发《关于表扬…》, 通报表扬, 予以表彰).
_COMMENDS = re.compile(r"(?:印发|下发|发布|公布)了?《关于(?:通报)?(?:表扬|表彰)|通报(?:表扬|表彰)|予以(?:表扬|表彰)")


def _page_lead(opening: str, text: str, title: str | None, places: Gazetteer) -> Issuer:
    """The issuer the page's lead names: its first sentence's, or, when that sentence does
    not open on the year, the first dated line's below a yearbook's preamble."""
    if _COMMENDS.search(opening):
        return Issuer()  # (某省某委员会办公室印发《关于表扬…的通报》，某县获评优秀: a superior praising the page's place)
    lead = _lead_issuer(opening, places, text)
    if not lead.issuer and (past := _past_slogan(opening)) != opening:
        lead = _lead_issuer(past, places, text)  # (彰显执法温度，持续提升执法质效。今年以来，某省…)
    if not lead.issuer and not _LEAD_OPENER.match(opening):
        lead = _lead_issuer(_dated_opening(text, title), places, text)
    return lead


def _is_government_of(lead: Issuer, body: Issuer) -> bool:
    """Whether a lead names the government of the division a body lies in."""
    return lead.body_type in _GOVERNMENT_BODIES and lead.division == body.division


# A government's own office for disclosure, which compiles the government's yearbook.
_DISCLOSURE_OFFICES = ("政府信息公开办公室", "政务公开办公室", "政府信息公开办", "政务公开办")


def _speaks_as(division: str, text: str) -> bool:
    """Whether a report speaks of its author as the division (我区, 我县) and never as 我中心."""
    head = text[:_SELF_READ]
    return f"我{division[-1]}" in head and "我中心" not in head and "本中心" not in head


# What a division does in a news title's first words (三举措推进, 开展, 查处 …).
_DIVISION_ACTS = re.compile(r"推进|开展|召开|举办|部署|启动|组织|查处|整治|打击|强化|加强|实施")
# …and what a town did right after its name in a lead, past the manner of it (从严从实持续推进…).
# (or its heads leading the work: 某镇党委副书记、镇长某某率领检查组…)
_TOWN_ACTS = re.compile(
    rf"(?:从严|从实|持续|全面|积极|扎实|深入|大力|着力|切实|迅速|集中){{0,4}}(?:{_DIVISION_ACTS.pattern})"
    rf"|(?:党?委)?(?:[、，,]?(?:副?书记|副?镇长|副?乡长|副?主任|人大主席))+[{_HAN}]{{2,3}}?(?:率领|率队|带队|带领)"
)


def _division_at_work(title: str, places: Gazetteer, text: str) -> Issuer:
    """A news title that opens on a division and what it did (万载县三举措推进城市管理工作): its
    government; nothing when a body follows the place. (The province may open it by its short
    name: 安徽和县乌江镇：开展…)"""
    chain = places.read(title.strip(), text)
    if not chain.resolved and (full := _province_in_full(title.strip(), places)):
        chain = places.read(full, text)
    # (or a colon after the place, what it did told after it: 某市某县某镇:常抓不懈 安全生产在行动)
    if not chain.resolved or not (_DIVISION_ACTS.search(chain.rest, 0, 10) or chain.rest[:1] in ":：") or _BODY_AT_START.match(chain.rest):
        return Issuer()
    return _government(places, chain.divisions, "title")


# The kind of body a department's name ends on, past its field (应急管理局: 应急管理).
_BODY_KIND = re.compile(r"(?:局|委员会|委|办公室|办|总队|大队|支队|中队|队|中心)$")
# A government's own name in a title (某县人民政府, 某区政府, 某街道办事处): the title names a body.
_GOVERNMENT_WORD = re.compile(r"政府|办事处|管委会|委员会|行政公署|行署")


# The fields a department works in that its name does not spell (a 司法局 handles reconsiderations).
_FIELDS_UNNAMED = {"司法局": ("行政复议", "行政应诉"), "生态环境局": ("污染源", "环境执法")}


# A title's field right after its division and year (四川省2019年卫生健康…).
_FIELD_AFTER_YEAR = re.compile(rf"\s*{_YEAR}年度?\s*{_FIELD}")
# A year's work summary or plan that names no field (2023年工作总结和2024年工作打算).
_PLAIN_SUMMARY = re.compile(rf"\s*{_YEAR}年度?\s*工作(?:总结|要点|计划|打算)")


def _names_field_of(title: str, department: Issuer) -> bool:
    """Whether a title names a department's field: its name without the kind of body
    (应急管理 of 应急管理局), or a field the name does not spell (行政复议 of a 司法局)."""
    body = department.body_type or ""
    field = _BODY_KIND.sub("", body)
    return (len(field) >= 2 and field in title) or any(word in title for word in _FIELDS_UNNAMED.get(body, ()))


def _is_department_of(lead: Issuer, government: Issuer) -> bool:
    """Whether a lead names a body of the division whose government another name is."""
    return bool(lead.body_type) and lead.body_type not in _GOVERNMENT_BODIES and lead.division == government.division


def _told_inside(government: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """来源: 湖南省人民政府 over a lead that learned its figures from a body inside the province
    (从常德市环境监察支队获悉，…): the site put up what that body told; None otherwise."""
    told = _TOLD_BY.search(text[:_SELF_READ])
    if told is None:
        return None
    body = make_issuer(told.group("name"), "text", text, places)
    return body if body.issuer and body.body_type not in _GOVERNMENT_BODIES and (_lies_inside(body, government) or body.division == government.division) else None


def _titled_inside(titles: list[str], outer: Issuer, places: Gazetteer, text: str) -> bool:
    """Whether a title opens on a place inside `outer`'s division (上杭县… under 福建省…)."""
    for title in titles:
        chain = places.read(title.strip(), text)
        if chain.resolved and _place_inside(places, chain.divisions, outer):
            return True
    return False


def _titled_below(titles: list[str], body: Issuer, places: Gazetteer, text: str) -> bool:
    """Whether a title names a place inside `body`'s division, in full or a city said short
    (枣庄严打… under a province's bureau), and no place that is not."""
    for title in titles:
        named = [*places.named_in(title), *(places.divisions[idents[0]] for city in places.cities_spelled_short_in(title) if len(idents := places.by_name[city]) == 1)]
        if named and all(_place_inside(places, tuple(places.ancestors(division)), body) for division in named):
            return True
    return False


def _place_inside(places: Gazetteer, divisions: tuple[Division, ...], outer: Issuer) -> bool:
    """Whether the place a chain of divisions ends on lies inside `outer`'s division, not the same."""
    return _lies_inside(_issuer(places, divisions, "人民政府", "title"), outer)


def _lies_inside(inner: Issuer, outer: Issuer) -> bool:
    """Whether an issuer's division lies inside another's, not the same."""
    return bool(inner.division and outer.division and inner.division != outer.division and inner.division.startswith(outer.division))


def _written_inside(publisher: Issuer, furniture: Furniture, places: Gazetteer, text: str) -> Issuer:
    """发布机构: 某区政府办 over 信息来源: 城东街道 (a subdistrict of that district): the office
    that runs the site put up what a body inside its division wrote, and that body is the
    issuer. A source elsewhere, or no nearer, leaves the publisher."""
    if not furniture.source or furniture.source == furniture.publisher or not publisher.division:
        return publisher
    written = make_issuer(furniture.source, "furniture", text, places)
    return written if _lies_inside(written, publisher) else publisher


def _name_in_tail(name: str, places: Gazetteer) -> str | None:
    """A title a page glued to the words before it (执法和司法杭州市司法局, a site's section
    and the title): the name from the first division on, when it reads as a division and a
    body to its end. A name that opens on a division is read as it stands, and a numbered
    heading (一、某区行政执法基本情况) is a section, not a title; so is one that opens on a name
    several places bear (河东区综合行政执法局 is no 东区's bureau glued to a 河). After a colon
    the title starts afresh (栏目名:某镇人民政府)."""
    labelled = re.split(r"[:：]", name)[-1]
    if labelled != name and not is_furniture_line(name):  # (责任处室：某镇政府 is the page's furniture)
        name = labelled
        chain = places.read(name)
        if chain.resolved and _body_type(chain.rest, chain.division) is not None:
            return name
    if places.names_at(name, 0) is not None:
        return None
    for at in range(1, len(name) - 2):
        if not _HAN_ONLY.fullmatch(name[:at]):
            return None
        if places.names_at(name, at) is None:
            continue
        chain = places.read(name[at:])
        if chain.resolved and _body_type(chain.rest, chain.division) is not None:
            return name[at:]
    return None


def _own_department(opening: str, issuer: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """A title or a publisher that names a division's government, over a report whose first
    sentence has one of its departments as subject ("2024年，某县林业局紧密围绕…",
    "2021年，市林湿局全面推行…"): the department wrote the report, the government's site
    put it up. Not so below a county: a subdistrict's or township's 综合执法大队 enforces
    in the office's name, and the office reports."""
    if issuer.body_type not in _GOVERNMENT_BODIES or issuer.source not in ("title", "furniture") or issuer.township:
        return None
    if _LEAD_OPENER.match(opening):
        starts = [_LEAD_PREFIX.match(opening).end()]
    elif _PURPOSE_OPENER.match(opening):
        # 为持续…，进一步…，自2月17日至5月6日，延边州生态环境系统在全州…: the clause that names it
        starts = [m.end() for m in itertools.islice(_CLAUSE_BREAK.finditer(opening), _SUBJECT_CLAUSES)]
    else:
        return None
    for start in starts:
        found = _subject_body(opening[start:][:60].lstrip(), issuer, places, text)
        if found is not None and _COMPILED_HERE.match(opening, start):
            return None  # (根据…，某市人民政府办公室编写了本报告: the office compiled the government's yearbook)
        if found is not None:
            return found if found.body_type not in _GOVERNMENT_BODIES and found.division == issuer.division else None
    return None


# A clause whose subject compiled the report the reader holds (某市人民政府办公室编写了本报告).
_COMPILED_HERE = re.compile(rf"\s*[{_HAN}（）()]{{2,40}}?(?:编写|编制|汇总|撰写)了?(?:本|该)(?:年度)?(?:报告|年报)")


def _subject_body(subject: str, issuer: Issuer, places: Gazetteer, text: str) -> Issuer | None:
    """The body a clause opens on, named in full or relative to `issuer`'s division."""
    relative = _RELATIVE.match(subject)
    if relative and not places.names_at(subject):
        body = _BODY_AT_START.match(relative.group("body"))
        return _relative(relative.group("level") + body.group(0), issuer, places, "first_sentence") if body else None
    chain = places.read(subject, text)
    return _lead_body(chain, places) if chain.resolved else None


def _relative_author(opening: str, text: str, handed_over: bool = True) -> list[tuple[str, str]]:
    """A department named relative to its division where a report names its author: the
    subject of its first sentence (2022年以来，市司法局以…) or, unless `handed_over` is
    False, the body that hands the report over (现将市水务局2025年度…报告如下)."""
    found = []
    byline = _BYLINE_FIRST.match(opening)
    opening = opening[byline.end() :] if byline else opening  # ((通讯员 某某)连日来，市…支队…)
    opening = _past_slogan(opening)
    led = _SUBJECT_UNDER_LEADERSHIP.match(opening)
    if led:
        found.append(("first_sentence", led.group("name")))
    elif _LEAD_OPENER.match(opening) or _LED_OPENER.match(opening) or _DAY_OPENER.match(opening) or _PURPOSE_OPENER.match(opening):
        # the subject may follow clauses that set the scene (2023年是…之年，在…领导下，县政府…)
        starts = [_LEAD_PREFIX.match(opening).end()] + [m.end() for m in _CLAUSE_BREAK.finditer(opening)]
        subject = _subject_at(opening, starts) or _led_department(opening)
        if subject:
            found.append(("first_sentence", subject))
    behalf = _ON_BEHALF.search(text, 0, _HEAD_CHARS[0]) if not found else None
    if behalf:  # (我受县政府委托，向本次会议报告全县2020年度法治政府建设情况)
        found.append(("text", behalf.group("name")))
    dateline = _OUTLET_LEAD.match(opening) if not found else None
    if dateline:  # (秀山网讯 近日，县交通运输综合行政执法支队联合…; 本报济南3月21日讯 为…，省应急管理厅…)
        subject = _subject_at(opening, [dateline.end()] + [m.end() for m in _CLAUSE_BREAK.finditer(opening, dateline.end())])
        if subject:
            found.append(("first_sentence", subject))
    handed = _REPORTS_BY.search(text[:_SELF_READ]) if handed_over else None
    if handed and _RELATIVE.match(handed.group("name")):
        found.append(("text", handed.group("name")))
    return found


# A news item's reporters in brackets before its lead.
# (the outlet may come first: (某某广播电视台全媒体记者某某报道))
_BYLINE_FIRST = re.compile(r"^\s*[(（][^()（）\n]{0,16}?(?:通讯员|记者|实习生)[^()（）\n]{1,40}[)）]\s*")
# A short sentence of a slogan before a news lead.
_SLOGAN = re.compile(r"^\s*[^。！!？?\n]{2,16}[。！!]")


def _past_slogan(opening: str) -> str:
    """An opening from the sentence after the slogan it may open on (元旦小长假，安全不放假。
    为扎实做好…，区安委办统一部署…; 春耕备耕，农资先行。为确保…，某市农业行政执法队迅速行动)."""
    slogan = _SLOGAN.match(opening)
    return opening[slogan.end() :] if slogan and not _opens_a_lead(opening) else opening


def _opens_a_lead(opening: str) -> bool:
    return any(opener.match(opening) for opener in (_LEAD_OPENER, _LED_OPENER, _DAY_OPENER, _PURPOSE_OPENER, _SUBJECT_UNDER_LEADERSHIP))


# 市文旅局在市委、市政府的领导下…: a report that opens on its author, named relative to its
# division, and the leadership it worked under.
_SUBJECT_UNDER_LEADERSHIP = re.compile(
    rf"\s*(?P<name>[省市区县旗镇乡][{_HAN}]{{2,14}}?(?:局|厅|委员会|委|办公室|总队|大队|支队|中队|执法队|中心))"
    r"(?=在[^，,。；;]{2,40}?(?:领导|指导)下)"
)


# 在市委、市政府的正确领导下，农业农村局…: a department named alone, under the leadership of
# its division's party committee and government, which say the division's level.
_LED_BY_LEVEL = re.compile(r"在(?P<level>[省市县区旗])委[、，,]?(?P=level)政府[^，,。；;]{0,12}?领导下[，,]\s*")


def _led_department(opening: str) -> str | None:
    """市农业农村局 for "…在市委、市政府的正确领导下，农业农村局认真贯彻…": the department the
    clause after its leadership opens on, named relative to the level the leadership says."""
    led = _LED_BY_LEVEL.search(opening, 0, 60)
    if led is None:
        return None
    body = _BODY_AT_START.match(opening[led.end() : led.end() + 30])
    if body is None or _RELATIVE.match(body.group(0)) or _body_type(body.group(0), None) in (None, *_GOVERNMENT_BODIES):
        return None
    if body.group(0).endswith("委") and _is_place_short(body.group(0)[:-1]):
        return None  # (…领导下，朔州委、政府坚持…: a city's party committee, its 市 left out)
    return led.group("level") + body.group(0)


def _is_place_short(word: str) -> bool:
    """Whether a word is a division's name without its level (朔州 for 朔州市)."""
    places = standard()
    return any(word + end in places.by_name for end in ("市", "县", "区", "州", "盟", "旗"))


_BRANCH_AFTER = re.compile(rf"[{_HAN}]{{2,4}}?分局")


# A body's group come to look at a place (综合督导组一行5人, 检查组).
_VISITING_GROUP = re.compile(r"[^，,。；;]{0,6}?(?:督导|督查|检查|暗访|巡查|评估|考核|调研|指导)组")


def _relative_subject(clause: str) -> str | None:
    """市司法局 (or 县政府) when a clause opens on a department (or the government) named
    relative to its division, also after its party committee (县委、县政府); 省政府 when it
    opens on every government of the division (全省各级行政机关)."""
    every = _EVERY_GOVERNMENT.match(clause)
    if every:
        return every.group("level") + "政府"
    system = _DIVISIONS_SYSTEM.match(clause)
    if system:
        # 我区各级市场监管部门…: the field's bodies of the division the page speaks as, so its bureau
        return system.group("level") + system.group("field") + "部门"
    if clause.startswith("由") and not clause.startswith("由于"):
        clause = clause[1:]  # 由县某办公室牵头…: the body that leads what the clause tells
    day = _DAY_OPENER.match(clause)
    if day:
        clause = clause[day.end() :].lstrip(" \t\u3000")  # (…，近段时间以来，县某大队持续开展…)
    clause = _PARTY_AND_GOVERNMENT.sub(lambda m: m.group("level"), clause, count=1)
    plain = _PARTY_COMMITTEE_WITH.sub("", clause, count=1)
    relative = _RELATIVE.match(plain)
    if not relative:
        return None
    body = _BODY_AT_START.match(relative.group("body")) or _RELATIVE_GOVERNMENT.match(relative.group("body"))
    if body is None:
        return None
    if _VISITING_GROUP.match(plain, relative.start("body") + body.end()):
        return None  # 市安委办综合督导组一行5人…对某区…评估: a group visiting the place, no author
    # (市生态环境局霍州分局: the city bureau's branch in one of its counties)
    branch = _BRANCH_AFTER.match(relative.group("body"), body.end()) if body.group(0).endswith("局") else None
    return relative.group("level") + body.group(0) + (branch.group(0) if branch else "")


def _division_ends(level: str) -> tuple[str, ...]:
    """How the names of divisions of a level word end: 街 / 街道 (a subdistrict goes by
    either), else the word itself (县, 镇, 市 …)."""
    return ("街道", "街") if level.startswith("街") else (level,)


def _subject_at(opening: str, starts: list[int]) -> str | None:
    """The relative body that opens the first of a sentence's first clauses that opens on one
    (a clause from each of `starts`, up to `_SUBJECT_CLAUSES` of them)."""
    return next(filter(None, (_relative_subject(opening[start:].lstrip(" \t\u3000")) for start in starts[:_SUBJECT_CLAUSES])), None)


# A report made to a congress on its government's behalf (我受县政府委托，向本次会议报告…).
_ON_BEHALF = re.compile(r"受(?P<name>[省市区县](?:人民)?政府)委托[，,]?\s*向")
# A news item's dateline naming its outlet after a place (秀山网讯, 某县融媒讯), and the lead
# that opens on it, with the time it tells (秀山网讯 近日，…).
_OUTLET = re.compile(rf"(?:^|\n)\s*(?P<place>[{_HAN}]{{2,3}})(?:网|新闻网|融媒|{_PAPER}|电视台){_DAY_OF_ISSUE}讯")
# …or the outlet that learnt what a lead tells (四川新闻网从某局获悉).
_OUTLET_TOLD = re.compile(rf"{_NEWS_OUTLET}(?:记者)?从")
# A field's 部门 (覃塘区市场监管部门): its bodies together, none of them named outright.
_FIELD_DEPARTMENTS_NAMED = re.compile(r"[\u4e00-\u9fff]部门")
# …the outlet alone, and its reporters, before the lead's day.
# (a colon may follow: 天津北方网讯:近日，…; a bullet the page printed as a dot may stand before,
# and the paper's site before the paper: 来宾网-来宾日报讯)
# (or a site and its channel with a dot between, the channel a 新闻 of its own: 齐鲁网·闪电新闻10月2日讯;
# as the prefix a lead is read past, any 某某新闻…讯)
_SITE_OF_PAPER = rf"[{_HAN}]{{2,6}}网\s*(?:[-—－]|·)\s*"
_OUTLET_PREFIX = re.compile(rf"^[\s.·•]*(?:{_SITE_OF_PAPER})?[{_HAN}]{{2,6}}(?:网|融媒|新闻|{_PAPER}|电视台){_DAY_OF_ISSUE}讯\s*(?:[(（][^()（）\n]{{1,40}}[)）])?\s*[:：]?\s*")
_OUTLET_LEAD = re.compile(
    rf"^[\s.·•]*(?:(?:{_SITE_OF_PAPER})?[{_HAN}]{{2,6}}(?:网|融媒|(?<=·[{_HAN}]{{2}})新闻|{_PAPER}|电视台){_DAY_OF_ISSUE}讯|本报(?:[{_HAN}]{{2,4}}\d{{1,2}}月\d{{1,2}}日电?)?讯)"
    # (its reporters in brackets, and a day told relative to the page's: 鄞州新闻网讯(记者 某某)前天，)
    rf"\s*(?:[(（][^()（）\n]{{1,40}}[)）])?\s*[:：]?\s*(?:近日|日前|今年以来|近期|前天|昨天|昨日|今天|今日)?[，,\s]*"
)


def _anchored(name: str, places: Gazetteer, text: str, source: str) -> Issuer | None:
    """市商务局 in a title, on a page that names one city and no other (湖州市): that
    city's 商务局; 省农业农村厅 on a page that names one province, by its short name at
    least (福建). Two named, or none, and the name stays unread."""
    m = _RELATIVE.match(name)  # every relative name matches
    level = m.group("level")
    ends = _division_ends(level)
    named = [d for d in places.named_in(text) if d.name.endswith(ends)] or _named_divisions(text, places, ends)
    if level == "市" and (city := _outlet_city(text, places)) is not None:
        named = [city]
    if not named and level in ("省", "区", "自治区"):
        # a province's own paper or channel may be all that names it (《福建日报》, 甘肃卫视),
        # or a word on it (考察内蒙古): an autonomous region is a 区
        named = [d for d in places.provinces_spelled_short(text) if d.name.endswith("省" if level == "省" else "自治区")]
    if not named and level == "县":
        # a county said short, then a colon, at the head of a news title (营山：部门联动…)
        said = {county.ident: county for m in _PLACE_COLON.finditer(text, 0, _HEAD_CHARS[1]) if (county := places.county_spelled_short(m.group("place") + "：")) is not None}
        named = list(said.values()) if len(said) == 1 else []
    if not named and level in ("县", "区"):
        # a county's own outlet at the head of its news (秀山网讯 近日，县交通运输…支队…)
        # (or its media centre named anywhere in the head: 来源: 蓬安融媒)
        outlet = _OUTLET.search(text, 0, _HEAD_CHARS[0]) or _COUNTY_MEDIA.search(text, 0, _HEAD_CHARS[1]) or _COUNTY_SECTION.search(text, 0, _HEAD_CHARS[1])
        chain = places.read(outlet.group("place") + level) if outlet else None
        named = [chain.division] if chain is not None and chain.resolved and not chain.rest and chain.division.level == "county" else []
    if len(named) == 2 and level == "市":
        # a county-level 市 in the head and its prefecture further down (海安市…, then 南通市
        # 政务服务平台): the one the page opens on
        inner, outer = sorted(named, key=lambda d: d.level != "county")
        if inner.parent == outer.ident and inner.name in text[: _HEAD_CHARS[0]] and outer.name not in text[: _HEAD_CHARS[0]]:
            named = [inner]
    if not named and level == "市":
        # a city written short alone (梅州今年以来…, 广安新闻网), as its people write it; not
        # beside a municipality said short, a city too (天津滨海机场至唐山: two cities, no guess)
        head = text[: _HEAD_CHARS[1]]
        named = [places.divisions[idents[0]] for city in places.cities_spelled_short_in(head) if len(idents := places.by_name[city]) == 1]
        if named and places.municipalities_spelled_short(head):
            named = []
        elif not named and len(municipalities := places.municipalities_spelled_short(head)) == 1:
            # a municipality said short, and no other city (天津河湖…专项行动 over 从市水务局获悉):
            # the municipality is the 市 its bodies are named relative to
            named = municipalities
    if not named and level == "市":
        # the city's own paper (来源:本溪日报), though a county of the city bears its short name too
        papers = {paper.group("place") + "市" for paper in _CITY_PAPER.finditer(text, 0, _HEAD_CHARS[1])}
        named = [city for name in papers for ident in places.by_name.get(name, ()) if (city := places.divisions[ident]).level == "city"]
    if len(named) != 1 or _named_with_siblings(named[0], places, text):
        return None
    if m.group("body").endswith("分局") and named[0].level == "city":
        branch = make_issuer(named[0].name + m.group("body"), source, text, places)
        return branch if branch.issuer and branch.body_type else None
    # (省人社部门 on a page that names 省人社厅: the province's 厅)
    body_type = _body_type(_named_hall(m.group("body"), named[0], text) or m.group("body"), named[0])
    return _issuer(places, tuple(places.ancestors(named[0])), body_type, source) if body_type else None


# A lesson to learn from an accident elsewhere (深刻汲取某市某镇“9·2”较大火灾事故教训).
_LESSON = re.compile(r"(?:吸取|汲取)[^。；;，,]{0,40}?教训")
# A county's media centre or station (蓬安融媒, 某县融媒体中心, 蕲春广播电视台), or its site's
# section of its own news in a breadcrumb (首页 今日洛宁 > 部门动态).
_COUNTY_MEDIA = re.compile(rf"(?<![{_HAN}])(?P<place>[{_HAN}]{{2,3}})(?:融媒(?:体中心)?|广播电视台|电视台)")
_COUNTY_SECTION = re.compile(rf"今日(?P<place>[{_HAN}]{{2,3}})\s*[>＞›»]")
# A city's own paper or news site (本溪日报, 广安新闻网, 呼和浩特晚报).
_CITY_PAPER = re.compile(rf"(?<![{_HAN}])(?P<place>[{_HAN}]{{2,4}})(?:{_PAPER}|新闻网)")
# A news title opening on a place said short and a colon (营山：部门联动…).
_PLACE_COLON = re.compile(rf"(?:^|\n)\s*(?P<place>[{_HAN}]{{2,3}})\s*[:：]")


def _named_with_siblings(division: Division, places: Gazetteer, text: str) -> bool:
    """Whether a county-level city is named beside another place of its prefecture (孟州市市场
    监管局、解放区市场监管局 praised at a meeting): one of the prefecture's parts the page
    lists, the prefecture's 市 the page's own."""
    return division.level == "county" and any(
        other.parent == division.parent and other.ident != division.ident for other in places.named_in(text)
    )


def _self_named(text: str, places: Gazetteer) -> Issuer | None:
    """A report that speaks of its author as 我局 / 本队 / 我镇 and names one body of that
    kind (区司法局, 某街综合执法大队, 某镇人民政府): that body. A department's word (我局)
    goes before a division's (我区): a bureau speaks of its district too. Names inside
    《》 are documents' titles, not the author, unless no body of the kind is named
    outside them and the document is one the report says was issued (印发《…》): a body
    issues its own. Two bodies of the kind, and none is chosen."""
    head = blank(_QUOTED_TITLE, text[:_SELF_READ])
    kinds = {m.group("kind") for m in _SELF_KIND.finditer(head)}
    kinds = (kinds & _DEPARTMENT_KINDS) or kinds
    if not kinds:
        return None
    found = {issuer.issuer_key: issuer for issuer in _bodies_named(head, places, text, authors_only=True) if _of_kind(issuer, kinds)}
    if not found and not kinds & _DEPARTMENT_KINDS:
        found = {issuer.issuer_key: issuer for issuer in _divisions_named(text, places, kinds)}
    if not found:
        issued = " ".join(m.group("titles").replace("《", " ").replace("》", " ") for m in _ISSUED.finditer(text[:_SELF_READ]))
        found = {issuer.issuer_key: issuer for issuer in _bodies_named(issued, places, text) if _of_kind(issuer, kinds)}
    if not found and kinds & _DEPARTMENT_KINDS:
        # 我委 and 市卫健委 on a page that names one city (乌海市): that city's commission
        relative = {m.group(0) for m in _RELATIVE_BODY.finditer(head)}
        found = {issuer.issuer_key: issuer for name in relative if (issuer := _anchored(name, places, text, "text")) is not None and _of_kind(issuer, kinds)}
    return next(iter(found.values())) if len(found) == 1 else None


# A department named relative to its level in running text (在市卫健委官网, 由县应急局牵头).
# (not one of several bodies listed together: 县公安局、县市场监督管理局联合印发)
_RELATIVE_BODY = re.compile(rf"(?<=[在由向经据，,])[省市区县][{_HAN}]{{1,8}}?(?:委员会|委|局|厅)(?=[{_HAN}]{{0,2}}(?:官网|网站|牵头|负责|印发|发布|组织|召开|开展))")


# A department named relative to its level opening a clause (，自治区市场监管局研究部署…).
# (安委会办公室 is one body: not 市政府安委 and 会办公室 after it)
_RELATIVE_SUBJECT_AT = rf"(?:^|(?<=[，,。；;\n]))\s*(?P<name>(?:自治区|省|市|区|县)[{_HAN}]{{{{2,10}}}}?(?:{{ends}}))(?=[{_HAN}])(?![{_HAN}]?[、])"
_DEPARTMENT_ENDS = "局|厅|委员会|委会办公室|委(?!会)"
_RELATIVE_SUBJECT = re.compile(_RELATIVE_SUBJECT_AT.format(ends=_DEPARTMENT_ENDS))
# A body the page names once in full and then by a short name of its own (某市市场监管综合行政
# 执法队（以下简称执法队）…): the body the page is about.
_ABBREVIATED = re.compile(rf"(?:^|(?<=[，,。；;：:\n\s]))(?P<name>[{_HAN}]{{3,30}}?(?:局|厅|委员会|委|办公室|总队|支队|大队|执法队|中心))\s*[（(](?:以下简称|以下称|下称|简称)")


def _abbreviated_body(text: str, places: Gazetteer) -> Issuer | None:
    """News that names no other author and gives one body a short name to call it by: that
    body (a relative name, 市交通运输综合行政执法总队（以下简称执法总队）, read against the one
    city the page names)."""
    found = _ABBREVIATED.search(text, 0, _HEAD_CHARS[1])
    if found is None:
        return None
    name = found.group("name")
    body = _anchored(name, places, text, "text") if _RELATIVE.match(name) and not places.names_at(name) else make_issuer(name, "text", text, places)
    return body if body is not None and body.issuer and body.body_type else None


# A department or a brigade named relative to its level opening a clause (，市交通运输局表示…,
# ，县卫健执法大队认真落实…).
_RELATIVE_AT_WORK = re.compile(_RELATIVE_SUBJECT_AT.format(ends=_DEPARTMENT_ENDS + "|总队|支队|大队"))
# A body opening a clause: the subject of what the clause tells.
_CLAUSE_OPENS = re.compile(r"(?:^|(?<=[，,。；;：:\n]))\s*")
# The day a clause tells right before its subject (2024年10月16日清新区林业局…).
_DAY_BEFORE_NAME = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|近日|日前|近期)[，,]?\s*")


# A summary's section by topic (在整治非法开采方面，…).
_TOPIC_OPENER = re.compile(r"方面[，,:：]")
# A line holding a body's name and nothing after it.
_NAME_ALONE = re.compile(rf"[{_HAN}（）()]{{2,40}}?(?:局|厅|委员会|委|办公室|总队|大队|支队|中队|执法队|中心|政府|办事处)[ \t\u3000]*(?:\n|$)")
# A news item's byline in brackets, right before its first clause (…电（记者 某某 通讯员 某某）某局…).
_BYLINE_BEFORE = re.compile(r"[（(][^（()）\n]{0,12}?(?:记者|通讯员)[^（()）\n]{1,40}[)）]\s*")


# A form's field naming who filled it in or sent it (填报单位：, 报送单位：), right before a clause.
_FORM_FIELD = re.compile(r"(?:填报|填表|报送)单位\s*[:：]\s*$")


def _clause_starts(head: str) -> list[int]:
    """Where the clauses of a page's head start: after a stop or a comma, and after a byline."""
    starts = {opens.end() for opens in _CLAUSE_OPENS.finditer(head)}
    if "记者" in head or "通讯员" in head:
        starts.update(byline.end() for byline in _BYLINE_BEFORE.finditer(head))
    return sorted(starts)


# A body's other name in brackets right after its own (某省市场监管局（某省食安办）, 某市应急管理局
# (某市煤矿安全监督管理局)): the same body.
_ALIAS = re.compile(rf"(?P<body>局)[（(][{_HAN}]{{2,20}}?(?:局|办|办公室|委员会)[）)]")


# A body's head at an event as a guest (某市人大常委会副主任某某致辞, 某局局长某某出席).
_GUEST = re.compile(
    rf"[{_HAN}]{{2,30}}?(?:局|厅|委员会|委会|委|办|队)(?:党组|党委)?[{_HAN}、]{{0,8}}?(?:主任|局长|厅长|部长|书记|队长|市长|县长|区长)"
    rf"[{_HAN}]{{2,3}}(?:出席|致辞|参加|陪同|主持)"
)


# A clause that ends on who leads a joint action (某办牵头，会同…).
_LED_BEFORE = re.compile(r"牵头[，,]\s*$")
# Bodies listed one after another and summed up as 等单位 / 等部门, opening a clause.
_JOINT_BODIES = re.compile(r"[^，,。；;\n]{2,40}?、[^，,。；;\n]{2,80}?等(?:单位|部门)")


# A body come to a place (某市安委办来某区开展…): written from the place it came to.
_COMES_TO = re.compile(rf"[{_HAN}]{{2,30}}?(?:局|委员会|委|办|厅|队|中心)(?:一行)?来")


def _sole_subject(text: str, places: Gazetteer) -> Issuer | None:
    """A page with no title, publisher, dated opening or 我局 that tells what one body did,
    clause after clause ("…，临沭县自然资源和规划局精心部署…。今后，临沭县自然资源和规划局将…"):
    that body, when it opens two clauses or more and no other body opens one; or when it
    opens one and is the only body the page names at all (为加强…。某市农业综合行政执法
    支队认真做好…)."""
    head = blank(_QUOTED_TITLE, text[: _HEAD_CHARS[1]])
    subjects: dict[str, list[Issuer]] = {}
    acting: collections.Counter[str] = collections.Counter()  # places opening clauses with no body after them
    scenes: set[str] = set()  # bodies at work in a scene someone's words open: no subject, but at work
    form = "单位" in head  # (most pages have no form's fields)
    read: set[int] = set()
    first_at: dict[str, int] = {}
    for at in _clause_starts(head):
        if form and _FORM_FIELD.search(head, max(0, at - 8), at):
            continue  # (填报单位：某县司法局: who filled in the form, no body at work)
        if _addressed_at(head, at):
            continue  # (湛江市人民政府： above the report: who it is made to)
        scene = _opens_on_a_quote(head, at)
        dated = _DAY_BEFORE_NAME.match(head, at)
        at = dated.end() if dated else at  # (…，2024年10月16日清新区林业局组织…)
        if at in read:
            continue  # (6月1日,四川省…: the clause after the date starts there too; counted once)
        read.add(at)
        named = places.names_at(head, at)
        found = _body_at(head[at : at + 60], places, text) if named or _province_in_full(head[at : at + 12], places) else None
        if found is not None and _NAME_ALONE.match(head, at):
            continue  # (a line that is a body's name alone, a site's footer: no body at work)
        if found is not None and _GUEST.match(head, at):
            continue  # (…，某市人大常委会副主任某某致辞: a guest at the event, no body at work)
        if found is not None and (come := _COMES_TO.match(head, at)) and places.names_at(head, come.end()):
            continue  # (某市安委办来某区开展…评估: a visitor; the page is the place's it came to)
        if found is not None and head.startswith("会同", at) and _LED_BEFORE.search(head, max(0, at - 6), at):
            continue  # (镇安委办牵头，会同县住建局、…: 会同 is "with" the county's bureau, no 会同县)
        if found is not None and _JOINT_BODIES.match(head, at):
            continue  # (某镇综合行政执法队、镇某办、某派出所等单位联合…: bodies at work together, none the author)
        if found is not None and scene:
            scenes.add(found.issuer_key)  # (“…”6月9日，某市消防救援支队…: one of the scenes a feature shows)
        elif found is not None:
            subjects.setdefault(found.issuer_key, []).append(found)
            first_at.setdefault(found.issuer_key, at)
        elif named is not None and len(named[1]) == 1:
            acting[named[1][0]] += 1
    if len(subjects) > 1:
        # a superior opening a line of its own (the site's 吉林省交通运输厅 over the city's 支队)
        # (but a body the page has at work in more clauses than one inside it is the subject:
        # the city's 局 clause after clause, and one of its counties' 局 once)
        firsts = list(subjects.values())
        subjects = {
            key: found for key, found in subjects.items()
            if not any(_lies_inside(other[0], found[0]) and len(other) >= len(found) for other in firsts)
            and not any(_lies_inside(found[0], other[0]) and len(other) > len(found) for other in firsts)
        }
    if len(subjects) != 1 or scenes - set(subjects):
        return None
    ((key, mentions),) = subjects.items()
    subject = mentions[0]
    whole = _WHOLE_SYSTEM.search(head, 0, first_at[key])
    if whole and _below_the_whole(subject, whole.group("level"), places):
        return None  # (全市水利系统…查办了一批典型案件, then 游仙区水利局 at work in one: a case, not the author)
    topics = [m.start() for m in _TOPIC_OPENER.finditer(head)]
    if len(mentions) == 1 and len(topics) >= 2 and topics[0] < first_at[key]:
        return None  # (校车整治方面，某局牵头…；在整治…方面，…: one section's actor of a summary by topic)
    # a superior the page names (吉林省交通运输厅 over a city's 支队, 国家局) hides no subject
    # (nor does a body inside its own division it works with: 联合山塘镇综合行政执法队)
    # (nor is the body's other name in brackets right after it another: 某省市场监管局(某省食安办))
    # (nor a body it works with: 某县交通运输综合行政执法大队联合某县公安局…)
    unaliased = _ALIAS.sub(lambda m: m.group("body") + " " * (len(m.group()) - len(m.group("body"))), head) if "局(" in head or "局（" in head else head
    others = {body.issuer_key for body in _bodies_named(unaliased, places, text, no_partners=True) if not _lies_inside(subject, body) and not _lies_inside(body, subject)}
    # another place at work on the page, clause after clause (a list of cases: 案例一：中卫市构建…
    # 中卫市创新…，案例二：某厅…): a body named once is one of several actors, not the author
    # (towns of the subject's own district at work are its parts: 萧山区's 瓜沥镇, 所前镇)
    own = {division.ident for division in places.ancestors(places.divisions[subject.division_code])} if subject.division_code in places.divisions else set()
    # (but a place above the body at work, clause after clause, is what the page is about:
    # 某州已经查处…, with one of its counties' 大队 at work once)
    above = own - {subject.division_code}
    parts = {
        ident for ident in acting
        if places.divisions[ident].level == "township" and subject.division_code in {d.ident for d in places.ancestors(places.divisions[ident])}
    }
    if len(mentions) >= 2 or (others <= {key} and not any(count >= 2 and (ident not in own | parts or ident in above) for ident, count in acting.items())):
        return subject
    return None


# A page that speaks for a whole division's system of a field (全市水利系统坚持…).
_WHOLE_SYSTEM = re.compile(rf"全(?P<level>省|市|县|区)[{_HAN}]{{0,8}}?系统")


def _below_the_whole(subject: Issuer, level: str, places: Gazetteer) -> bool:
    """Whether `subject` sits below the division a page's 全市 / 全省 / 全县 speaks for: a
    district's or county's body on a 全市 page, a city's on a 全省 one. (A county-level
    市 speaking of 全市 is its own whole.)"""
    division = places.divisions.get(subject.division_code or "")
    if division is None:
        return False
    if level == "省":
        return division.level != "province"
    if level == "市":
        return (division.level == "county" and not division.name.endswith("市")) or division.level == "township"
    return division.level == "township"


def _divisions_named(text: str, places: Gazetteer, kinds: set[str]) -> list[Issuer]:
    """A division's report (我县…) that names no body of its kind but names one division
    of that kind, bare or in the titles of its own documents (《某县2021年度学法计划》):
    that division's government. A name several places bear is read against the places the
    text names (增福镇 on a page that names 涪陵). Two of the kind named, and the caller
    chooses none."""
    ends = tuple(end for kind in kinds for end in _division_ends(kind))
    all_named = _named_divisions(text, places, ends)
    # (the city's own outlet over another city the text names; where it names none, the outlet
    # alone makes no author of 我市: 临汾新闻网讯 …记者从临汾盐务分局获悉)
    outlet = _outlet_city(text, places) if "市" in kinds and all_named else None
    divisions = [outlet] if outlet is not None else [
        d for d in all_named
        if not _only_in_departments(d.name, text) and not _only_with_its_count(d.name, text) and not _only_as_superior(d.name, text)
    ]
    if not divisions and kinds & _TOWN_KINDS:
        divisions = _town_named_short(text, places, ends)
    if not divisions and (superior := _addressed_to(text, places)) is not None:
        # a report made to its superior (湛江市人民政府：… 我县…) by the one place of the kind
        # inside it that the text names, in its departments' names too (《徐闻县公安局关于…》)
        divisions = [d for d in all_named if superior in places.ancestors(d)[:-1]]
    if not divisions and "区" in kinds and _ZONE_COMMITTEE_FIRST.search(text, 0, _SELF_READ):
        return _zones_named(text, places)
    return [_government(places, tuple(places.ancestors(d)), "text") for d in divisions]


def _outlet_city(text: str, places: Gazetteer) -> Division | None:
    """A city's own outlet at the head of its news (邓州网讯 …我市城管局…): that city, whatever
    other city hosts the meeting the news tells of (在南阳市召开的…会议上)."""
    outlet = _OUTLET.search(text, 0, _HEAD_CHARS[0])
    if outlet is None:
        return None
    chain = places.read(outlet.group("place") + "市")
    return chain.division if chain.resolved and not chain.rest else None


_TOWN_KINDS = frozenset({"镇", "乡", "街", "街道"})
# How often a town's name without its 镇 must appear: a two-character name (安定, 和平) may
# be a plain word once.
_SHORT_TOWN_MENTIONS = 2


def _town_named_short(text: str, places: Gazetteer, ends: tuple[str, ...]) -> list[Division]:
    """A town's report (我镇…) that names its district (通过大兴区政府网站发布) and, of the
    district's towns, one alone by its name without 镇, twice or more (“大美安定”公众号,
    关注安定): that town. Two such towns, or none, and none is chosen."""
    head = text[:_SELF_READ]
    found = {
        ident
        for county in places.named_in(head)
        if county.level == "county"
        for core, ident in places.child_cores(county.ident).items()
        if places.divisions[ident].name.endswith(ends) and head.count(core) >= _SHORT_TOWN_MENTIONS
    }
    return [places.divisions[ident] for ident in found] if len(found) == 1 else []


def _addressed_to(text: str, places: Gazetteer) -> Division | None:
    """The division whose government a report is made to (湛江市人民政府：), when it opens so."""
    for line in content_lines(text)[:_ADDRESSEE_LINES]:
        if _addressed_at(line, 0):
            chain = places.read(line.strip().rstrip(":："), text)
            return chain.division if chain.resolved and _GOVERNMENT_AT_START.match(chain.rest) else None
    return None


def _only_as_superior(name: str, text: str) -> bool:
    """Whether every time the text names a division it is among the superiors whose plans
    the author carries out (落实中央、省、郑州市关于…的部署), or the one its figures are sent up to
    (并上报铁岭市应急管理局): 我市 is a city below it."""
    head = text[:_SELF_READ]
    found = [m.start() for m in re.finditer(re.escape(name), head)]
    return bool(found) and all(_SUPERIORS_BEFORE.search(head, max(0, at - _SUPERIORS_REACH), at) for at in found)


_SUPERIORS_BEFORE = re.compile(r"(?:(?:中央|国家|省|省委|省政府)[、和及与]|上报|报送|呈报)$")
_SUPERIORS_REACH = 4


def _only_with_its_count(name: str, text: str) -> bool:
    """Whether every time the text names a division, its count follows (涉及云城区52件、
    罗定市40件): a part of 我市 the report tallies, not the report's author."""
    head = text[:_SELF_READ]
    found = [m.end() for m in re.finditer(re.escape(name), head)]
    return bool(found) and all(_COUNT_AFTER.match(head, end) for end in found)


_COUNT_AFTER = re.compile(r"\s*\d+(?:\.\d+)?(?!\d|\.\d)\s*(?!年|月)")  # (not a year: 华宁县2025年…计划)


# A firm's name right after its place's (…有限公司, …大药房): the place's name is part of the firm's.
_FIRM_AT_START = re.compile(rf"[{_HAN}]{{1,20}}?(?:有限责任公司|有限公司|公司|大药房|药房|药店|超市|商行)")


def _only_in_departments(name: str, text: str) -> bool:
    """Whether every time the text names a division (in a firm's name aside), a department of
    it follows, one the report's own body is too, named relative to its level (孟州市市场监管局
    作交流 on the page of 市市场监管局): the division is a peer's place, not the report's author."""
    head = text[:_SELF_READ]
    peers = set()
    at = head.find(name)
    while at >= 0:
        body = _BODY_AT_START.match(head[at + len(name) : at + len(name) + 30])
        if body is None and _FIRM_AT_START.match(head, at + len(name)):
            at = head.find(name, at + 1)  # (诸暨市某某医药连锁有限公司: a firm of the place, no naming of it)
            continue
        if body is None or _body_type(body.group(0), None) in (None, *_GOVERNMENT_BODIES):
            return False
        peers.add(body.group(0))
        at = head.find(name, at + 1)
    level = name[-1]
    return any(f"{level}{peer}" in head.replace(name + peer, "") for peer in peers)


def _zones_named(text: str, places: Gazetteer) -> list[Issuer]:
    """The development zones a zone's report (我区…管委会) names, as `_zone` reads them
    (《赣州蓉江新区2021年法治政府建设工作要点》): each name from the longest that reads; not
    the zone a city bureau's branch is named after (…局某新区分局)."""
    found: dict[str, Issuer] = {}
    head = text[:_SELF_READ]
    for m in ZONE_WORD.finditer(head):
        if head.startswith("分局", m.end()):
            continue  # 某市城市管理局某新区分局: a city bureau's branch, no zone's own report
        for start in range(max(0, m.start() - _ZONE_NAMED_BEFORE), m.start()):
            chain = _read_name(head[start : m.end()], places, text)
            if _read_as_zone(chain) and not chain.rest:
                zone = _issuer(places, chain.divisions, "管委会", "text")
                found.setdefault(zone.issuer_key, zone)
                break
    return list(found.values())


def _named_divisions(text: str, places: Gazetteer, ends: tuple[str, ...]) -> list[Division]:
    """The divisions whose names end so that the text names, a name several places bear
    read against the places the text names (宝山区 on a page that names 上海市). The text
    must write the ending too (宜居 names no 宜居镇), but for a province or region, which
    its short name names (内蒙古 for 我区)."""
    found: dict[str, Division] = {}
    for _, name, idents in places.names_in(text[:_SELF_READ]):
        if not any(places.divisions[i].name.endswith(ends) for i in idents):
            continue
        if not name.endswith(ends) and not all(places.divisions[i].level == "province" for i in idents):
            continue
        chain = places.read(name, text)
        if chain.resolved and not chain.rest and chain.division.name.endswith(ends):
            found.setdefault(chain.division.ident, chain.division)
    return list(found.values())


def _bodies_named(head: str, places: Gazetteer, text: str, *, authors_only: bool = False, no_partners: bool = False) -> list[Issuer]:
    """Every division in the text followed right away by a body (某街综合执法大队, 某镇人民政府);
    with `authors_only`, not the bodies the author works with or reports to (与某区市场
    监督管理局共同发布, 向某局通报); with `no_partners`, not those it works with right after
    its name nor those whose plan it follows (根据某局统一部署)."""
    skips = (_PARTNER,) if authors_only else (_WORKS_WITH, _ANSWERS_TO) if no_partners else ()
    return [
        body
        for at, _, _ in places.names_in(head)
        if not any(skip.search(head, max(0, at - _PARTNER_REACH), at) for skip in skips)
        and (body := _body_at(head[at : at + 60], places, text, opens_clause=_CLAUSE_OPENS.match(head, at) is not None)) is not None
    ]


def _provinces_opening(words: str, places: Gazetteer) -> Iterator[tuple[Division, str]]:
    """Each province (or autonomous region) whose short name opens `words`, with that name
    (云南 of 云南玉溪市…, 内蒙古 of 内蒙古市场监管局), in the gazetteer's order."""
    for province in places.provinces_spelled_short(words[:4]):
        for short in (core_name(province.name), *short_forms(province.name)):
            if short and words.startswith(short):
                yield province, short


def _province_in_full(words: str, places: Gazetteer) -> str | None:
    """`words` with a province's short name at their start written in full (云南玉溪市… as
    云南省玉溪市…), when a place of that province follows it; else None."""
    for province, short in _provinces_opening(words, places):
        if places.names_at(words, len(short), province) is not None:
            return province.name + words[len(short) :]
    return None


# A province's body of a field, by its full name (a 海事局 of the state's system named after it).
_PROVINCE_FIELD_BODY = re.compile(_FIELD.replace("(?P<field>", "(?:") + r"[\u4e00-\u9fff]{0,4}(?:局|厅|委员会)|海事局|海警局|公安厅|司法厅|水利厅|林业局|药品监督管理局|消防救援总队")


# How far into what follows a division a place inside it may begin (西双版纳 before 勐海县), and
# the words that end a place's name.
_INNER_PLACE_REACH = 6
_PLACE_WORD_AHEAD = re.compile(r"[县区旗市](?![场容政])")
_BODY_CHAR = re.compile(r"[局厅委队所办站]")


def _inner_place(chain: Chain, places: Gazetteer, text: str) -> Chain | None:
    """A place inside the division read, after words the table does not know as a place
    (云南省西双版纳勐海县…局: 西双版纳 is the prefecture said short): the inner place's chain,
    else None (so the unknown words do not become part of a body's name)."""
    for skip in range(2, _INNER_PLACE_REACH + 1):
        # (not past a body's name: 杭州市公安局西湖风景名胜区分局 is the bureau's branch)
        if not _ALL_HAN.fullmatch(chain.rest, 0, skip) or _BODY_CHAR.search(chain.rest, 0, skip):
            return None
        inner = places.read(chain.rest[skip:], text)
        if inner.resolved and len(inner.divisions) > len(chain.divisions) and any(d.ident == chain.division.ident for d in places.ancestors(inner.division)):
            return inner
    return None


# A body of a state system named after the place it serves, not a department of that place's
# government: customs, maritime safety, the coast guard, border inspection and management.
_VERTICAL_BODY = re.compile(rf"^(?P<place>[{_HAN}]{{2,6}}?)(?P<body>海关|海事局|海警局|出入境边防检查总站|出入境边防检查站|边检总站|边检站|边境管理支队)$")


def _vertical_body_in_full(name: str, places: Gazetteer) -> str | None:
    """大连海关, 广东海警局, 重庆海事局, 云南出入境边防检查总站: a state system's body named after a
    province, municipality or city said short, with that place in full; else None."""
    m = _VERTICAL_BODY.match(name)
    if m is None:
        return None
    place, body = m.group("place"), m.group("body")
    for province, short in _provinces_opening(place, places):
        if short == place and not places.by_name.get(short + "市"):
            return province.name + body
    # (a municipality, which its bodies' names also say without 市: 重庆海事局)
    if any(places.divisions[ident].level == "province" for ident in places.by_name.get(place + "市", ())):
        return place + "市" + body
    city = places.city_spelled_short(place + body)
    return city + body if city is not None and place == city.removesuffix("市") else None


def _province_body_in_full(name: str, places: Gazetteer) -> str | None:
    """A name that is a province's short name and a body's, nothing between (海南海事局,
    山东市场监管局), with the province written in full; else None."""
    for province, short in _provinces_opening(name, places):
        rest = name[len(short) :]
        # (not a short name a city bears too: 吉林林业局 may be 吉林市's)
        if not places.by_name.get(short + "市") and _PROVINCE_FIELD_BODY.fullmatch(full_body_name(rest)) and _body_type(rest, province) is not None:
            return province.name + rest
    return None


def _body_at(words: str, places: Gazetteer, text: str, *, opens_clause: bool = True) -> Issuer | None:
    """The body that `words` open on: a division and a department or its government, or a
    city bureau's branch in a district (某市某局某区分局). A system of bodies (某区城管执法系统)
    stands for its bureau only as the subject of a clause."""
    chain = places.read(words, text)
    if not chain.resolved and (full := _province_in_full(words, places)):
        chain = places.read(full, text)  # 云南玉溪市烟草专卖局: a province by its short name before a city
    if not chain.resolved:
        return None
    if chain.rest.startswith(("场监管局", "场监督管理局")) and chain.division.name.endswith("市"):
        chain = _market_of(chain)  # (安陆市场监管局雷公市场监管所: the 市场 of the county's regulator)
    branch = _branch_at(chain, places, "text")
    if branch is not None:
        return branch
    department = _BODY_AT_START.match(chain.rest)
    if department and department.group(0).endswith("系统") and not opens_clause:
        return None  # 在…山东省市场监管系统…: the bodies of a field together, named as the report's peers
    named = department.group(0) if department else ""
    named = _system_as_body(named, chain.division, text) if named.endswith("系统") else _named_hall(named, chain.division, text) or named
    body_type = _body_type(named, chain.division) if department else None
    said = department
    if body_type is None and (said := _GOVERNMENT_AT_START.match(chain.rest)):
        body_type = _body_type("", chain.division)
    if body_type is None or _SITE_OR_PAPER.match(chain.rest, said.end()):
        return None  # 某市人民政府门户网站: the site that carries the page, not a body at work
    return _body_issuer(places, chain.divisions, body_type, "text")


def _of_kind(issuer: Issuer, kinds: set[str]) -> bool:
    body = issuer.body_type or ""
    if body in _GOVERNMENT_BODIES:
        division = issuer.division or ""
        return any(division.endswith(_division_ends(kind)) for kind in kinds)
    return any(body.endswith(_KIND_ENDS.get(kind, kind)) for kind in kinds)


# Who a report is addressed to (津南区人民政府：/ 各区县（市）人民政府，市人民政府各部门：), not
# a sentence that introduces what follows (…报告如下：).
_ADDRESSEE = re.compile(r"^[^。；;]*(?<!如下)[:：]\s*$")
_ADDRESSEE_CHARS = 40
_ADDRESSEE_LINES = 3  # an addressee is on one of a report's first lines


# A headline on a line of its own, above a lead the reader did not take it as the title of
# (2020年全省卫生健康“双随机一公开”监督抽查工作全面完成): no sentence, no clause.
# (四川:部署烟花爆竹旺季安全检查 已整改隐患455条: a place and a colon may open one)
_HEADLINE = re.compile(rf"(?:[{_HAN}]{{2,8}}[：:！!])?[^，,。；;：:！？!?]{{1,40}}")
# (a paper's name before them, and a button for the type's size after: 某某日报 2020-10-13 09:22 大字)
# (a day and time without the year too: 07-24 21:24)
_DATE_AND_TIME = re.compile(
    rf"(?:[{_HAN}]{{2,12}}\s+)?(?:(?:19|20)\d{{2}}[-年/.]\d{{1,2}}[-月/.]\d{{1,2}}日?|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}}|\d{{1,2}}-\d{{1,2}}(?=\s+\d{{1,2}}:\d{{2}}))(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"(?:\s*(?:来源|编辑|作者)[:：]\s*[^\s，,。]{1,20})?(?:\s+[大中小]字)?"
    # (or the body it comes from, with no label: 2021年02月25日 12:50甘肃省林业和草原局)
    rf"(?:(?<=\d)\s*[{_HAN}]{{2,30}}?{_ORG_SUFFIX})?"
)
_OPENING_LINES = 7  # a site's menu words, a headline and the page's date above a lead


def _addressed_at(text: str, at: int) -> bool:
    """Whether the line `at` lies in is a report's addressee."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) <= _ADDRESSEE_CHARS and bool(_ADDRESSEE.match(line)) and not is_furniture_line(line)


def _opening_sentence(text: str, title: str | None) -> str:
    """The first line of the body that is not the addressee (津南区人民政府：); on a news
    page, the lead after its dateline (某网讯（记者…）) below the site's header lines."""
    lines = _first_report_lines(text, title, _DATELINE_LINES)
    dated = next((line for line in lines if _DATELINE.match(line)), None)
    if dated is not None:
        return _DATELINE.sub("", dated, count=1)[:200]
    outlet = next((line for line in lines if _OUTLET_LEAD.match(line)), None)
    if outlet is not None:
        # (本报济南3月21日讯 为…: a paper's lead below its site's menu and headlines; a bare 本报讯
        # says no more than that, and goes, as a place's 某某讯 does)
        return _BYLINE.sub("", _BARE_PAPER_LEAD.sub("", outlet, count=1), count=1)[:200]
    # (a site's menu of short bulleted items is not counted among the lines above a lead)
    passed: list[str] = []
    for line in [line for line in lines if not _MENU_BULLET.match(line)][:_OPENING_LINES]:
        # (a lead that repeats the headline passed above it, then a bare 【讯】: 某区严查非法采砂
        # 【讯】某局近日查处…)
        repeated = next((head for head in passed if len(head) >= _REPEATED_HEADLINE and line.startswith(head) and line[len(head) : len(head) + 1].isspace()), None)
        if repeated is not None:
            line = _BARE_NEWS_MARK.sub("", line[len(repeated) :], count=1)
        passed.append(line.strip())
        # (a line that is a body's name alone is a site's banner or a masthead, no sentence;
        # a headline or a page's date and time is none either)
        # (nor a line of the page's fields after its site's name: 某政务网 发布日期 : 2022-11-11)
        # (nor a forum post's line of its poster and time: 某某 发表于:2021-6-11 18:54:30 复制链接)
        if (
            not _ADDRESSEE.match(line) and not _CAPTION.search(line) and not _ORG_LINE.match(line) and not _HEADLINE.fullmatch(line.strip()) and not _GREETING.match(line)
            and not _DATE_AND_TIME.fullmatch(line.strip()) and not holds_a_field(line) and not _POSTED.search(line)
            and not _ORIGINAL_TITLE.match(line) and not _EXCLAIMED_HEADLINE.fullmatch(line.strip())
        ):
            # (nor its reporters in brackets before the lead: (实习记者 某某)某市某局…)
            return _BYLINE_FIRST.sub("", _PLACE_DATELINE.sub("", _DATELINE.sub("", line, count=1), count=1), count=1)[:200]
    return ""


_MENU_BULLET = re.compile(r"^\s*[•·]\s*\S{1,8}\s*$")
# A headline that exclaims, commas and all, no full stop (占道经营|动真格了,某地开始整治了!).
_EXCLAIMED_HEADLINE = re.compile(r"[^。\n]{4,50}[!！]")
# The shortest headline a lead is taken to repeat before its own words, and the bare mark of
# news that may follow it.
_REPEATED_HEADLINE = 8
_BARE_NEWS_MARK = re.compile(r"^\s*【[^】\n]{0,12}讯】\s*")
# A site's greeting, whatever site it names (欢迎访问某某资讯网!): no sentence of the report.
_GREETING = re.compile(r"^\s*(?:您好[，,!！]?\s*)?欢迎您?(?:来到|访问|光临)\S{2,30}?\s*[!！。]?\s*$")
# A repost's line giving the item's original title (原标题:…), above its lead: no sentence of it.
_ORIGINAL_TITLE = re.compile(r"^\s*原标题\s*[:：]")
_BARE_PAPER_LEAD = re.compile(r"^\s*本报讯\s*")
# Its reporters named after it with no brackets (本报讯 记者某某 通讯员某某报道 为…).
_BYLINE = re.compile(r"^\s*(?:(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}\s*)+报道[:：]?\s*")
# A forum post's line of who posted it and when.
_POSTED = re.compile(r"发表于\s*[:：]?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
# A paper's dateline of its place alone, no reporter in brackets, before the lead (崇左讯为进一步…).
_PLACE_DATELINE = re.compile(rf"^\s*[{_HAN}]{{2,4}}讯(?=为|近日|日前|近期|连日来|今年|\d{{1,2}}月|\d{{4}}年)")


_ASK = re.compile(rf"{_CONTACT_DESK}联系")


def _contact(text: str) -> str | None:
    """The body a yearbook names as the one to ask about it (请与某局联系), if that is how it
    names its first author."""
    head = text[: _HEAD_CHARS[1]]
    first = next(_YEARBOOK_BY.finditer(head), None) if "联系" in head else None
    return first.group("name") if first and first.group("name") and _ASK.match(head, first.end()) else None


@functools.lru_cache(maxsize=4)  # asked again for the relative author after the lead
def _dated_opening(text: str, title: str | None) -> str:
    """A yearbook's first dated line below the preamble it opens with (依据《条例》…编制本报告。
    一、总体情况 2021年东花市街道深入贯彻…): the lead a report without one on top has."""
    lines = _first_report_lines(text, title, _DATED_OPENING_LINES)
    # (a sentence of the first paragraph may open on the time too: …变成绿地……今年上半年，某局…)
    sentences = (part for line in lines for part in _SENTENCE_SPLIT.split(line))
    return next((part[:200] for part in sentences if _LEAD_OPENER.match(part)), "")


def _dated_paragraph(text: str, title: str | None) -> str:
    """A yearbook's first dated line when it opens a paragraph under the preamble and the
    headings (依据《条例》…编制本报告。一、总体情况 2021年，县某局…); not a dated sentence
    further into a paragraph, which may be about anyone (…2021年区党工委会议集体学习…)."""
    dated = _dated_opening(text, title)
    at = text.find(dated[:30]) if dated else -1
    opens_line = at >= 0 and not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t\u3000")
    return dated if opens_line else ""


def _first_report_lines(text: str, title: str | None, count: int) -> list[str]:
    """The first `count` lines of the body that are not furniture (looked at no further;
    the text's lines are read where they are kept, not copied)."""
    lines = _kept_lines(text)
    body = (line for line in itertools.islice(lines, _body_start(lines, title), None) if not is_furniture_line(line) and not _MENU_ITEM.match(line))
    return list(itertools.islice(body, count))


# An item of a site's menu on a line of its own (移动端应用, 政务微博, 登录个人中心): no line of the report.
_MENU_ITEM = re.compile(r"^[ \t\u3000]*(?:移动端应用|政务微信|政务微博|智能问答|登录|注册|个人中心|登录个人中心|无障碍|长辈版|关怀版|繁体版|English|网站地图|首页)[ \t\u3000]*$")


def _refined(issuer: Issuer, relative: list[tuple[str, str]], places: Gazetteer) -> Issuer:
    """A division read from the first sentence alone (2023年，南开区…) is the page's
    division; when the furniture says a department of it published the page
    (发布机构: 区应急管理局), the department is the issuer. A title that names the
    division alone keeps it: a district's report is often put up by its 司法局. A body
    the furniture names gives way to another body of its division a title names."""
    if issuer.source == "furniture":
        # a title's relative body (市交通运输综合行政执法队开展…) under the bureau its site's
        # source line names (来源: 营口市交通运输局): the titled body of that city
        for source, name in relative:
            said = _RELATIVE.match(name)
            at_start = _BODY_AT_START.match(said.group("body")) if source == "title" else None
            body = _relative(said.group("level") + at_start.group(0), issuer, places, source) if at_start else None
            if body is not None and body.division == issuer.division and body.body_type not in (*_GOVERNMENT_BODIES, issuer.body_type):
                return body
        return issuer
    if issuer.source != "first_sentence" or issuer.body_type not in _GOVERNMENT_BODIES:
        return issuer
    for source, name in relative:
        body = _relative(name, issuer, places, source)
        if body is not None and body.body_type not in _GOVERNMENT_BODIES:
            return body
    return issuer


def _named(text: str, title: str | None, furniture: Furniture, source_path: str) -> Iterator[tuple[str, str]]:
    """Names the page gives for who published it, strongest first; each is looked
    for only when the ones before it did not resolve (most reports stop at the title)."""
    for source, name in _names_given(text, title, furniture, source_path):
        if len(name.strip()) >= 2:
            yield source, name.strip()


# A line that is a place's name alone, as a title split after it leaves it.
_PLACE_LINE = re.compile(rf"^[{_HAN}]{{2,20}}(?:省|市|区|县|旗|镇|乡|街道|街)$")
_YEAR_FIRST = re.compile(rf"^{_YEAR}年")


def _dated_title(lines: list[str]) -> str | None:
    """A title with its year among a page's first lines, below lines that are no title (a
    site's banner, its links): the first within `_DATED_TITLE_LINES` that names its year
    and its kind of report, once the lines above it hold no sentence."""
    for line in lines[:_DATED_TITLE_LINES]:
        heading = line.strip(" \t|•·")
        if heading.endswith("。") or _HEADING_START.match(heading):
            return None  # the body has begun
        if len(heading) <= 60 and _TITLE_YEAR.search(heading) and _REPORT_KIND.search(heading) and not heading.endswith(_NO_TITLE_END):
            return heading
    return None


def _names_given(text: str, title: str | None, furniture: Furniture, source_path: str) -> Iterator[tuple[str, str]]:
    if title:
        if _YEAR_FIRST.match(title.strip()):
            # a title split after its place (株洲市荷塘区明照街道 / 2021年政府信息公开工作年度报告)
            placed = (_line_above(text, title, _DATED_TITLE_LINES) or "").strip(" \t|•·\u3000")
            if _PLACE_LINE.match(placed):
                yield "title", placed
        yield "title", title_name(title)
        above = _line_above(text, title)
        m = _ORG_LINE.match(above) if above else None
        if m:
            yield "title", m.group("name")
    # A title the reader did not pick (split over two lines, under a 目录 or a bullet).
    lines = content_lines(text)
    dated = None if title else _dated_title(lines)
    if dated:
        # a report's own title below a site's banners and links (海南州人民政府 / 各县政府 / …
        # 中铁乡人民政府2021年政府信息公开工作年度报告): the report's, before any banner's
        yield "title", title_name(dated)
    for i, line in enumerate(lines[:6]):
        heading = line.strip(" \t|•·")
        if heading.endswith("。"):
            break  # the body has begun: a name below it is no heading (a signature, say)
        if i and is_empty_field(lines[i - 1]):
            continue  # the value of the label above it (公开主体: / 某区人民政府办公室), read as furniture
        if _HEADING_START.match(heading):
            continue  # a numbered section (一、某区行政执法基本情况) is no title
        if is_furniture_line(heading):
            continue  # a page's field (来源: 某总局 时间: …), read as furniture below
        if _MENU_BULLET.match(line) or _MENU_LINE.fullmatch(heading):
            continue  # a site's menu (• 沣西新城; 东丰县 东辽县 龙山区 西安区), no title
        if heading in _SUPERIOR_LINKS and any(line.strip() == "国务院" for line in lines[:6]):
            continue  # a site's links to the governments above it (国务院 / 省政府 / 市政府)
        if heading != title and len(heading) <= 60 and not heading.endswith(("，", ",", "：", ":")):
            name = title_name(heading)
            speaker = _SPEAKER.match(name)
            yield "title", speaker.group("name") if speaker else name
    opened = _TITLED_OPENING.match(text)
    if opened:
        yield "title", opened.group("name")  # 某区人民政府办公室2021年政府信息公开工作年度报告（以下简称年报）是根据…
    announced = _ANNOUNCED.search(text[: _HEAD_CHARS[1]])
    if announced:
        yield "title", title_name(announced.group("title") or announced.group("bare"))
    head = text[: _HEAD_CHARS[1]]
    handed = _REPORTS_BY.search(head)
    if handed and not _RELATIVE.match(handed.group("name")):
        yield "text", handed.group("name")  # 现将某区人民政府某街道办事处2023年度…报告如下
    combined = _COMBINED_BY_OFFICE.search(head) if "综合" in head else None
    if combined:
        # 由某区人民政府办公室综合区政府各部门和全区各乡镇…年报编制: the division's yearbook, which
        # its government's office put together from its bodies' own
        yield "text", combined.group("government")
    authors = (m.group("name") or m.group("publisher") or m.group("summed") or m.group("covered") or m.group("reviewed") for m in _YEARBOOK_BY.finditer(head)) if "信息公开" in head else ()
    compiled = (name for name in authors if not _SELF_REFERENCE.match(name))
    for name in itertools.islice(compiled, 1):  # (公布本级政府信息公开…: no name, the one after it)
        yield "text", name
    asked = _ASK_ABOUT_REPORT.search(text, 0, _SELF_READ) if "请联系" in text[:_SELF_READ] else None
    if asked and not asked.group("name").endswith("中心"):
        # 如对本报告有疑问，请联系某县人民政府办公室: the author, less its office or desk
        yield "text", _DESK.sub("", asked.group("name"))
    if furniture.title:
        yield "furniture", title_name(furniture.title)
    if furniture.publisher:
        if furniture.fields.get("publisher", "").endswith("政府办公室") and furniture.source:
            # (发布机构: 某市人民政府办公室 … 信息来源: 某市生态环境局: the office runs the portal,
            # the page is the bureau's)
            yield "furniture", _BODY_SITE.sub("", furniture.source)
        # (来源:某省卫生健康委员会网站: the body whose site it is)
        yield "furniture", _BODY_SITE.sub("", furniture.publisher)
    own = _OWN_BODY.search(text[:3000])
    if own:
        yield "text", own.group("name")
    speaks = _SPEAKS_AS.search(text, 0, _HEAD_CHARS[1])
    if speaks:
        # 我局… over the body's own site or account by its full name (2022年，某市民政局网站公开信息357条)
        kind = speaks.group("kind")
        channel = next((m for m in _OWN_CHANNEL.finditer(text, 0, _HEAD_CHARS[1]) if m.group("name").endswith(_SPOKEN_KINDS[kind])), None)
        if channel:
            yield "text", channel.group("name")
    closing = _CLOSING_BYLINE.search(text, max(0, len(text) - _CLOSING_REACH))
    if closing:
        yield "text", closing.group("name")  # …处罚罚款49.8万元。(获嘉县应急管理局): a news item's credit
    handed = _HANDED_BY_INSPECTORS.search(text, 0, _HEAD_CHARS[1]) if "督察组交办" in text[: _HEAD_CHARS[1]] else None
    if handed:
        # 通辽市已对中央督察组交办的第三十三批1件信访举报件进行调查处理: the government the
        # inspectors handed the complaints to, which answers for them (全市: the city its
        # title says the complaints concern, 涉及某市…)
        involved = None if handed.group("place") else re.search(rf"涉及(?P<place>[{_HAN}]{{2,10}}?{handed.group('level')})(?=[{_HAN}\d])", text)
        yield "text", handed.group("place") or (involved.group("place") if involved else "")
    told = _TOLD_BY.search(text[:_SELF_READ]) or _MET.search(text[:_HEAD_CHARS[0]]) or _TOLD_THEN.search(text[:_SELF_READ]) or _REPORTED_BY.search(text[: _HEAD_CHARS[0]])
    if told:
        # (记者从我省市场监管局了解到: the province's bureau, named relative to it)
        yield "text", _OUR_LEVEL.sub("", told.group("name"), 1)
    elif "获悉" in text[: _HEAD_CHARS[0]] and (place := _TOLD_BY_PLACE.search(text[: _HEAD_CHARS[0]])):
        # 记者从姑苏区获悉: the district, its government; or the body of it the lead goes on to
        # name at work (记者从某区获悉，截至目前，某区市场监管局通过…)
        body = _BODY_TOLD_OF.match(text, place.end())
        if body and body.group("name").startswith(place.group("name")[-3:]):
            yield "text", body.group("name")
        yield "text", place.group("name")
    # Words a news lead uses looked for first: the patterns themselves try every comma.
    lead = text[: _HEAD_CHARS[1]]
    own = _OWN_NEWS.search(lead) if any(word in lead for word in _OWN_NEWS_WORDS) else None
    if own:
        yield "text", own.group("name")
    for public in _MADE_PUBLIC.finditer(lead) if any(word in lead for word in _MADE_PUBLIC_WORDS) else ():
        yield "text", public.group("name") or public.group("spokesman") or public.group("invited")
    quoted = _QUOTED_HEAD.search(text[: _HEAD_CHARS[0]])
    if quoted and not (_SQUAD_HEAD.match(text, quoted.end("name")) and _opens_on_a_quote(text, quoted.start("name"))):
        yield "text", quoted.group("name")
    unit = _one_unit(text[:_SELF_READ])
    if unit:
        yield "table", unit
    signed = _signature(text)
    if signed:
        yield "signature", signed
    for name in _path_names(source_path):
        yield "path", name


# A place answering for the complaints an inspection group handed to it.
_HANDED_BY_INSPECTORS = re.compile(
    rf"(?:(?<![{_HAN}])(?P<place>[{_HAN}]{{2,10}}?(?:市|州|盟|县|区|旗))|全(?P<level>[市州盟县区旗]))已对[^，,。；;]{{0,16}}?督察组交办的"
)


_SUPERIOR_LINKS = frozenset({"国务院", "中国政府网", "省政府", "市政府", "州政府", "县政府", "区政府"})
# Three or more short names set side by side with spaces: a site's menu, not a headline.
_MENU_LINE = re.compile(rf"[{_HAN}]{{2,8}}(?:[ \t\u3000]+[{_HAN}]{{2,8}}){{2,}}")


# A squad's head, quoted in the field (…”某区某局执法大队副大队长某某说), not a bureau's
# head speaking for it (…”某局副局长某某表示).
_SQUAD_HEAD = re.compile(r"(?:党组)?副?(?:总队长|大队长|支队长|中队长|队长)")


def _opens_on_a_quote(text: str, at: int) -> bool:
    """Whether the words at `at` are in the sentence that closes someone's words opening a
    paragraph (“排查中我们发现了…”6月1日，某区某大队副大队长某某说): a scene, its speaker."""
    start = text.rfind("\n", 0, at) + 1
    paragraph = text[start:at].lstrip(" \t\u3000")
    if not paragraph.startswith(("“", "「")):
        return False
    closed = max(paragraph.find("”"), paragraph.find("」"))
    # (a short name in quotes is no one's words: “五一”将至，…某市某大队提前部署)
    spoken = closed > 6 or any(mark in paragraph[1:closed] for mark in "，,。！？…")
    return spoken and "。" not in paragraph[closed:]


def _one_unit(head: str) -> str | None:
    """A statistical table filled in by one body: under a 单位名称 header every row names
    the same body (and 合计). Rows naming several bodies are a district's departments."""
    at = _UNIT_HEADER.search(head)
    if not at:
        return None
    names = {m.group("name") for m in _UNIT_ROW.finditer(head, at.end())} - _TOTAL_ROWS
    return names.pop() if len(names) == 1 else None


def _path_names(source_path: str) -> list[str]:
    """Chinese names in a file's path: the file's stem, then its folders joined."""
    path = PurePath(source_path)
    han = re.compile(rf"[{_HAN}（）()]{{2,}}")
    stem = han.findall(path.stem)
    folders = "".join(part for part in path.parts[:-1] if han.fullmatch(part))
    return [name for name in (*stem[:1], folders) if name]


def _is_self_reference(name: str) -> bool:
    return bool(_SELF_REFERENCE.match(name) or _SELF_REGION.search(name))


def _line_above(text: str, title: str, reach: int = 4) -> str | None:
    """The line right before the title, among the first `reach`: reports often put the
    issuing body there."""
    lines = content_lines(text)
    for i, line in enumerate(lines[:reach]):
        if line.strip() == title.strip():
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


def title_in(text: str) -> str | None:
    """The title among the first content lines of `text`; below a site's banner and
    search box (某县司法局 / 搜索位置 / 匹配度 / 排序), a title that states its year."""
    lines = _first_content_lines(text, _LATE_TITLE_LINES)
    title = find_title(lines)
    if title is None:
        late = find_title(lines[_TITLE_LINES:])
        title = late if late and _TITLE_YEAR.search(late) else None
    return title


# A site's breadcrumb (您当前位置:首页 >> 政务公开 >> 政府信息公开年报 >> 某乡): its section
# names hold a title's words, but it is no title.
_BREADCRUMB = re.compile(r"位置\s*[:：]|首页\s*(?:>|＞|»|/)|>>")
# A field of a site's record (• 信息类别: 政府信息公开年报), its label a short word and a colon:
# no title, whatever words its value holds.
_FIELD_LIKE = re.compile(r"^[\s•·|]*[\u4e00-\u9fff]{2,6}\s*[:：]")
# A chart's caption (图1 政府信息主动公开情况表): no title of the page either.
_FIGURE_CAPTION = re.compile(r"图\s*[\d一二三四五六七八九十]")
# An item of a site's bulleted menu (• 部门信息公开工作年度报告): its section, not the page's title.
_BULLETS = ("•", "·", "●")


# A document-sharing site's head line (《某局2023年工作总结.docx》由会员分享，可在线阅读…):
# the shared file's name, its extension left off, is the page's title.
_SHARED_FILE = re.compile(r"^《(?P<name>[^《》\n]{4,60}?)\.(?:docx?|pdf|wps|txt)》")


def find_title(lines: list[str]) -> str | None:
    for line in lines[:_TITLE_LINES]:
        body = line.strip()
        shared = _SHARED_FILE.match(body)
        if shared and _TITLE_WORDS.search(shared.group("name")):
            return shared.group("name")
        if (
            body
            and len(body) <= 60
            and _TITLE_WORDS.search(body)
            and not _HEADING_START.match(body)
            and not body.endswith(_NO_TITLE_END)
            and not _BREADCRUMB.search(body)
            and not _FIGURE_CAPTION.match(body)
            and not _FIELD_LIKE.match(body)
            and not body.startswith(_BULLETS)
        ):
            return body
    return None


def _body_lines(text: str, title: str | None) -> list[str]:
    """The content lines after the title (and whatever stands above it)."""
    lines = _kept_lines(text)
    return lines[_body_start(lines, title) :]


def _body_start(lines: list[str], title: str | None) -> int:
    """Where the body starts among a text's content lines: after the title, when it stands
    in the first few."""
    return next((i + 1 for i, line in enumerate(lines[:4]) if title and line.strip() == title), 0)


def _is_marker(line: str) -> bool:
    return line.lstrip().startswith(("【样例数据】", "#"))


# A short line naming an image where a page's head shows one (2019年文化部banner嵌入, logo,
# 1.jpg): none of the report's words.
_IMAGE_LINE = re.compile(r"(?i)banner|logo|\.(?:png|jpe?g|gif)\b")
_IMAGE_LINES = 5  # how far down a page's head an image may stand


def _year(token: str) -> int:
    """2023 or 二〇二三 as an int."""
    return int("".join(_CHINESE_DIGIT.get(ch, ch) for ch in token))


def covers_several_years(title: str | None) -> bool:
    """A title about a span of years (2021—2023年行政执法情况): no one year is the report's.
    A plan's years inside a title (落实《…（2021-2025年）》) are not the report's span."""
    return bool(title and _TITLE_YEARS.search(_QUOTED.sub("", title)))


def infer_year(text: str, title: str | None, source_path: str, furniture_text: str = "") -> int | None:
    """The year the report is about: its title, a 年度 line, its opening, its file
    name, a year its body speaks of, and last the latest date inside the body (the
    earlier dates are the story's past: a licence that lapsed, then the case filed on
    it). Where none is stated, a news item's own time words are read against the page's
    date (in its furniture lines, `furniture_text`, or at the head of its text)."""
    for pattern, source in ((_PERIOD_YEAR, text[: _HEAD_CHARS[1]]), (_TITLE_YEAR, title or ""), (_STATUS_YEAR, title or ""), (_META_YEAR, text), (_WRAPPED_YEAR, text[:64])):
        m = pattern.search(source)
        if m:
            return _year(m.group("year"))
    lines = _body_lines(text, title)  # (read once: the first sentence, the lead, the body's years)
    body = lines[0][:200] if lines else ""
    for pattern in (_LEAD_YEAR, _REPORTS_ON):
        m = pattern.search(body) if pattern is _LEAD_YEAR else pattern.search(text)
        if m and not (pattern is _LEAD_YEAR and _since_before_the_page(body, m, text, furniture_text)):
            return _year(m.group("year"))
    m = _FILE_YEAR.search(PurePath(source_path).name)
    if m:
        return int(m.group(1))
    lead = next((line for line in lines[:_LEAD_LINES] if len(line) >= _PARAGRAPH_CHARS), "")
    if _THIS_YEAR_LEAD.search(lead) and (stamped := _dateline(text, furniture_text)) is not None:
        # a news lead that tells this year's figures so far (今年以来，全省…; 今年上半年…) on a
        # page stamped with its date: that date's year, whatever earlier year the page compares
        # with or the campaign it names (去年以来…“国门利剑2018”…; 2018年全省共查办…)
        return _dated_year(stamped)
    # A campaign named for its year (2022“铁拳”行动, “春雷行动2020”, “2023清风行动”): what
    # a news item on it reports, whatever earlier year it compares with.
    campaign = _CAMPAIGN_YEAR.search(text) or _YEAR_IN_CAMPAIGN.search(text) or _YEAR_LEADS_CAMPAIGN.search(text)
    if campaign:
        return int(campaign.group("year"))
    years, dates = _body_years(lines)
    if (years or dates) and (dated := _stamped_date(text, furniture_text)) is not None:
        # a year after the date the page is stamped with is none it reports on (a forum post
        # of 2022 above the board's later threads: 我市举行2025年下半年新兵欢送活动). (A date
        # on a line of its own in the text may be a case's: 2021年10月15日，当事人…)
        years, dates = ([year for year in found if year <= _dated_year(dated)] for found in (years, dates))
    if not years and _WINTER_CAMPAIGN.search(text, 0, _HEAD_CHARS[1]):
        # 根治欠薪冬季专项行动 told in January (截至目前…追发工资…): a winter campaign runs from
        # November to the Spring Festival, and is of the year it began
        dated = _page_dated(text, furniture_text)
        if dated is not None and _dated_month(dated) < _OWN_YEAR_FROM_MONTH:
            return _dated_year(dated) - 1
    if years or dates:
        return years[0] if years else max(dates)
    campaign = _CAMPAIGN_FIELD_YEAR.search(text)
    if campaign:
        return int(campaign.group("year") or campaign.group("bare"))
    # An almanac's page, its edition named (镇海年鉴2022): the year before the edition's.
    almanac = _ALMANAC.search(text, 0, _HEAD_CHARS[1]) or _ALMANAC.search(title or "")
    if almanac:
        return _year(almanac.group("year")) - 1
    # No year stated: figures up to a month (截止到11月底) on a page dated later in a year,
    # which is then the year they are of.
    dated = _page_dated(text, furniture_text)
    if dated is None:
        # 自2024年1月起，共查处…: a span that began in a month of the year, the page's only
        # year, tells what year its figures are of (a span from a bare year, 自2017年以来, may
        # run over several)
        began = _SPAN_FROM_MONTH.search(text, 0, _HEAD_CHARS[1])
        if began is None and _WINTER_CAMPAIGN.search(text, 0, _HEAD_CHARS[1]):
            # (…one since the November or December day a winter campaign began, which is of that year)
            began = _WINTER_BEGAN.search(text, 0, _HEAD_CHARS[1])
        if began:
            return _year(began.group("year"))
        # (…确保新中国成立70周年大庆期间的安全: the year of the anniversary the work is for)
        anniversary = _ANNIVERSARY.search(text, 0, _HEAD_CHARS[1])
        if anniversary:
            return _ANNIVERSARY_FROM[anniversary.group("of")] + int(parse_numeral(anniversary.group("years")))
        # an undated page whose title alone holds a year, one (2023年元旦假日某省文化和旅游市场情况
        # over a body that says 元旦假日期间 only): the time it tells of
        titled = {_year(m.group("year")) for m in _BODY_YEAR.finditer(_QUOTED.sub(" ", title or ""))}
        return titled.pop() if len(titled) == 1 else None
    year = _dated_year(dated)
    month = _dated_month(dated)
    cut_off = _CUT_OFF.search(text)
    if cut_off:
        up_to = int(parse_numeral(cut_off.group("month")))
        if month >= up_to:
            return year  # (截至7月份 on a page of 2021-07-23)
        # (截至12月28日 on a page of 2022-01-05: the figures of the year just ended)
        return year - 1 if month <= 2 and up_to >= 11 else None
    # A news item that speaks of its own time (今年以来, 截至目前, 节日期间) or of the year
    # before (去年全市…), on a page that carries its date: the year that date tells.
    this_year, last_year = len(_THIS_YEAR.findall(text)), len(_LAST_YEAR.findall(text))
    if month < _OWN_YEAR_FROM_MONTH:
        # (in January and February 全年 sums up the year just ended: 全市全年共办理…238件 on a
        # page of 2023-01-19)
        last_year += len(_WHOLE_YEAR.findall(text))
    if this_year or last_year:
        # 去年共查处…6000余起 told again and again, and 今年我市将… once: last year's figures
        return year - 1 if last_year > this_year else year
    # 各地于1月14日继续…检查 on a page dated 2023/1/16: days of the page's own year
    months = [int(m.group("month")) for m in _DAY_WITHOUT_YEAR.finditer(text)]
    if months and max(months) <= month:
        return year
    # A news item with no time word, dated after the year's first months (区城市管理局…查处
    # 建筑垃圾违法案件43件 on a page of 2024-10-09): the work of its own year. (In January and
    # February a page may sum up the year before.)
    if month >= _OWN_YEAR_FROM_MONTH:
        return year
    # ...or earlier, when it tells of one action (本次行动, 当天) and sums up no year
    # (岁末年初…开展燃气专项行动，本次行动… on a page of 2023-01-19)
    if _ONE_ACTION.search(text) and not _YEAR_SUMMED.search(text):
        return year
    return None


_OWN_YEAR_FROM_MONTH = 3
# An anniversary of the People's Republic or of the Party, the year it falls in told by its count.
_ANNIVERSARY = re.compile(r"(?P<of>新中国|中华人民共和国|建党|中国共产党)\s*(?:成立)?\s*(?P<years>\d{2,3}|[一二三四五六七八九十百零]{2,4})周年")
_ANNIVERSARY_FROM = {"新中国": 1949, "中华人民共和国": 1949, "建党": 1921, "中国共产党": 1921}
_WHOLE_YEAR = re.compile(r"全年(?!将|计划|预计|目标|任务)|一年来|过去一年")  # (全年将…: a plan, no sum)
_ONE_ACTION = re.compile(r"(?:本次|此次)(?:专项|联合|集中)?(?:行动|检查|执法)|当天|当日|昨日|昨天")  # (记者昨日从某局获悉: the page's own days)
_YEAR_SUMMED = re.compile(rf"{_WHOLE_YEAR.pattern}|年度|去年|\d{{4}}年")


def _since_before_the_page(body: str, lead: re.Match, text: str, furniture_text: str) -> bool:
    """Whether a lead's year opens a span to the page's day (2019年至今) on a page dated in a later
    year: figures of several years, not of that one (2019年至今 on a page of 2019 is 2019's)."""
    if not body.startswith("至今", lead.end()):
        return False
    dated = _page_dated(text, furniture_text)
    if dated is None:
        return False
    return _dated_year(dated) > _year(lead.group("year"))


def _dated_month(dated: re.Match) -> int:
    groups = dated.groupdict()
    return int(groups.get("month") or groups.get("stamp_month") or groups.get("dot_month") or groups.get("word_month") or groups.get("source_month") or groups.get("short_month") or groups.get("dm_month") or _MONTHS[groups["month_name"]])


# A winter campaign, which runs from November into the next year (根治欠薪冬季专项行动, 冬季攻坚).
_WINTER_CAMPAIGN = re.compile(r"冬季(?:专项|攻坚)?(?:行动|攻坚)")


def _dated_year(dated: re.Match) -> int:
    groups = dated.groupdict()
    if groups.get("short_year"):
        return 2000 + int(groups["short_year"])
    return int(groups.get("year") or groups.get("stamp_year") or groups.get("source_year") or groups.get("dm_year") or groups["en_year"])


def _stamped_date(text: str, furniture_text: str) -> re.Match | None:
    """The date a page is stamped with: a field of the head (发布时间：, 发表于) or a furniture
    line's date; not another thing's date said as a field (生产日期:2021年11月18日)."""
    for source in (text[: _HEAD_CHARS[1]], furniture_text):
        for field in _DATE_FIELD.finditer(source):
            if not (source.startswith(("时间", "日期"), field.start()) and source[field.start() - 1 : field.start()].isalpha()):
                return field
    return _own_date(furniture_text)


def _dateline(text: str, furniture_text: str) -> re.Match | None:
    """The date a page is stamped with, or a date on a line of the head with no sentence in
    it (四川农村日报 2019-12-13 05:12 大字); not a date a sentence tells (2022年11月16日，某局收到…)."""
    stamped = _stamped_date(text, furniture_text)
    if stamped is not None:
        return stamped
    for line in text[: _HEAD_CHARS[1]].splitlines():
        if not _SENTENCE_MARK.search(line) and (dated := _PAGE_DATE.search(line)):
            return dated
    return None


_SENTENCE_MARK = re.compile(r"[，,。；;]")


def _page_dated(text: str, furniture_text: str) -> re.Match | None:
    """The page's own date: in the head of its text, or in its furniture lines; not a date
    on a line that lists other items with theirs (头条新闻: · 某某… 2025-11-20 · 某某… 2025-11-19).
    A newspaper's page (第07版:要闻) is dated by its issue, which it prints with its weekday
    (2022年09月27日 星期二), as a site prints the day it is read."""
    return (
        _own_date(text[: _HEAD_CHARS[0]]) or _DATE_FIELD.search(text[: _HEAD_CHARS[1]]) or _own_date(furniture_text) or _DATE_FIELD.search(furniture_text)
        or (_ISSUE_DATE.search(text, 0, _HEAD_CHARS[1]) if _NEWSPAPER_PAGE.search(text, 0, _HEAD_CHARS[0]) else None)
    )


_NEWSPAPER_PAGE = re.compile(r"第\s*\d{1,3}\s*版\s*[:：]")
_ISSUE_DATE = re.compile(r"(?:^|\n)[ \t\u3000]*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月\d{1,2}日[ \t\u3000]*星期[一二三四五六日天][ \t\u3000]*(?=\n|$)")


def _own_date(text: str) -> re.Match | None:
    """The first page date in a text that stands on a line with no other date."""
    for dated in _PAGE_DATE.finditer(text):
        start = text.rfind("\n", 0, dated.start() + 1) + 1  # (a match may open on its line's break)
        end = text.find("\n", dated.end())
        if len(_PAGE_DATE.findall(text, start, len(text) if end < 0 else end)) < 2:
            return dated
    return None


# A meeting named for the year it plans or a course for the year it trains for (召开2024年全省生态环境
# 执法工作部署会，通报了2023年…), a conference of a year (2021年全省安全生产大会), a series of
# press conferences: read, as words quoted are, only where the body states no other year. (Not a
# single press conference, which may tell its own year so far.)
_MEETING_NAME = re.compile(r"(?:19|20)\d{2}年?度?(?!上半年|前三季度)[\u4e00-\u9fff“”]{0,30}?(?:工作会议?|大会|推进会|部署会|研修班|培训班|动员会|系列新闻发布会|首场新闻发布会)")
# A date the body was set up on (是2004年12月…机构改革中成立的, 于2019年3月挂牌组建).
_FOUNDED = re.compile(r"[^，,。；;：:\n]{0,16}?(?:挂牌|正式)?(?:成立|组建|挂牌)(?:的|以来)?(?=[，,。；;\s]|$)")


def _body_years(lines: list[str]) -> tuple[list[int], list[int]]:
    """Years the body speaks of, and years of dates in it; a signature date
    (a line that is only a date) is when the report was written, not what about, and a
    year in brackets is an aside (结案12起（1起案件是2019年立案）). Words quoted (a complaint
    of wages unpaid since 2016, a head's comparison with 2018) and the titles of documents
    (《关于某区2021年第9批次…的批复》) and the years meetings are named for are read only where the body
    states no year outside them."""
    years: list[int] = []
    dates: list[int] = []
    for quoted in (False, True):
        for line in lines:
            if _DATE_LINE.match(line) or _TODAY_LINE.match(line):
                continue
            line = _ASIDE.sub(" ", line) if quoted else _MEETING_NAME.sub(" ", _QUOTED_TITLE.sub(" ", _QUOTED_WORDS.sub(" ", _ASIDE.sub(" ", line))))
            for m in _BODY_YEAR.finditer(line):
                if m.group("month") and line[m.start() - 1 : m.start()] in ("自", "从") and _SINCE.match(line, m.end()):
                    continue  # 自2015年1月1日，新法施行以来: where a span that runs to now starts
                if _FOUNDED.match(line, m.end()):
                    continue  # 某局是2004年12月机构改革中成立的: when the body began, not what it reports on
                (dates if m.group("month") else years).append(_year(m.group("year")))
        if years or dates:
            break
    return years, dates


def _first_content_lines(text: str, n: int) -> list[str]:
    """content_lines(text)[:n], splitting only the head of the text when it holds n
    (the lines of the head but its last, which may go on past it, are whole lines)."""
    for size in _HEAD_CHARS:
        if len(text) <= size:
            break
        lines = [ln for ln in text[:size].splitlines()[:-1] if ln.strip() and not _is_marker(ln)]
        if len(lines) >= n:
            return lines[:n]
    return content_lines(text)[:n]


def content_lines(text: str) -> list[str]:
    """The lines of a text that hold something, markers left out; kept for the last
    text asked about, as the issuer, title and year all read them."""
    return list(_kept_lines(text))


def _kept_lines(text: str) -> list[str]:
    """`content_lines` as kept: not to be changed by the caller."""
    global _last_lines
    seen, lines = _last_lines  # one tuple, read and replaced whole: safe across threads
    if seen is not text:
        lines = [ln for ln in text.splitlines() if ln.strip() and not _is_marker(ln)]
        head = [ln for ln in lines[:_IMAGE_LINES] if not (len(ln) < 40 and _IMAGE_LINE.search(ln))]
        lines[:_IMAGE_LINES] = head
        _last_lines = (text, lines)
    return lines


_last_lines: tuple[str | None, list[str]] = (None, [])
