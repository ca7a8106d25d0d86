package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.metamodel.MappingMetamodel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.netzwerke.governance.testsupport.GovernanceSpringTest;

@GovernanceSpringTest
@DisplayName("Issue 15: Hibernate generates proxies only for the entities a lazy association points to")
class EntityProxiesTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @DisplayName("Partner, Organisation and FieldOfAction keep their proxy (found in the mapping); Body, Office and the "
            + "others have none")
    void proxiesOnlyForLazyTargets() {
        MappingMetamodel model = entityManagerFactory.unwrap(SessionFactory.class).unwrap(
                org.hibernate.engine.spi.SessionFactoryImplementor.class).getMappingMetamodel();
        Set<String> withProxy = new java.util.TreeSet<>();
        model.forEachEntityDescriptor(entity -> {
            if (entity.getRepresentationStrategy().getProxyFactory() != null) {
                withProxy.add(entity.getMappedClass().getSimpleName());
            }
        });
        assertThat(withProxy).containsExactlyInAnyOrder("Partner", "Organisation", "FieldOfAction");
        assertThat(model.getEntityDescriptor(Body.class).getRepresentationStrategy().getProxyFactory()).isNull();
    }

    @Test
    @DisplayName("a lazy association still defers its load, and an entity without a proxy referenced by id is loaded")
    void lazyLoadingStillWorks() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            String name = "Proxy-Probe " + System.nanoTime();
            Organisation organisation = new Organisation(Network.MIGRATION_SCHWERIN, name);
            em.persist(organisation);
            Partner partner = new Partner(Network.MIGRATION_SCHWERIN, "Petra Probe", "petra.probe@example.org",
                    organisation, LocalDate.of(2026, 1, 1));
            em.persist(partner);
            Body body = new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE, "Arbeitstisch " + name, name, null,
                    LocalDate.of(2026, 1, 1));
            em.persist(body);
            em.flush();
            em.clear();

            Partner loaded = em.find(Partner.class, partner.getId());
            assertThat(Hibernate.isInitialized(loaded.getOrganisation())).as("the partner's organisation before it is used")
                    .isFalse();
            assertThat(loaded.getOrganisation().getName()).isEqualTo(name);

            Body referenced = em.getReference(Body.class, body.getId());
            assertThat(Hibernate.isInitialized(referenced)).as("a body referenced by id: loaded, there is no proxy").isTrue();
            assertThat(referenced.getName()).isEqualTo("Arbeitstisch " + name);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }
}
