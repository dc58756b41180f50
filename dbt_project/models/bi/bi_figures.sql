{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- Every figure in one wide, friendly table for BI tools: who, where, when, what (in both
-- languages), the value against the year before, what the report claims and where it says so.

with

report_metrics as (

    select * from {{ ref('fct_report_metric') }}
    where {{ changed_issuers('issuer_key') }}

),

metric_changes as (

    select * from {{ ref('fct_metric_yoy') }}
    where {{ changed_issuers('issuer_key') }}

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

final as (

    select
        -- one name per issuer across years, so charts group by it
        issuers.issuer,
        report_metrics.issuer_key,
        issuers.parent_region,
        issuers.admin_level,
        report_metrics.report_year,
        report_metrics.metric,
        metrics.name_zh as metric_name_zh,
        metrics.name_en as metric_name_en,
        report_metrics.domain,
        report_metrics.value,
        report_metrics.unit,
        report_metrics.as_written,
        metric_changes.prior_year_value,
        metric_changes.abs_change,
        metric_changes.pct_change,
        metric_changes.claimed_pct_change,
        metric_changes.claimed_abs_change,
        metric_changes.claim_gap_pp,
        metric_changes.claim_consistent,
        report_metrics.has_conflict,
        report_metrics.sentence,
        documents.source_path,
        documents.document_kind,
        report_metrics.doc_id,
        report_metrics.span_start,
        report_metrics.span_end,
        report_metrics.value_source,
        report_metrics.correction_reason

    from report_metrics

    -- same grain (issuer_key, report_year, metric, domain) on both sides
    left join metric_changes
        on report_metrics.issuer_key = metric_changes.issuer_key
        and report_metrics.report_year = metric_changes.report_year
        and report_metrics.metric = metric_changes.metric
        and report_metrics.domain = metric_changes.domain

    left join issuers
        on report_metrics.issuer_key = issuers.issuer_key

    left join metrics
        on report_metrics.metric = metrics.metric

    left join documents
        on report_metrics.doc_id = documents.doc_id

)

select * from final
