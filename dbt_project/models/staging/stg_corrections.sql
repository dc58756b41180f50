-- Analysts' corrections as the corrections folder holds them this run, one row per CSV row;
-- stg_correction_matches finds what each one names, stg_documents and stg_figures apply them.

with

source as (

    select * from {{ source('raw', 'corrections') }}

),

renamed as (

    select

        ----------  ids
        {{ dbt.concat(['correction_file', "':'", "cast(line as " ~ dbt.type_string() ~ ")"]) }} as correction_id,
        doc_id,
        issuer_key,

        ---------- text
        correction_file,
        kind,
        source_path,
        named_issuer,
        as_written,
        sentence,
        issuer,
        parent_region,
        admin_level,
        division_code,
        division,
        province,
        city,
        county,
        township,
        body_type,
        metric,
        domain,
        unit,
        reason,
        author,

        ---------- numerics
        line,
        span_start,
        span_end,
        occurrence,
        report_year,
        cast(value as {{ type_double() }}) as value,

        ---------- booleans
        approximate as is_approximate,
        exclude as is_exclusion

    from source

)

select * from renamed
