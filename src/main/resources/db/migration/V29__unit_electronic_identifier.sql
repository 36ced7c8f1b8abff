-- A unit's official electronic identifier (mã định danh điện tử of Decision 20/2020/QĐ-TTg, e.g. 000.00.21.H23), the
-- key the National Public Service Portal's figures carry. Optional; unique when present. The uniqueness is checked at
-- the end of the registry load's transaction, so that one file may move an identifier from one unit to another.
alter table unit add column electronic_id varchar(40);
alter table unit add constraint unit_electronic_id_unique unique (electronic_id) deferrable initially deferred;
alter table unit add constraint unit_electronic_id_shape check (electronic_id ~ '^[A-Z0-9]+(\.[A-Z0-9]+)*$');
