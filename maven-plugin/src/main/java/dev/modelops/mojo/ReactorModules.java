package dev.modelops.mojo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * The modules of the current build that a reporting module depends on, directly or through other modules of the
 * build, in the manner of JaCoCo's {@code report-aggregate}: each declared dependency of the reporting module is
 * looked up among the build's projects by group, artifact and version (a version range matches a module whose
 * version it contains); a dependency found there is a module to aggregate, and its own declared dependencies are
 * followed in turn. A dependency that is not a module of the build (a library from a repository) is not followed:
 * it wrote no report in this build. Because the reporting module depends on every module it aggregates, Maven
 * builds those first, also with {@code -T}, so their {@code results.json} is complete when this runs.
 */
final class ReactorModules {

    private ReactorModules() {
    }

    /**
     * The modules of {@code reactor} that {@code project} depends on, transitively, without {@code project}
     * itself, sorted by {@code groupId:artifactId}.
     */
    static List<MavenProject> dependedOn(MavenProject project, List<MavenProject> reactor) {
        Map<String, MavenProject> found = new LinkedHashMap<>();
        Deque<MavenProject> toFollow = new ArrayDeque<>();
        toFollow.add(project);
        while (!toFollow.isEmpty()) {
            MavenProject current = toFollow.removeFirst();
            for (Dependency dependency : current.getDependencies()) {
                MavenProject module = find(dependency, reactor);
                if (module != null && module != project && found.putIfAbsent(key(module), module) == null) {
                    toFollow.add(module);
                }
            }
        }
        List<MavenProject> modules = new ArrayList<>(found.values());
        modules.sort(Comparator.comparing(ReactorModules::key));
        return modules;
    }

    /** {@code groupId:artifactId:version}: how a module is named in the aggregate. */
    static String coordinates(MavenProject module) {
        return module.getGroupId() + ":" + module.getArtifactId() + ":" + module.getVersion();
    }

    private static String key(MavenProject module) {
        return module.getGroupId() + ":" + module.getArtifactId();
    }

    private static MavenProject find(Dependency dependency, List<MavenProject> reactor) {
        for (MavenProject module : reactor) {
            if (module.getGroupId().equals(dependency.getGroupId())
                    && module.getArtifactId().equals(dependency.getArtifactId())
                    && versionMatches(dependency.getVersion(), module.getVersion())) {
                return module;
            }
        }
        return null;
    }

    private static boolean versionMatches(String wanted, String version) {
        if (wanted == null || wanted.equals(version)) {
            return true;
        }
        if (!wanted.startsWith("[") && !wanted.startsWith("(")) {
            return false;
        }
        try {
            return VersionRange.createFromVersionSpec(wanted).containsVersion(new DefaultArtifactVersion(version));
        } catch (InvalidVersionSpecificationException e) {
            return false;
        }
    }
}
