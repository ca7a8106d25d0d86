package de.netzwerke.governance.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the capabilities' {@link VariableContract}s in front of the engine, runs a person's step again when
 * it lost a race ({@link ConflictRetryInterceptor}) and keeps personal data out of its history
 * ({@link PersonalDataHistoryLevel}).
 */
@Component
public class ProcessGuardPlugin extends AbstractProcessEnginePlugin {

    private final List<VariableContract> contracts;

    public ProcessGuardPlugin(List<VariableContract> contracts) {
        this.contracts = contracts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // in front of the transaction, so that a step that lost a race runs again in a fresh one
        List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        pre.add(new ConflictRetryInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
        configuration.setFailedJobCommandFactory(new ConflictAwareFailedJobCommandFactory());
        add(configuration.getCustomPostCommandInterceptorsTxRequired(), configuration::setCustomPostCommandInterceptorsTxRequired);
        add(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), configuration::setCustomPostCommandInterceptorsTxRequiresNew);
        Set<String> personal = new HashSet<>();
        contracts.forEach(c -> personal.addAll(c.personalVariables()));
        PersonalDataHistoryLevel level = new PersonalDataHistoryLevel(personal);
        // the engine picks the last level whose name matches "full": ours, listed after Camunda's own
        List<org.camunda.bpm.engine.impl.history.HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(level);
        configuration.setCustomHistoryLevels(custom);
        configuration.setHistoryLevel(level);
    }

    private void add(List<CommandInterceptor> existing, java.util.function.Consumer<List<CommandInterceptor>> setter) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(new VariableContractInterceptor(contracts));
        setter.accept(interceptors);
    }
}
