#!/bin/bash
# Runs once, when the postgres container initialises an empty data directory.
# One PostgreSQL server, two databases, each owned by its own login role that is not a superuser:
# "asysta" for the portal and "keycloak" for Keycloak. Neither can read the other's data.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v asysta_password="$ASYSTA_DB_PASSWORD" \
    -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role asysta login password :'asysta_password';
create database asysta owner asysta encoding 'UTF8' template template0;
revoke all on database asysta from public;

create role keycloak login password :'keycloak_password';
create database keycloak owner keycloak encoding 'UTF8' template template0;
revoke all on database keycloak from public;
SQL
