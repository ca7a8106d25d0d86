package de.netzwerke.governance.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements everybody sends through the application's datasource (Hibernate, Camunda's MyBatis,
 * JdbcTemplate): each {@code prepareStatement}, {@code prepareCall} and {@code createStatement} of a connection.
 * Benchmarks reset it before a request and read it after (no job executor running meanwhile).
 */
@TestConfiguration
public class StatementCounter {

    static final AtomicLong STATEMENTS = new AtomicLong();
    /** The same statements by their SQL (a list of parameters as one), to tell which of them grow with the data. */
    static final java.util.Map<String, AtomicLong> BY_SQL = new java.util.concurrent.ConcurrentHashMap<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && beanName.equals("dataSource")) {
                    return new Counting(ds);
                }
                return bean;
            }
        };
    }

    static long reset() {
        BY_SQL.clear();
        return STATEMENTS.getAndSet(0);
    }

    /** Each SQL statement sent since the last {@link #reset()}, with how often. */
    static java.util.Map<String, Long> bySql() {
        java.util.Map<String, Long> copy = new java.util.TreeMap<>();
        BY_SQL.forEach((sql, n) -> copy.put(sql, n.get()));
        return copy;
    }

    static long count() {
        return STATEMENTS.get();
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection c) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                            STATEMENTS.incrementAndGet();
                            String sql = args != null && args.length > 0 && args[0] instanceof String text
                                    ? text.replaceAll("\\s+", " ").replaceAll("\\?(\\s*,\\s*\\?)+", "?, …") : name;
                            BY_SQL.computeIfAbsent(sql, k -> new AtomicLong()).incrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
