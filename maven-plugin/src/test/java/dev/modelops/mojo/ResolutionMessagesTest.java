package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What modelops:inventory says when a project's published results cannot be had, and how it reads coordinates. */
class ResolutionMessagesTest {

    private static final ProjectCoordinates TEAM_X = new ProjectCoordinates("com.example.bank", "team-x", "1.0.0");

    @Test
    void anUnknownProjectIsNamedWithTheArtifactLookedForAndEveryRepositoryTried() {
        String message = ResolutionMessages.notResolved(TEAM_X, false, "/home/ci/.m2/repository",
                List.of("team-repo (file:/srv/repo)", "central (https://repo.maven.apache.org/maven2)"),
                "Could not find artifact com.example.bank:team-x:json:modelops-results:1.0.0 in team-repo\nmore");

        assertThat(message).isEqualTo("com.example.bank:team-x:1.0.0 is not in the repositories tried: neither its POM "
                + "nor its results (com.example.bank:team-x:json:modelops-results:1.0.0) could be resolved\n"
                + "  Repositories tried: the local repository /home/ci/.m2/repository, team-repo (file:/srv/repo), "
                + "central (https://repo.maven.apache.org/maven2)\n"
                + "  The resolver said: Could not find artifact com.example.bank:team-x:json:modelops-results:1.0.0 "
                + "in team-repo\n"
                + "  Expected: the coordinates groupId:artifactId:version of a deployed project (check for a typo or a "
                + "version not deployed), and its repository listed in <repositories> of this project");
    }

    @Test
    void aProjectThatPublishedNoResultsIsToldApartFromAnUnknownOne() {
        String message = ResolutionMessages.notResolved(TEAM_X, true, "/m2", List.of(), null);

        assertThat(message).startsWith("com.example.bank:team-x:1.0.0 published no results: "
                + "com.example.bank:team-x:json:modelops-results:1.0.0 is not in the repositories tried, although the "
                + "project's POM is\n  Repositories tried: the local repository /m2 (no remote repository is configured)");
        assertThat(message).endsWith("Expected: the project deployed by a build running modelops:check with "
                + "modelops.attach true (the default), which attaches results.json as type json, classifier "
                + "modelops-results");
    }

    @Test
    void coordinatesAreThreeNonBlankParts() {
        assertThat(ProjectCoordinates.parse(" com.example:models:2.0 ")).contains(
                new ProjectCoordinates("com.example", "models", "2.0"));
        assertThat(ProjectCoordinates.parse("com.example:models")).isEmpty();
        assertThat(ProjectCoordinates.parse("com.example:models:jar:2.0")).isEmpty();
        assertThat(ProjectCoordinates.parse("com.example::2.0")).isEmpty();
        assertThat(TEAM_X.resultsArtifact()).isEqualTo("com.example.bank:team-x:json:modelops-results:1.0.0");
    }
}
