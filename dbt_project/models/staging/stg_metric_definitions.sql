with

source as (

    select * from {{ source('raw', 'metric_definitions') }}

),

renamed as (

    select

        ----------  ids
        metric,

        ---------- text
        name_zh,
        name_en,
        unit_kind,
        category,
        description

    from source

)

select * from renamed
