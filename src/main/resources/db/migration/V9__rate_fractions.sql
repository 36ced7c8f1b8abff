-- A rate may be entered as numerator and denominator (e.g. 480 of 500 files on time); the percentage is kept too.
alter table answer add column numerator numeric(14,2);
alter table answer add column denominator numeric(14,2);
