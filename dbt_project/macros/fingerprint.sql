{#-
    Fingerprints for int_issuer_fingerprints. `fingerprint(expressions)` hashes one row's
    values; `fingerprint_of_set(expression)` combines the fingerprints of a group's rows
    whatever their order. DuckDB has fast 64-bit functions for both; elsewhere an md5 of
    the values as text, and of the group's sorted fingerprints, is portable and slower.
-#}
{% macro fingerprint(expressions) -%}
    {{ return(adapter.dispatch('fingerprint', 'zhifa')(expressions)) }}
{%- endmacro %}

{% macro default__fingerprint(expressions) -%}
    {%- set parts = [] -%}
    {%- for expression in expressions -%}
        {%- do parts.append("coalesce(cast(" ~ expression ~ " as " ~ dbt.type_string() ~ "), '~')") -%}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{%- endmacro %}

{% macro duckdb__fingerprint(expressions) -%}
    hash({{ expressions | join(', ') }})
{%- endmacro %}

{% macro fingerprint_of_set(expression) -%}
    {{ return(adapter.dispatch('fingerprint_of_set', 'zhifa')(expression)) }}
{%- endmacro %}

{% macro default__fingerprint_of_set(expression) -%}
    {{ dbt.hash(dbt.listagg(expression, "'|'", "order by " ~ expression)) }}
{%- endmacro %}

{% macro duckdb__fingerprint_of_set(expression) -%}
    bit_xor({{ expression }})
{%- endmacro %}
