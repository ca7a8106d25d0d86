-- The governance core: one running election per office (also under concurrent starts), the register finds
-- an election or a proposal by its process instance, and foundings that ended without a table keep counts only.

alter table election add column running_key varchar(100);
-- an older database may hold two running elections of one office (the bug this closes): the newest runs on
update election set running_key = cast(body_id as varchar(20)) || ':' || office_kind
where status in ('NOMINATING', 'BALLOTING')
  and id = (select max(e2.id) from election e2
            where e2.body_id = election.body_id and e2.office_kind = election.office_kind
              and e2.status in ('NOMINATING', 'BALLOTING'));
create unique index uq_election_running on election (running_key);
create index ix_election_instance on election (process_instance_id);

create index ix_proposal_instance on founding_proposal (process_instance_id);
alter table founding_proposal add column declared_persons int;
alter table founding_proposal add column declared_organisations int;
