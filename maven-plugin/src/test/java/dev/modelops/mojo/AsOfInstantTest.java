package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfInstantTest {

    @Test
    void readsAnIsoInstant() {
        assertThat(AsOfInstant.parse("2026-11-20T00:00:00Z", "p")).contains(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void readsAnOffsetAsMavenWritesIt() {
        assertThat(AsOfInstant.parse("2026-11-20T02:00:00+02:00", "p")).contains(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void readsSecondsSinceTheEpochAsMavenAllows() {
        assertThat(AsOfInstant.parse("1763596800", "p")).contains(Instant.ofEpochSecond(1763596800L));
    }

    @Test
    void blankMeansNotSet() {
        assertThat(AsOfInstant.parse(" ", "p")).isEmpty();
        assertThat(AsOfInstant.parse(null, "p")).isEmpty();
    }

    @Test
    void aTypoIsAClearErrorNamingTheParameter() {
        assertThatThrownBy(() -> AsOfInstant.parse("20-11-2026", "modelops.asOf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modelops.asOf is '20-11-2026', expected an ISO-8601 instant such as "
                        + "2026-11-20T00:00:00Z or seconds since the epoch");
    }
}
