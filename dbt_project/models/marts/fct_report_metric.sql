{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- The figure each report gives for each metric: the table analysts start from.

with

metric_values as (

    select * from {{ ref('int_report_metric_values') }}
    where {{ changed_issuers('issuer_key') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),

final as (

    select
        metric_values.issuer_key,
        metric_values.report_year,
        metric_values.metric,
        metric_values.domain,
        -- the name as printed in the report the value came from
        documents.issuer,
        metric_values.value,
        metric_values.unit,
        metric_values.as_written,
        metric_values.is_approximate,
        metric_values.doc_id,
        metric_values.span_start,
        metric_values.span_end,
        metric_values.sentence,
        metric_values.mention_count,
        metric_values.has_conflict,
        metric_values.value_source,
        metric_values.correction_reason

    from metric_values

    inner join documents
        on metric_values.doc_id = documents.doc_id

)

select * from final
