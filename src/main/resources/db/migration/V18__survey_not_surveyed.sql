-- A unit (or a unit on one survey leaf) the survey office did not survey: no rate, and the leaf leaves the denominator.
alter table survey_result alter column rate drop not null;
alter table survey_result add column not_surveyed boolean default false not null;
alter table survey_result add constraint survey_result_rate_or_not_surveyed
    check ((rate is null) = not_surveyed);
