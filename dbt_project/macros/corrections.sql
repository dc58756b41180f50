{#-
    What applying analysts' corrections (raw.corrections) needs beyond portable SQL: finding a
    figure an addition names in the stored text, the sentence around it, and what is left of a
    document's review reasons once a correction settles its issuer or year. DuckDB has the
    list and regular-expression functions for these; another engine needs its own version.
-#}

{#- The 0-based offset of the n-th occurrence of `needle` in `text`; null when there are fewer.
    Offsets count characters, as Python's do: every figure span in raw.* is one. -#}
{% macro nth_position(text, needle, n) -%}
    {{ return(adapter.dispatch('nth_position', 'zhifa')(text, needle, n)) }}
{%- endmacro %}

{% macro default__nth_position(text, needle, n) -%}
    {{ exceptions.raise_compiler_error("nth_position (macros/corrections.sql) has no version for " ~ target.type) }}
{%- endmacro %}

{% macro duckdb__nth_position(text, needle, n) -%}
    case
        -- the text cut at every occurrence: the n-th starts after the first n pieces and the
        -- n - 1 occurrences between them
        when len(string_split({{ text }}, {{ needle }})) > {{ n }}
            then cast(
                list_sum(list_transform(list_slice(string_split({{ text }}, {{ needle }}), 1, {{ n }}), lambda piece: length(piece)))
                    + ({{ n }} - 1) * length({{ needle }})
                as integer
            )
    end
{%- endmacro %}

{#- The sentence text[start:end] stands in, as the extractor cuts it (extractors/structure.py:
    between the sentence breaks ；;。！？!? and line ends around it, stripped). -#}
{% macro sentence_around(text, span_start, span_end) -%}
    {{ return(adapter.dispatch('sentence_around', 'zhifa')(text, span_start, span_end)) }}
{%- endmacro %}

{% macro default__sentence_around(text, span_start, span_end) -%}
    {{ exceptions.raise_compiler_error("sentence_around (macros/corrections.sql) has no version for " ~ target.type) }}
{%- endmacro %}

{% macro duckdb__sentence_around(text, span_start, span_end) -%}
    regexp_replace(
        regexp_extract(substring({{ text }}, 1, {{ span_start }}), '[^；;。！？!?\n]*$')
            || substring({{ text }}, {{ span_start }} + 1, {{ span_end }} - {{ span_start }})
            || regexp_extract(substring({{ text }}, {{ span_end }} + 1), '^[^；;。！？!?\n]*'),
        '^[\s\x{3000}]+|[\s\x{3000}]+$', '', 'g'
    )
{%- endmacro %}

{#- A document's comma-separated review reasons (extractors/records.py) without those a
    correction settled: issuer_unknown / issuer_unresolved(…) once the issuer is corrected,
    the year's reason (report_year_unknown, several_years …: any other but no_figures) once
    the year is; null when none is left. -#}
{% macro review_reasons_left(reasons, issuer_corrected, year_corrected) -%}
    {{ return(adapter.dispatch('review_reasons_left', 'zhifa')(reasons, issuer_corrected, year_corrected)) }}
{%- endmacro %}

{% macro default__review_reasons_left(reasons, issuer_corrected, year_corrected) -%}
    {{ exceptions.raise_compiler_error("review_reasons_left (macros/corrections.sql) has no version for " ~ target.type) }}
{%- endmacro %}

{% macro duckdb__review_reasons_left(reasons, issuer_corrected, year_corrected) -%}
    nullif(
        array_to_string(
            list_filter(
                string_split(coalesce({{ reasons }}, ''), ','),
                lambda reason: reason <> ''
                    and not ({{ issuer_corrected }} and starts_with(reason, 'issuer_'))
                    and not ({{ year_corrected }} and not starts_with(reason, 'issuer_') and reason <> 'no_figures')
            ),
            ','
        ),
        ''
    )
{%- endmacro %}

{#- Where a value built from several figures comes from: corrected or added when any of
    them was (the first such one named), else extracted. -#}
{% macro combined_value_source(sources) -%}
    coalesce({% for source in sources %}nullif({{ source }}, 'extracted'), {% endfor %}'extracted')
{%- endmacro %}

{#- The reasons of the corrections behind a value, those present joined by '; '. -#}
{% macro reasons_joined(expressions) -%}
    nullif(concat_ws('; ', {{ expressions | join(', ') }}), '')
{%- endmacro %}
