package pl.asysta.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start PostgreSQL and point the
 * data source at it. Spring Boot's own data source steps back because this one exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    HikariDataSource dataSource(EmbeddedDatabase embeddedDatabase) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("asysta-embedded");
        dataSource.setJdbcUrl(embeddedDatabase.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
