# Two stages: a JDK builds the jar, a JRE runs it.

# --- build --------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Wrapper and pom first: dependencies (and Maven itself) become a cached layer that
# only changes when pom.xml does.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
    && cp target/article-chat-*.jar target/app.jar

# --- run ----------------------------------------------------------------------
FROM eclipse-temurin:17-jre
WORKDIR /app

# A fixed non-root uid above the range the Ubuntu base already uses (it ships `ubuntu`
# as uid 1000). /app belongs to group 0 and is group-writable, so the container also
# runs under another uid with gid 0 (compose sets `user: <uid>:0` for bind mounts).
RUN useradd --system --uid 10001 --gid 0 --home-dir /app --no-create-home --shell /usr/sbin/nologin articlechat

# The in-process embedding models unpack DJL's native tokenizer into DJL_CACHE_DIR
# (default ~/.djl.ai) and onnxruntime into java.io.tmpdir (/tmp): both must be writable.
ENV DJL_CACHE_DIR=/app/.djl \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

COPY --from=build /workspace/target/app.jar /app/app.jar
# Defaults baked in; compose bind-mounts the host folders over them.
COPY knowledge/ /app/knowledge/
COPY prompts/ /app/prompts/

RUN mkdir -p /app/.djl \
    && chown -R 10001:0 /app \
    && chmod -R g=u /app

USER 10001:0
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/app.jar"]
