-- History is never rewritten: the database itself refuses to change or remove a stored event, whoever asks.
-- Snapshot, token and saga tables stay writable (they are caches and positions, not history).

create function refuse_event_rewrite() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The event history is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger domain_event_entry_no_update_or_delete
    before update or delete on domain_event_entry
    for each row execute function refuse_event_rewrite();

create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_event_rewrite();

-- Where the portal connects as its own, non-owner role (flyway placeholder application_role), that role may
-- only read and append events, on top of the triggers above.
do
$$
begin
    if '${application_role}' <> '' then
        execute format('revoke update, delete, truncate on domain_event_entry from %I', '${application_role}');
        execute format('grant select, insert on domain_event_entry to %I', '${application_role}');
        execute format('grant usage, select on sequence domain_event_global_index_seq to %I', '${application_role}');
        execute format('grant select, insert, update, delete on snapshot_event_entry, token_entry, saga_entry, '
                       'association_value_entry, dead_letter_entry to %I', '${application_role}');
        execute format('grant usage, select on sequence association_value_entry_seq to %I', '${application_role}');
    end if;
end;
$$;
