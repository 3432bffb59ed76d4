package dev.modelops.mojo;

import java.util.List;

/**
 * What {@code modelops:inventory} says when a project's published results cannot be had: which project, which
 * artifact was looked for, every repository tried (the local one first), what the resolver answered, and what was
 * expected. Kept apart from the resolver so that the wording is tested without a repository.
 */
final class ResolutionMessages {

    private ResolutionMessages() {
    }

    /**
     * @param projectExists whether the project's POM could be resolved: then the project exists but published no
     *     results; otherwise the coordinates themselves are unknown to the repositories
     */
    static String notResolved(ProjectCoordinates project, boolean projectExists, String localRepository,
            List<String> remoteRepositories, String resolverMessage) {
        StringBuilder message = new StringBuilder();
        if (projectExists) {
            message.append(project).append(" published no results: ").append(project.resultsArtifact())
                    .append(" is not in the repositories tried, although the project's POM is");
        } else {
            message.append(project).append(" is not in the repositories tried: neither its POM nor its results (")
                    .append(project.resultsArtifact()).append(") could be resolved");
        }
        repositoriesAndCause(message, localRepository, remoteRepositories, resolverMessage);
        message.append("\n  Expected: ").append(projectExists
                ? "the project deployed by a build running modelops:check with modelops.attach true (the default), "
                        + "which attaches results.json as type json, classifier modelops-results"
                : "the coordinates groupId:artifactId:version of a deployed project (check for a typo or a version "
                        + "not deployed), and its repository listed in <repositories> of this project");
        return message.toString();
    }

    /** The BOM named by {@code modelops.inventory.bom} could not be read. */
    static String bomNotResolved(ProjectCoordinates bom, String localRepository, List<String> remoteRepositories,
            String resolverMessage) {
        StringBuilder message = new StringBuilder("the BOM ").append(bom)
                .append(" (modelops.inventory.bom) cannot be read from the repositories tried");
        repositoriesAndCause(message, localRepository, remoteRepositories, resolverMessage);
        message.append("\n  Expected: the coordinates groupId:artifactId:version of a deployed POM whose "
                + "dependencyManagement lists the projects to inventory");
        return message.toString();
    }

    private static void repositoriesAndCause(StringBuilder message, String localRepository,
            List<String> remoteRepositories, String resolverMessage) {
        message.append("\n  Repositories tried: the local repository ").append(localRepository);
        if (remoteRepositories.isEmpty()) {
            message.append(" (no remote repository is configured)");
        }
        for (String repository : remoteRepositories) {
            message.append(", ").append(repository);
        }
        if (resolverMessage != null && !resolverMessage.isBlank()) {
            message.append("\n  The resolver said: ").append(firstLine(resolverMessage));
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
