{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_rows_gone_from(source('raw', 'documents'), ['doc_id', 'extractor_version']) }}") }}
-- Incremental by document (a document's figures are replaced only when it is extracted
-- again, by another extractor version): see macros/changed_documents.sql.

with

source as (

    select * from {{ source('raw', 'figures') }} as raw_figures
    where {{ not_built_yet(source('raw', 'figures'), "raw_figures", ['doc_id', 'extractor_version']) }}

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
        approximate as is_approximate

    from source

)

select * from renamed
