-- The metric taxonomy as BI tools see it; the taxonomy file in extractors/ is its only source.

with

metric_definitions as (

    select * from {{ ref('stg_metric_definitions') }}

),

final as (

    select
        metric,
        name_zh,
        name_en,
        unit_kind,
        category,
        description

    from metric_definitions

)

select * from final
