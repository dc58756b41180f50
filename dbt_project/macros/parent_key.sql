{# The issuer one level up from a path-shaped issuer_key (tianjin/jinghai -> tianjin);
   null for a key with no parent. DuckDB's string functions, behind dispatch. #}
{% macro parent_key(key) %}{{ return(adapter.dispatch('parent_key')(key)) }}{% endmacro %}

{% macro default__parent_key(key) %}
    case when strpos({{ key }}, '/') > 0
        then regexp_replace({{ key }}, '/[^/]*$', '')
    end
{% endmacro %}
