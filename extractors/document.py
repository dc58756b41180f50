"""One report file in, one `Document` with its figures out: the extraction entry points."""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from extractors.changes import (
    changed_subject,
    compared_before,
    continues_list,
    is_prior_value,
    restates_change,
    stated_change_sign,
    subject_before_comparison,
)
from extractors.domains import DomainIndex, DomainResolver, first_domain_named
from extractors.furniture import Furniture, blank_furniture, own_text_end, read_furniture
from extractors.gazetteer import Gazetteer
from extractors.issuer import covers_several_years, infer_issuer, infer_year, title_in
from extractors.kind import document_kind
from extractors.mentions import Mention, bare_magnitudes, find_mentions, money_without_yuan, listed_counts
from extractors.metrics import listed_metrics, metric_from_left, metric_from_right
from extractors.normalise import normalise
from extractors.numbers import as_number
from extractors.pinyin import Unglossed, unglossed
from extractors.reading import DEFAULT_MAX_BYTES, read_document
from extractors.records import Document, Figure, Issuer
from extractors.structure import ENUMERATOR, Layout, Ranges, Span
from extractors.tables import TableCell, find_tables
from extractors.taxonomy import Taxonomy, load
from extractors.units import CLASSIFIERS, MONEY_UNIT, unit_kind

# Figures that count no acts, whatever the words before them name: right after 计划 /
# 任务 plans ("制定行政检查计划3252件"), after 案卷 the case files reviewed ("评查行政
# 处罚案卷30份"; not 实施行政处罚案卷1578件, penalties carried out), after a power the
# powers held ("行使行政检查权6项"); and a figure per head or per unit is an average or a
# norm ("人均检查233件", "每个科室检查1家企业").
_NOT_A_TALLY = re.compile(
    r"(?:(?:计划|任务|方案)(?:共|总数|数量|数)?(?:共|为|达)?|(?<!实施行政处罚)案卷(?:共计|合计|共|为|达|计)?|(?:处罚|检查|许可|强制|征收|给付|裁决|确认|奖励|执法|职)权(?:共|为|达)?)$"
    r"|人均|平均|户均|日均|每"
    r"|(?:浏览|访问|点击)(?:次数|量)?(?:总量|总数)?(?:共|为|达)?$"  # 浏览次数总量达2882536次: views
    r"|召开(?:(?!培训|学法|讲座|宣讲)[^，,；;。]){0,24}?会议?$"  # 召开联合执法工作会议1次: meetings held, no campaign (培训会 trains)
    r"|(?:申请|提交|提供|所需)的?材料(?:由原来的?|从原来的?|由|从)?(?:共|为|达)?$"  # 确认提交的材料由原来的10项精简为4项: papers asked for
    r"|(?:计为|计作|算作|视为|按)$"  # (不同渠道发布的同一信息计为1条): how items are counted, no tally
    r"|(?:账号|帐号)(?:共|为|达)?$"  # 备案政务新媒体账号80个: accounts, no filings
    r"|(?:小分队|小组|工作组|检查组|督导组|督查组|巡查组|执法组|专班)(?:共|为|达)?$"  # 组成巡查小分队6个: teams formed, no checks
    r"|未(?:执法)?检查$"  # 注册企业989家，未检查619家: places not checked
    # 对重大劳动保障违法行为社会公布41宗, 向社会公布重大欠薪违法案件92件: cases made public, counted already
    r"|社会公布(?:[^，,；;。]{0,12}?案件)?$"
    r"|听证(?:案件)?(?:共|为|达)?$"  # 听证案件27件: hearings held, no kind of penalty
    # 投诉数比2月4日减少509件: a change on a day, a month or a quarter, neither a tally nor the year's change
    r"|比(?:\d{1,2}月(?:\d{1,2}日)?|上[月周旬]|上一?季度|[一二三四]季度)(?:同期)?(?:减少|增加|下降|上升|增长|多|少)了?$"
)
# A kind of case counted in a list of kinds (大气类105起、水类6起).
_KINDS_LISTED = re.compile(r"[\u4e00-\u9fff]类\d+(?:件|起|宗)")
# Vehicles sent out on the work (出动执法车辆6台次), counted in their own units.
_VEHICLE_UNITS = frozenset({"台", "台次", "辆", "辆次"})
# (not patrols by vehicle: 出动巡查车辆636辆次 counts the patrols)
_VEHICLES_SENT = re.compile(r"出动(?:执法|公务|工作)?车辆?(?:共|为|达)?$")
# The sum a rule sets, before what it is named (…的，处5000元罚款; 最高3万元的行政处罚; 可获得最低
# 3000元、最高30万元的奖励): no fine imposed, no award paid, unless the words before it say so
# (对法人代表处3万元罚款, 并处1.1万元罚款).
_RULES_SUM_BEFORE = re.compile(r"(?:处|最高|最低|可|不超过|不低于)(?:可)?(?:获得|得到|领取)?\s*$")
# The signs of a product written out (面积*2倍*3元=…).
_TIMES = frozenset("*×＊xX")
# A sum that bounds what is fined or counted, not one collected: 处以5万元及以上罚款的…,
# 50元以上200元以下的罚款, 处罚金额超10万元的价格违法大案, 5万元以上的案件.
_BOUND_WORD = re.compile(r"(?:及|或)?以[上下]")
_BOUNDED = re.compile(r"(?:罚款|罚没款?)?的|\d|[一二三四五六七八九十两]|至|到")  # (五百元以上一千元以下: a range written in words)
_THRESHOLD_OF = re.compile(r"的[^，,；;。\d]{0,8}?(?:案|违法行为|企业|单位)")


def _bounds(match: str, mention: Mention) -> bool:
    """Whether a sum is a bound (see `_BOUND_WORD`) rather than an amount."""
    at = mention.end
    said = match[mention.start : at]
    bound = _BOUND_WORD.match(match, at)
    if bound or said.endswith(("以上", "以下")):
        return _BOUNDED.match(match, bound.end() if bound else at) is not None
    return _THRESHOLD_OF.match(match, at) is not None


# 设置信息公开栏目6项: columns of a site, no items published (政策解读栏目17条 are items in one).
_COLUMNS_BEFORE = re.compile(r"(?:栏目|专栏|板块|页面)(?:共|为|达)?$")
_ITEMS_IN_A_COLUMN = frozenset({"条", "篇"})
_COLUMNS_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:栏目|专栏|板块|账号|帐号)")
_PROBLEMS_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:问题|诉求|工单)")
# 启动防汛四级应急响应4次: emergency responses launched, no tally of any metric.
_RESPONSES = re.compile(r"(?:启动|发布)[^，,；;。]{0,12}?响应$")
# Fines waived (全省共免除罚款1200余万元): no fines collected.
# (免除当事人罚款, 免除加处罚款: whose fines, or the surcharge on late ones)
_FINES_WAIVED = re.compile(r"(?:免除|减免|免予|免于|不予)[\u4e00-\u9fff]{0,6}?(?:行政)?(?:罚款|处罚)(?:金额)?(?:共|达|约)?$")
# Criminal cases an enforcer handed over, whatever they are said to be of (向公安机关移送跨省…
# 危险废物刑事案件7起): referrals, which the taxonomy counts.
_REFERRED_CASES = re.compile(r"移(?:送|交)[^，,；;。]*刑事案件(?:共|为|达)?$")
# Cases no penalty was imposed in (免予处罚案件34件), and cases of courts and police
# (办理侵企刑事案件15件, 涉企执行案件4012件): no penalties, no administrative cases.
_NOT_PENALISED = re.compile(r"(?:不予|免予|免于)(?:行政)?处罚(?:的)?(?:案件|决定)?(?:共|为|达)?$")
_NOT_ADMINISTRATIVE = re.compile(
    r"(?<!移送)(?<!移交)(?<!涉嫌)刑事案件(?:共|为|达)?$|民事案件(?:共|为|达)?$|(?<!强制)执行案件(?:共|为|达)?$|法律援助案件(?:共|为|达)?$"
)
# What a count names after its measure word, ending on a list: 212家检查企业清单 (or a guide
# of its items: 91条事故隐患和违法行为整改指南).
_LIST_OF_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:清单|名单|名录|指南)")
# Items of a list a body keeps, not acts done: "动态调整本部门主管的行政许可共29项",
# "取消行政检查12项" count kinds of licence or check, in 项, where a list is revised.
_ITEMS_REVISED = re.compile(r"调整|梳理|清理|保留|取消|下放|承接|认领|编制|精简|压减|清单|目录")
_ITEMS_UNIT = "项"
# Hazards are counted in 项 whatever list found them (运用“三张清单”排查隐患4013项): no list's items.
_NEVER_LIST_ITEMS = frozenset({"hazards_found"})
# Kinds of act a body may do, counted as items ("行政处罚事项320个", "行政许可事项共45项"):
# no acts done.
_KIND_ITEMS = re.compile(r"事项(?:清单)?(?:共|总数|数量|数)?(?:共|为|达|计)?$")
# Requests for information counted (办理依申请公开案件23件, 收到政府信息公开申请5件): no act of enforcement.
_INFORMATION_REQUESTS = re.compile(
    r"(?:依申请公开(?:政府)?(?:信息)?|信息公开(?:的)?申请|信息的申请|信息申请公开)(?:案件|事项|件)?(?:各|共|数量|总数)?(?:为|达)?$"
    r"|(?:予以|部分|不予|不)公开(?:政府)?信息(?:数)?$"  # what became of requests: 予以公开信息9条, 不予公开信息数5条, 不公开8件
)
# A sentence about requests for information (做好依申请公开工作…收到申请13件): its requests
# are no licence applications.
_ON_REQUESTS = re.compile(r"依申请|信息公开申请|公开申请|申请政府信息公开|信息公开请求|政府信息申请")
# A disclosure yearbook's decisions told in prose, in whatever unit (行政处罚本年处理决定数量803条,
# 主动公开行政许可数量共2条), as its 第二十条 tables give them (extractors/disclosure_tables.py).
_DECISIONS = {"行政许可": "licenses_granted", "行政处罚": "penalty_cases", "行政强制": "coercive_total"}
_DECISION_KINDS = "|".join(_DECISIONS)
_DECISIONS_STATED = re.compile(rf"(?P<kind>{_DECISION_KINDS})类?(?:本年)?(?:处理)?(?:决定)?数量?(?:共|为|达)?$")  # (行政许可类处理决定数4条)
# The old template's row told as a sentence ("上年度行政许可1026项，本年增加138项，处理决定1164件"):
# the decisions of the kind the sentence named; the items of the year before, and those the
# year added (其他对外管理服务事项新增57项), no tally.
_DECISIONS_ALONE = re.compile(r"(?:处理)?决定(?:数量)?(?:共|为|达)?$")  # (行政许可21条(决定数量共192个))
_DECISION_KIND = re.compile(_DECISION_KINDS)
_DECISION_METRICS = frozenset(_DECISIONS.values())
_NEXT_DECISIONS = re.compile(rf"[，,、；;]\s*(?:办理|作出|实施)?(?P<kind>{_DECISION_KINDS})(?:决定)?(?:数量)?(?:为|共)?\s*")
_DECISION_KIND_LISTED = re.compile(rf"(?:^|、)(?P<kind>{_DECISION_KINDS})(?:决定)?(?:数量)?(?:为|共)?$")
_PLACES_PASSED = re.compile(r"(?:通过|合格|达标)(?:[(（][^)）]{0,20}[)）])?$")
_ITEMS_LAST_YEAR = re.compile(rf"上一?年度?(?:{_DECISION_KINDS})(?:项目)?(?:数量)?(?:共|为)?$|事项(?:本年)?(?:新增|增加|减少)$")
_DECISION_UNITS = frozenset({"件", "条", "个", "项"})
# Requests answered (收到…申请4件，已办结4件): the words that close them.
_CLOSED_WORDS = ("办结", "办理完毕", "答复")
# A clause that opens on its verb, its subject the last sentence's (依法办结35件).
_NO_SUBJECT = re.compile(r"\s*(?:依法|均已|已|共|累计|全部)?(?:办结|办理完毕|答复)(?:了)?(?:共)?\s*")
_LAST_SENTENCE = 80  # how far back the sentence before may have named what it goes on with
# Spots counted right after a check (巡查检查50余个点位): the spots checked.
_CHECKED_SPOTS = ("检查", "巡查", "抽查", "排查")
# What changed, named, is no count but the rate, the time or the quality of an act.
_NOT_A_COUNT_CHANGED = re.compile(r"效率|时间|时限|时长|满意度|满意率|[比概]率$|比例$|质量")
# People counted who are no body's staff (对2名涉渔人员进行控制, 3名违法嫌疑人).
# People counted right after a verb of catching them (查获7人, 抓获犯罪嫌疑人…): not officers.
_PEOPLE_CAUGHT = re.compile(r"(?:查获|抓获|抓捕|劝离)\s*$")
_OTHER_PEOPLE_AFTER = re.compile(r"(?:涉[\u4e00-\u9fff]{1,4}|违法|违规|犯罪)(?:嫌疑)?(?:人员|人|分子)|嫌疑人|当事人")
# Fields a count of 个 may name right after it (31个行政管理领域), or kinds of goods (查获11个
# 品规3.75万条假烟: the brands and sizes of what was seized), and organs named before it
# (复议机关由375个…).
_FIELDS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:领域|行业|方面)|品规|品种|规格")
_ORGANS_BEFORE = re.compile(r"(?:机关|机构)(?:由|从|共|为)?$")
# Centres and stations a body set up or works through, counted in 个 (建立…指挥中心1个,
# 依托12个投诉举报中心): places of work, no tally of what they handle.
_FACILITIES_BUILT = re.compile(r"(?:建立|设立|建成|成立|组建|新建|打造)[^，,；;。]{0,30}?(?:中心|站)$")
_FACILITY_AFTER = re.compile(r"[^，,；;。、\d]{0,10}?(?:中心|联络站|服务站|工作站)")
# Groups sent out, counted before what they went to do (5个工作组分别对…开展检查), or teams
# by 组 alone (执法检查共分三个组).
_SQUADS = "执法中队|执法小队"
_GROUPS_SENT = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:工作组|检查组|督查组|督导组|暗访组|巡查组|{_SQUADS})|组(?![织建合成])")
# What a body will do to what a figure counts, in the figure's clause (将对…N家企业开展检查),
# looked for this far back.
_PLANNED = re.compile(r"将(?:要)?对[^，,。；;！!？?]*$")
_PLAN_REACH = 80
# A count pointing back at what was just named (这三家, 此两起): no tally of its own.
_POINTING = frozenset("这那此")
# 一个 as an article before what a thing is like (营造了一个安全放心的消费环境): no count.
_ARTICLE = re.compile(r"[\u4e00-\u9fff]{1,8}?的")
# The parts of a body a count of 个 may name right after it (部门, 科室, 监察中队).
# (分成4个执法小组: teams formed to do the checks, no checks)
_UNITS_OF_BODIES = re.compile(r"\s*(?:部门|科室|股室|[\u4e00-\u9fff]{0,4}?(?:中队|大队|支队|总队|分队|小组|工作组|检查组|车组|督查组|专班))")
# Fees a body charged (行政事业性收费0元), and losses recovered or suffered (为消费者挽回经济损失37万元),
# are their own amount, not the fines the sentence names.
# (nor funds a body obtained: 争取各类上级资金8159万元)
# (and a fund's money: 追回医保基金548.08万元, 扣除违约金9.83万元, 参保人违规金额176.26万元;
# a deposit held: 收取农民工工资保证金累计6897万元)
_AMOUNTS_OF_THEIR_OWN = re.compile(
    r"收费(?:金额|总额)?(?:共|为|达)?$|损失(?:金额|总额)?(?:共|为|达|约)?$|资金(?:共|为|达|约)?$"
    r"|(?:基金|违约金|本金|违规金额|保证金)(?:累计|共|为|达|约|近)?$|其他情况$"
    r"|(?:货值|货值金额)(?:共|为|达|约|近)?$"  # (查获消杀用品货值101.6万元: the goods' worth, no fine)
    r"|最高(?:可)?(?:奖励|处|罚款?)?(?:至|达)?$"  # (举报最高奖励10万元: the most a rule lets be paid)
)
# ...or after it (266个高频事项, 294条检查事项), and the parts a report has (六个部分, 六项内容).
# (…等11项问题进行拉网式巡查: kinds of problem a patrol looked for, no patrols; 21项规定动作,
# 36项任务: the tasks of a campaign)
_KIND_ITEMS_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,8}事项|部分|内容|方面|栏目|专栏|[\u4e00-\u9fff]{0,4}(?:类型|种类|类别)|(?<=项)(?:问题|规定动作|重点任务|任务|措施|举措))")
# Divisions counted by 个 (4个市, 13个市州, 103个县级政府, 5个乡镇): places, not acts done there.
# (nor the areas a check is shared out by: 分5个小组对…5个片区开展检查)
_DIVISION_WORDS = r"(?:省|市州|市(?!场|民)|县|区(?!域)|乡镇|乡|镇|街道|街镇|片区)"
_DIVISIONS_COUNTED = re.compile(_DIVISION_WORDS + r"(?![^，,；;。]{0,4}?(?:部门|单位|机关|执法))")
# Examples a page picks out (10起典型案例): chosen to show, no tally.
_EXAMPLES_AFTER = re.compile(r"\s*典型(?:案例|案件)")
# A figure inside a document's title names the document (《…督察20条》), it counts nothing done.
_IN_TITLE = re.compile(r"《[^《》\n]*$")
# Rules that say a figure is no tally: a norm or a plan (not_a_tally), a bound (bound).
_NO_TALLY = frozenset({"not_a_tally", "bound"})
_BOUNDED_CASES = re.compile(r"[\u4e00-\u9fff]{0,6}案件")
# A bound that sorts the things counted, not a tally: "罚没款金额在一万元以下的案件105件".
_BOUNDS = ("以下", "以上", "以内")
_THRESHOLD = re.compile(rf"及?(?:{'|'.join(_BOUNDS)})的")

# The share a 其中 list gives a body: "其中州级行政执法机关办理138052件", "交通局1人"
# (the words since the figure before, which the list's punctuation opens).
_BREAKDOWN_BODY = re.compile(
    r"[\s,，、:：]*(?:其中)?[\s,，、:：]*(?:包括|含)?"
    r"(?P<body>[\u4e00-\u9fff]{1,16}?(?:机关|部门|单位|分局|局|委|中心|支队|大队|中队|站|所|街道|镇|乡))"
    r"(?P<act>(?:共|分别)?(?:办理|实施|作出|查处|受理|办结|完成|开展|派驻|配备|有)了?[\u4e00-\u9fff]{0,8}?)?(?:共|计|为|达)?$"
)
# A share named by a short noun alone, item after item of a list that says it lists the
# total's parts: "其中包括医疗卫生299件、公共场所88件" (what kind of complaint; no verb, no
# body). Without 包括 such nouns are as often outcomes (其中维持154件，驳回63件) as parts.
_PARTS_LISTED = re.compile(r"其中[\s,，:：]*包括")
# A share named as a field or a class of cases (安全生产领域, 渣土扬尘类).
_PARTS = frozenset({"part_breakdown", "domain_breakdown", "body_breakdown", "act_breakdown"})
_NEXT_ITEM = re.compile(r"[、，,(（]?\s*[\u4e00-\u9fff]{2,8}")
# A violation among the cases after 其中, in up to sixteen characters, and one more after 、.
_LONG_VIOLATION = re.compile(r"[\s,，、:：]*其中[\s,，、:：]*[\u4e00-\u9fff]{2,16}")
_NEXT_VIOLATION = re.compile(r"、\s*[\u4e00-\u9fff]{2,16}")
_FIELD_PART = re.compile(r"[\s,，、:：；;]*(?:其中)?[\s,，、:：]*[\u4e00-\u9fff]{2,8}(?:领域|类)(?:共|计|为|达)?$")
# A note in brackets inside a part's name (网吧(咖), 歌舞娱乐场所(KTV)).
_ASIDE_IN_NAME = re.compile(r"[(（][^()（）]{1,8}[)）]")
_CASES_OF_A_BAND = re.compile(r"(?P<band>[，,、]?\s*(?:[\d.]+\s*[-—~至到]\s*)?[\d.]+\s*万?元)?(?:以上|以下)?的?案件")
_BREAKDOWN_PART = re.compile(r"[\s,，、:：(（]*(?:其中)?[\s,，、:：]*(?:包括|含)?[\s,，、:：]*[\u4e00-\u9fff]{2,8}(?:共|计|为|达)?$")
# ...or a kind of case in more words, counted in the total's own unit (其中非法收购加工烟丝案件6起,
# 打击哄抬口罩价格案17起).
_LONG_CASE_PART = re.compile(r"[\s,，、:：(（]*(?:其中)?[\s,，、:：]*[\u4e00-\u9fff]{2,12}(?:案件|(?<![方草预提档备件类立结答议报])案)(?:共|计|为|达)?$")
# A body's name as an item of a ranked list gives it, and the name with its figure in
# brackets after it: "、区卫健委（".
_RANKED_BODY = r"(?P<body>(?![和及与])[\u4e00-\u9fff]{2,16}?(?:分局|局|委员会|委|办公室|中心|支队|大队|街道|镇|乡))"
_BODY_IN_PARENS = re.compile(rf"(?:^|[、，,：:；;)）和及与])\s*{_RANKED_BODY}[(（]$")
# ...or right before it, in a list a ranking opens (较多的单位为:住房和城乡建设局1468件).
_BODY_BEFORE = re.compile(rf"(?:^|[、，,：:；;)）])\s*{_RANKED_BODY}$")
# ...or a division's (of a list ranked by place: "较多的省辖市是郑州市（1013起）、洛阳市（").
_PLACE_IN_PARENS = re.compile(r"(?:^|[、，,：:；;)）和及与是为])\s*(?P<body>[\u4e00-\u9fff]{2,8}?(?:市|县|区|州|旗|盟|镇|乡|街道))[(（]$")
# The words that open a list ranked by place or body: "…较多的省辖市环保局是" (or a colon).
_RANKED_OPENER = re.compile(r"(?:较多|较少|最多|最少|居前|前[三五十](?:位|名)?)的[^，,。；;：:]{0,12}?(?:是|为|有)")
# Words no body's name holds: the match ran over a sentence ("全州各级…").
# (联合生态环境部门开展…: the bodies worked with, no item of its own)
_NOT_A_BODY = re.compile(r"全|各|下属|内设|共|的|对|在|与|及|年|月|办理|实施|作出|查处|开展|检查|目前|同时|此外|另|联合|会同|协同|配合")
# A paragraph or an item of a list opening with a body's name: "(2)区安委会牵头…",
# "黄石市不动产登记中心执法岗位设置4个…" (the enumerator may have lost its bracket).
_BLOCK_BODY = re.compile(
    rf"\s*{ENUMERATOR}?\s*"
    r"(?P<body>(?![我本该])[\u4e00-\u9fff]{1,14}?(?:部门|机关|委员会|委会|办公室|管委会|分局|支队|大队|中队|中心|局|委|站|所|街道办事处|街道|(?<![城乡])镇|(?<!城)乡(?!镇)))"
)
# A share named only by the act done: "其中办理企业设立5490件", "发放证书17件".
_BREAKDOWN_ACT = re.compile(r"[\s,，、:：]*(?:其中)?[\s,，、:：]*(?:办理|作出|实施|核发|发放|颁发)")
# A total of powers or of the items of a list of them ("职权事项147项", "权责清单共312项"),
# counted in items, not in acts done.
_POWERS = re.compile(r"(?:(?:职权|权力|权责|执法)事项|职权|权力|权责)(?:清单)?(?:共|总数|数量|数)?(?:共|为|达|计)?$")
_ITEM_UNITS = frozenset({"项", "个", "条"})
# A measure word with the thing it counts right after it (339个标准化目录).
_KINDS_COUNTED_UNITS = frozenset({"项", "个", "类"})
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]")
# The label before a part of a total listed without 其中: a kind of case in a few words
# (路政方面案件, 道路运输类, 食品领域). Outcomes (维持, 驳回) and posts (大队长) add up to their
# totals too, but are no kinds of what the total counts.
_SUMMED_PART = re.compile(r"[\s,，、;；:：]*[\u4e00-\u9fff]{1,8}(?:案件|类|领域|方面)[\s:：]*")
# ...or in brackets right after the total's words ("共计30名下沉人员(文化市场3名、市场监管16名…)").
_BRACKETED_FIRST_PART = re.compile(r"[\u4e00-\u9fff]{0,12}[（(][\u4e00-\u9fff]{1,8}")
_BRACKETED_PART = re.compile(r"[、，,]\s*[\u4e00-\u9fff]{1,8}")
# Counts of places and businesses, the objects a check or a visit lists one kind after another.
_PLACES_COUNTED = frozenset({"家", "家次", "户", "户次", "处", "处次", "个次"})
# ...and units checked counted by 个 (检查各类单位4881个), schools and clinics by 所 (学校食堂6所),
# boats by 艘次 (检查渔船2230艘次、渔港554个次).
_PLACES_OR_UNITS = _PLACES_COUNTED | {"个", "所", "艘次", "座"}
# ...and vehicles and boats checked, by the time (检查出租车23辆次, 船舶57艘次), and all these together.
_VEHICLES_CHECKED = frozenset({"辆次", "台次", "艘次", "车次"})
_PLACES_OR_VEHICLES = _PLACES_OR_UNITS | _VEHICLES_CHECKED
# What a vehicle or boat was found doing wrong (违规车辆, 超限车辆, 纠违, 通报不合规渔船): those
# found, not those checked.
_AT_FAULT = re.compile(r"违规|违法|违章|超限|超载|非法|无证|不合规|纠正|纠违|通报|查扣|暂扣|扣押")
# ...and works checked counted by 项 (抽查工程52项，其中房建工程32项…).
_CHECKED_UNITS = _PLACES_OR_UNITS | {"项"}
# Cases of one kind after another (查处不正当竞争案件685件，侵害消费者权益案件642件).
_CASES_COUNTED = frozenset({"件", "起", "宗"})
_KINDS_UNIT = "类"
# The noun the kinds are of, right before the count of its places (两类场所1404家), not a
# total (6类执法行为共827203件) nor a count run on (6类17项).
_KINDS_NOUN = re.compile(r"(?:(?!共|计|合计|总)[\u4e00-\u9fff]){1,8}")
_KIND_OF_CASE = re.compile(r"案件$")
# A field's cases named after 其中 (互联网广告案件, 食品案件), not cases by how they ended (已结案件).
_FIELD_CASES = re.compile(r"^[\s,，、:：]*其中[\s,，、:：]*(?![^，,；;。]*(?:结|立案|移送|办理|受理|查处))[\u4e00-\u9fff]{2,10}案件$")
_LET_OFF = re.compile(r"不罚|免罚|不予(?:行政)?处罚")
# ...and a part of cases named as cases of a kind (其中食药类案件152件, 药品案20件, 涉危废案件87起)
# or of an amount (其中亿元以上案件31起).
_CASES_OF_A_KIND = re.compile(r"类案件?$|(?<![方草预提档备件类])案$|[百千万亿]元以上的?案件$|涉(?!密)[\u4e00-\u9fff]{1,8}案件$")
# Cases counted in full, and a part of them named by the violation (非法营运, 无证经营, 超限超载;
# a price gouged or left unmarked: 哄抬价格, 未按规定明码标价).
_CASE_TOTALS = frozenset({"total_enforcement_cases", "penalty_cases", "cases_filed"})
_VIOLATION_KIND = re.compile(r"非法|违法|违规|违章|无证|超限|超载|超(?:范围|区域|经营范围)|擅自|未经许可|未按规定|哄抬|未明码标价|占道|私搭|乱[搭建倒摆]")
# One more kind of information disclosed, after a separator (and the noun the count before
# it counted: 公开了21218条政府信息，具体为…), a 其中 or a list item's number:
# a short noun, a bracketed note in it ("重点领域信息(执法监督)"), a channel it went out on
# ("微信公众号公开"), nothing that is an act of its own or a request.
_LIST_OPENS = r"[一二三四五六七八九十]是(?:公开|发布)|其中|包括|具体为|具体是|分别为|在(?:主动)?公开的?(?:政府)?信息中|从(?:内容)?分类看|按(?:内容)?分类|主要类别(?:及数量)?(?:为|是)"
_KIND_OF_INFORMATION = re.compile(
    rf"(?:(?:政府|政务)?信息)?(?:[)）]?[，,、；;。：:]|[(（])\s*(?:(?:{_LIST_OPENS})\s*[，,：:]?\s*)?{ENUMERATOR}?\s*"
    r"(?P<kind>(?:[\u4e00-\u9fff、“” \t\u3000]|[(（][\u4e00-\u9fff、 \t\u3000]{1,24}[)）]){2,40}?)(?:发布|推送|公开|公示)?"
)
# A verb's next object after a comma: a few characters of a noun, nothing else.
# (a copy's doubled separators: 8家,、電力企業2家; or the places counted before their noun:
# 检查了577家危化品生产经营单位、16家煤矿企业和196家…; nouns of one kind together: 电商、网络平台)
# (检查餐饮单位4.23万家次和相关生产企业883家次: joined by 和 or 及 too; a noun may open on
# letters: 书店16家次、KTV娱乐场所22家次)
# (a kind of place in Latin letters alone: 网吧5家、KTV2家; after a part in brackets: …25家次），餐饮…)
# (a noun may join two kinds: 药品零售企业和医疗器械生产经营企业556家次)
_PARALLEL_OBJECT = re.compile(r"\s*[）)]?\s*(?:[，,、；;]{1,2}|和|及)\s*(?:[A-Za-z]{0,4}[\u4e00-\u9fff]{2,16}(?:(?:和|及|与)[\u4e00-\u9fff]{2,16})?|[A-Za-z]{2,6})(?:、[\u4e00-\u9fff]{2,12}){0,3}\s*|[\u4e00-\u9fff]{2,14}(?:[、，,]|和|及)")
# …and places checked that go on past a semicolon, a place's noun after it (商超62家次；餐饮服务单位304家次).
_PLACES_PAST_SEMICOLON = re.compile(r"\s*[；;]\s*[\u4e00-\u9fff]{2,10}")
# Verbs of an act of its own (整改, 查处, 同比…增长 …).
_ACT_VERBS = (
    r"累计|合计|同比|查处|办理|立案|结案|整改|下达|处罚|罚款|出动|受理|没收|责令|移送|发现|排查|完成"
    r"|开展|作出|实施|收到|申请|接到|办结|约谈|告知|维持|撤销|驳回|终止|增长|下降|减少|增加|上升|提升|培训|参加|签订|发放|制发|印发"
    r"|督促|督导|整治|整顿|捣毁|取缔|公布|曝光|列入|抽取|抽检|抽样|查获|安装|暂停|解除|关闭|关停|提请|督办|挂牌"
)
_ACT_VERB = re.compile(_ACT_VERBS)
# Acts a list of information items in 条 may name as kinds of item (监督检查9条, 行政处罚6条).
_ACTS_NAMED_AS_ITEMS = frozenset({"inspections", "penalty_cases", "licenses_granted", "coercive_total"})
_ACT_KINDS = re.compile(r"行政(?:处罚|许可|强制|检查)|监督检查")
# Words that make a clause an act of its own (整改30家, 其中…, 同比…), or what became of
# the places counted before (通过28家, 移交2家), not one more object.
# (nor places that shut of themselves: 自行停业关门1家)
# (nor places warned, put right, talked out of it or found at fault after a check: 提醒告诫8056户次,
# 规范5家, 劝停群体宴席523户, 查出无证经营6户, 查实存在欠薪项目391个, 已与1199户…签署)
_ACT_WORDS = re.compile(rf"其中|(?<!公)共|较|占|达|为|{_ACT_VERBS}|通过|合格|达标|移交|转交|停业|关门|歇业|提醒|告诫|规范|劝[停离导阻]|查出|查实|存在|签署")
# What became of places checked (移交…调查处理2家, 检查通过45家): an outcome, neither a share
# of the places checked in some field nor more places checked.
_OUTCOME = re.compile(r"移交|移送|转交|调查处理|通过|合格|达标")
# A place's state, not its kind (停产, 废弃企业), and the end of a part's count before the next.
_PLACE_STATE = re.compile(r"停产|停业|关闭|废弃|正常|在建|停建|取缔|关停|注销")
_PART_ENDS = re.compile(r"\s*(?:[，,、；;。）)]|$)")
# The kinds of place a check counts, as a part's name ends (学校食堂, 餐饮单位, 家庭托餐).
_PLACE_KIND = re.compile(r"(?:食堂|单位|企业|商户|经营户|场所|门店|市场|超市|商超|商场|餐馆|饭店|餐厅|学校|幼儿园|医院|诊所|药店|机构|工地|网吧|宾馆|酒店|托餐|加油站)(?:共|计|为|达)?$")
# Units of a count that stands between the words and the figure they name (共十五批1165件),
# and groups sent, counted before the staff who went (出动1311个检查组、4710人次; 出动6个执法中队300余人次).
_BATCH_UNITS = frozenset({"批", "批次"})
_GROUPS_JOINED = re.compile(rf"[\u4e00-\u9fff]{{0,3}}组、|[\u4e00-\u9fff]{{0,2}}(?:{_SQUADS})、?")
# A verb of two to four characters standing between two figures with nothing to part them.
_GLUED_VERB = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BARE_CLOSED = re.compile(r"\s*[，,、]\s*(?:均已|已|全部)?办结\s*")
_FINDINGS = re.compile(r"\s*[，,]\s*(?:共|累计)?发现(?:各类|安全)?问题\s*")
_BARE_ACCEPTANCE = re.compile(r"[，,、]\s*(?:依法|予以|已|共)?受理\s*")
_INFORMATION_UNITS = frozenset({"条", "件", "篇", "份"})
# A heading over information made public of the body's own accord: 主动公开情况, 主动公开政府信息情况.
_DISCLOSED_HEADING = re.compile(r"主动公开(?![^\n]{0,12}申请)")
# A heading over information released on request, and the applications a yearbook counts there.
_REQUESTS_HEADING = re.compile(r"依申请公开|信息公开申请")
_APPLICATIONS = frozenset({"license_applications", "license_accepted"})
# Cases closed and the rate, and how far back in their block requests may have been named.
_CLOSED = frozenset({"cases_closed", "case_closure_rate"})
_REQUESTS_REACH = 120
# Decisions put up on a site, counted as items of information (更新行政处罚决定3条); not the
# template's count of decisions made (公开行政许可决定数量47786条).
_DECISIONS_PUBLISHED = re.compile(r"(?:更新|公开|公示|发布)(?:行政)?(?:处罚|许可|强制)决定(?!数)")
# What the unnamed counts under that heading are counted in: items of information.
_DISCLOSED_UNITS = frozenset({"条", "篇"})
# Counted in 条 under that heading but no information made public: replies, feedback, slogans,
# lists of items, decisions, interpretations, information withheld or gathered.
_NOT_DISCLOSED = re.compile(r"答复|反馈|意见|留言|标语|清单|不予|归集|决定|(?<!及)(?<!及相关)解读|维护数|开设|专栏数")
# A Chinese character: words before a figure, not a table row's bare separators.
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A request, not a guide to making one (申请指南, 申请条件 are information published).
_REQUESTED = re.compile(r"申请(?!指南|条件|材料|流程|表)")
# What a total of information disclosed has as parts: items of it, interpretations, documents.
_ITEMS_OF_INFORMATION = frozenset({"disclosures", "policy_interpretations", "policy_documents"})
_TAIL = 24  # the words before a figure that end-anchored checks look at
_LABELLED_WORDS = 2  # what may stand between a label's colon and its figure (共, 合计)
# A figure named only as the total (，合计400多篇).
_TOTAL_WORDS = "合计|共计|总计"
# What a total spans, then the total (具体包括调整领导分工、补助领取等方面的内容共计108条): the
# clause before names what it totals.
_SPAN_THEN_TOTAL = re.compile(rf"(?:具体)?(?:包括|涵盖|涉及)[^，,；;。]{{1,60}}?(?:等)?(?:方面的?)?(?:内容|信息)?(?:{_TOTAL_WORDS}|共|累计)(?:共|达|为)?")
# (…交办了第二十五批群众举报件，共61件: 共 alone after the clause that names the thing)
_TOTAL_WORD = re.compile(rf"[，,]?\s*(?:{_TOTAL_WORDS}|累计|共)(?:共|达|为)?")
# Powers a body placed on a service platform, counted by kind in 项.
_POWERS_PLACED = re.compile(r"(?:进驻|入驻|上线)[^。；;]{0,30}?(?:大厅|平台|网)")
# Documents counted as reviewed (公平竞争审查…已审查2份文件), not as issued.
_DOCUMENTS_REVIEWED = re.compile(r"审查|审核|清理|评估|废止|宣布失效")
# The review named right after the documents it counts (268件次规范性文件清理).
_REVIEW_OF_DOCUMENTS = re.compile(r"[\u4e00-\u9fff]{0,8}?文件的?(?:清理|审查|审核|评估)")
# The words a sum of the items before it stands after: 合计共221条.
_SUM = re.compile(rf"[，,；;]\s*(?:{_TOTAL_WORDS})共?")
# The last kind of a list: all the others (，其他5781条).
_OTHER_KINDS = re.compile(r"[，,、；;]\s*(?:其他|其它|其余)(?:类)?(?:政府|政务)?(?:信息)?$")
# Items of information about acts, named so (…监督检查情况13条, …办理结果76件 are no checks or cases).
_INFORMATION_ABOUT = re.compile(r"(?:情况|信息|结果|台账)$")
# A rate of the information counted, then the list of its kinds (…电子化率为100%，其中：).
_RATE_THEN_LIST = re.compile(r"\s*[，,]\s*其中")
# The share of a total an item makes (业务信息354条，占75%).
_SHARE = re.compile(r"占(?:比)?$")
# Documents gone through, whatever kind they are (全面梳理规范性文件32份): no items disclosed.
_REVIEWED = re.compile(r"梳理|清理|审查|审核|评估")
# A sentence that opens on an item of information and its count (人事任免信息11条).
_ITEM_OPENS = re.compile(r"\s*[\u4e00-\u9fff、]{2,12}?(?:类)?信息\s*\d")
# What a total spans, said before its list (，涵盖政务动态、通知公告等内容，其中…).
_SCOPE_THEN_LIST = re.compile(r"[，,]\s*(?:涵盖|包括|包含|涉及|内容涵盖|内容包括)[^，,。；;]{1,40}?(?=[，,]\s*其中)")
# A clause that opens on an act of its own (；发布政策文件4条, ；整年月报发文数42件): no item of a list.
# A sentence that goes on to list the kinds of the information counted before it
# (本年度主动公开的信息主要涉及类别有：…).
_CATEGORIES_OPEN = re.compile(r"信息[^。；;，,]{0,6}?类别(?:及数量)?(?:为|是|有|包括)[：:]")
_ACT_OPENS = re.compile(r"\s*(?:发布|推送|公开|公示|开展|办理|回应|征集|编发|上传|整年|全年|累计)")
_LIST_GOES_ON = re.compile(rf"\s*(?:其中|其[他它]|在(?:主动)?公开的?(?:政府)?信息中|主要类别(?:及数量)?(?:为|是)|{ENUMERATOR}|[一二三四五六七八九十]是(?=公开|发布))")
# A kind named as information, whatever it is about (人大代表建议及政协提案办理信息, 行政处罚信息).
_INFORMATION_NOUN = re.compile(r"(?:信息|类|文件|计划|公告|情况|指南|办理结果)\s*(?:[(（][^)）]*[)）])?\s*$")
# The categories the national yearbook template names, whatever act or list words they hold
# (重大建设项目批准和实施, 公共服务清单和中介服务).
_CATEGORY_OF_INFORMATION = re.compile(r"(?:批准和实施|服务清单(?:和中介服务)?|中介服务|行政权力运行)\s*$")
# Words no other kind of information disclosed holds: acts (整改, 办理 …), requests, answers, lists kept.
_NOT_A_KIND = re.compile(rf"{_ACT_VERBS}|修改|修订|废止|现行有效|计为|算作|视为|制定|回复|答复|留言|咨询|建议|提案|投诉|举报|解读|来信|来电|办件|清单|浏览|访问|点击|不公开|不予公开")
# Proposals named bare among items in 条 (…以案释法6条，建议提案26条): the answers made public.
_PROPOSALS_NAMED = re.compile(r"(?:人大|政协|代表|委员|[和及、与])*(?:建议|提案)(?:[和及、与]?(?:人大|政协|代表|委员)*(?:建议|提案))?(?:办理(?:结果|情况|答复)?)?")
# How far back a 其中 list parted by semicolons may have opened.
_LIST_REACH = 400

# The thing a figure's measure word counts, then a list's joiner: "执法人员、".
_COUNTED_THEN_JOINED = re.compile(r"[\u4e00-\u9fff]{1,8}[、和及与]")

# Issuers that are one department: what they report about their own field is about them as a whole.
_DEPARTMENT_LEVELS = frozenset({"department", "provincial_department", "ministry"})
# A shorter row label (局, 本级) is too little of a name to be told for the issuer's.
_MIN_OWN_NAME = 4
# How much of the issuer's name a row label may leave off its end (委 for 委员会).
_CUT_SHORT = 2


@dataclass(slots=True)
class _Draft:
    """A figure while its meaning is being worked out."""

    mention: Mention
    metric: str | None
    domain: str
    rule: str
    sign: int = 1
    of_metric: str | None = None
    parent_metric: str | None = None
    sub_issuer: str | None = None
    near: Span | None = None  # the words right before the figure, since the previous one
    # A change left unmapped because the figure it follows had no metric yet (受理2146件 is
    # known for complaints only once the list it closes is read): the figure it is the change of.
    change_of: "_Draft | None" = None

    @property
    def is_change(self) -> bool:
        return self.metric in ("yoy_change_pct", "yoy_change_abs")


def extract_file(
    path: Path,
    *,
    root: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    declared_issuer: str | None = None,
    declared_year: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """Read, decode and extract one file; raises an `ExtractionError` subclass when it cannot.

    An issuer or year the user declared for the file wins over what the text suggests."""
    data, decoded = read_document(path, max_bytes)
    source_path = str(path.relative_to(root)) if root else str(path)
    return extract_text(
        decoded.text,
        source_path=source_path,
        source_format=decoded.source_format,
        encoding=decoded.encoding,
        doc_id=hashlib.sha256(data).hexdigest(),
        byte_size=len(data),
        title=decoded.title,
        declared_issuer=declared_issuer,
        declared_year=declared_year,
        gazetteer=gazetteer,
    )


def extract_text(
    raw_text: str,
    *,
    source_path: str = "<text>",
    source_format: str = "txt",
    encoding: str | None = None,
    doc_id: str | None = None,
    byte_size: int | None = None,
    title: str | None = None,
    declared_issuer: str | None = None,
    declared_year: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """Extract a decoded text. What the user declared (issuer, year) wins over what the
    text says; `gazetteer` adds places to the division table (declared or fictional)."""
    text, match = normalise(raw_text)
    # Read without the pinyin a repost prints in its words; figures' spans are put back.
    read = unglossed(text, match)
    match = read.match
    furniture = read_furniture(match)
    own = own_text_end(match)
    body = _body(match, furniture, own)
    # A title from the file's metadata is matched like the text it stands beside.
    if title and title.strip():
        title = unglossed(*normalise(title)).match.strip()
    else:
        title = title_in(body) or (furniture.title.strip() if furniture.title else None)
    issuer = infer_issuer(match[:own], title, source_path, furniture=furniture, declared=declared_issuer, gazetteer=gazetteer)
    several = declared_year is None and covers_several_years(title)
    if declared_year is not None:
        year = declared_year
    else:
        page_lines = "\n".join(match[start:end] for start, end in furniture.spans)
        year = None if several else infer_year(body, title, source_path, furniture_text=page_lines)
    if not doc_id or byte_size is None:
        raw_bytes = raw_text.encode("utf-8")  # once, for the hash and the size both
        doc_id = doc_id or hashlib.sha256(raw_bytes).hexdigest()
        byte_size = byte_size if byte_size is not None else len(raw_bytes)
    return Document(
        doc_id=doc_id,
        source_path=source_path,
        source_format=source_format,
        encoding=encoding,
        byte_size=byte_size,
        text=text,
        title=title,
        issuer=issuer,
        report_year=year,
        year_unresolved="several_years" if several else None,
        kind=document_kind(f"{title}\n{match}" if title else match),  # (a file's title may be in its metadata alone)
        figures=tuple(_on_stored(text, read, find_figures(read.text, body, home_domain=_home_domain(issuer), issuer=issuer.issuer))),
    )


def _on_stored(text: str, read: Unglossed, figures: list[Figure]) -> list[Figure]:
    """Figures found in the stored text read without its pinyin readings (`read`), their
    spans put back on the stored text: as written holds a reading inside the figure
    (8259萬(wàn)元)."""
    if len(read.runs) == 1:
        return figures
    moved = []
    for figure in figures:
        start, end = read.stored_span(figure.span_start, figure.span_end)
        moved.append(figure._replace(span_start=start, span_end=end, as_written=text[start:end]))
    return moved


def _body(match: str, furniture: Furniture, own: int) -> str:
    """The match text with the page's furniture blanked, and the other items a site lists
    below the page (from `own` on) blanked line by line as its furniture is."""
    body = blank_furniture(match, furniture)
    if own < len(match):
        body = body[:own] + _NOT_A_LINE_BREAK.sub(" ", body[own:])
    return body


def _home_domain(issuer: Issuer) -> str | None:
    """The field of a department issuer (应急管理局 -> work_safety); None for a government."""
    if issuer.issuer is None or issuer.admin_level not in _DEPARTMENT_LEVELS:
        return None
    return first_domain_named(load(), issuer.issuer)


# Every character but a line break (the other items below a page, blanked line by line).
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


# How many more rounds places listed and the parts in brackets after them are linked (a
# second total known once the first part is; see find_figures).
_LISTED_WITH_PARTS_ROUNDS = 2


def find_figures(text: str, match: str, *, home_domain: str | None = None, issuer: str | None = None) -> list[Figure]:
    """Every figure in a normalised text, in order, with metric, domain and links."""
    taxonomy = load()
    layout = Layout(match)
    cells, covered = find_tables(match, taxonomy)
    in_tables = Ranges(covered)
    mentions = [m for m in find_mentions(match) if m.start not in in_tables]
    listed = [m for m in (*listed_counts(match), *money_without_yuan(match), *bare_magnitudes(match)) if m.start not in in_tables]
    if listed:
        mentions = sorted(mentions + listed, key=lambda m: m.start)
    domains = DomainResolver(match, layout, DomainIndex(taxonomy, match), home_domain, issuer)
    drafts = _give_meaning(match, layout, taxonomy, mentions, domains)
    _link_breakdowns(match, layout, taxonomy, drafts, domains.index, home_domain)
    _unlink_powers_listed(match, layout, drafts)
    _link_summed_parts(match, layout, drafts)
    _link_channel_parts(match, drafts)
    linked = _link_parallel_objects(match, layout, taxonomy, drafts)
    # Places listed one kind after another and the parts in brackets after them feed each
    # other (检查农贸市场252家、食品销售者778家次（其中包括批发商25家次），餐饮服务提供者1012家次
    # （其中…53家次）): the second total is known once the first part is.
    for _ in range(_LISTED_WITH_PARTS_ROUNDS):
        if not linked or "其中" not in match:
            break
        _link_breakdowns(match, layout, taxonomy, drafts, domains.index, home_domain)
        linked = _link_parallel_objects(match, layout, taxonomy, drafts)
    _link_respective(match, layout, taxonomy, drafts)
    _link_kinds_of_information(match, layout, drafts)
    _link_disclosed_in_section(match, layout, drafts)
    _unlink_requests_in_section(match, layout, drafts)
    _link_acceptance(match, layout, drafts)
    _link_findings(match, drafts)
    _unlink_complaints_closed(match, drafts)
    _link_sums(match, layout, drafts)
    _link_decisions(match, drafts)
    _link_late_changes(drafts)
    _pair_listed_changes(match, layout, drafts)
    _department_blocks(match, layout, drafts, issuer)
    drafts += [_table_draft(cell, issuer) for cell in cells]
    for draft in drafts:
        if draft.metric is not None and taxonomy.metrics[draft.metric].category == "transparency":
            # information made public is of no field, whatever the field its words are about
            # (食品抽检结果, 安全生产 among the kinds disclosed)
            draft.domain = "all"
    drafts.sort(key=lambda d: d.mention.start)
    return [_figure(i, d, text, layout) for i, d in enumerate(drafts, start=1)]


def _give_meaning(match: str, layout: Layout, taxonomy: Taxonomy, mentions: list[Mention], domains: DomainResolver) -> list[_Draft]:
    listed = _respective_lists(match, layout, taxonomy, mentions, domains.index)
    drafts: list[_Draft] = []
    for i, mention in enumerate(mentions):
        clause = layout.clause(mention.start)
        sentence = layout.sentence(mention.start)
        prev = drafts[-1] if drafts and drafts[-1].mention.end > sentence.start else None
        left_start = max(clause.start, prev.mention.end) if prev else clause.start
        if prev and prev.rule == "bound" and prev.near and prev.mention.end == left_start:
            # 查处案值5万元以上假私烟案件5389起: the bound sorts the cases counted after it, so
            # the words before the bound name them too.
            left_start = prev.near.start
        elif prev and prev.mention.unit == _KINDS_UNIT and mention.unit != _KINDS_UNIT and prev.near and _KINDS_NOUN.fullmatch(match, prev.mention.end, mention.start):
            # 累计排查两类场所1404家: the kinds the places fall in, the words before them name
            # what the places are counted for.
            left_start = prev.near.start
        elif prev and prev.near and prev.metric is None and (
            prev.mention.unit in _BATCH_UNITS and prev.mention.end == mention.start
            or prev.rule == "not_a_tally" and _GROUPS_JOINED.fullmatch(match, prev.mention.end, mention.start)
        ):
            # 交办…问题共十五批1165件, 共出动1311个检查组、4710人次: the batches or the groups
            # that count nothing themselves stand between the words and what they name.
            left_start = prev.near.start
        words_before = match[left_start : mention.start]
        clause_before = match[clause.start : mention.start]
        near = Span(left_start, mention.start)

        sign = stated_change_sign(clause_before, words_before)
        # (a change no metric describes still signs the list it opens: 事故起数、死亡人数同比分别下降20%、25%)
        if sign is None and prev and (prev.is_change or prev.rule == "stated_change"):
            if prev.mention.end > clause.start and continues_list(words_before):
                sign = prev.sign
            else:
                # "较上年增加20件，增长6.7%": the comparison stated once governs the sentence.
                sign = stated_change_sign(match[sentence.start : mention.start], words_before)
        if sign is None and clause.start > sentence.start and compared_before(match[sentence.start : clause.start]):
            sign = stated_change_sign(match[sentence.start : mention.start], words_before)
        if sign is not None:
            drafts.append(_change_draft(match, taxonomy, mention, sign, drafts, sentence.start, domains))
            continue

        item = listed.get(i)
        metric: str | None
        ranked_by: str | None = None  # (the body or place a ranked list gives the figure to)
        if item and item.metric:
            metric, rule = item.metric, "respectively"
        else:
            # "1名执法人员、3名在编人员": the words between are what the first figure counts.
            own = words_before
            if prev and prev.mention.end == left_start and prev.mention.unit in CLASSIFIERS and _COUNTED_THEN_JOINED.fullmatch(own):
                own = ""
            # "立案225件结案98件": a verb glued to the next figure is that figure's, no noun
            # this one counts
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            right_end = mention.end if nxt and nxt.start < clause.end and _GLUED_VERB.fullmatch(match, mention.end, nxt.start) else clause.end
            metric, rule = _named_metric(match, taxonomy, mention, own, right_end, sentence.start)
            in_ranking = _ranked_body(match, taxonomy, mention, words_before, sentence.start) if metric is None and rule not in _NO_TALLY else None
            if in_ranking:
                metric, rule, ranked_by = in_ranking
            if metric is None and rule not in _NO_TALLY and left_start == clause.start and len(own.strip()) <= _LABELLED_WORDS:
                metric, rule = _labelled_metric(match, layout, taxonomy, mention, clause.start)
            if metric is None and rule not in _NO_TALLY and mention.unit == MONEY_UNIT and not _AMOUNTS_OF_THEIR_OWN.search(own):
                metric, rule = _money_in_sentence(match, taxonomy, mention, sentence.start)
            if metric is None and rule == "unmapped" and prev and (prev.metric or prev.mention.unit == "期") and prev.near and prev.mention.end == mention.start:
                # (公开…抽检信息7期2542条: the items of issues the words name, counted after them)
                metric, rule = _second_measure(match, taxonomy, mention, prev)
            if metric is None and rule == "unmapped" and prev is None and (_TOTAL_WORD.fullmatch(own.strip()) or _SPAN_THEN_TOTAL.fullmatch(own.strip())) and left_start > sentence.start:
                metric, rule = _total_of_sentence(match, taxonomy, mention, sentence.start, left_start)
            if (
                metric is None and rule == "unmapped" and prev and prev.metric in _LISTED_AFTER and prev.mention.end > clause.start
                and _NEXT_LISTED.fullmatch(words_before) and mention.unit in taxonomy.metrics[prev.metric].units
                and not _ACTED_ON.search(match, mention.end, clause.end)
            ):
                # (检查月饼生产厂家8家、38家超市商场; 检查客运车辆3.8万辆、货运车辆9192辆: the next
                # places or vehicles of the list a check counted, its verb said once; 查处占道经营30起、
                # 露天烧烤噪声扰民8起: the next acts a count of cases dealt with names)
                metric, rule = prev.metric, "listed_after"
            if metric is None and rule == "unmapped" and _OBJECT_OF.search(match, max(sentence.start, mention.start - _OBJECT_REACH), mention.start):
                # 对我市1061家人力资源服务机构、从事中介的组织…等进行专项执法检查, 共对42家被监督单位作出
                # 行政处罚: what the clause's act was done to, named right after 对, however long the
                # list of it before the verb
                # (…or after the list's next objects: 对…37处农贸市场，2403家粮油经营户开展检查)
                objects_end = _end_of_objects(match, layout, mention.end, clause.end)
                metric, rule = (
                    _object_of_act(match, taxonomy, mention, clause.end)
                    or (objects_end > clause.end and _object_of_act(match, taxonomy, mention, objects_end))
                    or (metric, rule)
                )
        fixed = taxonomy.metrics[metric].domain if metric else None
        ranked = ranked_by
        if ranked is None and metric and words_before.endswith(("(", "（")) and _RANKED_OPENER.search(match, sentence.start, mention.start):
            # (the list's first place, whose count its own words name: 是郑州市（1013起）)
            first = _PLACE_IN_PARENS.search(words_before)
            ranked = first.group("body") if first else None
        if fixed:
            domain = fixed
        elif ranked and first_domain_named(taxonomy, ranked):
            domain = domains.seen_by_issuer(first_domain_named(taxonomy, ranked))
        elif item and item.domain:
            domain = domains.seen_by_issuer(item.domain)
        else:
            domain = domains.resolve(near, mention.start)
        drafts.append(_Draft(mention, metric, domain, rule, near=near, sub_issuer=ranked))
    return drafts


# The next item of a list of places checked or acts dealt with, the verb said once before the
# first: a comma or 、 and the item's name, no act of its own before the count nor after it
# (…53个,130个活禽交易点全部取缔: places banned, not checked).
_LISTED_AFTER = frozenset({"inspections", "total_enforcement_cases"})
_ACTED_ON = re.compile(r"取缔|关停|关闭|查封|扣押|暂扣|拆除|整改|处罚|罚款|没收|立案|吊销|责令|清理|停业|移送")
_NEXT_LISTED = re.compile(r"[、，,]\s*(?:(?![关停拆罚处查整改责约警吊移立发下没清劝教纠督收销拘封扣取注撤]).){0,12}")


# A bureau's office named by its number (监察执法三处, 执法一处), and the words before it.
_OFFICE_NUMBER = re.compile(r"[一二三四五六七八九十]处")
_OFFICE_OF = re.compile(r"(?:执法|监察|督查|管理)$")
# What a count of kinds names after its measure word (四个领域, 三个方面): no tally of acts.
_FIELDS_COUNTED = ("领域", "方面")
_READING_GAP = 20  # (past blanked readings: 四個(gè)領(lǐng)域)


def _is_threshold(match: str, mention: Mention) -> bool:
    """1000件以上的部门, 一万元以下的案件: a bound that sorts what is counted, not a tally
    (the 以上 may already stand in the figure as written)."""
    if match.endswith(_BOUNDS, mention.start, mention.end):
        # 一万元以下的案件, or the cases named right after the bound (案值5万元以上假私烟案件)
        return match.startswith("的", mention.end) or bool(_BOUNDED_CASES.match(match, mention.end))
    return bool(_THRESHOLD.match(match, mention.end))


def _in_title(match: str, mention: Mention) -> bool:
    """Whether a figure stands inside 《…》 on its line (the title closes after it)."""
    start = max(0, mention.start - 80)
    if match.find("《", start, mention.start) < 0:
        return False
    opened = _IN_TITLE.search(match, start, mention.start)
    return opened is not None and "》" in match[mention.end : mention.end + 80].split("\n", 1)[0]


def _ranked_body(match: str, taxonomy: Taxonomy, mention: Mention, words_before: str, sentence_start: int) -> tuple[str, str, str] | None:
    """"执法活动总量1000件以上的部门有：区市场监管局（7830件）、规资宝坻分局（7177件）": each
    body's figure in brackets after its name counts what the words before the list's
    colon name. Returns the metric, the rule and the body (or place) ranked."""
    body = _BODY_IN_PARENS.search(words_before)
    opener = max(match.rfind("：", sentence_start, mention.start), match.rfind(":", sentence_start, mention.start))
    if opener < 0 and (ranked := _RANKED_OPENER.search(match, sentence_start, mention.start)) is not None:
        # (…较多的省辖市环保局是郑州市（1013起）、洛阳市（859起）: places ranked, each its count)
        opener = ranked.start()
        body = body or _PLACE_IN_PARENS.search(words_before)
    if body is None and opener >= 0 and _RANKED_OPENER.search(match, sentence_start, opener + 1):
        # (工单数量较多的单位为:住房和城乡建设局1468件(同比…),城市管理局1076件: a ranked list may
        # give each body's count right after its name)
        body = _BODY_BEFORE.search(words_before)
    if not body or opener < 0 or _NOT_A_BODY.search(body.group("body")):
        return None
    found = metric_from_left(taxonomy, mention.unit, match[sentence_start:opener])
    return (found.code, "ranked_list", body.group("body")) if found else None


# A count that is the object of 对, a place or two said before it (对辖区内, 共对全县, 某所对我县); not
# of 针对, 核对, 比对 ….
_OBJECT_REACH = 12
_OBJECT_OF = re.compile(r"(?<![针面相核比绝反应校])对(?:[\u4e00-\u9fff]{0,6}?(?:辖区|全市|全县|全区|全镇|全省|全州|全旗|市内|县内|区内|我市|我县|我区|我镇|该市|该县|该区|本市|本县|本区)内?)?\s*$")
# The act that closes its clause, and the metric of what it was done to: a check made of places
# (进行专项执法检查, 开展全覆盖的监督检查, 现场监督检查, 进行了抽查), a penalty given (作出行政处罚,
# 实施了行政处罚)
_ACTS_ON_OBJECTS = (
    (re.compile(r"(?:检查|抽查|巡查|督查|排查|核查|监察|暗访)(?!组|小组|计划|任务|方案|站|点|发现)(?:了|工作)?\s*$"), "inspections"),
    (re.compile(r"(?:作出|做出|实施|给予|予以|进行)了?(?:依法)?(?:行政)?处罚(?:决定)?\s*$"), "penalty_cases"),
)
# …not a clause in which something else was done to them first (对5家企业下达整改通知并进行复查)
_ACTED_ON_BEFORE = re.compile(r"下达|下发|发放|送达|责令|处罚|罚款|立案|查处|约谈|关停|取缔|查封|扣押|警告|通报|整改|培训|检查")
# …nor divisions counted (对19个乡镇和各部门), nor the places a count of other places lies in (对20个县的746所学校)
_DIVISIONS_NAMED_AFTER = re.compile(_DIVISION_WORDS)  # (as _DIVISIONS_COUNTED, the bodies after them too)
_COUNT_OF_ITS_OWN = re.compile(r"的\s*[0-9一二三四五六七八九十两百千]")


# The next object of 对's list after a comma: a count, perhaps after a few words of place
# (对辖区内37处农贸市场，2403家粮油经营户开展检查).
# (not a clause of its own 对: 对52个单位采取书面督察，对18个单位开展检查)
_NEXT_OBJECT = re.compile(r"[，,]\s*(?!对)[\u4e00-\u9fff]{0,6}?\d")
# The object's words after its count, a few and nothing else: no figure, no stop (农贸市场).
_OBJECT_WORDS = re.compile(r"[\u4e00-\u9fff]{1,10}")
_OBJECTS_LISTED = 4  # clauses of objects one 对 may list before its act


def _end_of_objects(match: str, layout: Layout, mention_end: int, end: int) -> int:
    """Where the act done to 对's objects may stand: the end of the clause, or of the last
    clause that goes on with the list of objects (each opening on a count)."""
    if not _OBJECT_WORDS.fullmatch(match, mention_end, end):
        return end
    for _ in range(_OBJECTS_LISTED):
        if not _NEXT_OBJECT.match(match, end):
            break
        end = layout.clause(end + 1).end
    return end


def _object_of_act(match: str, taxonomy: Taxonomy, mention: Mention, end: int) -> tuple[str, str] | None:
    """The metric of a count that is the object of 对, by the act its clause (ending at `end`) closes on."""
    if mention.unit == "条" or _DIVISIONS_NAMED_AFTER.match(match, mention.end):
        return None  # (对22条重要河流大排查: rivers and streets are gone over; 对19个乡镇和各部门…督查)
    for act, code in _ACTS_ON_OBJECTS:
        done = act.search(match, mention.end, end)
        if done is None or mention.unit not in taxonomy.metrics[code].units:
            continue
        if _ACTED_ON_BEFORE.search(match, mention.end, done.start()) or _COUNT_OF_ITS_OWN.search(match, mention.end, done.start()):
            return None
        return code, "object_of_act"
    return None


def _named_metric(
    match: str, taxonomy: Taxonomy, mention: Mention, words_before: str, clause_end: int, sentence_start: int
) -> tuple[str | None, str]:
    """The metric a figure's own words name: what its classifier counts, else the words before it."""
    if _is_threshold(match, mention):
        return None, "bound"
    # (the words each pattern needs are looked for first: most figures have none of them)
    # (these patterns end at the figure: only the words' last few characters are searched)
    tail = words_before[-_TAIL:]
    requested = ("申请" in tail or "公开" in tail) and _INFORMATION_REQUESTS.search(tail)
    responses = "响应" in tail and _RESPONSES.search(tail)
    other_cases = ("处罚" in tail and _NOT_PENALISED.search(tail)) or (
        "案件" in tail and "立案" not in words_before and _NOT_ADMINISTRATIVE.search(tail) and not _REFERRED_CASES.search(tail)
    )  # (立案…刑事案件23起，行政案件12起: cases filed, of either kind)
    waived = mention.unit == MONEY_UNIT and "免" in tail and _FINES_WAIVED.search(tail)
    columns = mention.unit not in _ITEMS_IN_A_COLUMN and _COLUMNS_BEFORE.search(words_before)
    if _NOT_A_TALLY.search(words_before) or columns or requested or responses or other_cases or waived or _in_title(match, mention):
        return None, "not_a_tally"
    if _PLANNED.search(match, max(sentence_start, mention.start - _PLAN_REACH), mention.start):
        return None, "not_a_tally"  # 山东将对956家…、319家…企业开展集中检查: checks to come, none made
    if match[mention.start - 1 : mention.start] in _TIMES or match.startswith(("=", "＝"), mention.end):
        return None, "not_a_tally"  # (2721.84平方米*2倍*3元=16331.04元): a sum's terms, worked out
    if mention.unit in _VEHICLE_UNITS and _VEHICLES_SENT.search(words_before):
        return None, "not_a_tally"  # 出动执法车辆6台次: vehicles sent, no checks
    if mention.unit == "处" and _OFFICE_NUMBER.fullmatch(match, mention.start, mention.end) and _OFFICE_OF.search(words_before):
        return None, "not_a_tally"  # 某局监察执法三处: an office of a bureau, by its number
    if mention.unit in ("个", "类") and "".join(match[mention.end : mention.end + _READING_GAP].split()).startswith(_FIELDS_COUNTED):
        return None, "not_a_tally"  # (投诉举报主要集中在四个领域: the fields a count falls in, counted)
    if mention.unit == MONEY_UNIT and _bounds(match, mention):
        return None, "not_a_tally"  # 处以5万元及以上罚款的…, 处罚金额超10万元的…大案: a threshold
    if _COLUMNS_AFTER.match(match, mention.end):
        return None, "not_a_tally"  # 等27余个信息公开栏目, 备案41个政务新媒体账号: a site's columns, accounts
    if _EXAMPLES_AFTER.match(match, mention.end):
        return None, "not_a_tally"  # 包括…处罚案在内的10起典型案例: examples chosen, no count of cases
    if words_before.endswith("办结") and _PROBLEMS_AFTER.match(match, mention.end):
        return None, "not_a_tally"  # 派发、办结729起涉气污染问题: problems dealt with, no cases closed
    if any(word in words_before for word in _CLOSED_WORDS) and (
        match.find("申请", sentence_start, mention.start) >= 0
        or match.startswith("申请", mention.end)
        # (…收到政府信息公开申请42件，…。依法办结35件: a sentence of no subject goes on with the last)
        or _NO_SUBJECT.fullmatch(match, sentence_start, mention.start) and match.find("申请", max(0, sentence_start - _LAST_SENTENCE), sentence_start) >= 0
    ):
        # 收到政府信息公开申请4件，已办结4件 / 在办结的5件申请中: requests answered, no cases closed
        return None, "not_a_tally"
    decided = "数" in words_before and mention.unit in _DECISION_UNITS and _DECISIONS_STATED.search(words_before)
    if decided:
        return _DECISIONS[decided.group("kind")], "named_before"
    if "决定" in words_before and mention.unit in _DECISION_UNITS and _DECISIONS_ALONE.search(words_before):
        kinds = _DECISION_KIND.findall(match, sentence_start, mention.start)
        if kinds:
            return _DECISIONS[kinds[-1]], "named_before"
    if mention.unit in _DECISION_UNITS and "行政" in words_before and match.find("决定数量", sentence_start, mention.start) >= 0:
        listed = _DECISION_KIND_LISTED.search(words_before)
        if listed:  # "行政许可处理决定数量450项，行政处罚2项、行政强制0项": the next kinds' decisions
            return _DECISIONS[listed.group("kind")], "named_before"
    if mention.unit in _ITEM_UNITS and ("上" in words_before or "事项" in words_before) and _ITEMS_LAST_YEAR.search(words_before):
        return None, "not_a_tally"
    if mention.unit == _ITEMS_UNIT and "事项" not in words_before and _POWERS_PLACED.search(match, sentence_start, mention.start):
        return None, "not_a_tally"  # 进驻政务服务网上大厅行政许可14项，行政处罚203项: powers placed, no acts
    if mention.unit in _PLACES_COUNTED and ("通过" in words_before or "合格" in words_before or "达标" in words_before) and _PLACES_PASSED.search(words_before):
        return None, "not_a_tally"  # 检查通过(含整改后通过)45家: places that passed, not places checked
    if mention.unit == "个" and _DIVISIONS_COUNTED.match(match, mention.end):
        return None, "not_a_tally"  # 经济处罚同比下降有4个市, 13个市州政府本级: places, not acts
    if mention.unit == "个" and _GROUPS_SENT.match(match, mention.end):
        return None, "not_a_tally"  # 派出5个工作组分别对…开展执法检查: the groups sent, no checks
    if match[mention.start - 1 : mention.start] in _POINTING and mention.start > 0:
        return None, "not_a_tally"  # 在检查甲、乙、丙这三家旅店时: the ones just named, no count
    if mention.unit == "个" and match.startswith("一个", mention.start) and mention.end == mention.start + 2 and _ARTICLE.match(match, mention.end):
        return None, "not_a_tally"  # 为消费者营造了一个安全放心的…环境: an article, no count
    if mention.unit == "个" and ("中心" in tail or "站" in tail) and _FACILITIES_BUILT.search(words_before):
        return None, "not_a_tally"  # 已建立12315投诉举报指挥中心1个: a centre set up, no complaints
    items_after = mention.unit in _ITEM_UNITS and _KIND_ITEMS_AFTER.match(match, mention.end)
    found = metric_from_right(taxonomy, mention.unit, match[mention.end : clause_end])
    if found is not None and mention.unit == MONEY_UNIT and _RULES_SUM_BEFORE.search(words_before):
        found = None  # (违反者处5000元罚款, 最高3万元的行政处罚: what a rule sets; the words before decide)
    if found is not None and mention.unit == "个" and _FACILITY_AFTER.match(match, mention.end, clause_end):
        return None, "not_a_tally"  # 依托基层12个投诉举报中心: centres, no complaints
    if found is not None:
        if "事项" not in found.zh and (items_after or _LIST_OF_COUNTED.match(match, mention.end, clause_end)):
            return None, "not_a_tally"  # 明确212家检查企业清单: a list drawn up, not places checked
        if found.code == "policy_documents" and (_DOCUMENTS_REVIEWED.search(words_before) or _REVIEW_OF_DOCUMENTS.match(match, mention.end, clause_end)):
            # 已审查2份文件, 全面清理…下发的742个文件, 268件次规范性文件清理: documents reviewed, none issued
            return None, "not_a_tally"
        return found.code, "counted_after_unit"
    if mention.unit in ("名", "人") and _PEOPLE_CAUGHT.search(words_before):
        return None, "not_a_tally"  # 执法人员现场查获7人: those caught, no officers
    if mention.unit in ("名", "人") and _OTHER_PEOPLE_AFTER.match(match, mention.end):
        return None, "not_a_tally"  # 对2名涉渔人员进行控制: suspects, no staff
    if mention.unit == "个" and match.startswith(("点的", "点位", "地点", "卡点"), mention.end) and not words_before.endswith(_CHECKED_SPOTS):
        return None, "not_a_tally"  # 占道经营违法行为1011个点的整治, 治理三个卡点: the spots of a campaign, no cases
    if mention.unit in ("个", "家") and _UNITS_OF_BODIES.match(match, mention.end):
        # 18个部门、75项, 北湖3个监察中队: departments or squads counted, of no act the words before name
        return None, "not_a_tally"
    if mention.unit == "个" and (_FIELDS_AFTER.match(match, mention.end) or _ORGANS_BEFORE.search(words_before)):
        # 涉及31个行政管理领域, 行政复议机关由375个减少到42个: fields or organs counted, no acts
        return None, "not_a_tally"
    counted_after = mention.unit in _KINDS_COUNTED_UNITS and _HAN_AFTER.match(match, mention.end) is not None
    found = metric_from_left(taxonomy, mention.unit, words_before, counted_after=counted_after)
    if found is not None and found.code == "other_actions" and words_before.endswith("其他类") and _KINDS_LISTED.search(match, sentence_start, mention.start):
        return None, "unmapped"  # 大气类105起、水类6起…其他类4起: the last kind of a list, no other actions
    if found is not None and found.code == "license_applications" and _ON_REQUESTS.search(match, sentence_start, mention.start):
        return None, "not_a_tally"
    if found is not None and found.code == "complaints_handled" and "信箱" in words_before and _ON_REQUESTS.search(match, sentence_start, mention.start):
        return None, "not_a_tally"  # 收到信息公开申请13件，其中…局长信箱收到2件: requests by a channel
    if found is not None and found.code == "disclosures" and _REQUESTED.search(words_before):
        return None, "not_a_tally"  # 受理依申请公开政府信息网上申请及书面申请31件, 通过信息公开平台申请0件: requests
    if found is not None:
        if "事项" not in found.zh and (
            items_after
            or mention.unit == _ITEMS_UNIT and found.code not in _NEVER_LIST_ITEMS and _ITEMS_REVISED.search(words_before)
            or mention.unit in _ITEM_UNITS and _KIND_ITEMS.search(words_before)
        ):
            return None, "not_a_tally"
        return found.code, "named_before"
    return None, "unmapped"


def _total_of_sentence(match: str, taxonomy: Taxonomy, mention: Mention, sentence_start: int, left_start: int) -> tuple[str | None, str]:
    """"主动公开本部门政府信息，合计400多篇": a total named only 合计, after a clause that names
    what it totals and holds no figure of its own."""
    words = match[sentence_start:left_start]
    if "事项" in words or "清单" in words:
        return None, "unmapped"  # 职权事项包含行政许可…共计181项: kinds of power, no acts
    found = metric_from_left(taxonomy, mention.unit, words)
    return (found.code, "total_of_sentence") if found else (None, "unmapped")


def _second_measure(match: str, taxonomy: Taxonomy, mention: Mention, prev: _Draft) -> tuple[str | None, str]:
    """"出动巡查车辆636辆次3236人次": a figure written right after a tally, in a unit of its
    own, measures the same act: what the tally's words name for this unit, when that is not
    what the tally already counts (6类17项 counts no act: its kinds are no tally)."""
    found = metric_from_left(taxonomy, mention.unit, match[prev.near.start : prev.near.end])
    return (found.code, "second_measure") if found and found.code != prev.metric else (None, "unmapped")


def _money_in_sentence(match: str, taxonomy: Taxonomy, mention: Mention, sentence_start: int) -> tuple[str | None, str]:
    """"处罚35次（含对个人处罚10次），合计金额30.9万元": an amount whose own words name
    nothing is what the sentence's nearest money phrase names."""
    found = metric_from_left(taxonomy, mention.unit, match[sentence_start : mention.start])
    return (found.code, "money_in_sentence") if found else (None, "unmapped")


def _labelled_metric(match: str, layout: Layout, taxonomy: Taxonomy, mention: Mention, clause_start: int) -> tuple[str | None, str]:
    """"三、行政强制：0件" / "罚没款：368.5万元": the label before a colon names the figure after it
    (right after it: "…统计：规章对外公开总数量1件" names its own figure, which the label does not)."""
    if clause_start < 2 or match[clause_start - 1] != ":":
        return None, "unmapped"
    label = layout.clause(clause_start - 1)
    found = metric_from_left(taxonomy, mention.unit, match[label.start : label.end])
    return (found.code, "labelled") if found else (None, "unmapped")


@dataclass(frozen=True, slots=True)
class _Listed:
    """What a figure in a 分别 list takes from the names listed before it."""

    metric: str | None
    domain: str | None


def _respective_lists(match: str, layout: Layout, taxonomy: Taxonomy, mentions: list[Mention], index: DomainIndex) -> dict[int, _Listed]:
    """"A、B和C分别办理行政处罚案件186件、74件和52件": the n-th figure of the list
    takes the n-th name listed before 分别 (metrics or acting bodies), or the one
    name when only one is given."""
    out: dict[int, _Listed] = {}
    if "分别" not in match:
        return out
    i = 0
    while i < len(mentions):
        run = _respective_run(match, layout, mentions, i)
        if not run:
            i += 1
            continue
        first = mentions[i]
        clause = layout.clause(first.start)
        at = match.rfind("分别", clause.start, first.start)
        metrics = listed_metrics(taxonomy, first.unit, match[clause.start : first.start], len(run))
        named = index.named(clause.start, at)
        for k, j in enumerate(run):
            metric = metrics[k] if metrics else None
            out[j] = _Listed(metric, _nth(named, k, len(run)) if len(named) > 1 else None)
        i = run[-1] + 1
    return out


def _respective_run(match: str, layout: Layout, mentions: list[Mention], i: int) -> list[int]:
    """The indexes of a list of figures opened by 分别 at mention `i`, or [] if none."""
    first = mentions[i]
    clause = layout.clause(first.start)
    left = clause.start
    if i > 0 and mentions[i - 1].end > clause.start:
        left = mentions[i - 1].end
    if match.find("分别", left, first.start) < 0:
        return []
    run = [i]
    j = i + 1
    while j < len(mentions) and layout.clause(mentions[j].start) == clause and continues_list(match[mentions[j - 1].end : mentions[j].start]):
        run.append(j)
        j += 1
    return run if len(run) > 1 else []


def _nth(items: list[str], k: int, n: int) -> str | None:
    """The k-th of the last n items, when at least n were listed (the bodies
    acting are named nearest to 分别)."""
    return items[len(items) - n + k] if len(items) >= n else None


# A number between a figure and the change after it, other than a date's: one no figure is
# counted in (1.8亿支, 57微克/立方米), or a measure's value (浓度为5.48); not a hotline's number
# (96310城管热线…举报量同比下降34%).
_UNCOUNTED_NUMBER = re.compile(r"\d(?![\d.]*\s*(?:月|日|号|时|[\u4e00-\u9fff]{0,6}热线))|(?:浓度|指数|比例|比率)为?\s*[\d.]+")
_YEAR_WORDS = re.compile(r"(?:19|20)\d{2}\s*年度?")
# Accidents and their toll, which a change may be of.
_ACCIDENTS = re.compile(r"事故|死亡|受伤|伤亡")
# How far before a figure the comparison that makes it the prior year's may stand (较2024年的).
_PRIOR_REACH = 12


def _change_draft(
    match: str, taxonomy: Taxonomy, mention: Mention, sign: int, drafts: list[_Draft], sentence_start: int, domains: DomainResolver
) -> _Draft:
    code = "yoy_change_pct" if mention.unit == "%" else "yoy_change_abs"
    unmapped = _Draft(mention, None, domains.resolve(Span(sentence_start, mention.start), mention.start), "stated_change", sign=sign)
    before = next(iter(_back_in_sentence(drafts, len(drafts), sentence_start)), None)
    near = match[before.mention.end if before else sentence_start : mention.start]
    if before is not None and before.rule == "stated_change" and before.metric is None and restates_change(near):
        return unmapped  # "同比事故起数增加2起、上升4.7%": the second change is of what the first was
    if _UNCOUNTED_NUMBER.search(_YEAR_WORDS.sub("", near)):
        # "查获假私卷烟1.8亿支，同比增长10%", "PM2.5浓度为57微克/立方米，较去年同期下降20.8%":
        # the change of a number told before it that no figure counts (支 and 微克 are no units
        # of one), which no metric describes, not of the figure before that
        return unmapped
    named_here = changed_subject(near) or subject_before_comparison(near)
    named = metric_from_left(taxonomy, None, named_here) if named_here is not None else None
    # (同比审批效率提升11.54%: a rate or a time of an act changed, not its count)
    if named_here is not None and (named is None or _NOT_A_COUNT_CHANGED.search(named_here)):
        # "同比事故起数增加2起", "诉讼22件，一审败诉率同比降低67%": what changed is named,
        # and no metric describes it.
        return unmapped
    counted = next(
        (d for d in _back_in_sentence(drafts, len(drafts), sentence_start) if not d.is_change and not _compared_with(match, d, sentence_start) and not _share_of_total(match, d) and not _in_aside(match, d)),
        None,
    )
    if counted is not None and counted.metric is None and metric_from_left(taxonomy, None, match[counted.mention.end : mention.start]) is None:
        # "发生生产安全事故2起，同比下降50%", "优良率为95.9%，同比去年91.5%上升4.4个百分点":
        # the change of the figure before it (not the prior year's, given to compare), which
        # no metric describes, is no metric's change either; it stays unmapped, as its count does
        # (until a later pass gives that count a metric: _link_late_changes).
        unmapped.change_of = counted
        return unmapped
    subject = next((d for d in _back_in_sentence(drafts, len(drafts), sentence_start) if not d.is_change and d.metric), None)
    if subject and named is not None and named.code != subject.metric:
        # "罚款8.6万元，12319城管热线举报量同比下降27%": the change of what its own clause
        # names, not of the figure before it
        subject = None
    if subject:
        of_metric, domain = subject.metric, subject.domain
    else:
        # "行政处罚案件同比增长12%": the changed metric is named, its figure is not.
        named = named or metric_from_left(taxonomy, None, match[sentence_start : mention.start])
        if named_here is None and _ACCIDENTS.search(match, sentence_start, mention.start):
            # "事故起数、死亡人数、受伤人数…同比分别下降21.4%、25%、10%": accidents and their
            # toll changed, which no metric counts (not the 发布会消息 the sentence opened on)
            return unmapped
        of_metric = named.code if named else None
        domain = domains.resolve(Span(sentence_start, mention.start), mention.start)
    return _Draft(mention, code, domain, "stated_change", sign=sign, of_metric=of_metric)


def _share_of_total(match: str, draft: _Draft) -> bool:
    """Whether a figure is the share of a total the figure before it makes (投诉90763件，占受理
    总量的29.32%，同比增加23.45%: the change is the complaints', not the share's)."""
    return draft.mention.unit == "%" and draft.metric is None and _SHARE_OF.search(match, max(0, draft.mention.start - _SHARE_REACH), draft.mention.start) is not None


_SHARE_REACH = 12
_SHARE_OF = re.compile(r"占(?:比|[^，,；;。\d]{0,10}?的)?(?:为|达)?$")


def _compared_with(match: str, draft: _Draft, sentence_start: int) -> bool:
    """Whether a figure is the prior year's, given to compare (较2024年的244件)."""
    return is_prior_value(match[max(sentence_start, draft.mention.start - _PRIOR_REACH) : draft.mention.start])


def _link_breakdowns(
    match: str, layout: Layout, taxonomy: Taxonomy, drafts: list[_Draft], index: DomainIndex, home_domain: str | None = None
) -> None:
    """其中: figures after it in the sentence break down the figure before it, when
    they count the same kind of thing. A figure with no metric of its own is a share
    of the total when its words name a domain ("其中市场监管领域612件"), a body
    ("其中州级执法机关办理138052件", kept as its sub_issuer) or only the act done
    ("其中办理企业设立5490件"); such a list may go on past a semicolon."""
    if "其中" not in match:
        return
    for i, draft in enumerate(drafts):
        if draft.is_change:
            continue
        pos = draft.mention.start
        sentence = layout.sentence(pos)
        among = match.rfind("其中", sentence.start, pos)
        listed_on = among < 0
        if listed_on:
            among = _list_opened(match, sentence.start, pos)
            if among < 0:
                continue
        elif match[among - 1 : among] in ("（", "(") and any(close in match[among:pos] for close in "）)"):
            continue  # (…778家次（其中包括批发商25家次），餐饮服务提供者1012家次: the brackets closed the list)
        # "…8.6万件。其中，食品安全案件2.1万件": the total closes the sentence before.
        scope = layout.sentence(among).start
        if among > 0 and not match[scope:among].strip():
            scope = layout.sentence(scope - 1).start
        # The total is the nearest figure of the same kind before 其中: in
        # "案件2300件，罚没款1800万元，其中食品安全案件600件" it is the 2300件.
        k = _total_before(match, drafts, i, among, scope)
        included = _included_in(match, layout, drafts, i, among)
        if included is not None:
            k = included
        parent = drafts[k] if k is not None else None
        if parent and (_counts_powers(match, parent) or draft.mention.unit == parent.mention.unit and _counts_items(match, parent)):
            # "职权事项147项，其中：行政许可12项", "改革事项共67项，其中直接取消审批6项": the
            # powers or items of each kind, not acts done.
            draft.metric, draft.rule = None, "powers_breakdown"
            continue
        if not parent or not parent.metric:
            continue
        # A list past a semicolon is one only while its items are all the total's kind: the
        # figure each item opens with, in the total's unit kind ("安全生产领域592件，罚款
        # 168.25万元；市场监管领域500件…": the fine told with each share breaks nothing).
        if listed_on and any(d.metric not in (None, parent.metric) for d in _items_opened(match, drafts[k + 1 : i + 1], among, parent)):
            continue
        near = _near_words(match, draft)
        body = _BREAKDOWN_BODY.match(near)
        body_name = body.group("body") if body and not _NOT_A_BODY.search(body.group("body")) else None
        if draft.metric is None:
            if draft.mention.unit not in taxonomy.metrics[parent.metric].units:
                continue
            share = draft.near and index.single(draft.near.start, draft.near.end)
            if body_name:
                # A part of the body that gave the total: its share is in the total's field.
                draft.rule, draft.domain = "body_breakdown", parent.domain
            elif share and draft.domain != parent.domain and not _OUTCOME.search(near):
                draft.rule = "domain_breakdown"
            elif _BREAKDOWN_ACT.match(near):
                draft.rule = "act_breakdown"
            elif (band := _CASES_OF_A_BAND.fullmatch(near)) and (band.group("band") or i and drafts[i - 1].mention.unit == MONEY_UNIT and drafts[i - 1].mention.start > among):
                # "其中涉案金额超过25万元案件2起，1-5万元案件2起": the cases of an amount band
                draft.rule, draft.domain = "part_breakdown", parent.domain
            elif (_BREAKDOWN_PART.match(_ASIDE_IN_NAME.sub("", near)) or draft.mention.unit == parent.mention.unit and _LONG_CASE_PART.match(near)) and (
                _PARTS_LISTED.match(match, among) or included is not None or _names_other_kind(taxonomy, near, draft) or _parts_add_up(layout, drafts, k, i, among)
                # 查处违法违章案件118件，其中非法营运24件: a kind of violation among the cases
                or parent.metric in _CASE_TOTALS and (_VIOLATION_KIND.search(near) is not None or _CASES_OF_A_KIND.search(near) is not None)
                # 查处广告案件1289件，其中互联网广告案件385件: a field's cases among the cases
                or parent.metric in _CASE_TOTALS and _FIELD_CASES.search(near) is not None
                # 发现隐患329处，其中违规使用彩钢板8处: a kind of violation among the hazards found
                or parent.metric == "hazards_found" and draft.mention.unit == parent.mention.unit and _VIOLATION_KIND.search(near) is not None
                # 接收处理投诉举报工单4607件，其中涉价格工单211件: parts named by the total's own noun
                or draft.mention.unit == parent.mention.unit and _named_as_total(match, parent, near)
                # 检查食品经营户7755户次，其中学校食堂887户次: a kind of place among those checked
                # (though the kinds the page lists need not add up to the total)
                # (not places by what became of them or what they were found doing: 废弃企业61家,
                # 规模以上工业企业17家虚报)
                or parent.metric == "inspections" and draft.mention.unit == parent.mention.unit and _PLACE_KIND.search(near) is not None
                and not _OUTCOME.search(near) and not _PLACE_STATE.search(near) and _PART_ENDS.match(match, draft.mention.end) is not None
            ):
                draft.rule, draft.domain = "part_breakdown", parent.domain
            elif parent.metric in _CASE_TOTALS and draft.mention.unit == parent.mention.unit and _LONG_VIOLATION.fullmatch(near) and _VIOLATION_KIND.search(near):
                # 立案查处违章行为6起，其中未取得准运资质擅自运输建筑垃圾3起: a violation told in
                # more words than a kind's name
                draft.rule, draft.domain = "part_breakdown", parent.domain
            elif _FIELD_PART.match(near):
                # "渣土扬尘类122件", "教育领域7件" in a government's report: a field of its own, one
                # of no domain here is other; a department's classes of case are parts in its
                # own field ("市容类120起" in a bureau's report)
                if home_domain is None:
                    draft.rule, draft.domain = "domain_breakdown", share or "other"
                else:
                    draft.rule, draft.domain = "part_breakdown", parent.domain
            elif i and drafts[i - 1].rule in _PARTS and drafts[i - 1].metric == parent.metric and drafts[i - 1].mention.unit == draft.mention.unit and (
                _NEXT_ITEM.fullmatch(near) or parent.metric in _CASE_TOTALS and _NEXT_VIOLATION.fullmatch(near)
            ):
                # 其中市容类211起、市政类60起、地方立法47起: one more item of a list of parts
                # (…擅自运输建筑垃圾3起、运输建筑垃圾覆盖不达标2起: of violations, in more words)
                draft.rule, draft.domain = "part_breakdown", parent.domain
            else:
                continue
            draft.metric = parent.metric
        # (检查各类单位4881个，其中…其他单位1466家: places checked, no body at work)
        checked = body_name and parent.metric == "inspections" and draft.mention.unit in _PLACES_OR_UNITS and not body.group("act")
        if body_name and draft.metric == parent.metric and not checked:
            draft.sub_issuer = body_name
        if parent.metric == "disclosures" and draft.metric not in _ITEMS_OF_INFORMATION:
            continue  # (行政许可12条（决定数量共85个）: the decisions behind the items, no part of them)
        if parent.metric == "inspections" and draft.metric not in ("inspections", None) and draft.mention.start > _parts_end(drafts, k, among):
            continue  # (其中商超379家…，下发整改通知17份: other work after the kinds of place checked)
        draft.parent_metric = parent.metric


def _unlink_powers_listed(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """"承担的行政权力共678项，包括行政确认5项、…监督检查57项": the powers of each kind a
    powers total lists after 包括 (其中 is read in `_link_breakdowns`), not acts done."""
    total: _Draft | None = None
    for draft in drafts:
        if total is not None and layout.sentence(draft.mention.start) != layout.sentence(total.mention.start):
            total = None
        if total is None:
            total = draft if draft.mention.unit in _ITEM_UNITS and _counts_powers(match, draft) else None
            continue
        if draft.mention.unit == total.mention.unit and "包括" in match[total.mention.end : draft.mention.start]:
            draft.metric, draft.rule = None, "powers_breakdown"


def _named_as_total(match: str, parent: _Draft, near: str) -> bool:
    """Whether a part's words end on the noun the total's words end on (…投诉举报工单 /
    涉价格工单), naming a kind of it and no act of their own (其中办结投诉90件 is an outcome)."""
    if parent.near is None:
        return False
    noun = _TOTAL_NOUN.search(match, parent.near.start, parent.near.end)
    part = _PART_WORDS.search(near)
    return (
        noun is not None and noun.group("noun") in _EVENT_NOUNS and part is not None and part.group("words").endswith(noun.group("noun"))
        and len(part.group("words")) > len(noun.group("noun")) and not _ACT_IN_PART.search(part.group("words"))
        and not _PER_HEAD.search(part.group("words")) and not _PLACE_STATE.search(part.group("words")) and not _OTHER_PROCEEDING.search(part.group("words"))
    )


# The noun a total's words end on (工单, 案件, 投诉), and the words of a part after 其中.
_TOTAL_NOUN = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})(?:共|计|共计|总计|合计|为|达)?$")
_PART_WORDS = re.compile(r"(?P<words>[\u4e00-\u9fff]{3,12})(?:共|计|为|达)?$")
_ACT_IN_PART = re.compile(_ACT_VERBS)
_PER_HEAD = re.compile(r"[人户]均|平均")  # (人均检查233.51件: a mean, no part)
# The nouns of events a total and its parts count, and parts that are another proceeding
# (其中…听证案件27件: hearings held on some of the penalties, no kind of them).
_EVENT_NOUNS = frozenset({"工单", "案件", "投诉", "举报", "诉求", "线索", "信访"})
_OTHER_PROCEEDING = re.compile(r"听证|复议|诉讼")


def _parts_add_up(layout: Layout, drafts: list[_Draft], k: int, i: int, among: int) -> bool:
    """Whether draft `i` is one of the places an inspection checked, after 其中 in units of
    places to the end of their sentence, which add up to the total exactly ("检查经营主体172家次，
    其中网吧71家次，歌厅60家次…宾馆洗浴16家次"): kinds of place checked."""
    total = drafts[k]
    if total.metric != "inspections" or total.mention.unit not in _CHECKED_UNITS:
        return False  # (a total's outcomes add up too: 维持154件、驳回119件… are no kinds of it)
    # (检查各类单位4881个，其中居住小区1479家…: each kind in the unit of its kind)
    parts = [d for d in _places_run(drafts, k, among) if d.mention.start < layout.sentence(among).end]
    return len(parts) >= 2 and any(d is drafts[i] for d in parts) and _adds_up(parts, total)


def _included_in(match: str, layout: Layout, drafts: list[_Draft], i: int, among: int) -> int | None:
    """The index of the figure a 包括 after 其中 breaks down, when draft `i` is one of the
    parts after it and they add up to that figure exactly (其中，全省受理举报6299件，…，包括
    省厅845件，各市5454件: the 6299, not the total before 其中)."""
    draft = drafts[i]
    opened = match.rfind("包括", among, draft.mention.start)
    if opened < 0 or draft.is_change:
        return None
    before = [j for j in range(i) if among < drafts[j].mention.end <= opened and not drafts[j].is_change]
    if not before or drafts[before[-1]].mention.unit != draft.mention.unit:
        return None
    k = before[-1]
    end = layout.sentence(draft.mention.start).end
    closed = [c for c in (match.find("；", opened, end), match.find(";", opened, end)) if c >= 0]
    end = min([end, *closed])
    parts = [d for d in drafts[k + 1 :] if opened < d.mention.start < end and not d.is_change and d.mention.unit == draft.mention.unit]
    return k if len(parts) >= 2 and _adds_up(parts, drafts[k]) else None


def _adds_up(parts: list[_Draft], total: _Draft) -> bool:
    """Whether the parts' values add up to the total's exactly (values are Decimals)."""
    return sum(d.mention.value for d in parts) == total.mention.value


def _places_run(drafts: list[_Draft], k: int, among: int) -> list[_Draft]:
    """The figures after a total's 其中 in units of places or things checked, up to the first
    of another unit (其中商超3798家…其他单位2024家，召开…会2次，约谈6家…: what follows is other work)."""
    after = (d for d in drafts[k + 1 :] if d.mention.start > among)
    return list(itertools.takewhile(lambda d: not d.is_change and d.mention.unit in _CHECKED_UNITS, after))


def _parts_end(drafts: list[_Draft], k: int, among: int) -> int:
    """Where the run of places after a total of places checked and its 其中 ends."""
    run = _places_run(drafts, k, among)
    return run[-1].mention.end if run else among


def _near_words(match: str, draft: _Draft) -> str:
    """The words right before a figure, since the figure before it."""
    return match[draft.near.start : draft.near.end] if draft.near else ""


# A list of counts after 分别为, its own clause, after the clause that names what they count.
_RESPECTIVELY = re.compile(r"\s*分别(?:为|是|有|达)?[:：]?\s*")
# One more count of such a list.
_NEXT_RESPECTIVE = re.compile(r"\s*(?:[、，,]|和|及)\s*")


def _link_respective(match: str, layout: Layout, taxonomy: Taxonomy, drafts: list[_Draft]) -> None:
    """"郑州、洛阳、南阳等地查处虚假违法互联网广告案件较多，分别为124件、38件、38件": each count
    of the list counts what the clause before 分别为 names (the places' shares of it)."""
    metric: str | None = None
    unit: str | None = None
    last_end = 0
    for draft in drafts:
        near = match[last_end : draft.mention.start] if metric is not None else _near_words(match, draft)
        before_end, last_end = last_end, draft.mention.end
        if draft.metric is not None or draft.is_change:
            metric = None
            continue
        if metric is not None and draft.mention.unit == unit and _NEXT_RESPECTIVE.fullmatch(near):
            draft.metric, draft.rule = metric, "respective"
            continue
        metric = None
        if draft.near is None or not _RESPECTIVELY.fullmatch(near):
            continue
        # (the clause before 分别为, since the figure before it in the sentence)
        start = max(layout.sentence(draft.mention.start).start, before_end)
        named = metric_from_left(taxonomy, draft.mention.unit, match[start : draft.near.start])
        if named is not None:
            draft.metric, draft.rule = named.code, "respective"
            metric, unit = named.code, draft.mention.unit


def _link_summed_parts(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """A total followed in its sentence by two or more figures of no metric, each after a
    short label, that add up to it exactly ("办理行政处罚案件1301件，路政方面案件122件、
    道路运输案件1058件、水上交通案件45件、工程质监案件76件"): they are its parts, without
    a 其中 to say so; or in brackets right after it, each after its label, and nothing else
    in the brackets ("30名下沉人员(文化市场3名、市场监管16名…)")."""
    for i, total in enumerate(drafts):
        if total.metric is None or total.is_change or total.parent_metric or unit_kind(total.mention.unit) != "count":
            continue
        end = layout.sentence(total.mention.start).end
        parts = []
        bracketed = False
        for part in drafts[i + 1 :]:
            near = _near_words(match, part)
            if part.mention.start >= end or part.metric is not None or part.mention.unit != total.mention.unit:
                break
            if not parts and _BRACKETED_FIRST_PART.fullmatch(near):
                bracketed = True
            elif not (_BRACKETED_PART if bracketed else _SUMMED_PART).fullmatch(near):
                break
            parts.append(part)
        if bracketed and not match.startswith((")", "）"), parts[-1].mention.end if parts else 0):
            continue  # the brackets hold more than these figures
        # the parts run on to the first figure that is not one, so a longer run whose first
        # few happen to add up to the total is no sum
        if len(parts) >= 2 and _adds_up(parts, total):
            for part in parts:
                part.metric, part.parent_metric, part.rule = total.metric, total.metric, "summed_part"


# An item of a list of where a total came in or who took it: a channel or a place, then the
# act ("来信受理4676件", "；江苏省接收20118件", "全国12315平台受理投诉举报41601件").
_CHANNEL_PART = re.compile(
    r"[\s,，、;；:：)）]*(?:其中)?[\s,，、:：]*[\u4e00-\u9fff\dA-Za-z]{1,14}?(?:受理|接收|收到|办理)(?:投诉举报|投诉|举报|诉求)?(?:共|计|为|达)?[\s:：]*"
)
# How far past its total such a list may run: the same passage, past semicolons, lines a wrap
# broke and the sentences of a section that lists the channels after the one that gave the total.
_CHANNELS_REACH = 800


def _link_channel_parts(match: str, drafts: list[_Draft]) -> None:
    """A total, then further on in its passage the channels or places it came in by, each
    with its share ("共受理投诉举报78599件，…；全国12315平台受理投诉举报41601件…；浙江省民呼我为
    统一平台受理28470件…；来信受理4676件…", "共接收投诉54813件，…其中上海市接收8992件…"): when
    every such item after the total adds up to it exactly, they are its parts. Figures in
    between (shares, the parts of a part) are passed over, not counted."""
    for i, total in enumerate(drafts):
        if total.metric is None or total.is_change or total.parent_metric or unit_kind(total.mention.unit) != "count":
            continue
        end = total.mention.end + _CHANNELS_REACH
        within = itertools.takewhile(lambda d: d.mention.start < end, itertools.islice(drafts, i + 1, None))
        items = [
            d for d in within
            if d.mention.unit == total.mention.unit and not d.is_change
            and d.metric in (None, total.metric) and _CHANNEL_PART.fullmatch(_near_words(match, d))
        ]
        if len(items) >= 2 and any(d.metric is None for d in items) and _adds_up(items, total):
            for item in items:
                if item.metric is None:
                    item.metric, item.rule = total.metric, "summed_part"
                item.parent_metric, item.domain = total.metric, total.domain


def _link_parallel_objects(match: str, layout: Layout, taxonomy: Taxonomy, drafts: list[_Draft]) -> int:
    """Places a check lists one kind after another, each with its count ("检查重点单位45家，一般
    单位32家", "检查网吧400余家次，歌舞娱乐场所200余家次"), and cases of one kind after
    another ("查处不正当竞争案件685件，侵害消费者权益案件642件"): a figure of places (家, 户,
    处) or of a kind of case, of no metric, whose words since the figure before are only a
    noun after a comma, counts what that figure counts, in the same unit and sentence, when
    the words name no metric and no act of their own. Returns how many it linked."""
    linked = 0
    for i, draft in enumerate(drafts[1:], start=1):
        before = drafts[i - 1]
        # (农贸市场27家次（其中冷链18家），超市商场41家次: a part in brackets no metric took, of
        # another unit, is stepped over; the list goes on from the figure before the brackets)
        if i >= 2 and before.metric is None and _in_aside(match, before) and not _in_aside(match, draft):
            before = drafts[i - 2]
        # (nor a figure its own words say is no tally: 听证案件27件 after 没收违法所得6件)
        if draft.metric is not None or draft.rule == "not_a_tally" or before.metric is None or before.is_change or draft.is_change:
            continue
        near = _near_words(match, draft)
        # (查处超限超载违法行为56起、非法营运12起: a kind of violation after the cases counted)
        # (not cases let off: 轻微不罚案件1189145件 after 其他行政案件, no kind of what came before)
        kind_of_case = draft.mention.unit in _CASES_COUNTED and not _LET_OFF.search(near) and (
            _KIND_OF_CASE.search(near) or before.metric in _CASE_TOTALS and _VIOLATION_KIND.search(near)
        )
        # (检查商场超市50家次,个体工商户30户次, 检查景区1542处,商场超市9172个次: places, counted
        # in the unit of their kind)
        # (but not 隐患754处,停产整顿企业1925家: hazards in 处, then places of another act)
        # (排查住户1174家，地下仓库65个，废弃民房21个: places and things checked, 家 and 个 alike)
        same_unit = draft.mention.unit == before.mention.unit or (
            before.metric == "inspections" and {draft.mention.unit, before.mention.unit} <= _PLACES_OR_VEHICLES
        )
        # (检查政府投资工程项目534个，国企项目340个: things checked, counted in 个 alike)
        # (not 其中…进行政府采购的项目63个: the checked ones of a kind, told by a clause)
        # (排查住户1174家，地下仓库65个: things after places)
        # (检查食品加工12户，学校8所: schools after places, counted in 所)
        # (检查渡口1813处、水库152座; 检查公交车19辆次、出租车23辆次; 检查港航企业65家次，船舶57艘次:
        # works and vehicles checked, in their own measure words; not those found at fault:
        # 检查车辆56台，现场纠正违规车辆3台)
        things_checked = before.metric == "inspections" and "的" not in near and (
            draft.mention.unit in ("个", "所", "座") and before.mention.unit in _PLACES_OR_UNITS
            or draft.mention.unit in _VEHICLES_CHECKED and not _AT_FAULT.search(near)
        )
        gap = _ASIDE_IN_NAME.sub("", match[before.mention.end : draft.mention.start])
        # (检查…商超62家次；餐饮服务单位304家次: the places checked go on past a semicolon)
        past_semicolon = before.metric == "inspections" and draft.mention.unit == before.mention.unit and _PLACES_PAST_SEMICOLON.fullmatch(gap) is not None
        if not (draft.mention.unit in _PLACES_COUNTED or kind_of_case or things_checked) or not same_unit or (layout.sentence(draft.mention.start) != layout.sentence(before.mention.start) and not past_semicolon):
            continue
        # (or the same places counted again in visits: 检查工业企业1449家，1833家次)
        restated = gap.strip() in ("，", ",") and before.metric == "inspections" and draft.mention.unit != before.mention.unit
        if not (_PARALLEL_OBJECT.fullmatch(gap) or restated) or _ACT_WORDS.search(near) or metric_from_left(taxonomy, None, near) is not None:
            continue
        if "的" in gap and not _PLACE_KIND.search(gap.rstrip()) and not (kind_of_case and gap.rstrip().endswith(("案件", "案"))):
            # (劝停未经批准营业的 36 家次: places an act is told of, no kind of place; but
            # 馆外供餐的食品生产经营单位10家 is one more kind of place, told with a 的, and
            # 医师未按照注册的执业地点执业案件1起 one more kind of case)
            continue
        if gap.lstrip("，,、；; ").startswith("对"):
            continue  # (对无照经营的1家小作坊作出了处罚: the object of an act told after it)
        draft.metric, draft.rule = before.metric, "parallel_object"
        # (after a part in brackets, 778家次（其中批发商25家次），餐饮服务提供者1012家次: one more
        # kind beside the bracket's total, no part of it)
        draft.parent_metric = None if gap.startswith(("）", ")")) else before.parent_metric
        linked += 1
    # The act named after the list (对50家农贸市场、75家超市…238家肉制品经营户进行了全面检查): the
    # places listed before the last ones it reached were counted for it too, back to the
    # first figure whose words after it are not one more noun of the list.
    for draft, after in zip(reversed(drafts[:-1]), reversed(drafts[1:])):
        if draft.metric is not None or after.metric is None or after.rule not in _COUNTED_FOR_THE_ACT_AFTER or draft.is_change or after.is_change:
            continue
        if draft.mention.unit not in _PLACES_COUNTED or draft.mention.unit != after.mention.unit or layout.sentence(draft.mention.start) != layout.sentence(after.mention.start):
            continue
        gap = match[draft.mention.end : after.mention.start]
        if not _LISTED_NOUN.fullmatch(gap) or _ACT_WORDS.search(gap) or metric_from_left(taxonomy, None, gap) is not None:
            continue
        draft.metric, draft.rule = after.metric, "listed_before_the_act"
        draft.parent_metric = after.parent_metric
        linked += 1
    return linked


def _in_aside(match: str, draft: _Draft) -> bool:
    """Whether a figure stands inside a short aside in brackets (（其中冷链18家）)."""
    start = max(0, draft.mention.start - _ASIDE_REACH)
    return any(m.start() < draft.mention.start and draft.mention.end < m.end() for m in _ASIDE_IN_NAME.finditer(match, start, draft.mention.end + _ASIDE_REACH))


# How far either side of a figure the brackets of an aside holding it may stand.
_ASIDE_REACH = 8
# The rules that read a figure's metric from the act after it, and so pass it back along a list.
_COUNTED_FOR_THE_ACT_AFTER = frozenset({"counted_after_unit", "listed_before_the_act"})
# One noun of a list of places, after its count and before the next one (农贸市场、), and the
# place the next ones are in (…生产企业和抚州市金溪县4家化工企业).
_LISTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2,14}(?:[、，,]|和|及)(?:[\u4e00-\u9fff]{1,8}?[省市县区旗镇乡])*")


def _link_kinds_of_information(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """Information disclosed of one kind after another in the sentence of a disclosures
    figure ("公开政府信息88条、规范性文件2条、人事信息13条、规划计划2条", "其中部门动态126条、
    重点领域信息(执法监督)32条"), or in the next one when it goes on with the list ("…312条。
    其中，政府网站动态84条", "…发布601条；3.统计信息55条"): each kind, in the same unit, is
    disclosed information too (a plan among them is a document made public, not a plan's
    tally). Items are counted in 条, 件 or 篇 alike."""
    anchor: _Draft | None = None
    # An item's share (占75%) stands between items and is none: the next item's words start after it.
    items: list[_Draft] = []
    ends: dict[int, int] = {}
    rated: set[int] = set()
    for draft in drafts:
        if items and draft.mention.unit == "%" and draft.metric is None:  # a share or a rate: no item
            if _SHARE.search(match, max(0, draft.mention.start - 2), draft.mention.start):
                ends[id(items[-1])] = draft.mention.end
            elif _RATE_THEN_LIST.match(match, draft.mention.end) and "信息" in match[layout.sentence(draft.mention.start).start : draft.mention.start]:
                # 主动公开政府信息的全文电子化率为100%，其中：机构职能类信息160条…: the rate of the
                # information counted before, then the list of its kinds
                ends[id(items[-1])] = draft.mention.end
                rated.add(id(items[-1]))
        else:
            items.append(draft)
    for before, draft in zip(items, items[1:]):
        if before.metric == "disclosures" or (
            # an item of interpretations in the list (…政策解读8条；通知公告11条) keeps it going
            anchor is not None and before.metric == "policy_interpretations" and before.mention.unit == anchor.mention.unit
            and (layout.sentence(before.mention.start) == layout.sentence(anchor.mention.start) or _list_goes_on(match, layout, anchor, before))
        ):
            # (…类信息23份，更新人事信息11次，招考类信息6条: updates counted in 次 keep the list of items)
            if anchor is None or before.mention.unit in _INFORMATION_UNITS or anchor.mention.unit not in _INFORMATION_UNITS:
                anchor = before
        if anchor is None or not _same_information_unit(draft.mention.unit, anchor.mention.unit):
            continue
        if draft.metric is not None and (draft.metric == "policy_interpretations" or not (draft.mention.unit == "条" and _item_about_acts(match, before, draft))):
            continue  # (an act's count; but …的监督检查情况13条 in the list are items about checks)
        if layout.sentence(draft.mention.start) != layout.sentence(anchor.mention.start) and not (
            id(before) in rated and _next_sentence(layout, anchor, draft) or before is anchor and _list_goes_on(match, layout, before, draft)
        ):
            anchor = None
            continue
        start = ends.get(id(before), before.mention.end)
        opened = layout.sentence(draft.mention.start).start
        if opened > start:  # the list going on in the next sentence: its words from that sentence's opening
            start = opened - 1
            categories = _CATEGORIES_OPEN.search(match, opened, draft.mention.start)
            if categories:  # (本年度主动公开的信息主要涉及类别有：…: its words after the colon)
                start = categories.end() - 1
        scope = _SCOPE_THEN_LIST.match(match, start, draft.mention.start)
        if scope:  # (…25条,涵盖政务动态、通知公告等内容,其中政务动态1条: past what the total spans)
            start = scope.end()
        kind = _KIND_OF_INFORMATION.fullmatch(match, start, draft.mention.start)
        # the rest, after items whose words hold a number of no unit (…等信息4976，其他5781条)
        rest = kind is None and _OTHER_KINDS.search(match, max(0, draft.mention.start - 8), draft.mention.start)
        named = kind.group("kind") if kind else ""
        of_kind = (
            _INFORMATION_NOUN.search(named)
            or _CATEGORY_OF_INFORMATION.search(named)
            or draft.mention.unit == "条" and (_PROPOSALS_NAMED.fullmatch(named) or draft.metric in _ACTS_NAMED_AS_ITEMS)
        )
        if rest or kind and "申请" not in named and not _REVIEWED.search(named) and (of_kind or not _NOT_A_KIND.search(named)):
            # after 其中, a part of the total
            draft.metric, draft.rule = "disclosures", "parallel_object"
            if "disclosures" in (before.parent_metric, anchor.parent_metric) or "其中" in match[min(before.mention.end, anchor.mention.end) : draft.mention.start]:
                draft.parent_metric = "disclosures"


def _link_disclosed_in_section(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """A count of items in 条 or 篇 that no words name, under a heading of information made
    public of the body's own accord ("（一）主动公开情况" … 通过新闻和报纸公开信611条, 应急演练3条):
    what a disclosure yearbook counts there is information disclosed."""
    for draft in drafts:
        if draft.metric is not None or draft.rule != "unmapped" or draft.mention.unit not in _DISCLOSED_UNITS:
            continue
        if not _under_heading(match, layout, draft.mention.start, _DISCLOSED_HEADING):
            continue
        if _REQUESTED.search(match, layout.sentence(draft.mention.start).start, draft.mention.start):
            continue
        clause = layout.clause(draft.mention.start)
        near = draft.near or clause
        if not _CJK.search(match, near.start, near.end):
            continue  # a cell of a row whose labels the page lost (3次 | 2次 | 21条 | 400余条)
        if _NOT_DISCLOSED.search(match, clause.start, draft.mention.end + 6):
            continue  # (受理网民留言60条，公开答复28条; 悬挂宣传标语12条; 撰写2篇文字解读材料)
        draft.metric, draft.rule = "disclosures", "disclosed_section"


def _unlink_requests_in_section(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """Applications under a heading of information released on request ("（二）依申请公开办理情况"
    … 共收到申请19件): requests for government information, not licence applications; and
    what was closed right after such requests are told of, with no case named."""
    for draft in drafts:
        if draft.metric in _APPLICATIONS and _under_heading(match, layout, draft.mention.start, _REQUESTS_HEADING):
            draft.metric, draft.rule = None, "not_a_tally"
        elif draft.metric in _CLOSED and "案" not in match[layout.clause(draft.mention.start).start : draft.mention.start]:
            # 全年共接收政府信息公开申请176件…全年依法办结157件，按期办结率100%: requests dealt with
            back = max(0, draft.mention.start - _REQUESTS_REACH)
            if _REQUESTS_HEADING.search(match, max(back, layout.block(draft.mention.start).start), draft.mention.start):
                draft.metric, draft.rule = None, "not_a_tally"


def _under_heading(match: str, layout: Layout, pos: int, heading: re.Pattern[str]) -> bool:
    """Whether one of the headings in force at `pos` says what `heading` looks for."""
    return any(heading.search(match, span.start, span.end) for span in layout.heading_spans(pos))


def _item_about_acts(match: str, before: _Draft, draft: _Draft) -> bool:
    """An item in 条 of a list of information that names acts rather than counts them: …的监督
    检查情况13条, or acts named as a kind with no verb of an act (食品药品监管领域监督检查9条,
    其中行政许可21条，行政处罚6条)."""
    if _INFORMATION_ABOUT.search(match, max(0, draft.mention.start - 4), draft.mention.start):
        return True
    words = match[before.mention.end : draft.mention.start]
    # (行政强制处理决定数0条 counts decisions, whatever list it stands in; 行政处罚 names a kind)
    if _DECISIONS_PUBLISHED.search(words):
        return True  # (更新领导信息1条，更新行政处罚决定3条: decisions put up as information)
    return draft.metric in _ACTS_NAMED_AS_ITEMS and not _ACT_VERB.search(_ACT_KINDS.sub("", words)) and "决定" not in words


def _same_information_unit(unit: str | None, other: str | None) -> bool:
    """Items of information are counted in 条, 件 or 篇 alike (公开政府文件37件，社会公益事业信息18条)."""
    return unit == other or unit in _INFORMATION_UNITS and other in _INFORMATION_UNITS


def _next_sentence(layout: Layout, before: _Draft, draft: _Draft) -> bool:
    """Whether `draft`'s sentence follows `before`'s straight after."""
    return layout.sentence(before.mention.start).end + 1 == layout.sentence(draft.mention.start).start


def _list_goes_on(match: str, layout: Layout, before: _Draft, draft: _Draft) -> bool:
    """Whether the sentence of `draft` goes on with the list `before` stood in: it follows
    that one straight after, and opens with 其中 or with a list item's number, or `before`
    counted information disclosed (or interpretations) and a semicolon parts them."""
    if not _next_sentence(layout, before, draft):
        return False
    opened = layout.sentence(draft.mention.start).start
    # a part after 其中 goes on past a semicolon (其中：办事指南1条；机构设置和职能1条)
    parted = before.metric in ("disclosures", "policy_interpretations") and match[opened - 1] in "；;" and not _ACT_OPENS.match(match, opened)
    # …信息21条。人事任免信息11条，督促检查信息59条: the next sentence opens on an item of information
    itemised = before.metric in ("disclosures", "policy_interpretations") and _ITEM_OPENS.match(match, opened) is not None
    return parted or itemised or bool(_LIST_GOES_ON.match(match, opened)) or _CATEGORIES_OPEN.search(match, opened, draft.mention.start) is not None


def _link_sums(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """"基础信息135条，…领域信息5条，水利领域信息81条，合计共221条": a sum after two items or
    more of one metric and unit in its sentence, which it adds up exactly, is a figure of
    that metric."""
    for i, draft in enumerate(drafts):
        if draft.metric is not None or draft.is_change or not _SUM.fullmatch(match, drafts[i - 1].mention.end if i else 0, draft.mention.start):
            continue
        sentence = layout.sentence(draft.mention.start)
        items = [d for d in drafts[:i] if d.mention.start >= sentence.start and not d.is_change]
        if len(items) >= 2 and len({(d.metric, d.mention.unit) for d in items}) == 1 and items[0].metric and draft.mention.unit == items[0].mention.unit:
            if _adds_up(items, draft):
                draft.metric, draft.rule = items[0].metric, "sum_of_items"


# What a bare 受理 right after a figure counts, by the figure's metric.
_ACCEPTED = {"license_applications": "license_accepted", "complaints_handled": "complaints_handled"}


def _link_acceptance(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """"收到行政许可申请16352件，受理15822件，准予许可9847件": a bare 受理 right after the
    licence applications counts the applications accepted; after complaints received
    (12315平台共接收投诉2939件，受理2146件), the complaints taken up."""
    for before, draft in zip(drafts, drafts[1:]):
        if (
            draft.metric is None
            and before.metric in _ACCEPTED
            and draft.mention.unit == before.mention.unit
            and _BARE_ACCEPTANCE.fullmatch(match, before.mention.end, draft.mention.start)
        ):
            draft.metric, draft.rule = _ACCEPTED[before.metric], "parallel_object"


def _unlink_complaints_closed(match: str, drafts: list[_Draft]) -> None:
    """"受理…咨询投诉3607件，办结3607件": the complaints just counted, closed, are no cases."""
    for before, draft in zip(drafts, drafts[1:]):
        if draft.metric == "cases_closed" and before.metric == "complaints_handled" and _BARE_CLOSED.fullmatch(match, before.mention.end, draft.mention.start):
            draft.metric, draft.rule = None, "not_a_tally"


def _link_findings(match: str, drafts: list[_Draft]) -> None:
    """"检查企业357家，发现问题4273项": problems found right after the places an inspection
    checked are its hazards found (not what a 督查 of other bodies' work found, nor the
    pollution an ecology inspection found)."""
    for before, draft in zip(drafts, drafts[1:]):
        # (not the places found at fault, counted as places: 检查市场主体39485家，发现问题1974家)
        if draft.metric is None and before.metric == "inspections" and before.domain != "environment" and draft.mention.unit not in _PLACES_COUNTED and _FINDINGS.fullmatch(match, before.mention.end, draft.mention.start):
            draft.metric, draft.rule = "hazards_found", "parallel_object"


def _link_decisions(match: str, drafts: list[_Draft]) -> None:
    """"办理行政许可4251项，办理行政处罚6项，办理行政强制0项": after the decisions of one kind,
    those of the next kinds in the same unit, named by their kind alone."""
    for before, draft in zip(drafts, drafts[1:]):
        if draft.metric is not None or before.metric not in _DECISION_METRICS or draft.mention.unit != before.mention.unit:
            continue
        listed = _NEXT_DECISIONS.fullmatch(match, before.mention.end, draft.mention.start)
        if listed:
            draft.metric, draft.rule = _DECISIONS[listed.group("kind")], "parallel_object"


def _names_other_kind(taxonomy: Taxonomy, near: str, draft: _Draft) -> bool:
    """"公开信息5548条，其中行政许可3706条": words naming a metric that does not count in
    the figure's unit name a kind of what the total counts (no outcome: 维持, 驳回 name none)."""
    return metric_from_left(taxonomy, None, near) is not None and metric_from_left(taxonomy, draft.mention.unit, near) is None


def _total_before(match: str, drafts: list[_Draft], i: int, among: int, scope: int) -> int | None:
    """The index of the nearest figure before 其中 (at `among`) counting what draft `i`
    counts, back to `scope`; prose drafts are in text order, so this never walks far. A
    figure smaller than the part is no total of it (查办案件2688件，移送公安机关72起…。其中食品
    案件1632件: the 2688)."""
    part = drafts[i].mention
    kind = unit_kind(part.unit)
    for j in range(i - 1, -1, -1):
        d = drafts[j]
        if d.mention.end <= scope:
            return None
        if d.mention.end <= among and not d.is_change and unit_kind(d.mention.unit) == kind and not _bracketed_before(match, d, among):
            if kind != "percent" and d.mention.value < part.value:
                continue
            return j
    return None


def _items_opened(match: str, drafts: list[_Draft], among: int, total: _Draft) -> Iterator[_Draft]:
    """The figures, of the total's unit kind, that open an item of the list after 其中 (the
    first such figure after each semicolon)."""
    kind = unit_kind(total.mention.unit)
    item: int | None = None
    for d in drafts:
        if d.is_change or d.mention.start < among or unit_kind(d.mention.unit) != kind:
            continue
        opened = max(match.rfind("；", among, d.mention.start), match.rfind(";", among, d.mention.start))
        if opened != item:
            item = opened
            yield d


def _bracketed_before(match: str, draft: _Draft, among: int) -> bool:
    """Whether a figure stands in brackets that close before `among` ("案件32537件（其中一般
    案件1068件），罚没款…。其中安全生产领域592件": the part in brackets is no total)."""
    between = match[draft.mention.end : among]
    return between.count("）") + between.count(")") > between.count("（") + between.count("(")


def _counts_items(match: str, draft: _Draft) -> bool:
    """Whether a figure of no metric counts the items of a list (改革事项共67项)."""
    near = draft.near
    return draft.metric is None and draft.mention.unit in _ITEM_UNITS and near is not None and bool(_KIND_ITEMS.search(match, near.start, near.end))


def _counts_powers(match: str, draft: _Draft) -> bool:
    """Whether a figure counts the powers or items of a list of them, named before it
    (职权事项147项) or after it (对622项行政权力进行梳理公示)."""
    if draft.mention.unit not in _ITEM_UNITS:
        return False
    near = draft.near
    return (near is not None and bool(_POWERS.search(match, near.start, near.end))) or bool(_POWERS_AFTER.match(match, draft.mention.end))


# The powers a count is of, named right after it (622项行政权力, 441项权责事项).
_POWERS_AFTER = re.compile(r"(?:行政)?(?:职权|权力|权责)(?:事项)?")


def _list_opened(match: str, sentence_start: int, pos: int) -> int:
    """Where the 其中 opening a list the figure at `pos` goes on stands, in the same
    full sentence before the semicolons that parted the list; -1 when none."""
    reach = max(0, pos - _LIST_REACH)
    stop = max(match.rfind("。", reach, sentence_start), match.rfind("\n", reach, sentence_start))
    if stop < 0 and reach > 0:
        return -1
    return match.rfind("其中", stop + 1, sentence_start)


def _department_blocks(match: str, layout: Layout, drafts: list[_Draft], issuer: str | None) -> None:
    """A report going through bodies one item each ("区人社局追回…；区住房建设委检查…",
    "(1)卫生健康部门…开展专项行动26项；(2)区安委会牵头…", "局机关…执法人员27人；" line
    after line): the figures of each item are its body's, kept as its sub_issuer. An item
    is a sentence, else the paragraph, opening with the body's name; a lone one opening
    with a body is no such list."""
    openers: dict[int, str | None] = {}
    starts = [d.mention.start for d in drafts if d.metric]

    def opener(span: Span) -> str | None:
        if span.start not in openers:
            m = _BLOCK_BODY.match(match, span.start, span.end)
            body = m.group("body") if m else None
            openers[span.start] = None if body is None or _NOT_A_BODY.search(body) or _names_issuer(body, issuer) else body
        return openers[span.start]

    def listed(other: Span | None, body: str) -> bool:
        # Another body's item gives figures too (a heading naming bodies does not).
        if other is None or opener(other) in (None, body):
            return False
        i = bisect.bisect_left(starts, other.start)
        return i < len(starts) and starts[i] < other.end

    def item_body(sentence: Span, pos: int) -> str | None:
        # A sentence lies within one paragraph: what it gives holds for all its figures.
        block = layout.block(pos)
        body = opener(sentence) or opener(block)
        if body is None:
            return None
        around = (*_neighbours(match, layout.sentence, sentence), *_neighbours(match, layout.block, block))
        return body if any(listed(other, body) for other in around) else None

    bodies: dict[int, str | None] = {}
    for draft in drafts:
        if draft.sub_issuer or (draft.metric is None and not draft.is_change):
            continue
        sentence = layout.sentence(draft.mention.start)
        if sentence.start not in bodies:
            bodies[sentence.start] = item_body(sentence, draft.mention.start)
        draft.sub_issuer = bodies[sentence.start]


def _neighbours(match: str, span_at: Callable[[int], Span], span: Span) -> tuple[Span | None, Span | None]:
    """The non-blank spans (sentences or blocks, as `span_at` gives them) right before and after `span`."""
    out: list[Span | None] = []
    for step in (-1, 1):
        at, found = (span.start - 2 if step < 0 else span.end + 1), None
        while 0 <= at < len(match):
            other = span_at(at)
            if match[other.start : other.end].strip():
                found = other
                break
            at = other.start - 2 if step < 0 else other.end + 1
        out.append(found)
    return out[0], out[1]


def _link_late_changes(drafts: list[_Draft]) -> None:
    """"接收投诉2939件，受理2146件，同比上升15.81%": the figure a change follows got its metric
    from a pass after the change was read (a bare 受理 after complaints received); the change
    is of that metric too."""
    for draft in drafts:
        counted = draft.change_of
        if draft.metric is None and counted is not None and counted.metric is not None and not counted.is_change:
            draft.metric = "yoy_change_pct" if draft.mention.unit == "%" else "yoy_change_abs"
            draft.of_metric, draft.domain = counted.metric, counted.domain


def _pair_listed_changes(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """"A和B分别为1件和2件，同比分别增长10%和12%": the n-th change is of the n-th figure."""
    i = 0
    while i < len(drafts):
        if not drafts[i].is_change:
            i += 1
            continue
        j = i + 1
        while j < len(drafts) and drafts[j].is_change and layout.clause(drafts[j].mention.start) == layout.clause(drafts[i].mention.start):
            j += 1
        run = drafts[i:j]
        if len(run) > 1:
            sentence = layout.sentence(run[0].mention.start)
            # (a figure no metric counts takes its place in the list too: 查处案件1476件，为2.1万名
            # 劳动者追偿工资2.5亿元，同比分别下降30.8%、46.7%和43.4%: the second is of the workers)
            subjects = [d for d in _back_in_sentence(drafts, i, sentence.start) if not d.is_change][: len(run)][::-1]
            if len(subjects) == len(run) and any(d.metric for d in subjects):
                for change, subject in zip(run, subjects):
                    change.of_metric, change.domain = subject.metric, subject.domain
        i = j


def _back_in_sentence(drafts: list[_Draft], i: int, sentence_start: int) -> Iterator[_Draft]:
    """The drafts before index `i`, nearest first, back to the sentence start;
    prose drafts are in text order, so this never walks the whole document."""
    for j in range(i - 1, -1, -1):
        if drafts[j].mention.end <= sentence_start:
            return
        yield drafts[j]


def _table_draft(cell: TableCell, issuer: str | None) -> _Draft:
    # The rule says which cells continue a kind begun in the same row, for whoever sums them.
    rule = "table_cell_continued" if cell.continues else "table_cell"
    if cell.sub_issuer and _names_issuer(cell.sub_issuer, issuer):
        # A department's own table names it in its one row: those are its own figures.
        return _Draft(cell.mention, cell.metric, "all", rule, of_metric=cell.of_metric, parent_metric=cell.parent_metric)
    return _Draft(cell.mention, cell.metric, cell.domain, rule, of_metric=cell.of_metric, sub_issuer=cell.sub_issuer, parent_metric=cell.parent_metric)


def _names_issuer(label: str, issuer: str | None) -> bool:
    """Whether a row's label is the issuer's name, or its tail without the outer
    divisions (竹山县文化和旅游局 for 湖北省十堰市竹山县文化和旅游局), its last word
    cut short or not (本溪市卫生健康委 for 辽宁省本溪市卫生健康委员会)."""
    if issuer is None or len(label) < _MIN_OWN_NAME:
        return False
    at = issuer.rfind(label)
    return at >= 0 and len(issuer) - (at + len(label)) <= _CUT_SHORT


def _figure(number: int, draft: _Draft, text: str, layout: Layout) -> Figure:
    m = draft.mention
    sentence = layout.sentence(m.start)
    section = layout.section(m.start)
    value: Decimal = m.value if draft.sign == 1 else -m.value
    # Positional, in Figure's field order: a named tuple made with keywords costs twice
    # as much, for every figure of every report.
    return Figure(
        number, m.start, m.end, text[m.start : m.end], as_number(value), m.unit, m.approximate,
        draft.metric, draft.domain, draft.of_metric, draft.parent_metric, draft.sub_issuer,
        section, text[sentence.start : sentence.end].strip(), draft.rule,
    )  # fmt: skip


__all__ = ["extract_file", "extract_text", "find_figures"]
