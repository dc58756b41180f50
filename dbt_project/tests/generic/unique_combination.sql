{#-
    Compound-key uniqueness (dbt_utils is not installed). Rows whose key columns are null
    count as equal, so a null in a key cannot hide a duplicate.
-#}
{% test unique_combination(model, combination_of_columns) %}

with

key_counts as (

    select
        {{ combination_of_columns | join(',\n        ') }},
        count(*) as row_count
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}

)

select * from key_counts
where row_count > 1

{% endtest %}
