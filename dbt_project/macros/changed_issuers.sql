{#
    Issuer-keyed models are incremental: a run rebuilds the rows of the issuers whose
    inputs changed (int_issuer_fingerprints marks them with this dbt invocation) and keeps
    every other issuer's rows. A model opts in with

        {{ config(materialized='incremental', incremental_strategy='append',
                  pre_hook="{{ delete_changed_issuers() }}") }}
        -- depends_on: {{ ref('int_issuer_fingerprints') }}

    and narrows its inputs with `where {{ changed_issuers('issuer_key') }}`. On a first
    build or a --full-refresh both are no-ops and the model is built whole.
#}

{% macro changed_issuer_keys() -%}
    select issuer_key from {{ ref('int_issuer_fingerprints') }} where changed_in = '{{ invocation_id }}'
{%- endmacro %}

{% macro changed_issuers(column) -%}
    {%- if is_incremental() -%}
        {{ column }} in ({{ changed_issuer_keys() }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_changed_issuers() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where issuer_key in ({{ changed_issuer_keys() }})
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
