#!/usr/bin/env bash
# Checks the event hash chains (ADR 0014) with psql alone, independently of the portal.
#
#   scripts/verify-event-chains.sh "postgresql://user@host:5432/asysta"          every broken link, exit 1 if any
#   scripts/verify-event-chains.sh "postgresql://user@host:5432/asysta" bytes N  the hashed bytes of the event at
#                                                                                global index N, in hexadecimal
#
# To recompute one hash without trusting the database's sha256(), feed the bytes to sha256sum and compare the
# result with the stored event_chain.hash of that event:
#   scripts/verify-event-chains.sh "$URL" bytes 42 | xxd -r -p | sha256sum
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:?usage: $0 DATABASE_URL [bytes GLOBAL_INDEX]}"

if [[ "${2:-}" == "bytes" ]]; then
    index="${3:?usage: $0 DATABASE_URL bytes GLOBAL_INDEX}"
    [[ "$index" =~ ^[0-9]+$ ]] || { echo "GLOBAL_INDEX must be a number" >&2; exit 2; }
    psql "$url" -v ON_ERROR_STOP=1 -At -c "
        select encode(c.previous_hash
            || coalesce(int4send(length(convert_to(e.event_identifier, 'UTF8'))) || convert_to(e.event_identifier, 'UTF8'), '\xffffffff'::bytea)
            || coalesce(int4send(length(convert_to(e.aggregate_identifier, 'UTF8'))) || convert_to(e.aggregate_identifier, 'UTF8'), '\xffffffff'::bytea)
            || int8send(e.sequence_number)
            || coalesce(int4send(length(convert_to(e.type, 'UTF8'))) || convert_to(e.type, 'UTF8'), '\xffffffff'::bytea)
            || coalesce(int4send(length(convert_to(e.time_stamp, 'UTF8'))) || convert_to(e.time_stamp, 'UTF8'), '\xffffffff'::bytea)
            || coalesce(int4send(length(convert_to(e.payload_type, 'UTF8'))) || convert_to(e.payload_type, 'UTF8'), '\xffffffff'::bytea)
            || coalesce(int4send(length(convert_to(e.payload_revision, 'UTF8'))) || convert_to(e.payload_revision, 'UTF8'), '\xffffffff'::bytea)
            || coalesce(int4send(length(e.payload)) || e.payload, '\xffffffff'::bytea)
            || coalesce(int4send(length(e.meta_data)) || e.meta_data, '\xffffffff'::bytea), 'hex')
        from domain_event_entry e join event_chain c on c.global_index = e.global_index
        where e.global_index = $index" | tr -d '\n'
    echo
    exit 0
fi

broken="$(psql "$url" -v ON_ERROR_STOP=1 -At -F '|' -f "$here/verify-event-chains.sql")"
if [[ -n "$broken" ]]; then
    echo "global index|stream|sequence|problem"
    echo "$broken"
    exit 1
fi
echo "INTACT: every event chain is whole."
