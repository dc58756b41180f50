-- Which documents still speak for their issuer and year. An edited file is loaded as a
-- new document; the old one stays traceable but is superseded once every path it was
-- seen under holds other bytes. A file removed from the inbox is not superseded: a
-- published report does not stop being true because an inbox was tidied.

with

documents as (

    select * from {{ ref('stg_documents') }}

),

paths as (

    select * from {{ ref('stg_document_paths') }}

),

taken_over as (

    -- a path this document left that now holds another document
    select distinct
        earlier.doc_id,
        earlier.source_path

    from paths as earlier

    inner join paths as later
        on later.source_path = earlier.source_path
        and later.doc_id <> earlier.doc_id
        and later.is_in_inbox

    where not earlier.is_in_inbox

),

path_counts as (

    select
        paths.doc_id,
        count(*) as path_count,
        count(taken_over.doc_id) as taken_over_count

    from paths

    left join taken_over
        on paths.doc_id = taken_over.doc_id
        and paths.source_path = taken_over.source_path

    group by paths.doc_id

),

final as (

    select
        documents.doc_id,
        documents.issuer_key,
        documents.report_year,
        documents.ingested_at,
        documents.corrections_fingerprint,
        coalesce(path_counts.taken_over_count < path_counts.path_count, true) as is_current

    from documents

    left join path_counts
        on documents.doc_id = path_counts.doc_id

)

select * from final
