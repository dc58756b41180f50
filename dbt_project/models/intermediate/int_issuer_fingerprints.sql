-- What the issuer-keyed models are built from, as one fingerprint per issuer, so that a
-- run rebuilds only the issuers whose inputs changed (macros/changed_issuers.sql).
--
-- An issuer's rows in those models depend on its documents (every load of one: a
-- document's figures and fields never change without a new load, which gives it a new
-- ingested_at, or a change of the analysts' corrections applied to it, which gives it a new
-- corrections fingerprint), on which of them still speak for their year, and on what every
-- issuer shares: the metric definitions and the tolerances. A change to the models' SQL is not
-- seen here; the pipeline runs dbt with --full-refresh after one (orchestration/defs/assets/dbt.py).
--
-- Incremental: the rows of issuers whose fingerprint differs from the last build (or who
-- have no documents left: fingerprint null) are replaced and marked with this dbt
-- invocation; the others keep the invocation that last changed them.

{{ config(materialized='incremental', unique_key='issuer_key', incremental_strategy='delete+insert') }}

with

documents as (

    select * from {{ ref('int_current_documents') }}
    where issuer_key is not null

),

metric_definitions as (

    select * from {{ ref('stg_metric_definitions') }}

),

shared as (

    select
        {{ fingerprint([
            fingerprint_of_set(fingerprint(['metric', 'name_zh', 'name_en', 'unit_kind', 'category', 'description'])),
            "'" ~ var('value_tolerance') ~ "'",
            "'" ~ var('claim_tolerance_pp') ~ "'",
        ]) }} as shared_fingerprint

    from metric_definitions

),

fingerprints as (

    select
        documents.issuer_key,
        {{ fingerprint([
            fingerprint_of_set(fingerprint(['documents.doc_id', 'documents.ingested_at', 'documents.corrections_fingerprint', 'documents.report_year', 'documents.is_current'])),
            'max(shared.shared_fingerprint)',
        ]) }} as fingerprint

    from documents

    cross join shared

    group by documents.issuer_key

),

{% if is_incremental() %}

changed as (

    select
        coalesce(fingerprints.issuer_key, previous.issuer_key) as issuer_key,
        fingerprints.fingerprint

    from fingerprints

    full outer join {{ this }} as previous
        on fingerprints.issuer_key = previous.issuer_key

    where fingerprints.fingerprint is distinct from previous.fingerprint

),

{% else %}

changed as (

    select * from fingerprints

),

{% endif %}

final as (

    select
        issuer_key,
        fingerprint,
        '{{ invocation_id }}' as changed_in

    from changed

)

select * from final
