package de.netzwerke.governance.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hardens the process engine in every profile: {@link OperatorOnlyCommands} in front of every command.
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final boolean apiDeployments;

    public EngineHardeningPlugin(@Value("${governance.security.api-deployments:true}") boolean apiDeployments) {
        this.apiDeployments = apiDeployments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // one interceptor per chain: an interceptor knows its successor
        configuration.setCustomPreCommandInterceptorsTxRequired(withFirst(
                configuration.getCustomPreCommandInterceptorsTxRequired(), () -> interceptor(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFirst(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), () -> interceptor(configuration)));
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
