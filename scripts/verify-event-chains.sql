-- Recomputes every event's link in the hash chains of ADR 0014 from the tables alone, without the portal, and
-- lists each event whose link does not hold (nothing when every chain is whole). Run it through
-- scripts/verify-event-chains.sh, or: psql "$DATABASE_URL" -At -F '|' -f scripts/verify-event-chains.sql
--
-- An event's hash is sha256(previous hash || its columns), each column as a 4-byte big-endian length and its
-- bytes (length -1 for null), texts in UTF-8, the sequence number as 8 bytes; the first event of a stream links
-- to 32 zero bytes. Output: global index | stream | sequence number | problem.
with links as (
    select e.global_index, e.aggregate_identifier, e.sequence_number,
           c.aggregate_identifier as link_stream, c.sequence_number as link_sequence, c.previous_hash, c.hash,
           lag(c.hash) over stream as predecessor_hash,
           lag(e.sequence_number) over stream as predecessor_sequence,
           sha256(c.previous_hash
               || coalesce(int4send(length(convert_to(e.event_identifier, 'UTF8')))
                           || convert_to(e.event_identifier, 'UTF8'), '\xffffffff'::bytea)
               || coalesce(int4send(length(convert_to(e.aggregate_identifier, 'UTF8')))
                           || convert_to(e.aggregate_identifier, 'UTF8'), '\xffffffff'::bytea)
               || int8send(e.sequence_number)
               || coalesce(int4send(length(convert_to(e.type, 'UTF8'))) || convert_to(e.type, 'UTF8'),
                           '\xffffffff'::bytea)
               || coalesce(int4send(length(convert_to(e.time_stamp, 'UTF8'))) || convert_to(e.time_stamp, 'UTF8'),
                           '\xffffffff'::bytea)
               || coalesce(int4send(length(convert_to(e.payload_type, 'UTF8')))
                           || convert_to(e.payload_type, 'UTF8'), '\xffffffff'::bytea)
               || coalesce(int4send(length(convert_to(e.payload_revision, 'UTF8')))
                           || convert_to(e.payload_revision, 'UTF8'), '\xffffffff'::bytea)
               || coalesce(int4send(length(e.payload)) || e.payload, '\xffffffff'::bytea)
               || coalesce(int4send(length(e.meta_data)) || e.meta_data, '\xffffffff'::bytea)) as recomputed
    from domain_event_entry e
    left join event_chain c on c.global_index = e.global_index
    window stream as (partition by e.aggregate_identifier order by e.sequence_number)
),
problems as (
    select global_index, aggregate_identifier, sequence_number,
           case
               when hash is null then 'EVENT_WITHOUT_LINK'
               when link_stream <> aggregate_identifier or link_sequence <> sequence_number
                   then 'LINK_OF_ANOTHER_EVENT'
               when sequence_number <> coalesce(predecessor_sequence + 1, 0) then 'SEQUENCE_GAP'
               when previous_hash <> coalesce(predecessor_hash, decode(repeat('00', 32), 'hex'))
                   then 'PREVIOUS_LINK_MISMATCH'
               when recomputed <> hash then 'CONTENT_CHANGED'
           end as problem
    from links
    union all
    select c.global_index, c.aggregate_identifier, c.sequence_number, 'LINK_WITHOUT_EVENT'
    from event_chain c
    where not exists (select 1 from domain_event_entry e where e.global_index = c.global_index)
)
select global_index, aggregate_identifier, sequence_number, problem
from problems where problem is not null
order by global_index;
