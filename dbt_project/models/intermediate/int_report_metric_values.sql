{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- One value per issuer, year, metric and domain. A report often repeats a figure (summary,
-- then detail) and a year can be loaded from more than one document, so one mention is
-- chosen deterministically and the disagreement between mentions is kept visible.

with

mentions as (

    -- only what choosing and counting need: the chosen mention's text (sentence,
    -- as_written …) is looked up once it is chosen, so the ranking below never holds
    -- every mention's sentence in memory
    select
        issuer_key,
        report_year,
        metric,
        domain,
        value,
        doc_id,
        figure_no,
        span_start,
        ingested_at

    from {{ ref('int_issuer_figure_mentions') }}

    -- stated changes are claims about a metric, not values of one; see int_yoy_claims
    where metric not in ('yoy_change_pct', 'yoy_change_abs')
        and {{ changed_issuers('issuer_key') }}

),

figures as (

    select * from {{ ref('int_issuer_figure_mentions') }}
    where {{ changed_issuers('issuer_key') }}

),

ranked_mentions as (

    select
        *,
        -- the latest document supersedes earlier loads (a corrected re-publication); within
        -- it the first mention is usually the summary sentence the rest elaborates on
        row_number() over (
            partition by issuer_key, report_year, metric, domain
            order by ingested_at desc, doc_id, span_start, figure_no
        ) as mention_rank

    from mentions

),

mention_stats as (

    select
        issuer_key,
        report_year,
        metric,
        domain,
        count(*) as mention_count,
        count(distinct value) as distinct_value_count

    from mentions

    group by issuer_key, report_year, metric, domain

),

chosen as (

    select
        ranked_mentions.issuer_key,
        ranked_mentions.report_year,
        ranked_mentions.metric,
        ranked_mentions.domain,
        ranked_mentions.value,
        figures.unit,
        figures.as_written,
        figures.is_approximate,
        ranked_mentions.doc_id,
        ranked_mentions.span_start,
        figures.span_end,
        figures.sentence,
        mention_stats.mention_count,
        mention_stats.distinct_value_count,
        mention_stats.distinct_value_count > 1 as has_conflict,
        figures.value_source,
        figures.correction_reason

    from ranked_mentions

    inner join mention_stats
        on ranked_mentions.issuer_key = mention_stats.issuer_key
        and ranked_mentions.report_year = mention_stats.report_year
        and ranked_mentions.metric = mention_stats.metric
        and ranked_mentions.domain = mention_stats.domain

    -- (doc_id, figure_no) is the key of a figure
    inner join figures
        on ranked_mentions.doc_id = figures.doc_id
        and ranked_mentions.figure_no = figures.figure_no

    where ranked_mentions.mention_rank = 1

)

select * from chosen
