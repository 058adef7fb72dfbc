# syntax=docker/dockerfile:1
# The portal image: built from source with the Maven wrapper, run from a JRE as an unprivileged user.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# The Maven repository lives in a BuildKit cache, so rebuilding after a code change downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -Pproduction -DskipTests package \
 && cp ui/target/asysta.jar /asysta.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 asysta \
 && useradd --system --uid 10001 --gid asysta --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin asysta
WORKDIR /app
# Owned by root and read-only for the user that runs it.
COPY --from=build --chmod=0444 /asysta.jar /app/asysta.jar
USER 10001:10001
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/asysta.jar"]
