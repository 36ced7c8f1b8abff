-- A year assesses the units valid on its reference date (31 December unless the standing body sets another day of
-- the year); a unit may be assessed without being ranked that year.
alter table cycle add column reference_date date;
update cycle set reference_date = cast(concat(year, '-12-31') as date);
alter table cycle alter column reference_date set not null;
alter table assessment add column ranked boolean default true not null;
