"""DDL of the raw.* tables: the contract between ingestion and everything downstream."""

RAW_DDL: tuple[str, ...] = (
    "CREATE SCHEMA IF NOT EXISTS raw",
    """
    CREATE TABLE IF NOT EXISTS raw.documents (
        doc_id            VARCHAR NOT NULL,   -- sha256 of the file bytes
        source_path       VARCHAR NOT NULL,   -- path relative to the reports folder
        source_format     VARCHAR NOT NULL,   -- txt / html / docx / pdf / xlsx
        encoding          VARCHAR,
        byte_size         BIGINT NOT NULL,
        text              VARCHAR NOT NULL,   -- normalised text every span points into
        title             VARCHAR,
        issuer            VARCHAR,
        issuer_key        VARCHAR,
        parent_region     VARCHAR,
        admin_level       VARCHAR,
        report_year       INTEGER,
        needs_review      BOOLEAN NOT NULL,   -- issuer or year could not be inferred
        review_reason     VARCHAR,
        extractor_version VARCHAR NOT NULL,
        ingested_at       TIMESTAMP NOT NULL,
        declared          VARCHAR,            -- JSON of what zhifa.toml declared (issuer, year); null if nothing
        issuer_source     VARCHAR,            -- the evidence that decided the issuer: declared / title / furniture …
        division_code     VARCHAR,            -- GB/T 2260 code of the issuer's division (9 digits for a township)
        division          VARCHAR,            -- the division's full name: 天津市滨海新区
        province          VARCHAR,
        city              VARCHAR,
        county            VARCHAR,
        township          VARCHAR,
        body_type         VARCHAR,            -- 人民政府 / 街道办事处 / 管委会 / a department's full name
        PRIMARY KEY (doc_id)
    )
    """,
    # Build databases made before zhifa.toml get the column (null: nothing was declared).
    "ALTER TABLE raw.documents ADD COLUMN IF NOT EXISTS declared VARCHAR",
    # ... and the resolved issuer's division (null until the file is extracted again).
    *(
        f"ALTER TABLE raw.documents ADD COLUMN IF NOT EXISTS {column} VARCHAR"
        for column in ("issuer_source", "division_code", "division", "province", "city", "county", "township", "body_type")
    ),
    """
    CREATE TABLE IF NOT EXISTS raw.document_paths (
        doc_id      VARCHAR NOT NULL,
        source_path VARCHAR NOT NULL,
        first_seen  TIMESTAMP NOT NULL,
        last_seen   TIMESTAMP,               -- the last run that found these bytes under this name
        in_inbox    BOOLEAN,                 -- found there by the last run; false once removed or edited
        PRIMARY KEY (doc_id, source_path)
    )
    """,
    # Build databases made before the two columns existed get them on the next run.
    "ALTER TABLE raw.document_paths ADD COLUMN IF NOT EXISTS last_seen TIMESTAMP",
    "ALTER TABLE raw.document_paths ADD COLUMN IF NOT EXISTS in_inbox BOOLEAN",
    """
    CREATE TABLE IF NOT EXISTS raw.figures (
        doc_id            VARCHAR NOT NULL,
        figure_no         INTEGER NOT NULL,
        span_start        INTEGER NOT NULL,
        span_end          INTEGER NOT NULL,
        as_written        VARCHAR NOT NULL,
        value             DOUBLE NOT NULL,
        unit              VARCHAR,
        approximate       BOOLEAN NOT NULL,
        metric            VARCHAR,
        domain            VARCHAR NOT NULL,
        of_metric         VARCHAR,
        parent_metric     VARCHAR,
        sub_issuer        VARCHAR,            -- a table row's body (执法主体), null for issuer-level figures
        section           VARCHAR,
        sentence          VARCHAR,
        rule              VARCHAR NOT NULL,
        extractor_version VARCHAR NOT NULL,
        PRIMARY KEY (doc_id, figure_no)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS raw.quarantine (
        source_path       VARCHAR NOT NULL,
        sha256            VARCHAR,            -- null when the bytes could not be read
        reason            VARCHAR NOT NULL,   -- a code, see extractors.errors
        message           VARCHAR NOT NULL,
        extractor_version VARCHAR NOT NULL,
        quarantined_at    TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS raw.metric_definitions (
        metric      VARCHAR NOT NULL,
        name_zh     VARCHAR NOT NULL,
        name_en     VARCHAR NOT NULL,
        unit_kind   VARCHAR NOT NULL,         -- count / money / percent
        category    VARCHAR NOT NULL,
        description VARCHAR,
        PRIMARY KEY (metric)
    )
    """,
)
