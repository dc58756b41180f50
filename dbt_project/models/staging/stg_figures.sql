{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_rows_gone_from(ref('stg_document_loads'), ['doc_id', 'ingested_at', 'corrections_fingerprint']) }}") }}
-- Incremental by document load and the corrections applied to it, like stg_documents: a
-- document's figures are replaced whenever it is extracted again (another extractor version,
-- or zhifa.toml now declares another issuer for the same bytes, which keeps the version) and
-- whenever its corrections change. See macros/changed_documents.sql and stg_document_loads.
--
-- Analysts' corrections (raw.corrections) are applied here: a figure correction gives a
-- figure its metric, domain or value, or takes it out (exclude); an addition adds a figure
-- the extractor missed, found in the stored text. value_source says which each row is.

with

loads as (

    select * from {{ ref('stg_document_loads') }} as loads
    where {{ not_built_yet(ref('stg_document_loads'), 'loads', ['doc_id', 'ingested_at', 'corrections_fingerprint']) }}

),

source as (

    select
        raw_figures.*,
        loads.ingested_at,
        loads.corrections_fingerprint

    from {{ source('raw', 'figures') }} as raw_figures

    inner join loads
        on raw_figures.doc_id = loads.doc_id

),

applied as (

    select * from {{ ref('stg_correction_matches') }}
    where is_effective
        and doc_id in (select doc_id from loads)

),

corrected as (

    select
        source.doc_id,
        source.figure_no,
        source.as_written,
        source.unit,
        coalesce(applied.metric, source.metric) as metric,
        coalesce(applied.domain, source.domain) as domain,
        source.of_metric,
        source.parent_metric,
        source.sub_issuer,
        source.section,
        source.sentence,
        source.rule,
        source.extractor_version,
        source.span_start,
        source.span_end,
        coalesce(applied.value, source.value) as value,
        source.approximate,
        case when applied.correction_id is null then 'extracted' else 'corrected' end as value_source,
        applied.reason as correction_reason,
        source.corrections_fingerprint,
        source.ingested_at

    from source

    left join applied
        on source.doc_id = applied.doc_id
        and source.figure_no = applied.figure_no
        and applied.kind = 'figure'

    -- an excluded figure is no figure of the report: marts.dim_correction keeps what it was
    where not coalesce(applied.is_exclusion, false)

),

last_figure_numbers as (

    select
        doc_id,
        max(figure_no) as last_figure_no

    from source

    group by doc_id

),

added as (

    -- numbered after the extractor's figures, in the order they stand in the text
    select
        applied.doc_id,
        cast(
            coalesce(last_figure_numbers.last_figure_no, 0)
                + row_number() over (partition by applied.doc_id order by applied.span_start, applied.correction_id)
            as integer
        ) as figure_no,
        applied.as_written,
        applied.unit,
        applied.metric,
        applied.domain,
        cast(null as {{ dbt.type_string() }}) as of_metric,
        cast(null as {{ dbt.type_string() }}) as parent_metric,
        cast(null as {{ dbt.type_string() }}) as sub_issuer,
        cast(null as {{ dbt.type_string() }}) as section,
        applied.sentence,
        'added_by_correction' as rule,
        loads.extractor_version,
        applied.span_start,
        applied.span_end,
        applied.value,
        applied.is_approximate as approximate,
        'added' as value_source,
        applied.reason as correction_reason,
        loads.corrections_fingerprint,
        loads.ingested_at

    from applied

    inner join loads
        on applied.doc_id = loads.doc_id

    left join last_figure_numbers
        on applied.doc_id = last_figure_numbers.doc_id

    where applied.kind = 'addition'

),

figures as (

    select * from corrected
    union all
    select * from added

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
        value_source,
        correction_reason,
        corrections_fingerprint,

        ---------- numerics
        span_start,
        span_end,
        cast(value as {{ type_double() }}) as value,

        ---------- booleans
        approximate as is_approximate,

        ---------- timestamps
        ingested_at

    from figures

)

select * from renamed
