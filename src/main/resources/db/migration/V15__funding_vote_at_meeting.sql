-- SR-3, SR-7: the Sprecher:innenrat votes on a funding statement digitally or at one of its meetings before the
-- funder's deadline; the latter puts a decision item on that meeting's agenda.
alter table funding_application add column vote_path varchar(20) default 'DIGITAL' not null;
alter table funding_application add column meeting_id bigint references meeting (id);
alter table funding_application add column agenda_item_id bigint references agenda_item (id);
create index ix_funding_application_item on funding_application (agenda_item_id);
create index ix_funding_application_meeting on funding_application (meeting_id);
