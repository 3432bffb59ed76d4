package dev.modelops.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A DSSE envelope (Dead Simple Signing Envelope, v1): the payload's type, the payload in Base64 and its signatures,
 * each over the pre-authentication encoding {@link #pae} of type and payload, never over the JSON, so that no
 * re-encoding of the envelope can change what was signed.
 */
public record Dsse(String payloadType, byte[] payload, List<Signature> signatures) {

    /** The payload type of an in-toto statement. */
    public static final String IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

    /** One signature and the id of the key that made it. */
    public record Signature(String keyId, byte[] sig) {
    }

    public Dsse {
        payload = payload.clone();
        signatures = List.copyOf(signatures);
    }

    /** {@code PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body}, LEN the byte count in decimal. */
    public static byte[] pae(String payloadType, byte[] body) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(type.length + body.length + 32);
        out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(type);
        out.writeBytes((" " + body.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** The envelope of {@code payload} signed by {@code key}. */
    public static Dsse sign(String payloadType, byte[] payload, SigningKey key) {
        return new Dsse(payloadType, payload, List.of(new Signature(key.keyId(), key.sign(pae(payloadType, payload)))));
    }

    /** The envelope as JSON: {@code payloadType}, {@code payload}, {@code signatures: [{keyid, sig}]}. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("payloadType", payloadType);
        root.put("payload", Base64.getEncoder().encodeToString(payload));
        var array = root.putArray("signatures");
        for (Signature signature : signatures) {
            ObjectNode node = array.addObject();
            node.put("keyid", signature.keyId());
            node.put("sig", Base64.getEncoder().encodeToString(signature.sig()));
        }
        return root;
    }

    /**
     * The envelope in {@code json}.
     *
     * @param source the file it came from, for the messages
     * @throws AttestationException saying which field is missing or malformed, by JSON pointer
     */
    public static Dsse fromJson(JsonNode json, String source) throws AttestationException {
        if (json == null || !json.isObject()) {
            throw new AttestationException(source + " is not a DSSE envelope: expected a JSON object with payloadType, "
                    + "payload and signatures");
        }
        String type = text(json, "payloadType", source);
        byte[] payload = base64(text(json, "payload", source), "/payload", source);
        JsonNode array = json.get("signatures");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new AttestationException(source + " is not a signed DSSE envelope: /signatures is "
                    + (array == null ? "missing" : array.isArray() ? "empty" : "not an array")
                    + "; expected at least one {keyid, sig}");
        }
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String pointer = "/signatures/" + i;
            if (!entry.isObject() || !entry.path("sig").isTextual()) {
                throw new AttestationException(source + " has no signature text at " + pointer
                        + "/sig; expected the signature in Base64");
            }
            String keyId = entry.path("keyid").isTextual() ? entry.get("keyid").asText() : "";
            signatures.add(new Signature(keyId, base64(entry.get("sig").asText(), pointer + "/sig", source)));
        }
        return new Dsse(type, payload, signatures);
    }

    private static String text(JsonNode json, String field, String source) throws AttestationException {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new AttestationException(source + " is not a DSSE envelope: /" + field + " is "
                    + (value == null ? "missing" : "not a string") + "; expected a string");
        }
        return value.asText();
    }

    private static byte[] base64(String text, String pointer, String source) throws AttestationException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException urlSafe) {
                throw new AttestationException(source + " has text at " + pointer + " that is not Base64 ("
                        + e.getMessage() + ")");
            }
        }
    }
}
