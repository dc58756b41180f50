with

source as (

    select * from {{ source('raw', 'figures') }}

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

        ---------- numerics
        span_start,
        span_end,
        cast(value as {{ type_double() }}) as value,

        ---------- booleans
        approximate as is_approximate

    from source

)

select * from renamed
