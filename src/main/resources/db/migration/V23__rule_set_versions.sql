-- Every version of the rule set (DRL, catalogues, scheme table, survey options), whole, so that every node reads
-- the same rules from the database and a read-only rules/ folder only seeds them. A version is a draft until the
-- standing body adopts it; exactly one is adopted at a time: the one rule_set_adopted points at.
create table rule_set (
    id         bigserial    primary key,
    hash       varchar(64)  not null,
    source     varchar(16)  not null check (source in ('FOLDER', 'UPLOAD')),
    note       varchar(200) not null,
    base_id    bigint       references rule_set (id),
    created_by varchar(255) not null,
    created_at timestamp    not null,
    adopted_by varchar(255),
    adopted_at timestamp
);

create table rule_set_file (
    rule_set_id bigint       not null references rule_set (id) on delete cascade,
    path        varchar(255) not null,
    content     text         not null,
    primary key (rule_set_id, path)
);

-- One row; adoption moves it from the version a draft was based on to the draft, so two adoptions cannot both win.
create table rule_set_adopted (
    singleton   boolean primary key default true check (singleton),
    rule_set_id bigint  references rule_set (id)
);
insert into rule_set_adopted (singleton, rule_set_id) values (true, null);
