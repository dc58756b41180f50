{#-
    A row-level rule written as a boolean SQL expression; rows where it is false fail.
    Rows where it is null pass, so optional columns need no extra guard. On a column the
    expression still names the column itself, so the rule reads the same in both places.
-#}
{% test expression_is_true(model, expression, column_name=none) %}

select * from {{ model }}
where not ({{ expression }})

{% endtest %}
