package th.go.bangkok.tidtam.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} (environment SPRING_DATASOURCE_URL) the application runs its own
 * MariaDB; with one, this configuration stays off and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    /** Marks the embedded mode for other beans (the demo data loader). */
    public record EmbeddedDatabase(String jdbcUrl, String dataDir) {
    }

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(@Value("${tidtam.embedded-db.dir}") String dir,
                                    @Value("${tidtam.embedded-db.ephemeral:false}") boolean ephemeral,
                                    @Value("${tidtam.embedded-db.buffer-pool:512M}") String bufferPool) {
        return EmbeddedMariaDb.acquire(dir, ephemeral, bufferPool);
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedMariaDb server) {
        return new EmbeddedDatabase(server.jdbcUrl(), server.dataDir().toString());
    }

    /** The pool's settings are the same as with an external server: {@code spring.datasource.hikari.*}. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb server) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(server.credentials().user());
        ds.setPassword(server.credentials().password());
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
