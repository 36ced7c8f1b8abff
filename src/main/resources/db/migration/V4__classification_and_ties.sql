-- How a year classifies (bands, component floors) and breaks ties in ranks; the rules implement each scheme.
alter table cycle add column classification_scheme varchar(32) default 'HD2024' not null;
alter table cycle add column tie_break varchar(32) default 'SHARE' not null;
alter table unit_result add column appraised numeric(8,2) default 0 not null;
alter table unit_result add column rank_rule varchar(255);
