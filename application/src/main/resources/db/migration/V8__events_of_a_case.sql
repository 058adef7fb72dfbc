-- Issue 7, point in time: the events of one case, found by index rather than by reading the whole store.
--
-- A case's history is spread over several streams: the case itself, its consent ledger (sharing-<case id>) and
-- one stream per referral, whose identifiers say nothing about the case. Every one of those events names its
-- case in its payload ("caseId": {"value": ...}, a persisted contract like the event names), so the store is
-- indexed by that value and the global index. Events that name no case (caseloads keep theirs too, benchmarks
-- none) index as null. The payload is Jackson's JSON; anything else indexes as null rather than failing an
-- append.

create function event_case_id(payload bytea) returns varchar
    language plpgsql immutable parallel safe as
$$
begin
    return convert_from(payload, 'UTF8')::jsonb -> 'caseId' ->> 'value';
exception
    when others then
        return null;
end;
$$;

create index domain_event_entry_case_idx on domain_event_entry (event_case_id(payload), global_index);
