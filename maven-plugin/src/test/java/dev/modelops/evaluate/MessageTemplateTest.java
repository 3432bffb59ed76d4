package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.evaluate.MessageTemplate.Part;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void splitsLiteralsAndPlaceholders() {
        MessageTemplate.Parsed parsed = MessageTemplate.parse("Model {{ model.id }} lists {{size(model.people)}}.");

        assertThat(parsed.error()).isEmpty();
        assertThat(parsed.template().parts()).containsExactly(
                new Part("Model ", false, 0),
                new Part("model.id", true, 1),
                new Part(" lists ", false, 0),
                new Part("size(model.people)", true, 2),
                new Part(".", false, 0));
    }

    @Test
    void aMessageWithoutPlaceholdersIsOneLiteral() {
        assertThat(MessageTemplate.parse("No owner").template().parts()).containsExactly(new Part("No owner", false, 0));
    }

    @Test
    void placeholdersMayHoldMapLiteralsWhenTheClosingBracesAreSpaced() {
        MessageTemplate.Parsed parsed = MessageTemplate.parse("{{ {'a': {'b': 1} } }}");

        assertThat(parsed.template().parts()).containsExactly(new Part("{'a': {'b': 1} }", true, 1));
    }

    @Test
    void unclosedAndEmptyPlaceholdersAreReported() {
        assertThat(MessageTemplate.parse("Owner {{ model.id").error())
                .contains("placeholder 1 opened with {{ at character 7 is never closed with }}");
        assertThat(MessageTemplate.parse("{{ a }} and {{   }}").error())
                .contains("placeholder 2 at character 13 is empty");
    }
}
