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
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/tidtam-*.jar /tidtam.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /app tidtam
WORKDIR /app
COPY --from=build /tidtam.jar /app/tidtam.jar
USER tidtam
EXPOSE 8080
# Measured with load/run.sh (docs/decisions/0018): G1 with compact object headers holds a session in about two thirds
# of ZGC's heap (ZGC keeps 8-byte references) and pauses a few milliseconds; 2 GB holds 1,000 sessions.
ENV JAVA_OPTS="-Xms1g -Xmx2g -XX:+UseG1GC -XX:+UseCompactObjectHeaders -XX:+UseStringDeduplication"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/tidtam.jar"]
