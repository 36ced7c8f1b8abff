package vn.parindex.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ (processes and their embedded forms) under stable resource names such as
 * {@code AppraisalCycle.bpmn}, so that {@code java -jar} and {@code spring-boot:run} on one database share
 * one deployment; a new deployment is made only when a file changed.
 */
@Component
class BpmnDeployer extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(BpmnDeployer.class);
    private static final String FOLDER = "/bpmn/";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("par-index").source("bpmn").enableDuplicateFiltering(false);
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                deployment.addInputStream(url.substring(url.lastIndexOf(FOLDER) + FOLDER.length()), resource.getInputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bpmn/ from the classpath", e);
        }
        log.info("Deploying bpmn/: {}", deployment.getResourceNames());
        deployment.deploy();
    }
}
