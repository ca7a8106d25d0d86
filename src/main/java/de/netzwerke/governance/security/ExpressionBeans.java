package de.netzwerke.governance.security;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The Spring beans that expressions in deployed diagrams may name: the delegates and listeners
 * ({@code ${registerProposalDelegate}}, {@code ${electionTaskAssignment}}), nothing else. Without this
 * restriction {@code ${environment}} or {@code ${dataSource}} in a deployed diagram would reach the
 * application's configuration and database credentials.
 * <p>
 * The names are read from the bean definitions and the beans fetched only when an expression asks for
 * them: the engine is built before the delegates, which depend on its services.
 * <p>
 * This closes the direct way, not every way: an expression can still call methods of {@code execution}.
 * Deploying a diagram stays an administrator's act, and profile {@code prod} allows no deployment through
 * the API at all ({@link OperatorOnlyCommands}).
 */
public class ExpressionBeans extends AbstractMap<Object, Object> {

    /** A bean of one of these types is a step or listener of a diagram. */
    static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);

    private final ListableBeanFactory beanFactory;
    private volatile Set<String> names;

    public ExpressionBeans(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** The bean names expressions can reach. */
    public Set<String> names() {
        if (names == null) {
            Set<String> found = new LinkedHashSet<>();
            for (Class<?> type : DELEGATE_TYPES) {
                // no eager initialisation: only the bean definitions are read
                found.addAll(List.of(beanFactory.getBeanNamesForType(type, true, false)));
            }
            names = Set.copyOf(found);
        }
        return names;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? beanFactory.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names().stream().map(n -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(n, get(n)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
