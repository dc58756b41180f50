-- Every load of a document with the corrections applied to it, as one fingerprint: what
-- stg_documents and stg_figures are incremental by. A document's rows are rebuilt when it
-- is loaded again (a new ingested_at) and when a correction of it is added, changed or
-- taken out (a new fingerprint); every other document's rows are kept.

with

documents as (

    select
        doc_id,
        ingested_at,
        extractor_version

    from {{ source('raw', 'documents') }}

),

applied as (

    select * from {{ ref('stg_correction_matches') }}

    where is_effective

),

fingerprints as (

    -- where a correction is written is left out: moving it in its file changes nothing
    select
        doc_id,
        {{ fingerprint_of_set(fingerprint([
            'kind', 'figure_no', 'span_start', 'span_end', 'sentence', 'issuer', 'issuer_key', 'division_code',
            'report_year', 'metric', 'domain', 'value', 'unit', 'is_approximate', 'is_exclusion', 'reason',
        ])) }} as corrections_fingerprint

    from applied

    group by doc_id

),

final as (

    select
        documents.doc_id,
        documents.ingested_at,
        documents.extractor_version,
        -- never null: the incremental models compare it with =
        coalesce(cast(fingerprints.corrections_fingerprint as {{ dbt.type_string() }}), 'none') as corrections_fingerprint

    from documents

    left join fingerprints
        on documents.doc_id = fingerprints.doc_id

)

select * from final
