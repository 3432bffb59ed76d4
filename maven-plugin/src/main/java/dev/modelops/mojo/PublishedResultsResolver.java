package dev.modelops.mojo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Finds the published results of projects in the repositories of the current project, with Maven Resolver: a
 * project's {@code results.json} is its artifact of type {@code json}, classifier {@code modelops-results}; the
 * projects a BOM lists are its {@code dependencyManagement} entries, as Maven reads them (properties, parents and
 * imported BOMs resolved).
 */
final class PublishedResultsResolver {

    /** The results file of a project, or why there is none. */
    record Resolution(ProjectCoordinates project, Path file, String failure) {
    }

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    PublishedResultsResolver(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    Resolution resolve(ProjectCoordinates project) {
        Artifact results = new DefaultArtifact(project.groupId(), project.artifactId(),
                ReportAttachments.RESULTS_CLASSIFIER, ReportAttachments.TYPE, project.version());
        try {
            Path file = system.resolveArtifact(session, new ArtifactRequest(results, repositories, null))
                    .getArtifact().getFile().toPath();
            return new Resolution(project, file, null);
        } catch (ArtifactResolutionException e) {
            return new Resolution(project, null, ResolutionMessages.notResolved(project, pomExists(project),
                    localRepository(), repositoryNames(), e.getMessage()));
        }
    }

    /**
     * The projects the BOM {@code bom} manages, sorted, each once.
     *
     * @throws IllegalArgumentException with a user-facing message when the BOM cannot be read
     */
    List<ProjectCoordinates> managedBy(ProjectCoordinates bom) {
        Artifact pom = new DefaultArtifact(bom.groupId(), bom.artifactId(), "pom", bom.version());
        ArtifactDescriptorResult descriptor;
        try {
            descriptor = system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(pom, repositories, null));
        } catch (ArtifactDescriptorException e) {
            throw new IllegalArgumentException(ResolutionMessages.bomNotResolved(bom, localRepository(),
                    repositoryNames(), e.getMessage()));
        }
        if (!descriptor.getExceptions().isEmpty()) {
            throw new IllegalArgumentException(ResolutionMessages.bomNotResolved(bom, localRepository(),
                    repositoryNames(), descriptor.getExceptions().get(0).getMessage()));
        }
        TreeSet<ProjectCoordinates> projects = new TreeSet<>();
        for (Dependency managed : descriptor.getManagedDependencies()) {
            Artifact artifact = managed.getArtifact();
            projects.add(new ProjectCoordinates(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion()));
        }
        return new ArrayList<>(projects);
    }

    private boolean pomExists(ProjectCoordinates project) {
        Artifact pom = new DefaultArtifact(project.groupId(), project.artifactId(), "pom", project.version());
        try {
            system.resolveArtifact(session, new ArtifactRequest(pom, repositories, null));
            return true;
        } catch (ArtifactResolutionException e) {
            return false;
        }
    }

    private String localRepository() {
        return session.getLocalRepository().getBasedir().toString();
    }

    private List<String> repositoryNames() {
        return repositories.stream().map(repository -> repository.getId() + " (" + repository.getUrl() + ")").toList();
    }
}
