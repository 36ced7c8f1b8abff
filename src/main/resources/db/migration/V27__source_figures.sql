-- Leaves filled from public-service data (issue 29). A year keeps the leaf-source mapping of the rule set it was
-- opened with, as it keeps its catalogue (cycle_leaf).
create table cycle_leaf_source (
    year              integer      not null references cycle (year),
    unit_type         varchar(16)  not null,
    leaf_code         varchar(32)  not null,
    indicator         varchar(32)  not null,
    indicator_name    varchar(200) not null,
    numerator_label   varchar(200) not null,
    denominator_label varchar(200) not null,
    from_month        integer      not null,
    to_month          integer      not null,
    primary key (year, unit_type, leaf_code)
);

-- Monthly figures of a unit's source indicator as the standing body imported them; a re-import replaces a month.
create table source_figure (
    year         integer       not null references cycle (year),
    unit_code    varchar(32)   not null references unit (code),
    indicator    varchar(32)   not null,
    period       date          not null,
    numerator    numeric(14,2) not null,
    denominator  numeric(14,2) not null,
    source       varchar(200)  not null,
    extracted_on date          not null,
    file_sha256  varchar(64)   not null,
    imported_by  varchar(64)   not null,
    imported_at  timestamp     not null,
    primary key (year, unit_code, indicator, period)
);

-- A leaf's self-assessment entry that came from source figures: what was offered, and what the unit did with it.
-- flagged_*: figures of a later import that differ from what the unit had already confirmed or corrected.
create table answer_prefill (
    assessment_id         bigint        not null references assessment (id),
    leaf_code             varchar(32)   not null,
    numerator             numeric(14,2) not null,
    denominator           numeric(14,2) not null,
    source                varchar(200)  not null,
    extracted_on          date          not null,
    file_sha256           varchar(64)   not null,
    state                 varchar(16)   not null,
    prefilled_at          timestamp     not null,
    decided_by            varchar(64),
    decided_at            timestamp,
    flagged_numerator     numeric(14,2),
    flagged_denominator   numeric(14,2),
    flagged_source        varchar(200),
    flagged_extracted_on  date,
    flagged_file_sha256   varchar(64),
    primary key (assessment_id, leaf_code)
);
