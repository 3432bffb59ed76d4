package dev.modelops.mojo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Resolves the single "as of" instant of a run: the {@code modelops.asOf} parameter if given, else the
 * project's {@code project.build.outputTimestamp} (ISO-8601 or seconds since the epoch, as Maven accepts it),
 * else none, in which case the caller uses the build's start time and says that the reports are not
 * reproducible.
 */
final class AsOfInstant {

    private AsOfInstant() {
    }

    /**
     * The instant of {@code modelops.asOf} if set, else of {@code project.build.outputTimestamp}, else none.
     *
     * @throws MojoFailureException naming the parameter when a value set is not a timestamp
     */
    static Optional<Instant> resolve(String asOf, String outputTimestamp) throws MojoFailureException {
        try {
            Optional<Instant> fromParameter = parse(asOf, "modelops.asOf");
            return fromParameter.isPresent() ? fromParameter
                    : parse(outputTimestamp, "project.build.outputTimestamp");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /**
     * @param parameterName the name to show in a message about {@code text}
     * @return the instant, or empty when {@code text} is blank
     * @throws IllegalArgumentException with a user-facing message when {@code text} is not a timestamp
     */
    static Optional<Instant> parse(String text, String parameterName) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.length() == 1) {
            // Maven's convention: a one-character outputTimestamp switches reproducible builds off.
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(parameterName + " is '" + value
                        + "', expected an ISO-8601 instant such as 2026-11-20T00:00:00Z or seconds since the epoch");
            }
        }
    }
}
