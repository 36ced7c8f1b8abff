-- Area sub-indices of each unit's result: achieved / applicable points of the area x 100.
create table unit_area_result (
    year        integer      not null references cycle (year),
    unit_code   varchar(32)  not null references unit (code),
    stage       varchar(16)  not null,
    area_code   varchar(16)  not null,
    achieved    numeric(8,2) not null,
    applicable  numeric(8,2) not null,
    index_value numeric(7,2),
    primary key (year, unit_code, stage, area_code)
);
