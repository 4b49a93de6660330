package th.go.bangkok.tidtam.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.stereotype.Component;

/**
 * A transaction takes a connection from the pool only when it runs a statement, and sets nothing on it that it does
 * not need (issue #17, docs/decisions/0030). Measured on a page open before this: a read-only service call cost the
 * database five statements of its own around its query ({@code set autocommit=0}, {@code SET SESSION TRANSACTION READ
 * ONLY}, {@code COMMIT}, {@code READ WRITE}, {@code set autocommit=1}), and a call answered from a shared figure or
 * tree without any query still took a connection and toggled it four times: two thirds of all the statements the
 * database saw.
 * <ul>
 *   <li>The pool is wrapped in Spring's {@link LazyConnectionDataSourceProxy}: a transaction gets a stand-in that
 *       takes a real connection (and applies the transaction's auto-commit) at its first statement; one that ran none
 *       gives nothing back because it took nothing. Every bean sees the wrapper (JPA, JDBC readers, Liquibase,
 *       ShedLock), so they still share the transaction's one connection; the pool itself stays reachable through
 *       {@code unwrap(HikariDataSource.class)} for metrics and health.</li>
 *   <li>Read-only transactions stay read-only in Hibernate (no dirty checks, no flush) but no longer mark the
 *       connection read-only in the database ({@link HibernateJpaVendorAdapter#setPrepareConnection}); the portal
 *       sets no isolation level of its own, which that switch would also ignore.</li>
 * </ul>
 */
@Component
class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HibernateJpaVendorAdapter jpa) {
            jpa.setPrepareConnection(false);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            return new LazyConnectionDataSourceProxy(pool);
        }
        return bean;
    }
}
