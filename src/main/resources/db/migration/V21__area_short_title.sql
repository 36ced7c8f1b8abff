-- The name over an area's column of results (its title when the catalogue gives none); earlier years read their title.
alter table cycle_leaf add column area_short_title varchar(255);
