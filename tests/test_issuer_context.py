"""Issuers read from what the page says around the name: the subject of its first
sentence, a speaker's line, the places it names beside an ambiguous or relative name, and
how it speaks of its author (我局, 我队, 我镇). The fixture texts are written for these
tests; the places are real divisions of the code table."""

from __future__ import annotations

import pytest

from extractors import extract_text
from extractors.furniture import read_furniture
from extractors.issuer import make_issuer


def _fields(issuer):
    return (issuer.issuer, issuer.issuer_key, issuer.division, issuer.body_type, issuer.source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the county government's site put up a report its forestry bureau wrote
        (
            "索引号: 0001/2024-00017\n发文机关: 咸宁市咸安区人民政府\n"
            "2023年，咸安区林业局以森林资源保护为重点，依法查处涉林违法行为，全年办理林业行政处罚案件12起。",
            ("湖北省咸宁市咸安区林业局", "hubei/xianning/xianan/linyeju", "湖北省咸宁市咸安区", "林业局", "first_sentence"),
        ),
        # a title naming the city alone, a first sentence naming the city's bureau the short way
        (
            "曲阜市2022年自然资源执法情况报告\n2022年，市自然资源和规划局持续开展卫片执法，立案查处违法用地案件9宗。",
            ("山东省济宁市曲阜市自然资源和规划局", "shandong/jining/qufu/ziranziyuanheguihuaju", "山东省济宁市曲阜市", "自然资源和规划局", "first_sentence"),
        ),
        # a department of another division in the first sentence leaves the title's government
        (
            "曲阜市2022年行政执法情况报告\n2022年，济宁市司法局对我市执法案卷开展了评查，共评查案卷40卷。",
            ("山东省济宁市曲阜市", "shandong/jining/qufu", "山东省济宁市曲阜市", "人民政府", "title"),
        ),
    ],
)
def test_the_department_a_first_sentence_opens_on_wrote_the_report(text, expected):
    assert _fields(extract_text(text).issuer) == expected


def test_a_speakers_line_names_the_speakers_body():
    text = (
        "关于全区行政执法工作情况的报告\n——在区人大常委会会议上\n咸宁市咸安区司法局局长 张某某\n"
        "主任、各位副主任：\n现将全区行政执法工作情况报告如下，全年办理行政处罚案件300件。"
    )
    assert _fields(extract_text(text).issuer) == (
        "湖北省咸宁市咸安区司法局", "hubei/xianning/xianan/sifaju", "湖北省咸宁市咸安区", "司法局", "title",
    )


def test_a_title_glued_to_the_words_before_it_is_read_from_its_division():
    text = "政务动态沂源县交通运输局2021年度行政执法情况报告\n2021年，全局共办理行政处罚案件30件。"
    assert _fields(extract_text(text).issuer) == (
        "山东省淄博市沂源县交通运输局", "shandong/zibo/yiyuan/jiaotongyunshuju", "山东省淄博市沂源县", "交通运输局", "title",
    )


def test_a_numbered_section_heading_is_no_title_to_read_a_name_from():
    document = extract_text("一、长沙县行政执法基本情况\n全县共办理行政处罚案件5件。")
    assert (document.issuer.issuer, document.review_reasons[0]) == (None, "issuer_unknown")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("杭州市公安局西湖区分局", ("浙江省杭州市西湖区公安分局", "zhejiang/hangzhou/xihu/gonganfenju", "浙江省杭州市西湖区", "公安分局", "title")),
        ("杭州市西湖区公安分局", ("浙江省杭州市西湖区公安分局", "zhejiang/hangzhou/xihu/gonganfenju", "浙江省杭州市西湖区", "公安分局", "title")),
        # the district by its name without its level
        ("天津市公安局滨海分局", ("天津市滨海新区公安分局", "tianjin/binhaixin/gonganfenju", "天津市滨海新区", "公安分局", "title")),
        # a scenic area the code table does not list (gazetteer.toml adds it)
        (
            "杭州市公安局西湖风景名胜区分局",
            ("浙江省杭州市西湖风景名胜区公安分局", "zhejiang/hangzhou/xihufengjingmingsheng/gonganfenju", "浙江省杭州市西湖风景名胜区", "公安分局", "title"),
        ),
        # a branch in a place no division has is no issuer
        ("杭州市公安局无此地分局", (None, None, None, None, None)),
    ],
)
def test_a_city_bureaus_branch_belongs_to_its_district(name, expected):
    issuer = make_issuer(name, "title")
    assert _fields(issuer) == expected
    assert issuer.unresolved == (None if expected[0] else name)


@pytest.mark.parametrize(
    ("name", "issuer", "division", "issuer_key"),
    [
        # a county named like its city keeps the city in its path
        ("长沙县司法局", "湖南省长沙市长沙县司法局", "湖南省长沙市长沙县", "hunan/changsha/changsha/sifaju"),
        ("吉林省吉林市", "吉林省吉林市", "吉林省吉林市", "jilin/jilin"),
        # a zone whose name repeats its city's says the city once
        ("天津经济技术开发区", "天津经济技术开发区", "天津经济技术开发区", "tianjin/teda"),
    ],
)
def test_a_division_path_names_each_place_once_and_every_level(name, issuer, division, issuer_key):
    resolved = make_issuer(name, "title")
    assert (resolved.issuer, resolved.division, resolved.issuer_key) == (issuer, division, issuer_key)


def test_a_relative_title_is_read_against_the_one_city_the_page_names():
    text = "市商务局2021年度行政执法情况报告\n根据有关规定，衢州市商务领域全年开展行政检查45次。"
    assert _fields(extract_text(text).issuer) == (
        "浙江省衢州市商务局", "zhejiang/quzhou/shangwuju", "浙江省衢州市", "商务局", "title",
    )


def test_a_relative_title_on_a_page_naming_two_cities_stays_unread():
    document = extract_text("市商务局2021年度行政执法情况报告\n全年会同衢州市、丽水市有关部门开展行政检查45次。")
    assert (document.issuer.issuer, document.review_reasons[0]) == (None, "issuer_unknown")


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        # 我队: the one brigade the page names
        (
            "关于2024年度行政执法情况的工作报告\n现将我队一年来的执法工作报告如下：\n"
            "星沙街综合执法大队全年巡查320次，办理简易程序案件15起。",
            ("湖南省长沙市长沙县星沙街道综合执法大队", "hunan/changsha/changsha/xingsha/zonghezhifadadui", "湖南省长沙市长沙县星沙街道", "综合执法大队", "text"),
            "关于2024年度行政执法情况的工作报告",
        ),
        # 我镇: the township government the page names, in the dated line below the opening
        # line, which ends on a colon and is no title
        (
            "根据上级要求，我镇对全年执法工作进行了梳理统计，现将情况报告如下：\n"
            "2023年，瓜沥镇人民政府共办理行政处罚案件3件。",
            ("浙江省杭州市萧山区瓜沥镇", "zhejiang/hangzhou/xiaoshan/guali", "浙江省杭州市萧山区瓜沥镇", "人民政府", "first_sentence"),
            None,
        ),
    ],
)
def test_a_report_that_speaks_of_its_author_is_read_against_the_body_it_names(text, expected, title):
    document = extract_text(text)
    assert (_fields(document.issuer), document.title) == (expected, title)


@pytest.mark.parametrize(
    "text",
    [
        # a body named only in a document's title is not the author
        "现将我局工作报告如下：\n我局按照《沂源县交通运输局执法公示办法》公开执法信息，全年处罚10件。",
        # two bureaus named: which one says 我局 is not for us to choose
        "现将我局工作报告如下：\n我局会同沂源县市场监督管理局、沂源县公安局开展联合检查，全年处罚10件。",
        # 我县 on a page naming two counties: which one speaks is not for us to choose
        "2023年，我县学习借鉴岳西县、宿松县的经验，全年处罚10件。",
    ],
)
def test_a_self_reference_without_one_body_of_its_kind_names_no_issuer(text):
    document = extract_text(text)
    assert (document.issuer.issuer, document.review_reasons[0]) == (None, "issuer_unknown")


def test_a_subdistrict_in_several_cities_is_told_apart_by_its_neighbours_on_the_page():
    # 城厢街道 is in four counties; 闻堰街道 is only in 萧山区, where one of them lies
    text = "城厢街道2023年度行政执法工作情况报告\n2023年，街道综合执法队与闻堰街道开展联合检查12次。"
    assert _fields(extract_text(text).issuer) == (
        "浙江省杭州市萧山区城厢街道", "zhejiang/hangzhou/xiaoshan/chengxiang", "浙江省杭州市萧山区城厢街道", "街道办事处", "title",
    )


def test_a_subdistrict_in_several_cities_with_no_neighbour_named_stays_unresolved():
    document = extract_text("城厢街道2023年度行政执法工作情况报告\n2023年，街道开展联合检查12次。")
    assert (document.issuer.issuer, document.review_reasons[0]) == (None, "issuer_unresolved(城厢街道)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subdistrict office opens the first sentence; the words after 办事处 are not its name
        (
            "2024年，大直沽街道办事处在区委的领导下推进综合执法，全年立案查处违法行为40件。",
            ("天津市河东区大直沽街道", "tianjin/hedong/dazhigu", "天津市河东区大直沽街道", "街道办事处", "first_sentence"),
        ),
        # 今年以来 opens the report and the bureau is named in full
        (
            "今年以来，婺城区综合行政执法局围绕市容整治开展执法，办理行政处罚案件210件。",
            ("浙江省金华市婺城区综合行政执法局", "zhejiang/jinhua/wucheng/zonghexingzhengzhifaju", "浙江省金华市婺城区", "综合行政执法局", "first_sentence"),
        ),
        # a long addressee line is passed over; the city's bureau is named relative to the one city on the page
        (
            "各区县（市）人民政府，市人民政府各部门，各开发区管委会：\n2022年以来，市司法局统筹推进全市执法监督，"
            "郑州市各级行政执法机关全年办理行政处罚案件3000余件。",
            ("河南省郑州市司法局", "henan/zhengzhou/sifaju", "河南省郑州市", "司法局", "first_sentence"),
        ),
        # the bureau that hands the report over: 现将市水务局…报告如下
        (
            "根据天津市行政执法工作安排，现将市水务局2025年度行政执法工作情况报告如下：\n全年出动执法人员3000人次。",
            ("天津市水务局", "tianjin/shuiwuju", "天津市", "水务局", "text"),
        ),
        # a town hands over its government's report by the town's name alone
        (
            "依照法治政府建设督察的规定，现将庆隆镇2020年度法治政府建设情况报告如下：\n全年办理行政处罚案件9件。",
            ("重庆市铜梁区庆隆镇", "chongqing/tongliang/qinglong", "重庆市铜梁区庆隆镇", "人民政府", "text"),
        ),
        # a yearbook says whose disclosure work it sums up
        (
            "本报告依据条例的规定，结合韶山市政府信息公开工作的统计数据编写。\n一、总体情况\n全年主动公开信息88条。",
            ("湖南省湘潭市韶山市", "hunan/xiangtan/shaoshan", "湖南省湘潭市韶山市", "人民政府", "text"),
        ),
        # an autonomous region's office named by 自治区 alone, on a page that names the region short
        (
            "自治区人民政府办公厅2023年政府信息公开工作年度报告\n2023年，办公厅按照新疆政务公开要点，主动公开信息320条。",
            ("新疆维吾尔自治区人民政府办公厅", "xinjiangweiwuer/renminzhengfubangongting", "新疆维吾尔自治区", "人民政府办公厅", "title"),
        ),
        # a title published as 现编制形成了《…》, a column label and a colon before the body's name
        (
            "按照上级要求，现编制形成了《某资讯站:西柳镇人民政府2023年政府信息公开工作年度报告》。\n一、总体情况\n全年主动公开信息27条。",
            ("辽宁省鞍山市海城市西柳镇", "liaoning/anshan/haicheng/xiliu", "辽宁省鞍山市海城市西柳镇", "人民政府", "title"),
        ),
        # a committee that calls itself …委 is the …委员会 of its full name
        (
            "2023年，蓟州区城市管理委持续规范执法行为，全年办理行政处罚案件85件。",
            ("天津市蓟州区城市管理委员会", "tianjin/jizhou/chengshiguanliweiyuanhui", "天津市蓟州区", "城市管理委员会", "first_sentence"),
        ),
    ],
)
def test_the_author_named_where_reports_name_it(text, expected):
    assert _fields(extract_text(text).issuer) == expected


def test_a_town_that_was_a_township_keeps_one_key_under_either_name():
    # 水市乡 became 水市镇: an older report names the township, a newer one the town
    older = extract_text("黔江区水市乡人民政府关于2020年度行政执法工作的报告\n全年办理行政处罚案件6件。").issuer
    newer = extract_text("黔江区水市镇人民政府关于2024年度行政执法工作的报告\n全年办理行政处罚案件9件。").issuer
    assert (older.issuer_key, older.division_code, older.township) == (newer.issuer_key, "500114120", "水市镇")


def test_a_place_the_table_lacks_is_no_part_of_a_body_type():
    # a province, then a city's name the table does not hold, then its bureau: no body type 某某市市场监管局
    issuer = make_issuer("福建省云岭市市场监管局", "text")
    assert issuer.issuer is None


def test_today_without_a_body_named_outright_is_no_issuer():
    # 今年以来 says no year, and 执法队 is no body of the town's that the name makes plain
    document = extract_text("今年以来，瓜沥镇执法队开展联合检查二十余次。")
    assert (document.issuer.issuer, document.review_reasons[0]) == (None, "issuer_unknown")


def test_today_and_a_bare_place_name_the_government_only_of_a_report_with_its_own_headings():
    news = "今年以来，岳西县持续推进依法行政，全县查处案件40起。"
    report = news + "\n一、2023年法治政府建设情况\n（一）全年开展执法检查120次。"
    assert extract_text(news).issuer.issuer is None  # news of a county, by anyone
    assert _fields(extract_text(report).issuer) == ("安徽省安庆市岳西县", "anhui/anqing/yuexi", "安徽省安庆市岳西县", "人民政府", "first_sentence")


def test_a_statistical_table_filled_in_by_one_body_names_it():
    table = (
        "一、行政执法工作统计年报\n单位名称 | 立案数量 | 结案数量 |\n"
        "曲阜市自然资源和规划局 | 8 | 7 |\n合计 | 8 | 7 |\n"
    )
    assert _fields(extract_text(table).issuer) == (
        "山东省济宁市曲阜市自然资源和规划局", "shandong/jining/qufu/ziranziyuanheguihuaju", "山东省济宁市曲阜市", "自然资源和规划局", "table",
    )
    two_bodies = table.replace("合计 | 8 | 7 |", "曲阜市市场监督管理局 | 3 | 3 |\n合计 | 11 | 10 |")
    assert extract_text(two_bodies).issuer.issuer is None


def test_the_templates_own_body_line_reads_through_closed_up_pinyin():
    # a repost's pinyin annotation leaves blanks before the colon in the text rules read
    text = "一、行政执法主体概况\n1.本级(jí)行政机关(guān):咸宁市咸安区林业局\n2023年办理行政处罚案件31件。"
    assert _fields(extract_text(text).issuer)[3:] == ("林业局", "text")


@pytest.mark.parametrize(
    "text",
    [
        "市场监管局2023年度行政执法工作报告\n郑州市全年办理行政处罚案件50件。",
        "2023年，市场监管局开展食品安全检查120次。郑州市全年办理行政处罚案件50件。",
    ],
)
def test_a_market_regulator_named_without_its_division_is_no_citys_relative_name(text):
    # 市场监管局 is not a 场监管局 of the one city the page names (which division's it is, the page does not say)
    assert extract_text(text).issuer.issuer is None


def test_a_news_item_names_the_body_its_reporter_was_told_by():
    text = (
        "全省市场监管系统去年查处案件逾万宗\n来源:某日报  时间:2022-01-18\n"
        "本报讯 日前，记者从海南省市场监督管理局获悉，2021年全省立案10021宗，办结9500宗。"
    )
    assert _fields(extract_text(text).issuer) == (
        "海南省市场监督管理局", "hainan/shichangjianduguanliju", "海南省", "市场监督管理局", "text",
    )


@pytest.mark.parametrize(
    "text",
    [
        # after the byline's bracket: 【记者某某】据某厅介绍
        "福建严惩环境违法行为\n\n【记者某某、某某】据福建省生态环境厅介绍，今年上半年，福建查处环境违法案件512起。",
        # "according to" the hall, a comma after it, the repost's spaces before the comma
        "512家单位被责令整改 61家被立案处罚!福建省开展专项督察\n据福建省生态环境厅      ,福建省近日完成首批督察，61家单位被立案处罚。",
    ],
)
def test_a_news_item_names_the_body_it_reports_according_to(text):
    assert extract_text(text).issuer.issuer == "福建省生态环境厅"


@pytest.mark.parametrize(
    "name",
    [
        # two bodies joined by 和, each named to its end
        "天津市和平区南市街道办事处和执法大队",
        # words of a directive before a committee (决策部署和市委): no body
        "河北省决策部署和市委",
    ],
)
def test_two_bodies_joined_by_he_are_no_one_body(name):
    assert make_issuer(name, "text").issuer is None


def test_a_yearbooks_first_heading_on_the_line_of_its_lead_leaves_the_lead_its_division():
    text = (
        "根据《政府信息公开条例》等规定，发布本年度报告。报告中所列数据统计期限为2023年1月1日至12月31日。 "
        "一、总体情况 2023年，满城区坚持以人民为中心，紧紧围绕省委、省政府决策部署和市委、市政府中心工作，主动公开政府信息1200条。"
    )
    assert extract_text(text).issuer.issuer == "河北省保定市满城区"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town's squad by the town's name without its 镇, in the title and the lead
        (
            "安亭中队：整治占道经营\n发布时间:2021-06-02 点击数:\n近日，安亭城管中队组织开展占道经营整治，共查处违规摊点12处。",
            "上海市嘉定区安亭镇城管中队",
        ),
        # a town's branch of a city bureau, the town said short (东莞's towns have no county)
        ("消防检查全覆盖\n\n来源：某网\n\n5月10日,记者了解到,塘厦应急管理分局开展安全生产大检查,共检查企业36家。", "广东省东莞市塘厦镇应急管理分局"),
        # a subdistrict's squad by the subdistrict's name without its 街道
        ("节日市容整治\n\n某报讯 春节期间,孝陵卫城管中队统筹安排各项工作,共劝离占道摊点40处。", "江苏省南京市玄武区孝陵卫街道城管中队"),
        # a name several towns bear settles nothing
        ("新桥中队：整治占道经营\n发布时间:2021-06-02 点击数:\n近日，新桥城管中队组织开展占道经营整治，共查处违规摊点12处。", None),
        # two towns' squads at work together: no one author
        ("外冈中队：联合整治\n发布时间:2021-06-02 点击数:\n近日，外冈城管中队会同江桥城管中队组织开展整治，共查处违规摊点12处。", None),
    ],
)
def test_a_towns_station_said_without_its_zhen_names_the_station(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_reporter_told_by_a_body_with_its_other_name_in_brackets_names_the_body():
    text = "4月15日,记者从柳州市市政和园林管理局(柳州市城市管理综合行政执法局   )获悉,今年以来,柳州市设置临时摆卖摊区120个。"
    assert extract_text(text).issuer.issuer == "广西壮族自治区柳州市市政和园林管理局"


def test_a_lead_since_a_month_of_this_year_names_the_body_after_it():
    # (its brigade at work in a later paragraph: not the one subject news is read for otherwise)
    text = (
        "龙口市4个月查处超限车辆154辆次\n\n某网 2025-09-01 14:05\n\n自今年5月份以来,龙口市交通运输局强力推进超限超载整治,累计查处超限超载车辆154辆次。\n\n"
        "“大队+中队”\n\n龙口市交通运输执法监察大队按照工作方案要求,全面动员部署,明确责任分工。"
    )
    assert extract_text(text).issuer.issuer == "山东省烟台市龙口市交通运输局"


def test_a_body_the_page_gives_a_short_name_to_is_the_body_it_is_about():
    text = (
        "营口市市场监管综合行政执法队(以下简称执法队)自成立以来,始终聚焦主责主业,严格依法办案。\n"
        "2024年,执法队以“铁拳”行动为引领,开展专项执法行动20余项,查办违法案件620起。\n"
        "严把安全关\n制定《营口市市场监管系统2024年“铁拳”行动方案》并组织实施。\n联合营口市公安局,开展驴肉馆专项检查,行政处罚5家。"
    )
    assert extract_text(text).issuer.issuer == "辽宁省营口市市场监管综合行政执法队"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a yearbook that says it compiled itself by its title, with no brackets round it
        (
            "根据《政府信息公开条例》要求,编制了兰山区市场监督管理局2022年政府信息公开工作年度报告。本报告包括总体情况等六部分。\n"
            "一、总体情况\n全年主动公开政府信息120条。",
            "山东省临沂市兰山区市场监督管理局",
        ),
        # 据 right after a byline's bracket, the body named relative to the one city the page names
        (
            "北京今年已规范隐患单位1686家\n\n来源:某报\n\n本报讯(记者 某某)据市城管执法局昨日消息,从今年9月起,北京市共检查燃气经营单位2300家。",
            "北京市城市管理行政执法局",
        ),
    ],
)
def test_a_yearbook_compiled_by_its_bare_title_and_a_lead_according_to_a_relative_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_county_that_says_we_is_named_by_the_titles_of_its_own_documents():
    text = "2023年，我县持续推进规范执法，印发《岳西县2023年度行政执法监督计划》，全年处罚10件。"
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县", "anhui/anqing/yuexi", "安徽省安庆市岳西县", "人民政府", "text")


def test_a_site_footer_names_the_publisher_before_its_address():
    text = (
        "行政处罚实施数量(件)\n警告    2\n罚款    14\n合计    16\n"
        "主办单位:岳西县林业局 联系地址:岳西县某路1号 联系电话:0556-0000000\n"
    )
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县林业局", "anhui/anqing/yuexi/linyeju", "安徽省安庆市岳西县", "林业局", "furniture")


def test_a_news_item_names_the_body_that_called_the_meeting_it_reports():
    text = "为推进依法行政，日前，岳西县林业局组织召开全县林业执法工作会议，总结2023年全县林业行政执法工作，全年查处案件40起。"
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县林业局", "anhui/anqing/yuexi/linyeju", "安徽省安庆市岳西县", "林业局", "text")


def test_a_bureau_that_says_we_is_named_by_the_documents_it_issued():
    # 印发: the bureau's own document; 按照《…》 (test above) may be anyone's
    text = "2024年，我局持续推进依法行政，印发《岳西县林业局执法人员学法清单》，全年查处案件40起。"
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县林业局", "anhui/anqing/yuexi/linyeju", "安徽省安庆市岳西县", "林业局", "text")


def test_a_hall_that_says_we_is_named_by_the_second_of_the_documents_it_issued():
    # 我厅 is a department's word as 我局 is; of the titles after one 制定, the one that names a 厅
    text = (
        "2022年，我厅推进依法行政，制定了《厅机关学法清单》《安徽省林业厅执法人员培训计划》，"
        "全年查处案件40起。"
    )
    assert _fields(extract_text(text).issuer) == ("安徽省林业厅", "anhui/linyeting", "安徽省", "林业厅", "text")


def test_a_government_handing_over_its_report_is_read_against_the_one_county_named():
    text = "现将县人民政府2023年法治政府建设情况报告如下。\n岳西县人民政府常务会议全年学法4次，全年查处案件40起。"
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县", "anhui/anqing/yuexi", "安徽省安庆市岳西县", "人民政府", "text")


def test_a_party_committee_named_beside_the_office_leaves_the_office_the_issuer():
    lead = "2023年，咸安区永安街道党工委、办事处坚持依法行政，全年查处违法建设案件6起。"
    assert _fields(extract_text(lead).issuer) == (
        "湖北省咸宁市咸安区永安街道", "hubei/xianning/xianan/yongan", "湖北省咸宁市咸安区永安街道", "街道办事处", "first_sentence",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a subdistrict office's formal name, as the district government's agency
        ("咸安区人民政府永安街道办事处", ("湖北省咸宁市咸安区永安街道", "hubei/xianning/xianan/yongan", "街道办事处")),
        # a bureau's second name in brackets after its own
        ("岳西县林业局（岳西县林长制办公室）", ("安徽省安庆市岳西县林业局", "anhui/anqing/yuexi/linyeju", "林业局")),
        # the government's own office stays a body of its own
        ("咸安区人民政府办公室", ("湖北省咸宁市咸安区人民政府办公室", "hubei/xianning/xianan/renminzhengfubangongshi", "人民政府办公室")),
        # a department named with its government before it is the department
        ("银川市政府国有资产监督管理委员会", ("宁夏回族自治区银川市国有资产监督管理委员会", "ningxiahuizu/yinchuan/guoyouzichanjianduguanliweiyuanhui", "国有资产监督管理委员会")),
        ("银川市人民政府国有资产监督管理委员会", ("宁夏回族自治区银川市国有资产监督管理委员会", "ningxiahuizu/yinchuan/guoyouzichanjianduguanliweiyuanhui", "国有资产监督管理委员会")),
        ("庆阳市人民政府外事办公室", ("甘肃省庆阳市外事办公室", "gansu/qingyang/waishibangongshi", "外事办公室")),
        # a zone named after a town, run by the town's county, and a body of the zone
        ("化隆县群科新区综合服务中心", ("青海省海东市化隆回族自治县群科新区综合服务中心", "qinghai/haidong/hualonghuizuzizhi/qunkexin/zonghefuwuzhongxin", "综合服务中心")),
        ("化隆县群科镇人民政府", ("青海省海东市化隆回族自治县群科镇", "qinghai/haidong/hualonghuizuzizhi/qunke", "人民政府")),
    ],
)
def test_formal_and_second_names_resolve_to_the_one_body(name, expected):
    issuer = make_issuer(name, "title")
    assert (issuer.issuer, issuer.issuer_key, issuer.body_type) == expected


def test_a_province_handing_over_its_government_report_is_read_against_the_one_province_named():
    text = "现将省政府2023年度法治政府建设情况报告如下。\n一、主要工作\n安徽省各级行政机关全年查处案件4000起。"
    assert _fields(extract_text(text).issuer) == ("安徽省", "anhui", "安徽省", "人民政府", "text")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("烟台人力资源和社会保障局", "山东省烟台市人力资源和社会保障局"),
        ("湖州卫生健康委", "浙江省湖州市卫生健康委员会"),
        # 市场 is the market regulator's, not the end of the city's name
        ("大同市场监管局", "山西省大同市市场监督管理局"),
        # a word after the city that names no department's field is not read as one
        ("烟台山管理局", None),
        # 吉林 is a province as well as a city: which one the text does not say
        ("吉林林业局", None),
    ],
)
def test_a_city_named_without_its_shi_before_one_of_its_departments(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_a_first_sentence_naming_a_department_of_a_city_without_its_shi():
    text = "2022年以来，烟台人力资源和社会保障局坚持依法行政，全年办理劳动保障监察案件120件。"
    assert _fields(extract_text(text).issuer) == (
        "山东省烟台市人力资源和社会保障局", "shandong/yantai/renliziyuanheshehuibaozhangju", "山东省烟台市", "人力资源和社会保障局", "first_sentence",
    )


def test_a_body_that_opens_clause_after_clause_of_an_untitled_notice_issued_it():
    text = (
        "为按时完成2024年度全县林草案件统计填报，提高数据准确性，岳西县林业局精心部署、明确分工。"
        "经核实，全县共查处林草行政案件12起。今后，岳西县林业局将继续做好统计工作。"
    )
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县林业局", "anhui/anqing/yuexi/linyeju", "安徽省安庆市岳西县", "林业局", "text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one clause opens on the only body the page names
        ("为加强农资监管，保障生产安全。岳西县林业局认真做好种苗检查，全年查处案件12起。", "安徽省安庆市岳西县林业局"),
        # the same, with another body named in passing: no telling which reports
        ("为加强农资监管，保障生产安全。岳西县林业局认真做好种苗检查，会同岳西县农业农村局查处案件12起。", None),
    ],
)
def test_a_body_opening_one_clause_issued_an_untitled_notice_when_it_is_the_only_body_named(text, expected):
    assert extract_text(text).issuer.issuer == expected


def test_two_bodies_opening_clauses_leave_the_issuer_unread():
    text = (
        "为做好2024年度统计，岳西县林业局精心部署。岳西县应急管理局同步开展检查。"
        "今后，岳西县林业局将继续做好统计工作，岳西县应急管理局配合。"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("东乌旗乌里雅斯太镇", "内蒙古自治区锡林郭勒盟东乌珠穆沁旗乌里雅斯太镇"),
        ("科右前旗司法局", "内蒙古自治区兴安盟科尔沁右翼前旗司法局"),
        ("达茂旗应急管理局", "内蒙古自治区包头市达尔罕茂明安联合旗应急管理局"),
        # 阿旗 fits three banners (阿鲁科尔沁旗, 阿拉善左旗, 阿拉善右旗): no guess
        ("阿旗应急管理局", None),
    ],
)
def test_a_banner_goes_by_a_few_of_its_characters(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_an_opening_that_publishes_the_report_by_its_title_names_the_issuer():
    text = (
        "根据《中华人民共和国行政处罚法》要求，现发布《东乌旗乌里雅斯太镇2023年行政执法工作情况报告》。\n"
        "一、总体情况\n全镇全年办理行政处罚案件12件。"
    )
    assert _fields(extract_text(text).issuer) == (
        "内蒙古自治区锡林郭勒盟东乌珠穆沁旗乌里雅斯太镇", "neimenggu/xilinguolei/dongwuzhumuqin/wuliyasitai",
        "内蒙古自治区锡林郭勒盟东乌珠穆沁旗乌里雅斯太镇", "人民政府", "title",
    )


@pytest.mark.parametrize(
    ("name", "division", "issuer_key"),
    [
        ("东湖高新区城市管理综合执法局", "湖北省武汉市东湖新技术开发区", "hubei/wuhan/donghu_hitech/chengshiguanlizonghezhifaju"),
        # the city's name is said once, as for 天津经济技术开发区
        ("重庆高新区市场监督管理局", "重庆高新技术产业开发区", "chongqing/chongqing_hitech/shichangjianduguanliju"),
    ],
)
def test_a_high_tech_zone_the_code_table_lacks_is_a_division_of_its_own(name, division, issuer_key):
    issuer = make_issuer(name, "title")
    assert (issuer.division, issuer.issuer_key) == (division, issuer_key)


def test_a_relative_government_after_clauses_that_set_the_scene_is_read_against_the_one_county_named():
    text = (
        "县人民代表大会常务委员会：\n"
        "2023年是法治建设攻坚之年，在市委和县委的领导下，在县人大的监督下，县政府坚持依法行政。"
        "岳西县全年查处违法案件300起。"
    )
    assert _fields(extract_text(text).issuer) == ("安徽省安庆市岳西县", "anhui/anqing/yuexi", "安徽省安庆市岳西县", "人民政府", "first_sentence")


def test_a_name_several_places_bear_is_told_apart_by_a_short_name_of_its_district():
    # 城中区 is in 西宁 and in 柳州; the page names 青海 only inside another body's name
    text = "2024年，城中区应急管理局依法履职，全年查处安全生产违法案件12起。干部参加青海干部网络学院学习。"
    assert _fields(extract_text(text).issuer)[:4] == (
        "青海省西宁市城中区应急管理局", "qinghai/xining/chengzhong/yingjiguanliju", "青海省西宁市城中区", "应急管理局",
    )


def test_a_town_that_says_we_and_bears_a_name_of_two_places_is_read_against_its_district():
    # 增福镇 is in 长葛 and in 涪陵; the page names 涪陵 only in a law firm's name
    text = (
        "一、主要举措\n我镇全年开展执法检查220余次，作出行政处罚7件。"
        "2022年增福镇聘请某(涪陵)律师事务所律师为法律顾问。"
    )
    assert _fields(extract_text(text).issuer)[:4] == ("重庆市涪陵区增福镇", "chongqing/fuling/zengfu", "重庆市涪陵区增福镇", "人民政府")


def test_a_short_name_that_fits_both_places_settles_nothing():
    text = "2024年，城中区应急管理局依法履职，全年查处安全生产违法案件12起。"
    assert extract_text(text).issuer.issuer is None


def test_a_region_that_says_we_and_is_named_by_its_short_name_is_the_regions_government():
    text = (
        "2022年，我区坚持依法行政，推进法治政府建设。\n"
        "一、主要举措\n自治区人民政府常务会议专题研究法治建设，编写《法治内蒙古建设年度报告》。"
    )
    assert _fields(extract_text(text).issuer) == ("内蒙古自治区", "neimenggu", "内蒙古自治区", "人民政府", "text")


def test_a_column_tag_before_the_title_and_a_wrapped_breadcrumb_are_no_name():
    text = (
        "当前位置：首页\n> 政府信息公开 > 法治政府建设年度报告\n"
        "【法治政府建设】2022年度银州区法治政府建设报告\n"
        "来源：银州区司法局\n"
        "2022年，我区全面推进依法行政，全区查处违法案件80起。"
    )
    document = extract_text(text)
    assert _fields(document.issuer) == ("辽宁省铁岭市银州区", "liaoning/tieling/yinzhou", "辽宁省铁岭市银州区", "人民政府", "title")
    assert [f.as_written for f in document.figures] == ["80起"]


def test_the_office_responsible_for_a_page_publishes_it():
    text = (
        "公开方式：主动公开 公开时限：长期公开\n公开范围：面向社会 责任处室：泗门镇政府\n"
        "今年，我镇坚持依法行政，全镇查处违法建设12起。"
    )
    assert _fields(extract_text(text).issuer) == (
        "浙江省宁波市余姚市泗门镇", "zhejiang/ningbo/yuyao/simen", "浙江省宁波市余姚市泗门镇", "人民政府", "furniture",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province named only by its own paper
        ("2023年，省农业农村厅坚持依法行政，全年查处农资案件300件。在《福建日报》刊发文章5篇。", "福建省农业农村厅"),
        # two provinces named so: which one the text does not say
        ("2023年，省农业农村厅坚持依法行政，全年查处农资案件300件。赴浙江学习，在《福建日报》刊发文章。", None),
    ],
)
def test_a_provincial_department_is_read_against_the_one_province_named_even_by_its_short_name(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    "text",
    [
        "日前，某市市场监管局召开全市市场监管系统2023年执法工作会议，通报2022年执法工作情况。2022年全系统共办结案件11316宗。",
        # a course named for the year it is held in, where last year's figures were told
        "近日，省林业局举办2023年全省林业执法骨干研修班。会上获悉，2022年全省查处林业案件412宗。",
        # a consumer rights day's event, held in March, tells the year before's complaints
        "3月11日，2023年度某州纪念“3·15”国际消费者权益日通报会举行。2022年，全州共受理投诉1200件。",
        # a series of press conferences named for the new year, where the year before is told
        "今天，某市召开“2023年迎新春”系列新闻发布会，市应急管理局通报工作。\n一、2022年工作简要\n全年共检查企业1.2万家。",
        "今日，2023年某省“3·15”大会在省城召开。过去一年，全省共处理消费投诉5.2万件，2022年挽回损失3000万元。",
    ],
)
def test_the_year_a_meeting_or_course_is_named_for_is_not_the_year_its_news_reports_on(text):
    assert extract_text(text).report_year == 2022


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news lead in which a body makes its figures public
        ("8月12日，北京市市场监管局公布专项行动成果。截至7月底，全市共立案5344件。", "北京市市场监督管理局"),
        # a ministry in a title that reports (…通报2020年…)
        ("生态环境部通报2020年1-4月环境行政处罚案件情况\n今日，生态环境部向媒体通报各地处罚案件3万件。", "生态环境部"),
        # a reporter told on a dated day, by a ministry
        ("这是记者31日从农业农村部了解到的消息。全国共查办案件9.1万件。", "农业农村部"),
        # the state's own name before a ministry's, and a national bureau by its short name
        ("中华人民共和国水利部2021年法治政府建设年度报告\n全年查处水事违法案件2万件。", "水利部"),
        ("6月13日，国家医保局公布2022年度飞行检查情况，追回医保基金27亿元。", "国家医疗保障局"),
    ],
)
def test_national_bodies_and_bodies_in_news_leads_are_the_issuer(text, expected):
    issuer = extract_text(text).issuer
    assert issuer.issuer == expected
    if issuer.division is None:  # a national body has no division
        assert issuer.body_type == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a campaign named for its year, the news giving no other
        ("8月12日，某市市场监管局公布2022“铁拳”行动阶段性成果。截至7月底，全市共立案5344件。", 2022),
        # figures up to a month, on a page dated later that year
        ("2020-12-03 15:30:52\n为加强农资监管，某市执法支队认真履职。\n截止到11月底，全市共出动执法人员1482人次。", 2020),
        # …but not on a page dated before the month the figures run to: no year
        ("2021-03-02 09:00:00\n为加强农资监管，某市执法支队认真履职。\n截至11月底，全市共出动执法人员1482人次。", None),
        # a year in brackets is an aside, not the year reported on
        ("为加强农资监管，某市执法支队认真履职，立案11起，结案12起（1起案件是2019年立案）。", None),
        # the year a law came in starts a span, and the span before it is no one year: the page's date
        ("2019-04-10 08:30  某网\n近年来全省生态环境执法力度加大。2014年—2018年，全省共实施行政处罚5200次。"
         "自新《环境保护法》2015年实施以来，实施按日连续处罚案件40件。", 2019),
        # a bulletin's 如下： then the span it covers: the span's end, the bulletin's own time
        ("现将全市违法建设治理专项行动进度情况通报如下：2021年3月1日至2024年6月30日，全市共拆除违法建设2.1万处。其中，2024年6月1日至30日拆除124处。", 2024),
        # a campaign's year before its field's words, a repost's pinyin among them
        ("6月18日上午，自治区市场监管局召开2022宁夏民生领(lǐng)域案件查办“铁拳”行动新闻发布会，通报了阶段性成果。", 2022),
        # a title's year with a holiday's name quoted before its kind of report
        ("2021年“国庆”文化和旅游假日市场情况总结\n国庆期间，我市出动执法人员120人次，检查经营单位300家。", 2021),
        # 全年 in a January item sums up the year just ended, though 截至目前 speaks of the item's own time
        ("某市“利剑”行动成效显著\n发布时间:2023-01-19 17:16 来源:某新闻网\n截至目前，所有风险隐患问题均已整改。全市全年共办理环境违法案件238件，全年办理有奖举报20起。", 2022),
        # a year things came before is no year of the page; the first quarters of a year are that year's
        ("今年以来，某县住建局排查燃气企业36家，今年6月底前完成对2005年前建设的燃气管道改造。", None),
        ("2023年前三季度，某县住建局排查燃气企业36家。", 2023),
        # dates only: the latest is the case's, the earlier ones its past
        ("某公司的取水许可证于2020年3月1日到期后仍在取水。2022年5月9日，某县水利局对其立案查处，罚款5万元。", 2022),
    ],
)
def test_a_news_item_without_a_stated_year(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8月10日，记者从四川省安办获悉，全省已累计检查企业171263家。", "四川省安全生产委员会办公室"),
        ("（记者 某某）中国生态环境部新闻发言人某某22日在北京表示，全年下达处罚决定9.1万个。", "生态环境部"),
        ("“今年，我们将严格依法经营。”昨日，晋江市烟草专卖局副局长张某某在接听市长专线时表示。", "福建省泉州市晋江市烟草专卖局"),
        # a ministry a report only mentions (在生态环境部通报中…) is not its author
        ("全市水质优良。在生态环境部通报全国城市水质排名中位列第8。", None),
    ],
)
def test_news_names_its_body_by_who_tells_the_figures(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the page's date in its furniture, and the news speaking of its own time
        ("某市“五一”假期安全检查情况\n发布时间：2022-05-05\n“五一”假期期间，全市共出动检查组339个，检查企业404家次。", 2022),
        # …or of the year before
        ("某县人社局通报欠薪案件\n发布时间：2023-01-10\n去年全县共查处欠薪案件130宗。", 2022),
        # a date but no time words: no year
        ("某县人社局通报欠薪案件\n发布时间：2023-01-10\n全县共查处欠薪案件130宗。", None),
        # a winter campaign told in January is of the year it began
        ("某省根治欠薪冬季专项行动取得成效\n发布时间：2022-01-21\n截至目前，全省共检查用人单位1970户，立案查处欠薪案件1112件。", 2021),
        # a campaign's year inside its quoted name beats a year given to compare
        ("阿坝州召开“春雷行动2020”新闻发布会，全州立案32件，比2019年增加5件。", 2020),
        # …or opening it
        ("某省林草局牵头的“2023清风行动”已经收官，行动中查处涉野生动物案件58起。", 2023),
        # a year joined to the words before it by 和 is the page's (情况和2020年…成果), one joined
        # to another year is compared with
        ("3月2日，某市医保局举行发布会，通报了飞行检查的进展和2020年全市医保基金监管的成效。全年检查定点医药机构412家。", 2020),
        # a newspaper's page dated by its issue, printed with its weekday, over news of its own time
        (
            "第07版:要闻 上一版  下一版\n版面导航\n2022年09月27日 星期二\n某厅公布“利剑”行动首批典型案例\n"
            "某日报9月26日讯 省生态环境厅近日公布典型案例。行动开展以来共立案调查615起。",
            2022,
        ),
        # …but a site's day of reading so printed, on no newspaper's page, dates nothing
        ("2022年09月27日 星期二\n某厅公布“利剑”行动首批典型案例\n省生态环境厅近日公布典型案例。行动开展以来共立案调查615起。", None),
        # a campaign whose year stands inside a long name before 专项行动, with no quotes
        ("记者近日从某省市场监管局获悉，自今年6月底开始的安徽省2023网络市场监管促发展保安全专项行动查办案件20件。", 2023),
        # …or with the season after the year inside the quotes (“蓝盾2025·元旦春节”)
        ("今年以来，某省河道管理局按照开展打击非法采砂“蓝盾2025·元旦春节”专项行动的部署，查处非法采砂案件6起。", 2025),
        # …quoted, on a page that compares with the year before
        ("1月4日，记者从我省市场监管局了解到，“江西2022网络市场监管专项行动”开展以来，全省查处网络违法案件410件，比2021年增长12%。", 2022),
        # a page stamped with its year in two digits before its time, on a news item of its own time
        ("春节期间某市食品安全总体平稳\n  22-02-07 09:23 来源:某网-某晚报 编辑:某某\n春节期间，全市共出动执法人员1200人次，检查食品经营单位3000家次。", 2022),
        # a lead of this year's figures so far on a dated page: the date's year, not a campaign
        # of the year before it names, nor a year it compares with
        (
            "某省边境查获走私香烟\n\n 2019-09-09 10:05  来源: 某网\n\n记者日前从某省烟草专卖局获悉，今年上半年，全省边境地区查获走私香烟3000万支。\n\n"
            "去年以来，该局开展了“国门利剑2018”联合行动，2018年全省共查办涉烟案件10000起。",
            2019,
        ),
        # …a dateline with no sentence on its line; the title's months up to which it counts
        (
            "某省> 要闻\n截至11月 全省查处环境违法案件4000件\n某日报 2019-12-13 05:12\n"
            "本报讯 记者从省生态环境厅获悉，今年以来，全省共查处环境违法案件4000件。2018年11月至2019年1月开展了强化监督。",
            2019,
        ),
    ],
)
def test_a_news_items_year_from_its_date_and_its_campaign(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间：2022-09-22\n记者9月21日从宝应县劳动监察大队了解到，今年以来共追讨工资570万元。", "江苏省扬州市宝应县劳动保障监察大队"),
        ("河北新闻网12月29日讯 记者从河北省市场监管局今天召开的专项行动新闻发布会上获悉，今年以来共查办案件25231件。", "河北省市场监督管理局"),
        ("元旦假期安全形势平稳\n据吉林省应急管理厅资讯，元旦假期全省未发生较大事故，共检查企业1200家。", "吉林省应急管理厅"),
        # a dateline, then the body, the day and what it did
        ("新华社北京3月17日电(记者 某某)北京市生态环境局17日下午召开线上发布会通报,2019年全市共立案6446起,其中移送北京市公安局16起。", "北京市生态环境局"),
        # told at the body's own press conference, the reporter there (在…召开的…发布会上获悉)
        ("4月17日,某某网记者在河南省生态环境厅召开的第一季度新闻发布会上获悉,全省共发现环境问题5522个。", "河南省生态环境厅"),
        # a city's paper with the day of its issue before 讯: its city, not another the news names
        ("长沙晚报11月21日讯(全媒体记者 某某)21日,市生态环境局对外曝光了2起环境违法典型案例。涉事公司注册在株洲市,被罚款43万元。", "湖南省长沙市生态环境局"),
        # the paper's site before the paper (来宾网-来宾日报讯)
        ("来宾网-来宾日报讯 2月22日,市市场监管局启动“3·15”宣传活动,全年受理投诉1637件。", "广西壮族自治区来宾市市场监督管理局"),
        # a city's system of bodies is its commission where the page names one (市卫生健康委)
        ("2020年，上海市卫生健康系统同时间赛跑，经受住了考验。市卫生健康委坚持以人民健康为中心，全年监督检查单位5.2万户次。", "上海市卫生健康委员会"),
        # a body and what it did as a quoted phrase of its own, in a traditional-script repost
        ("2019-10-15 13:53 瀏覽量:2516 來源:某某報\n本報訊 成都市金堂縣市場監管局“休假不休工”,國慶節期間主動作為,輪值檢查,排查整治食品、藥品三大安全問題。對大型農家樂、商場開展檢查,共檢查餐飲店46家。", "四川省成都市金堂县市场监督管理局"),
        # a lead whose repost blanked its pinyin, the blanks closed up before the body's name
        ("12月10日,廣西市場監(jiān)管局召開2021民生領(lǐng)域案件查辦“鐵拳”行動(dòng)大案要案專題新聞發(fā)布會(huì),該局二級巡視員某某通報(bào)廣西“鐵拳”行動(dòng)第三批典型案件,並介紹了廣西市場監(jiān)管部門“三級聯(lián)動(dòng)”開展行動(dòng)的成效。\n據(jù)介紹,第三批典型案例共有4起案件,分別是:梧州市市場監管局查辦的白酒系列案、玉林市市場監管局查辦的化肥案,罰款109萬元。", "广西壮族自治区市场监督管理局"),
        # a brigade named by its kind in the title, its field before it in the text
        ("广元市朝天区执法大队开展G108线超限超载专项整治\n朝天区交通运输执法大队 2025年04月18日\n为切实保障道路交通安全,朝天区交通运输执法大队自4月10日起,开展G108线超限超载专项整治行动,共检查货车120辆次。", "四川省广元市朝天区交通运输执法大队"),
        # a centre told the reporter; a traditional-script repost's 瞭解到 (the fold keeps 瞭)
        ("记者10月7日从江苏省渔业执法监督中心获悉,全省共查办行政案件419件。", "江苏省渔业执法监督中心"),
        ("記者9月27日從青海省司法廳瞭解到,全省累計創建示範村55個。", "青海省司法厅"),
        # a photo's caption (…供图) above an outlet's dateline with a colon, a stray dot before it
        ("治理毁绿种菜 还绿于民\n2023-08-28 13:51:01 来源:今晚报\n【资料图】\n.图为执法队员在清理菜地。(金钟街道办事处供图)\n. 天津北方网讯:近日,东丽区金钟街道综合执法大队开展专项治理,出动执法队员40余人次。", "天津市东丽区金钟街道综合执法大队"),
        # 人力资源社会保障厅 without its 和 is the same hall
        ("青海省人力资源社会保障厅开展冬季行动\n全省共检查用人单位1696家。", "青海省人力资源和社会保障厅"),
        ("3月5日，陕西省卫计委通报专项检查结果，全省共检查医疗机构1200家。", "陕西省卫生和计划生育委员会"),
        # a city's evening paper told by 市某局: the paper's city, even of four characters
        ("来源:呼和浩特晚报 2023-01-14\n1月13日,呼和浩特晚报记者从市市场监督管理局了解到,共检查电子秤63台。", "内蒙古自治区呼和浩特市市场监督管理局"),
        # the lead after a dateline and a photo's caption
        ("全市执法工作持续推进。记者 某某 摄\n长城网讯（记者 某某）今年以来，石家庄市生态环境局严格执法，上半年立案处罚1759件。", "河北省石家庄市生态环境局"),
    ],
)
def test_news_names_its_body_in_the_lead_whatever_stands_before_it(text, expected):
    assert extract_text(text).issuer.issuer == expected


def test_a_site_named_after_a_government_is_no_body_at_work():
    text = (
        "2019年至今全区立案查处环境违法案件136件\n银川市人民政府门户网站 www.example.invalid\n"
        "来源：银川日报 2019-05-31 11:04\n5月30日，自治区召开新闻发布会，今年截至目前，全区共立案查处环境违法案件136件。"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a site's stamp inside a furniture line, and a news item of today
        ("来源：某晚报作者：某网2021-06-18 10:29:11\n省应急管理厅今日消息，近期交叉检查共发现隐患3048条。", 2021),
        ("来源：某网\n2019-09-27 15:08:09\n某网9月27日讯 省应急管理厅今天发布消息，共发现问题72项。", 2019),
    ],
)
def test_a_news_items_date_stamp_gives_the_year_of_its_own_time(text, year):
    assert extract_text(text).report_year == year


def test_a_report_the_party_committee_gives_with_the_government_is_the_governments():
    text = "中共岳西县委 岳西县人民政府 关于2025年度法治政府建设的报告\n2025年，全县依法行政，查处案件40起。"
    issuer = extract_text(text).issuer
    assert (issuer.issuer, issuer.body_type, issuer.source) == ("安徽省安庆市岳西县", "人民政府", "title")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party committee named with the government it leads, the county named once
        ("2025年，县委、县政府坚持依法行政，全年查处案件40起。岳西县领导干部述法全覆盖。", "安徽省安庆市岳西县"),
        # every government of a province, the province named by its short name only
        ("2024年，在党中央坚强领导下，全省各级行政机关深入推进依法行政。落实考察青海重要讲话精神。", "青海省"),
        # an autonomous region is a 区
        ("2023年，全区各级人民政府深入推进依法行政，落实对内蒙古的重要指示精神。", "内蒙古自治区"),
        # two provinces named: which one the text does not say
        ("2024年，全省各级行政机关深入推进依法行政。赴福建学习，落实考察青海重要讲话精神。", None),
    ],
)
def test_a_government_named_relative_to_its_division_with_its_party_committee_or_as_every_government(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a bureau and the teams under it report as the bureau
        ("上海市长宁区城管执法系统", "上海市长宁区城市管理行政执法局"),
        ("岳西县市场监管系统", "安徽省安庆市岳西县市场监督管理局"),
        # a system of no body we know is no body
        ("岳西县系统", None),
    ],
)
def test_a_system_of_bodies_is_its_bureau(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_a_system_named_in_a_title_is_not_the_city_its_text_calls_ben_shi():
    text = "现将《某工作总结》印发给你们。\n上海市长宁区城管执法系统2024年工作总结\n2024年，全区城管执法系统共办结案件3062件。本市城管执法系统评比中获优秀。"
    assert extract_text(text).issuer.issuer == "上海市长宁区城市管理行政执法局"


def test_a_news_lead_after_its_dateline_below_a_sites_header_names_the_body():
    text = (
        "某某新媒体集团  主办\n当前位置: 本网原创\n岳西县上半年林业执法立案40件\n来源: 某某网  作者:某某\n"
        "2020-08-11 17:41:00\n某某网讯(记者 某某)今年以来，岳西县林业局严格执法监管。上半年，全县立案处罚40件。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县林业局"


def test_a_lead_on_a_provinces_fazhi_zhengfu_jianshe_is_the_provincial_governments():
    text = "2023年，全省法治政府建设工作坚持依法行政，落实考察青海重要讲话精神，刊发文章30篇。"
    issuer = extract_text(text).issuer
    assert (issuer.issuer, issuer.body_type) == ("青海省", "人民政府")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a centre named for what it does is a body
        ("2025年，岳西县劳动保障维权事务中心开展专项检查，查处案件12起。", "安徽省安庆市岳西县劳动保障维权事务中心"),
        # the centre of attention is none: the county reports
        ("2025年，岳西县紧紧围绕中心工作依法行政，查处案件12起。", "安徽省安庆市岳西县"),
    ],
)
def test_a_centre_opening_the_first_sentence_is_a_body_when_its_name_says_what_it_does(text, expected):
    assert extract_text(text).issuer.issuer == expected


def test_a_dated_title_below_a_sites_banner_and_search_box_is_the_title():
    text = "岳西县司法局\n搜索位置\n匹配度\n排序\n岳西县交通运输局2025年法治政府建设报告\n发布日期: 2026-02-28 发布机构: 县司法局\n2025年，县交通运输局依法行政。"
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县交通运输局"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who compiled a disclosure yearbook
        ("本报告根据《中华人民共和国政府信息公开条例》要求，由岳西县农业农村局编制。全文包括总体情况等六个部分。", "安徽省安庆市岳西县农业农村局"),
        ("本年度政府信息公开工作报告由安徽省岳西县林业局（以下简称县林业局）负责编制，现予公布。", "安徽省安庆市岳西县林业局"),
        # a yearbook that publishes itself by name
        ("现特向社会公布2024年度岳西县市场监督管理局信息公开工作年度报告。", "安徽省安庆市岳西县市场监督管理局"),
        # whom to ask about it
        ("本报告统计期限为2023年。如对本报告有疑问，请与岳西县自然资源和规划局办公室联系。政府信息公开工作稳步推进。", "安徽省安庆市岳西县自然资源和规划局"),
        # a county publishing its own yearbook, and a provincial bureau named relative to
        # the one province the page names
        ("根据《中华人民共和国政府信息公开条例》规定，现公布岳西县2022年政府信息公开工作年度报告。", "安徽省安庆市岳西县"),
        ("现发布省市场监管局2023年政府信息公开情况报告。2023年，省市场监管局助力青海高质量发展。", "青海省市场监督管理局"),
        ("本报告统计期限为2022年。若有疑问，可直接与岳西县卫生健康委员会联系。政府信息公开工作有序推进。", "安徽省安庆市岳西县卫生健康委员会"),
        # the same words outside a disclosure yearbook say nothing of its author
        ("本方案由岳西县林业局编制。", None),
    ],
)
def test_a_disclosure_yearbook_names_who_compiled_it(text, expected):
    assert extract_text(text).issuer.issuer == expected


def test_the_party_committee_the_county_acts_under_is_no_body_of_the_county():
    issuer = extract_text("2024年，岳西县在市委、市政府的坚强领导下，全面推进依法行政，查处案件40起。").issuer
    assert (issuer.issuer, issuer.body_type) == ("安徽省安庆市岳西县", "人民政府")


def test_a_bureaus_own_party_committee_speaks_for_it_and_the_list_it_publishes_names_it():
    text = (
        "一、主要负责人履行推进法治建设第一责任人职责情况\n"
        "开展局党委理论学习中心组学习7次。在门户网站公示《岳西县应急管理局权责清单（2024年）》。"
        "面向公众解读《某市安全生产奖励办法》。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县应急管理局"


def test_a_towns_own_name_tells_nothing_of_which_town_of_that_name_it_is():
    # 大同 in 大同镇 is no mention of the 大同区 around one of the ten towns so named
    text = "大同镇人民政府\n2024年度法治政府建设年度报告\n2024年以来，我镇高度重视法治政府创建工作。"
    issuer = extract_text(text).issuer
    assert (issuer.issuer, issuer.unresolved) == (None, "大同镇人民政府")


@pytest.mark.parametrize(
    ("name", "expected", "body_type"),
    [
        # a prefecture (地区) or a league (盟) is governed by a 行政公署
        ("阿里地区行政公署", "西藏自治区阿里地区", "行政公署"),
        ("锡林郭勒盟", "内蒙古自治区锡林郭勒盟", "行政公署"),
        # a bureau's own working group speaks for the bureau
        ("常德市水利局政务公开领导小组办公室", "湖南省常德市水利局", "水利局"),
    ],
)
def test_a_prefectures_government_and_a_bureaus_working_group(name, expected, body_type):
    issuer = make_issuer(name, "title")
    assert (issuer.issuer, issuer.body_type) == (expected, body_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 宝山区 is two districts; the page names 上海市 in a document's title
        (
            "2021年，在宝山区委、区政府的正确领导下，区城管执法局坚持依法行政，落实《中共上海市宝山区委2021年工作要点》。",
            "上海市宝山区城市管理行政执法局",
        ),
        # a bureau's system opening the second sentence, the only body the page names
        ("2025年是关键之年。长宁区城管执法系统坚持依法行政，全年办结案件886件。", "上海市长宁区城市管理行政执法局"),
    ],
)
def test_a_relative_bureau_read_against_a_district_named_in_context_and_a_system_opening_a_clause(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a district the division table lacks, left at the head of the body's name: no issuer
        ("安庆市某某区城市管理局", None),
        # bodies whose names hold 乡 or 区 as words of their own
        ("岳西县住房和城乡建设局", "安徽省安庆市岳西县住房和城乡建设局"),
        ("岳西县社区矫正管理局", "安徽省安庆市岳西县社区矫正管理局"),
        # an autonomous prefecture by its name without its peoples, a place name of three or
        # four characters among them
        ("黔西南州人民政府", "贵州省黔西南布依族苗族自治州"),
        ("西双版纳州人民政府", "云南省西双版纳傣族自治州"),
        ("莫力达瓦旗人民政府", "内蒙古自治区呼伦贝尔市莫力达瓦达斡尔族自治旗"),
        # right after its city, a county by its name without 市
        ("南通市如皋生态环境局", "江苏省南通市如皋市生态环境局"),
        # bodies of vertical systems, in the place they serve: a statistics bureau is a body
        # like any other (统计 alone names a table, not a body), a tax bureau under the state
        # administration is named after its district, a ministry's maritime bureau after its
        # city without 市
        ("柳州市统计局", "广西壮族自治区柳州市统计局"),
        ("国家税务总局广州市白云区税务局", "广东省广州市白云区税务局"),
        ("深圳海事局", "广东省深圳市海事局"),
        # a place written twice by a slip is the place
        ("扎赉特旗扎赉特旗人民政府办公室", "内蒙古自治区兴安盟扎赉特旗人民政府办公室"),
    ],
)
def test_a_name_reads_as_its_places_and_body_or_as_none(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_the_bodies_a_report_works_with_or_reports_to_are_not_its_author():
    text = (
        "区市场监管局关于2023年法治政府建设情况的报告\n2023年以来，我局依法行政。"
        "与安徽省安庆市太湖县、岳西县市场监督管理局共同发布消费提示，向岳西县市场监督管理局通报案件线索。"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "division"),
    [
        (
            "重庆市沙坪坝区人民政府小龙坎街道\n办事处2023年政府信息公开工作年度报告\n一、总体情况\n"
            "根据有关要求，现将重庆市沙坪坝区人民政府小龙坎街道办事处2023年度政府信息公开工作报告如下。",
            "重庆市沙坪坝区小龙坎街道",
        ),
        # a yearbook that sums up the year of the subdistrict it names
        (
            "本报告依照《中华人民共和国政府信息公开条例》编制，全面总结西宁市城中区人民政府礼让街街道办事处"
            "2024年政府信息公开工作情况。\n一、总体情况\n全年通过网站公开政府信息31条。",
            "青海省西宁市城中区礼让街街道",
        ),
    ],
)
def test_a_report_handed_over_or_summed_up_by_a_body_named_in_full_names_it(text, division):
    issuer = extract_text(text).issuer
    assert (issuer.division, issuer.body_type) == (division, "街道办事处")


def test_a_relative_author_after_the_leadership_it_worked_under():
    text = "在省委、省政府的坚强领导下，省生态环境厅坚持依法行政，落实在青海考察时的重要讲话精神，全年查处案件120件。"
    assert extract_text(text).issuer.issuer == "青海省生态环境厅"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a zone named after its city, the city without its 市, the zone's committee its government
        ("芜湖经济技术开发区管理委员会", ("安徽省芜湖经济技术开发区", "管委会", "development_zone", "340200")),
        # the short kind is the full one: one zone, one key
        ("芜湖经开区", ("安徽省芜湖经济技术开发区", "管委会", "development_zone", "340200")),
        # a zone's department, after the zone's committee or straight after the zone
        ("洛阳高新技术产业开发区管理委员会市场监督管理局", ("河南省洛阳高新技术产业开发区市场监督管理局", "市场监督管理局", "department", "410300")),
        ("洛阳高新区市场监督管理局", ("河南省洛阳高新技术产业开发区市场监督管理局", "市场监督管理局", "department", "410300")),
        # a zone with a name of its own after its city
        ("绵阳市科创新区管委会", ("四川省绵阳市科创新区", "管委会", "development_zone", "510700")),
        # a county's industrial park
        ("肥西县工业园区管委会", ("安徽省合肥市肥西工业园区", "管委会", "development_zone", "340123")),
        # zones of other kinds: a bonded zone, a cooperation zone, a former state farm's 管理区
        ("宁波保税区管理委员会", ("浙江省宁波保税区", "管委会", "development_zone", "330200")),
        ("深圳市深汕特别合作区应急管理局", ("广东省深圳市深汕特别合作区应急管理局", "应急管理局", "department", "440300")),
        ("柳城县伏虎华侨管理区", ("广西壮族自治区柳州市柳城县伏虎华侨管理区", "管委会", "development_zone", "450222")),
        # a zone whose name starts with its city's, which gazetteer.toml knows
        ("天津港保税区", ("天津市滨海新区天津港保税区", "管委会", "development_zone", "120116")),
        # a town whose name opens with its district's name is no zone: the district stays in the name
        ("重庆市长寿区长寿湖镇人民政府", ("重庆市长寿区长寿湖镇", "人民政府", "township", "500115104")),
    ],
)
def test_a_development_zone_the_table_lacks_is_read_within_the_place_it_is_named_after(name, expected):
    issuer = make_issuer(name, "title")
    assert (issuer.issuer, issuer.body_type, issuer.admin_level, issuer.division_code) == expected
    assert make_issuer(name, "title").issuer_key == issuer.issuer_key


def test_a_zone_and_its_short_kind_share_a_key_and_a_bureaus_office_is_no_zone():
    assert make_issuer("芜湖经开区", "title").issuer_key == make_issuer("芜湖经济技术开发区管委会", "title").issuer_key
    # a body's name before the zone word is no zone's own name
    assert make_issuer("芜湖市城市管理局开发区分局", "title").issuer is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 我区 under the zone's committees, the zone named in its own documents' titles only
        (
            "现将我区2022年度法治政府建设情况报告如下：\n区党工委、管委会高度重视法治建设，"
            "印发《绵阳科创新区2022年依法行政工作要点》，全年开展执法检查40次。",
            "四川省绵阳市科创新区",
        ),
        # a city bureau's branch named after the zone is no zone's report
        (
            "现将我区2022年度法治政府建设情况报告如下：\n区党工委、管委会高度重视法治建设，"
            "印发《绵阳市城市管理局科创新区分局执法工作要点》，全年开展执法检查40次。",
            None,
        ),
    ],
)
def test_a_zones_report_named_only_in_its_documents_titles(text, expected):
    assert extract_text(text).issuer.issuer == expected


def test_a_sites_office_put_up_what_a_subdistrict_inside_its_district_wrote():
    text = (
        "索引号 | 11/2023-00063 | 主题分类 | 其他 |\n发布机构 | 江岸区政府办 | 发文日期 | 2023-01-18 |\n"
        "- 信息来源:大智街道\n- 发布日期:2023-01-18\n本年报据2022年大智街道政务公开工作编写。全年主动公开信息56条。"
    )
    issuer = extract_text(text).issuer
    assert (issuer.issuer, issuer.body_type) == ("湖北省武汉市江岸区大智街道", "街道办事处")


def test_a_source_elsewhere_leaves_the_publisher():
    text = "索引号: 11/2023-00063\n发布机构: 江岸区政府办\n信息来源: 新华网\n2022年，全区主动公开信息56条。"
    assert extract_text(text).issuer.issuer == "湖北省武汉市江岸区人民政府办公室"


def test_a_bulleted_record_with_each_value_under_its_label():
    # the site's menu item above is no title; the index number's digits are no figure
    text = (
        "  • 部门信息公开工作年度报告\n  • 索引号\n    014348/2023-00081\n  • 发布机构\n    岳西县林业局\n"
        "  • 文号\n  • 浏览次数\n    1523次\n全年主动公开政府信息40条。"
    )
    document = extract_text(text)
    assert (document.issuer.issuer, document.title) == ("安徽省安庆市岳西县林业局", None)
    assert [f.as_written for f in document.figures] == ["40条"]
    assert read_furniture(text).publisher == "岳西县林业局"


def test_a_record_with_each_label_and_its_colon_alone_and_a_yearbook_its_office_put_together():
    # (公开主体: / 某区人民政府办公室: the value on the line below its label, no title; the office
    # that combined its departments' and towns' yearbooks made the district's own)
    text = (
        "索引号:\n主题分类:\n公开主体:\n上海市崇明区人民政府办公室\n发布日期:\n2025-02-19\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》要求，由崇明区人民政府办公室综合区政府各部门和全区各乡镇人民政府信息公开年报编制。\n"
        "一、总体情况\n2024年全区各级行政机关主动公开政府信息7585条。"
    )
    assert read_furniture(text).fields == {"publisher": "上海市崇明区人民政府办公室", "published": "2025-02-19"}
    document = extract_text(text)
    assert (document.issuer.division, document.issuer.body_type, document.title) == ("上海市崇明区", "人民政府", None)


def test_a_dashed_record_with_each_label_and_value_an_item():
    # (- 发文机构 / - 某局: the record a site sets out as a dashed list under its headline)
    text = (
        "某所对公共场所开展监督检查\n- 索引号\n- 01525699-X-/2022-0224001\n- 发文机构\n- 隆阳区卫生健康局\n"
        "- 日期\n- 2022-02-24\n为加强公共场所卫生监管，共检查公共场所112家。"
    )
    document = extract_text(text)
    assert read_furniture(text).publisher == "隆阳区卫生健康局"
    assert document.issuer.issuer == "云南省保山市隆阳区卫生健康局"
    assert [f.as_written for f in document.figures] == ["112家"]


def test_labels_set_off_by_one_space_and_a_banner_above_the_first_sentence():
    text = "名称 芜湖经济技术开发区管理委员会2023年政府信息公开工作年度报告\n发布机构 开发区 公开日期 2024-02-19\n全年主动公开信息80条。"
    document = extract_text(text)
    assert (document.title, document.issuer.issuer) == ("芜湖经济技术开发区管理委员会2023年政府信息公开工作年度报告", "安徽省芜湖经济技术开发区")
    # a site's banner line is no sentence: the first sentence under it names the author
    text = "\n辽宁省人民政府\n2024年省市场监管局依法行政，全年办理行政处罚案件9件。"
    assert extract_text(text).issuer.issuer == "辽宁省市场监督管理局"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 药监局 is a province's drug administration by its short name: one key with its full name
        ("吉林省药监局", "吉林省药品监督管理局"),
        # a city and its 市中区 with the 市 written once (乐山市中区 = 乐山 + 市中区)
        ("乐山市中区市场监管局", "四川省乐山市市中区市场监督管理局"),
    ],
)
def test_short_spellings_that_name_one_body(name, expected):
    assert extract_text(f"{name}开展专项检查\n近日，{name}开展检查，共检查经营单位56家。").issuer.issuer == expected


def test_a_bulleted_menu_item_is_no_title_over_a_bureaus_notice():
    # (• 某新城: an item of the site's menu of its partners, not the page's author)
    text = (
        "  • 学习贯彻二十大精神\n  • 沣东新城\n陕西\n当前位置:陕西频道首页 > 地市 > 宝鸡 > 正文\n\n"
        "宝鸡市住建局点名一批施工安全不达标项目\n2022-05-10 10:00:00 来源:宝鸡住建\n\n"
        "宝鸡市住建局日前发布春季工地安全检查结果，本轮共检查在建项目61个。"
    )
    assert extract_text(text).issuer.issuer == "陕西省宝鸡市住房和城乡建设局"


def test_a_citys_group_come_to_assess_a_district_is_no_author():
    # (市安委办综合督导组一行…对某区…评估: the district's page of a visit; the city's office
    # only visited, and a day span 11月3日至4日 opens the lead)
    text = (
        "首页 走进某区 新闻中心 政务服务\n\n"
        "咸阳市安委办来秦都区开展安全生产专项整治评估\n\n"
        "11月3日至4日，市安委办综合督导组一行6人由市应急管理局调研员带队，对秦都区安全生产专项整治进行评估，"
        "深入企业检查12家。"
    )
    assert extract_text(text).issuer.issuer != "陕西省咸阳市安全生产委员会办公室"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a city's system of bodies opening the lead on what it is guided by (以…为导向)
        ("\n泸州市市场监管系统以守护群众餐桌安全为导向,集中曝光一批执法案例。\n"
         "案例一:泸县市场监管局查处某公司销售过期食品案\n2025年6月,泸县市场监管局执法人员检查时发现问题。",
         "四川省泸州市市场监督管理局"),
        # a slogan before a lead that opens on the year and a province's field's enforcers
        ("原标题:宽严相济 湖南今年免罚轻微环境违法行为300件\n\n执法有力度,也有温度。"
         "今年以来,湖南生态环境执法部门进一步规范执法。截至目前,全省作出不予处罚决定300件。\n"
         "其中,株洲市生态环境局对一家企业依法不予处罚。",
         "湖南省生态环境厅"),
    ],
)
def test_leads_that_open_on_a_system_guided_by_an_aim_or_after_a_slogan(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_fields_bare_name_as_source_on_a_county_governments_site():
    # (文章来源: 水利局 under the site's greeting naming the county's government)
    text = (
        "欢迎访问新疆维吾尔自治区霍城县人民政府网站!\n\n登录| 注册\n今天是:\n\n【以案释法】无证取水被罚\n\n"
        "2025-04-10      文章来源: 水利局     访问量:\n\n基本案情:今年3月,县水利局执法人员巡查时发现一处未经许可的取水口,"
        "经调查核实,依法处以罚款0.8万元。"
    )
    assert extract_text(text).issuer.issuer == "新疆维吾尔自治区伊犁哈萨克自治州霍城县水利局"


def test_a_district_that_told_the_reporter_and_its_bureau_the_lead_names_at_work():
    text = "记者从天津河北区获悉,截至目前,河北区市场监管局围绕保健品乱象开展排查,已立案15件。"
    assert extract_text(text).issuer.issuer == "天津市河北区市场监督管理局"


def test_a_bureaus_own_session_of_a_governments_press_conference_series():
    text = (
        "9月3日,市政府新闻办举行“攻坚2025”长春市系列新闻发布会市城市管理局专场。"
        "会上获悉,今年以来,市城市管理局推行网格巡查,发现并处置问题2.1万件。"
    )
    assert extract_text(text).issuer.issuer == "吉林省长春市城市管理局"


def test_an_exclaimed_headline_is_no_lead_over_a_bureau_named_after_the_purpose():
    # (多措并举!…: a headline, not the first sentence; the district's media as 来源)
    text = (
        "您现在的位置:首页 > 时政 > 正文\n\n安全先行!静安区节前开展多轮检查\n\n"
        "来源:上海静安     作者:静安区应急局     2023-01-18 10:00\n\n"
        "为压实安全生产责任,强化隐患排查,区应急局牵头多部门开展节前检查,共检查企业86家。"
    )
    assert extract_text(text).issuer.issuer == "上海市静安区应急管理局"


def test_a_lead_that_opens_on_whose_plan_it_follows():
    # (根据…部署，某局联合…: the body after the plan it follows, several partners named after it)
    text = (
        "媒体:某某时报 作者:某某\n专业号:某某\n2024/6/3 9:00:00\n"
        "根据国家和省有关部门统一部署,甘肃省林草局联合省公安厅、省市场监管局等部门,"
        "开展为期一个月的打击野生动物非法交易专项行动,已告一段落。\n行动中,全省共出动执法人员2100人次。"
    )
    assert extract_text(text).issuer.issuer == "甘肃省林业和草原局"


def test_a_bureau_that_publishes_cases_is_not_the_district_bureau_of_its_first_case():
    # (the headline opens on the city's bureau that publishes a batch of cases; the first
    # case's district bureau, at work clause after clause, is one of those it publishes)
    text = (
        "产品\n\n您的位置:首页 > 资讯 > 地方 > 天津市市场监管局发布第三批消费领域执法典型案例\n\n"
        "天津市市场监管局发布第三批消费领域执法典型案例\n\n来源:某某食品网   |  2024-05-20\n"
        "  今年以来,天津市市场监管部门持续加大消费领域执法力度。今年以来,累计办结案件3120件,"
        "其中移送司法机关41件。下面发布第三批典型案例:\n  一、天津某某食品有限公司销售超过保质期食品案\n"
        "  2024年3月,天津市河西区市场监管局接到举报后对当事人进行检查,查实其销售过期食品。"
        "河西区市场监管局依法作出处罚。"
    )
    assert extract_text(text).issuer.issuer == "天津市市场监督管理局"


def test_a_province_bureau_as_source_over_a_city_bureaus_holiday_lead():
    # (a site's greeting and its breadcrumb (当前所在:) are no sentences; the lead opens on a
    # holiday and its purpose, then the city bureau; the province's bureau only put it up)
    text = (
        "某某中心\n欢迎访问某某资讯网!\n当前所在:首页 > 地方动态 > 假期不打烊 监管不停步——海东市开展“端午”假期食品安全检查\n"
        "假期不打烊 监管不停步——海东市开展“端午”假期食品安全检查\n"
        "发布时间:2024-06-12 10:00:00作者:佚名 来源: 青海省市场监督管理局\n"
        "  “端午”假期,为守护群众节日餐桌,确保市场平稳,海东市市场监管局联合各县区开展检查,共检查经营主体320家。"
    )
    assert extract_text(text).issuer.issuer == "青海省海东市市场监督管理局"


def test_a_bureau_that_put_out_word_on_the_day_its_dateline_gives():
    text = (
        "天津集中整治欠薪违法单位 形成清欠新格局\n天津1月5日电 (记者 某某)天津市人力资源和社会保障局"
        "5日发布消息称,去年11月以来,天津按部署开展根治欠薪冬季行动,全市检查用人单位1200户。"
    )
    assert extract_text(text).issuer.issuer == "天津市人力资源和社会保障局"


def test_a_menu_of_the_citys_counties_is_no_title_over_the_bureaus_page():
    # (a site's menu line of the places under it; the page's source field names the bureau)
    text = (
        "县区、开发区\n梨树县 伊通县 双辽市 经济开发区\n您当前的位置:首页>工作动态\n市水利局推进入冬前河道整治\n"
        "发布时间:2024-11-20 09:10 信息来源: 四平市水利局\n  入冬前,市水利局督促各县区清理河道垃圾,共出动800余人次。"
    )
    assert extract_text(text).issuer.issuer == "吉林省四平市水利局"


def test_a_sites_links_to_the_governments_above_it_name_no_author():
    # (国务院 / 省政府 / 市政府 atop a bureau's site: links, not a title naming the city)
    text = (
        "国务院\n省政府\n市政府\n移动版\n首页\n政务公开\n当前位置:\n首页\n工作动态\n"
        "厦门市海洋发展局开展休渔期海上执法行动\n时间:2024-06-12 10:00\n"
        "为维护休渔秩序,厦门市海洋发展局联合海警开展海上巡查,共出动执法船艇12艘次。"
    )
    assert extract_text(text).issuer.issuer != "福建省厦门市"


def test_the_state_administration_said_short_is_no_body_and_no_provinces_bureau():
    # 国家总局 alone names no body; a province's system is its own bureau, which the page
    # names short (省市场监管局), not the state administration its lead names first
    text = (
        "河北市场监管系统严查民生领域违法案件\n"
        "记者从新闻通气会上获悉,今年以来,河北省市场监管系统持续开展专项执法,共立案查处案件9000件。"
        "这项行动由市场监管总局部署,省市场监管局结合本省情况确定重点,国家总局发布的典型案例中有河北5起。"
    )
    assert extract_text(text).issuer.issuer == "河北省市场监督管理局"


def test_a_spaced_record_that_opens_on_an_index_number_and_a_plain_yearly_summary():
    # (索引号 and its digits, then 发布机构 on the same line; 公开目录 and 发布日期 on the next)
    text = (
        "索引号 113714000042/yjj/2023-0000107 发布机构 德州市应急管理局\n公开目录 计划总结 发布日期 2023/12/01\n"
        "标题 德州市2023年工作总结和2024年工作打算\n德州市2023年工作总结和2024年工作打算\n"
        "一、主要工作\n全年检查企业1200家次。"
    )
    furniture = read_furniture(text)
    assert (furniture.publisher, furniture.title) == ("德州市应急管理局", "德州市2023年工作总结和2024年工作打算")
    # a year's summary titled by the city alone and put up by its bureau is the bureau's
    assert extract_text(text).issuer.issuer == "山东省德州市应急管理局"
    # but a government's yearbook put up by its office stays the government's
    text = text.replace("德州市应急管理局\n", "德州市人民政府办公室\n")
    assert extract_text(text).issuer.issuer == "山东省德州市"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a league by its first character and 盟; an autonomous county without its peoples
        ("锡盟商务局", "内蒙古自治区锡林郭勒盟商务局"),
        ("镇宁自治县人民政府", "贵州省安顺市镇宁布依族苗族自治县"),
        # an ethnic township without its peoples, under its county's short name
        ("河口县桥头乡人民政府", "云南省红河哈尼族彝族自治州河口瑶族自治县桥头苗族壮族乡"),
        # a town's 镇 written twice before its government
        ("静安区彭浦镇镇人民政府", "上海市静安区彭浦镇"),
        # a province's zone, after the province's short name, and its building committee
        ("贵州贵安新区市场监督管理局", "贵州省贵安新区市场监督管理局"),
        ("陕西省西咸新区开发建设管理委员会", "陕西省西咸新区"),
        # a national new area across cities, named alone, is its province's (gazetteer.toml)
        ("西咸新区开发建设管理委员会城市管理局", "陕西省西咸新区城市管理局"),
        ("西咸新区沣东新城管理委员会", "陕西省西咸新区沣东新城"),
        ("雄安新区", "河北省雄安新区"),
        # a zone of gazetteer.toml's: its committee before a bureau is the zone itself
        ("天津经济技术开发区管委会城市管理局", "天津经济技术开发区城市管理局"),
        # a province with no zone's own name after it reads as no zone
        ("陕西省开发区", None),
    ],
)
def test_short_names_of_leagues_and_autonomous_counties_a_doubled_level_and_a_provinces_zone(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_a_yearbooks_first_dated_line_below_its_preamble_names_the_author():
    text = (
        "依据《中华人民共和国政府信息公开条例》规定，编制本报告。\n一、总体情况\n"
        "2021年东花市街道深入推进政务公开，政府网站主动公开政府信息189条。"
    )
    assert extract_text(text).issuer.issuer == "北京市东城区东花市街道"


def test_a_lead_naming_a_place_the_table_lacks_is_not_its_city_at_work():
    # a district the pinned table lacks (a made-up one here): the city alone would be a guess
    text = "重庆市鹤鸣区城市管理局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,重庆市鹤鸣区城市管理局全面推进政务公开。"
    issuer = extract_text(text).issuer
    assert (issuer.issuer, issuer.unresolved) == (None, "重庆市鹤鸣区城市管理局")


def test_chongqings_former_districts_read_in_reports_of_their_years():
    # 江北区 and 渝北区 gave way to 两江新区 in the table of 2025-12-31; earlier reports name them
    issuer = extract_text("重庆市渝北区城市管理局2022年政府信息公开工作年度报告\n全年主动公开信息60条。").issuer
    assert (issuer.issuer, issuer.issuer_key) == ("重庆市渝北区城市管理局", "chongqing/yubei/chengshiguanliju")
    # 江北区 alone is still also Ningbo's: it names neither
    assert make_issuer("江北区人民政府", "title").issuer is None


def test_a_subdistrict_speaking_of_itself_as_our_street_names_itself_in_its_documents():
    text = "一、总体情况\n2023年，我街依法推进政务公开，制定了《大智街道政府信息公开工作方案》，主动公开信息40条。"
    assert extract_text(text).issuer.issuer == "湖北省武汉市江岸区大智街道"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a town's or subdistrict's own offices speak for its government
        ("柞水县凤凰镇人民政府党政办公室", "陕西省商洛市柞水县凤凰镇"),
        ("江岸区大智街道政务公开办公室", "湖北省武汉市江岸区大智街道"),
        ("钟楼区南大街街道综合办公室", "江苏省常州市钟楼区南大街街道"),  # a yearbook's contact
        # a new town of a province's zone, inside it
        ("陕西省西咸新区沣东新城党政办公室", "陕西省西咸新区沣东新城"),
    ],
)
def test_a_divisions_own_offices_and_a_zones_new_town(name, expected):
    assert make_issuer(name, "text").issuer == expected


def test_a_yearbook_published_as_this_levels_names_its_contact_office():
    text = (
        "一、总体情况\n根据条例规定，向社会公布2021年本级政府信息公开工作年度报告。"
        "如需咨询，请与柞水县凤凰镇人民政府党政办公室联系。"
    )
    assert extract_text(text).issuer.issuer == "陕西省商洛市柞水县凤凰镇"


def test_a_districts_banner_over_a_towns_report():
    text = "咸安区人民政府\n热门搜索:\n2022年，官埠桥镇在区委、区政府的领导下推进依法行政，开展法治培训3次。"
    assert extract_text(text).issuer.issuer == "湖北省咸宁市咸安区官埠桥镇"
    # a titled report of a body whose first sentence names a district of its city keeps its body
    text = "武汉市司法局关于2023年度法治政府建设情况的报告\n2023年，江岸区获评全省法治政府建设示范区。"
    assert extract_text(text).issuer.issuer == "湖北省武汉市司法局"


@pytest.mark.parametrize(
    ("names", "keys"),
    [
        (("陕西省人民政府", "山西省人民政府"), ("shaanxi", "shanxi")),
        (("临夏市人民政府", "临夏县人民政府"), ("gansu/linxiahuizuzizhi/linxia", "gansu/linxiahuizuzizhi/linxiaxian")),
        (("和田市司法局", "和田县司法局"), ("xinjiangweiwuer/hetiandi/hetian/sifaju", "xinjiangweiwuer/hetiandi/hetianxian/sifaju")),
    ],
)
def test_siblings_whose_names_read_alike_have_keys_of_their_own(names, keys):
    assert tuple(make_issuer(name, "title").issuer_key for name in names) == keys


def test_no_two_divisions_of_one_parent_share_a_key():
    from collections import Counter

    from extractors.gazetteer import standard

    places = standard()
    keys = Counter((d.parent, places.key([d])) for d in places.divisions.values())
    assert [key for key, n in keys.items() if n > 1] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a national zone with its 国家, a zone with a name of its own inside a district
        ("宁波国家高新区管委会", "浙江省宁波高新技术产业开发区"),
        ("昆明市五华区五华科技产业园管委会", "云南省昆明市五华科技产业园"),
        # a name several places bear is not cut to make another place's (河东区 is no 东区)
        ("河东区综合行政执法局", None),
    ],
)
def test_national_and_industrial_zones_and_a_name_not_cut(name, expected):
    assert make_issuer(name, "title").issuer == expected


def test_a_divisions_disclosure_yearbook_title_names_its_government():
    document = extract_text("2022年上海市政府信息公开工作年度报告\n全年上海市人民政府网站共发布各类信息46106条。")
    assert (document.issuer.issuer, document.issuer.body_type) == ("上海市", "人民政府")
    # a bureau's: the name ends before 政府信息公开
    document = extract_text("芜湖市司法局政府信息公开工作年度报告\n2023年主动公开信息80条。")
    assert document.issuer.issuer == "安徽省芜湖市司法局"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city bureau's branch in a district, opening a yearbook's first dated line
        (
            "依据条例编制本报告。\n一、总体情况\n2024年，保定市自然资源和规划局徐水区分局以提升透明度为目标，主动公开信息105条。",
            "河北省保定市徐水区自然资源和规划分局",
        ),
        # a body named 今年上半年 at the head of a news item
        ("今年上半年，儋州市城市管理局开展城市综合整治，完成行政处罚案件1956宗。", "海南省儋州市城市管理局"),
        # a zone run as one with its district, the district named in brackets
        ("2022年高新区(新市区)市场监督管理局政府信息公开工作年度报告\n乌鲁木齐高新区(新市区)主动公开信息90条。", "新疆维吾尔自治区乌鲁木齐市新市区市场监督管理局"),
        # bodies of a city and its counties together are not the city's government
        ("2020年，衡阳市、县两级卫生健康监督机构共办理案件772起。", None),
        # a county's media centre reports on others' work; it enforces nothing
        ("耒阳市融媒体中心\n2020年，衡阳市、县两级卫生健康监督机构共办理案件772起。", None),
    ],
)
def test_branches_news_leads_zones_with_districts_and_no_guesses(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's own office named as the yearbook's contact
        ("特向社会公布2021年度本镇政府信息公开年度报告。如有疑问，请与衢江区湖南镇政府综合督考办公室联系。", "浙江省衢州市衢江区湖南镇"),
        # the body whose rules a report follows is not its author
        ("本年度报告是根据《政府信息公开条例》和潜江市政务服务和大数据管理局《关于做好年报编制工作的通知》要求编制。2024年，我局主动公开信息319条。", None),
        # a news item's credit in brackets at its very end
        ("活动开展期间，共排查企业684家，排查一般隐患231项。(获嘉县应急管理局)", "河南省新乡市获嘉县应急管理局"),
        # the credit says where the words and pictures came from
        ("节日期间，共检查企业52家，整改隐患37处，全力确保安全稳定。(文图源自彭山区应急管理局)", "四川省眉山市彭山区应急管理局"),
        # 全县上下 opening the report, the county named in its own documents' titles
        ("2022年，全县上下坚持依法行政，制定印发《2022年舟曲县法治政府建设工作要点》。", "甘肃省甘南藏族自治州舟曲县"),
        # a sentence of the first paragraph opening on the time
        ("一处处卫生死角变成绿地……今年上半年，儋州市城市管理局全面开展城市综合整治行动。", "海南省儋州市城市管理局"),
    ],
)
def test_contact_offices_rules_followed_closing_credits_and_whole_county_leads(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone after a county-level city's name without its 市
        ("太仓高新区2022年政府信息公开工作年度报告\n全年主动公开信息34条。", "江苏省苏州市太仓高新技术产业开发区"),
        # a zone named after a name two counties bear: the one whose city the page names
        ("五华科技产业园管理委员会2022年度政府信息公开工作年度报告\n报告通过昆明市五华区政府门户网站公布。", "云南省昆明市五华科技产业园"),
        ("五华科技产业园管理委员会2022年度政府信息公开工作年度报告\n全年主动公开信息90条。", None),
        # a bureau's system by the full name the page gives its bureau
        ("一是南充市自然资源和规划局制定整改方案。\n2023年，南充市自然资源系统开展执法巡查1.1万人次。", "四川省南充市自然资源和规划局"),
    ],
)
def test_zones_after_county_names_and_a_systems_bureau_by_its_full_name(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system opening a clause is its bureau; one named inside a phrase is the report's peers
        ("2025年度法治政府建设工作情况\n2025年是关键之年。静安区城管执法系统坚持依法行政，全年查处案件52件。", "上海市静安区城市管理行政执法局"),
        ("今年以来，我局持续优化执法方式。在第二届山西省市场监管系统执法竞赛中获奖，全年查处案件52件。", None),
        # 经开区 alone is any city's zone: not Tianjin's, which the gazetteer also calls so
        ("现公布经开区2023年政府信息公开工作年度报告。\n全年主动公开信息34条。", None),
        # …unless the page names one city and no county: that city's zone of the kind
        ("2023年，高新区坚持依法行政，平安珠海、法治珠海建设考评均获优秀。全年查处案件52件。", "广东省珠海高新技术产业开发区"),
        ("2023年，高新区坚持依法行政，在苏州市太仓市率先试点。全年查处案件52件。", None),
        ("2023年，高新区坚持依法行政，与珠海、江门两市签订协议。全年查处案件52件。", None),
        # a new area within one city that bears its province's name
        ("湖南湘江新区管理委员会应急管理局2022年度法治政府建设工作总结\n2022年，我局扎实推进依法行政。", "湖南省长沙市湖南湘江新区应急管理局"),
        # a department named alone after the leadership that says its level, on a page naming one such place
        ("2024年，在县委、县政府的正确领导下，农业农村局认真贯彻《遂昌县法治政府建设实施方案》，依法履职。", "浙江省丽水市遂昌县农业农村局"),
        ("2024年，在市委、市政府的正确领导下，农业农村局认真贯彻《海安市实施方案》，在南通市平台办件。", None),
        # a town's yearbook that copied its county's opening: the town whose disclosures it counts
        ("2024年，平乡县人民政府办公室认真落实上级部署。\n1.公开数量。2024年，寻召乡主动公开政务信息数545条。", "河北省邢台市平乡县寻召乡"),
        # the county's own: its government's office, which opens the first sentence, wrote it
        ("2024年，平乡县人民政府办公室认真落实上级部署。\n1.公开数量。2024年，全县主动公开政务信息数545条。", "河北省邢台市平乡县人民政府办公室"),
        # 宜居乡村 is the countryside, not 宜居乡 (once the name of a town far away)
        ("一、总体情况\n我镇共设立公开栏50余个，公开宜居乡村、扶贫项目等方面的信息60余条。", None),
        # a zone's party working committee and its committee, together, are the zone
        ("2023年，十堰经济技术开发区党工委、管委会在市委、市政府坚强领导下，依法行政。", "湖北省十堰经济技术开发区"),
        # a new town of 西咸新区 named alone
        ("泾河新城2022年度法治政府建设工作报告\n2022年，泾河新城深入推进依法行政。", "陕西省西咸新区泾河新城"),
        # a government's office by its short name is its 人民政府办公室
        ("朔州市政府办公室2022年政府信息公开工作年度报告\n一、总体情况", "山西省朔州市人民政府办公室"),
        # a site's breadcrumb is no title; the report's title below it is
        ("定州市人民政府\n您当前位置:首页 >> 政务公开 >> 政府信息公开年报 >> 东留春乡\n定州市东留春乡2020年政府信息公开工作年度报告\n根据《条例》编制本报告。", "河北省保定市定州市东留春乡"),
        # a county of a two-character name, by its government's name in a document it issued
        ("2022年，我县深入推进依法行政。印发《房县人民政府2022年度领导干部学法计划》，全年学法15次。", "湖北省十堰市房县"),
        # 文旅体局 is the 文化旅游体育局, so one bureau has one key
        ("荷塘区文旅体局2024年度法治政府建设情况报告\n根据中共株洲市荷塘区委文件要求，现将情况报告如下。", "湖南省株洲市荷塘区文化旅游体育局"),
        # a title's zone named without its city, which the first sentence names with it
        ("标题: 辽滨沿海经济技术开发区管理委员会 2021年度政府信息公开工作报告\n发文机关: 盘锦市政府\n2021年，盘锦辽滨沿海经济技术开发区管理委员会认真落实《条例》。", "辽宁省盘锦市辽滨沿海经济技术开发区"),
        # a yearbook compiled by a template's "unit office" of a town: the town's
        ("本年度报告中所列数据根据政府信息公开平台数据，由丰城市石江乡单位办公室编制。\n一、总体情况", "江西省宜春市丰城市石江乡"),
        # a yearbook that publishes itself by its author's name (现公开…)
        ("根据《条例》，现公开西咸新区沣东新城管理委员会2022年政府信息公开年度报告。\n一、总体情况", "陕西省西咸新区沣东新城"),
    ],
)
def test_systems_named_as_peers_and_a_zone_named_by_its_kind_alone(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report that opens on its author, named relative to the one county the page names
        (
            "县委、县政府：\n县卫生健康局在县委、县政府的坚强领导下，依法履行监管职责。按照《平武县法治政府建设要点》，"
            "现将有关情况报告如下：\n全年监督检查单位320户次。",
            ("四川省绵阳市平武县卫生健康局", "sichuan/mianyang/pingwu/weishengjiankangju", "四川省绵阳市平武县", "卫生健康局", "first_sentence"),
        ),
        # 开发区 alone, on a page that names one such zone in full (and by an account's short name)
        (
            "2023年，开发区围绕政务公开要点推进信息公开。修订《芜湖经济技术开发区政府信息公开指南》，"
            "借助公众号“芜湖开发区”发布信息210条。",
            ("安徽省芜湖经济技术开发区", "anhui/wuhu/wuhujingjijishukaifa", "安徽省芜湖经济技术开发区", "管委会", "text"),
        ),
        # two such zones named: whose 开发区 it is stays open
        (
            "2023年，开发区围绕政务公开要点推进信息公开。修订《芜湖经济技术开发区政府信息公开指南》和"
            "《马鞍山经济技术开发区政务公开制度》，发布信息210条。",
            (None, None, None, None, None),
        ),
        # a zone whose own name is no city's, from the gazetteer's places
        (
            "2023年以来，徐圩新区推进依法行政，全年办理行政处罚案件31件。",
            ("江苏省连云港市徐圩新区", "jiangsu/lianyungang/xuweixin", "江苏省连云港市徐圩新区", "管委会", "first_sentence"),
        ),
    ],
)
def test_an_author_named_by_its_kind_or_relative_to_its_division_is_read_from_what_the_page_names(text, expected):
    assert _fields(extract_text(text).issuer) == expected


@pytest.mark.parametrize(
    ("text", "expected", "year"),
    [
        # a county-level city without its 市, which names no other place, opening a year-led
        # first sentence (a space before 年 as some pages print it)
        (
            "2023 年，宁国坚持以法治思想为指导推进依法行政，全年办理行政处罚案件320件。",
            ("安徽省宣城市宁国市", "anhui/xuancheng/ningguo", "安徽省宣城市宁国市", "人民政府", "first_sentence"),
            2023,
        ),
        # a word that names no county alone (新城 is a district's, a town's …) stays unread
        ("2023年，新城坚持以法治思想为指导推进依法行政。", (None, None, None, None, None), 2023),
        # a yearbook's department named relative to its county in the first dated paragraph
        # under the headings; a province's bureau named among outlets is no author
        (
            "依据条例编制本报告。\n一、总体情况\n2022年，县林业局严格按照县委县政府要求推进公开，"
            "依托平武县门户网站公开信息88条，向人民网、四川省林业和草原局等多家网站投稿。",
            ("四川省绵阳市平武县林业局", "sichuan/mianyang/pingwu/linyeju", "四川省绵阳市平武县", "林业局", "first_sentence"),
            2022,
        ),
    ],
)
def test_a_first_sentence_names_its_author_short_or_after_the_headings(text, expected, year):
    document = extract_text(text)
    assert (_fields(document.issuer), document.report_year) == (expected, year)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province by its short name and its system of bodies: the province's 厅 of the field
        (
            "2021年，河北司法行政系统以队伍建设为主线，各项工作取得新进展。",
            ("河北省司法厅", "hebei/sifating", "河北省", "司法厅", "first_sentence"),
        ),
        (
            "2022年，广西应急管理系统坚持安全发展，全年查处违法行为310起。",
            ("广西壮族自治区应急管理厅", "guangxizhuangzu/yingjiguanliting", "广西壮族自治区", "应急管理厅", "first_sentence"),
        ),
        # a field whose provincial body is a 局 keeps it
        (
            "2022年，湖北省市场监管系统坚持依法行政，全年查处案件900件。",
            ("湖北省市场监督管理局", "hubei/shichangjianduguanliju", "湖北省", "市场监督管理局", "first_sentence"),
        ),
        # …also where it opens a later clause, past a first sentence with no body (the one body at work)
        (
            "近日，记者从电视电话会议上了解到，浙江省全面启动春季行动。\n去年，浙江省农业农村系统持续开展农资打假，查办案件1200件。",
            ("浙江省农业农村厅", "zhejiang/nongyenongcunting", "浙江省", "农业农村厅", "text"),
        ),
        # a province's short name before what is no body names no author
        ("2022年，福建生态环境执法取得新成效。", (None, None, None, None, None)),
    ],
)
def test_a_provinces_system_of_bodies_is_its_bureau_there(text, expected):
    assert _fields(extract_text(text).issuer) == expected


def test_a_governments_office_opening_the_first_sentence_is_the_office_not_the_government():
    text = "依据条例编制本报告。\n一、总体情况\n2025年，辽宁省人民政府办公厅坚持依法公开，全年发布信息2.96万条。"
    assert _fields(extract_text(text).issuer) == (
        "辽宁省人民政府办公厅", "liaoning/renminzhengfubangongting", "辽宁省", "人民政府办公厅", "first_sentence",
    )


def test_a_charts_caption_is_no_title_and_hides_no_lead():
    text = (
        "一、总体情况\n2020年，在区委、区政府的领导下，越秀区北京街道办事处认真落实条例要求，及时公开政府信息。\n"
        "图1 政府信息主动公开情况表\n全年主动公开政府信息86条。"
    )
    document = extract_text(text)
    assert (document.title, document.report_year) == (None, 2020)
    assert document.issuer.issuer == "广东省广州市越秀区北京街道"


def test_a_station_that_says_we_is_no_government_of_the_district_it_speaks_of():
    """我站 is a department's word, as 我局 is: the district the report also calls 我区 is
    not its author, and no station of the district is named."""
    text = "根据上级安排，我区坚持综合治理。截至12月，我站共出动巡查车辆600辆次。依托萍乡市安源区门户网站公开信息。"
    assert _fields(extract_text(text).issuer) == (None, None, None, None, None)


def test_a_subdistrict_under_a_zones_committee_is_read_past_the_leadership_that_names_the_zone():
    """在经开区工委（管委会）的领导下 after the subdistrict's name is the leadership it worked
    under, not a place the division table lacks standing in a body's name."""
    text = "2023年，湘口街道在经开区工委（管委会）的坚强领导下，深入推进法治政府建设，举办法律讲座6期。"
    assert _fields(extract_text(text).issuer) == (
        "湖北省武汉市汉南区湘口街道", "hubei/wuhan/hannan/xiangkou", "湖北省武汉市汉南区湘口街道", "街道办事处", "first_sentence",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's dated title below a site's banner and links: the report's, not the banner's
        (
            "站群导航\n\n海南州人民政府\n\n政府工作部门\n\n各县政府\n\n|\n加入收藏\n|\n设为首页\n\n兴海县人民政府\n\n"
            "中铁乡人民政府2021年政府信息公开工作年度报告\n\n一、总体情况\n全年主动公开信息36条。",
            ("青海省海南藏族自治州兴海县中铁乡", "qinghai/hainanzangzuzizhi/xinghai/zhongtie", "青海省海南藏族自治州兴海县中铁乡", "人民政府", "title"),
        ),
        # a city bureau's news that says 我市 and names a county-level city only by its own
        # bureau (a peer speaking at the meeting): no government of that city
        (
            "3月2日，市市场监管局召开全市执法稽查工作会议，表扬先进集体，孟州市市场监管局、解放区市场监管局分别作交流发言。"
            "全年共查处违法案件1677件，为我市经济平稳发展作出贡献。",
            (None, None, None, None, None),
        ),
        # a department that says 我市 and opens a clause as the one body at work is the author
        (
            "工作总结\n面对疫情冲击，苏州市文化市场综合执法支队在市委、市政府的坚强领导下，坚持柔性执法，"
            "全年出动执法人员5200人次。我市文化市场总体平稳。",
            ("江苏省苏州市文化市场综合执法支队", "jiangsu/suzhou/wenhuashichangzonghezhifazhidui", "江苏省苏州市", "文化市场综合执法支队", "text"),
        ),
    ],
)
def test_a_report_is_not_given_to_a_banner_a_peers_city_or_the_city_its_department_speaks_of(text, expected):
    assert _fields(extract_text(text).issuer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site record's fields with bullets above the title are no title
        (
            "• 信息类别: 政府信息公开年报\n  • 公开方式: 主动公开\n  • 生成日期:2022-01-21\n\n"
            "柴桑区农业农村局2021年政府信息公开年度报告\n\n根据条例编制本报告。",
            ("江西省九江市柴桑区农业农村局", "jiangxi/jiujiang/chaisang/nongyenongcunju", "江西省九江市柴桑区", "农业农村局", "title"),
        ),
        # a region's party committee and government, the level said once, on a page naming the region
        (
            "2020年，自治区党委和政府坚持依法行政，推动宁夏法治政府建设取得新成效。",
            ("宁夏回族自治区", "ningxiahuizu", "宁夏回族自治区", "人民政府", "first_sentence"),
        ),
        # a 苏木 that says 我苏木 and names itself once
        (
            "依据条例编制本报告。\n一、总体情况\n我苏木成立哈日诺尔苏木政府信息公开领导小组，专人负责信息公开工作。",
            ("内蒙古自治区兴安盟科尔沁右翼中旗哈日诺尔苏木", "neimenggu/xingan/keerqinyouyizhong/harinuoersumu", "内蒙古自治区兴安盟科尔沁右翼中旗哈日诺尔苏木", "人民政府", "text"),
        ),
    ],
)
def test_fields_a_region_said_once_and_a_sumu_that_says_we(text, expected):
    assert _fields(extract_text(text).issuer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disease-control centre opening the first sentence is the centre, not its city
        (
            "2025年，盐城市疾病预防控制中心（盐城市卫生监督所）在省卫生监督协会的指导下，全年立案查处92件。",
            ("江苏省盐城市疾病预防控制中心", "jiangsu/yancheng/jibingyufangkongzhizhongxin", "江苏省盐城市", "疾病预防控制中心", "first_sentence"),
        ),
        # an institution of a kind no body type reads: neither its city nor a fragment
        # (农业科学研究院在市委…) is the issuer
        ("2023年，盐城市农业科学研究院在市委领导下推进工作，全年检查企业20家。", (None, None, None, None, None)),
    ],
)
def test_an_institution_opening_the_first_sentence_is_itself_or_no_issuer(text, expected):
    assert _fields(extract_text(text).issuer) == expected


def test_an_ethnic_township_is_one_body_with_or_without_its_peoples():
    short = extract_text("河口县桥头乡2021年政府信息公开工作年度报告\n主动公开政府信息40条。").issuer
    full = extract_text("河口瑶族自治县桥头苗族壮族乡2022年政府信息公开工作年度报告\n主动公开政府信息52条。").issuer
    assert (short.issuer_key, short.division_code) == (full.issuer_key, "532532201")


@pytest.mark.parametrize(
    ("text", "division"),
    [
        # a zone named after a town whose county the page names, not a district of that name
        # elsewhere (重庆市大渡口区); a town's 经开区 is an 经济开发区
        ("2022年，大渡口经开区主动发布信息214条。联系地址：东至县大渡口镇某路1号。", "安徽省池州市东至县大渡口经济开发区"),
        # without the county, the town is not read, and a city's name goes first
        ("2022年，西宁经开区主动发布信息88条。", "青海省西宁经济技术开发区"),
    ],
)
def test_a_zone_named_after_a_town_lies_in_the_county_the_page_names(text, division):
    assert extract_text(text).issuer.division == division


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a yearbook compiled for its county by one of its bureaus, which answers questions on it
        (
            "根据《中华人民共和国政府信息公开条例》，现将汇总编制岳西县年度报告向社会公布。"
            "若对本报告有疑问，请与岳西县数据资源管理局联系。\n一、总体情况\n2022年，全县主动公开政府信息3120条。",
            "安徽省安庆市岳西县",
        ),
        # the bureau to ask about a yearbook whose year its county's government reports
        (
            "本报告通过岳西县人民政府网站公布，如对本报告有任何疑问，请与岳西县数据资源管理局联系。\n"
            "一、总体情况\n2024年岳西县坚持以人民为中心，全年主动公开政府信息2100条。",
            "安徽省安庆市岳西县",
        ),
        # a subdistrict office's disclosure office is the office itself
        (
            "本年报根据《中华人民共和国政府信息公开条例》编制。如对本报告有任何疑问，请与福州市晋安区茶园街道办事处政府信息公开办公室联系。\n"
            "2022年，街道主动公开信息12条。",
            "福建省福州市晋安区茶园街道",
        ),
        # a subdistrict's working group for disclosure is the subdistrict's own office
        (
            "本年报根据《中华人民共和国政府信息公开条例》编制。如对本报告有任何疑问，请与仓山区东升街道信息公开领导小组办公室联系。\n"
            "2023年，街道本级主动公开信息8条。",
            "福建省福州市仓山区东升街道",
        ),
    ],
)
def test_a_yearbooks_contact_office_speaks_for_the_division_it_reports_on(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("岳西县交通执法大队", "岳西县交通运输综合行政执法大队"),
        ("岳西县林草局", "岳西县林业和草原局"),
        ("岳西县经济信息委", "岳西县经济和信息化委员会"),
        ("岳西县文体旅局", "岳西县文化体育和旅游局"),
    ],
)
def test_a_body_by_its_short_name_is_the_body_by_its_full_name(short, full):
    one, other = make_issuer(short, "title"), make_issuer(full, "title")
    assert (one.issuer, one.issuer_key) == (other.issuer, other.issuer_key) == (f"安徽省安庆市{full}", one.issuer_key)


def test_a_zone_by_a_name_of_its_own_lies_in_the_one_city_the_page_names():
    text = "辽东湾新区管委会2020年度政府信息公开工作报告\n盘锦市政务公开办：\n2020年，新区累计主动公开政府信息1561条。"
    assert extract_text(text).issuer.division == "辽宁省盘锦市辽东湾新区"
    # two cities named, and the zone stays unread
    assert extract_text(text.replace("盘锦市政务公开办", "盘锦市、营口市政务公开办")).issuer.issuer is None
    # an industrial park by a name of its own, published by its committee's full name
    park = "现发布《苏银产业园管理委员会2024年政府信息公开工作年度报告》。\n2024年，园区落实自治区和银川市要求，主动公开信息90条。"
    assert extract_text(park).issuer.division == "宁夏回族自治区银川市苏银产业园"


def test_a_body_after_its_provinces_short_name_is_the_subject_its_superiors_do_not_hide():
    # 各级烟草专卖局 is every bureau of the city, no second body
    text = (
        "按照国家局和省局安排部署，云南玉溪市烟草专卖局迅速落实工作要求，开展专项行动。"
        "玉溪市各级烟草专卖局加强市场检查，查获涉烟违法案件168起。"
    )
    assert extract_text(text).issuer.issuer == "云南省玉溪市烟草专卖局"


def test_a_source_label_right_after_the_date_and_the_author_glued_on():
    furniture = read_furniture("发布时间:2021-03-30来源: 内蒙古自治区生态环境厅作者:佚名\n一、执法情况")
    assert (furniture.source, furniture.fields["published"]) == ("内蒙古自治区生态环境厅", "2021-03-30")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # the page's date and its readers' count run on after the name, with no label between
        ("来源:市水利局 2022-05-16 09:12 阅读人数:35", "市水利局"),
        # a counter labelled 访问次数 with no value yet, then the date's own label
        ("信息来源: 县农业农村局 访问次数: 发布日期: 2021- 03- 02", "县农业农村局"),
        # a bare 浏览: after the name
        ("发布时间:2023-06-01 10:20 来源:区城管执法局 浏览:", "区城管执法局"),
    ],
)
def test_a_source_field_ends_before_the_date_and_the_readers_count_after_it(line, source):
    assert read_furniture("通知公告\n" + line + "\n一、基本情况").source == source


def test_a_relative_source_is_read_against_the_one_city_the_page_names():
    text = "您当前的位置:首页 > 通知公告\n衢州市水污染防治工作进展\n来源:市生态环境局 2023-08-14 11:03 阅读人数:1\n\n截至7月底，全市立案查处环境违法案件58件。"
    assert extract_text(text).issuer.issuer == "浙江省衢州市生态环境局"


def test_a_county_site_under_a_title_naming_a_zone_called_after_the_county_is_no_author():
    text = (
        "勐腊(磨憨)重点开发开放试验区2022年政府信息公开工作年度报告\n来源 :勐腊县人民政府 访问次数 : 发布时间 :2023-02-20 10:05\n"
        "2022年，试验区主动公开政府信息350条。"
    )
    issuer = extract_text(text).issuer
    assert issuer.issuer is None and issuer.unresolved


def test_a_reporter_told_by_our_provinces_bureau_names_that_provinces_bureau():
    text = "查处湖南网络违法案件300件\n来源:某都市报\n1月6日，记者从我省市场监管局了解到，“湖南2022网剑行动”共查处网络违法案件300件。"
    assert extract_text(text).issuer.issuer == "湖南省市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a department named relative to its city speaks after a lead that names no body; the
        # city is named once, in the title
        (
            "柳州市开展出租车行业整治行动\n\n柳州日报 2021-06-02 07:13 大字\n\n本报讯(记者某某)出租车是一座城市的名片,关乎文明形象。"
            "近日,一场整治行动在城区展开。\n\n市交通运输局表示,将持续整治拒载、绕路,本月已查处违规车辆31辆。\n\n新闻推荐\n\n菜市场换了新模样",
            "广西壮族自治区柳州市交通运输局",
        ),
        # a region's bureau said relative to it, the region named by its short name
        (
            "守护舌尖安全\n\n(资料图)\n\n为保障旅游旺季食品安全,各地加大抽检力度,宁夏各地共抽检食品320批次。\n\n"
            "下一步,自治区市场监管局将会同有关部门开展联合检查。",
            "宁夏回族自治区市场监督管理局",
        ),
        # a brigade named relative to its city, the city named once in the lead
        (
            "游客满意度提升\n\n(资料图)\n\n为保障假日旅游秩序,无锡各景区共接待游客120万人次。\n\n"
            "下一步,市文化市场综合执法支队将联合旅游警察开展检查。",
            "江苏省无锡市文化市场综合执法支队",
        ),
    ],
)
def test_news_with_one_relative_department_at_work_names_it_in_the_one_division(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        # a unit of the body read short (县人社局劳动保障监察大队): no guess at the bureau
        "工友拿回工资\n\n(资料图)\n\n为保障农民工工资按时足额支付,甘肃省临泽县共办结欠薪案件12件。\n\n下一步,县人社局劳动保障监察大队将为更多工友追回工资。",
        # a province's inspectors come to a county: the county's work, not the hall's report
        "临高县农资检查\n\n(资料图)\n\n为保障春耕用药安全,海南省临高县共立案3起。\n\n下一步,省农业农村厅督查组将到临高县抽查农药店。",
        # the whole city's departments at work, then one district's bureau in one scene
        "垃圾分类第一周\n\n(资料图)\n\n截至7月6日,全市城管执法部门共出动执法人员17800人次,上海市开出罚单190张。\n\n在杨浦区,区城管执法局开出罚单12张。",
    ],
)
def test_a_relative_department_that_visits_is_a_unit_or_one_scene_of_a_whole_is_no_author(text):
    assert extract_text(text).issuer.issuer is None


def test_a_news_page_of_last_years_figures_takes_the_year_before_its_date():
    text = (
        "去年查处违法行为6000余起，今年我市将聚焦重点\n来源:某晚报 发布日期:2024-04-07\n"
        "我市去年共查处各类交通运输违法违规行为6000余起。去年，全市共查扣超限超载车辆4320余台。"
    )
    assert extract_text(text).report_year == 2023
    # a date in English in the page's fields, and a campaign of its own time
    dated = "我市开展文化市场集中整治行动\n发布时间:Aug 24, 2020 | 作者:\n8月3日，市支队部署集中整治行动，整治期间共检查经营主体172家次。"
    assert extract_text(dated).report_year == 2020


def test_a_superiors_banner_hides_no_subject_and_a_half_years_meeting_gives_its_year():
    text = (
        "安徽省林业局 2022-07-22 15:10 来源:\n打印\n"
        "为遏制乱砍滥伐，近期，岳西县林业局联合公安部门开展夜查行动，查处违法案件12起。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县林业局"
    meeting = "7月28日，岳西县林业局执法大队召开2025年上半年执法工作会议，上半年立案查办案件8起。"
    assert extract_text(meeting).report_year == 2025


def test_a_yearbook_published_by_name_with_its_short_name_in_brackets():
    text = (
        "根据《中华人民共和国政府信息公开条例》，现公布岳西县林业局（以下简称县林业局）2024年政府信息公开工作年度报告。"
        "如有疑问请与县林业局办公室联系。\n2024年，主动公开政府信息40条。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县林业局"


def test_days_without_a_year_on_a_dated_page_are_of_the_pages_year():
    text = "督导帮扶企业落实应急预案\n2023/1/16 9:08:44\n1月14日，各地继续现场督导检查，出动执法人员64人次，检查企业50家。"
    assert extract_text(text).report_year == 2023
    # a day later in the year than the page's date is no day of its year
    assert extract_text(text.replace("1月14日", "11月14日")).report_year is None


def test_a_news_title_that_opens_on_the_body_at_work_names_it():
    text = "岳西县林业局深入开展森林防火专项整治工作\n- 发布日期:2020-09-17\n截至9月16日，全县共查处违法案件12起。"
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县林业局"


def test_a_bureaus_own_office_as_the_yearbooks_contact_speaks_for_the_bureau():
    text = (
        "根据《中华人民共和国政府信息公开条例》，特向社会公布2024年度本局信息公开年度报告。"
        "如对本报告有任何疑问，请与岳西县林业局综合办公室联系。\n一、总体情况\n全年主动公开政府信息40条。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县林业局"


def test_a_list_of_cases_by_several_actors_has_no_author():
    # the second case's bureau is named once; the first case's city acts clause after clause
    text = (
        "去年以来，全区各级执法部门规范涉企检查，现将一批典型案例公布如下。\n"
        "案例一：中卫市联合检查模式\n中卫市梳理检查事项，合并入企检查。\n"
        "中卫市推行包容免罚清单，减轻企业负担。\n"
        "案例二：宁夏回族自治区公安厅清理执法问题\n通过逐项评查，推动问题整改。\n"
    )
    document = extract_text(text)
    assert document.issuer.issuer is None
    assert "issuer_unknown" in document.review_reasons


def test_an_economic_demonstration_zone_is_a_development_zone_of_its_city():
    issuer = extract_text("2024年，长春临空经济示范区共主动公开信息120项。").issuer
    assert (issuer.division, issuer.body_type) == ("吉林省长春市临空经济示范区", "管委会")


def test_a_bodys_party_group_reports_for_the_body():
    text = "某县门户网站\n桑日县藏语委办(编译局)党组2024年度法治政府建设年度报告\n2024年，我办深入学习法治思想。"
    issuer = extract_text(text).issuer
    assert (issuer.division, issuer.body_type) == ("西藏自治区山南市桑日县", "藏语委办")


def test_a_divisions_report_its_justice_bureau_put_up_is_the_governments():
    text = (
        "- 发布机构:岳西县司法局\n- 标 题:关于2024年度法治政府建设情况的报告\n关于2024年度法治政府建设情况的报告\n\n"
        "2024年,在市委、市政府的坚强领导下,岳西县坚持以习近平法治思想为根本遵循,深入推进依法行政。"
    )
    assert extract_text(text).issuer.issuer == "安徽省安庆市岳西县"
    # the bureau's own report, whose lead has the bureau at work, stays the bureau's
    own = text.replace("岳西县坚持", "岳西县司法局坚持")
    assert extract_text(own).issuer.issuer == "安徽省安庆市岳西县司法局"


def test_a_leagues_department_named_with_its_administrative_office_is_the_department():
    one, other = make_issuer("兴安盟行署外事办公室", "title"), make_issuer("兴安盟外事办公室", "title")
    assert (one.issuer, one.body_type, one.admin_level) == (other.issuer, "外事办公室", "department")
    assert one.issuer == "内蒙古自治区兴安盟外事办公室"


def test_a_former_state_farms_management_area_is_its_committees():
    text = "本年报根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2025年,熊口管理区在市委、市政府的正确领导下推进公开工作。"
    issuer = extract_text(text).issuer
    assert (issuer.division, issuer.body_type) == ("湖北省潜江市熊口管理区", "管委会")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a subdistrict after its county's name without 县 (永嘉镇 elsewhere has no 三江街道)
        ("永嘉人民政府三江街道办事处2024年法治政府建设年度报告\n2024年，三江街道较好完成了法治建设各项任务。", "浙江省温州市永嘉县三江街道"),
        # a banner written twice by a slip, in the office whose yearbook the parts cover
        (
            "本年度报告依条例制作。全文包括扎赉特旗人民政府办公室政府信息公开总体情况、主动公开政府信息情况。"
            "如对本年度报告有疑问，请与扎赉特旗扎赉特旗人民政府办公室联系。\n一、总体情况\n门户网站共发布信息3817条。",
            "内蒙古自治区兴安盟扎赉特旗人民政府办公室",
        ),
    ],
)
def test_names_a_slip_or_a_short_county_leaves_readable(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_campaign_named_for_its_year_before_its_kind_gives_the_year():
    text = "某省市场监管局推进执法规范化\n今年以来，省市场监管局开展2025“守护消费”铁拳行动，累计办案3.8万余件。"
    document = extract_text(text)
    assert document.report_year == 2025
    assert [(f.metric, f.value) for f in document.figures] == [("total_enforcement_cases", 38000)]


def test_a_title_split_after_its_place_names_the_place():
    text = (
        "当前位置: 首页 / 政务公开 / 信息公开年报\n来源:荷塘区政府 发布时间:2022-01-26\n"
        "      株洲市荷塘区明照街道\n    2021年政府信息公开工作年度报告\n   一、总体情况\n"
        "2021年,明照街道认真贯彻条例，共计公开政务动态信息37条。"
    )
    assert extract_text(text).issuer.issuer == "湖南省株洲市荷塘区明照街道"



def test_a_high_tech_zone_named_after_a_town_lies_in_the_county_the_page_names():
    text = (
        "本报告由燕郊高新区党政办公室编制。\n一、总体情况\n2025年,我区认真开展政府信息公开工作。"
        "安排专人负责三河市政府信息公开平台高新区专栏的维护。"
    )
    assert extract_text(text).issuer.division == "河北省廊坊市三河市燕郊高新技术产业开发区"


def test_a_zone_by_its_kind_in_the_dated_lead_below_a_preamble_is_the_zone_it_names_in_full():
    text = (
        "本年度报告由长春经济技术开发区政务服务局依据《中华人民共和国政府信息公开条例》编制而成。\n"
        "一、总体情况\n2025年,经开区按照省、市统筹部署深化公开内容。"
    )
    assert extract_text(text).issuer.issuer == "吉林省长春经济技术开发区"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a county by its name before it became a city under another (横县, 横州市 since 2021)
        ("横县2020年度法治政府建设情况报告\n2020年,在市委、市政府的坚强领导下,横县深入推进依法行政。", "广西壮族自治区南宁市横州市"),
        # a bureau of a zone the code table lacks, named 台商投资区
        ("- 发布机构:泉州台商投资区管理委员会市场监督管理局\n区管委会办公室:\n现将我局2025年政府信息公开工作报告如下。", "福建省泉州台商投资区市场监督管理局"),
        # 我局 whose name only a document its party group passed holds
        (
            "2025年,在区委、区政府的坚强领导下,我局坚持依法行政。年内审议并通过了《龙岩市永定区卫生健康局法治建设实施方案》等文件。",
            "福建省龙岩市永定区卫生健康局",
        ),
    ],
)
def test_renamed_counties_zone_bureaus_and_documents_passed_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_sites_menu_items_above_the_dated_lead_hide_no_author():
    text = "移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n2025年,溧阳市城市管理局严格按照条例要求，主动公开政府信息280篇。"
    assert extract_text(text).issuer.issuer == "江苏省常州市溧阳市城市管理局"


def test_a_brigades_squad_in_a_news_title_is_the_brigade_of_the_city_its_source_names():
    text = "市交通运输综合执法大队三中队:改作风善作为,做守护安全的铁军\n时间:2022-05-27\n来源:桐城市融媒体中心\n该中队查处超载货车19台。"
    assert extract_text(text).issuer.issuer == "安徽省安庆市桐城市交通运输综合执法大队"


@pytest.mark.parametrize(
    ("text", "division"),
    [
        # a subdistrict's 党政和人大办公室 as its yearbook's contact
        ("本报告根据《中华人民共和国政府信息公开条例》编制。如有任何疑问，请与常州市钟楼区南大街街道党政和人大办公室联系。\n一、总体情况\n2025年，本街道办事处深入贯彻条例。", "江苏省常州市钟楼区南大街街道"),
        # a township's own 办公室 as the contact
        ("本报告根据《中华人民共和国政府信息公开条例》编制。若有疑问，可直接与泰宁县梅口乡办公室联系。\n梅口乡坚持将政府信息管理作为政务公开工作的核心。", "福建省三明市泰宁县梅口乡"),
    ],
)
def test_a_towns_or_subdistricts_own_office_as_the_contact_speaks_for_it(text, division):
    assert extract_text(text).issuer.division == division


def test_the_year_a_case_began_is_no_report_year_on_a_dated_news_page():
    text = (
        "内蒙古重拳整治毁林毁草行为\n2025年05月02日 10:06 | 来源:新华社\n"
        "某旗居民金某某于2020年开始擅自开垦林地，公安部门查处行政案件957起。"
    )
    assert extract_text(text).report_year == 2025


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a yearbook published by its title to the public, under a site record naming the district
        (
            "信息来源:平川区人民政府\n发布时间:2026-01-27 09:00\n根据《中华人民共和国政府信息公开条例》相关规定，"
            "现向社会公布《白银市平川区发展和改革局2025年政府信息公开工作年度报告》。",
            "甘肃省白银市平川区发展和改革局",
        ),
        # a monthly summary's title, its source a site (no body)
        ("蒸湘区市场监督管理局4月份工作小结\n来源: 蒸湘区政府门户网站 发布时间:2022-05-30\n一、4月份工作开展情况", "湖南省衡阳市蒸湘区市场监督管理局"),
        # a county's industrial park after its province's short name and the county's
        ("四川蓬安工业园区管理委员会2025年政府信息公开工作年度报告\n2025年，园区累计主动公开政府信息179条。", "四川省南充市蓬安工业园区"),
    ],
)
def test_titles_announced_monthly_or_of_a_countys_park_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_cut_off_date_gives_its_year_and_a_press_office_hosts_no_author():
    text = (
        "大皖新闻讯 12月12日,记者从淮南市政府新闻办召开的发布会上获悉,今年以来,该市交通运输综合行政执法支队持续开展专项整治行动。"
        "淮南市交通运输综合行政执法支队支队长某某在发布会上介绍,截至2024年11月30日,共办理行政执法案件5518件。"
    )
    document = extract_text(text)
    assert document.issuer.issuer == "安徽省淮南市交通运输综合行政执法支队"
    assert document.report_year == 2024
    # a span between two years still gives none of them
    assert extract_text("某局工作情况\n2022至2023年，全县查处案件12件。").report_year is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the contact named with its desk (综合一科), the body in a national new area's name,
        # which one district governs on the same ground
        (
            "本报告依据《中华人民共和国政府信息公开条例》编制。如对报告内容有疑问，请与青岛西海岸新区自然资源局综合一科联系。\n一、总体情况",
            "山东省青岛市黄岛区自然资源局",
        ),
        # a site's banner over a yearbook whose dated lead opens on a bureau of that district
        ("天津市宁河区人民政府\n一、总体情况\n2025年，宁河区应急管理局持续推进政务公开，全年主动公开政府信息38条。", "天津市宁河区应急管理局"),
        # a national administration's site reposting a province bureau's work
        ("全省专项行动成效明显\n来源:国家市场监督管理总局 时间:2022-04-06\n安徽省市场监管局严格执行四项制度，检查各类市场主体9.2万家次。", "安徽省市场监督管理局"),
        # a zone's yearbook published with the subdistrict it shares its government with
        ("2025年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布南通外向型农业综合开发区（苴镇街道）2025年政府信息公开工作年度报告。", "江苏省南通市如东县苴镇街道"),
    ],
)
def test_contact_desks_new_areas_banners_over_bureaus_and_national_reposts_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_contact_office_of_the_government_is_its_own_body_not_a_desk():
    text = (
        "依据《中华人民共和国政府信息公开条例》，福州市人民政府外事办公室编制本年度报告。"
        "如有疑问，可与福州市人民政府外事办公室联系。\n一、总体情况\n2025年，福州市人民政府外事办公室主动公开信息42条。"
    )
    assert extract_text(text).issuer.body_type == "外事办公室"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a news title's relative body under the bureau its site's source line names
        ("当前位置:首页 > 工作动态\n市交通运输综合行政执法队开展治超专项行动\n来源:营口市交通运输局\n执法队查处超限货车87台次。", "辽宁省营口市交通运输综合行政执法队"),
        # a publisher in a row of fields that opens on 文件编号
        ("文件编号: | 无 | 发布机构: | 湖东街道 |\n本报告电子版可在“湖州市吴兴区人民政府”门户网站下载。\n一、总体情况", "浙江省湖州市吴兴区湖东街道"),
        # a national zone named after the region and ASEAN
        ("2024年，广西-东盟经济技术开发区（以下简称“广西-东盟经开区”）扎实推进法治政府建设。", "广西壮族自治区南宁市广西-东盟经济技术开发区"),
    ],
)
def test_titled_bodies_over_source_lines_field_rows_and_a_zone_of_no_places_name(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a site's banner and its date of today above a yearbook a town of the district published
        (
            "天津市武清区人民政府\n2019年12月3日星期二\n根据《中华人民共和国政府信息公开条例》相关要求，现发布天津市武清区河西务镇2025年政府信息公开年度报告。\n"
            "一、总体情况\n2025年，河西务镇扎实推进政务公开。",
            "天津市武清区河西务镇",
        ),
        # the site's host in its footer gives way to the page's 发布机构 (a 司法局 that put up the county's report)
        (
            "网站标识码:6302230002 主办单位:互助县人民政府办公室\n发布机构:司法局 | 公文时效:是 |\n2024年，互助县法治政府建设工作在县委、县政府的正确领导下扎实推进。",
            "青海省海东市互助土族自治县",
        ),
        # a commission by its short name, a brigade by the name its staff use
        ("西藏自治区民委2023年政府信息公开工作年度报告\n全年主动公开政府信息68条。", "西藏自治区民族事务委员会"),
        ("今年以来，鸠江区劳动监察大队共处理欠薪案件900余件。\n2022年11月，农民工向芜湖市鸠江区劳动保障监察大队赠送锦旗。", "安徽省芜湖市鸠江区劳动保障监察大队"),
    ],
)
def test_banners_dated_today_site_hosts_and_short_body_names_leave_the_author(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_city_that_tallies_its_counties_is_not_one_of_them_and_a_bulletins_status_date_gives_its_year():
    text = (
        "督察交办信访案件进展情况（截至2022年4月11日）\n"
        "2021年8月27日至9月27日督察组进驻期间，共向我市交办信访案件181件，涉及云城区52件、罗定市40件、新兴县27件。"
    )
    document = extract_text(text)
    assert document.issuer.issuer is None
    assert document.report_year == 2022


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a yearbook a centre compiled that speaks as its district
        (
            "本报告是根据《中华人民共和国政府信息公开条例》要求，由东宝区大数据中心编制的2020年度政府信息公开年度报告。\n"
            "今年以来，我区政府信息公开工作在区委、区政府的指导下扎实推进。",
            "湖北省荆门市东宝区",
        ),
        # a source line with the page's views after it (来源: … 浏览量:)
        ("农业农村局2023年11月重点工作完成情况\n发布时间:2023-12-14 11:30 来源: 怀远县农业农村局 浏览量: 【字号:\n查处违法行为31起。", "安徽省蚌埠市怀远县农业农村局"),
        # an autonomous region miswritten as a province; an environment bureau by its old short name
        ("今年1月至3月，广西省大化瑶族自治县交通运输局开展治超行动，查处超限车辆21辆。", "广西壮族自治区河池市大化瑶族自治县交通运输局"),
        ("黑龙江省环保厅2020年燃煤锅炉整治工作总结\n全省出动执法人员4235人(次)。", "黑龙江省环境保护厅"),
    ],
)
def test_centres_compiling_for_their_division_views_after_a_source_and_miswritten_regions(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_county_outlets_dateline_places_the_relative_body_its_lead_opens_on():
    text = "秀山网讯 近日，县交通运输综合行政执法支队联合交巡警支队开展非法营运整治行动。\n截至目前，共出动执法人员280余人次。"
    assert extract_text(text).issuer.issuer == "重庆市秀山土家族苗族自治县交通运输综合行政执法支队"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # 我委 and a relative name in running text, on a page that names one city
        (
            "一、总体情况\n每年向社会公布乌海市卫生健康事业发展简报。我委承担的行政权力共678项。在市卫健委官网每季度公开饮水安全状况。",
            "内蒙古自治区乌海市卫生健康委员会",
        ),
        # a district merged away since (江干区, into 上城区 in 2021)
        ("2020年，我局在江干区政府门户网站主动公开政府信息272条。“江干区市场监督管理局”政务微博公开信息608条。", "浙江省杭州市江干区市场监督管理局"),
        # a report to a congress on the government's behalf
        ("主任、各位副主任、各位委员：\n我受县政府委托，向本次会议报告全县2020年度法治政府建设情况。中共临朐县委全面依法治县委员会统筹推进。", "山东省潍坊市临朐县"),
    ],
)
def test_relative_bodies_in_running_text_merged_districts_and_reports_on_a_governments_behalf(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a footer's host and its maintainer come after what the page itself says
        (
            "版权所有:中国河南省汝州市人民政府 主办单位:汝州市人民政府办公室 运行维护:平顶山市电子政务外网运维中心\n"
            "一、总体情况\n(一)主动公开情况\n2019年汝州市共主动公开信息共计20809条。",
            "河南省平顶山市汝州市",
        ),
        # the government's own disclosure office speaking of 我县
        ("2021年，我县公开办以加大政府信息公开力度为重点，新宾县政府信息公开办公室进一步做好依申请公开工作。", "辽宁省抚顺市新宾满族自治县"),
        # a brigade named in full, beside bureaus listed together in running text
        (
            "在县委、县政府关心关怀下，在局机关指导帮助下，安义县农业综合行政执法大队主动创新开展工作。\n"
            "县公安局、县农业农村局、县市场监督管理局联合印发了通告。",
            "江西省南昌市安义县农业综合行政执法大队",
        ),
    ],
)
def test_footer_hosts_disclosure_offices_and_bodies_listed_together_leave_the_author(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_an_almanac_page_tells_of_the_year_before_its_edition():
    text = "镇海年鉴2022\n综合行政执法\n全年查处无证摊贩1297起，立案查处22起。"
    assert extract_text(text).report_year == 2021


def test_a_province_bureaus_repost_of_a_countys_work_is_the_countys():
    text = "万载县三举措推进城市管理工作\n时间:2021-07-23 14:51 来源:江西省住房和城乡建设厅 作者:admin\n一是全力推进城区环境整治。截止7月份，共查处占道经营6000起。"
    document = extract_text(text)
    assert document.issuer.issuer == "江西省宜春市万载县"
    assert document.report_year == 2021  # figures up to July on a page of July


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a newspaper's dateline before the lead whose clause names the province's hall
        ("本报济南3月21日讯 为深入推进全省安全生产大排查大整治行动，省应急管理厅从3月15日起在全省开展执法百日攻坚行动。山东各地检查企业1800家次。", "山东省应急管理厅"),
        # a health supervision office by its short name
        ("海口市秀英区卫监所2020年工作总结\n全年出动卫生监督员1362人次。", "海南省海口市秀英区卫生监督所"),
    ],
)
def test_newspaper_datelines_and_supervision_offices_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_title_naming_its_district_alone_over_a_bureau_subject_is_the_bureaus():
    text = (
        "赣县区2021年应急管理工作总结\n及2022年工作打算\n"
        "今年来，在区委、区政府的坚强领导下，在市局的悉心指导下，区应急管理局以安全发展为引领，确保了全区平安稳定。"
    )
    assert extract_text(text).issuer.issuer == "江西省赣州市赣县区应急管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a subdistrict's party working committee named before its office, one clause after a purpose
        ("夜间巡查见成效\n为让街巷更整洁，东漖街道党工委、办事处连续开展夜间整治，查处乱摆卖38宗。", "广东省广州市荔湾区东漖街道"),
        # a bureau that names itself only in the rules it set up, speaking as 我局
        ("一、总体情况\n全年公开信息88条。\n(二)健全制度。建立了《六盘水市教育局信息公开审查办法》等制度。2021年，我局依托网站发布信息。", "贵州省六盘水市教育局"),
        # a county's report made to its city: the one county of that city the text names
        ("湛江市人民政府：\n2021年，在市委市政府的领导下，我县全面推进依法行政。制定了《遂溪县公安局执法细则》，立案查处案件12宗。", "广东省湛江市遂溪县"),
        # two of its counties named, and the report stays unread
        ("湛江市人民政府：\n2021年，我县全面推进依法行政。制定了《遂溪县公安局执法细则》，学习《徐闻县公安局工作规范》，立案查处案件12宗。", None),
        # a news lead's day before a body named relative to the one city the page names
        ("9月3日，市城市管理综合执法大队结合迁安市市容整治方案，开展夜市专项整治，查处占道经营41起。", "河北省唐山市迁安市城市管理综合执法大队"),
        # that city praised beside another place of its prefecture: the prefecture's 市, unnamed
        ("3月22日，市市场监管局召开全市执法稽查工作会议。会议表扬了孟州市市场监管局、解放区市场监管局，全年查处案件1200件。", None),
        # a headline the reader did not take as a title, above a lead opening on its purpose
        ("2021年全省安全生产执法检查工作全面完成\n发布日期:2021-12-04\n为进一步压实责任，切实防范风险，2021年5月，省应急管理厅印发《浙江省应急管理厅关于开展执法检查的通知》，共检查企业1.2万家次。", "浙江省应急管理厅"),
        # a paper's lead below its site's menu, headline and time, opening on the province's hall
        ("财经 某网> 新闻频道>地方新闻\n山东执法攻坚一周查出问题8000余项\n2021-04-02 10:11:12\n□记者 李四 报道\n本报济南4月1日讯 为推进大排查，省应急管理厅在全省开展执法攻坚。一周已检查企业900家次，立案120起。", "山东省应急管理厅"),
        # a county-level city that names its prefecture only among the superiors it follows
        ("2023年，我市全面贯彻落实中央、省、洛阳市关于法治政府建设的部署要求，办理行政复议案件31件。", None),
        # a site's menu word above a bureau's news is no national body (部署 is no 署)
        ("欢迎访问铁岭市应急管理局官网!\n决策部署\n落实专项整治\n来源:铁岭市应急管理局 时间:2021年09月09日\n为吸取事故教训，市应急局组织排查企业806家。", "辽宁省铁岭市应急管理局"),
        # a district's body with the zone it also is in brackets, in a quarter's report title
        ("珠海市斗门区(富山工业园)市场监督管理局第二季度工作情况\n今年以来，我局检查企业1218家次。", "广东省珠海市斗门区市场监督管理局"),
        # an office of a city's government whose name says its work (郊区工作办公室)
        ("嘉峪关市人民政府郊区工作办公室2021年政府信息公开工作年度报告\n2021年，我单位共公开政府信息3120条。", "甘肃省嘉峪关市郊区工作办公室"),
        # a record's 发文机构 beside labels of its own (公开类型, 印发日期, 体裁)
        ("发布日期:2021-02-03\n标题 关于印发《城管执法系统工作总结》的通知\n发文机构 上海市城市管理行政执法局 公开类型 主动公开\n索引号 MB2F300040/2021-00006 印发日期 2021-01-28\n文号 沪城管办〔2021〕2号 体裁 通知\n各区城管执法局：全年查处违法行为12万起。", "上海市城市管理行政执法局"),
        # Huaihua's 洪江区, a management district the code table does not list
        ("洪江区交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开信息48条。", "湖南省怀化市洪江区交通运输局"),
        # a county's party committee named before its government in the lead
        ("2024年,中共大姚县委、大姚县人民政府坚持依法行政，现将工作情况报告如下:\n办理行政复议案件9件。", "云南省楚雄彝族自治州大姚县"),
        # a yearbook compiled, in its own words, for a government's office
        ("根据《条例》的规定,编制宾川县政府办公室2022年政府信息公开工作年度报告。\n一、总体情况\n我县主动公开各类政府信息1210条。", "云南省大理白族自治州宾川县人民政府办公室"),
        # a prefecture named alone in a news title, its bureau's system at work in a lead that opens on its purpose
        ("首页 > 新闻 > 延边州春季清河行动成效显著\n手机版\n空白\n延边州2023年春季清河行动成效显著\n2023年05月10日 09:23\n为持续改善水环境质量,自2月17日至5月6日,延边州生态环境系统在全州开展专项执法检查,共检查企业210家。", "吉林省延边朝鲜族自治州生态环境局"),
        # a site's banner above the report's own title that names one of its departments
        ("北京市东城区人民政府\n\n政府信息公开年报\n\n北京市东城区人民防空办公室2021\n\n政府信息公开工作年度报告\n\n本报告由东城区人民防空办公室编制。\n全年主动公开信息52条。", "北京市东城区人民防空办公室"),
        # a region's department by its short name (工信厅)
        ("自治区工信厅开展安全生产检查\n2021年8月，内蒙古自治区工信厅组织检查企业50余家。", "内蒙古自治区工业和信息化厅"),
        # a site's 返回顶部 (back to top) is no ministry: no fragment becomes an issuer
        ("返回顶部\n\n州直部门频道\n\n信息名称 全州持续加强公共场所卫生监督\n全年共监督检查公共场所12381户次。", None),
        # a ministry is one of the State Council's, named as such
        ("水利部通报2021年水行政执法情况\n全年查处水事违法案件2.3万件。", "水利部"),
        # a bureau's own enforcement brigade at work in a news lead
        ("净化市场 县里开展综合执法大检查\n本网讯(记者 王五)4月2日至3日，兴山县文旅局执法大队来到古夫镇，检查网吧18家。", "湖北省宜昌市兴山县文旅局执法大队"),
        # a newspaper's date, headline, masthead and byline above the lead that names its bureau
        ("2025年2月14日\n\n守护一方平安\n——伊通应急管理局2024年工作回顾\n\n《四平日报》(2025年2月14日) 05版\n\n通讯员 张三\n\n安全生产，关系千家万户。2024年，伊通满族自治县应急管理局坚持人民至上，检查企业400余家。", "吉林省四平市伊通满族自治县应急管理局"),
    ],
)
def test_leads_headlines_furniture_offices_and_addressees_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_title_naming_its_division_alone_put_up_by_the_department_of_its_field_is_the_departments():
    text = (
        "索引号: 11340000/2024-00012\n发布机构: 绩溪县司法局\n"
        "名称: 绩溪县2023年行政复议案件办理情况统计分析报告\n"
        "一、基本情况\n全年收到行政复议申请41件，受理36件。"
    )
    assert extract_text(text).issuer.issuer == "安徽省宣城市绩溪县司法局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # 朝阳区 is Beijing's and Changchun's: the municipality or the city named short says which
        ("北京朝阳区2023年行政执法情况\n全年共办理行政处罚案件30件。", "北京市朝阳区"),
        ("长春朝阳区2023年行政执法情况\n全年共办理行政处罚案件30件。", "吉林省长春市朝阳区"),
        ("2023年，北京朝阳区市场监管局共办理行政处罚案件30件。", "北京市朝阳区市场监督管理局"),
        # a municipality named short before its district, in the lead
        ("2023年，天津宁河区共办理行政处罚案件30件。", "天津市宁河区"),
        # a province named short before a county-level city two levels down
        ("山东曲阜市2023年行政执法工作报告\n全年共办理行政处罚案件30件。", "山东省济宁市曲阜市"),
        # the bare name stays open, and a street named after the capital is no division of it
        ("朝阳区2023年行政执法情况\n全年共办理行政处罚案件30件。", None),
        ("北京路街道2023年行政执法情况\n全年共办理行政处罚案件30件。", None),
        # a breadcrumb of 您当前所在位置 is furniture, and the lead below the headline is read
        (
            "返回顶部\n州直部门频道\n您当前所在位置:首页 >> 政务公开 >> 卫生健康\n索引号 000012345/2022-00001 信息分类 卫生健康\n"
            "黔东南州卫生监督工作成效明显\n2021年来,黔东南州卫生健康局持续开展卫生监督，全年检查公共场所3000户次。",
            "贵州省黔东南苗族侗族自治州卫生健康局",
        ),
        # a town that says 我镇, names its district, and names one of the district's towns
        # without its 镇, twice
        (
            "一、总体情况\n我镇高度重视政务公开，全年通过大兴区政府网站发布信息125条。"
            "“大美安定”公众号发布文章1600篇，让更多人了解安定。",
            "北京市大兴区安定镇",
        ),
        # once may be a plain word: no town is chosen
        ("一、总体情况\n我镇高度重视政务公开，全年通过大兴区政府网站发布信息125条。“大美安定”公众号发布文章1600篇。", None),
        # two of the district's towns so named: none is chosen
        (
            "一、总体情况\n我镇高度重视政务公开，全年通过大兴区政府网站发布信息125条。“大美安定”公众号让更多人了解安定。"
            "“魅力魏善庄”与魏善庄的群众互动。",
            None,
        ),
        # the reporter told at the body's own press conference, written without 上
        (
            "广西开展专项行动查办案件800起\n2021年06月21日11:03  来源:某日报\n"
            "6月18日,记者从自治区市场监管局召开的新闻发布会获悉,全区累计查处案件800起。",
            "广西壮族自治区市场监督管理局",
        ),
        # a hall's head who tells the figures, after a meeting another office called
        (
            "今日上午，省政府新闻办召开新闻发布会。省生态环境厅党组成员、副厅长张某介绍,2022年全省办理行政处罚案件900起。"
            "福建省生态环境质量保持优良。",
            "福建省生态环境厅",
        ),
        # the hall named as the one that told them
        ("省政府新闻办今天召开新闻发布会,省应急管理厅介绍了全省安全生产工作情况。今年以来,安徽督办重大事故隐患300项。", "安徽省应急管理厅"),
        # a record's 文件所属单位 is no title: the issuing government stays the issuer
        (
            "• 发文机关:威海市文登区人民政府\n  • 文件所属单位:威海市文登区司法局\n  • 文件发文字号:威文政发〔2024〕2号\n  • 公文种类:报告\n"
            "\n威海市文登区人民政府\n\n关于2023年法治政府建设情况的报告\n\n市政府:\n2023年,威海市文登区人民政府坚持依法行政,办理行政复议案件20件。",
            "山东省威海市文登区",
        ),
        # a city bureau's branch in a zone named after the city
        ("2020年，长春市生态环境局长春新区分局共办理行政处罚案件30件。", "吉林省长春新区生态环境分局"),
        # …or in a functional district the city runs through a committee of its own
        ("武汉市生态环境局东湖生态旅游风景区分局2023年政府信息公开工作年度报告\n全年主动公开信息52条。", "湖北省武汉市东湖生态旅游风景区生态环境分局"),
        # …or by the zone's kind alone, of which the city has one (高新 for its 高新区)
        ("2021年，宝鸡市市场监管局高新分局共出动执法人员90人次，检查经营户300多家。", "陕西省宝鸡高新技术产业开发区市场监督管理分局"),
        # a party paper's banner lines, a headline a place and a colon open, a date line with its
        # source; then a lead opening on its day and the hall at work, named in full; a city
        # bureau at work further down is not the page's author
        (
            "中共某省委机关刊主办 / 互联网新闻信息稿源单位\n四川党的建设\n学习强国\n首页综合报道\n"
            "四川:部署烟花爆竹旺季安全检查 已整改隐患455条\n2021-01-12 11:25来源:四川新闻网\n"
            "近日,四川省应急管理厅对全省烟花爆竹旺季安全检查进行了全面部署,已开展162次检查。\n"
            "12月16日,南充市市场监督管理局副局长王某按市局统一部署,带领南充市市场监督管理局质监科检查企业5家。",
            "四川省应急管理厅",
        ),
        # three clauses of purpose and a day before the body at work, named relative to the one
        # city the page names
        (
            "我市开展文化市场集中整治\n为全面贯彻市委全会精神,全力做好当前我市文化市场各项重点工作,深入落实大庆市文化广电和旅游局党组要求,"
            "8月3日,市文化市场综合行政执法支队部署开展集中整治行动。共检查经营主体172家次。",
            "黑龙江省大庆市文化市场综合行政执法支队",
        ),
        # a government's press office holds the conference: the hall that works, clause after
        # clause, is the issuer (not the office, nor a fragment ending on 举办)
        (
            "网站首页 > 资讯频道\n陕西“铁拳”维护消费环境\n2021-09-10 20:07  中新网\n"
            "记者10日从陕西省政府新闻办举办的新闻发布会获悉,陕西省市场监管局开展民生领域“铁拳”行动。截至8月底,全省共查办案件4859件。\n\n"
            "陕西省市场监管局聚焦重点商品,查办案件1000件。",
            "陕西省市场监督管理局",
        ),
        # a province's system of bodies beside the hall the page names, in a field whose
        # bodies are 局 in most provinces: the hall
        (
            "宁夏查处一批案件\n记者近日从一场工作会议上获悉,今年以来,宁夏市场监管系统办结案件300余件。"
            "据宁夏市场监督管理厅相关负责人介绍,宁夏市场监管系统还查处假冒商品1万件。",
            "宁夏回族自治区市场监督管理厅",
        ),
        # ...and one whose hall the page does not name is its bureau
        (
            "宁夏查处一批案件\n记者近日从一场工作会议上获悉,今年以来,宁夏市场监管系统办结案件300余件。"
            "据相关负责人介绍,宁夏市场监管系统还查处假冒商品1万件。",
            "宁夏回族自治区市场监督管理局",
        ),
        # news of a division as a whole that one of its departments told at its own briefing
        (
            "某财经网讯：4月19日，省政府新闻办召开新闻发布会，由省人社厅通报了全省保障农民工工资支付工作情况。"
            "2020年，安徽全省查处工资类案件涉及农民工1.5万人。",
            "安徽省人力资源和社会保障厅",
        ),
        (
            "福建福州：通报十大典型案例\n某报福州讯 4月26日，福建省福州市市场监管局(福州市知识产权局)召开新闻发布会，通报2019年度典型案例。\n\n"
            "2019年福州市打击侵权假冒工作成效显著。全市共立商标侵权案件146起。",
            "福建省福州市市场监督管理局",
        ),
        # …held with a body that is no department of the division, named beside it
        (
            "2021年攀枝花市为消费者挽回损失582万元\n\n据某网站消息，3月15日，市市场监管局、市消委会举行消费维权新闻发布会。获悉，2021年，全市共受理投诉2146件。",
            "四川省攀枝花市市场监督管理局",
        ),
        # …but two departments that brief together: the division's, as found
        (
            "2021年攀枝花市为消费者挽回损失582万元\n\n据某网站消息，3月15日，市市场监管局、市商务局联合召开新闻发布会。获悉，2021年，全市共受理投诉2146件。",
            "四川省攀枝花市",
        ),
        # a site's banner and a headline of the county at work, over a lead that gives the same
        # act to one of its departments after a sentence of purpose
        (
            "木垒哈萨克自治县人民政府\n\n木垒县开展校园周边食品安全专项检查\n\n2022-06-01 16:26:53 来源:木垒县人民政府\n\n"
            "在“六一”国际儿童节、端午节来临之际，为营造良好的节日环境，确保学校周边食品安全。近日，木垒县市场监督管理局开展校园周边食品安全专项检查，检查小餐饮店42家。",
            "新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县市场监督管理局",
        ),
        # …an act of the headline (查办) the lead gives a region's office, with a word between
        (
            "食安监管\n西藏\n下拉\n西藏自治区查办走私案件15起 案值918.44万元\n2021-11-29 09:12:51来源:某日报编辑:某某\n"
            "摘要:日前,记者了解到,西藏自治区打击走私综合治理领导小组办公室共查办走私案件15起,案值918.44万元。据悉,该区多部门联合开展冻品市场整治行动。\n\n"
            "日前,记者从西藏自治区打击走私综合治理工作座谈会上了解到,自治区打击走私综合治理领导小组办公室(以下简称区打私办)共查办走私案件15起。\n\n"
            "同时,拉萨海关、西藏自治区市场监督管理局、区公安厅等部门联合开展冻品市场整治行动,始终保持高压态势。",
            "西藏自治区打击走私综合治理领导小组办公室",
        ),
        # …but a headline act the lead gives the county itself: the county's
        (
            "木垒哈萨克自治县人民政府\n\n木垒县开展校园周边食品安全专项检查\n\n2022-06-01 16:26:53 来源:木垒县人民政府\n\n"
            "近日，木垒县开展校园周边食品安全专项检查，检查小餐饮店42家。",
            "新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县",
        ),
        # a record whose title carries its document number before the government's name, put up
        # by the government's office
        (
            "- 索引号: 000000/2026-00095\n- 发文机关: 天水市人民政府办公室\n- 发布时间: 2026-02-24\n"
            "- 标题: [天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n"
            "[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n市委:\n2025年,市政府坚持依法行政，办理行政复议案件80件。",
            "甘肃省天水市",
        ),
        # a province's hall as the source of a city bureau's news, whose lead opens on a purpose
        # and the city at work, then has the bureau at work
        (
            "编辑:某某\n为有效控制柴油货车污染排放，促进呼和浩特市生态环境质量持续改善。呼和浩特市坚持严执法、重实效，不间断开展路检路查。"
            "截至4月2日，呼和浩特市生态环境局共出动执法人员216人次，检查柴油车2327辆。\n来源:内蒙古自治区生态环境厅\n编辑:某某",
            "内蒙古自治区呼和浩特市生态环境局",
        ),
        # a dateline whose date and time the name of the body that put the page up follows, alone,
        # over a lead that speaks of 我市
        (
            "首页>数据开放>旅游统计>假日统计\n\n2024年春节假期信息综述(二)\n\n【字体: 打印\n2024-02-23 13:00 三亚市旅游和文化广电体育局\n\n"
            "今天是春节假期第二天。我市旅游市场秩序井然，全市共检查旅游企业85家次。",
            "海南省三亚市旅游和文化广电体育局",
        ),
        # a commission's own enforcement bureau at work (市卫生健康委综合监督执法局), not the commission
        (
            "某市开展打击非法行医集中整治行动\n来源:某信息港 时间: 2023-06-28 11:08:14\n"
            "某信息港讯 为严厉打击非法行医行为，6月27日，昆明市卫生健康委综合监督执法局组织开展全市集中整治行动，检查医疗机构120家。",
            "云南省昆明市卫生健康委综合监督执法局",
        ),
        ("青岛市卫生健康委监督执法局对国家双随机系统下发的222家公共场所经营单位进行了监督检查，67家被处以行政处罚。", "山东省青岛市卫生健康委监督执法局"),
        # news that comes from a body (来自某局的消息)
        ("近日，来自甘肃省市场监督管理局的消息，今年全省共查办案件20起。", "甘肃省市场监督管理局"),
        # a body invited to a press office's conference to tell the figures
        (
            "近日，自治区政府新闻办举行新闻发布会，邀请宁夏回族自治区生态环境厅相关负责人介绍全区执法情况。据介绍，全年查处案件300件。",
            "宁夏回族自治区生态环境厅",
        ),
        # told at a meeting no body is named for: the relative body the next clause opens on,
        # in the province the meeting is named for
        ("记者从甘肃省2023年食品安全工作会上获悉，省市场监管局于元旦期间组织开展专项检查，检查市场主体5000户次。", "甘肃省市场监督管理局"),
        # ...or a field's 部门 said as 我省's
        ("从省政府新闻办日前召开的“山西省食品安全工作”新闻发布会上获悉，去年我省市场监管部门共查办案件3000件。\n省市场监管局通过分析投诉情况确定重点。", "山西省市场监督管理局"),
        # ...or a body named in full after the time (获悉，今年以来，某市某中心牵头…)
        ("记者获悉，今年以来，重庆市河务中心牵头组织全市河道联合暗访巡查，发现问题30个。", "重庆市河务中心"),
        # the writer of a paper's piece, not its reporter, told by the body (笔者从某局获悉)
        ("本报讯 昨日，笔者从泸州市市场监督管理局获悉，全市共检查农贸市场16家。", "四川省泸州市市场监督管理局"),
        # a repost's search keyword before the title, 市监局 for 市场监督管理局, a title's body at
        # work (全力整治)
        ("放心消费是什么_湖北通山县市监局全力整治市场乱象\n为营造放心消费环境，该局共检查经营户300户次。", "湖北省咸宁市通山县市场监督管理局"),
        # a field's 部门 of a province, and its work in the field: the field's body
        ("2024年，青海省市场监管部门持续开展专项整治，查办案件500件。", "青海省市场监督管理局"),
        ("2023年以来，陕西省生态环境执法工作力度不断加强，全年查处案件800件。", "陕西省生态环境厅"),
        # ...but no field's: the province
        ("2023年，甘肃省有关部门持续开展执法，查处案件18件。", "甘肃省"),
        # a township named after a county that is not the one the table puts it in: no guess
        ("合肥市肥西县高店乡执法所开展查违拆违专项行动10余次。2021年以来，高店乡共拆除违建5556平方米。", None),
        # a department read from a short name, named in full after its county: the full name
        (
            "城管执法局拆除河道违法建筑\n发布日期:2019年11月04日  来源:县城管执法局\n昌黎县城市管理综合行政执法局于10月23日起对占用河道的违法建筑予以集中拆除。",
            "河北省秦皇岛市昌黎县城市管理综合行政执法局",
        ),
        # 应急厅 and 人社部门 are the field's bodies
        ("2023年，山东省应急厅共派出执法检查组1100个，检查企业2600家。", "山东省应急管理厅"),
        (
            "“要不是你们帮忙，我的工资就要不回来了！”近日，徐先生为广水市人社局送来锦旗。今年4月，广水市人社部门工作人员迅速展开调查，追回工资2万余元。",
            "湖北省随州市广水市人力资源和社会保障局",
        ),
        # a body's name with no place in the furniture (来源: 文广旅局) does not keep the subject
        # the text names from being read
        (
            "支队开展元宵节文化市场专项检查\n发布时间:2019-02-18  来源:文广旅局\n为了营造良好的节日文化氛围，确保文化市场安全平稳运行，常州市文化行政综合执法支队组织执法人员对全市文化娱乐场所进行专项检查。",
            "江苏省常州市文化行政综合执法支队",
        ),
        # a first sentence that opens on a body and what it does first, without a year: that
        # body, not the last of the bodies its cases name
        (
            "山东省市场监管系统聚焦重点领域，深入开展民生领域案件查办“铁拳”行动。严查食品、特种设备等领域违法行为，切实维护群众利益。现公布第二批典型案例：\n案件一\n"
            "某食品厂无证生产糕点。2022年4月21日，济南市市场监督管理局依法没收违法所得并处罚款，罚没合计10万元。\n案件二\n2022年1月，历城区市场监督管理局依法对当事人罚款3.3万元。",
            "山东省市场监督管理局",
        ),
        # 安委办 and 市场监管委 by their full names
        (
            "湖南排查各类隐患近6万处\n2019年05月25日 来源:某网\n5月24日,省安委办召开全省安全生产百日行动推进会议。全省各级各部门共排查风险隐患近6万处。",
            "湖南省安全生产委员会办公室",
        ),
        ("近日，天津市市场监管委向公安部门移送刑事案件5件。", "天津市市场监督管理委员会"),
        # 安委会办公室 too, after a lead that opens on what it follows (按照…要求，)
        (
            "黑龙江开展安全生产暗访\n按照省安委会的通知要求，4月8日至12日，省安委会办公室组织暗访，抽查了5个县的12户企业，发现隐患87项。",
            "黑龙江省安全生产委员会办公室",
        ),
        # told by a body after a dateline's byline, with no 记者
        ("人民网石家庄1月11日电 （张某）从河北省应急管理厅了解到，2019年，全省生产安全事故起数同比下降15%。", "河北省应急管理厅"),
        # 我区 said of a region, and one of its departments, named relative to it, opening a
        # clause: that department
        ("今年以来，西藏自治区各级市场监管部门持续加强监管，维护了我区市场秩序。\n自治区市场监管局研究部署专项检查，检查经营户300户次。", "西藏自治区市场监督管理局"),
        # a hall named with no place, on a page of 我省 naming one province: that province's hall
        (
            "1-9月我省共办理环境违法案件300件\n四川 天气\n今年1-9月，我省各级生态环境部门共办理环境违法案件300件。这是记者11月3日从生态环境厅获悉的。",
            "四川省生态环境厅",
        ),
        # ...naming two provinces: no guess
        (
            "1-9月我省共办理环境违法案件300件\n今年1-9月，我省各级生态环境部门共办理环境违法案件300件，与贵州联合执法10次。这是记者11月3日从生态环境厅获悉的。\n四川 天气",
            None,
        ),
        # words that tell of a body are no body's name (辖区出现了一支队伍): no issuer, never a fragment
        ("最近，鲤城区开元街道辖区出现了一支队伍，他们常常在街头巷陌巡逻。", None),
        # 今年以来 and a subdistrict at work: its office
        ("某网龙岗讯（记者 某某）今年以来，南湾街道通过“扫楼”方式，对辖区工业园区开展排查，检查企业658家。", "广东省深圳市龙岗区南湾街道"),
        # a bureau's own brigade by its kind (局城管支队)
        ("近日，南宁市城管综合执法局城管支队共出动执法人员410人次，巡查工地50个次。", "广西壮族自治区南宁市城管综合执法局城管支队"),
        # a spam copy's province said twice (福建福建省漳州市…): no body whose kind holds a province
        ("某报福州讯（记者某某）今年以来，福建福建省漳州市市场监管局紧紧围绕民生领域，查办案件4613件。", None),
        # a hall's inner bureau reports as the hall
        ("记者从山东省生态环境厅执法局了解到，今年全省立案查处环境违法案件11282件。", "山东省生态环境厅"),
        # a hall's head the figures are said to come from (据省某厅副厅长某某介绍)
        ("本报讯 记者从省生态环境执法通报会上获悉，今年以来，四川省共查处环境违法案件500件。\n据省生态环境厅副厅长王某介绍，全省罚款1.2亿元。", "四川省生态环境厅"),
        # ...but not a bureau's own inner bureau: the bureau
        (
            "本报讯 今年以来，广西壮族自治区市场监管局聚焦案件查办，保持高压态势。\n据广西市场监管局食品稽查局局长张某介绍，今年以来全区共查办食品案件900件。",
            "广西壮族自治区市场监督管理局",
        ),
        # a city bureau at work clause after clause and one of its counties' bureaus once: the
        # city's, though it lies above the county's
        (
            "清原疫情发生以来，抚顺市市场监督管理局迅速行动，部署价格监管。"
            "抚顺市市场监督管理局向经营户发放提醒函。日前，清原县市场监管局查处两起哄抬物价案件，共检查药店30家。",
            "辽宁省抚顺市市场监督管理局",
        ),
        # 经开区 right after a district's short name on its district's site: the district's
        # zone, not the city's national one
        (
            "本报告根据条例要求，在汇总2024年度双阳经开区各部门工作情况的基础上编制。本报告可在双阳区人民政府门户网站下载。"
            "如有疑问，请与双阳经开区政务公开办公室联系。2024年，经开区主动公开信息120条。",
            "吉林省长春市双阳经济技术开发区",
        ),
        # a feature opening on someone's words and then their squad: one of those it tells of,
        # not the body that tells the province's figures
        (
            "执法行动再结硕果\n“这批冷冻肉来历不明，我们连夜追查，终于查清了来源……”5月20日，绵阳市涪城区市场监督管理局"
            "执法大队副大队长张某说。当天，全省“春雷行动”总结会召开。\n行动开展以来，全省各级市场监管部门共查处案件3000件。",
            None,
        ),
        # a body named relative to its city, on a page that writes the city short alone
        ("掌上某某讯 记者从市林业局获悉，韶关今年以来全面开展涉林违法行为大排查，立案处理毁林案件45宗，已处罚金46万元。", "广东省韶关市林业局"),
        # 我市 said by the one body at work, a branch in a county-level 市 of the city: the branch
        ("我市践行环境保护法\n自2016年1月1日新法施行以来，曲靖市生态环境局宣威分局坚持严格规范执法，逐步建立环境监管执法机制。我市共查处环境违法案件50件。", "云南省曲靖市宣威市生态环境分局"),
        # a county bureau"s head, a member of its party group, telling the figures
        ("全会精神在德江县党员干部中引发热烈反响。\n县农业农村局党组成员、副局长张某表示：“今年以来已收缴各类渔具近900件，并处理了5起简易案件。”", "贵州省铜仁市德江县农业农村局"),
        # a title naming an autonomous region alone over a hall whose head tells the figures at a press conference
        ("广西2023年事故起数下降20%\n\n来源: 某某新闻\n2024-06-27 16:21:18\n\n  中新网南宁6月26日电(王某)“全区生产安全事故起数由2018年的400起下降至2023年的157起。”25日,广西壮族自治区应急管理厅厅长李某在“广西推进安全生产,护航高质量发展”新闻发布会上向记者介绍。\n\n  李某介绍,2024年,广西部署开展安全生产治本攻坚三年行动,检查企业14.3万余家次,排查隐患1173项。", "广西壮族自治区应急管理厅"),
        # a province"s 人社厅, by the full name it stands for
        ("河北省人社厅开展根治欠薪专项执法检查，检查工程项目534个，追回工资1200万元。", "河北省人力资源和社会保障厅"),
        # a bureau"s own enforcement brigade of its field keeps its bureau in its name
        ("【某某乡村讯】为打击非法捕捞，自七月份以来，修水县农业农村局农业综合行政执法大队联合县公安局开展禁渔执法行动，查处案件12起。", "江西省九江市修水县农业农村局农业综合行政执法大队"),
        # a county-level 市 named in the head and its prefecture only further down: the 市 of 市某局 is the one the page opens on
        (
            "2024年，在市委、市政府的正确领导下，农业农村局认真贯彻《如皋市法治政府建设实施方案》，着力规范执法行为。现将2024年工作情况报告如下：\n一、主要举措\n"
            + "（一）完善制度。修订行政执法公示、执法全过程记录、重大执法决定法制审核等制度，规范执法程序。" * 4
            + "\n所有办件均在南通市政务服务平台办理。",
            "江苏省南通市如皋市农业农村局",
        ),
        # a bureau working 会同 (together with) its county"s bureau names no 会同县
        ("零容忍！某县集中销毁非法医疗器械\n邵阳网讯 5月22日下午，隆回县卫生健康局会同县财政局对收缴的医疗器械进行了集中销毁。", "湖南省邵阳市隆回县卫生健康局"),
        # a body said in full and then short (城管局): one body at work
        ("本报讯 春节将至，为预防燃气安全事故，近日，德化县城市管理局组织专班开展燃气安全检查。\n检查组共检查出隐患11个。\n下一步，德化县城管局将持续开展检查。", "福建省泉州市德化县城市管理局"),
        # a district"s bureau at work once, and towns of the district at work clause after clause: its parts, not other actors
        ("浙江在线7月8日讯 自全区改革推进以来，杭州市余杭区综合行政执法局积极推进镇街执法事项赋权工作。\n对此，瓶窑镇开展专项整治，瓶窑镇共查处案件12起。\n同时，良渚街道开展夜间巡查，良渚街道共处罚商户9家。", "浙江省杭州市余杭区综合行政执法局"),
        # an outlet named after its district, its reporters in brackets and a day said as 前天, over 区某局
        ("海曙新闻网讯(记者 某某 通讯员 某某)前天, 区综合行政执法局启动为期两个月的专项行动，行动首日开出整改通知书102份。", "浙江省宁波市海曙区综合行政执法局"),
        # a yearbook titled with its kind alone (政府信息公开…年度报告), no one"s name, over 我区 and the one district the page names
        (
            "更新时间：\n2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况。2021年，我区严格按照条例规定推进政府信息公开工作。截止2021年12月31日，我区主动公开文件共349件。\n(二)我区以海南省三亚市吉阳区政府门户网站为主要公开平台。",
            "海南省三亚市吉阳区",
        ),
        # a yearbook"s entry opening on its heading in brackets, then the year and a city bureau named relative to the city
        (
            "【概况】 2019年，全市卫生健康系统深化改革，市卫生健康综合监督执法局突出日常监管和案件查处，工作稳步推进。常德市共办理案件300件。",
            "湖南省常德市卫生健康综合监督执法局",
        ),
        # a city bureau"s branch in a county-level city, named relative to the city an outlet is named after, after 连日来 and a doubled comma
        (
            "运城新闻网讯(记者 某某) 连日来,,市生态环境局河津分局分八个小组开展专项执法检查,共检查企业60家。",
            "山西省运城市河津市生态环境分局",
        ),
        # a purpose clause, then a day and the body at work, joined by a town"s team of its own county
        (
            "为加强乡镇执法队伍建设，2024年10月16日翁源县林业局组织执法人员到官渡镇开展业务指导，并联合官渡镇综合行政执法队开展检查。本次检查共出动执法人员15人次。",
            "广东省韶关市翁源县林业局",
        ),
        # a news title opening on a county said short and a colon, over 县某局
        (
            "蓬溪：部门联动 整治占道经营\n为营造有序的街道环境，近日，县综合行政执法局联合交警大队开展专项整治行动。",
            "四川省遂宁市蓬溪县综合行政执法局",
        ),
        # a ministry"s own news, spaces left before the comma
        (
            "据应急管理部消息    ，近日，应急管理部督导组对某省5家企业进行重点抽查，发现隐患42项。",
            "应急管理部",
        ),
        # a place"s name alone for a title over news of one of its bodies, a bureau"s numbered squad
        (
            "四川眉山\n为维护市容环境，7月30日，眉山市城市管理行政执法局直属二大队联合某镇政府开展集中整治。\n为保证整治成效，眉山市城市管理行政执法局直属二大队安排人员全程巡查。",
            "四川省眉山市城市管理行政执法局直属二大队",
        ),
        # put up by a bureau over news opening on its field"s brigade
        (
            "某区重拳出击 打击非法行医\n发布时间：2023-07-03 来源：金安区卫健委\n金安区卫生健康执法大队加大对非法行医的打击力度，该大队持续开展集中整治。",
            "安徽省六安市金安区卫生健康执法大队",
        ),
        # a province bureau"s detachment"s numbered brigade, one of other bodies of the province it works with
        (
            "江南时报讯 为打击违法行为，8月15日，江苏省交通综合执法局沿海支队第二大队会同滨海县交通运输综合行政执法大队开展整治行动。",
            "江苏省交通综合执法局沿海支队第二大队",
        ),
        # a feature whose scenes, each opening on someone"s words, show several bodies at work, and one body named after them:
        # none of them is the author; the province's fire and rescue force the lead names is (its 总队)
        (
            "我省集中曝光消防安全隐患\n某报讯 主题教育开展以来，湖北消防救援队伍针对隐患曝光出实招。\n“这个彩钢板房子，一定要按时整改。”6月9日，武汉市消防救援支队经济技术开发区大队在排查时发现一家企业违规搭建。\n“隐患不除，决不收兵。”6月12日，黄石市消防救援支队在检查中发现3家服装厂存在隐患。\n湖北恩施市消防救援大队对某酒店进行检查时，发现疏散通道堵塞。",
            "湖北省消防救援总队",
        ),
        # a line of the page"s fields after its site"s name is no opening: the lead after it is
        (
            "烟台拉网清理问题图书\n烟台政务网 发布日期 : 2022-11-11 字体大小: 打印\n近期，烟台市文化和旅游局组织开展了集中清理专项行动。烟台市文化市场综合执法局和各区市综合行政执法局以电商平台为检查重点。",
            "山东省烟台市文化和旅游局",
        ),
        # a ministry"s site over news of one body of a city, told at a conference it held with the city"s court: the body, and never the two joined into one name
        (
            "行政机关负责人出庭应诉率百分之百\n时间:2025-08-05 来源:司法部 作者:佚名\n法治日报讯 记者某某 近日，记者从辽宁省阜新市中级人民法院和阜新市司法局联合召开的新闻发布会上获悉，2024年，阜新行政机关负责人出庭应诉率达100%。\n据介绍，阜新中院、阜新市司法局首次共同发布分析报告。",
            "辽宁省阜新市司法局",
        ),
        # two bodies joined by 和 are no one body"s name (中级人民法院和某市司法局)
        (
            "法治日报讯 记者某某 近日，记者从辽宁省阜新市中级人民法院和阜新市司法局获悉，2024年，阜新行政机关负责人出庭应诉率达100%。",
            None,
        ),
    ],
)
def test_short_outer_names_towns_said_short_news_leads_and_records_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # figures up to a day of a month (截至6月30日) on a page dated later that year, though
        # the campaign began 去年
        (
            "成效显著!某省关闭取缔993家企业\n2019-07-09 09:25:52 来源:人民网\n"
            "截至6月30日,全省共排查整改重大事故隐患754处。去年12月21日,省政府部署开展攻坚行动。",
            2019,
        ),
        # a campaign named for its year with words of its field between, on a page stating no year
        ("6月10日,记者从江西省市场监管局召开的2022民生领域案件查办“铁拳”行动专题新闻发布会上获悉,截至今年5月底,已查办案件3970件。", 2022),
        # ...but a meeting deploying next year's campaign reviews the year it names
        ("3月22日,市市场监管局召开2023民生领域“铁拳”行动部署会,回顾总结2022年工作。2022年共查处各类违法案件1677件。", 2022),
        # a span's start written with a space before 年 is no report year
        ("【摘要】:自2017 年环保督察开展以来,办结率99%。\n【概况】 2020 年,某分局开展专项整治20余次。", 2020),
        # a span that began in a month, the page's only year, on an undated page
        ("自2024年1月起，县市场监管局共查处违法案件30件。", 2024),
        # a span from a bare year may run over several: no year
        ("自2017年以来，县市场监管局累计查处违法案件300件。", None),
        # a campaign named for its year with its field before it and no quotes, on a page stating
        # no other year
        ("本报讯 7月28日凌晨，某区农业综合执法大队出动执法人员9人，开展渔政2022亮剑行动。", 2022),
        # a span from a year to the page's day, on a page dated later: not that year's
        (
            "首页 > 经验\n2019年至今某市场监管局办结不正当竞争案件1069件 2023-10-11 13:34:53 来源:某网\n近年来，北京市市场监督管理局办结案件1069件。2023年已检查收费主体300家。",
            2023,
        ),
        # ...on a page dated that year: that year's
        ("首页 > 新闻\n2019年至今全区立案查处环境违法案件136件\n来源:某日报 2019-05-31 11:04\n5月30日，自治区召开新闻发布会。", 2019),
        # a year in someone's quoted words gives way to the page's own
        ("沙河追回欠薪\n“公司拖欠我们员工2016年的工资至今未发，希望尽快解决。”近日，某局接到投诉。2020年，该地累计处理欠薪问题54起。", 2020),
        # ...and is read where the page states none of its own
        ("某县查处案件\n“2021年我们共查处各类案件30件，”县市场监管局局长说。", 2021),
        # a span from a day a law took effect, to now (自…1日，新法施行以来), on an undated page
        ("我市践行环境保护法\n自2016年1月1日新法施行以来，曲靖市生态环境局宣威分局坚持严格规范执法。共查处环境违法案件50件。", None),
        # a paper's date right after its name on the source line: the page's date, in May
        ("北京查处价格违法行为\n作者:某某 来源:人民日报2022年05月04日\n4月26日以来，全市市场监管部门立案处罚85件。", 2022),
        # a field table run together, its publishing date right after its label
        ("某市城市管理局开展夜查行动\n成文日期2018-04-12:发布日期2018-04-12:\n为整治市容，我局从4月2日开始开展夜间专项整治，查处占道经营40起。", 2018),
        # a page of January on one joint action (此次联合行动), summing up no year (its time run into
        # the lead hides the days of its own month)
        ("来源:某新闻网\n2020-01-16 10:331月12日至14日，某综合执法大队联合多部门开展专项检查，为此次联合行动制定了方案，检查船只20艘。", 2020),
        # a meeting named for the year it plans, which hears of the year before
        ("近日，某省生态环境厅召开2024年全省生态环境执法工作部署会，通报了2023年执法工作情况：全年立案处罚案件3000件。", 2023),
        # a span from last year's month to the page's day (去年12份以来 on a page of April): the
        # page's year
        ("某县捣毁售假窝点\n2016-04-25 08:43 来源:某网\n某县食药监局加大农村食品市场查处力度。去年12月份以来，共查封扣押问题食品9800余箱。", 2016),
        # the month a body was set up, on an undated briefing: not the time its figures are of
        ("关于我市城管工作的汇报\n市城管执法局是2004年12月我市机构改革中成立的。全局现有执法队员157名。", None),
        # a campaign named with its year right before 行动, on a page stating no other year
        ("为贯彻落实安全生产专项教育整治和重大事故隐患专项排查整治2023行动，某区应急管理局持续开展执法检查，共检查企业30家。", 2023),
        # ...or before 专项执法督查
        ("按照省安委办《关于开展全省9月份重大事故隐患2024专项执法督查的通知》要求，9月13日，某县执法小分队开展检查，检查企业9家。", 2024),
        # a campaign"s quoted name ending on its year, its kind said further after the quote
        ("江南时报讯 8月15日，某支队按照《五市“交通蓝·护卫2024”道路运输集中日“区域协作”专项整治行动方案》要求开展整治，查处违法车辆20辆。", 2024),
        # a statistics time (统计时间为…1月1日至12月31日) over a cited notice of the year before
        ("本年报根据《某省政务公开办公室关于做好2023年政府信息公开工作年度报告编制工作的通知》要求编制，使用数据统计时间为2024年1月1日至12月31日。", 2024),
    ],
)
def test_cut_off_days_campaigns_of_a_field_and_spans_with_a_space_give_the_year(text, year):
    assert extract_text(text).report_year == year



@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a title that opens on a town at work, on a page naming no body of the town: its government
        (
            "开慧镇开展木材加工厂专项检查行动\n为吸取近期事故教训，落实上级部署，12月23日，开慧镇会同派出所"
            "对辖区木材加工厂开展联合检查，共检查企业8家，责令整改问题12处。",
            "湖南省长沙市长沙县开慧镇",
        ),
        # ...but a county at work in its title is one of its departments at work, which one unsaid
        (
            "上高县多举措开展河道非法采砂整治\n一是严格执法。今年以来，共开展河道巡查10余次，立案查处非法采砂案1起。"
            "二是多方合力。水利局与公安、交通等部门组成联合执法队伍。",
            None,
        ),
        # ...as is a city starting a campaign of a field
        ("昆明市启动第三批绿剑专项执法行动\n昨日，昆明市启动第三批专项执法行动。已完成的两个批次共检查执法对象675家，行政立案216件。", None),
        # a byline in brackets ends right before the body that opens the first clause
        ("严查哄抬物价\n本报讯（记者 某某）黑龙江省市场监督管理局29日发布消息，已立案查处口罩违法案件32起。", "黑龙江省市场监督管理局"),
        (
            "黑龙江严查哄抬物价\n中新网哈尔滨1月29日电 (记者 某某 某某)黑龙江省市场监督管理局于29日发布消息，已立案查处口罩违法案件32起。"
            "疫情发生后，黑龙江省市场监管局对全省药店开展检查。",
            "黑龙江省市场监督管理局",
        ),
        # a working office named by the two words of its charge is a body of its division
        (
            "为进一步巩固治超成果，10月20日至10月23日夜间，邯郸市治超办组织全市公安、交通两部门联合开展货运车辆"
            "治理专项行动。共出动执法人员1100人次，查扣车辆144辆。",
            "河北省邯郸市治超办",
        ),
        ("为切实做好禁捕执法工作，5月12日，江夏区禁捕办组织开展联合执法行动，查处违规垂钓行为12起。", "湖北省武汉市江夏区禁捕办"),
        # ...but a subdistrict's is part of its own office, which the page does not name
        ("近日，深圳市罗湖区桂园街道交安办联合交警开展整治，查处违停车辆35辆。", None),
    ],
)
def test_towns_at_work_in_a_title_bylines_and_offices_named_by_their_charge_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a government's press office hosts; the one department whose head tells the figures is their author
        (
            "2月3日，青岛市城阳区人民政府新闻办公室召开新闻发布会，介绍全区规范涉企行政执法工作情况。"
            "城阳区司法局党组成员、副局长某某出席发布会并回答提问。2025年全区涉企行政检查同比下降40%。",
            "山东省青岛市城阳区司法局",
        ),
        # ...named relative to the host's division
        (
            "6月5日，宜宾市人民政府新闻办公室举行新闻发布会，市生态环境局副局长某某介绍，今年以来全市查处环境违法案件86件。",
            "四川省宜宾市生态环境局",
        ),
        # ...but with two departments telling, neither, and not the one whose head spoke last
        (
            "2月28日，山东省政府新闻办召开新闻发布会，邀请省市场监管局党组副书记、副局长某某，省药监局党组成员、副局长某某"
            "介绍有关情况。价格违法案件立案1024件。",
            None,
        ),
        # ...and where nothing else names the author, the host's division gives the presenter's
        (
            "欢迎访问某食品安全网！\n重庆市场监管部门已查处涉疫情违法案件573件\n2020-05-27 15:44来源:某网\n"
            "2月16日，重庆市政府新闻办举行疫情防控工作例行新闻发布会。重庆市市场监管局副局长某某通报，截至2月14日，"
            "全市市场监管系统查处涉疫情违法案件573件。\n某某介绍，疫情发生以来，全市市场监管系统处理野生动物违法线索8件"
            "（全市共查处野生动物违法案件56件，其中市场监管局2件、公安局7件、林业局47件）。",
            "重庆市市场监督管理局",
        ),
        # a city by its name without 市, its field's system right after, past a dateline of 消息
        (
            "四川在线消息(记者 某某)近日，德阳应急系统针对矿山事故开展集中执法检查，查处违法行为3起。",
            "四川省德阳市应急管理局",
        ),
        # a field named right after its division, its 局 left unwritten, at work in a year-led lead
        ("2020年，平利县农业农村认真贯彻《中华人民共和国政府信息公开条例》，县农业农村局主动公开政府信息20条。", "陕西省安康市平利县农业农村局"),
    ],
)
def test_press_conferences_a_government_hosts_and_fields_and_systems_at_work_name_the_department(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead that opens on where it was learned, with no reporter before it
        ("从天津市生态环境局获悉，1-8月，全市生态环境系统共检查企业19836家次，立案1887起，下达行政处罚决定1435件。", "天津市生态环境局"),
        # a day told without its month (10日下午) before a town holding a meeting, past a byline
        (
            "本报讯(记者 某某 通讯员 某某)10日下午，开慧镇召开安全生产隐患整治现场推进会，检查组随机检查了5家企业。",
            "湖南省长沙市长沙县开慧镇",
        ),
        # a body's other name in brackets right after its own is no second body at work
        (
            "某报福州讯 9月中旬以来，福建省市场监管局(福建省食安办)牵头，会同15个省直部门开展食品安全联合行动，"
            "全省共查处各类案件1079件。",
            "福建省市场监督管理局",
        ),
    ],
)
def test_leads_learned_from_a_body_days_without_a_month_and_bodies_with_their_other_name(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_the_committees_a_notice_is_addressed_to_each_of_are_no_body():
    text = (
        "下陆区隐患排查整治行动进展情况通报\n各街道(园区)，区安委会各专委会，区安委会各成员单位：\n"
        "截至目前，我区累计组织专家检查企业162家次。"
    )
    found = extract_text(text).issuer
    assert "各" not in (found.issuer or "") and "各" not in (found.body_type or "")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a city bureau named by a title over news of its branch in a district at work
        (
            "安顺市生态环境局：大力整治环境隐患 保障安全生产\n为确保辖区生态环境安全，安顺市生态环境局西秀分局在2024年开年以来，"
            "加大力度开展环境安全隐患整治工作。\n2024年开年以来，安顺市生态环境局西秀分局排查企业86家。",
            "贵州省安顺市西秀区生态环境分局",
        ),
        # a division's level written again before its body (永年区区…) is the division's body, no body of its own kind
        ("永年区区生态环境分局根据群众举报线索，检查企业12家。永年区区生态环境分局对3家企业立案查处。", "河北省邯郸市永年区生态环境局"),
        # a day with its 日 written twice before the body the reporter learned it from
        ("记者2月16日日从天津市应急管理局获悉，2021年，全市检查企业1.2万家次。", "天津市应急管理局"),
        # the body that leads what the lead tells (由某办公室牵头…), named relative to the outlet's county
        (
            "绥宁新闻网讯(记者 某某)7月10日，由县交通问题顽瘴痼疾集中整治办公室牵头联合县交警大队开展联合执法行动，查处违法车辆12台。",
            "湖南省邵阳市绥宁县交通问题顽瘴痼疾集中整治办公室",
        ),
    ],
)
def test_branches_under_their_bureaus_title_levels_written_twice_and_bodies_that_lead(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # an office of a division's party committee and its government both, signing the page: the
        # division's office
        (
            "根据冬季大气污染情况，南乐县督查局联合县环保局进行了一次环境保护专项检查。截止目前，共检查企业320家。\n(南乐县委县政府督查局)",
            "河南省濮阳市南乐县督查局",
        ),
        # a working office named by its charge, then what it does (组织…大队): the office
        ("7月10日，蔡甸区治超办组织区交通运输综合执法大队开展联合执法行动，查处超限车辆12台。", "湖北省武汉市蔡甸区治超办"),
        # a source given as 来自: over a title naming the body relative to its division
        (
            "区应急管理局组织开展2023年度全区安全生产异地执法互查活动\n来自:枣庄高新区应急管理局 时间:2023-08-16\n"
            "区应急局于8月11日在全区开展执法互查活动，检查企业26家。",
            "山东省枣庄高新技术产业开发区应急管理局",
        ),
        # a season's days opening the lead (春运期间，), the body named relative to the county named
        (
            "红网时刻怀化2月13日讯 (通讯员 某某)春运期间，为净化辰溪县春运交通运输市场秩序，2月10日，"
            "县交通运输综合行政执法大队在城区开展专项行动，查处非法营运车辆5台。",
            "湖南省怀化市辰溪县交通运输综合行政执法大队",
        ),
    ],
)
def test_offices_of_committee_and_government_sources_given_as_from_and_seasons_opening_a_lead(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_place_whose_accident_is_a_lesson_anchors_no_relative_body():
    text = (
        "为深刻汲取东莞市清溪镇“9·2”较大火灾事故教训，推动镇、村工业园区提升本质安全水平。9月14日，"
        "镇应急管理分局联合消防大队开展联合执法检查，检查企业62家，立案处罚12宗。"
    )
    assert "清溪" not in (extract_text(text).issuer.issuer or "")


def test_a_line_naming_a_sites_image_gives_no_year():
    text = (
        "2019年某部banner嵌入\n当前位置: 首页 > 信息发布 > 安徽\n安徽宣城三位一体保障文化和旅游市场安全有序\n"
        "发布时间:2020-12-07 09:10\n2020年以来，安徽省宣城市出动执法人员25964人次，检查经营单位8504家次。"
    )
    assert extract_text(text).report_year == 2020


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead that opens on its purpose, then its day (为…，连日来，某厅…), the body's short name in brackets
        (
            "某局主管    某报刊社主办\n分享链接\n宁夏扎实推进农村假冒伪劣食品专项整治\n2025-07-07 12:07:02 某报\n本报讯 (记者某某)"
            "为切实解决农村假冒伪劣食品突出问题，连日来，宁夏回族自治区市场监管厅(以下简称“宁夏市场监管厅”)积极推进专项整治，"
            "检查食品生产企业120家。",
            "宁夏回族自治区市场监督管理厅",
        ),
        # a day written day.month.year above a lead opening on the time since a campaign began, another body in a later clause
        (
            "全市市场监管部门查办经济违法案件2801件\n\n17.04.2019  09:30\n\n自开展扫黑除恶专项斗争以来，昆明市市场监管部门认真贯彻落实"
            "上级部署，市场监管领域扫黑除恶治乱工作取得阶段性成效。\n\n一年来，昆明市公安局配合开展联合执法，全市市场监管部门查办"
            "经济违法案件2801件。",
            "云南省昆明市市场监督管理局",
        ),
    ],
)
def test_leads_past_their_purpose_or_the_time_since_a_campaign_began_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_body_working_with_another_is_not_one_body_with_both_names():
    text = "本报讯(某某)为切实做好春节期间安全生产工作，近日，鄢陵县产业集聚区联合鄢陵县安监局开展安全生产暗访行动，抽检企业20家。"
    found = extract_text(text).issuer
    assert "联合" not in (found.issuer or "") and "联合" not in (found.body_type or "")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a field's bodies at every level of the region the page speaks as (我区各级…部门): its bureau
        (
            "新疆全力保障生活必需品价格稳定\n天山网-新疆日报讯(记者某某报道)本轮疫情发生以来，我区各级市场监管部门紧盯"
            "生活必需品价格，查处价格违法案件12件。",
            "新疆维吾尔自治区市场监督管理局",
        ),
        # ...but a city's system named before the body of it at work is no subject (全市卫生健康系统…，市某局…)
        (
            "【概况】 2019年，全市卫生健康系统深化监督体制改革，市卫生健康综合监督执法局突出日常监管。\n岳阳市2019年卫生监督工作",
            "湖南省岳阳市卫生健康综合监督执法局",
        ),
    ],
)
def test_a_fields_bodies_of_the_division_a_page_speaks_as_are_its_bureau(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_party_committees_posts_after_the_division_are_no_body():
    text = (
        "2024年，在市委的坚强领导下，我市坚持以习近平法治思想为指导，把推进法治政府建设摆在工作全局的重要位置。"
        "市委常委会会议、市政府常务会议定期听取法治政府建设工作汇报。泰安市全年办理行政复议案件120件。"
    )
    assert extract_text(text).issuer.issuer == "山东省泰安市"


def test_a_body_that_sends_a_group_to_look_at_a_places_work_is_no_author():
    # (the province's bureau opens the lead, sending its group; the city's bureau is the one at work)
    text = (
        "近日，湖南省市场监管局派出督导组到邵阳开展岁末年初市场安全专项行动督查。督导组听取邵阳市市场监管局工作汇报。"
        "截至目前，邵阳市市场监管局已查处食品违法案件7起，检查企业132家。"
    )
    assert extract_text(text).issuer.issuer == "湖南省邵阳市市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a government's press office invites a brigade, not a bureau, to tell the figures
        (
            "6月24日上午，潍坊市人民政府新闻办公室组织召开新闻发布会，邀请市消防救援支队介绍消防安全大检查有关情况。"
            "今年以来，全市累计检查单位3.3万家次，发现并督促整改火灾隐患3.01万处。",
            "山东省潍坊市消防救援支队",
        ),
        # a lead opening on a day said relative to the page's, with its half of the day (昨天下午，)
        (
            "昨天下午，广西公安消防总队召开新闻发布会，通报了夏季消防安全大检查的情况。全区共检查单位1.2万家。",
            "广西壮族自治区公安消防总队",
        ),
    ],
)
def test_brigades_invited_to_a_press_conference_and_leads_on_yesterday_afternoon_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_the_items_a_site_lists_below_the_page_name_no_author_and_give_no_figures():
    text = (
        "本报讯 1月26日下午，泸州市交通运输综合行政执法支队与省公安厅高速公路公安局三分局联合开展打击非法营运专项整治行动。\n"
        "14时50分，市交通运输综合行政执法支队直属大队与交通警察在收费站出口附近检查时，发现一辆轿车涉嫌非法营运，执法人员随即开展"
        "现场调查，依法对该车进行了扣押，同时将车上乘客送到车站换乘其他车辆，并劝导他们不要乘坐非法营运车辆。\n"
        "此次行动在全市多个重点高速公路收费站口附近同时进行，共查处非法营运车辆10辆。下一步，支队将持续保持高压态势，严厉打击"
        "各类非法营运行为，切实维护道路运输市场秩序和人民群众出行安全。\n新闻推荐\n"
        "本报讯(记者某某)近日，市卫生健康委暗访组前往某镇卫生院暗访，共检查医疗机构12家。\n"
    )
    document = extract_text(text)
    assert document.issuer.issuer == "四川省泸州市交通运输综合行政执法支队"
    assert [f.as_written for f in document.figures] == ["10辆"]


def test_a_bureaus_own_part_presenting_beside_it_is_the_bureau():
    text = (
        "9月10日，陕西省人民政府新闻办公室举办新闻发布会，陕西省市场监督管理局副局长某某、省市场监督管理局稽查局局长某某出席，"
        "介绍全省开展铁拳行动有关情况。全省共查办民生领域案件4859件。"
    )
    assert extract_text(text).issuer.issuer == "陕西省市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead's day with its hour (8月4日21时许，)
        (
            "红网时刻8月5日讯(通讯员 某某)8月4日21时许，湘潭市雨湖区治超办接群众举报，在新湘路有10台超限车辆停靠。"
            "在市治超办副主任、湘潭市交通运输局党委委员、副局长某某的精心指挥下，市交通运输综合行政执法支队支队长某某的精准调度下，"
            "由雨湖区治超办牵头，联合市路政处流动执法大队等单位打击超限超载车辆，查处超限车辆10台。",
            "湖南省湘潭市雨湖区治超办",
        ),
        # a yearbook its government compiled from its departments' (由某区人民政府综合…编制而成)
        (
            "本报告依据《中华人民共和国政府信息公开条例》要求，由徐水区人民政府综合全区各部门和各乡镇政府信息公开工作年度报告"
            "和统计数据编制而成。全年主动公开政府信息1200条。",
            "河北省保定市徐水区",
        ),
    ],
)
def test_days_told_to_the_hour_and_yearbooks_a_government_compiled_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_guest_of_an_event_is_no_body_at_work():
    text = (
        "为营造预防和解决拖欠农民工工资问题的舆论氛围，4月26日，全省保障农民工工资支付条例宣传活动在萍乡市广场启动。"
        "省人社厅副厅长某某出席启动仪式并讲话，萍乡市人大常委会副主任某某致辞。活动现场发放宣传资料2000余份。"
    )
    assert "人大" not in (extract_text(text).issuer.issuer or "")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the body that leads, after its division (平度市由农业局牵头): that body, no body called 由农业局
        (
            "备播时节，为加强农资市场监管，山东省平度市由农业局牵头负责，联合市场监督局、公安局等执法部门成立了农资打假行动工作小组，"
            "检查农资门店120家。",
            "山东省青岛市平度市农业局",
        ),
        # a government's short office (省政府安办) is its 安全生产委员会办公室
        (
            "本报讯(记者 某某)7月25日记者从省政府安办获悉，今年1-6月，四川全省发生各类生产安全事故起数同比下降。",
            "四川省安全生产委员会办公室",
        ),
        # a lead's body whose name ends on 综治办, under a title naming its city alone
        (
            "鹤壁市：推动烟草市场综合治理向纵深发展\n2025年以来，鹤壁市烟草市场综治办深入贯彻落实全省烟草市场综合治理工作部署，"
            "查处涉烟违法案件120起。",
            "河南省鹤壁市烟草市场综治办",
        ),
    ],
)
def test_bodies_that_lead_a_governments_short_offices_and_offices_of_a_campaign_name_their_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_the_year_a_magazine_was_founded_is_no_report_year():
    text = "· 某局主管· 某杂志社主办1951年创刊欢迎来到某网\n沙洋县档案局联合县司法局组成档案执法检查组，对28家县直单位进行检查。"
    assert extract_text(text).report_year != 1951


def test_a_governments_site_as_the_source_of_what_a_body_inside_it_told_is_that_bodys():
    text = (
        "10月29日上午，从常德市环境监察支队获悉，1至9月，常德市共立案查处环境违法行为215起，罚款金额约1748万元。\n"
        "今年以来，全市对85家企业进行了随机抽查。\n来源:湖南省人民政府\n"
    )
    assert extract_text(text).issuer.issuer == "湖南省常德市环境监察支队"


def test_a_departments_officer_in_charge_presenting_at_a_governments_press_conference_names_it():
    text = (
        "陕西：营造更加公平有序的市场环境\n11月8日，省政府新闻办举行新闻发布会。省市场监管局相关负责人介绍陕西省纵深推进铁拳行动有关情况。"
        "今年以来，全省市场监管系统共查办案件10284件。"
    )
    assert extract_text(text).issuer.issuer == "陕西省市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a headline opening on a county's brigade that does its work (全力做好), over a lead naming
        # the county's bureau relatively
        (
            "首页 走进某地 新闻中心\n\n洋县城管执法大队全力做好端午节期间市容秩序保障\n\n"
            "为保障节日期间市容整洁，县城管执法局提前部署，劝导占道经营商户46户，清理乱堆乱放12处。",
            "陕西省汉中市洋县城管执法大队",
        ),
        # a headline opening on a development zone's bureau, the zone named short after its city
        (
            "某某资讯网\n扬州市经开区市场监管局组织开展节前食品安全检查\n"
            "为守护群众节日餐桌安全，连日来共出动执法人员60人次，检查食品经营户115家。",
            "江苏省扬州经济技术开发区市场监督管理局",
        ),
    ],
)
def test_a_headline_opening_on_a_body_doing_its_work_names_that_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        # the province's field said as 我省各级人社部门, on a page that names 省人社厅 short
        "某省日报\n我省去年为农民工追回工资2.1亿元\n2018年，我省各级人社部门共受理拖欠工资举报案件900件，已办结890件。"
        "省人社厅先后公布重大违法案件15件。甘肃日报记者某某",
        # 江苏省人社部门 in a news item that opens on 江苏省人社厅 and others holding a press briefing
        "江苏推进根治欠薪工作\n江苏省人社厅、省高院和省公安厅近日联合举行新闻通气会，通报冬季攻坚情况。"
        "去年江苏省人社部门共立案查处欠薪案件5200件，为4.1万人追发工资3.3亿元。",
    ],
)
def test_a_provinces_field_said_as_its_departments_is_the_hall_the_page_names_short(text):
    assert extract_text(text).issuer.body_type == "人力资源和社会保障厅"


def test_the_division_a_report_sends_its_figures_up_to_is_not_its_own():
    # 我市 is a county-level city below 铁岭市, whose bureau the figures go up to
    text = (
        "为切实做好冬季安全生产工作，确保我市安全生产形势平稳，应急管理局要求各部门实行日报告制度，"
        "每日将情况汇总后上报铁岭市应急管理局。截至目前，全市各部门累计检查企业310家，发现隐患95项。"
    )
    assert extract_text(text).issuer.issuer is None


def test_a_papers_date_line_and_its_place_dateline_stand_before_the_lead():
    # the paper's name, date, time and the button for larger type are no sentence; the place's
    # dateline (某地讯) opens the lead with no reporter in brackets
    text = (
        "崇左市开展春季学期食品安全专项检查\n\n左江日报 2021-03-18 10:05 大字\n\n"
        "崇左讯为加强校园食品安全监管，连日来，市市场监督管理局在全市组织开展专项检查，共检查学校食堂212家。"
    )
    assert extract_text(text).issuer.issuer == "广西壮族自治区崇左市市场监督管理局"


def test_a_department_opening_the_clause_after_a_leads_purpose_is_its_body():
    # no day after the purpose: the bureau that opens the next clause and does something
    text = (
        "当前位置: 首页 > 城管动态\n某县城管：联合执法拆除违建\n发布日期:2025-04-02\n\n"
        "为进一步改善城区市容环境，桐柏县城市管理局于2025年3月30日联合街道办开展违建集中整治，拆除违建3处。\n"
        "当天，桐柏县城市管理局执法大队联合街道办，共出动执法人员26人，执法车辆3辆。"
    )
    assert extract_text(text).issuer.issuer == "河南省南阳市桐柏县城市管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a site's host line (某市自媒体协会主办) is no body at all
        ("0517网\n淮安市自媒体协会主办\n开发区多部门联动执法 助推文明创建工作\n近日，开发区多部门联合开展巡查整治，出动执法人员320人次。", None),
        # 来源: a county's government office, under a news title about the county: the county's government
        (
            "首页 / 政务公开 / 县市区动态\n\n万载县多措并举持续改善空气质量\n\n时间: 2024-09-04 08:58 来源: 万载县政府办\n\n"
            "一是强化要素保障，组成大气污染防治监督专班。二是严格园区管理，开展夜查行动24次，处罚企业8家。",
            "江西省宜春市万载县",
        ),
        # a lead's purpose, then the town at work; later the town's brigade among other bodies
        # listed together (…等单位联合): the town, not the brigade
        (
            "中国义乌网9月24日讯(记者 某某)为扭转治水被动局面，义乌苏溪镇充分发挥综合执法改革试点优势，加强涉水源头监管。\n"
            "9月23日晚，苏溪镇综合行政执法队、镇五水共治办、苏溪派出所等单位联合开展执法行动，查处违规垂钓行为四起。",
            "浙江省金华市义乌市苏溪镇",
        ),
    ],
)
def test_host_lines_a_government_offices_source_and_bodies_at_work_together(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town at work in a title that opens on its province said short and a colon; later
        # 会同 is "together with" the county's bureau after the one who leads, no county 会同县
        (
            "某某网\n安徽和县乌江镇：开展节前安全生产大检查\n2019-09-26 17:20 某某网\n"
            "节日将至，全镇扎实开展安全大检查。9月24日，镇安委办牵头，会同县住建局、县液化气公司、派出所，"
            "对辖区液化气市场开展联合整治，下达整改通知书6份。",
            "安徽省马鞍山市和县乌江镇",
        ),
        # a reporter told by a district named alone: the district's government
        (
            "昨天（6月19日），记者从姑苏区获悉，目前全区累计巡查发现环境卫生死角596处，已完成整改564处；查处违规设摊行为2800起。",
            "江苏省苏州市姑苏区",
        ),
    ],
)
def test_a_town_in_a_title_after_its_province_said_short_and_a_district_that_told_a_reporter(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_papers_page_headed_by_a_city_bureau_over_a_district_bodys_news_is_the_district_bodys():
    text = (
        "国内统一刊号:CN00-0000 某某日报报业集团出版\n银川市综合执法监督局\n"
        "本报讯 近日，银川市金凤区综合执法局北京中路执法中队对河堤边私自开垦种菜整改情况进行“回头看”，"
        "该中队与街道办事处再次开展清理。此次行动共出动执法队员12人，清理菜地35块。"
    )
    # (the district bureau's squad named after one of its subdistricts: that subdistrict's squad)
    assert extract_text(text).issuer.issuer == "宁夏回族自治区银川市金凤区北京中路街道综合执法中队"


def test_a_forum_posts_line_of_poster_and_time_is_no_lead():
    text = (
        "营山：部门联动 专项整治违规占道经营行为\nsomeone01 发表于:2021-6-11 18:54:30 复制链接 发表新帖\n阅读数:396\n"
        "为营造干净有序的街道环境，近日，县综合行政执法局联合交警大队开展违规占道经营专项整治，清理占道摊点46处。"
    )
    assert extract_text(text).issuer.issuer == "四川省南充市营山县综合行政执法局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a city's fire and rescue force is its 支队
        ("连日来，通辽市消防救援队伍在消防安全检查中发现，某宾馆、某酒店存在重大火灾隐患，依法查封2家。", "内蒙古自治区通辽市消防救援支队"),
        # a province's, said short, is its 总队
        ("主题教育开展以来，湖北消防救援队伍针对消防安全隐患集中曝光，发现隐患3860处，督促整改2989处。", "湖北省消防救援总队"),
    ],
)
def test_a_places_fire_and_rescue_force_is_its_corps_at_that_level(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a page's line of 信息提供日期 and 来源, each with a space before its colon
        (
            "街道开展农贸市场“双随机”检查\n信息提供日期 : 2024-05-10 09:30 来源 :深圳市南山区粤海街道办事处\n"
            "5月份，街道组织执法人员对辖区随机抽取的2家农贸市场进行了检查，未发现违规行为。",
            "广东省深圳市南山区粤海街道",
        ),
        # a government's office as the portal's publisher, the bureau as the page's source (its
        # count of reads after it, a label with no value): the bureau
        (
            "发布机构: 宣城市人民政府办公室 发布日期: 2022-12-30\n全市2022年度环境问题整改工作情况\n"
            "作者:市生态环境局 发布时间:2022-12-30 信息来源:宣城市生态环境局 阅读次数:\n全年完成整改问题45个。",
            "安徽省宣城市生态环境局",
        ),
        # 稿件来源 names the body's website as 来源 does
        ("烟台城管：端午守一线\n稿件来源:烟台市城管局网站\n为全面做好端午节期间违建治理工作，执法大队坚守一线，拆除违建12处。", "山东省烟台市城市管理局"),
        # 发表时间 is a page field; a short name not run on to the next body's end (…应急局积极陪同
        # 配合市应急管理局…: no body called so)
        (
            "开封市鼓楼区：全力保障节日安全\n发表时间 2024-02-27 09:26   阅读 2621\n"
            "为做好春节期间安全工作，开封市鼓楼区应急局高度重视，检查单位12家。春节前后，开封市鼓楼区应急局积极陪同配合市应急管理局检查值班值守情况。",
            "河南省开封市鼓楼区应急管理局",
        ),
        # a ministry that praises a province's hall (通报表扬) makes no figures public: the hall at work
        (
            "原标题:生态环境部表彰2019年全国环境执法大练兵 江西勇夺桂冠\n日前，生态环境部通报表扬2019年环境执法大练兵表现突出集体，"
            "江西“环保铁军”再创佳绩。江西省生态环境厅获评表现突出组织单位。全省查处环境违法案件2718起。",
            "江西省生态环境厅",
        ),
        # a news title that opens on a body and how hard it acts (重拳整治)
        (
            "首页 > 新闻 > 社会 > 敦化市城管局重拳整治占道经营\n手机版百姓热线\n空白\n敦化市城管局重拳整治占道经营 凝心聚力助力创城\n"
            "2022年08月02日 13:35   来源: 某广电全媒体新闻采编中心\n整治店外占道经营一直是城市管理的难点。为给居民创造整洁的环境，"
            "近日，敦化市城管管理行政执法局开展集中整治行动，共清理占道摊点120处。",
            "吉林省延边朝鲜族自治州敦化市城市管理局",
        ),
        # the government's 安委会办公室 named relative to the city, one body (not 市政府安委 and 会办公室)
        (
            "未来一年，临沂市将对各县区安全生产工作进行督导检查\n2025-10-16 14:38:44 来源: 大众网\n"
            "10月16日，临沂市人民政府新闻办主持召开安全宣传新闻发布会，市应急管理局、市城市管理局、市交通运输局相关负责人介绍了隐患整治情况。\n"
            "据介绍，临沂市自今年5月份以来，全面启动隐患排查整治专项行动，发现问题隐患25.8万个。\n"
            "未来，市政府安委会办公室将对各县区开展督导。",
            "山东省临沂市安全生产委员会办公室",
        ),
        # a province's bureau come to oversee a city's campaign (…处在某市开展…督导检查工作) is a visitor
        (
            "近日，山西省市场监管局计量处在晋中开展“夏季清风”专项行动督导检查工作。座谈会上，督导组听取了工作汇报。"
            "自专项行动开展以来，晋中市市场监管局围绕“突击查、讲法规、抓整改”，出动执法人员837人次。",
            "山西省晋中市市场监督管理局",
        ),
        # an outlet's dateline before the lead's day, the body named outright after it
        ("- 国家市场监督管理总局\n- 中央新闻网站\n河南长葛开展春季校园食品安全检查\n中国食品药品网讯 日前，河南省长葛市市场监管局深入全市158家中小学开展检查。", "河南省许昌市长葛市市场监督管理局"),
        # a city's own outlet over the city where the meeting it tells of was held
        ("禹州网讯 日前，在许昌市召开的2023年度城市管理工作会议上，我市城管局荣获先进单位称号。2023年，市城管局开展违法建设整治。", "河南省许昌市禹州市城市管理局"),
        # a news line of date and time, then 来源 naming a body's website: the body
        (
            "全省卫生监督执法成效明显\n\n2024-03-01 08:00:00 来源:山西省卫生健康委员会网站\n\n"
            "2023年，全省各级卫生健康部门共出动监督人员5200人次，检查医疗机构3100家，行政处罚医疗机构86家。",
            "山西省卫生健康委员会",
        ),
        # the dated body line with the page's counters of views and comments after the name
        (
            "某食品网\n\n全市食品案件查办开局良好\n\n2023-02-10 宁波市市场监督管理局 812 0\n"
            "  为落实食品安全“四个最严”要求，1月共查办各类食品案件96件，罚没款120万元。",
            "浙江省宁波市市场监督管理局",
        ),
        # a province's department as 来源 over a title on a county inside it: the outlet, not the author
        (
            "泰宁县开展农资打假专项行动\n\n2021-04-02 来源:福建省农业农村厅\n\n"
            "为规范农资市场，泰宁县农业执法人员在春耕前开展检查，共出动执法人员40人次，检查农资门店25家。",
            "福建省三明市泰宁县",
        ),
        # …and over a title on a city whose bureau the lead has at work: that bureau
        (
            "九江市开展食品安全检查\n\n2022-04-06 10:12:00        来源:江西省市场监督管理局\n\n"
            "为做好节日期间食品安全工作，4月1日至3日，九江市市场监督管理局组织执法人员检查食品经营单位37家，责令整改5家。",
            "江西省九江市市场监督管理局",
        ),
    ],
)
def test_dated_furniture_lines_a_bodys_website_and_the_outlet_of_a_places_news(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a festival's name in quotes opens no one's words: the brigade at work after it is the subject
        (
            "孝感:市城管局监察大队开展国庆前市容整治\n“国庆”将至，为保障节日市容整洁，9月28日，"
            "孝感市城管执法局监察大队提前部署，在城区开展整治。截至目前，共清理流动摊贩15处。",
            "湖北省孝感市城管执法局监察大队",
        ),
        # a village committee is a person's address, a discipline commission no enforcing body, and the
        # city at work clause after clause is what the page is about: none of its county's bodies
        (
            "林业执法人员每天巡山。2021年5月，思茅区林业和草原局综合执法大队发现，思茅港镇某村委会村民李某"
            "擅自毁林种茶，被罚款3万元。普洱市纪委监委对参与毁林的12名干部给予处分。截至目前，普洱市已查处"
            "毁林案件800起，罚款300万元。",
            None,
        ),
        # a province at work once, after the day of its meeting, does not hide the county bureau praised
        (
            "6月1日，四川省某专项行动总结会在绵阳召开，会上表彰了先进集体。苍溪县市场监管局荣获先进集体，"
            "这是该局连续三年获此荣誉。行动开展以来，该局查办案件120件。",
            "四川省广元市苍溪县市场监督管理局",
        ),
        # a body the subject works with (联合…) is no other author
        (
            "红网讯 8月24日，凤凰县交通运输综合行政执法大队联合凤凰县公安局在阿拉营镇开展非法营运整治，查处非法营运车辆5台。",
            "湖南省湘西土家族苗族自治州凤凰县交通运输综合行政执法大队",
        ),
        # a page that speaks for a whole city's system of a field, its typical cases below: the
        # district bureau of the first case is not the author
        (
            "为加大河湖执法力度，全市水利系统依法打击各类涉水违法行为，现公开部分典型案例。\n案例一：某公司擅自取水案\n"
            "2023年3月2日，涪城区水利局对该公司立案查处，责令停止取水，罚款人民币3万元。",
            None,
        ),
        # a document-sharing site's head line names the shared file, the page's title: a bureau
        # named relative to the one district the text names
        (
            "《区城管执法局2022年工作总结.docx》由会员分享，可在线阅读。\n"
            "1、全年城管执法工作按照中共徐汇区委、徐汇区人民政府的部署推进，查处违法搭建120处。",
            "上海市徐汇区城市管理行政执法局",
        ),
    ],
)
def test_quoted_names_addresses_and_partners_in_a_lead_with_one_body_at_work(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_city_bureau_named_relative_to_the_city_whose_paper_carried_it_below_a_bulleted_menu():
    # (本溪 said short names the city and its county both: the paper's city, for a 市 body)
    text = (
        "站群导航\n市政府网站\n部门站群\n  • 无障碍\n  • 长辈版\n  • 繁体\n  • 手机版\n您的位置:首页 >新闻>要闻\n\n"
        "一批过期食品被集中销毁\n\n来源:本溪日报 发布时间:2020-02-10 09:30:00\n\n"
        "  自全市“城乡结合部过期食品专项清理行动”开展以来,市市场监督管理局依法没收过期食品530件。"
        "2月9日，这些食品被集中销毁。"
    )
    assert extract_text(text).issuer.issuer == "辽宁省本溪市市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2023年1月1日起至12月31日止。"
            "如对本报告有任何疑问，请联系西畴县人民政府办公室，电话：0000-0000000。\n一、总体情况\n2023年，全县主动公开信息2100条。",
            "云南省文山壮族苗族自治州西畴县",
        ),
        (
            "本报告依据《中华人民共和国政府信息公开条例》编制。对本报告有意见或建议，请联系：罗源县应急管理局办公室，联系电话0000-0000000。\n"
            "一、总体情况\n2023年，主动公开政府信息65条。",
            "福建省福州市罗源县应急管理局",
        ),
    ],
)
def test_whom_a_yearbooks_reader_is_to_ask_about_it_less_its_office_is_its_author(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a notice that issues the body's own document names the body inside 《》
        (
            "关于印发《嘉定区城管执法局2022年度工作总结和2023年工作要点》的通知\n"
            "索引号 SY-0000-2023-00001 发布机构 综合执法局 发布时间 2023-02-15\n局机关各处室，各街镇中队：\n"
            "现将《嘉定区城管执法局2022年度工作总结和2023年工作要点》印发给你们。2022年，全局共查处违法案件3200件。",
            "上海市嘉定区城市管理行政执法局",
        ),
        # a slogan's short sentence before a lead of purpose whose body is named relative to its district
        (
            "国庆长假，安全不放假。为扎实做好顺德区国庆假期安全生产工作，区安委办统一部署开展联合检查，"
            "10月1日，区、镇共出动执法人员320人次，检查企业560家次。",
            "广东省佛山市顺德区安全生产委员会办公室",
        ),
        # a province's department whose officials visit the city a headline has at work: not the author
        (
            "40秒丨临沂严打假冒伪劣农资 查办案件80起\n来源:某某网 2021-04-02 10:00:00\n"
            "某某网4月2日讯 近日，山东省农业农村厅执法局副局长某某带领督导组到临沂督导农资打假工作。"
            "督导组走进一处农资门店，对店内化肥仔细查看。据了解，行动开展以来，全市共查办案件80起。",
            None,
        ),
        # a headline the reader took for no title, over a first paragraph whose department is at work
        (
            "“利剑2023” | 伊宁县：联合开展夜间治超行动\n"
            "为有效遏制货运车辆超限超载行为，近期，伊宁县交通运输综合行政执法大队联合公安交警等部门开展治超夜查行动。"
            "行动期间查处超限超载车辆23辆。",
            "新疆维吾尔自治区伊犁哈萨克自治州伊宁县交通运输综合行政执法大队",
        ),
        # …but a superior that praises the place in it is no author
        (
            "伊宁县“利剑”行动成效显著\n"
            "1月12日，新疆维吾尔自治区生态环境保护委员会办公室印发《关于表扬“利剑”行动表现突出单位的通报》，伊宁县获评优秀。"
            "行动中全县共查处环境违法案件41件。",
            None,
        ),
    ],
)
def test_an_issued_documents_body_a_relative_body_after_a_slogan_a_superior_and_a_department_below_a_headline(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a news item dated after the year's first months, no time word: its own year's work
        ("区城市管理局强化道路扬尘治理\n日期:2024-10-09\n一是渣土治理。落实出渣工地智能监控全覆盖，查处建筑垃圾违法案件43件，处罚金额86万元。", 2024),
        # dated in January, it may sum up the year before: no year
        ("区城市管理局强化道路扬尘治理\n日期:2024-01-09\n一是渣土治理。落实出渣工地智能监控全覆盖，查处建筑垃圾违法案件43件，处罚金额86万元。", None),
    ],
)
def test_a_news_item_with_no_time_word_is_of_the_year_it_is_dated_after_february(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town's station that manages a field is a body
        (
            "国庆假期结束后，为确保辖区企业安全复产，近日，浙江省苍南县金乡镇应急消防管理站迅速部署，"
            "开展安全生产检查，共检查企业36家，发现隐患52处。",
            "浙江省温州市苍南县金乡镇应急消防管理站",
        ),
        # a county of two characters opening the only clause of the only body named
        (
            "沛县市场监督管理局开展校园周边食品安全检查，重点检查校园周边200米内的食品店铺，共检查店铺70余家，出动执法人员200余人次。",
            "江苏省徐州市沛县市场监督管理局",
        ),
        # reporters in brackets before a lead whose body is named relative to the city said short
        (
            "网站首页 > 资讯频道 > 正文阅读\n(通讯员 某某)连日来，市交通运输综合行政执法支队全力抓好交通运输市场秩序，"
            "倾力为汉中群众营造平安出行环境。共检查客运站12个，检查车辆900余台次。",
            "陕西省汉中市交通运输综合行政执法支队",
        ),
        # a city's news site names the city, though a district bears its short name too
        (
            "市文化广播电视和旅游局：夜查文化市场\n来源：广安新闻网\n近段时间以来，市文化市场综合执法支队连续几晚开展夜查，共检查娱乐场所120余家次。",
            "四川省广安市文化广播电视和旅游局",
        ),
        # a county's media centre names the county; the body opens its clause after a time phrase
        (
            "来源：蓬安融媒\n为进一步规范道路运输市场秩序，近段时间以来，县交通运输综合行政执法大队持续开展打击非法营运行动，查处非法营运车辆16台。",
            "四川省南充市蓬安县交通运输综合行政执法大队",
        ),
        # a city said short before its field and a colon, above a lead that opens on what it
        # follows (按照…要求，) and then the body, named relative to the city
        (
            "宜宾交通执法：严查超限运输\n按照省、市春运安全工作部署要求，市交通运输综合行政执法支队开展治超行动，出动执法人员120人次，查获超限车辆31辆。",
            "四川省宜宾市交通运输综合行政执法支队",
        ),
    ],
)
def test_stations_short_counties_bylines_and_outlets_that_name_a_place(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a county site's section of its own news in the breadcrumb names the county of 县某局
        (
            "首页 今日宜阳 > 部门动态\n县市场监管局开展粮食市场专项整治\n时间:2021-11-10 09:30 来源:县市场监督管理局\n"
            "为规范全县粮食收购秩序，近日，县市场监管局组织人员开展专项整治，检查粮食收购点42家。",
            "河南省洛阳市宜阳县市场监督管理局",
        ),
        # 民宗局 is the short name of the 民族宗教事务局
        ("为确保宗教活动场所安全，苏州市民宗局组织力量开展检查。目前已完成对86个场所的检查，排查隐患215条。", "江苏省苏州市民族宗教事务局"),
    ],
)
def test_a_county_sites_section_and_a_short_name_of_religious_affairs(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the bureau whose plan a brigade follows (根据某局统一部署) is no other author
        (
            "网站首页,本地新闻,图片新闻,专题报道,视频新闻,政务公开,便民服务,联系我们\n防治大气污染 执法人员开展夜查\n"
            "来源:某某晚报 发布时间:2021-04-12 09:22:32\n为做好大气污染防治工作，根据淄博市城市管理局统一部署，4月8日晚，"
            "淄博市城市管理行政执法支队组织执法人员开展夜查，检查餐饮业户44家。",
            "山东省淄博市城市管理行政执法支队",
        ),
        # 近日 right before the body, no comma between
        ("为有效遏制跨门经营现象，近日曹家渡街道综合行政执法队对长寿路沿线进行专项整治，共劝阻教育商户8家，现场处罚4家。", "上海市静安区曹家渡街道综合行政执法队"),
        # a site's footer line holding a body's name alone is no body at work
        (
            "此次活动按照陕西省公路局《关于加强路警联合执法的通知》要求开展，查处超限车辆30余台次，走访源头企业30余家。\n陕西省交通运输厅 \n",
            None,
        ),
    ],
)
def test_a_superiors_plan_a_day_without_a_comma_and_a_footers_name(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_lead_that_opens_past_its_day_on_a_town_at_work_is_the_towns():
    text = "连日来，会泽县娜姑镇从严从实推进爱国卫生“管集市”专项行动，组织力量整治乱摆乱放、占道经营等集市乱象，累计巡查商铺、摊点150余处。"
    assert extract_text(text).issuer.issuer == "云南省曲靖市会泽县娜姑镇"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the place an inspection group handed complaints to answers for them
        (
            "按照中央第三生态环境保护督察组工作要求，7月9日，赤峰市已对中央督察组交办的第十批3件信访举报件进行调查处理，"
            "其中，已办结2件。截至7月9日，赤峰市已对1—10批56件信访件进行调查处理，责令整改8家。",
            "内蒙古自治区赤峰市",
        ),
        # …said as 全市 under a title that names the city the complaints concern
        (
            "按照中央第三生态环境保护督察组工作要求，7月9日，全市已对中央督察组交办的第十批3件信访举报件进行调查处理，"
            "其中，已办结2件，责令整改1家。\n中央第三生态环境保护督察组交办内蒙古自治区第十批涉及赤峰市3件群众信访举报件办理情况",
            "内蒙古自治区赤峰市",
        ),
        # a headline opening on a brigade that strengthens its work
        (
            "首页 新闻 时政\n保山市隆阳区消防救援大队强化人员密集场所隐患排查整治\n来源:某某融媒体中心 发布时间:2024-03-18\n"
            "截至目前，大队共检查单位120家，发现并督促整改火灾隐患200余处。",
            "云南省保山市隆阳区消防救援大队",
        ),
    ],
)
def test_a_place_answering_an_inspection_group_and_a_brigade_that_strengthens(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_one_sections_actor_in_a_summary_by_topic_is_not_its_author():
    text = (
        "珠海“春风”专项行动成效明显\n某某网2月28日电 28日，广东珠海召开“春风”专项行动新闻发布会，介绍行动阶段性成效。\n"
        "在校车整治方面，珠海市公安局牵头组织有关部门，查处无证营运校车12辆。\n"
        "在整治非法开采方面，全市共出动执法人员300人次，立案查处非法开采案件6宗。"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("name", "issuer", "division"),
    [
        # a county bureau's station named after one of the county's towns is that town's station
        ("张掖市甘州区市场监管局北街市场监管所", "甘肃省张掖市甘州区北街街道市场监督管理所", "甘肃省张掖市甘州区北街街道"),
        ("芜湖市湾沚区市场监管局陶辛所", "安徽省芜湖市湾沚区陶辛镇市场监督管理所", "安徽省芜湖市湾沚区陶辛镇"),
        ("墨玉县市场监督管理局奎牙中心市场监督管理所", "新疆维吾尔自治区和田地区墨玉县奎牙镇市场监督管理所", "新疆维吾尔自治区和田地区墨玉县奎牙镇"),
        ("太原市小店区城管局营盘执法中队", "山西省太原市小店区营盘街道城管执法中队", "山西省太原市小店区营盘街道"),
        # a station named after no town of its county stands for its bureau
        ("枣阳市质监局质计所", "湖北省襄阳市枣阳市质量技术监督局", "湖北省襄阳市枣阳市"),
    ],
)
def test_a_county_bureaus_station_is_the_station_of_the_town_it_is_named_after(name, issuer, division):
    resolved = make_issuer(name, "title")
    assert (resolved.issuer, resolved.division) == (issuer, division)


def test_one_station_per_town_and_the_bureau_apart():
    keys = {make_issuer(name, "title").issuer_key for name in ("甘州区市场监管局北街市场监管所", "甘州区市场监管局东街市场监管所", "甘州区市场监督管理局")}
    assert len(keys) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the station at work in a news lead, not its bureau
        (
            "某报讯 5月29日，甘肃省张掖市甘州区市场监管局北街市场监管所开展电子秤计量专项整治，已检查商户49户。",
            "甘肃省张掖市甘州区北街街道市场监督管理所",
        ),
        # the bureau's stations together (各所, 下属所) are no one station
        ("某报讯 近日，甘肃省张掖市甘州区市场监管局各所开展电子秤计量专项整治，已检查商户49户。", "甘肃省张掖市甘州区市场监督管理局"),
    ],
)
def test_a_station_at_work_is_the_issuer(text, expected):
    assert extract_text(text).issuer.issuer == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # dated in January, telling of one action and summing up no year: the date's year
        (
            "区综合执法局开展燃气安全检查\n来源:某区综合执法局 发布时间:2023-01-19 10:08\n岁末年初，区综合行政执法局开展燃气专项行动。"
            "此次行动共计抽查了4个乡镇、6家餐饮店。",
            2023,
        ),
        # …but one that sums up the year (全年) in January sums up the year just ended
        ("区综合执法局通报燃气安全检查\n发布时间:2023-01-19 10:08\n此次行动后，全年共检查餐饮店600家。", 2022),
        # (a plan for the whole year is no sum of one: the one action's year, the date's)
        ("区综合执法局部署燃气安全检查\n发布时间:2023-01-19 10:08\n此次行动后，全年将检查餐饮店600家。", 2023),
        # a journal's issue is no year its article tells of
        ("某省根治欠薪专项行动取得成效\n2021-02-27某某\n某某劳动保障 2021年1期\n1月15日，记者获悉，2020年全省共查办欠薪案件115件。", 2020),
    ],
)
def test_a_january_item_of_one_action_and_a_journals_issue(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a county station's reporter in brackets before the lead, a day and time without the
        # year above it: the county of the station, for a body named relative to it
        (
            "县水政监察执法大队严查黄砂非法盗采\n\n07-24 21:24\n\n(蕲春广播电视台全媒体记者某某报道)7月23日，县水政监察执法大队"
            "会同派出所开展河道采砂专项治理，现场制止三起非法盗采行为。",
            "湖北省黄冈市蕲春县水政监察执法大队",
        ),
        # a town at work with the police, after the lead's purpose and its day
        (
            "为保障水资源合理利用，4月8日，志丹县旦八镇联合派出所，配合水务等多部门开展打击非法取水专项行动。经排查，共查处非法取水案件5起。",
            "陕西省延安市志丹县旦八镇",
        ),
        # a city said short before its transport brigade, told to a reporter
        (
            "某网4月28日讯 昨日，记者从泉州交通执法支队获悉，4月至今，全市已查处交通运输各类违法案件456件。",
            "福建省泉州市交通运输综合行政执法支队",
        ),
        # told at a briefing the body held (…通气会上获悉)
        (
            "1月15日，记者从四川省人社厅召开的根治欠薪冬季专项行动新闻通气会上获悉，全省共查办欠薪案件115件。",
            "四川省人力资源和社会保障厅",
        ),
    ],
)
def test_a_stations_reporter_a_town_with_the_police_a_city_said_short_and_a_briefing(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a site's greeting names its host, under whose name a relative source and the lead's
        # province said short read
        (
            "欢迎您来到宁夏回族自治区公安厅门户网站!\n当前位置: 首页 > 新闻中心\n中秋期间社会治安秩序持续稳定\n"
            "发布日期:2022-09-13 10:45  资料来源:自治区公安厅\n9月10日至12日小长假期间，宁夏公安认真落实部署要求，"
            "检查场所6803个。",
            "宁夏回族自治区公安厅",
        ),
        # a town's station at work in the lead, under a line of date, time and editor
        (
            "部门动态\n强化市场监管 为中秋佳节保驾护航\n2024-09-14 17:16  编辑:某某融媒体\n"
            "中秋将至，9月10日以来，分乡镇市场监管所对辖区商超开展现场检查，检查食品经营单位58家次。",
            "湖北省宜昌市夷陵区分乡镇市场监督管理所",
        ),
        # a commission's office issues the commission's notice
        (
            "重庆市卫生健康委员会办公室关于2020年卫生健康行政处罚典型案件的通报\n各区县卫生健康委：\n"
            "2020年全市共查处各类违法案件6289件。",
            "重庆市卫生健康委员会",
        ),
        # …but a coordinating committee's office is a body of its own
        (
            "成都市安全生产委员会办公室关于2020年安全生产执法情况的通报\n各区县安委办：\n2020年全市共查处违法行为620起。",
            "四川省成都市安全生产委员会办公室",
        ),
        # a title's province, year and field: the field's department, not named, not the government
        (
            "四川省2019年卫生健康行政处罚典型案例\n2019年，各级卫生健康行政部门全年办理行政处罚案件14787件。",
            None,
        ),
    ],
)
def test_a_sites_greeting_a_towns_station_a_commissions_office_and_a_fields_title(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town's squad of a county bureau, its kind written in full after the town
        (
            "某某晚报 2023年05月23日\n近日，平度市综合行政执法局南村镇综合行政执法中队开展违建整治专项行动，拆除私搭乱建3处。",
            "山东省青岛市平度市南村镇综合行政执法中队",
        ),
        # what an office does for another (区政府法制办受区政府委托…) is no body's name
        (
            "做好复议应诉工作\n近几年来，兰州市七里河区政府共收到行政复议申请16件，立案受理15件。"
            "应诉方面，区政府法制办受区政府委托共参加应诉案件12起。",
            "甘肃省兰州市七里河区",
        ),
        # a 厅 told to a reporter, on a page of one province
        (
            "上半年四川新收行政复议案件10059件\n记者7月9日从司法厅获悉，今年上半年，四川各级行政复议机构新收行政复议案件10059件。",
            "四川省司法厅",
        ),
        # …but not on a page of two
        (
            "两省交流行政复议工作\n记者从司法厅获悉，四川、贵州两省行政复议机构新收案件10059件。",
            None,
        ),
        # a county's civil air defence office by its short name
        ("卢氏县人防办开展人防工程专项检查\n近日，卢氏县人防办对辖区人防工程开展专项检查，检查工程12处。", "河南省三门峡市卢氏县人民防空办公室"),
    ],
)
def test_a_towns_squad_an_office_acting_for_another_a_hall_alone_and_a_short_office_name(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_medical_insurance_bureau_by_its_short_name():
    text = "利辛县医保局开展定点医药机构专项检查\n近日，利辛县医保局对辖区定点医药机构开展专项检查，检查机构36家。"
    assert extract_text(text).issuer.issuer == "安徽省亳州市利辛县医疗保障局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead that opens on a span of months, its subject named relative to the city the page names
        (
            "网络市场监管专项行动成效明显\n2022年8月至11月，市市场监管局开展网络市场监管专项行动，责令整改网站451个次。"
            "下一步，中山市将持续加强网络市场监管。",
            "广东省中山市市场监督管理局",
        ),
        # …or on what it answers (针对…，)
        (
            "广州三项举措助力保供稳价\n针对近期广州市场部分蔬菜价格出现波动等情况，市市场监管部门迅速行动，加强价格监督检查。",
            "广东省广州市市场监督管理局",
        ),
        # a county's quality supervision bureau by its short name
        ("霸州市质监局开展计量专项检查\n近日，霸州市质监局对辖区加油站开展计量专项检查，检查加油机120台。", "河北省廊坊市霸州市质量技术监督局"),
        # a centre for civic practice is no enforcing body
        ("东乡族自治县新时代文明实践中心组织开展文化市场检查\n近日，东乡族自治县新时代文明实践中心联合相关部门检查网吧12家。", None),
    ],
)
def test_a_span_of_months_an_answer_a_short_bureau_and_no_civic_centre(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a news title opening on a district and a colon: the district at work
        ("首页专题—正文\n海口秀英区:惠民活动精彩纷呈 文旅市场平稳有序\n2月14日是春节假期第五天，各管理部门持续加强监管，检查经营单位32家。", "海南省海口市秀英区"),
        # …but the one field's bodies of the district the lead names are its author
        (
            "朔州朔城区:整治校园周边食品安全\n为净化校园周边食品安全环境，连日来，朔州市朔城区深入开展专项整治行动。"
            "从2月份以来，朔城区市场监督管理部门的执法人员共检查商家103家。",
            "山西省朔州市朔城区市场监督管理局",
        ),
        # a day run straight into the body at work, after the lead's purpose
        (
            "为营造生态宜居环境，5月23日晚滨州市高新区综合行政执法局开展夜间烧烤油烟污染专项整治活动，逐一排查了8家烧烤店。",
            "山东省滨州高新技术产业开发区综合行政执法局",
        ),
    ],
)
def test_a_districts_title_with_a_colon_its_fields_bodies_and_a_day_run_into_a_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        # a city bureau's bureau in a district or a new district, as Shenzhen names them
        ("深圳市市场监督管理局大鹏监管局", "广东省深圳市大鹏新区市场监督管理局"),
        ("深圳市生态环境局光明管理局", "广东省深圳市光明区生态环境局"),
        # a bureau working with another is no branch of it
        ("江华瑶族自治县公安局联合县应急管理局", None),
    ],
)
def test_a_city_bureaus_bureau_in_a_district(name, issuer):
    assert make_issuer(name, "title").issuer == issuer


def test_a_food_and_drug_bureau_by_its_short_name():
    text = "贵阳市食药监局开展春节食品安全检查\n近日，贵阳市食药监局对辖区食品生产经营单位开展专项检查，检查单位86家。"
    assert extract_text(text).issuer.issuer == "贵州省贵阳市食品药品监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # an outlet that learnt the figures from a body is no subject; the body that told it is
        ("川南新闻网内江5月2日讯(记者 某某)5月1日，川南新闻网从内江市城管执法局获悉，一季度共查处噪声扰民行为5起。", "四川省内江市城市管理行政执法局"),
        # a paper's bare 本报讯 lead below its e-paper's menu and headlines (a page that names
        # another body of the city further down)
        (
            "第06版:法治\n3上一版\n违法行为两年内未被发现罚不罚?\n某地行拘食品厂经营者\n版面导航\n返回电子报首页\n"
            "3上一篇 下一篇4 2021年7月30日 放大 缩小 默认\n大连上半年执法练兵有何成效?\n"
            "本报讯 今年以来，辽宁省大连市生态环境保护综合行政执法队开展执法练兵，办理环境案件22件。\n"
            "提升发现问题能力。依托大连市生态环境局的自动监控平台，精准查处超标排放。",
            "辽宁省大连市生态环境保护综合行政执法队",
        ),
        # a government portal's host over a department's news that has it at work after its purpose
        # (the district told from another of its name by the host's line; the page the item before it)
        (
            "区城管局整治渣土车\n为加强渣土运输监管，城中区城市管理综合行政执法局认真履职，联合交警检查车辆143台次。\n"
            "执法人员在主干道设卡，逐车查看密闭情况、运输路线和车体整洁情况，对带泥上路、沿途抛洒的车辆当场纠正，"
            "并督促建筑工地硬化道路、设置冲洗平台，外运车辆冲洗干净后方可出场。下一步，区城管局将常态开展渣土运输整治，"
            "严查违章运输行为，减少扬尘污染，营造整洁有序的城区环境。\n同时，执法人员加强对建筑工地的检查和值守，"
            "督促工地落实出入口冲洗制度，防止车辆带泥行驶造成二次污染，从源头上规范运输秩序。\n"
            "上一条:城中区农业农村局开展检查\n主办单位:西宁市城中区人民政府办公室",
            "青海省西宁市城中区城市管理综合行政执法局",
        ),
        # a line of the page's date, time and source body is no lead; the body's day, then what it did
        ("2021年02月25日 12:50甘肃省林业和草原局\n甘肃省庆阳市林业和草原局日前在全市范围内开展破坏林草资源排查整治行动。", "甘肃省庆阳市林业和草原局"),
        # a department that disclosed (透露) on a day of the month
        (
            "某社石家庄1月23日电 (某某)“重点地区案件多、罚款多。”河北省某局副局长某某说。\n"
            "河北省生态环境厅23日透露，2018年全省立案处罚环境违法案件20963件。",
            "河北省生态环境厅",
        ),
        # Harbin as the press writes it short
        ("8月9日下午，哈市香坊区综合执法局出动执法人员70余人整治占道经营，暂扣推车11辆。", "黑龙江省哈尔滨市香坊区综合行政执法局"),
        # an original title's field, a long dateline, and a subdistrict at work in its own area
        (
            "原标题:奉节永安街道:开展占道经营整治\n某某网-新重庆客户端8月13日6时30分讯(通讯员 某某)为规范占道经营，8月12日，"
            "重庆市奉节县永安街道在辖区内开展综合整治专项行动。",
            "重庆市奉节县永安街道",
        ),
        # a bureau at work after two clauses of purpose, its service centre no other department
        (
            "为服务牡丹文化节，擦亮城市名片，洛阳市城市管理局组织局属单位做好保障。\n洛阳市环境卫生服务中心出动保洁人员8000余人次。",
            "河南省洛阳市城市管理局",
        ),
    ],
)
def test_leads_an_outlet_learnt_a_portal_hosts_and_a_body_disclosed(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a site's date of today at its head is when the page was read
        ("山南市人民政府\n今天是: 2018年9月10日 星期一\n2026-02-12 23:53:29 来源:网信某县\n近日，县市场监督管理局开展节前检查，检查市场主体300余家。", 2026),
        # a date stamped with dots before its time, after a source
        ("您当前的位置 : 某网 > 新闻  来源: 某网 2024.02.25 12:19\n2月24日晚，市城市管理局安排执法队员650余人保障焰火晚会。", 2024),
        # a ticker of other items' dates is no page date; a date line with a click count is
        (
            "头条新闻: · 某某调研 2025-11-20 · 某区召开会议 2025-11-19\n区城管局整治渣土车\n2020-05-28 08:59  点击:[] 来源:\n"
            "5月26日，区城管局检查车辆143台次。",
            2020,
        ),
        # a span's start at a line's head, and years listed together, give no year
        ("晚报讯 近日，市城管局公布拆违情况。\n据了解，从2017年6月9日开展行动以来，2017年和2018年两年内全市拆违总量较大。", None),
        # a page's date under its label with no colon (its weekday after it or not) is the page's, not the body's
        ("发布日期 2024年1月6日 星期六\n去年，县市场监督管理局检查市场主体300余家。", 2023),
        ("发布日期 2024年1月6日\n去年，县市场监督管理局检查市场主体300余家。", 2023),
        # a date in words with its time run on, after a long source label
        ("来源:某网-某地频道    2020年04月02日16:02\n清明将至，县市场监督管理局多举措加强市场监管，检查经营户120家。", 2020),
        # links to the items before and after on a line of their own, and the column's newest items
        # under them, end the page: their years are other pages'
        (
            "【秸秆禁烧】某镇查处一起焚烧秸秆行为\n2021-10-22\n"
            + "近日，某镇安排镇、村两级干部对全镇野外禁烧工作进行督查，依法查处一起秸秆焚烧违法行为。" * 4
            + "\n上一篇  下一篇\n栏目最新内容 | NEW\n 某市2025年主粮作物机收减损工作圆满收官\n 某县2025年秋收工作推进会召开",
            2021,
        ),
    ],
)
def test_page_dates_of_today_with_dots_in_tickers_and_spans(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a short name's full spelling is not sought up to its division named again
        (
            "江门市知识产权局委托江门市知识产权保护中心以江门市知识产权局名义，对专利侵权纠纷案件作出行政裁决。\n特此公告。\n"
            "江门市知识产权局\n2025年7月22日",
            "广东省江门市知识产权局",
        ),
        # past a slogan, a purpose and a body at work; the footer's credit names no other department
        (
            "春耕备耕，农资先行。为确保农资市场安全，温州市农业行政执法队迅速行动，严厉打击坑农害农违法行为。\n"
            "版权所有:温州市评议办  ICP备案证编号:浙ICP备00000000号",
            "浙江省温州市农业行政执法队",
        ),
        # told at a press conference, the body named relative to the province the page names
        (
            "4月21日，从省政府新闻办召开的“河北省打击欺诈骗保”新闻发布会上获悉，省医保局自组建以来，检查定点医药机构108家。",
            "河北省医疗保障局",
        ),
        # a reporter told by a body yesterday
        ("今年以来，湖南省各级医疗保障部门开展专项行动。记者昨天从省医疗保障局获悉，全省查处协议医药机构6家。", "湖南省医疗保障局"),
        # a commission giving out its news (发布消息), by its short name
        ("重庆市教委发布消息，寒假期间，各区县教育行政部门会同有关部门检查培训机构6100余所次。", "重庆市教育委员会"),
    ],
)
def test_a_full_name_stops_at_its_division_and_bodies_that_tell_their_news(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_citys_party_committee_named_without_its_shi_is_no_body():
    # (朔州委 for 朔州市委: the party committee; the page names no government body outright)
    text = "2024年，在省委、省政府的正确领导下，朔州委、政府坚持依法行政，落实山西省法治政府建设要求，全年办理行政复议案件120件。"
    assert extract_text(text).issuer.issuer is None


def test_a_page_date_run_into_the_sites_name_still_gives_its_year():
    text = "某县市场监管局开展端午节前食品安全检查\n\n2024-06-076888.TV新闻资讯\n\n端午将至，自5月中旬起，某县市场监管局开展专项检查，检查经营户115家次。"
    assert extract_text(text).report_year == 2024


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town the division table lacks, written before its office, is no part of a body's kind
        ("长春市双阳区双营乡应急管理办公室开展节前安全检查\n近日，长春市双阳区双营乡应急管理办公室对辖区企业开展安全检查，排查隐患12处。", None),
        # a title naming its division and the field (污染源) of the bureau its source line names
        (
            "喀什地区2025年污染源执法监测情况\n来源:喀什地区生态环境局\n2025年，对32家重点排污单位开展执法监测。",
            "新疆维吾尔自治区喀什地区生态环境局",
        ),
    ],
)
def test_a_town_the_table_lacks_and_a_sources_field_in_the_title(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_bare_paper_lead_goes_before_the_purpose_it_opens_on():
    # (本报讯为…，近日，某局…: the lead read from its purpose, as a place's 某某讯 is; not the
    # zone the headline names)
    text = (
        "安徽> 今日安徽> 正文\n\n肥东经开区: 7家整改不到位企业受罚\n\n新安晚报 2019-11-13 11:16 大字\n\n"
        "本报讯为进一步抓好年尾安全生产工作，近日，肥东经开区安监局组织人员对辖区内隐患整改不到位的企业开展安全生产行政处罚。"
    )
    assert extract_text(text).issuer.issuer == "安徽省合肥市肥东经济技术开发区安监局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a title opening on a town and a colon, what it did told after it
        (
            "汉中市城固县天明镇:常抓不懈 安全生产在行动\n来源:汉中市城固县委宣传部 2023-02-23 14:50\n“灭火器要定期检查更换。”检查中共排查隐患3处。",
            "陕西省汉中市城固县天明镇",
        ),
    ],
)
def test_a_towns_colon_title(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_superior_that_rated_the_place_is_no_author_of_its_news():
    # (日前，省消防安全委员会通报了…考核情况: the page is the rated city's, which it names only
    # in its headline and as 我市; no issuer rather than the superior)
    text = (
        "玉溪获评2019年度消防工作先进市\n发布时间:2020-05-08\n日前，云南省消防安全委员会通报了2019年度州(市)政府消防工作考核情况，"
        "通过严格考核和综合评定，玉溪、楚雄、丽江等6个州(市)被评为年度消防工作先进州(市)。\n"
        "2019年，我市严格落实消防安全责任制，全市消防安全形势保持总体平稳。宣传方面，全市消防部门举办消防知识讲座320余场。"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town's office and a city bureau's branch that worked with it: no one body, and no name
        # that runs across the 与 joining them
        (
            "1月11日上午，乐从镇综合执法办与市自然资源局顺德分局开展卫片联合执法行动，清拆违法用地6宗。",
            None,
        ),
        # a body's name as the page writes it again and again, over one slip that doubles a word
        (
            "2023年以来，天山区民族宗教事务局认真贯彻政府信息公开条例。现公布天山区民族宗教事务局2023年度报告。\n"
            "天山区民族宗教宗教事务局在区政府的领导下推进公开工作。天山区民族宗教事务局全年主动公开信息120条。",
            "新疆维吾尔自治区乌鲁木齐市天山区民族宗教事务局",
        ),
        # a first sentence that opens on a town and what it does, no day or year before it
        ("花吐古拉镇扎实开展秸秆禁烧巡查工作，组织人员进村入户巡查，查处焚烧行为3起。", "内蒙古自治区通辽市科尔沁左翼中旗花吐古拉镇"),
    ],
)
def test_bodies_joined_by_与_a_slip_in_a_name_and_a_town_at_work(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # an outlet's regional channel that learnt from a bureau: the bureau
        ("5月5日，某在线辽宁频道从大连市应急管理局获悉，节日期间全市检查企业180余处。", "辽宁省大连市应急管理局"),
        # a national new area its pages name without its city
        ("金普新区应急管理局局长6月29日召开专题会议，部署安全生产工作。检查企业39家。", "辽宁省大连市金普新区应急管理局"),
    ],
)
def test_an_outlets_channel_told_and_a_new_area_without_its_city(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        # the office that compiles a district's yearbook, credited as the entry's source
        (
            "【安全生产专项整治三年行动】\n\n时间:2023-02-08 来源: 普陀区地方志办公室\n\n2021年，推进安全生产专项整治三年行动集中攻坚，"
            "组织召开安全生产三年行动系列会议。落实上海市会议要求，组织普陀区相关职能部门、街道镇召开推进会，检查企业7597次。"
        ),
        # a city rated by the province's party committee (被省委…考核): no body called 被省委
        "2022年工作总结\n2022年，我市安全生产形势稳定。常德市被省委省政府评为全省安全生产和消防工作考核优秀单位。",
        # the hall of a centre where a worker came to complain is no body
        "宣恩县劳动权益维护中心大厅里，农民工某某一行8人将一面锦旗送到工作人员手中。\n11月，某某等人反映被拖欠工资，中心追回工资近4万元。",
        # a ministry that commends a county's bureau, in a heading
        "某新闻网\n生态环境部通报表扬凤阳环保工作\n生态环境部日前下发文件，凤阳县生态环境分局被授予表现突出集体。",
        # a clinic in a list of those closed is no body that checks
        "福州14家医疗机构停业整顿\n截至目前共检查医疗机构63家次。名单如下\n仓山区建新镇福湾新城社区卫生服务站\n鼓楼区某某口腔门诊",
    ],
)
def test_a_yearbooks_compiler_a_commending_ministry_and_a_clinic_checked_are_no_issuer(text):
    issuer = extract_text(text).issuer.issuer or ""
    assert "地方志" not in issuer and "卫生服务站" not in issuer and issuer != "生态环境部" and "被省委" not in issuer and "大厅" not in issuer


def test_an_outlets_footer_below_its_statement_names_no_place_for_a_relative_body():
    # 市文化市场综合执法大队 on a city paper's platform: the paper's own address in its footer
    # (地址:南京市…) is no place the body is of
    text = (
        "市文化市场综合执法大队开展校园周边专项执法行动\n2022-09-01 12:06:03\n"
        "近期，市文化市场综合执法大队集中执法力量开展校园周边出版物市场专项执法行动，检查经营场所60次。\n"
        + "执法人员加大了对校园周边书店、文具店等文化经营场所的检查力度。" * 6
        + "\n来源:某某文旅\n特别声明:本文为某平台作者上传并发布，仅代表该作者观点。\n"
        "地址:南京市建邺区某某路369号 邮编:210092 联系我们:025-96096\n版权所有 某某报业有限公司"
    )
    assert "南京" not in (extract_text(text).issuer.issuer or "")


def test_a_station_named_after_a_county_regulator_whose_city_runs_into_its_market():
    # 安陆市场监管局雷公市场监管所: 安陆's 市场监管局, its station in 雷公镇; not 安陆市 + 场监管…
    text = (
        "打开APP\n小贴士\n\n安陆市场监管局雷公市场监管所筑牢舌尖安全防线 开展节前食品安全检查\n\n2026-01-28 10:51\n\n"
        "通讯员某某   1月27日，安陆市场监管局雷公市场监管所聚焦辖区消费特点，启动节前食品安全检查行动，检查经营户80家。"
    )
    assert extract_text(text).issuer.issuer == "湖北省孝感市安陆市雷公镇市场监督管理所"


def test_a_sites_office_banner_over_a_lead_opening_on_another_body_of_its_division():
    # the site's banners name the offices that run it; the lead opens on the district's
    # market regulator at work (立足职能…): the regulator's page
    text = (
        "苏州市吴中区政务服务管理办公室\n苏州市吴中区政务服务中心\n"
        "吴中区市场监管局立足职能，坚持宽严相济的原则，上半年共办理免罚案件63件、从轻案件204件。现发布一批典型案例。"
    )
    assert extract_text(text).issuer.issuer == "江苏省苏州市吴中区市场监督管理局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a town's emergency office said short (应急办), after the lead's purpose and its day
        (
            "为防范燃气事故，确保节日平安，5月3日，招远市阜山镇应急办会同派出所对辖区内9家饭店开展了燃气安全检查。",
            "山东省烟台市招远市阜山镇应急管理办公室",
        ),
        # a committee's office is the body, not the committee (安全生产委员会办公室组织…)
        (
            "6月2日至4日，东昌府区梁水镇安全生产委员会办公室组织派出所对辖区小超市开展消防检查，检查门店27家。",
            "山东省聊城市东昌府区梁水镇镇安全生产委员会办公室",
        ),
        # a town at work on what it draws on (依托), after the lead's purpose
        (
            "为抓好餐饮燃气安全，青州市东夏镇依托网格员队伍，开展沿街门店燃气专项检查，共检查门店64家。",
            "山东省潍坊市青州市东夏镇",
        ),
        # the body a lead puts the work under (由…统筹), a committee's office the county government holds
        (
            "3月9日，由普洱市墨江哈尼族自治县人民政府食品安全委员会办公室统筹，各乡镇组织联合检查组检查学校周边商店41家。",
            "云南省普洱市墨江哈尼族自治县食品安全委员会办公室",
        ),
    ],
)
def test_a_towns_short_office_a_committees_office_and_the_body_a_lead_puts_work_under(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a trend from one year to the next (由…到…) is no year of the page; its date line is
        (
            "某县林业局开展护林专项行动\n时间:2023-05-16 10:02 信息来源:\n连日来，县林业局开展打击毁林专项行动。"
            "毁林案件数由2021年的31起降到2022年的24起。",
            2023,
        ),
        # a span's start written with its 年 before a 督查 is no campaign named for its year
        ("某县林业局开展护林专项行动\n时间:2023-05-16 10:02\n连日来，县林业局将自2019年以来督查发现的18起案件全部复核。", 2023),
        # a site's date line with the year in two digits
        ("某市市场监管局开展休渔期检查\n21-07-09\n某市市场监管局自5月1日起开展休渔期专项检查，截至目前检查经营主体3100家次。", 2021),
    ],
)
def test_a_trend_between_years_a_spans_start_and_a_two_digit_date_line(text, year):
    assert extract_text(text).report_year == year


def test_a_prompt_to_the_sites_mobile_version_is_no_opening_sentence():
    # 进入移动版 is the site's own line; the lead below it names its body relative to the title's city
    text = (
        "本地新闻>>新闻快讯>>\n\n示例：唐山市城管整治占道经营\n\n2019-12-12 12:07:47 来源:某某日报\n进入移动版,阅读更方便,加载更快\n\n"
        "近日，为整治环城路占道经营，市城市管理综合行政执法支队联合多家单位开展联合执法，清理占道餐车12辆。"
    )
    assert extract_text(text).issuer.issuer == "河北省唐山市城市管理综合行政执法支队"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a province's body with the province said short (福建海事局), the body a reporter learnt from
        ("中新网福州5月8日电 记者8日从福建海事局获悉，今年以来该局查处船舶违法行为180起。", "福建省海事局"),
        # a lead that repeats the headline above it, then a bare 【讯】, then the body, its day and a case
        (
            "示例：某区严查非法采砂\n\n示例：某区严查非法采砂 【讯】湖北省十堰市郧阳区水利和湖泊局近日查处一起河道非法采砂案件，对当事人罚款12万元。",
            "湖北省十堰市郧阳区水利和湖泊局",
        ),
        # a body, its day and what it told (某海事局3日介绍)
        ("中新网海南新闻1月3日电(记者 某某)海口海事局3日介绍，元旦假期共检查船舶320艘次。", "海南省海口市海事局"),
        # a site and its channel with a dot between, then the purposes the lead opens on, then the body
        (
            "齐鲁网·闪电新闻10月2日讯 为守好假日文化市场，按照属地管理的要求，烟台市文化市场综合执法支队切实加强节日执法，检查场所130家次。"
            "芝罘区文化和旅游局同步开展检查，莱山区文化和旅游局派员配合。",
            "山东省烟台市文化市场综合执法支队",
        ),
    ],
)
def test_a_provinces_short_body_a_repeated_headline_a_day_told_and_purposes_before_the_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # what a body put out, as the lead says (据某县局发布); the prefecture said short before the county
        (
            "某网讯 据云南省西双版纳勐海县林业和草原局发布，今年以来全县查处林业行政案件46起。",
            "云南省西双版纳傣族自治州勐海县林业和草原局",
        ),
        # a body, its day and what it made public (近日公布), after a paper's dateline
        (
            "中国消费者报海口讯(记者 某某)海南省市场监管局近日公布一批食品安全典型案例，涉及罚没款63万元。"
            "3月6日，海口市市场监管局美兰分局对一家网吧进行检查。三亚市综合行政执法局查处一起无证经营案。",
            "海南省市场监督管理局",
        ),
        # the body a clause opens on after the purposes, past when the work began (自…起)
        (
            "为守护农村餐桌安全，清理过期和仿冒食品，自2021年3月起山东省市场监管局在全省开展农村食品专项整治，查处案件2100件。",
            "山东省市场监督管理局",
        ),
        # what a reporter learnt, told after the lead's day, then the purpose, then the body
        (
            "12月2日，记者获悉，为改善街面秩序，郑州市中原区城市管理局综合执法大队聚焦背街小巷，开展占道经营专项治理，查处违规行为130起。"
            "二七区城市管理局同步开展整治，金水区城市管理局派员配合。",
            "河南省郑州市中原区城市管理局综合执法大队",
        ),
    ],
)
def test_what_a_body_put_out_a_day_made_public_a_span_start_and_a_reporters_learning(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_city_bureaus_branch_in_a_scenic_area_is_no_inner_place_before_a_body():
    # the words before 西湖风景名胜区 are the bureau's own name: its branch there, not a place read past it
    assert make_issuer("杭州市公安局西湖风景名胜区分局", "title").issuer == "浙江省杭州市西湖风景名胜区公安分局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # put up by a prefecture's fire detachment (来源) over news of a county's fire brigade at work
        (
            "日期:\n来源:迪庆州消防救援支队 编辑:迪庆州消防救援支队\n近日，维西县消防救援大队对城区商铺开展冬季火灾隐患排查，检查场所120余家。",
            "云南省迪庆藏族自治州维西傈僳族自治县消防救援大队",
        ),
        # a paper's reporters named with no brackets, then the purpose, then the body and what it ran
        (
            "本报讯 记者某某 通讯员某某报道 为督促企业守好安全底线，河南省郑州市郑东新区应急管理局开展节前执法检查，检查企业86家。"
            "金水区应急管理局、二七区应急管理局同步开展检查。",
            "河南省郑州市郑东新区应急管理局",
        ),
        # a title that opens on a subdistrict's team and what it pulled down
        # (北京 named by the outlet tells which 朝阳区)
        ("北京青年报客户端 2023-11-02 14:30\n\n朝阳区酒仙桥街道综合执法队拆除一处违建\n\n近日，路口东侧一处违法建设被酒仙桥街道综合行政执法队依法拆除。", "北京市朝阳区酒仙桥街道综合行政执法队"),
        # a township at work with whom it works with (联合…开展)
        ("吉木萨尔县老台乡联合市场监管所开展节前食品安全检查。\n执法人员检查经营门店16家。", "新疆维吾尔自治区昌吉回族自治州吉木萨尔县老台乡"),
    ],
)
def test_a_detachments_county_brigade_a_bare_byline_a_team_that_pulled_down_and_a_town_with_others(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        # a state system's body named after the place it serves, the place said short
        ("大连海关", "辽宁省大连市海关"),
        ("广东海警局", "广东省海警局"),
        ("重庆海事局", "重庆市海事局"),
        ("云南边检总站", "云南省出入境边防检查总站"),
        # (not a name a city bears too: 吉林 is a city as well as a province)
        ("吉林海关", None),
        # 城综局 is the short name of a 城市管理和综合执法局
        ("湛江市霞山区城综局", "广东省湛江市霞山区城市管理和综合执法局"),
    ],
)
def test_state_system_bodies_named_after_a_place_and_a_short_city_management_bureau(name, issuer):
    assert make_issuer(name, "text").issuer == issuer


def test_what_a_reporter_learnt_at_a_bodys_own_work_meeting():
    text = "8月3日，记者从重庆海事局召开的年中工作会上获悉，上半年该局共检查船舶5200艘次，查处违法行为63件。"
    assert extract_text(text).issuer.issuer == "重庆市海事局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead that opens on a holiday drawing near, then the body at work (below a site's banner)
        ("某某报道网——某某杂志唯一官方网站\n\n临近端午假期，河南省新县市场监督管理局在城区开展粽子质量专项检查，检查门店58家。", "河南省信阳市新县市场监督管理局"),
        # ...the holiday's coming, then a purpose, then the day, then the body
        (
            "办理会员咨询热线:4000-000-000\n\n所在地区: 四川-乐山-沐川县 发布日期: 2025年1月21日\n\n"
            "随着春节佳节临近，为守好群众年货安全，1月20日，四川省沐川县市场监督管理局组织开展节前专项检查，检查商超36家。",
            "四川省乐山市沐川县市场监督管理局",
        ),
        # a town named in full after the day, its head leading the check: the town's government
        ("3月2日上午，东莞市石碣镇党委副书记、镇长某某某带队检查辖区农贸市场食品安全，检查摊档40余个。", "广东省东莞市石碣镇"),
        # the body at work after the one it works under (在…领导下)
        (
            "本报讯 为整治违法建设，6月5日，在南宁市城市管理监督局领导下，南宁市城管支队组织队员拆除违建两处，面积800平方米。",
            "广西壮族自治区南宁市城管支队",
        ),
        # what a reporter learnt from a paper a body put out (发布的《…》中了解到)
        (
            "本报讯 2021年，全省市场监管部门共受理投诉12万件。这是记者从省市场监督管理局发布的《2021年度江西省消费维权报告》(下称《报告》)中了解到的。",
            "江西省市场监督管理局",
        ),
        # what was learnt from a body (据某厅获悉), after an outlet and the day
        ("某某发布客户端消息 3月9日，据甘肃省应急厅获悉，今年以来全省共检查企业1.2万家。", "甘肃省应急管理厅"),
        # a body, the day it put something out and the month before it (某局5月20日发布…)
        ("……湖南省市场监管局5月20日发布2023年度10起价格违法典型案例，涉及罚没款300万元。", "湖南省市场监督管理局"),
        # a lead below its reporters in brackets, the body at work since when (自…开展…以来)
        ("某某网——某某杂志唯一官方网站\n\n(实习记者 某某)绵阳市市场监管局自今年3月开展“铁拳”行动以来，查办案件210件。", "四川省绵阳市市场监督管理局"),
    ],
)
def test_a_holidays_coming_a_towns_head_a_body_under_another_and_what_was_learnt_from_a_body(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_city_said_short_beside_a_municipality_said_short_names_no_city():
    # 天津 and 唐山 both said short: 市交通运输委 could be either city's
    text = "昨天，记者从市交通运输委了解到，执法人员接到“天津机场至唐山有黑车”的投诉后开展专项行动，查获非法营运车辆3辆。"
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # an anniversary of the People's Republic tells the year the work is for
        ("近日，某县气象局开展防雷安全检查，确保新中国成立70周年大庆期间安全。", 2019),
        ("某县开展安全生产大检查，为庆祝中国共产党成立100周年营造安全环境。", 2021),
        # a date line written day first with dots, before its time
        ("某市:交通执法夜查\n\n21.06.2019  15:21\n\n6月19日晚，市交通运输局开展联合夜查，查获案件30件。", 2019),
    ],
)
def test_an_anniversary_and_a_day_first_date_line_give_the_year(text, year):
    assert extract_text(text).report_year == year


def test_words_ending_on_a_bureau_character_are_no_bureau():
    # 社会大局 (the general situation) ends on 局 and names no body
    assert make_issuer("西藏自治区社会大局", "text").issuer is None
    text = "近年来，全区公安机关坚持把维护稳定作为第一位的任务，西藏自治区社会大局保持连续多年安全稳定。"
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a campaign named after its province, on a city paper's page whose reporter learnt of
        # it from the city's bureau: the bureau, not the province at work
        (
            "2023年贵州省农资打假专项行动启动\n\n2023-03-05 09:10:00    来源:   遵义日报社融媒体中心\n\n"
            "3月4日，记者从市农业农村局获悉，2023年贵州省农资打假专项行动自3月正式启动。\n\n各地将对种子、农药经营门店开展排查。",
            "贵州省遵义市农业农村局",
        ),
        # put up by a province's department (来源) over a city detachment's lead that opens on the
        # month its work began (12月以来，)
        (
            "时间:2023-01-06 09:30:00\n来源:广西壮族自治区交通运输厅\n作者:佚名\n"
            "柳州讯(通讯员 某某 某某 报道)12月以来，柳州市交通运输综合行政执法支队持续开展治超行动，查处超限运输行为25起。",
            "广西壮族自治区柳州市交通运输综合行政执法支队",
        ),
    ],
)
def test_a_campaign_named_after_its_place_and_a_lead_from_the_month_work_began(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # figures up to late December on a page of early January: the year just ended
        ("发布时间:2023-01-06 09:30:00\n\n12月以来，某市交通执法支队开展治超行动。截至12月28日，查处超限运输行为25起。", 2022),
        # what a reporter learnt yesterday, on a page of January: the page's own year
        ("某地首个寄递安全监管中心成立 发布时间:2022-01-18 08:00:00\n\n记者昨日从市邮政管理局获悉，某县寄递安全监管中心已挂牌成立。", 2022),
    ],
)
def test_a_year_end_cut_off_and_yesterday_on_a_dated_page(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead that opens on several days, then the body at work
        (
            "某某晚报网1月20日讯(通讯员 某某 记者 某某)16日、18日，仪征市教育局联合公安、市场监管等部门，对辖区校外培训机构开展专项检查。"
            "\n\n现场检查\n\n记者了解到，此轮检查共涉及校外培训机构18家。",
            "江苏省扬州市仪征市教育局",
        ),
        # a lead from the month this year's work began (今年3月以来，), then a state system's body
        ("某网大连3月21日消息(记者 某某)今年3月以来，大连海警局组织开展春季渔业专项执法行动，检查渔船120艘次。", "辽宁省大连市海警局"),
    ],
)
def test_a_lead_on_several_days_or_since_a_month_of_this_year(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_zone_after_the_words_that_locate_it_is_no_zone_of_that_name():
    # 位于 says where the building lies: no zone called 位于肇庆, and no issuer made of it
    text = (
        "近日，\n经前期宣传劝导，\n位于肇庆高新区\n大道旁的一处违法建筑\n被依法拆除！\n"
        "据悉，该建筑为铁皮结构。\n执法过程中，市城管局高新区分局工作人员多次上门沟通。"
    )
    issuer = extract_text(text).issuer
    assert issuer.issuer is None or "位于" not in issuer.issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a municipality said short and no other city: the 市 its bureau is named relative to
        ("天津多部门整治河道乱堆乱建\n近一年整改问题120处\n\n从市水务局获悉，我市开展河道整治行动已满一年。", "天津市水务局"),
        # a relative title over a lead that names the body in full after its purpose, and the
        # district bureaus of its field whose cases it publishes
        (
            "市市场监管部门公布第九批典型案例\n\n为维护疫情期间市场秩序，天津市市场监管委严厉查处各类违法行为，公布第九批典型案例。\n\n"
            "河西区市场监管局依法对某药店进行检查，罚款2万元。南开区市场监管局依法对某超市进行检查，罚款5000元。",
            "天津市市场监督管理委员会",
        ),
        # a market regulator's inner bureau speaks for the regulator
        ("5月16日，山东省市场监管局价监竞争局副局长某某介绍，全年共查结传销案件30件。", "山东省市场监管局"),
    ],
)
def test_a_municipality_said_short_a_regulator_above_its_districts_cases_and_its_inner_bureau(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        # the footer's numbers to call name who answers them, not the author
        "近日，某地各级消防救援队伍联合多部门开展消防安全检查。\n\n版权所有:某某报社\n福建省新闻道德委举报电话:0591-12345678",
        # an act before the committee it sets to work is no part of the committee's name
        "新春将至，为做好节日期间安全工作，近期，沙依巴克区组织安委会各成员单位开展节前安全生产大排查。",
    ],
)
def test_a_footers_hotline_and_an_act_before_a_committee_name_no_author(text):
    assert extract_text(text).issuer.issuer is None


def test_a_span_start_inside_a_clause_is_no_year_reported_on():
    # 2019年以来 inside a clause says since when the cases checked were handled; the page's date
    # line tells the year
    text = "某区开展森林督查\n生成日期\n2023-10-23 09:30:00\n\n近日，某区林业和草原局开展森林督查工作，重点核查2019年以来已查处林政案件的恢复情况。"
    assert extract_text(text).report_year == 2023


def test_the_office_a_subdistrict_sets_to_work_is_no_part_of_its_name():
    text = "5月25日上午，西安市莲湖区枣园街道办事处组织街道城市综合管理办公室、城管执法中队拆除违建三处。"
    assert extract_text(text).issuer.issuer == "陕西省西安市莲湖区枣园街道"


def test_a_provinces_bureau_as_source_over_a_county_level_bureau_at_work_after_its_purpose():
    # 来源 names the province's drug regulator that reposted it; the lead names the city's
    # market regulator at work after what it was for
    text = (
        "五指山丨开展药品网络销售专项检查\n时间:2023-07-10 作者:佚名 来源:海南省药品监督管理局\n"
        "为进一步净化药品网络销售市场，五指山市场监管局组织开展了药品网络销售专项整治工作。"
    )
    assert extract_text(text).issuer.issuer == "海南省五指山市市场监督管理局"


def test_a_citys_urban_districts_are_no_bureau_but_a_district_called_chengqu_is_a_district():
    # 宜昌 has no district called 城区: 城区城管系统 names the urban districts' city managers, no body
    assert make_issuer("宜昌市城区城管系统", "text").issuer is None
    # 阳泉 has one: its 城管局 is a district's bureau
    assert make_issuer("阳泉市城区城管局", "text").issuer == "山西省阳泉市城区城市管理局"


@pytest.mark.parametrize(
    "text",
    [
        # the year's first press conference tells the year before
        "近日，某市应急管理局召开2026年首场新闻发布会。\n\n2025年，全市生产安全事故起数下降12%，检查企业3200家。",
        # a call for the new year is no year of the figures
        "某市举办消费者权益日宣传活动，发布2026年消费倡议。\n\n2025年，全市受理消费者投诉1800件。",
    ],
)
def test_a_years_first_press_conference_and_a_call_for_the_year_tell_no_year(text):
    assert extract_text(text).report_year == 2025


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lead on part of a month, then a coast guard bureau named after its city without 市
        ("某某新闻网讯 5月上旬，宁德海警局在辖区海域查获涉嫌非法捕捞案3起，查扣渔船3艘。", "福建省宁德市海警局"),
        # a holiday's coming, then the day: two openers before the town at work
        ("国庆、中秋双节将至，9月28日，綦江区古南街道开展节前安全检查，排查隐患12处。", "重庆市綦江区古南街道"),
        # a day in Chinese numerals
        ("十一月二日，泉州南安市市场监管局开展校园周边食品专项检查，查处案件4起。", "福建省泉州市南安市市场监督管理局"),
        # the day the work began, then a province's coast guard bureau, the province said short
        ("自5月1日起，河北海警局严密组织伏季休渔专项执法行动，查处违法渔船20艘。", "河北省海警局"),
        # a season a field's work keeps, then the town at work
        ("禁渔期间，象山县石浦镇开展夜间巡查，查处案件3起。", "浙江省宁波市象山县石浦镇"),
        # no author but the agent of a passive penalty
        (
            "某某网消息，近日，某某建材有限公司因未按规定贮存危险废物，被铜陵市生态环境局处以罚款5万元。\n\n据悉，该公司成立于2015年。",
            "安徽省铜陵市生态环境局",
        ),
    ],
)
def test_leads_on_parts_of_months_seasons_and_chinese_numeral_days_and_a_penaltys_agent(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # what a body's spokesman, staff or brigade head told, the author named nowhere else
        ("某某网讯 据湖州市市场监管局新闻发言人某某介绍，今年以来全市查办案件320件。", "浙江省湖州市市场监督管理局"),
        ("据萧山区市场监管局工作人员介绍，这些店大多未办理营业执照，现场责令停业5家。", "浙江省杭州市萧山区市场监督管理局"),
        ("据昌吉州劳动保障监察支队队长某某介绍，此次专项行动共检查在建项目50个。", "新疆维吾尔自治区昌吉回族自治州劳动保障监察支队"),
        # a city's road transport office by its short name, one body with its full name
        ("本报讯 今年以来，芜湖市运管处持续开展火车站周边客运秩序整治，查处非法营运案件18起。", "安徽省芜湖市道路运输管理处"),
    ],
)
def test_what_a_bodys_spokesman_or_staff_told_and_a_road_transport_office(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a paper's site before the paper, with the blanks a repost's pinyin leaves before the dash
        (
            "柳州零距離網(wǎng)-柳州日報訊 為進一步加強燃氣安全管理,連日來,市應急管理局在全市範圍內(nèi)開展專項檢查,發現隱患36項。",
            "广西壮族自治区柳州市应急管理局",
        ),
        # a body opening the page on what it does eagerly, under a propaganda office as 来源
        ("蛟河市城市管理行政执法局积极开展占道经营整治，规范摊点120处。\n执法人员逐一走访商户。\n来源：蛟河市委宣传部", "吉林省吉林市蛟河市城市管理行政执法局"),
        # a fire service by its name before 2018: the 消防救援支队 it is now
        ("为维护全市消防安全环境稳定，昆明消防支队扎实推进火灾隐患排查整治，检查单位560家。", "云南省昆明市消防救援支队"),
        # a photo's caption credited to who gave it, then the reporter: not the lead
        (
            "玉屏自治县消防救援大队走进校外培训机构开展检查。（铜仁市消防救援支队供图） ■ 记者 某某\n"
            "1月26日，贵州省消防救援总队部署开展消防安全集中除患攻坚大整治行动，检查单位1.2万家。",
            "贵州省消防救援总队",
        ),
    ],
)
def test_a_sites_paper_past_pinyin_blanks_an_eager_lead_a_fire_services_old_name_and_a_credited_caption(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # customs and border inspection named after their city without 市
        ("近日，南宁海关通报，今年上半年共查办各类走私违法案件86起，案值超过5000万元。", "广西壮族自治区南宁市海关"),
        ("近日，厦门边检站查获涉嫌偷渡案件3起，抓获违法人员5名。", "福建省厦门市出入境边防检查站"),
    ],
)
def test_customs_and_border_inspection_named_after_their_city_said_short(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_year_in_a_documents_title_is_no_year_reported_on():
    text = (
        "我局于2024年12月16日对你单位非法占地一案立案调查。经查，该宗地依《关于示例县2021年第3批次城镇建设用地的批复》"
        "批准为国有建设用地，你单位擅自占用，拟处罚款12000元。"
    )
    assert extract_text(text).report_year == 2024


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a district at work in a news lead, none of its departments named: its government
        ("近日，哈尔滨市平房区开展节日市场专项检查，检查经营户120家，责令整改9家。", "黑龙江省哈尔滨市平房区"),
        # the same, but the page names a body inside the district at work: that body, not the district
        (
            "近日，青岛市市北区开展夏季市容专项整治。\n自7月以来，敦化路街道综合行政执法中队启动24小时值班制度，查处占道经营35起。",
            "山东省青岛市市北区敦化路街道综合行政执法中队",
        ),
        # or a county whose own brigade the page names: the brigade
        ("6月5日，湖口县开展禁捕退捕联合执法行动。\n湖口县农业综合行政执法大队负责人介绍，今年共办理涉渔案件43起。", "江西省九江市湖口县农业综合行政执法大队"),
    ],
)
def test_a_county_at_work_in_a_news_lead_is_its_government_unless_the_page_names_a_body_within_it(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_superior_that_inspects_a_named_places_work_is_a_visitor_not_the_author():
    text = (
        "浙江省卫生监督所来湖督查打击非法医疗美容工作\n发布日期:2019-11-25 来源:市卫生监督所\n"
        "11月5日，根据省专项整治行动方案的要求，浙江省卫生监督所组织专家对湖州市打击非法医疗美容工作进行督查。\n"
        "督查组听取了市卫生监督所的汇报，抽查医疗机构12家。"
    )
    assert extract_text(text).issuer.issuer == "浙江省湖州市卫生监督所"


def test_a_sum_since_a_year_is_no_year_reported_on():
    text = (
        "发布时间:2023-10-05\n今年上半年，全省医保部门共检查定点医药机构3.2万家，追回医保基金5.1亿元。"
        "2018年以来累计追回医保基金61亿元。"
    )
    assert extract_text(text).report_year == 2023


def test_an_exclaimed_headline_with_commas_is_no_lead():
    text = (
        "乱堆乱放|来真的了,广西梧州这个镇开始清理了!\n\n\n"
        "7月30日上午 , 广西梧州象棋镇政府组织镇安监站、派出所、城管中队、县打违办等单位开展专项整治行动 , 清理占道经营42处 。\n"
        "据了解 , 此次行动由城管中队牵头 。"
    )
    assert extract_text(text).issuer.issuer == "广西壮族自治区梧州市藤县象棋镇"


def test_a_list_of_other_news_led_by_their_times_names_no_author():
    text = (
        "示例县开展春季校园食品安全专项检查\n来源:文化 发布时间:2026-01-03 03:24:02\n"
        "为排查校园食品安全隐患，执法人员检查了学校食堂48家。\n"
        "- [2026-01-03 02:30] 示例市:全面应用食品安全智慧协管系统\n"
        "- [2026-01-03 02:07] 河北省市场监管局发布儿童口罩质量安全风险警示\n"
    )
    assert extract_text(text).issuer.issuer is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("2020年国庆中秋期间，海南省各级公安机关严格按照统一部署，查处治安案件120起。", "海南省公安厅"),
        ("2021年，福建省各级市场监管部门坚持依法行政，查处案件3200件。", "福建省市场监督管理局"),
    ],
)
def test_a_fields_bodies_at_every_level_are_its_system(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a province's culture and tourism department said short (文旅厅), in traditional script
        ("黑龍江省文旅廳公布2019年十大案件\n2019年，黑龍江省文旅廳開展執法行動，查處案件40件。", "黑龙江省文化和旅游厅"),
        # Hong Kong's form of 衛 (衞), which OpenCC's t2s leaves as it is
        ("據晉江市衞健局消息，该局近日检查游泳场所12家。", "福建省泉州市晋江市卫生健康局"),
        # a region's market regulator, a hall (厅), said short
        ("宁夏市场监管厅开展打击网络侵权假冒专项行动\n2021年,宁夏回族自治区市场监管厅检查网店200余家,立案查处案件12件。", "宁夏回族自治区市场监督管理厅"),
        # a city's national defence mobilisation office said short (国动办)
        ("德阳市国动办开展人防工程专项检查\n近日,德阳市国动办组织检查人防工程12处。", "四川省德阳市国防动员办公室"),
        # 陜 for 陕, as converters that take it for 陝 write it
        ("陜西省寶雞市市場監管局積極回應社會關切，查處各類違法案件43起。", "陕西省宝鸡市市场监督管理局"),
    ],
)
def test_a_culture_department_said_short_and_forms_reposts_print_that_opencc_leaves(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_an_anniversarys_celebration_is_no_city_said_short():
    # 大庆 is a city's short name and a celebration: a relative body resolves through neither.
    text = (
        "我市根治欠薪攻坚行动成效初显\n信息来源: 市劳动监察支队 发布时间:2019-09-27 15:43\n"
        "自7月底以来,市人社局会同有关部门开展根治欠薪攻坚行动,检查在建工程项目438个。\n"
        "下一步,将继续严厉打击欠薪行为,确保在新中国成立70周年大庆之际社会和谐稳定。"
    )
    assert extract_text(text).issuer.issuer is None


def test_a_county_level_city_named_in_a_firms_name_is_not_the_city_the_page_speaks_as():
    # 我市 on a page of the prefecture's bureau: the county-level city is named otherwise only
    # in its own bureau's name, as the prefecture is; no guess between them.
    text = (
        "本网讯 连日来,我市各级市场监管部门加大价格监督检查力度,截至目前已查处案件9起。\n"
        "昨日,市市场监管局通报了案件情况。1月25日,绍兴市市场监管局对某药房哄抬价格一案进行查处。"
        "1月26日,新昌县市场监管局对某水果店未明码标价进行查处。1月27日,诸暨市市场监管局对诸暨市某某医药连锁有限公司"
        "涉嫌哄抬口罩价格进行查处。1月30日,柯桥区市场监管局对某便利店进行查处。"
    )
    assert extract_text(text).issuer.issuer is None


def test_a_bodys_word_or_site_that_a_news_item_cites_is_its_author():
    text = "天津讨薪近亿元\n据天津市人力资源和社会保障局网站消息,天津市积极组织开展根治欠薪冬季专项行动,解决案件334件。"
    assert extract_text(text).issuer.issuer == "天津市人力资源和社会保障局"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a span since a year's end runs into the next: the days of the next year tell it
        ("信州多部门追回欠薪\n时间:2021-04-05 01:42\n据介绍,2020年底以来,信州区开展治欠行动。从1月11日开始,已接访讨薪诉求28批次,追回工资20余万元。", 2021),
        # a year later than a forum post's date is a later thread's, listed under it
        ("[汕尾] 卫健部门检查公共场所\n发表于 2022-11-10 17:55:38\n近日,市卫生健康局检查公共场所10家,下达监督意见书10份。\n楼主热帖\n[汕尾资讯] 我市举行2025年下半年新兵欢送活动", 2022),
        # an undated page whose title alone holds a year
        ("2023年元旦假日某省文化和旅游市场情况\n元旦假日期间,全省文化和旅游市场安全有序,检查经营单位120家。", 2023),
        # an undated page on a winter campaign run since the day it began (自…11月1日开展…冬季专项行动以来)
        ("根治欠薪冬季专项行动成效\n2月18日,记者从某省人社厅获悉,自2021年11月1日开展根治欠薪冬季专项行动以来,全省立案及协调处理欠薪案件96件。", 2021),
        # an anniversary a page's line breaks part from its country's name
        ("国庆怎么过\n迎来中华人民共和国\n\n75周年华诞\n城管执法队员坚守岗位,劝离占道经营42起。", 2024),
        # the time of the facts a decision found (经查明，2009年，…) is no year it reports on
        ("行政处罚决定书\n发文日期:2025-12-11\n2025年11月3日,本局立案调查。经查明,2009年,当事人未经批准擅自加建建筑。本局决定处以罚款2万元。", 2025),
        # a product's date said as a field is no date the page is stamped with
        ("某局公布典型案例\n某县市场监管局行政执法支队查处某粮油分装厂案\n2021年11月28日,某县市场监管局对某粮油分装厂生产的大豆油(生产日期:2021年11月18日)进行抽检。2022年3月,依法作出行政处罚。", 2022),
    ],
)
def test_a_span_since_a_years_end_a_later_thread_and_an_undated_pages_title_year(text, year):
    assert extract_text(text).report_year == year


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a body at work after its purpose and a bare 今年
        ("为落实种业监管执法年工作要求,今年梧州市农业综合行政执法支队集中开展种子市场专项整治,检查门店95家。", "广西壮族自治区梧州市农业综合行政执法支队"),
        # a field's bodies at every level whose system is not read: no government at work
        ("为维护农民合法权益,2023年以来,长沙市各级农业综合行政执法机构聚焦农资领域,查办案件38起。", None),
        ("2023年以来,长沙市各级农业综合行政执法机构聚焦农资领域,查办案件38起。", None),
        # but every level and every department of a division is its government at work
        ("2024年,黔南州各级各部门坚持依法行政,全年主动公开政府信息1200条。", "贵州省黔南布依族苗族自治州"),
    ],
)
def test_a_lead_after_a_bare_this_year_and_a_fields_bodies_at_every_level(text, issuer):
    assert extract_text(text).issuer.issuer == issuer


def test_a_superior_that_publishes_how_it_rated_others_is_no_author():
    # (the blanks a closed-up pinyin gloss leaves before the document's title too)
    for said in ("发布《", "发布    《"):
        text = f"近日,湖北省司法厅{said}关于涉企行政复议案件专项评查的通报》,公布评查结果,随州市曾都区司法局承办的行政复议案件卷宗被评为优秀。"
        assert extract_text(text).issuer.issuer == "湖北省随州市曾都区司法局"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a district that leads its own departments (组织区应急管理局…): no district called 组织区
        ("1月28日,西宁市湟中区组织区应急管理局、区公安局等相关单位开展进村入户安全检查,检查企业50家。", "青海省西宁市湟中区"),
        # a town that works with a long list of bodies
        ("1月21日至24日,寿宁县鳌阳镇联合县应急管理局、消防救援大队等部门开展节前安全生产大检查,检查企业50家。", "福建省宁德市寿宁县鳌阳镇"),
    ],
)
def test_a_district_that_leads_its_departments_and_a_town_with_many_partners(text, issuer):
    assert extract_text(text).issuer.issuer == issuer



_YINING = "新疆维吾尔自治区伊犁哈萨克自治州伊宁县"


@pytest.mark.parametrize(
    ("text", "body_type"),
    [
        # a title naming the government, over the office that compiled its yearbook
        (
            "伊宁县人民政府2023年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》等有关要求，伊宁县人民政府办公室编写了本报告。"
            "本报告中所列数据统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n2023年，全县主动公开政府信息1260条。",
            "人民政府",
        ),
        # a first sentence that opens on the yearbook's own title, run into it
        (
            "伊宁县人民政府办公室2023年政府信息公开工作年度报告（以下简称年报）是根据《中华人民共和国政府信息公开条例》编制。"
            "如有疑问请与伊宁县人民政府办公室联系。\n一、总体情况\n县政府办公室全年主动公开政府信息310条。",
            "人民政府办公室",
        ),
        # a compiler with its other name in brackets, not the centre to ask
        (
            "本年度报告根据《中华人民共和国政府信息公开条例》编制，由伊宁县发展和改革委员会（伊宁县粮食和物资储备局）编制。"
            "如对本年度报告有任何疑问，请与伊宁县发展和改革委员会信息中心联系。\n一、总体情况\n2023年，我委主动公开政府信息96条。",
            "发展和改革委员会",
        ),
        # a yearbook speaking as 我局 that names its bureau only as the owner of its own site
        (
            "一、总体情况\n2023年，我局认真贯彻《中华人民共和国政府信息公开条例》，全面推进政府信息公开工作。\n"
            "（一）主动公开情况。2023年，伊宁县民政局网站公开信息总数212条，制发行政规范性文件2个。"
            "全年通过县政府门户网站公开信息40条。",
            "民政局",
        ),
    ],
)
def test_who_wrote_a_yearbook_is_who_its_title_compiler_or_own_site_names(text, body_type):
    issuer = extract_text(text).issuer
    assert (issuer.division, issuer.body_type) == (_YINING, body_type)

