package de.netzwerke.governance.register;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Issue 15, start-up: Hibernate generates a proxy class (with ByteBuddy) for every entity while it starts, in case one
 * is ever referenced without being loaded. Only an entity that a lazy to-one association points to needs one (today
 * {@code Partner}, {@code Organisation} and {@code FieldOfAction}); the register's other entities are always loaded by
 * query. Generating proxies took about a third of Hibernate's boot in a profile of one start; this leaves them out for
 * the entities that do not need one.
 *
 * <p>The entities that keep their proxy are found in the mapping, not in a list: a new lazy association to another
 * entity gives that entity its proxy. An entity without a proxy that is referenced by id alone
 * ({@code getReference}) is loaded at once: correct, only not deferred. {@code governance.startup.proxy-every-entity=true}
 * gives every entity its proxy again.
 */
@Configuration(proxyBeanMethods = false)
class EntityProxies {

    @Bean
    static HibernatePropertiesCustomizer proxiesOnlyForLazyTargets(Environment environment) {
        boolean everyEntity = environment.getProperty("governance.startup.proxy-every-entity", Boolean.class, false);
        return properties -> {
            if (!everyEntity) {
                properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(new OnlyForLazyTargets()));
            }
        };
    }

    /** Runs before Hibernate builds its runtime model from the mapping, where it decides which entities get a proxy. */
    static final class OnlyForLazyTargets implements Integrator {

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
            Set<String> targets = lazyTargets(metadata);
            for (PersistentClass entity : metadata.getEntityBindings()) {
                if (!targets.contains(entity.getEntityName())) {
                    entity.setLazy(false);
                }
            }
        }

        @Override
        public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
            // nothing to undo
        }

        /** The entities some lazy to-one association points to, also from within embedded values. */
        static Set<String> lazyTargets(Metadata metadata) {
            Set<String> targets = new HashSet<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                for (Property property : entity.getPropertyClosure()) {
                    collect(property.getValue(), targets);
                }
            }
            return targets;
        }

        private static void collect(Value value, Set<String> targets) {
            if (value instanceof ToOne toOne && toOne.isLazy()) {
                targets.add(toOne.getReferencedEntityName());
            } else if (value instanceof Component component) {
                for (Property property : component.getProperties()) {
                    collect(property.getValue(), targets);
                }
            }
        }
    }
}
