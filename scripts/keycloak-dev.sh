#!/usr/bin/env bash
# Runs a local Keycloak for development with the Asysta realm imported from keycloak-realm/.
#
#   scripts/keycloak-dev.sh           start Keycloak in the background and wait until the realm answers
#   scripts/keycloak-dev.sh --fresh   the same, but first drop Keycloak's data so the realm is imported anew
#   scripts/keycloak-dev.sh stop      stop the Keycloak started by this script
#   scripts/keycloak-dev.sh status    tell whether it runs
#
# The distribution comes from Maven Central through the Maven wrapper, so it is cached in the local Maven
# repository like every other artifact. Everything else lives in .keycloak/ (git-ignored).
# Keycloak needs a JDK 21 or newer: point JAVA_HOME at one.
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=8180
REALM=asysta

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/.keycloak"
home="$work/keycloak-$KEYCLOAK_VERSION"
pid_file="$work/keycloak.pid"
log_file="$work/keycloak.log"
base_url="http://localhost:$KEYCLOAK_PORT"
discovery="$base_url/realms/$REALM/.well-known/openid-configuration"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

running() {
    [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

stop() {
    if running; then
        local pid
        pid="$(cat "$pid_file")"
        echo "Stopping Keycloak (pid $pid)"
        kill "$pid"
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "Keycloak did not stop within 60 s; killing it" >&2
            kill -9 "$pid"
        fi
    else
        echo "Keycloak is not running (no live pid in $pid_file)"
    fi
    rm -f "$pid_file"
}

java_cmd() {
    if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

check_java() {
    local version
    version="$("$(java_cmd)" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
    if [[ -z "$version" || "${version%%.*}" -lt 21 ]]; then
        echo "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer; found '${version:-none}'. Set JAVA_HOME." >&2
        exit 1
    fi
}

fetch() {
    if [[ -x "$home/bin/kc.sh" ]]; then
        return
    fi
    echo "Fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION through Maven (cached in the local repository)"
    mkdir -p "$work"
    (cd "$root" && ./mvnw -B -q -N dependency:unpack \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
        -DoutputDirectory="$work" \
        -Dmdep.overWriteReleases=true)
    [[ -x "$home/bin/kc.sh" ]] || { echo "Unpacking did not produce $home/bin/kc.sh" >&2; exit 1; }
}

start() {
    local fresh="$1"
    if running; then
        echo "Keycloak already runs (pid $(cat "$pid_file")); use '$0 stop' first."
        exit 0
    fi
    check_java
    fetch
    if [[ "$fresh" == true ]]; then
        echo "Dropping Keycloak's data for a fresh realm import"
        rm -rf "$home/data/h2"
    fi
    mkdir -p "$home/data/import"
    rm -f "$home/data/import/"*.json
    cp "$root/keycloak-realm/"*.json "$home/data/import/"

    echo "Starting Keycloak $KEYCLOAK_VERSION on $base_url (log: .keycloak/keycloak.log)"
    local started=$SECONDS
    (
        cd "$home"
        nohup bin/kc.sh start-dev \
            --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
            --hostname="$base_url" --import-realm \
            >"$log_file" 2>&1 &
        echo $! >"$pid_file"
    )

    local deadline=$((SECONDS + 240))
    until curl -fsS -o /dev/null "$discovery" 2>/dev/null; do
        if ! running; then
            echo "Keycloak exited during start-up; last lines of the log:" >&2
            tail -n 30 "$log_file" >&2
            exit 1
        fi
        if ((SECONDS > deadline)); then
            echo "Keycloak did not answer $discovery within 240 s; see $log_file" >&2
            exit 1
        fi
        sleep 1
    done

    echo "Keycloak is ready after $((SECONDS - started)) s: $discovery"
    echo "Admin console: $base_url/admin  (user '$KC_BOOTSTRAP_ADMIN_USERNAME', dev only)"
    echo "Test users and their passwords: keycloak-realm/README.md"
    echo
    echo "Start the portal against it:"
    echo "  SPRING_PROFILES_ACTIVE=oidc ./mvnw -pl ui -am spring-boot:run"
    echo "  (or: ./mvnw -pl ui -am spring-boot:run -Dspring-boot.run.profiles=oidc)"
    echo "Stop Keycloak: scripts/keycloak-dev.sh stop"
}

case "${1:-start}" in
    start) start false ;;
    --fresh | fresh) start true ;;
    stop) stop ;;
    status) if running; then echo "Keycloak runs (pid $(cat "$pid_file"))"; else echo "Keycloak is not running"; fi ;;
    *) echo "usage: $0 [start|--fresh|stop|status]" >&2; exit 2 ;;
esac
