package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourcePrefixTest {

    @Test
    void aModuleIsItsFolderFromTheSourceRootWithForwardSlashesAndATrailingSlash() {
        assertThat(SourcePrefix.of(new File("/repo"), Path.of("/repo/sample-project/credit-risk")))
                .isEqualTo("sample-project/credit-risk/");
    }

    @Test
    void theRootProjectAProjectElsewhereAndNoRootHaveNoPrefix() {
        assertThat(SourcePrefix.of(new File("/repo"), Path.of("/repo"))).isEmpty();
        assertThat(SourcePrefix.of(new File("/repo"), Path.of("/elsewhere/project"))).isEmpty();
        assertThat(SourcePrefix.of(null, Path.of("/repo/module"))).isEmpty();
        assertThat(SourcePrefix.of(new File("/repo/"), Path.of("/repo/./module/../module"))).isEqualTo("module/");
    }
}
