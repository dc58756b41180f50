{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- What each report says about its own year-on-year change (同比增长/下降 …), one row per
-- issuer, year, changed metric and domain, so the marts can hold it against the numbers.

with

mentions as (

    select * from {{ ref('int_issuer_figure_mentions') }}

    where metric in ('yoy_change_pct', 'yoy_change_abs')
        -- a change that names no metric cannot be checked against anything
        and of_metric is not null
        and {{ changed_issuers('issuer_key') }}

),

ranked_claims as (

    select
        *,
        -- same choice as for values: latest document, then the first statement in it
        row_number() over (
            partition by issuer_key, report_year, of_metric, domain, metric
            order by ingested_at desc, doc_id, span_start, figure_no
        ) as claim_rank

    from mentions

),

first_claims as (

    select * from ranked_claims

    where claim_rank = 1

),

claims as (

    -- one claim per kind is left, so max() only lifts it into its column
    select
        issuer_key,
        report_year,
        of_metric,
        domain,
        max(case when metric = 'yoy_change_pct' then value end) as claimed_pct_change,
        max(case when metric = 'yoy_change_abs' then value end) as claimed_abs_change,
        -- the percent claim is the one analysts quote, so its provenance wins
        coalesce(
            max(case when metric = 'yoy_change_pct' then sentence end),
            max(case when metric = 'yoy_change_abs' then sentence end)
        ) as claim_sentence,
        coalesce(
            max(case when metric = 'yoy_change_pct' then doc_id end),
            max(case when metric = 'yoy_change_abs' then doc_id end)
        ) as claim_doc_id,
        coalesce(
            max(case when metric = 'yoy_change_pct' then span_start end),
            max(case when metric = 'yoy_change_abs' then span_start end)
        ) as claim_span_start,
        {{ combined_value_source(["max(case when metric = 'yoy_change_pct' then value_source end)", "max(case when metric = 'yoy_change_abs' then value_source end)"]) }} as claim_value_source,
        coalesce(
            max(case when metric = 'yoy_change_pct' then correction_reason end),
            max(case when metric = 'yoy_change_abs' then correction_reason end)
        ) as claim_correction_reason

    from first_claims

    group by issuer_key, report_year, of_metric, domain

)

select * from claims
