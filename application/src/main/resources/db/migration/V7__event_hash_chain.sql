-- Issue 7: tamper evidence for the event history (ADR 0014).
--
-- Every stream (aggregate identifier) carries a SHA-256 hash chain: each event's link stores its predecessor's
-- hash and its own, computed over the event row's stored bytes in the canonical layout of ADR 0014. The
-- storage engine writes a link in the transaction that appends the event, so an event is never committed
-- without its link. Links are append-only, like the events.
--
-- Besides the link, each row holds the columns the auditor's event browser filters by (the case, the author,
-- the author's institution and the moment of recording). They are derived from the payload when the event is
-- appended and are not part of the hash: the hash covers the payload they are read from.

create table event_chain (
    global_index         bigint       not null primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    previous_hash        bytea        not null,
    hash                 bytea        not null,
    recorded_at          timestamp(6) with time zone not null,
    case_id              varchar(255),
    author_id            varchar(255),
    author_institution   varchar(255),
    constraint event_chain_stream_uq unique (aggregate_identifier, sequence_number)
);
create index event_chain_case_idx on event_chain (case_id, global_index);
create index event_chain_author_idx on event_chain (author_id, global_index);
create index event_chain_institution_idx on event_chain (author_institution, global_index);
create index event_chain_recorded_at_idx on event_chain (recorded_at, global_index);

create trigger event_chain_no_update_or_delete
    before update or delete on event_chain
    for each row execute function refuse_event_rewrite();

create trigger event_chain_no_truncate
    before truncate on event_chain
    for each statement execute function refuse_event_rewrite();

-- Events stored before this migration get their links now, in global order, with exactly the layout the
-- storage engine uses (ADR 0014). Their hashes attest the history as it stood when this migration ran.
do
$$
declare
    event    record;
    previous bytea;
    payload  jsonb;
begin
    for event in select * from domain_event_entry order by global_index loop
        previous := null;
        if event.sequence_number > 0 then
            select c.hash into previous from event_chain c
            where c.aggregate_identifier = event.aggregate_identifier
              and c.sequence_number = event.sequence_number - 1;
        end if;
        previous := coalesce(previous, decode(repeat('00', 32), 'hex'));
        begin
            payload := convert_from(event.payload, 'UTF8')::jsonb;
        exception when others then
            payload := null;
        end;
        insert into event_chain (global_index, aggregate_identifier, sequence_number, previous_hash, hash,
                                 recorded_at, case_id, author_id, author_institution)
        values (event.global_index, event.aggregate_identifier, event.sequence_number, previous,
                sha256(previous
                    || coalesce(int4send(length(convert_to(event.event_identifier, 'UTF8')))
                                || convert_to(event.event_identifier, 'UTF8'), '\xffffffff'::bytea)
                    || coalesce(int4send(length(convert_to(event.aggregate_identifier, 'UTF8')))
                                || convert_to(event.aggregate_identifier, 'UTF8'), '\xffffffff'::bytea)
                    || int8send(event.sequence_number)
                    || coalesce(int4send(length(convert_to(event.type, 'UTF8')))
                                || convert_to(event.type, 'UTF8'), '\xffffffff'::bytea)
                    || coalesce(int4send(length(convert_to(event.time_stamp, 'UTF8')))
                                || convert_to(event.time_stamp, 'UTF8'), '\xffffffff'::bytea)
                    || coalesce(int4send(length(convert_to(event.payload_type, 'UTF8')))
                                || convert_to(event.payload_type, 'UTF8'), '\xffffffff'::bytea)
                    || coalesce(int4send(length(convert_to(event.payload_revision, 'UTF8')))
                                || convert_to(event.payload_revision, 'UTF8'), '\xffffffff'::bytea)
                    || coalesce(int4send(length(event.payload)) || event.payload, '\xffffffff'::bytea)
                    || coalesce(int4send(length(event.meta_data)) || event.meta_data, '\xffffffff'::bytea)),
                event.time_stamp::timestamptz,
                coalesce(payload -> 'caseId' ->> 'value', payload ->> 'caseId'),
                coalesce(payload -> 'recordedBy' -> 'userId' ->> 'value', payload -> 'recordedBy' ->> 'userId'),
                coalesce(payload -> 'recordedBy' -> 'institutionId' ->> 'value',
                         payload -> 'recordedBy' ->> 'institutionId'));
    end loop;
end;
$$;

do
$$
begin
    if '${application_role}' <> '' then
        execute format('revoke update, delete, truncate on event_chain from %I', '${application_role}');
        execute format('grant select, insert on event_chain to %I', '${application_role}');
    end if;
end;
$$;
