-- G-1: a change of the rules is decided by digital vote of all partners (n = those who voted) or at a Tagung
-- (n = partners present): the latter puts a rules-change item on the agenda of the network's next Tagung.
alter table rules_change add column decided_by varchar(20) default 'DIGITAL' not null;
alter table rules_change add column meeting_id bigint references meeting (id);
alter table rules_change add column agenda_item_id bigint references agenda_item (id);
create index ix_rules_change_item on rules_change (agenda_item_id);
create index ix_rules_change_meeting on rules_change (meeting_id);
