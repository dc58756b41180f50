with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select

        ----------  ids
        source_path,
        sha256,

        ---------- text
        reason,
        message,
        extractor_version,

        ---------- timestamps
        quarantined_at

    from source

)

select * from renamed
