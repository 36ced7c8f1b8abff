-- The catalogue has three levels: area, criterion, sub-criterion (leaf).
alter table cycle_leaf add column criterion_code varchar(32);
alter table cycle_leaf add column criterion_title varchar(500);
