package dev.modelops.model;

/**
 * How an AI system is classified under the EU AI Act: {@code riskClass} prohibited, high-risk, limited, minimal or
 * out-of-scope; the Annex III point that makes it high-risk; the organisation's role (provider or deployer).
 */
public record EuAiActClassification(String riskClass, String annexIII, String role) {
}
