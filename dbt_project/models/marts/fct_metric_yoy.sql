{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- Each issuer's metric set against the year exactly before it, next to what the report
-- itself claims the change was.

with

metric_values as (

    select * from {{ ref('int_report_metric_values') }}
    where {{ changed_issuers('issuer_key') }}

),

yoy_claims as (

    select * from {{ ref('int_yoy_claims') }}
    where {{ changed_issuers('issuer_key') }}

),

with_prior_year as (

    select
        current_year.issuer_key,
        current_year.metric,
        current_year.domain,
        current_year.report_year,
        current_year.value,
        current_year.unit,
        prior_year.value as prior_year_value,
        current_year.value_source,
        prior_year.value_source as prior_year_value_source,
        current_year.correction_reason,
        prior_year.correction_reason as prior_year_correction_reason

    from metric_values as current_year

    -- a join on report_year - 1 rather than lag(): when a year is missing, lag() would
    -- silently compare with an older year
    left join metric_values as prior_year
        on current_year.issuer_key = prior_year.issuer_key
        and current_year.metric = prior_year.metric
        and current_year.domain = prior_year.domain
        and current_year.report_year - 1 = prior_year.report_year
        -- 1200次 and 300家次 are different measures of inspections; no change between them
        and coalesce(current_year.unit, '') = coalesce(prior_year.unit, '')

),

changes as (

    select
        with_prior_year.*,
        value - prior_year_value as abs_change,
        {{ percent_change('value', 'prior_year_value') }} as unrounded_pct_change,
        yoy_claims.claimed_pct_change,
        yoy_claims.claimed_abs_change,
        yoy_claims.claim_sentence,
        yoy_claims.claim_doc_id,
        yoy_claims.claim_value_source,
        yoy_claims.claim_correction_reason

    from with_prior_year

    left join yoy_claims
        on with_prior_year.issuer_key = yoy_claims.issuer_key
        and with_prior_year.report_year = yoy_claims.report_year
        and with_prior_year.metric = yoy_claims.of_metric
        and with_prior_year.domain = yoy_claims.domain

),

gaps as (

    select
        changes.*,
        round(unrounded_pct_change, 2) as pct_change,
        round(unrounded_pct_change - claimed_pct_change, 2) as claim_gap_pp,
        abs_change - claimed_abs_change as claim_gap_abs

    from changes

),

checked as (

    select
        gaps.*,
        -- judged on the rounded gap, so the flag agrees with the number analysts see
        case
            when claim_gap_pp is not null
                then abs(claim_gap_pp) <= {{ var('claim_tolerance_pp') }}
        end as pct_claim_holds,
        case
            when claim_gap_abs is not null
                then abs(claim_gap_abs) <= {{ var('value_tolerance') }}
        end as abs_claim_holds

    from gaps

),

final as (

    select
        issuer_key,
        metric,
        domain,
        report_year,
        value,
        unit,
        prior_year_value,
        abs_change,
        pct_change,
        claimed_pct_change,
        claimed_abs_change,
        claim_gap_pp,
        -- a report may state both kinds of change; it is consistent only if every stated
        -- change that can be checked holds, and unknown when none can be checked
        case
            when pct_claim_holds is null and abs_claim_holds is null then null
            when pct_claim_holds = false or abs_claim_holds = false then false
            else true
        end as claim_consistent,
        claim_sentence,
        claim_doc_id,
        value_source,
        prior_year_value_source,
        claim_value_source,
        {{ reasons_joined(['correction_reason', 'prior_year_correction_reason', 'claim_correction_reason']) }} as correction_reason

    from checked

)

select * from final
