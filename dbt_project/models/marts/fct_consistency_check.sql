{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- Arithmetic a report must agree with itself on. Each rule compares figures of one document,
-- never across documents: a mismatch then points at one report (or at the extractor).

with

mentions as (

    select * from {{ ref('int_issuer_figure_mentions') }}

    where metric not in ('yoy_change_pct', 'yoy_change_abs')
        and {{ changed_issuers('issuer_key') }}

),

ranked_mentions as (

    select
        *,
        -- the first mention in a report is the summary figure the rest breaks down
        row_number() over (
            partition by doc_id, metric, domain
            order by span_start, figure_no
        ) as mention_rank

    from mentions

),

document_values as (

    select * from ranked_mentions

    where mention_rank = 1

),

penalty_procedures as (

    select
        doc_id,
        issuer_key,
        report_year,
        domain,
        max(case when metric = 'penalty_cases' then value end) as total_cases,
        max(case when metric = 'penalty_cases_simple' then value end) as simple_cases,
        max(case when metric = 'penalty_cases_ordinary' then value end) as ordinary_cases,
        -- a correction of any figure compared corrects the comparison
        max(case when value_source <> 'extracted' then value_source end) as value_source,
        max(correction_reason) as correction_reason

    from document_values

    where metric in ('penalty_cases', 'penalty_cases_simple', 'penalty_cases_ordinary')

    group by doc_id, issuer_key, report_year, domain

),

simple_plus_ordinary_equals_total as (

    -- every penalty decision follows either the simple (简易) or the ordinary (普通) procedure
    select
        'penalty_simple_plus_ordinary_equals_total' as check_id,
        issuer_key,
        report_year,
        domain,
        'penalty_cases' as metric,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        doc_id,
        simple_cases + ordinary_cases as expected_value,
        total_cases as actual_value,
        abs(simple_cases + ordinary_cases - total_cases) <= {{ var('value_tolerance') }} as passed,
        {{ dbt.concat([
            "'simple '", number_to_text('simple_cases'),
            "' + ordinary '", number_to_text('ordinary_cases'),
            "' = '", number_to_text('simple_cases + ordinary_cases'),
            "', total stated '", number_to_text('total_cases')
        ]) }} as detail,
        coalesce(value_source, 'extracted') as value_source,
        correction_reason

    from penalty_procedures

    where total_cases is not null
        and simple_cases is not null
        and ordinary_cases is not null

),

ranked_penalty_kinds as (

    -- 表一 of the statistical template counts each penalty decision once, under its heaviest
    -- kind (a kind it splits over two columns already comes as one mention, summed). The
    -- kinds have no prose pattern but 行政拘留, which counts only as a column of the table
    -- (parent set): "行政拘留12人" in a sentence is no kind of penalty decision.
    select
        *,
        row_number() over (
            partition by doc_id, metric, domain
            order by span_start, figure_no
        ) as kind_rank

    from mentions

    where metric in (
        'penalty_warning', 'penalty_fine', 'penalty_confiscation', 'penalty_suspension',
        'penalty_revocation', 'penalty_restriction', 'detentions', 'penalty_other'
    )
        and (metric <> 'detentions' or parent_metric = 'penalty_cases')

),

penalty_kinds as (

    select
        doc_id,
        issuer_key,
        report_year,
        domain,
        max(case when metric = 'penalty_warning' then value end) as warning_cases,
        max(case when metric = 'penalty_fine' then value end) as fine_cases,
        max(case when metric = 'penalty_confiscation' then value end) as confiscation_cases,
        max(case when metric = 'penalty_suspension' then value end) as suspension_cases,
        max(case when metric = 'penalty_revocation' then value end) as revocation_cases,
        max(case when metric = 'penalty_restriction' then value end) as restriction_cases,
        max(case when metric = 'detentions' then value end) as detention_cases,
        max(case when metric = 'penalty_other' then value end) as other_cases,
        -- a correction of any figure compared corrects the comparison
        max(case when value_source <> 'extracted' then value_source end) as value_source,
        max(correction_reason) as correction_reason

    from ranked_penalty_kinds

    where kind_rank = 1

    group by doc_id, issuer_key, report_year, domain

),

stated_penalty_kinds as (

    -- only reports that state every kind of the template are held to the sum (行政拘留 is
    -- reported only by bodies that may detain, so it may be missing)
    select
        *,
        warning_cases + fine_cases + confiscation_cases + suspension_cases + revocation_cases
            + restriction_cases + coalesce(detention_cases, 0) + other_cases as kinds_total

    from penalty_kinds

    where warning_cases is not null
        and fine_cases is not null
        and confiscation_cases is not null
        and suspension_cases is not null
        and revocation_cases is not null
        and restriction_cases is not null
        and other_cases is not null

),

penalty_kinds_sum_to_total as (

    -- the kinds add up to the 行政处罚 total (合计) of the same report
    select
        'penalty_kinds_sum_to_total' as check_id,
        kinds.issuer_key,
        kinds.report_year,
        kinds.domain,
        'penalty_cases' as metric,
        cast(null as {{ dbt.type_string() }}) as compared_metric,
        kinds.doc_id,
        kinds.kinds_total as expected_value,
        totals.value as actual_value,
        abs(kinds.kinds_total - totals.value) <= {{ var('value_tolerance') }} as passed,
        {{ dbt.concat([
            "'warning '", number_to_text('kinds.warning_cases'),
            "' + fine '", number_to_text('kinds.fine_cases'),
            "' + confiscation '", number_to_text('kinds.confiscation_cases'),
            "' + suspension '", number_to_text('kinds.suspension_cases'),
            "' + revocation '", number_to_text('kinds.revocation_cases'),
            "' + restriction '", number_to_text('kinds.restriction_cases'),
            "' + detention '", number_to_text('coalesce(kinds.detention_cases, 0)'),
            "' + other '", number_to_text('kinds.other_cases'),
            "' = '", number_to_text('kinds.kinds_total'),
            "', total stated '", number_to_text('totals.value')
        ]) }} as detail,
        {{ combined_value_source(['kinds.value_source', 'totals.value_source']) }} as value_source,
        {{ reasons_joined(['kinds.correction_reason', 'totals.correction_reason']) }} as correction_reason

    from stated_penalty_kinds as kinds

    inner join document_values as totals
        on kinds.doc_id = totals.doc_id
        and kinds.domain = totals.domain
        and totals.metric = 'penalty_cases'

),

domain_not_above_whole_issuer as (

    -- a domain (market regulation, work safety …) is part of the issuer; rates are excluded
    -- because a domain's rate can legitimately exceed the issuer's
    select
        'domain_not_above_whole_issuer' as check_id,
        domain_values.issuer_key,
        domain_values.report_year,
        domain_values.domain,
        domain_values.metric,
        domain_values.metric as compared_metric,
        domain_values.doc_id,
        whole_issuer.value as expected_value,
        domain_values.value as actual_value,
        domain_values.value <= whole_issuer.value + {{ var('value_tolerance') }} as passed,
        {{ dbt.concat([
            "domain_values.domain", "' '", number_to_text('domain_values.value'),
            "' vs all '", number_to_text('whole_issuer.value')
        ]) }} as detail,
        {{ combined_value_source(['domain_values.value_source', 'whole_issuer.value_source']) }} as value_source,
        {{ reasons_joined(['domain_values.correction_reason', 'whole_issuer.correction_reason']) }} as correction_reason

    from document_values as domain_values

    inner join document_values as whole_issuer
        on domain_values.doc_id = whole_issuer.doc_id
        and domain_values.metric = whole_issuer.metric
        and coalesce(domain_values.unit, '') = coalesce(whole_issuer.unit, '')
        and whole_issuer.domain = 'all'

    where domain_values.domain <> 'all'
        and coalesce(domain_values.unit, '') <> '%'

),

ranked_breakdowns as (

    select
        *,
        row_number() over (
            partition by doc_id, metric, parent_metric, domain
            order by span_start, figure_no
        ) as breakdown_rank

    from mentions

    where parent_metric is not null

),

breakdown_not_above_parent as (

    -- a 其中 breakdown is part of the figure it breaks down
    select
        'breakdown_not_above_parent' as check_id,
        breakdowns.issuer_key,
        breakdowns.report_year,
        breakdowns.domain,
        breakdowns.metric,
        breakdowns.parent_metric as compared_metric,
        breakdowns.doc_id,
        parents.value as expected_value,
        breakdowns.value as actual_value,
        breakdowns.value <= parents.value + {{ var('value_tolerance') }} as passed,
        {{ dbt.concat([
            "breakdowns.metric", "' '", number_to_text('breakdowns.value'),
            "' vs '", "breakdowns.parent_metric", "' '", number_to_text('parents.value')
        ]) }} as detail,
        {{ combined_value_source(['breakdowns.value_source', 'parents.value_source']) }} as value_source,
        {{ reasons_joined(['breakdowns.correction_reason', 'parents.correction_reason']) }} as correction_reason

    from ranked_breakdowns as breakdowns

    inner join document_values as parents
        on breakdowns.doc_id = parents.doc_id
        and breakdowns.parent_metric = parents.metric
        and breakdowns.domain = parents.domain
        and coalesce(breakdowns.unit, '') = coalesce(parents.unit, '')

    where breakdowns.breakdown_rank = 1

),

final as (

    select * from simple_plus_ordinary_equals_total
    union all
    select * from penalty_kinds_sum_to_total
    union all
    select * from domain_not_above_whole_issuer
    union all
    select * from breakdown_not_above_parent

)

select * from final
