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
ENTRYPOINT ["java", "-jar", "/app/tidtam.jar"]
