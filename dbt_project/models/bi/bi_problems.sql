-- Everything a reader should doubt, in one table: rules a report breaks inside itself,
-- year-on-year changes a report states that its own figures do not bear out,
-- issuer-years that state two values for one metric, and year-on-year changes one side of
-- which is a news item's figure, not a report's.

with

consistency_checks as (

    select * from {{ ref('fct_consistency_check') }}

),

metric_changes as (

    select * from {{ ref('fct_metric_yoy') }}

),

report_metrics as (

    select * from {{ ref('fct_report_metric') }}

),

issuers as (

    select * from {{ ref('dim_issuer') }}

),

metrics as (

    select * from {{ ref('dim_metric') }}

),

documents as (

    select * from {{ ref('dim_document') }}

),

failed_checks as (

    select
        'consistency_check_failed' as problem_kind,
        check_id as rule,
        issuer_key,
        report_year,
        metric,
        domain,
        compared_metric,
        expected_value,
        actual_value,
        detail,
        -- a rule compares figures from several sentences; the document is the place to look
        cast(null as {{ dbt.type_string() }}) as sentence,
        doc_id

    from consistency_checks

    where not passed

),

inconsistent_claims as (

    select * from metric_changes

    where claim_consistent = false

),

-- claim_consistent is false when any stated change fails; each failing one gets its row,
-- judged with the same tolerances as fct_metric_yoy
inconsistent_pct_claims as (

    select
        'claim_inconsistent' as problem_kind,
        'pct_change_claim' as rule,
        issuer_key,
        report_year,
        metric,
        domain,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        claimed_pct_change as expected_value,
        pct_change as actual_value,
        {{ dbt.concat([
            "'stated change '", number_to_text('claimed_pct_change'),
            "'%, figures give '", number_to_text('pct_change'),
            "'% ('", number_to_text('prior_year_value'),
            "' -> '", number_to_text('value'), "')'"
        ]) }} as detail,
        claim_sentence as sentence,
        claim_doc_id as doc_id

    from inconsistent_claims

    where abs(claim_gap_pp) > {{ var('claim_tolerance_pp') }}

),

inconsistent_abs_claims as (

    select
        'claim_inconsistent' as problem_kind,
        'abs_change_claim' as rule,
        issuer_key,
        report_year,
        metric,
        domain,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        claimed_abs_change as expected_value,
        abs_change as actual_value,
        {{ dbt.concat([
            "'stated change '", number_to_text('claimed_abs_change'),
            "', figures give '", number_to_text('abs_change'),
            "' ('", number_to_text('prior_year_value'),
            "' -> '", number_to_text('value'), "')'"
        ]) }} as detail,
        claim_sentence as sentence,
        claim_doc_id as doc_id

    from inconsistent_claims

    where abs(abs_change - claimed_abs_change) > {{ var('value_tolerance') }}

),

conflicting_mentions as (

    select
        'conflicting_mentions' as problem_kind,
        'one_value_per_issuer_year' as rule,
        issuer_key,
        report_year,
        metric,
        domain,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        cast(null as {{ type_double() }}) as expected_value,
        value as actual_value,
        {{ dbt.concat([
            "cast(mention_count as " ~ dbt.type_string() ~ ")",
            "' mentions state different values; the value used is '", "as_written"
        ]) }} as detail,
        sentence,
        doc_id

    from report_metrics

    where has_conflict

),

-- a change computed between two years one of whose values a news item gave (its figure may be
-- one campaign's or the months so far, not the year's)
news_changes as (

    select
        'news_in_year_over_year' as problem_kind,
        'year_over_year_from_reports' as rule,
        metric_changes.issuer_key,
        metric_changes.report_year,
        metric_changes.metric,
        metric_changes.domain,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        metric_changes.prior_year_value as expected_value,
        metric_changes.value as actual_value,
        {{ dbt.concat([
            "'change '", number_to_text('metric_changes.prior_year_value'),
            "' -> '", number_to_text('metric_changes.value'),
            "' with '",
            "case when this_year_documents.document_kind = 'news' and prior_year_documents.document_kind = 'news' then 'both years'"
            ~ " when this_year_documents.document_kind = 'news' then 'this year' else 'the prior year' end",
            "' from a news item'"
        ]) }} as detail,
        this_year.sentence,
        this_year.doc_id

    from metric_changes

    inner join report_metrics as this_year
        on metric_changes.issuer_key = this_year.issuer_key
        and metric_changes.report_year = this_year.report_year
        and metric_changes.metric = this_year.metric
        and metric_changes.domain = this_year.domain

    inner join report_metrics as prior_year
        on metric_changes.issuer_key = prior_year.issuer_key
        and metric_changes.report_year - 1 = prior_year.report_year
        and metric_changes.metric = prior_year.metric
        and metric_changes.domain = prior_year.domain

    inner join documents as this_year_documents
        on this_year.doc_id = this_year_documents.doc_id

    inner join documents as prior_year_documents
        on prior_year.doc_id = prior_year_documents.doc_id

    where metric_changes.prior_year_value is not null
        and 'news' in (this_year_documents.document_kind, prior_year_documents.document_kind)

),

problems as (

    select * from failed_checks
    union all
    select * from inconsistent_pct_claims
    union all
    select * from inconsistent_abs_claims
    union all
    select * from conflicting_mentions
    union all
    select * from news_changes

),

final as (

    select
        problems.problem_kind,
        problems.rule,
        issuers.issuer,
        problems.issuer_key,
        problems.report_year,
        problems.metric,
        metrics.name_zh as metric_name_zh,
        metrics.name_en as metric_name_en,
        problems.domain,
        problems.compared_metric,
        problems.expected_value,
        problems.actual_value,
        problems.detail,
        problems.sentence,
        documents.source_path,
        problems.doc_id

    from problems

    left join issuers
        on problems.issuer_key = issuers.issuer_key

    left join metrics
        on problems.metric = metrics.metric

    left join documents
        on problems.doc_id = documents.doc_id

)

select * from final
