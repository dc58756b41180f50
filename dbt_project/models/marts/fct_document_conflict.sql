-- Issuer-years for which two or more current documents were loaded: two different files
-- claim to be the same body's report for the same year. Both are kept; the facts take the
-- most recently loaded one, and this table says so, with how many figures disagree.

with

current_documents as (

    select * from {{ ref('int_current_documents') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),

mentions as (

    select * from {{ ref('int_issuer_figure_mentions') }}

),

competing as (

    select
        issuer_key,
        report_year,
        count(*) as document_count,
        max(ingested_at) as latest_ingested_at

    from current_documents

    where is_current
        and issuer_key is not null
        and report_year is not null

    group by issuer_key, report_year

    having count(*) > 1

),

listed as (

    select
        competing.issuer_key,
        competing.report_year,
        {{ dbt.listagg('documents.source_path', "'; '", 'order by documents.source_path') }} as source_paths,
        {{ dbt.listagg('documents.doc_id', "'; '", 'order by documents.source_path') }} as doc_ids

    from competing

    inner join current_documents
        on current_documents.issuer_key = competing.issuer_key
        and current_documents.report_year = competing.report_year
        and current_documents.is_current

    inner join documents
        on documents.doc_id = current_documents.doc_id

    group by competing.issuer_key, competing.report_year

),

disagreements as (

    -- only issuer-years with competing documents can disagree across documents: counting
    -- distinct documents over every mention would hold the whole table in memory
    select
        mentions.issuer_key,
        mentions.report_year,
        mentions.metric,
        mentions.domain

    from mentions

    inner join competing
        on mentions.issuer_key = competing.issuer_key
        and mentions.report_year = competing.report_year

    group by mentions.issuer_key, mentions.report_year, mentions.metric, mentions.domain

    having count(distinct mentions.doc_id) > 1
        and max(mentions.value) - min(mentions.value) > {{ var('value_tolerance') }}

),

disagreement_counts as (

    select
        issuer_key,
        report_year,
        count(*) as disagreeing_metrics

    from disagreements

    group by issuer_key, report_year

),

final as (

    select
        competing.issuer_key,
        competing.report_year,
        competing.document_count,
        listed.source_paths,
        listed.doc_ids,
        coalesce(disagreement_counts.disagreeing_metrics, 0) as disagreeing_metrics,
        competing.latest_ingested_at

    from competing

    inner join listed
        on competing.issuer_key = listed.issuer_key
        and competing.report_year = listed.report_year

    left join disagreement_counts
        on competing.issuer_key = disagreement_counts.issuer_key
        and competing.report_year = disagreement_counts.report_year

)

select * from final
