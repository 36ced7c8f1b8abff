-- Scoring methods take up to three parameters (p1 was the rate target).
alter table cycle_leaf rename column target to p1;
alter table cycle_leaf add column p2 numeric(8,2);
alter table cycle_leaf add column p3 numeric(8,2);
