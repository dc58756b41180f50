{{ config(materialized='incremental', incremental_strategy='append', pre_hook="{{ delete_changed_issuers() }}") }}
-- depends_on: {{ ref('int_issuer_fingerprints') }}
-- Incremental by issuer: see macros/changed_issuers.sql.

-- Mapped figures that speak for the issuer as a whole, placed in their issuer and year.
-- Table rows of sub-issuers (执法主体) and figures from documents whose issuer or year is
-- unknown cannot be attributed to an issuer-year, so they stop here; so do documents an
-- edited file has replaced (int_current_documents). A kind the statistical template
-- splits over columns of one row (警告 | 通报批评) is one mention here: its first cell,
-- with the cells' sum as value and a span over them all.

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
        figures.extraction_rule,
        -- a figure of a document whose issuer or year a correction set is placed by the
        -- correction: its value counts as corrected
        case
            when figures.value_source = 'extracted' and documents.correction_reason is not null then 'corrected'
            else figures.value_source
        end as value_source,
        {{ reasons_joined(['figures.correction_reason', 'documents.correction_reason']) }} as correction_reason,
        documents.ingested_at

    from figures

    inner join documents
        on figures.doc_id = documents.doc_id

    inner join current_documents
        on figures.doc_id = current_documents.doc_id
        and current_documents.is_current

    where figures.metric is not null
        and figures.sub_issuer is null
        -- a share of a total of its own kind (行政许可1200件，其中企业设立540件) is part
        -- of the issuer's figure, not another value of it; a share in a field of its own
        -- (案件43件，其中食品安全案件17件) is the issuer's one figure for that field
        and (figures.parent_metric is distinct from figures.metric or figures.extraction_rule = 'domain_breakdown')
        and documents.issuer_key is not null
        and documents.report_year is not null

),

counted_in_cells as (

    select
        *,
        -- a continuing cell counts in the nearest cell of its metric before it that
        -- begins a kind: the one its row began with (the extractor marks which continue)
        coalesce(
            max(case when extraction_rule <> 'table_cell_continued' then figure_no end) over (
                partition by doc_id, metric, domain
                order by figure_no
                rows between unbounded preceding and current row
            ),
            figure_no
        ) as counted_in

    from issuer_level_figures

),

kinds_over_columns as (

    select
        doc_id,
        counted_in,
        sum(value) as value,
        max(span_end) as span_end,
        {{ dbt.listagg('as_written', "' + '", 'order by figure_no') }} as as_written,
        -- a correction of any of the cells corrects their sum
        max(case when value_source <> 'extracted' then value_source end) as value_source,
        max(correction_reason) as correction_reason

    from counted_in_cells

    group by doc_id, counted_in

    having count(*) > 1

),

final as (

    select
        cells.issuer_key,
        cells.report_year,
        cells.metric,
        cells.domain,
        cells.of_metric,
        cells.parent_metric,
        coalesce(kinds.value, cells.value) as value,
        cells.unit,
        coalesce(kinds.as_written, cells.as_written) as as_written,
        cells.is_approximate,
        cells.doc_id,
        cells.figure_no,
        cells.span_start,
        coalesce(kinds.span_end, cells.span_end) as span_end,
        cells.sentence,
        coalesce(kinds.value_source, cells.value_source) as value_source,
        coalesce(kinds.correction_reason, cells.correction_reason) as correction_reason,
        cells.ingested_at

    from counted_in_cells as cells

    left join kinds_over_columns as kinds
        on cells.doc_id = kinds.doc_id
        and cells.figure_no = kinds.counted_in

    where cells.counted_in = cells.figure_no

)

select * from final
