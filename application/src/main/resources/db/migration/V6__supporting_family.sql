-- Issue 6: the supporting family (rodzina wspierająca, uwr art. 29-31).
--
-- Arrangements, the help log and the reimbursement claims are read models projected from the arrangement's events
-- (package pl.asysta.cases.support) and are rebuilt with the case read model. The scans of receipts are not: their
-- bytes are stored when a claim is made, in the same transaction as the claim's event, and the event names them
-- by id, type, size and SHA-256. Like the history that names them, they are never changed or removed.

create table support_arrangement (
    arrangement_id      varchar(64)   not null primary key,
    case_id             varchar(64)   not null,
    centre              varchar(255)  not null,
    household_id        varchar(255)  not null,
    household_name      varchar(255)  not null,
    agreement_reference varchar(255)  not null,
    starts_on           date          not null,
    ends_on             date          not null,
    cost_kinds          varchar(255)  not null,
    monthly_limit       numeric(12, 2) not null,
    ended_on            date,
    end_reason          text,
    recorded_by         varchar(255),
    position            bigint        not null,
    last_position       bigint        not null
);
create index support_arrangement_case_idx on support_arrangement (case_id);
create index support_arrangement_household_idx on support_arrangement (household_id);

-- One row per help entry; keyed by the event's position, so handling it twice adds nothing.
create table support_help (
    position       bigint       not null primary key,
    arrangement_id varchar(64)  not null,
    case_id        varchar(64)  not null,
    entry_id       varchar(64)  not null,
    helped_on      date         not null,
    minutes        integer      not null,
    kind           varchar(32)  not null,
    note           text         not null,
    logged_by      varchar(255)
);
create index support_help_arrangement_idx on support_help (arrangement_id, helped_on);

create table support_claim (
    claim_id         varchar(64)    not null primary key,
    arrangement_id   varchar(64)    not null,
    case_id          varchar(64)    not null,
    month            date           not null,
    corrects         varchar(64),
    total            numeric(12, 2) not null,
    note             text,
    claimed_on       date           not null,
    claimed_by       varchar(255),
    status           varchar(16)    not null,
    decided_on       date,
    decided_by       varchar(255),
    rejection_reason text,
    position         bigint         not null,
    last_position    bigint         not null
);
create index support_claim_arrangement_idx on support_claim (arrangement_id, month);
create index support_claim_waiting_idx on support_claim (status) where status = 'SUBMITTED';

create table support_claim_line (
    claim_id  varchar(64)    not null,
    cost_kind varchar(32)    not null,
    amount    numeric(12, 2) not null,
    primary key (claim_id, cost_kind)
);

create table support_claim_receipt (
    receipt_id   varchar(64)  not null primary key,
    claim_id     varchar(64)  not null,
    file_name    varchar(255),
    content_type varchar(64)  not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null
);
create index support_claim_receipt_claim_idx on support_claim_receipt (claim_id);

-- The bytes of the receipts; not a read model.
create table support_receipt_file (
    receipt_id     varchar(64)  not null primary key,
    arrangement_id varchar(64)  not null,
    content_type   varchar(64)  not null,
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    content        bytea        not null,
    stored_at      timestamp(6) with time zone not null,
    stored_by      varchar(255) not null
);

create trigger support_receipt_file_no_update_or_delete
    before update or delete on support_receipt_file
    for each row execute function refuse_event_rewrite();

create trigger support_receipt_file_no_truncate
    before truncate on support_receipt_file
    for each statement execute function refuse_event_rewrite();

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant select, insert, update, delete, truncate on support_arrangement, support_help, '
                       'support_claim, support_claim_line, support_claim_receipt to %I', '${application_role}');
        execute format('revoke update, delete, truncate on support_receipt_file from %I', '${application_role}');
        execute format('grant select, insert on support_receipt_file to %I', '${application_role}');
    end if;
end;
$$;
