{#
    The big staging tables are incremental by document: a document's rows change only when
    it is loaded again (a new ingested_at: a new extractor version, or a changed declaration
    in zhifa.toml) or taken out (zhifa retract). A model opts in with

        {{ config(materialized='incremental', incremental_strategy='append',
                  pre_hook="{{ delete_rows_gone_from(source('raw', 'documents'), ['doc_id', 'ingested_at']) }}") }}

    which deletes the rows whose load is no longer in raw, and reads only the loads it does
    not hold yet: `where {{ not_built_yet(source('raw', 'documents'), 'raw_documents', ['doc_id', 'ingested_at']) }}`. On a
    first build or a --full-refresh both are no-ops and the model is built whole.
#}

{% macro delete_rows_gone_from(relation, keys) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} as built
        where not exists (
            select 1 from {{ relation }} as loaded
            where {% for key in keys %}loaded.{{ key }} = built.{{ key }}{% if not loop.last %} and {% endif %}{% endfor %}
        )
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{% macro not_built_yet(relation, alias, keys) -%}
    {#- The rows of `relation` (read as `alias`) whose load this model does not hold. When
        they are few, their doc_ids are listed as constants: DuckDB then filters while it
        scans and never reads the big text columns of the rows it skips, which an
        anti-join over every row would (50,000 reports: 3-4 s a model). -#}
    {%- if not is_incremental() -%}
        true
    {%- else -%}
        {%- set anti_join -%}
            not exists (
                select 1 from {{ this }} as built
                where {% for key in keys %}built.{{ key }} = {{ alias }}.{{ key }}{% if not loop.last %} and {% endif %}{% endfor %}
            )
        {%- endset -%}
        {%- set doc_ids = run_query("select distinct " ~ alias ~ ".doc_id from " ~ relation ~ " as " ~ alias ~ " where " ~ anti_join ~ " limit 1001").columns[0].values() if execute else [] -%}
        {%- if not execute or doc_ids | length > 1000 -%}
            {{ anti_join }}
        {%- elif doc_ids | length == 0 -%}
            false
        {%- else -%}
            {{ alias }}.doc_id in ({% for doc_id in doc_ids %}'{{ doc_id }}'{% if not loop.last %}, {% endif %}{% endfor %})
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
