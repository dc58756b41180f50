-- What each correction names in the documents and figures loaded now, and whether it is
-- applied: one row per correction and document (document corrections), figure (figure
-- corrections) or span found in the text (additions). A correction that names nothing has
-- no row here; marts.dim_correction lists it as stale. The matches are found afresh every
-- build, so a correction follows its document through new extractor versions and edits.

with

corrections as (

    select * from {{ ref('stg_corrections') }}

),

documents as (

    -- the full text stays out: only the additions' documents are read for it, below
    select
        doc_id,
        issuer,
        review_reason

    from {{ source('raw', 'documents') }}

),

paths as (

    select * from {{ ref('stg_document_paths') }}

),

latest_under_path as (

    -- a path names the bytes last seen under it: after an edit, the new version
    select
        source_path,
        doc_id

    from (
        select
            source_path,
            doc_id,
            row_number() over (partition by source_path order by first_seen desc, doc_id) as recency_rank

        from paths
    ) as ranked

    where recency_rank = 1

),

targets as (

    -- the documents a correction names: by SHA-256, by path, or (document corrections) by
    -- the issuer the reports name, resolved or not
    select
        corrections.correction_id,
        documents.doc_id

    from corrections

    inner join documents
        on corrections.doc_id = documents.doc_id

    union all

    select
        corrections.correction_id,
        latest_under_path.doc_id

    from corrections

    inner join latest_under_path
        on corrections.source_path = latest_under_path.source_path

    union all

    select
        by_name.correction_id,
        documents.doc_id

    from (select * from corrections where named_issuer is not null) as by_name

    inner join documents
        on documents.issuer = by_name.named_issuer
        or {{ dbt.position(dbt.concat(["'issuer_unresolved('", "replace(by_name.named_issuer, ',', ' ')", "')'"]), 'documents.review_reason') }} > 0

),

named as (

    -- each correction with each document it names
    select
        corrections.*,
        targets.doc_id as named_doc_id

    from corrections

    inner join targets
        on corrections.correction_id = targets.correction_id

),

figures as (

    select
        doc_id,
        figure_no,
        span_start,
        span_end,
        as_written,
        sentence

    from {{ source('raw', 'figures') }}

    where doc_id in (select named_doc_id from named)

),

document_matches as (

    select
        correction_id,
        named_doc_id as doc_id,
        cast(null as integer) as figure_no,
        cast(null as integer) as span_start,
        cast(null as integer) as span_end,
        cast(null as {{ dbt.type_string() }}) as as_written,
        cast(null as {{ dbt.type_string() }}) as sentence,
        cast(null as {{ dbt.type_string() }}) as extracted_there

    from named

    where kind = 'document'

),

figure_candidates as (

    -- by the span when the correction gives one (and what the span holds, when it says),
    -- else by what is written and the sentence it stands in
    select
        named.correction_id,
        named.occurrence,
        named.span_start is not null as by_span,
        figures.doc_id,
        figures.figure_no,
        figures.span_start,
        figures.span_end,
        figures.as_written,
        figures.sentence,
        row_number() over (
            partition by named.correction_id, figures.doc_id
            order by figures.span_start, figures.figure_no
        ) as match_rank

    from named

    inner join figures
        on named.named_doc_id = figures.doc_id

    where named.kind = 'figure'
        and (
            (
                named.span_start is not null
                and figures.span_start = named.span_start
                and figures.span_end = named.span_end
                and (named.as_written is null or figures.as_written = named.as_written)
            )
            or (
                named.span_start is null
                and figures.as_written = named.as_written
                and figures.sentence = named.sentence
            )
        )

),

figure_matches as (

    select
        correction_id,
        doc_id,
        figure_no,
        span_start,
        span_end,
        as_written,
        sentence,
        cast(null as {{ dbt.type_string() }}) as extracted_there

    from figure_candidates

    where match_rank = case when by_span then 1 else occurrence end

),

texts as (

    select
        doc_id,
        text

    from {{ source('raw', 'documents') }}

    where doc_id in (select named_doc_id from named where kind = 'addition')

),

addition_starts as (

    select
        named.correction_id,
        texts.doc_id,
        texts.text,
        named.as_written,
        {{ nth_position('texts.text', 'named.as_written', 'named.occurrence') }} as span_start

    from named

    inner join texts
        on named.named_doc_id = texts.doc_id

    where named.kind = 'addition'

),

addition_spans as (

    select
        correction_id,
        doc_id,
        span_start,
        cast(span_start + {{ dbt.length('as_written') }} as integer) as span_end,
        as_written,
        {{ sentence_around('text', 'span_start', 'span_start + ' ~ dbt.length('as_written')) }} as sentence

    from addition_starts

    -- fewer occurrences than the correction counts: it names nothing
    where span_start is not null

),

extracted_over_additions as (

    -- an addition the extractor has caught up with: a figure of its own now covers the span
    select
        addition_spans.correction_id,
        {{ dbt.listagg('figures.as_written', "', '", 'order by figures.span_start') }} as extracted_there

    from addition_spans

    inner join figures
        on addition_spans.doc_id = figures.doc_id
        and figures.span_start < addition_spans.span_end
        and figures.span_end > addition_spans.span_start

    group by addition_spans.correction_id

),

addition_matches as (

    select
        addition_spans.correction_id,
        addition_spans.doc_id,
        cast(null as integer) as figure_no,
        addition_spans.span_start,
        addition_spans.span_end,
        addition_spans.as_written,
        addition_spans.sentence,
        extracted_over_additions.extracted_there

    from addition_spans

    left join extracted_over_additions
        on addition_spans.correction_id = extracted_over_additions.correction_id

),

matches as (

    select * from document_matches
    union all
    select * from figure_matches
    union all
    select * from addition_matches

),

answered as (

    select
        matches.*,
        corrections.kind,
        corrections.correction_file,
        corrections.line,
        {{ fingerprint([
            'corrections.issuer_key', 'corrections.report_year', 'corrections.metric',
            'corrections.domain', 'corrections.value', 'corrections.is_exclusion',
        ]) }} as answer

    from matches

    inner join corrections
        on matches.correction_id = corrections.correction_id

),

contradicted as (

    -- two corrections of one document, one figure, or overlapping spans (additions) that do
    -- not say the same; additions over different spans would count one figure twice
    select distinct
        one.correction_id

    from answered as one

    inner join answered as other
        on one.doc_id = other.doc_id
        and one.kind = other.kind
        and one.correction_id <> other.correction_id
        and (
            one.kind = 'document'
            or (one.kind = 'figure' and one.figure_no = other.figure_no)
            or (one.kind = 'addition' and one.span_start < other.span_end and other.span_start < one.span_end)
        )

    where one.answer <> other.answer
        or one.span_start <> other.span_start
        or one.span_end <> other.span_end

),

judged as (

    select
        answered.*,
        case
            when answered.extracted_there is not null then 'superseded'
            when contradicted.correction_id is not null then 'contradicted'
            else 'applied'
        end as status

    from answered

    left join contradicted
        on answered.correction_id = contradicted.correction_id

),

ranked as (

    -- corrections that agree (the same file added twice) apply once: the first, by file and line
    select
        *,
        row_number() over (
            partition by kind, doc_id, figure_no, span_start, status
            order by correction_file, line
        ) as agreeing_rank

    from judged

),

final as (

    select
        ranked.correction_id,
        ranked.kind,
        ranked.doc_id,
        ranked.figure_no,
        ranked.span_start,
        ranked.span_end,
        ranked.as_written,
        ranked.sentence,
        ranked.extracted_there,
        ranked.status,
        ranked.status = 'applied' and ranked.agreeing_rank = 1 as is_effective,
        corrections.issuer,
        corrections.issuer_key,
        corrections.parent_region,
        corrections.admin_level,
        corrections.division_code,
        corrections.division,
        corrections.province,
        corrections.city,
        corrections.county,
        corrections.township,
        corrections.body_type,
        corrections.report_year,
        corrections.metric,
        corrections.domain,
        corrections.value,
        corrections.unit,
        corrections.is_approximate,
        corrections.is_exclusion,
        corrections.reason

    from ranked

    inner join corrections
        on ranked.correction_id = corrections.correction_id

)

select * from final
