-- Issue 7, item 2: a case as it stood is replayed from its events into copies of the read-model tables
-- (pl.asysta.cases.query.ScratchReadModel, ADR 0015). The copies live in these schemas, one reading at a time in
-- each (a transaction advisory lock claims a schema). The application makes the tables inside them (unlogged,
-- the live tables' columns, defaults and primary keys) and remakes them when a live table changes. Nothing is
-- ever committed to them: a reading writes its rows and rolls them back, so no other session sees them.

create schema read_model_as_of_1;
create schema read_model_as_of_2;
create schema read_model_as_of_3;
create schema read_model_as_of_4;

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant usage, create on schema read_model_as_of_1, read_model_as_of_2, read_model_as_of_3, '
                           'read_model_as_of_4 to %I', '${application_role}');
    end if;
end;
$$;
