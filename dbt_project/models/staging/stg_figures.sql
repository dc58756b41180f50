{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_rows_gone_from(source('raw', 'documents'), ['doc_id', 'ingested_at']) }}") }}
-- Incremental by document load, like stg_documents: a document's figures are replaced
-- whenever it is extracted again, by another extractor version or because zhifa.toml now
-- declares another issuer for the same bytes (a department's own field is its domain
-- 'all'), which keeps the extractor version. See macros/changed_documents.sql.

with

source as (

    select
        raw_figures.*,
        raw_documents.ingested_at

    from {{ source('raw', 'figures') }} as raw_figures

    inner join {{ source('raw', 'documents') }} as raw_documents
        on raw_figures.doc_id = raw_documents.doc_id

    where {{ not_built_yet(source('raw', 'documents'), "raw_documents", ['doc_id', 'ingested_at']) }}

),

renamed as (

    select

        ----------  ids
        doc_id,
        figure_no,

        ---------- text
        as_written,
        unit,
        metric,
        domain,
        of_metric,
        parent_metric,
        sub_issuer,
        section,
        sentence,
        rule as extraction_rule,
        extractor_version,

        ---------- numerics
        span_start,
        span_end,
        cast(value as {{ type_double() }}) as value,

        ---------- booleans
        approximate as is_approximate,

        ---------- timestamps
        ingested_at

    from source

)

select * from renamed
