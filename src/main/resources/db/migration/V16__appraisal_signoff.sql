-- Each field of the appraisal team confirms its areas of a unit's file in each round; the round closes when all are.
create table appraisal_signoff (
    assessment_id bigint      not null references assessment (id),
    stage         varchar(16) not null,
    area_code     varchar(16) not null,
    user_id       varchar(64) not null,
    signed_at     timestamp   not null,
    primary key (assessment_id, stage, area_code)
);
