{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_rows_gone_from(source('raw', 'documents'), ['doc_id', 'ingested_at']) }}") }}
-- Incremental by document: see macros/changed_documents.sql.

with

source as (

    select * from {{ source('raw', 'documents') }} as raw_documents
    where {{ not_built_yet(source('raw', 'documents'), "raw_documents", ['doc_id', 'ingested_at']) }}

),

renamed as (

    select

        ----------  ids
        doc_id,
        issuer_key,

        ---------- text
        source_path,
        source_format,
        encoding,
        title,
        issuer,
        parent_region,
        admin_level,
        issuer_source,
        division_code,
        division,
        province,
        city,
        county,
        township,
        body_type,
        review_reason,
        extractor_version,
        -- the full text stays in raw: nothing downstream reads it, and copying it would
        -- double the size of the published warehouse
        {{ dbt.length('text') }} as text_length,

        ---------- numerics
        byte_size,
        report_year,

        ---------- booleans
        needs_review,

        ---------- timestamps
        ingested_at

    from source

)

select * from renamed
