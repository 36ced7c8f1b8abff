package vn.parindex.workflow;

import org.camunda.bpm.engine.RepositoryService;

/** Process definitions are taken from the deployment a year started with, so a year finishes under its own models. */
public final class Deployments {

    private Deployments() {
    }

    /** The id of the definition with this key deployed together with the given definition. */
    public static String sameDeployment(RepositoryService repository, String definitionId, String key) {
        String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(key)
                .singleResult().getId();
    }
}
