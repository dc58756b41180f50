{#-
    Custom schemas are used as written (staging, intermediate, marts) instead of dbt's default
    "<target schema>_<custom schema>", because BI tools and the GX suites query them by name.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
