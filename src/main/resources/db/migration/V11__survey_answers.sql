-- Survey results given as answer counts per option: the counts are kept beside the weighted rate they gave.
create table survey_answer (
    year         integer     not null,
    unit_code    varchar(32) not null,
    leaf_code    varchar(32) not null,
    option_code  varchar(8)  not null,
    answer_count integer     not null,
    primary key (year, unit_code, leaf_code, option_code),
    foreign key (year, unit_code, leaf_code) references survey_result (year, unit_code, leaf_code) on delete cascade
);
