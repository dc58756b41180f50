{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_rows_gone_from(ref('stg_document_loads'), ['doc_id', 'ingested_at', 'corrections_fingerprint']) }}") }}
-- Incremental by document load and the corrections applied to it: see
-- macros/changed_documents.sql and stg_document_loads. An analyst's document correction
-- (raw.corrections) gives the document its issuer or year here, and takes the review
-- reasons it settles off it.

with

loads as (

    select * from {{ ref('stg_document_loads') }} as loads
    where {{ not_built_yet(ref('stg_document_loads'), 'loads', ['doc_id', 'ingested_at', 'corrections_fingerprint']) }}

),

source as (

    select
        raw_documents.*,
        loads.corrections_fingerprint

    from {{ source('raw', 'documents') }} as raw_documents

    inner join loads
        on raw_documents.doc_id = loads.doc_id

),

corrections as (

    select * from {{ ref('stg_correction_matches') }}
    where kind = 'document' and is_effective

),

corrected as (

    select
        source.doc_id,
        source.source_path,
        source.source_format,
        source.encoding,
        source.title,
        source.text,
        source.byte_size,
        source.extractor_version,
        source.ingested_at,
        source.corrections_fingerprint,
        source.document_kind,
        -- a corrected issuer comes whole (key, name, division), as the division table resolves it
        {% for column in ['issuer', 'issuer_key', 'parent_region', 'admin_level', 'division_code', 'division',
                          'province', 'city', 'county', 'township', 'body_type'] -%}
        case when corrections.issuer_key is not null then corrections.{{ column }} else source.{{ column }} end as {{ column }},
        {% endfor -%}
        case when corrections.issuer_key is not null then 'corrected' else source.issuer_source end as issuer_source,
        coalesce(corrections.report_year, source.report_year) as report_year,
        {{ review_reasons_left('source.review_reason', 'corrections.issuer_key is not null', 'corrections.report_year is not null') }} as review_reason,
        corrections.reason as correction_reason

    from source

    left join corrections
        on source.doc_id = corrections.doc_id

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
        document_kind,
        review_reason,
        correction_reason,
        corrections_fingerprint,
        extractor_version,
        -- the full text stays in raw: nothing downstream reads it, and copying it would
        -- double the size of the published warehouse
        {{ dbt.length('text') }} as text_length,

        ---------- numerics
        byte_size,
        report_year,

        ---------- booleans
        review_reason is not null as needs_review,

        ---------- timestamps
        ingested_at

    from corrected

)

select * from renamed
