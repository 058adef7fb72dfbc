-- Issue 6, the court's half: opinion requests, the opinions delivered, and the court's decisions.
--
-- court_opinion_request and court_decision are read models projected from the CourtOpinionRequest streams
-- (package pl.asysta.cases.court) and rebuilt with the case read model. court_opinion_document is not a
-- projection: it holds the bytes of each delivered opinion, written in the same transaction as the delivery
-- event, which records their SHA-256. It is append-only like the event history, and a rebuild never touches it.

create table court_opinion_request (
    request_id          varchar(64)  not null primary key,
    case_id             varchar(64)  not null,
    court_id            varchar(255) not null,
    reference           varchar(64)  not null,
    questions           text         not null,
    deadline            date         not null,
    requested_on        date         not null,
    requested_by        varchar(255),
    status              varchar(16)  not null,
    family_situation    text         not null default '',
    cooperation         text         not null default '',
    work_plan_progress  text         not null default '',
    assessment          text         not null default '',
    conclusions         text         not null default '',
    draft_saved_at      timestamp(6) with time zone,
    draft_saved_by      varchar(255),
    return_comments     text,
    returned_by         varchar(255),
    returned_at         timestamp(6) with time zone,
    author_name         varchar(255),
    author_role         varchar(32),
    submitted_at        timestamp(6) with time zone,
    case_position       bigint,
    case_as_of          timestamp(6) with time zone,
    approver_name       varchar(255),
    delivered_at        timestamp(6) with time zone,
    document_sha256     varchar(64),
    withdrawn_on        date,
    withdrawal_reason   text,
    position            bigint       not null,
    last_position       bigint       not null
);
create index court_opinion_request_case_idx on court_opinion_request (case_id, position);
create index court_opinion_request_court_idx on court_opinion_request (court_id, deadline);

create table court_decision (
    decision_id  varchar(64)  not null primary key,
    request_id   varchar(64)  not null,
    case_id      varchar(64)  not null,
    court_id     varchar(255) not null,
    kind         varchar(40)  not null,
    decided_on   date         not null,
    reference    varchar(64)  not null,
    summary      text         not null,
    recorded_by  varchar(255),
    recorded_at  timestamp(6) with time zone not null,
    position     bigint       not null
);
create index court_decision_case_idx on court_decision (case_id, position);
create index court_decision_court_idx on court_decision (court_id, position);

-- The delivered opinions, exactly as delivered; one per request.
create table court_opinion_document (
    request_id   varchar(64)  not null primary key,
    case_id      varchar(64)  not null,
    file_name    varchar(255) not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    delivered_at timestamp(6) with time zone not null
);

create trigger court_opinion_document_no_update_or_delete
    before update or delete on court_opinion_document
    for each row execute function refuse_event_rewrite();

create trigger court_opinion_document_no_truncate
    before truncate on court_opinion_document
    for each statement execute function refuse_event_rewrite();

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant select, insert, update, delete, truncate on court_opinion_request, court_decision '
                       'to %I', '${application_role}');
        execute format('revoke update, delete, truncate on court_opinion_document from %I', '${application_role}');
        execute format('grant select, insert on court_opinion_document to %I', '${application_role}');
    end if;
end;
$$;
