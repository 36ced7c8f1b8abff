-- Leadership's decision is recorded for the approval task it completes; the process reads it from here.
alter table approval_decision add column task_id varchar(64);
create unique index approval_decision_task on approval_decision (task_id);
