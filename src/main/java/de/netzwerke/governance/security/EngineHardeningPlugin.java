package de.netzwerke.governance.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Hardens the process engine in every profile: {@link OperatorOnlyCommands} in front of every command,
 * and expressions in diagrams reach only the delegate and listener beans ({@link ExpressionBeans}).
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final boolean apiDeployments;

    public EngineHardeningPlugin(ApplicationContext applicationContext,
                                 @Value("${governance.security.api-deployments:true}") boolean apiDeployments) {
        this.applicationContext = applicationContext;
        this.apiDeployments = apiDeployments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // one interceptor per chain: an interceptor knows its successor
        configuration.setCustomPreCommandInterceptorsTxRequired(withFirst(
                configuration.getCustomPreCommandInterceptorsTxRequired(), () -> interceptor(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFirst(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), () -> interceptor(configuration)));

        ExpressionBeans beans = new ExpressionBeans(applicationContext);
        configuration.setBeans(beans);
        // the starter created its expression manager with every bean of the application context
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));
    }

    private CommandInterceptor interceptor(ProcessEngineConfigurationImpl configuration) {
        return new OperatorOnlyCommands(configuration, apiDeployments);
    }

    private static List<CommandInterceptor> withFirst(List<CommandInterceptor> existing, Supplier<CommandInterceptor> first) {
        List<CommandInterceptor> chain = new ArrayList<>();
        chain.add(first.get());
        if (existing != null) {
            chain.addAll(existing);
        }
        return chain;
    }
}
