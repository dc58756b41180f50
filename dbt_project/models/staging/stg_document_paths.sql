with

source as (

    select * from {{ source('raw', 'document_paths') }}

),

renamed as (

    select

        ----------  ids
        doc_id,

        ---------- text
        source_path,

        ---------- booleans
        coalesce(in_inbox, true) as is_in_inbox,

        ---------- timestamps
        first_seen,
        last_seen

    from source

)

select * from renamed
