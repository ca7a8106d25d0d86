package de.netzwerke.governance.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * Issue 15, task lists at scale: Camunda checks a query's authorizations (with
 * {@code authorization-check-revokes: always}) by sub-queries of the form
 * {@code RES.ID_ IN (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE … AND A.RESOURCE_ID_ = RES.ID_)}.
 * The last condition ties each sub-query to the row, so the database runs them once per task the user may see:
 * on PostgreSQL one page of a filter with 10,000 open tasks cost about 0.4 s, growing with the tasks.
 * Without that condition the sub-query means exactly the same ({@code x IN (SELECT r … AND r = x)} is
 * {@code x IN (SELECT r …)}), but it no longer depends on the row: the database reads the user's authorizations
 * once per query and looks each task up in a hash.
 * <p>
 * MyBatis looks the engine's mapping files up through the thread's context class loader before the engine's own;
 * while the engine builds its SQL session factory, this configuration hands it Camunda's own file with only those
 * conditions taken out (in the six checks by user, group and everyone, grant and revoke). Checks of a single resource, which
 * name it as a parameter, keep theirs. Should a later Camunda version word the file differently, the engine
 * keeps Camunda's file unchanged and says so in the log; {@code UncorrelatedAuthorizationChecksTest} fails then.
 * <p>
 * The engine takes the mappings that {@link EngineMappingsInBackground} has read meanwhile, when they fit its
 * database, and reads them itself otherwise.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class UncorrelatedAuthorizationChecks {

    private static final Logger LOG = LoggerFactory.getLogger(UncorrelatedAuthorizationChecks.class);

    static final String AUTHORIZATION_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml";

    /** The row's id in a check's sub-query; the check of a single resource by parameter stays. */
    private static final Pattern CORRELATION = Pattern.compile(
            "AND\\s+A\\.RESOURCE_ID_ = "
                    + "<if test=\"permCheck\\.resourceIdQueryParam != null\">\\$\\{permCheck\\.resourceIdQueryParam}</if>"
                    + "<if test=\"permCheck\\.resourceId != null\">(#\\{permCheck\\.resourceId, jdbcType=VARCHAR})</if>\\)");

    /** User, group and everyone, each grant and revoke. */
    static final int CHECKS = 6;

    /** Replaces the starter's engine configuration (it steps back for any bean of this type); the same otherwise. */
    @Bean
    public ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> processEnginePlugins,
            ObjectProvider<EngineMappingsInBackground.Mappings> mappingsInBackground) {
        SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(
                new Engine(mappingsInBackground.getIfAvailable()));
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(processEnginePlugins));
        return configuration;
    }

    /**
     * Camunda's {@code Authorization.xml} without the row's id in the checks' sub-queries, or {@code null} when the
     * file does not have the {@link #CHECKS} places this change expects.
     */
    static String uncorrelated(String mapping) {
        Matcher m = CORRELATION.matcher(mapping);
        StringBuilder out = new StringBuilder();
        int found = 0;
        while (m.find()) {
            found++;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "<if test=\"permCheck.resourceId != null\">AND A.RESOURCE_ID_ = " + m.group(1) + "</if>)"));
        }
        m.appendTail(out);
        return found == CHECKS ? out.toString() : null;
    }

    /**
     * Runs {@code action} while the thread's context class loader serves the changed {@code Authorization.xml}
     * (MyBatis reads its mapping files through it), or with Camunda's file when it is worded differently.
     */
    static <T> T withChangedMapping(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader parent = previous != null ? previous : UncorrelatedAuthorizationChecks.class.getClassLoader();
        String mapping = read(parent);
        String changed = mapping == null ? null : uncorrelated(mapping);
        if (changed == null) {
            LOG.warn("Camunda's {} differs from what this application expects; authorization checks stay as Camunda "
                    + "writes them (correct, but slower with many tasks)", AUTHORIZATION_MAPPING);
            return action.get();
        }
        thread.setContextClassLoader(new MappingLoader(parent, changed.getBytes(StandardCharsets.UTF_8)));
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(AUTHORIZATION_MAPPING)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starter's engine configuration, building its SQL session factory with the changed mapping. */
    static class Engine extends SpringProcessEngineConfiguration {

        private final EngineMappingsInBackground.Mappings mappingsInBackground;

        Engine(EngineMappingsInBackground.Mappings mappingsInBackground) {
            this.mappingsInBackground = mappingsInBackground;
        }

        @Override
        protected void initSqlSessionFactory() {
            Configuration mappings = sqlSessionFactory != null || isUseSharedSqlSessionFactory || mappingsInBackground == null
                    ? null : mappingsInBackground.take(databaseType, databaseTablePrefix);
            if (mappings == null) {
                withChangedMapping(() -> {
                    super.initSqlSessionFactory();
                    return null;
                });
                return;
            }
            // what Camunda's initSqlSessionFactory sets around the parsing of the mapping files
            mappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
            mappings.setDefaultStatementTimeout(jdbcStatementTimeout);
            if (isJdbcBatchProcessing()) {
                mappings.setDefaultExecutorType(ExecutorType.BATCH);
            }
            sqlSessionFactory = new DefaultSqlSessionFactory(mappings);
        }
    }

    /** Serves the changed mapping, everything else from its parent. */
    private static final class MappingLoader extends ClassLoader {

        private final byte[] mapping;

        MappingLoader(ClassLoader parent, byte[] mapping) {
            super(parent);
            this.mapping = mapping;
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (AUTHORIZATION_MAPPING.equals(name) || ("/" + AUTHORIZATION_MAPPING).equals(name)) {
                return new ByteArrayInputStream(mapping);
            }
            return super.getResourceAsStream(name);
        }
    }
}
