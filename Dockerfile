# Build with the project's own wrapper, so the image builds exactly what CI tests.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY frontend frontend
COPY db db
# The production profile uses Vaadin's pre-compiled bundle: no Node, no npm.
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/tidtam-*.jar /tidtam.jar \
    && mkdir /probe && cd target/classes && cp --parents th/go/bangkok/tidtam/base/ops/HealthProbe.class /probe/

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /app tidtam
WORKDIR /app
COPY --from=build /tidtam.jar /app/tidtam.jar
COPY --from=build /probe /app/probe
USER tidtam
# 8080: the portal. 8081: health and metrics (management port, TIDTAM_MANAGEMENT_PORT), for the internal network only.
EXPOSE 8080 8081
# Healthy = ready (docs/decisions/0024): migrations done, demo data loaded, database reachable. The JRE image has no
# curl or wget: the probe is one class, run without the application's class path.
HEALTHCHECK --interval=15s --timeout=10s --start-period=180s --retries=3 \
    CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/app/probe", \
         "th.go.bangkok.tidtam.base.ops.HealthProbe"]
# Measured with load/run.sh (docs/decisions/0018): G1 with compact object headers holds a session in about two thirds
# of ZGC's heap (ZGC keeps 8-byte references); 2 GB holds 1,000 sessions. G1 aims at 20 ms pauses (0033): at its
# default aim its young collections grew to about 50 ms at the peak, and every click that met one waited for it.
ENV JAVA_OPTS="-Xms1g -Xmx2g -XX:+UseG1GC -XX:+UseCompactObjectHeaders -XX:+UseStringDeduplication -XX:MaxGCPauseMillis=20"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/tidtam.jar"]
