-- The rule set version a year was opened (or last re-scored) with; unknown for years opened before versions existed.
alter table cycle add column rule_set_id bigint references rule_set (id);
