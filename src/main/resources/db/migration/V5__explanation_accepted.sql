-- The appraisal team may accept a unit's explanation in place of missing evidence.
alter table answer add column explanation_accepted boolean default false not null;
