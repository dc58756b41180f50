-- One row per issuer that published at least one attributable report.

with

documents as (

    select * from {{ ref('stg_documents') }}

    where issuer_key is not null

),

latest_documents as (

    select
        issuer_key,
        issuer,
        parent_region,
        admin_level,
        division_code,
        province,
        city,
        county,
        township,
        body_type,
        -- names and regions change (撤县设区 …); describe the issuer as its latest report does
        row_number() over (
            partition by issuer_key
            order by report_year desc nulls last, ingested_at desc, doc_id
        ) as recency_rank

    from documents

),

report_spans as (

    select
        issuer_key,
        min(report_year) as first_report_year,
        max(report_year) as last_report_year,
        count(distinct report_year) as report_count,
        count(*) as document_count

    from documents

    group by issuer_key

),

final as (

    select
        latest_documents.issuer_key,
        latest_documents.issuer,
        latest_documents.division_code,
        latest_documents.province,
        latest_documents.city,
        latest_documents.county,
        latest_documents.township,
        latest_documents.body_type,
        latest_documents.parent_region,
        latest_documents.admin_level,
        -- the body one level up: a department's government, a government's parent division
        -- (keys are paths, tianjin/jinghai/yingjiguanliju); it need not have reports itself
        {{ parent_key('latest_documents.issuer_key') }} as parent_issuer_key,
        report_spans.first_report_year,
        report_spans.last_report_year,
        report_spans.report_count,
        report_spans.document_count

    from latest_documents

    inner join report_spans
        on latest_documents.issuer_key = report_spans.issuer_key

    where latest_documents.recency_rank = 1

)

select * from final
