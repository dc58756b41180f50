-- One value per issuer, year, metric and domain. A report often repeats a figure (summary,
-- then detail) and a year can be loaded from more than one document, so one mention is
-- chosen deterministically and the disagreement between mentions is kept visible.

with

mentions as (

    select * from {{ ref('int_issuer_figure_mentions') }}

    -- stated changes are claims about a metric, not values of one; see int_yoy_claims
    where metric not in ('yoy_change_pct', 'yoy_change_abs')

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
        ranked_mentions.unit,
        ranked_mentions.as_written,
        ranked_mentions.is_approximate,
        ranked_mentions.doc_id,
        ranked_mentions.span_start,
        ranked_mentions.span_end,
        ranked_mentions.sentence,
        mention_stats.mention_count,
        mention_stats.distinct_value_count,
        mention_stats.distinct_value_count > 1 as has_conflict

    from ranked_mentions

    inner join mention_stats
        on ranked_mentions.issuer_key = mention_stats.issuer_key
        and ranked_mentions.report_year = mention_stats.report_year
        and ranked_mentions.metric = mention_stats.metric
        and ranked_mentions.domain = mention_stats.domain

    where ranked_mentions.mention_rank = 1

)

select * from chosen
