-- How a year rounds indices to two decimals (HALF_UP, HALF_EVEN or DOWN).
alter table cycle add column index_rounding varchar(16) default 'HALF_UP' not null;
