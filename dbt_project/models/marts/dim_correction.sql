-- Every analyst's correction of the corrections folder and what became of it in this build:
-- applied, stale (it names nothing any more: the document was edited or retracted, the
-- extractor now splits the text otherwise), superseded (an addition the extractor now finds
-- itself) or contradicted (another correction of the same thing says otherwise). The audits
-- warn on the stale and superseded ones and block publishing on contradictions.

with

corrections as (

    select * from {{ ref('stg_corrections') }}

),

matches as (

    select * from {{ ref('stg_correction_matches') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),

match_summaries as (

    select
        correction_id,
        count(*) as match_count,
        count(case when status = 'contradicted' then 1 end) as contradicted_count,
        count(case when status = 'superseded' then 1 end) as superseded_count,
        min(doc_id) as first_doc_id,
        min(sentence) as first_sentence,
        min(extracted_there) as extracted_there

    from matches

    group by correction_id

),

judged as (

    select
        corrections.*,
        coalesce(match_summaries.match_count, 0) as match_count,
        match_summaries.first_doc_id,
        match_summaries.first_sentence,
        match_summaries.extracted_there,
        case
            when match_summaries.match_count is null then 'stale'
            when match_summaries.contradicted_count > 0 then 'contradicted'
            when match_summaries.superseded_count = match_summaries.match_count then 'superseded'
            else 'applied'
        end as status

    from corrections

    left join match_summaries
        on corrections.correction_id = match_summaries.correction_id

),

described as (

    select
        judged.*,
        coalesce(judged.doc_id, judged.first_doc_id) as matched_doc_id,
        judged.correction_id || ': ' || case judged.status
            when 'applied' then
                'applied to ' || cast(judged.match_count as {{ dbt.type_string() }})
                || case when judged.kind = 'document' then ' document(s)' else ' figure(s)' end
            when 'superseded' then 'not applied: the extractor now finds ' || judged.extracted_there || ' there itself'
            when 'contradicted' then 'applied by neither: another correction of the same ' || judged.kind || ' says otherwise'
            else 'matches nothing any more: ' || case judged.kind
                when 'document' then 'no loaded document is the one it names'
                when 'figure' then 'no figure of a loaded document is the one it names'
                else 'no loaded document it names holds ' || judged.as_written || ' that often'
            end
        end as detail

    from judged

),

final as (

    select
        described.correction_id,
        described.correction_file,
        described.line,
        described.kind,
        described.status,
        described.status not in ('stale', 'superseded') as still_matches,
        described.status <> 'contradicted' as agrees_with_others,
        described.detail,
        described.matched_doc_id as doc_id,
        coalesce(described.source_path, documents.source_path) as source_path,
        described.named_issuer,
        described.span_start,
        described.span_end,
        described.as_written,
        coalesce(described.sentence, described.first_sentence) as sentence,
        described.issuer,
        described.issuer_key,
        described.report_year,
        described.metric,
        described.domain,
        described.value,
        described.is_exclusion,
        described.match_count,
        described.reason,
        described.author

    from described

    left join documents
        on described.matched_doc_id = documents.doc_id

)

select * from final
