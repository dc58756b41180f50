{#-
    Relative change from `prior` to `current`, in percent; null when `prior` is 0 (or null),
    where no relative change exists. Both sides are cast to a float type first because some
    engines (Trino, Postgres) truncate integer division.
-#}
{% macro percent_change(current, prior) -%}
    {{ return(adapter.dispatch('percent_change', 'zhifa')(current, prior)) }}
{%- endmacro %}

{% macro default__percent_change(current, prior) -%}
    case
        when {{ prior }} <> 0
            then (cast({{ current }} as {{ type_double() }}) - cast({{ prior }} as {{ type_double() }}))
                * 100 / cast({{ prior }} as {{ type_double() }})
    end
{%- endmacro %}
