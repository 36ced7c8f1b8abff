-- Every rule set a year was opened or re-scored with, kept by its SHA-256 so the year is always scored by it.
create table rule_file (
    rule_hash varchar(64)  not null,
    path      varchar(255) not null,
    content   text         not null,
    primary key (rule_hash, path)
);
