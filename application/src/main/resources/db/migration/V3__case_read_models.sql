-- Read models of the family case, projected from the case and caseload events (package pl.asysta.cases.query).
-- They can be dropped and rebuilt from the event store at any time. Every row that an event may change
-- remembers the position (global index) of the last event applied to it, and an event changes it only when it
-- is newer: handling an event twice changes nothing. Rows that events only add are keyed by position or ids.

create table case_summary (
    case_id                    varchar(64)  not null primary key,
    centre                     varchar(255) not null,
    family_name                varchar(255) not null,
    status                     varchar(16)  not null,
    street                     varchar(255),
    postal_code                varchar(16),
    town                       varchar(255),
    phone                      varchar(64),
    email                      varchar(255),
    social_worker_id           varchar(255) not null,
    social_worker_name         varchar(255),
    registered_at              timestamp(6) with time zone not null,
    assistant_requested        boolean      not null default false,
    assistant_requested_at     timestamp(6) with time zone,
    request_justification      text,
    consent_in_force           boolean      not null default false,
    consenting_person          varchar(255),
    consent_given_on           date,
    consent_document_reference varchar(255),
    consent_withdrawn_on       date,
    court_ordered              boolean      not null default false,
    court                      varchar(255),
    court_file_reference       varchar(255),
    court_order_issued_on      date,
    assistant_id               varchar(255),
    assistant_name             varchar(255),
    assistant_since            date,
    last_assessment_on         date,
    next_assessment_due        date,
    plan_version               integer      not null default 0,
    closure_reason             varchar(32),
    closure_summary            text,
    closed_on                  date,
    monitoring_until           date,
    monitoring_outcome         varchar(32),
    za_zyciem_ground           varchar(64),
    foster_care                boolean      not null default false,
    last_position              bigint       not null
);
create index case_summary_centre_idx on case_summary (centre, family_name);
create index case_summary_assistant_idx on case_summary (assistant_id);
create index case_summary_assessment_due_idx on case_summary (next_assessment_due) where status = 'ACTIVE';

create table case_member (
    case_id     varchar(64)  not null,
    member_id   varchar(64)  not null,
    ordinal     integer      not null,
    first_name  varchar(255) not null,
    last_name   varchar(255) not null,
    kinship     varchar(16)  not null,
    birth_date  date,
    primary key (case_id, member_id)
);

-- The shared chronology: one row per case event, keyed by its global index. Pages are read newest first.
create table case_timeline (
    position           bigint       not null primary key,
    case_id            varchar(64)  not null,
    occurred_on        date,
    recorded_at        timestamp(6) with time zone not null,
    entry_type         varchar(64)  not null,
    category           varchar(16)  not null,
    author_id          varchar(255) not null,
    author_name        varchar(255),
    author_role        varchar(32)  not null,
    author_institution varchar(255) not null,
    subject            text,
    body               text
);
create index case_timeline_case_idx on case_timeline (case_id, position desc);
create index case_timeline_category_idx on case_timeline (case_id, category, position desc);
create index case_timeline_institution_idx on case_timeline (case_id, author_institution, position desc);

create table case_plan_version (
    case_id     varchar(64) not null,
    version     integer     not null,
    goals       text        not null,
    adopted_on  date        not null,
    recorded_at timestamp(6) with time zone not null,
    author_name varchar(255),
    position    bigint      not null,
    primary key (case_id, version)
);

create table case_plan_action (
    case_id         varchar(64)  not null,
    version         integer      not null,
    action_id       varchar(64)  not null,
    ordinal         integer      not null,
    description     text         not null,
    owner_kind      varchar(16)  not null,
    owner_name      varchar(255) not null,
    owner_reference varchar(255),
    deadline        date         not null,
    expected_effect text         not null,
    primary key (case_id, version, action_id)
);
create index case_plan_action_deadline_idx on case_plan_action (deadline);

-- An action keeps its identity (and its progress) across plan versions.
create table case_plan_action_state (
    case_id            varchar(64) not null,
    action_id          varchar(64) not null,
    status             varchar(16) not null,
    last_progress_note text,
    last_progress_on   date,
    closing_note       text,
    closed_on          date,
    last_position      bigint      not null,
    primary key (case_id, action_id)
);

create table case_plan_consultation (
    position           bigint       not null primary key,
    case_id            varchar(64)  not null,
    plan_version       integer      not null,
    social_worker_name varchar(255),
    opinion            text         not null,
    recorded_at        timestamp(6) with time zone not null
);
create index case_plan_consultation_case_idx on case_plan_consultation (case_id, plan_version);

create table case_foster_placement (
    position                        bigint       not null primary key,
    case_id                         varchar(64)  not null,
    member_id                       varchar(64)  not null,
    placed_on                       date         not null,
    placement                       text         not null,
    coordinator_id                  varchar(255) not null,
    coordinator_name                varchar(255),
    child_assistance_plan_reference varchar(255)
);
create index case_foster_placement_case_idx on case_foster_placement (case_id);
create index case_foster_placement_coordinator_idx on case_foster_placement (coordinator_id);

-- Each drawing-up of the "Za życiem" support catalogue; the case page shows the last one.
create table case_support_item (
    position bigint       not null,
    item_no  integer      not null,
    case_id  varchar(64)  not null,
    support  text         not null,
    provider varchar(255),
    primary key (position, item_no)
);
create index case_support_item_case_idx on case_support_item (case_id, position desc);

-- Assistants known to a centre (from assignments), with the name to show.
create table case_assistant (
    centre         varchar(255) not null,
    assistant_id   varchar(255) not null,
    assistant_name varchar(255),
    last_position  bigint       not null,
    primary key (centre, assistant_id)
);

-- The caseload stream of each assistant: the families they work with now (the cap of uwr art. 15 ust. 4).
create table case_caseload (
    assistant_id  varchar(255) not null,
    case_id       varchar(64)  not null,
    active        boolean      not null,
    last_position bigint       not null,
    primary key (assistant_id, case_id)
);

do
$$
begin
    if '${application_role}' <> '' then
        execute format('grant select, insert, update, delete, truncate on case_summary, case_member, case_timeline, '
                       'case_plan_version, case_plan_action, case_plan_action_state, case_plan_consultation, '
                       'case_foster_placement, case_support_item, case_assistant, case_caseload to %I',
                       '${application_role}');
    end if;
end;
$$;
