{#-
    A figure as short text for messages: 949 rather than 949.0, 9379000 rather than 9.379E6.
    Only DuckDB gets the tidy form; elsewhere a plain cast is correct, just less pretty.
-#}
{% macro number_to_text(expression) -%}
    {{ return(adapter.dispatch('number_to_text', 'zhifa')(expression)) }}
{%- endmacro %}

{% macro default__number_to_text(expression) -%}
    cast({{ expression }} as {{ dbt.type_string() }})
{%- endmacro %}

{% macro duckdb__number_to_text(expression) -%}
    format('{:.15g}', {{ expression }})
{%- endmacro %}
