{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- Mapped figures that speak for the issuer as a whole, placed in their issuer and year.
-- Table rows of sub-issuers (执法主体) and figures from documents whose issuer or year is
-- unknown cannot be attributed to an issuer-year, so they stop here; so do documents an
-- edited file has replaced (int_current_documents).

with

figures as (

    select * from {{ ref('stg_figures') }}

),

documents as (

    select * from {{ ref('stg_documents') }}
    where {{ changed_issuers('issuer_key') }}

),

current_documents as (

    select * from {{ ref('int_current_documents') }}

),

issuer_level_figures as (

    select
        documents.issuer_key,
        documents.report_year,
        figures.metric,
        figures.domain,
        figures.of_metric,
        figures.parent_metric,
        figures.value,
        figures.unit,
        figures.as_written,
        figures.is_approximate,
        figures.doc_id,
        figures.figure_no,
        figures.span_start,
        figures.span_end,
        figures.sentence,
        documents.ingested_at

    from figures

    inner join documents
        on figures.doc_id = documents.doc_id

    inner join current_documents
        on figures.doc_id = current_documents.doc_id
        and current_documents.is_current

    where figures.metric is not null
        and figures.sub_issuer is null
        and documents.issuer_key is not null
        and documents.report_year is not null

)

select * from issuer_level_figures
