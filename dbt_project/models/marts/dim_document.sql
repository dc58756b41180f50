-- Every loaded document with how much of it was understood, so a reader can judge coverage.

with

documents as (

    select * from {{ ref('stg_documents') }}

),

figures as (

    select * from {{ ref('stg_figures') }}

),

current_documents as (

    select * from {{ ref('int_current_documents') }}

),

figure_counts as (

    select
        doc_id,
        count(*) as figure_count,
        count(metric) as mapped_figure_count,
        count(case when value_source <> 'extracted' then 1 end) as corrected_figure_count

    from figures

    group by doc_id

),

final as (

    select
        documents.doc_id,
        documents.source_path,
        documents.source_format,
        documents.title,
        documents.issuer,
        documents.issuer_key,
        documents.issuer_source,
        documents.document_kind,
        documents.report_year,
        documents.byte_size,
        -- a document where no figure was found still belongs here, with zero
        coalesce(figure_counts.figure_count, 0) as figure_count,
        coalesce(figure_counts.mapped_figure_count, 0) as mapped_figure_count,
        documents.needs_review,
        current_documents.is_current,
        documents.review_reason,
        documents.extractor_version,
        documents.ingested_at,
        coalesce(figure_counts.corrected_figure_count, 0) as corrected_figure_count,
        documents.correction_reason

    from documents

    left join figure_counts
        on documents.doc_id = figure_counts.doc_id

    left join current_documents
        on documents.doc_id = current_documents.doc_id

)

select * from final
