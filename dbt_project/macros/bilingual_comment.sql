{#-
    Table and column comments in both languages: "<English description> / <meta.zh>".
    The YAML keeps the two apart (description in English, config.meta.zh in Chinese) so the
    docs site and the manifest stay clean; DuckDB gets one comment that BI tools
    (DBeaver, Superset, Metabase, duckdb_columns()) show as is.
-#}
{% macro bilingual_comment(description, meta) -%}
    {%- set english = (description or '') | trim -%}
    {%- set chinese = ((meta or {}).get('zh') or '') | trim -%}
    {%- if english and chinese -%}
        {{ return(english ~ ' / ' ~ chinese) }}
    {%- else -%}
        {{ return(english or chinese) }}
    {%- endif -%}
{%- endmacro %}

{#-
    dbt-duckdb's persist_docs with the bilingual comment in place of the bare description.
    dbt looks for `duckdb__persist_docs` in the root project before its own, so this one wins.
-#}
{% macro duckdb__persist_docs(relation, model, for_relation, for_columns) -%}
    {% set relation_comment = bilingual_comment(model.description, model.meta) %}
    {% if for_relation and config.persist_relation_docs() and relation_comment %}
        {% do run_query(alter_relation_comment(relation, relation_comment)) %}
    {% endif %}

    {% if for_columns and config.persist_column_docs() and model.columns %}
        {% set bilingual_columns = {} %}
        {% for column_name, column in model.columns.items() %}
            {% set column_comment = bilingual_comment(column.description, column.meta) %}
            {% if column_comment %}
                {% do bilingual_columns.update({
                    column_name: {'name': column_name, 'description': column_comment, 'quote': column.quote}
                }) %}
            {% endif %}
        {% endfor %}
        {% set existing_columns = adapter.get_columns_in_relation(relation) | map(attribute='name') | list %}
        {% set documented_columns = validate_doc_columns(relation, bilingual_columns, existing_columns) %}
        {% set alter_comment_sql = alter_column_comment(relation, documented_columns) %}
        {% if alter_comment_sql and alter_comment_sql | trim | length > 0 %}
            {% do run_query(alter_comment_sql) %}
        {% endif %}
    {% endif %}
{%- endmacro %}
