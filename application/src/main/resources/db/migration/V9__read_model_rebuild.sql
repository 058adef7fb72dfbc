-- Issue 7, item 4: rebuilding the case read model from the event store and proving it equals the live one
-- (package pl.asysta.rebuild, ADR 0016).
--
-- A rebuild replays the whole store into copies of the read-model tables in the schema read_model_rebuild,
-- which it creates (unlogged: they are scratch, recomputable from the events) and drops again, while the live
-- tables keep serving the portal. It then compares both at the same event position, table by table, and
-- corrects the live rows that differ. Who ran it, when, up to which position and with what outcome is kept in
-- read_model_rebuild_run and read_model_rebuild_table: plain audit rows, not a projection, never rebuilt.

create schema read_model_rebuild;

create table read_model_rebuild_run (
    run_id            bigint generated always as identity primary key,
    started_at        timestamp(6) with time zone not null,
    heartbeat_at      timestamp(6) with time zone not null,
    actor_id          varchar(255) not null,
    actor_name        varchar(255) not null,
    actor_roles       varchar(255) not null,
    institution       varchar(255) not null,
    finished_at       timestamp(6) with time zone,
    outcome           varchar(16),
    position          bigint,
    events            bigint,
    events_per_second double precision,
    failure           text
);
-- One rebuild at a time across all nodes: a second unfinished run cannot be inserted.
create unique index read_model_rebuild_run_one_unfinished on read_model_rebuild_run ((true)) where finished_at is null;

-- One row per read-model table compared by a run; example_keys names a few rows that differed.
create table read_model_rebuild_table (
    run_id         bigint       not null references read_model_rebuild_run (run_id),
    table_name     varchar(63)  not null,
    live_rows      bigint       not null,
    rebuilt_rows   bigint       not null,
    differing_rows bigint       not null,
    example_keys   text,
    primary key (run_id, table_name)
);

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant usage, create on schema read_model_rebuild to %I', '${application_role}');
        execute format('grant select, insert, update on read_model_rebuild_run, read_model_rebuild_table to %I',
                       '${application_role}');
    end if;
end;
$$;
