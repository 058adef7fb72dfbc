-- Issue 4: many agencies on one case.
--
-- The institution register is configuration (not case history): administrators and the demo gmina fill it.
-- Consents, grants and referrals are read models projected from their events (packages pl.asysta.cases.access
-- and pl.asysta.cases.referral) and are rebuilt with the case read model. The access log is not a projection:
-- it is written before any case data is returned, is append-only, and every record carries the SHA-256 of its
-- predecessor's hash and its own content, so that a changed or removed record breaks the chain.

create table institution (
    institution_id varchar(255) not null primary key,
    name           varchar(255) not null,
    kind           varchar(32)  not null
);

create table sharing_consent (
    consent_id      varchar(64)  not null primary key,
    case_id         varchar(64)  not null,
    person          varchar(255) not null,
    institution_id  varchar(255) not null,
    categories      varchar(255) not null,
    purpose         text         not null,
    given_on        date         not null,
    valid_until     date         not null,
    form_reference  varchar(255) not null,
    recorded_by     varchar(255),
    withdrawn_on    date,
    withdrawal_note text,
    position        bigint       not null,
    last_position   bigint       not null
);
create index sharing_consent_case_idx on sharing_consent (case_id, position);

create table access_grant (
    grant_id        varchar(64)  not null primary key,
    case_id         varchar(64)  not null,
    institution_id  varchar(255) not null,
    categories      varchar(255) not null,
    purpose         text         not null,
    basis           varchar(32)  not null,
    basis_reference varchar(255) not null,
    consent_id      varchar(64),
    valid_from      date         not null,
    valid_until     date         not null,
    granted_by      varchar(255),
    revoked_on      date,
    revocation      varchar(32),
    revocation_note text,
    position        bigint       not null,
    last_position   bigint       not null
);
create index access_grant_case_idx on access_grant (case_id, position);
create index access_grant_institution_idx on access_grant (institution_id, case_id) where revoked_on is null;

create table referral (
    referral_id     varchar(64)  not null primary key,
    case_id         varchar(64)  not null,
    institution_id  varchar(255) not null,
    category        varchar(16)  not null,
    purpose         text         not null,
    question        text         not null,
    deadline        date         not null,
    referred_on     date         not null,
    referred_by     varchar(255),
    status          varchar(16)  not null,
    replied_on      date,
    replied_by      varchar(255),
    decline_reason  text,
    answer          text,
    position        bigint       not null,
    last_position   bigint       not null
);
create index referral_case_idx on referral (case_id, position);
create index referral_institution_idx on referral (institution_id, status, deadline);

-- One record per reading of case data: a case file opened, a list or inbox shown, an export made.
create table access_record (
    record_id     bigint generated always as identity primary key,
    recorded_at   timestamp(6) with time zone not null,
    actor_id      varchar(255) not null,
    actor_name    varchar(255) not null,
    actor_roles   varchar(255) not null,
    institution   varchar(255) not null,
    view_name     varchar(32)  not null,
    case_ids      varchar(64)[] not null,
    categories    varchar(255) not null,
    purpose       text         not null,
    previous_hash bytea        not null,
    hash          bytea        not null
);
create index access_record_case_idx on access_record using gin (case_ids);
create index access_record_actor_idx on access_record (actor_id, recorded_at);

create trigger access_record_no_update_or_delete
    before update or delete on access_record
    for each row execute function refuse_event_rewrite();

create trigger access_record_no_truncate
    before truncate on access_record
    for each statement execute function refuse_event_rewrite();

-- The assistant's alerts: someone outside the case team opened one of their cases.
create table access_alert (
    record_id       bigint       not null references access_record (record_id),
    assistant_id    varchar(255) not null,
    case_id         varchar(64)  not null,
    acknowledged_at timestamp(6) with time zone,
    primary key (record_id, assistant_id)
);
create index access_alert_open_idx on access_alert (assistant_id) where acknowledged_at is null;

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant select, insert, update, delete, truncate on institution, sharing_consent, '
                       'access_grant, referral, access_alert to %I', '${application_role}');
        execute format('revoke update, delete, truncate on access_record from %I', '${application_role}');
        execute format('grant select, insert on access_record to %I', '${application_role}');
    end if;
end;
$$;
