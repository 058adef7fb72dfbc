-- Issue 7, access review: the auditor searches the access log by period, institution, person and case, and looks
-- for unusual patterns. The log already has a GIN index on the case ids and one on (actor, time); these make a
-- period and an institution cheap to find among millions of records, and tell quickly whether a person wrote
-- anything on a case's timeline (a task on it; see pl.asysta.accessreview.TaskLinks).
create index access_record_time_idx on access_record (recorded_at);
create index access_record_institution_idx on access_record (institution, recorded_at);
create index case_timeline_author_idx on case_timeline (author_id, case_id);
