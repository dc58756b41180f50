"""The warehouse contract, in one place: the raw tables ingestion writes, the closed
vocabularies, and the row rules, each with one severity and one checker.

Generated from it, never written by hand (see the README, "The contract"):
- at import: the DuckDB DDL of raw.* and the Arrow schemas ingestion writes Parquet with
  (`expectations.contract.RAW_DDL`, `arrow_schema`), and the Great Expectations suites of
  the three stage gates (`expectations.contract.gx_suite`);
- by `make contracts`, committed: dbt_project/models/staging/_sources.yml and the
  accepted_values tests marked `# contract:` in the dbt model YAML.

Which checker: Great Expectations for the gates between stages (raw.* before dbt runs,
staging and marts before publishing); dbt for the codes its own models produce and, in
the model YAML beside the SQL, the relations between models (keys, grains, relationships).

Adding a raw column: a Column in its table here (nullable, so build databases made before
it get it by ALTER TABLE), its value where the row is made (orchestration/loading/ingest.py; for
raw.figures, the extractor's Figure), then `make contracts`.
Adding a domain or metric: extractors/taxonomy.toml, then `make contracts`.
Adding a row rule: a Rule below, then `make contracts` when its checker is dbt.
"""

from __future__ import annotations

from expectations.contract.clauses import (
    ERROR,
    THIS_YEAR,
    WARNING,
    AllTrue,
    Between,
    Column,
    Greater,
    InVocabulary,
    NoRows,
    NotNull,
    Rule,
    Table,
    Unique,
    Vocabulary,
)

# The dbt source the raw tables make (dbt_project/models/staging/_sources.yml).
SOURCE_EN = "Tables written by ingestion; their contract is expectations/contract/warehouse.py. dbt reads these and nothing else."
SOURCE_ZH = "采集流程写入的原始表"

# The first year a report can cover: no report in scope predates the 2000s. The last is the
# year of the run: a report cannot cover a year that has not begun (one filed each January
# covers the year before). The year rule below, zhifa.toml declarations and the lake's
# report-year partitions all take these bounds.
FIRST_REPORT_YEAR = 2000

TABLES: tuple[Table, ...] = (
    Table(
        "raw.documents",
        "One row per distinct input file content; every figure span points into its text.",
        "文档表：每个不同内容的输入文件一行",
        (
            Column("doc_id", "VARCHAR", "SHA-256 of the file bytes.", "文件字节的 SHA-256", not_null=True),
            Column("source_path", "VARCHAR", "Path of the file relative to the reports folder, as first loaded.", "相对于报告目录的文件路径", not_null=True),
            Column("source_format", "VARCHAR", "File format.", "文件格式", not_null=True, vocabulary="source_format"),
            Column("encoding", "VARCHAR", "Character encoding the bytes were decoded with.", "字符编码"),
            Column("byte_size", "BIGINT", "Size of the file in bytes.", "文件字节数", not_null=True),
            Column("text", "VARCHAR", "Decoded, normalised text that every figure span points into.", "解码并规范化后的全文，所有偏移量指向此文本", not_null=True),
            Column("title", "VARCHAR", "Title of the report as found in the document.", "报告标题"),
            Column("issuer", "VARCHAR", "The issuing body as named in the report.", "报告中的发布机关名称"),
            Column("issuer_key", "VARCHAR", "Canonical issuer key; null when the issuer could not be inferred.", "规范化的发布机关键"),
            Column("parent_region", "VARCHAR", "The region the issuer belongs to.", "上级行政区"),
            Column("admin_level", "VARCHAR", "Administrative level of the issuer (province, city, county, department ...).", "行政级别"),
            Column("report_year", "INTEGER", "The year the report covers; null when it could not be inferred.", "报告所属年度"),
            Column("needs_review", "BOOLEAN", "True when the issuer or the year could not be inferred.", "是否需要人工复核（发布机关或年度无法识别）", not_null=True),
            Column("review_reason", "VARCHAR", "Why the document needs review.", "需要复核的原因"),
            Column("extractor_version", "VARCHAR", "Version of the extractors that produced this row.", "抽取程序版本", not_null=True),
            Column("ingested_at", "TIMESTAMP", "When the document was loaded.", "入库时间", not_null=True),
            Column(
                "declared", "VARCHAR",
                'What zhifa.toml in the reports folder declared for this file, as JSON ({"issuer": …, "year": …}, only the '
                "fields declared); it won over inference. Null when nothing was declared. A changed declaration extracts the file again.",
                "报告目录中 zhifa.toml 为该文件声明的发布机关和年度（JSON），优先于自动识别",
            ),
            Column("issuer_source", "VARCHAR", "Which evidence decided the issuer.", "判定发布机关的依据：声明/标题/网页信息栏/正文/落款/首句/路径", vocabulary="issuer_source"),
            Column(
                "division_code", "VARCHAR",
                "Division code of the issuer's division (GB/T 2260; 9 digits for a township or subdistrict, as the Ministry of "
                "Civil Affairs assigns them); for a place the code table lacks (a development zone), the code of the division it lies in.",
                "发布机关所属行政区划代码（GB/T 2260，乡级为民政部9位代码）",
            ),
            Column("division", "VARCHAR", "Full name of the issuer's division, outermost first (天津市滨海新区).", "所属行政区划全称"),
            Column("province", "VARCHAR", "Province-level division of the issuer (省 / 自治区 / 直辖市).", "所属省级行政区"),
            Column("city", "VARCHAR", "Prefecture-level division (地级市 / 州 / 盟); null under a municipality.", "所属地级行政区"),
            Column("county", "VARCHAR", "County-level division (区 / 县 / 县级市 / 旗).", "所属县级行政区"),
            Column("township", "VARCHAR", "Township-level division (镇 / 乡 / 街道).", "所属乡级行政区"),
            Column(
                "body_type", "VARCHAR",
                "The kind of body within the division: 人民政府, 行政公署, 街道办事处, 管委会, or the department's full name (应急管理局, 综合执法大队 …).",
                "机关类型：人民政府、行政公署、街道办事处、管委会或部门全称",
            ),
            Column(
                "document_kind", "VARCHAR",
                "What the document is, read from its head (extractors/kind.py): report, a body's own account of a period "
                "(行政执法工作报告, 数据公示, 统计表, 工作总结, 政府信息公开工作年度报告), or news, an item about what a body did, whose "
                "figures may be of one campaign or the months so far. Null for a row loaded before the column existed.",
                "文档类型：report 为机关对一段时期工作的报告或公示，news 为新闻报道",
                vocabulary="document_kind",
            ),
        ),
        primary_key=("doc_id",),
    ),
    Table(
        "raw.document_paths",
        "Every path a document's bytes were seen under (the same file can sit in several folders).",
        "文档路径表：同一文件内容出现过的所有路径",
        (
            Column("doc_id", "VARCHAR", "SHA-256 of the file bytes; refers to raw.documents.", "文件字节的 SHA-256", not_null=True),
            Column("source_path", "VARCHAR", "Path relative to the reports folder.", "相对于报告目录的文件路径", not_null=True),
            Column("first_seen", "TIMESTAMP", "When this path was first seen with these bytes.", "首次发现时间", not_null=True),
            Column("last_seen", "TIMESTAMP", "The last run that found these bytes under this path.", "最近一次在该路径发现这些字节的运行时间"),
            Column(
                "in_inbox", "BOOLEAN",
                "True when the last run found these bytes under this path; false once the file was removed or edited.",
                "最近一次运行时该路径仍是这些字节为真；文件被删除或修改后为假",
            ),
        ),
        primary_key=("doc_id", "source_path"),
    ),
    Table(
        "raw.figures",
        "One row per figure mention found in a document.",
        "数字表：文档中每处数字提及一行",
        (
            Column("doc_id", "VARCHAR", "Document the figure was found in.", "所在文档", not_null=True),
            Column("figure_no", "INTEGER", "Position of the figure within its document, from 1.", "文档内序号", not_null=True),
            Column("span_start", "INTEGER", "Start offset of the figure in the document text.", "在全文中的起始偏移", not_null=True),
            Column("span_end", "INTEGER", "End offset (exclusive); text[span_start:span_end] is exactly as_written.", "在全文中的结束偏移（不含）", not_null=True),
            Column("as_written", "VARCHAR", "The figure as written, e.g. 937.9万元 or 3000余人次.", "原文写法", not_null=True),
            Column("value", "DOUBLE", "Normalised value (yuan for money, plain counts, percent as a number, signed for changes).", "规范化数值", not_null=True),
            Column("unit", "VARCHAR", "Normalised unit.", "规范化单位", vocabulary="unit"),
            Column("approximate", "BOOLEAN", "True when the figure is qualified as approximate (余 多 近 约 超 以上).", "是否约数", not_null=True),
            Column("metric", "VARCHAR", "Metric code from the taxonomy; null when the figure was not mapped.", "指标代码", vocabulary="metric"),
            Column("domain", "VARCHAR", "Enforcement domain the figure belongs to; 'all' for the whole issuer.", "执法领域", not_null=True, vocabulary="domain"),
            Column("of_metric", "VARCHAR", "For a stated year-on-year change, the metric that changed.", "同比变化所指的指标", vocabulary="metric"),
            Column("parent_metric", "VARCHAR", "For a 其中 breakdown, the metric it is part of.", "“其中”分项所属的上级指标", vocabulary="metric"),
            Column("sub_issuer", "VARCHAR", "The body a table row belongs to (执法主体); null for issuer-level figures.", "表格行所属的执法主体"),
            Column("section", "VARCHAR", "Heading of the section the figure appears under.", "所在章节"),
            Column("sentence", "VARCHAR", "The sentence containing the figure.", "所在句子"),
            Column("rule", "VARCHAR", "Name of the extraction rule that matched.", "匹配的抽取规则", not_null=True),
            Column("extractor_version", "VARCHAR", "Version of the extractors that produced this row.", "抽取程序版本", not_null=True),
        ),
        primary_key=("doc_id", "figure_no"),
    ),
    Table(
        "raw.quarantine",
        "Every input file that was not loaded, with the reason.",
        "隔离表：未能入库的输入文件及原因",
        (
            Column("source_path", "VARCHAR", "Path of the file relative to the reports folder.", "相对于报告目录的文件路径", not_null=True),
            Column("sha256", "VARCHAR", "SHA-256 of the file bytes; null when they could not be read.", "文件字节的 SHA-256"),
            Column("reason", "VARCHAR", "Reason code.", "原因代码", not_null=True, vocabulary="reason"),
            Column("message", "VARCHAR", "Human-readable explanation.", "说明", not_null=True),
            Column("extractor_version", "VARCHAR", "Version of the extractors that rejected the file.", "抽取程序版本", not_null=True),
            Column("quarantined_at", "TIMESTAMP", "When the file was quarantined.", "隔离时间", not_null=True),
        ),
    ),
    Table(
        "raw.metric_definitions",
        "The metric taxonomy, loaded from the single taxonomy file in extractors/.",
        "指标定义表（来自 extractors 中唯一的指标分类文件）",
        (
            Column("metric", "VARCHAR", "Metric code.", "指标代码", not_null=True, vocabulary="metric"),
            Column("name_zh", "VARCHAR", "Chinese name.", "中文名称", not_null=True),
            Column("name_en", "VARCHAR", "English name.", "英文名称", not_null=True),
            Column("unit_kind", "VARCHAR", "Kind of unit.", "单位类型", not_null=True, vocabulary="unit_kind"),
            Column("category", "VARCHAR", "Group the metric belongs to.", "指标类别", not_null=True),
            Column("description", "VARCHAR", "What the metric counts.", "指标说明"),
        ),
        primary_key=("metric",),
    ),
    Table(
        "raw.corrections",
        "Analysts' corrections, one row per row of the CSV files in the corrections folder, checked and loaded afresh by every run; dbt applies them in staging.",
        "人工更正表：更正目录中 CSV 文件的每一行，每次运行校验后重新载入，在 staging 层应用",
        (
            Column("correction_file", "VARCHAR", "The CSV file the correction is written in, relative to the corrections folder.", "更正所在的 CSV 文件（相对于更正目录）", not_null=True),
            Column("line", "INTEGER", "The line of the file the row starts on (the header is line 1).", "更正在文件中的行号（表头为第1行）", not_null=True),
            Column("kind", "VARCHAR", "What the row corrects: a document's issuer or year, an extracted figure, or a figure extraction missed.", "更正类型：文档（发布机关、年度）、数字、补录数字", not_null=True, vocabulary="correction_kind"),
            Column("doc_id", "VARCHAR", "The document, when the row names it by its SHA-256.", "以 SHA-256 指明的文档"),
            Column("source_path", "VARCHAR", "The document, when the row names it by its path relative to the reports folder (the bytes last seen under it).", "以报告目录内路径指明的文档（该路径最近一次的内容）"),
            Column("named_issuer", "VARCHAR", "Document corrections: every document whose issuer is named so (or whose name of it did not resolve).", "文档更正：报告中写作此名称（或此名称无法识别）的所有文档"),
            Column("span_start", "INTEGER", "Figure corrections: start offset of the figure in the document text.", "数字更正：数字在全文中的起始偏移"),
            Column("span_end", "INTEGER", "Figure corrections: end offset (exclusive) of the figure.", "数字更正：数字在全文中的结束偏移（不含）"),
            Column("as_written", "VARCHAR", "The figure as written: what the span must hold, what a figure is found by with its sentence, or what an addition looks for in the text.", "数字的原文写法"),
            Column("occurrence", "INTEGER", "Which match to take, from 1: of as_written in the text (additions) or of the figures with this as_written and sentence.", "取第几处匹配（从1起）", not_null=True),
            Column("sentence", "VARCHAR", "Figure corrections: the sentence the figure stands in.", "数字更正：数字所在句子"),
            Column("issuer", "VARCHAR", "Document corrections: the issuer's full name, as the division table resolves the name the row gives.", "文档更正：更正后的发布机关全称（经行政区划表识别）"),
            Column("issuer_key", "VARCHAR", "Document corrections: the canonical key of that issuer.", "文档更正：更正后的发布机关键"),
            Column("parent_region", "VARCHAR", "Document corrections: the region the issuer belongs to.", "文档更正：上级行政区"),
            Column("admin_level", "VARCHAR", "Document corrections: administrative level of the issuer.", "文档更正：行政级别"),
            Column("division_code", "VARCHAR", "Document corrections: division code of the issuer's division (GB/T 2260).", "文档更正：所属行政区划代码"),
            Column("division", "VARCHAR", "Document corrections: full name of the issuer's division.", "文档更正：所属行政区划全称"),
            Column("province", "VARCHAR", "Document corrections: province-level division of the issuer.", "文档更正：所属省级行政区"),
            Column("city", "VARCHAR", "Document corrections: prefecture-level division of the issuer.", "文档更正：所属地级行政区"),
            Column("county", "VARCHAR", "Document corrections: county-level division of the issuer.", "文档更正：所属县级行政区"),
            Column("township", "VARCHAR", "Document corrections: township-level division of the issuer.", "文档更正：所属乡级行政区"),
            Column("body_type", "VARCHAR", "Document corrections: the kind of body within the division.", "文档更正：机关类型"),
            Column("report_year", "INTEGER", "Document corrections: the year the report covers.", "文档更正：报告所属年度"),
            Column("metric", "VARCHAR", "Figure corrections and additions: the metric code the figure is.", "数字更正与补录：指标代码", vocabulary="metric"),
            Column("domain", "VARCHAR", "Figure corrections and additions: the enforcement domain of the figure.", "数字更正与补录：执法领域", vocabulary="domain"),
            Column("value", "DOUBLE", "Figure corrections and additions: the value, normalised as extraction normalises it (yuan for money).", "数字更正与补录：规范化数值（金额以元计）"),
            Column("unit", "VARCHAR", "Additions: the normalised unit read from as_written.", "补录：由原文写法读出的规范化单位", vocabulary="unit"),
            Column("approximate", "BOOLEAN", "Additions: whether as_written is qualified as approximate.", "补录：是否约数"),
            Column("exclude", "BOOLEAN", "Figure corrections: the figure is not a figure of the report and leaves the warehouse.", "数字更正：该数字不是报告的数据，剔除", not_null=True),
            Column("reason", "VARCHAR", "Why the correction is right, in the analyst's words.", "更正理由", not_null=True),
            Column("author", "VARCHAR", "Who made the correction.", "更正人", not_null=True),
        ),
        primary_key=("correction_file", "line"),
    ),
)  # fmt: skip

# A code a worker records when an extractor raised something other than an ExtractionError
# (orchestration/loading/ingest.py): one file is lost to the bug, not the run.
EXTRACTOR_ERROR = "extractor_error"

VOCABULARIES: tuple[Vocabulary, ...] = (
    Vocabulary("domain", "the domains of extractors/taxonomy.toml", extractors="domains"),
    Vocabulary(
        "metric", "the metric codes of extractors/taxonomy.toml", extractors="metrics",
        read_from=("raw.metric_definitions", "metric"),
    ),
    # Normalised units (money is in 元, shares in %). A unit outside this list is a warning,
    # not an error: reports count in measure words we have not met yet, and the value is
    # still usable.
    Vocabulary(
        "unit", "the units the normaliser knows",
        values=(
            "件", "次", "人", "个", "元", "%", "家", "家次", "人次", "户", "名", "项", "起", "宗",
            "处", "台", "辆", "艘", "条", "份", "批", "批次", "场", "场次", "期", "所", "座", "张",
            "本", "册", "卷", "套", "种", "只", "头", "亩", "平方米", "立方米", "吨", "千克", "公里", "米",
            "天", "小时", "个次", "单", "部", "类",
        ),
    ),
    Vocabulary("source_format", "the formats an extractor is written for", values=("txt", "html", "docx", "pdf", "xlsx")),
    # The evidence that can decide an issuer (extractors/issuer.py), strongest first; an
    # analyst's correction (raw.corrections) overrides them all in staging.
    Vocabulary(
        "issuer_source", "the kinds of evidence issuer inference weighs",
        values=("declared", "title", "furniture", "text", "table", "signature", "first_sentence", "path", "corrected"),
    ),
    # What a document is: the kinds extractors/kind.py tells apart (read from there).
    Vocabulary("document_kind", "the kinds of document extractors/kind.py tells apart", extractors="document_kinds"),
    # The quarantine reason codes: those of extractors/errors.py (read from there when the
    # contract loads) and the one ingestion adds for an extractor bug.
    Vocabulary("reason", "the codes of extractors/errors.py and extractor_error", values=(EXTRACTOR_ERROR,), extractors="reasons"),
    Vocabulary("unit_kind", "the kinds of unit taxonomy.toml uses", values=("count", "money", "percent", "change")),
    # What dbt's fct_consistency_check and bi_problems models write.
    Vocabulary(
        "check_id", "the rules fct_consistency_check checks inside one report",
        values=(
            "penalty_simple_plus_ordinary_equals_total", "penalty_kinds_sum_to_total",
            "domain_not_above_whole_issuer", "breakdown_not_above_parent",
        ),
    ),
    Vocabulary(
        "problem_kind", "the kinds of problem bi_problems lists",
        values=("consistency_check_failed", "claim_inconsistent", "conflicting_mentions", "news_in_year_over_year"),
    ),
    # Analysts' corrections (raw.corrections, applied in staging): what a row corrects, where a
    # mart value comes from, and what became of each correction in the last build.
    Vocabulary("correction_kind", "the kinds of correction", values=("document", "figure", "addition")),
    Vocabulary("value_source", "where a value comes from", values=("extracted", "corrected", "added")),
    Vocabulary(
        "correction_status", "what became of a correction",
        values=("applied", "stale", "superseded", "contradicted"),
    ),
)  # fmt: skip

_DOCUMENTS = ("raw.documents", "staging.stg_documents")
_FIGURES = ("raw.figures", "staging.stg_figures")
_REPORT_METRIC = "marts.fct_report_metric"

RULES: tuple[Rule, ...] = (
    # --- documents -------------------------------------------------------------------------
    Rule("doc_id_present", _DOCUMENTS, NotNull("doc_id"), ERROR, "gx", "doc_id is the sha256 every figure points to."),
    Rule("one_row_per_document", _DOCUMENTS, Unique(("doc_id",)), ERROR, "gx", "One row per distinct file content."),
    # A wrong year pairs a report with the wrong prior year in fct_metric_yoy and files its
    # facts under a year they are not about: the build is not published (an error). Inference
    # that finds no year leaves it null and the document flagged for review; a year inference
    # got wrong is corrected by declaring it in zhifa.toml, which refuses the same bounds.
    Rule(
        "report_year_plausible", (*_DOCUMENTS, _REPORT_METRIC), Between("report_year", FIRST_REPORT_YEAR, THIS_YEAR),
        ERROR, "gx",
        f"A report covers a year from {FIRST_REPORT_YEAR} to the year of the run: one from the future or the last "
        "century means year inference broke. Null (needs review) is allowed.",
    ),
    Rule("source_format_known", ("raw.documents",), InVocabulary("source_format", "source_format"), WARNING, "gx", "A format no extractor is written for."),
    *(
        Rule(
            f"unflagged_document_has_{column}", ("staging.stg_documents",), NotNull(column, {"needs_review": False}), ERROR, "gx",
            "A document not flagged for review has a resolved issuer: a known division, a body within it and the "
            "evidence that decided. A name that did not resolve (a sentence fragment) leaves the issuer null and "
            "the document flagged.",
        )
        for column in ("issuer_key", "issuer_source", "body_type")
    ),
    Rule("document_kind_known", ("staging.stg_documents",), InVocabulary("document_kind", "document_kind"), ERROR, "gx", "The kinds of document the extractor tells apart."),
    Rule("issuer_source_known", ("staging.stg_documents",), InVocabulary("issuer_source", "issuer_source"), ERROR, "gx", "The evidence kinds issuer inference knows."),
    # --- figures ---------------------------------------------------------------------------
    Rule("one_row_per_figure", ("staging.stg_figures",), Unique(("doc_id", "figure_no")), ERROR, "gx", "One row per figure mention; a view has no primary key to enforce it."),
    # text[span_start:span_end] is exactly as_written, which is never empty: the promise the
    # dashboard and every BI click-through to the sentence rely on. An empty, reversed or
    # negative span is an extraction bug, never a property of a report: it blocks publishing.
    Rule("span_not_empty", _FIGURES, Greater("span_end", "span_start"), ERROR, "gx", "text[span_start:span_end] is the figure as written, so the span is never empty."),
    Rule("span_inside_text", _FIGURES, Between("span_start", 0, None), ERROR, "gx", "A span is an offset into the document's text, so it never starts before it."),
    Rule("figure_has_value", _FIGURES, NotNull("value"), ERROR, "gx", "A figure without a number is not a figure."),
    Rule("domain_known", (*_FIGURES, _REPORT_METRIC), InVocabulary("domain", "domain"), ERROR, "gx", "Domains are a closed list (extractors/taxonomy.toml)."),
    Rule("metric_known", (*_FIGURES, _REPORT_METRIC), InVocabulary("metric", "metric"), ERROR, "gx", "Mapped metrics must exist in the taxonomy; unmapped (null) is allowed."),
    Rule(
        "change_names_its_metric", ("raw.figures",), NotNull("of_metric", {"metric": "yoy_change_pct"}), WARNING, "gx",
        "A stated year-on-year change means nothing without the metric it changes.",
    ),
    Rule("unit_known", _FIGURES, InVocabulary("unit", "unit"), WARNING, "gx", "A unit the normaliser does not know yet."),
    # --- quarantine and the taxonomy -------------------------------------------------------
    Rule("quarantine_says_why", ("raw.quarantine",), NotNull("reason"), ERROR, "gx", "Every quarantined file says why, as a code."),
    Rule(
        "quarantine_reason_known", ("staging.stg_quarantine",), InVocabulary("reason", "reason"), WARNING, "dbt",
        "Each quarantined file carries a code extractors/errors.py (or ingestion) defines, which the quality page can explain.",
    ),
    Rule("unit_kind_known", ("staging.stg_metric_definitions",), InVocabulary("unit_kind", "unit_kind"), WARNING, "dbt", "The kinds of unit the taxonomy uses."),
    # --- marts -----------------------------------------------------------------------------
    Rule(
        "report_metric_grain", (_REPORT_METRIC,), Unique(("issuer_key", "report_year", "metric", "domain")), ERROR, "gx",
        "The grain of fct_report_metric: one value per issuer, year, metric and domain.",
    ),
    *(
        Rule(f"report_metric_has_{column}", (_REPORT_METRIC,), NotNull(column), ERROR, "gx", why)
        for column, why in (
            ("issuer_key", "Part of the grain."), ("metric", "Part of the grain."), ("value", "A fact without a value is not a fact."),
        )
    ),
    # The percentages of fct_report_metric are rates (结案率, 持证率 …); stated changes (同比) go
    # to fct_metric_yoy instead.
    Rule(
        "rate_is_a_share", (_REPORT_METRIC,), Between("value", 0, 100, {"unit": "%"}), WARNING, "gx",
        "A rate (结案率, 持证率 …) is a share, from 0 to 100%: one outside it is more likely a misread number.",
    ),
    Rule("metric_yoy_grain", ("marts.fct_metric_yoy",), Unique(("issuer_key", "metric", "domain", "report_year")), ERROR, "gx", "The grain of fct_metric_yoy."),
    Rule("metric_yoy_domain_known", ("marts.fct_metric_yoy",), InVocabulary("domain", "domain"), ERROR, "dbt", "Domains are a closed list (extractors/taxonomy.toml)."),
    # Each claim, each rule broken, each conflict is a finding about a report: a warning with its
    # rows on the quality page, the warehouse still published (bi.bi_problems lists them too).
    Rule(
        "claims_agree_with_figures", ("marts.fct_metric_yoy",), AllTrue("claim_consistent"), WARNING, "gx",
        "A year-on-year change a report states agrees with the two years' figures (null: nothing to check).",
    ),
    Rule(
        "reports_agree_with_themselves", ("marts.fct_consistency_check",), AllTrue("passed"), WARNING, "gx",
        "Every rule holds inside every report (simple + ordinary = total, a domain not above the whole issuer, ...).",
    ),
    Rule("check_id_known", ("marts.fct_consistency_check",), InVocabulary("check_id", "check_id"), ERROR, "dbt", "The rules fct_consistency_check knows."),
    Rule("issuer_key_present", ("marts.dim_issuer",), NotNull("issuer_key"), ERROR, "gx", "The key facts join on."),
    Rule("one_row_per_issuer", ("marts.dim_issuer",), Unique(("issuer_key",)), ERROR, "gx", "One row per issuer, or joins fan out."),
    Rule("dim_document_key_present", ("marts.dim_document",), NotNull("doc_id"), ERROR, "gx", "The key facts join on."),
    Rule("one_row_per_dim_document", ("marts.dim_document",), Unique(("doc_id",)), ERROR, "gx", "One row per document, or joins fan out."),
    Rule("one_row_per_metric", ("marts.dim_metric",), Unique(("metric",)), ERROR, "gx", "One row per metric code, or joins fan out."),
    Rule(
        "one_report_per_issuer_year", ("marts.fct_document_conflict",), NoRows(), WARNING, "gx",
        "One report per issuer and year: a row means two different files claim the same body's report for the "
        "same year (both kept; the facts take the later one).",
    ),
    Rule("problem_kind_known", ("bi.bi_problems",), InVocabulary("problem_kind", "problem_kind"), ERROR, "dbt", "The kinds of problem bi_problems lists."),
    # --- corrections -----------------------------------------------------------------------
    # The corrections files are checked line by line before a run loads anything
    # (orchestration/corrections/); these hold the loaded table to the same promises.
    Rule("correction_kind_known", ("raw.corrections",), InVocabulary("kind", "correction_kind"), ERROR, "gx", "Every correction is a document, figure or addition correction."),
    *(
        Rule(f"correction_has_{column}", ("raw.corrections",), NotNull(column), ERROR, "gx", "Every correction says why and who made it.")
        for column in ("reason", "author")
    ),
    # A correction that matches nothing any more (the document was edited or retracted, the
    # extractor now splits the text differently, or now finds the figure an addition adds) is
    # not applied and is reported; one that contradicts another is applied by neither and
    # blocks publishing until one of them is changed.
    Rule(
        "corrections_still_match", ("marts.dim_correction",), AllTrue("still_matches"), WARNING, "gx",
        "A correction matches the document or figure it was written for; one that matches nothing any more is not applied.",
    ),
    Rule(
        "corrections_agree", ("marts.dim_correction",), AllTrue("agrees_with_others"), ERROR, "gx",
        "Two corrections of one document, figure or span say the same; contradicting ones are applied by neither.",
    ),
    Rule("correction_status_known", ("marts.dim_correction",), InVocabulary("status", "correction_status"), ERROR, "dbt", "What can become of a correction."),
    *(
        Rule(f"{name}_value_source_known", (f"marts.{name}",), InVocabulary("value_source", "value_source"), ERROR, "dbt", "A value is extracted, corrected or added.")
        for name in ("fct_report_metric", "fct_metric_yoy")
    ),
)  # fmt: skip
