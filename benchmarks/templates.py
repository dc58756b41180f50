"""Sentence templates of the synthetic reports, written for zhifa (not taken from any report).

A template is Chinese text with slots: `{penalty|件}` writes the value of `penalty` with
the unit 件 and records it as a figure of the slot's metric; `{yoy_penalty}` writes a
stated year-over-year change ("，同比增长10.0%"), or nothing when the report states none;
`{campaigns|次|cn}` writes the value in Chinese numerals. `<R>` is the issuer's region word
(区, 县 …), `<Y>` the report year, `<SELF>` how the report names its writer (全区, 我局).
"""

from __future__ import annotations

# The metric (and, where it is fixed, the domain) each slot writes.
SLOTS: dict[str, tuple[str, str | None]] = {
    "bodies": ("enforcement_bodies", "all"),
    "officers": ("certified_officers", None),
    "inspections": ("inspections", None),
    "penalty": ("penalty_cases", None),
    "simple": ("penalty_cases_simple", None),
    "ordinary": ("penalty_cases_ordinary", None),
    "fines": ("fines_amount", None),
    "licenses": ("licenses_granted", None),
    "lic_apply": ("license_applications", None),
    "lic_accept": ("license_accepted", None),
    "lic_denied": ("licenses_denied", None),
    "coercive": ("coercive_measures", None),
    "executions": ("coercive_enforcements", None),
    "referrals": ("criminal_referrals", None),
    "complaints": ("complaints_handled", None),
    "reconsiderations": ("reconsiderations", None),
    "lawsuits": ("lawsuits", None),
    "hazards": ("hazards_found", None),
    "orders": ("rectification_orders", None),
    "cases": ("total_enforcement_cases", None),
    "wages": ("wage_arrears_recovered", None),
    "closure": ("case_closure_rate", None),
    "campaigns": ("special_campaigns", None),
    "food": ("penalty_cases", "food_safety"),
    "deployed": ("personnel_deployed", None),
}

# --- the whole issuer ------------------------------------------------------------------

# Alternatives for each group of a government's 基本情况 paragraph, in the order reports
# give them. The first two groups open the paragraph; the rest follow 全年.
GOVERNMENT_BASICS: dict[str, tuple[str, ...]] = {
    "bodies": (
        "全<R>共有行政执法主体{bodies|个}{chg_bodies}",
        "<R>属行政执法主体{bodies|个}",
        "截至<Y>年底，全<R>行政执法主体共{bodies|个}",
        "目前全<R>有执法主体{bodies|个}{chg_bodies}",
    ),
    "officers": (
        "持证行政执法人员{officers|人}",
        "持有执法证件的人员{officers|名}",
        "现有持证执法人员{officers|人}",
    ),
    "inspections": (
        "共开展行政检查{inspections|次}{yoy_inspections}",
        "各执法部门实施行政检查{inspections|次}{yoy_inspections}",
        "累计开展各类执法检查{inspections|次}",
    ),
    "penalty": (
        "实施行政处罚{penalty|件}{yoy_penalty}，其中简易程序{simple|件}、普通程序{ordinary|件}",
        "作出行政处罚决定{penalty|件}，其中适用简易程序{simple|件}，适用普通程序{ordinary|件}",
        "办理行政处罚案件{penalty|件}{yoy_penalty}，其中简易程序案件{simple|件}、一般程序案件{ordinary|件}",
        "实施行政处罚{penalty|件}，简易程序和普通程序分别为{simple|件}和{ordinary|件}",
    ),
    "fines": (
        "罚没金额{fines|万元}{yoy_fines}",
        "罚没款共计{fines|万元}",
        "收缴罚没款{fines|万元}{yoy_fines}",
        "罚没收入{fines|万元}",
    ),
    "licenses": (
        "办理行政许可{licenses|件}{yoy_licenses}",
        "准予行政许可{licenses|件}",
        "受理行政许可申请{lic_accept|件}，准予许可{licenses|件}，不予许可{lic_denied|件}",
        "收到行政许可申请{lic_apply|件}，准予许可{licenses|件}",
    ),
    "coercive": (
        "实施行政强制措施{coercive|件}",
        "采取查封、扣押等行政强制措施{coercive|次}",
    ),
    "executions": ("申请人民法院强制执行{executions|件}",),
    "referrals": (
        "向司法机关移送涉嫌犯罪案件{referrals|件}",
        "移送公安机关涉刑案件{referrals|起}",
    ),
    "complaints": (
        "受理群众投诉举报{complaints|件}",
        "办理投诉举报{complaints|件}",
    ),
    "appeals": (
        "办理行政复议案件{reconsiderations|件}，行政应诉案件{lawsuits|件}",
        "全年发生行政复议案件{reconsiderations|件}、行政诉讼案件{lawsuits|件}",
        "受理行政复议申请{reconsiderations|件}，行政机关负责人出庭应诉案件{lawsuits|件}",
    ),
}

# A department writing about itself: the same figures, without 执法主体.
DEPARTMENT_BASICS: dict[str, tuple[str, ...]] = {
    "officers": (
        "我局现有持证执法人员{officers|人}",
        "本局持证行政执法人员{officers|人}",
        "我局持有执法证件的人员{officers|名}",
    ),
    "penalty": (
        "全年实施行政处罚{penalty|件}{yoy_penalty}，其中简易程序{simple|件}、普通程序{ordinary|件}",
        "全年作出行政处罚决定{penalty|件}，其中适用简易程序{simple|件}，适用普通程序{ordinary|件}",
    ),
    "fines": ("罚没金额{fines|万元}{yoy_fines}", "罚没款共计{fines|万元}"),
    "licenses": ("办理行政许可{licenses|件}", "准予行政许可{licenses|件}"),
    "coercive": ("实施行政强制措施{coercive|件}",),
    "appeals": (
        "办理行政复议案件{reconsiderations|件}，行政应诉案件{lawsuits|件}",
        "发生行政复议案件{reconsiderations|件}、行政诉讼案件{lawsuits|件}",
    ),
}

# A town writes shorter: its figures in one or two sentences.
TOWN_BASICS: dict[str, tuple[str, ...]] = {
    "officers": ("全镇持证行政执法人员{officers|人}", "镇综合行政执法队现有持证执法人员{officers|人}"),
    "inspections": ("全年开展行政检查{inspections|次}", "开展日常巡查{inspections|次}"),
    "penalty": ("作出行政处罚{penalty|件}", "实施行政处罚{penalty|件}，其中简易程序{simple|件}、普通程序{ordinary|件}"),
    "fines": ("罚款{fines|元}", "罚没金额{fines|万元}"),
}

# --- policy domains ----------------------------------------------------------------------

DOMAIN_HEADINGS: dict[str, tuple[str, ...]] = {
    "work_safety": ("安全生产领域", "安全生产执法"),
    "market_regulation": ("市场监管领域", "市场监管执法"),
    "environment": ("生态环境领域", "生态环境执法"),
    "health": ("卫生健康领域", "卫生健康执法"),
    "labor": ("劳动保障领域", "劳动保障监察"),
    "construction": ("住房和城乡建设领域", "建筑市场执法"),
    "transport": ("交通运输领域", "交通运输执法"),
    "urban_management": ("城市管理领域", "城市管理执法"),
    "natural_resources": ("自然资源领域", "自然资源执法"),
    "culture_tourism": ("文化旅游领域", "文化市场执法"),
    "agriculture": ("农业农村领域", "农业综合执法"),
}

DOMAIN_LEADS: dict[str, tuple[str, ...]] = {
    "work_safety": ("以危险化学品、工贸企业和有限空间作业为重点", "聚焦城镇燃气、烟花爆竹和危化品储存等风险环节"),
    "market_regulation": ("围绕民生价格、计量器具和特种设备", "聚焦网络交易、广告发布和知识产权保护"),
    "environment": ("紧盯扬尘、挥发性有机物和污水直排问题", "推行非现场执法，运用在线监控数据锁定排污线索"),
    "health": ("围绕医疗机构依法执业和公共场所卫生", "聚焦传染病防治和医疗美容乱象"),
    "labor": ("围绕根治欠薪开展劳动保障监察", "聚焦重点行业工资支付"),
    "construction": ("围绕建筑市场秩序和施工现场管理", "聚焦建设工程质量和建筑市场违规行为"),
    "transport": ("围绕道路运输市场秩序和超限超载治理", "聚焦出租车和网约车非法营运"),
    "urban_management": ("围绕占道经营、违法建设和渣土运输开展整治", "聚焦市容秩序和户外广告设置"),
    "natural_resources": ("围绕耕地保护和违法用地整治", "聚焦矿产资源开发秩序"),
    "culture_tourism": ("围绕文化市场和旅游市场秩序", "聚焦网吧、娱乐场所和旅行社经营行为"),
    "agriculture": ("围绕农资质量和农产品质量", "聚焦种子、农药和兽药经营"),
}

# Groups of a domain paragraph; each group is one figure (or a figure and its breakdown).
DOMAIN_CLAUSES: dict[str, dict[str, tuple[str, ...]]] = {
    "work_safety": {
        "inspections": ("全年检查生产经营单位{inspections|家次}", "对企业开展监督检查{inspections|家次}", "出动执法人员{deployed|人次}，检查生产经营单位{inspections|家次}"),
        "hazards": ("督促整改事故隐患{hazards|项}", "排查各类隐患{hazards|项}"),
        "orders": ("下达责令限期整改指令书{orders|份}",),
        "penalty": ("立案处罚{penalty|件}", "作出行政处罚决定{penalty|件}"),
        "fines": ("罚款{fines|万元}",),
    },
    "market_regulation": {
        "penalty": ("查办行政处罚案件{penalty|件}", "查办行政处罚案件{penalty|件}，其中食品安全案件{food|件}"),
        "fines": ("罚没款{fines|万元}",),
        "cases": ("查处各类违法案件{cases|件}",),
        "complaints": ("受理投诉举报{complaints|件}，办结率{closure|%}", "通过热线平台受理消费投诉举报{complaints|件}"),
    },
    "environment": {
        "inspections": ("全年检查排污单位{inspections|家次}",),
        "penalty": ("作出环境行政处罚决定{penalty|件}", "下达行政处罚决定书{penalty|份}"),
        "fines": ("罚款{fines|万元}",),
        "referrals": ("向公安机关移送涉嫌环境犯罪案件{referrals|件}",),
    },
    "health": {
        "inspections": ("开展卫生监督检查{inspections|户次}", "检查各类医疗机构和公共场所{inspections|户次}"),
        "penalty": ("作出行政处罚{penalty|件}",),
        "fines": ("罚没款{fines|万元}",),
    },
    "labor": {
        "cases": ("办理劳动保障监察案件{cases|件}",),
        "wages": ("为劳动者追回工资报酬{wages|万元}",),
        "complaints": ("受理劳动保障投诉举报{complaints|件}",),
    },
    "construction": {
        "inspections": ("检查在建工程项目{inspections|项}", "开展施工现场执法检查{inspections|次}"),
        "penalty": ("作出行政处罚{penalty|件}",),
        "fines": ("罚款{fines|万元}",),
    },
    "transport": {
        "inspections": ("开展路面执法检查{inspections|次}", "出动执法人员{deployed|人次}，开展路面执法检查{inspections|次}"),
        "cases": ("查处非法营运案件{cases|件}",),
        "fines": ("罚款{fines|万元}",),
    },
    "urban_management": {
        "penalty": ("作出行政处罚{penalty|件}", "办理城市管理行政处罚案件{penalty|件}"),
        "fines": ("罚款{fines|万元}",),
        "coercive": ("依法扣押占道经营物品{coercive|次}",),
    },
    "natural_resources": {
        "inspections": ("开展动态巡查{inspections|次}",),
        "cases": ("查处违法用地案件{cases|件}",),
        "fines": ("罚没款{fines|万元}",),
    },
    "culture_tourism": {
        "inspections": ("检查文化市场经营单位{inspections|家次}",),
        "penalty": ("作出行政处罚{penalty|件}",),
        "fines": ("罚款{fines|万元}",),
    },
    "agriculture": {
        "inspections": ("检查农资经营门店{inspections|家次}",),
        "campaigns": ("组织农资打假专项行动{campaigns|次|cn}",),
        "penalty": ("办理农业行政处罚案件{penalty|件}",),
    },
}

# --- report frames -------------------------------------------------------------------------

MARKER = "【样例数据】本文件由zhifa基准测试程序生成，单位、人名和数字均为虚构，非真实政府报告。"

PROSE_TITLES = (
    "<NAME><Y>年度行政执法工作情况报告",
    "<NAME>关于<Y>年度行政执法工作情况的报告",
    "<NAME><Y>年行政执法情况报告",
    "<NAME><Y>年度法治政府建设暨行政执法工作报告",
)
GOVERNMENT_TITLE_PREFIX = ("", "", "", "人民政府")  # 人民政府 after the region name, sometimes
TABLE_TITLES = (
    "<NAME><Y>年度行政执法统计年报",
    "<NAME><Y>年度行政执法数据公示",
)

OPENINGS = (
    "<Y>年，<NAME>坚持以法治政府建设为统领，推动严格规范公正文明执法，各项执法工作平稳有序。现将有关情况报告如下。",
    "<Y>年，<NAME>统筹发展和安全，持续深化行政执法体制改革，行政执法工作取得新进展。现将全年情况报告如下。",
    "<Y>年，<NAME>以提升执法质量为主线，落实行政执法责任制，执法行为进一步规范。现将本年度执法工作报告如下。",
    "<Y>年以来，<NAME>认真贯彻上级关于法治建设的部署要求，把规范执法作为优化营商环境的重要抓手。现将有关工作情况汇报如下。",
)
DEPARTMENT_OPENINGS = (
    "<Y>年，<NAME>在上级机关的指导下，依法履行监管职责，行政执法工作有序推进。现将有关情况报告如下。",
    "<Y>年，<NAME>坚持依法行政，着力提升执法规范化水平。现将本年度行政执法工作情况报告如下。",
)
TOWN_OPENINGS = (
    "<Y>年，<NAME>按照县委县政府部署，推进镇域综合行政执法，维护辖区生产生活秩序。现将有关情况报告如下。",
    "<Y>年，<NAME>深化乡镇综合行政执法改革，推动执法力量下沉。现将全年执法工作报告如下。",
)

BASICS_HEADINGS = ("一、行政执法基本情况", "一、执法工作总体情况", "一、基本情况")
DOMAIN_SECTION_HEADINGS = ("二、重点领域执法情况", "二、主要执法领域工作情况")
DEPARTMENT_WORK_HEADINGS = ("二、重点执法工作", "二、主要执法工作开展情况")
TABLE_SECTION_PENALTY = "行政处罚实施情况"
TABLE_SECTION_LICENSE = "行政许可实施情况"

# Numbered headings of the figure-free sections that make a report long.
PADDING_SECTIONS = (
    "执法规范化建设",
    "执法监督工作",
    "执法队伍建设",
    "优化营商环境相关工作",
    "存在的问题和不足",
    "下一步工作打算",
)
PADDING_SUBHEADINGS = (
    "严格落实行政执法三项制度", "规范行政裁量权行使", "加强执法人员管理", "开展执法案卷评查",
    "推进非现场执法", "完善行刑衔接机制", "深化执法信息公开", "推行包容审慎监管",
    "强化执法监督考核", "健全执法协作机制", "提升执法文书质量", "加强执法装备保障",
)

# Figure-free sentence fragments: subject + action + object + purpose.
PAD_SUBJECTS = (
    "各执法部门", "<R>司法局", "执法监督机构", "基层执法队伍", "各行业主管部门", "法制审核机构",
    "<R>政府办公室", "综合执法队伍", "各乡镇街道", "执法监督员队伍", "执法业务骨干", "各执法单位负责同志",
)
PAD_ACTIONS = (
    "严格落实", "持续完善", "全面推行", "认真执行", "深入推进", "不断健全", "扎实开展", "统筹推进",
    "及时修订", "逐步规范", "系统梳理", "集中清理", "动态调整", "细化完善", "研究制定",
)
PAD_OBJECTS = (
    "行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度", "行政裁量权基准", "执法案卷评查机制",
    "执法证件管理办法", "轻微违法行为免罚清单", "包容审慎监管措施", "跨部门联合执法机制",
    "行政执法与刑事司法衔接机制", "执法文书格式规范", "执法信息归集共享机制", "涉企检查统筹机制",
    "执法人员资格管理制度", "执法监督平台数据标准", "行政执法责任制", "执法过错责任追究办法",
    "随机抽查事项清单", "执法音像记录设备配备标准", "执法风险防控措施",
)
PAD_PURPOSES = (
    "确保执法行为于法有据、程序正当", "推动执法质量稳步提升", "切实维护市场主体合法权益",
    "做到执法信息公开透明", "有效防止随意执法和选择性执法", "进一步压实执法责任",
    "让群众感受到执法的温度", "为优化营商环境提供法治保障", "促进执法标准统一",
    "减少对企业正常经营的干扰", "提升执法公信力", "推动执法工作由事后处罚向事前预防转变",
    "形成上下联动、协同高效的工作格局", "做到严格执法与柔性执法相结合",
)
PAD_LEADS = ("", "", "", "同时，", "此外，", "在此基础上，", "对照上级要求，", "结合工作实际，", "围绕年度目标，")
PAD_PROBLEMS = (
    "个别部门执法文书制作不够规范", "基层执法力量与监管任务不相匹配", "执法信息化水平仍有提升空间",
    "部分执法人员对新修订法律法规掌握不够扎实", "跨部门执法协作衔接不够顺畅", "非现场执法手段运用不够充分",
    "执法数据标准不够统一", "部分领域执法频次偏高与部分领域执法不足并存", "执法装备保障存在短板",
    "案卷归档的及时性有待提高", "执法人员年龄结构和专业结构不够合理",
)
# A reference to a (fictional) regulation, with its document number; carries no figure.
PAD_REFERENCES = (
    "按照《<CITY>行政执法监督办法》（<ABBR>政办发〔<Y>〕<N>号）要求，",
    "根据《<CITY>行政执法案卷评查标准》（<ABBR>司发〔<Y>〕<N>号）规定，",
    "依据<Y>年<M>月印发的《关于进一步规范涉企行政检查的通知》，",
)
