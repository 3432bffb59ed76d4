package dev.modelops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-authentication encoding of DSSE v1, and envelopes to and from JSON. */
class DsseTest {

    @TempDir
    Path folder;

    @Test
    void paeIsTheSpecificationsExample() {
        byte[] pae = Dsse.pae("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(pae, StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }

    @Test
    void paeCountsBytesNotCharacters() {
        byte[] pae = Dsse.pae("t", "é".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(pae, StandardCharsets.UTF_8)).isEqualTo("DSSEv1 1 t 2 é");
    }

    @Test
    void anEnvelopeSurvivesItsJson() throws Exception {
        SigningKey key = SigningKey.read(TestKeys.ed25519(folder, "signing").privateKey());
        Dsse envelope = Dsse.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, "{}".getBytes(StandardCharsets.UTF_8), key);

        Dsse read = Dsse.fromJson(new ObjectMapper().readTree(envelope.toJson().toString()), "envelope.json");

        assertThat(read.payloadType()).isEqualTo(Dsse.IN_TOTO_PAYLOAD_TYPE);
        assertThat(read.payload()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(read.signatures()).singleElement().satisfies(s -> {
            assertThat(s.keyId()).isEqualTo(key.keyId());
            assertThat(key.publicKey().verifies(Dsse.pae(read.payloadType(), read.payload()), s.sig())).isTrue();
        });
        assertThat(envelope.toJson().fieldNames()).toIterable().containsExactly("payloadType", "payload", "signatures");
    }

    @Test
    void anEnvelopeWithoutSignaturesIsRefusedNamingTheField() throws Exception {
        String json = "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[]}";

        assertThatThrownBy(() -> Dsse.fromJson(new ObjectMapper().readTree(json), "a.json"))
                .isInstanceOf(AttestationException.class)
                .hasMessage("a.json is not a signed DSSE envelope: /signatures is empty; expected at least one "
                        + "{keyid, sig}");
    }

    @Test
    void aPayloadThatIsNotBase64IsRefusedNamingThePointer() throws Exception {
        String json = "{\"payloadType\":\"x\",\"payload\":\"not base64!\",\"signatures\":[{\"sig\":\"AA==\"}]}";

        assertThatThrownBy(() -> Dsse.fromJson(new ObjectMapper().readTree(json), "a.json"))
                .isInstanceOf(AttestationException.class)
                .hasMessageStartingWith("a.json has text at /payload that is not Base64");
    }
}
