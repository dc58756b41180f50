{#-
    An 8-byte floating point type for figures. dbt.type_float() is the portable name, but on
    DuckDB it means a 4-byte FLOAT, which turns a stated 6.6% into 6.5999999.
-#}
{% macro type_double() -%}
    {{ return(adapter.dispatch('type_double', 'zhifa')()) }}
{%- endmacro %}

{% macro default__type_double() -%}
    {{ dbt.type_float() }}
{%- endmacro %}

{% macro duckdb__type_double() -%}
    double
{%- endmacro %}
