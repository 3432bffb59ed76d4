package dev.modelops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic model folders in the plugin's native input formats (model.yaml, an evaluation JSON, an
 * evaluation CSV and lineage.yaml), for benchmarks and load tests.
 *
 * <p>The models are varied on purpose: every risk tier, status and model type appears, optional fields are
 * sometimes missing, some metrics breach their thresholds, some validators are also developers, some approvals
 * are old, and some vendor models have no contract id, so that rules fail on a realistic share of models.
 * Required fields (id, name, version; metric and value; lineage ids and edge ends) are always present, and
 * every {@code lineageRef} and edge end resolves, so that every generated file is valid input.
 *
 * <p>Output is a pure function of {@code count} and {@code seed}: one {@link Random} is drawn from in model
 * order, so the first models are the same whatever the count. Plain string building, no YAML library: about
 * a millisecond per model.
 */
public final class SyntheticModels {

    /** The header of every generated evaluation CSV, in the order of the README. */
    public static final String CSV_HEADER =
            "metric,value,slice,ci_lower,ci_upper,ci_level,threshold_min,threshold_max,dataset,date";

    private static final String[] TIERS = {"low", "medium", "medium", "high", "high", "critical"};
    private static final String[] STATUSES = {"development", "validation", "production", "production", "production",
        "retired"};
    private static final String[] TYPES = {"classifier", "classifier", "regression", "ranking", "llm"};
    private static final String[] FIRST_NAMES = {"Dana", "Marcus", "Sofia", "Priya", "Henrik", "Elena", "Tomas",
        "Aisha", "Jonathan", "Claire", "Rebecca", "Kenji", "Laura", "Samuel", "Nadia", "Oliver", "Ingrid", "Rahul",
        "Fatima", "Lukas"};
    private static final String[] LAST_NAMES = {"Whitfield", "Oyelaran", "Lindqvist", "Raman", "Vos", "Marchetti",
        "Ferreira", "Karimi", "Achebe", "Dubois", "Holm", "Watanabe", "Mendez", "Okafor", "Petrova", "Brennan",
        "Nakamura", "Novak", "Haddad", "Schultz"};
    private static final String[] DOMAINS = {"Retail Credit Risk", "Customer Analytics", "Treasury Analytics",
        "Financial Crime Analytics", "Wholesale Credit Risk", "Customer Operations", "Pricing Analytics",
        "Collections Strategy"};
    private static final String[] SUBJECTS = {"default probability", "customer attrition", "transaction fraud",
        "collections roll rate", "deposit balance runoff", "prepayment speed", "next best offer", "complaint routing",
        "mule account detection", "limit utilisation"};
    private static final String[] SLICE_FEATURES = {"region", "age_band", "segment", "channel", "language"};
    private static final String[][] SLICE_VALUES = {
        {"north", "south", "east", "west"},
        {"18-25", "26-40", "41-60", "61+"},
        {"mass-retail", "affluent", "small-business"},
        {"branch", "mobile", "web", "broker"},
        {"en", "de", "fr", "es"}};
    private static final String[] PII = {"none", "pseudonymized", "personal", "sensitive"};
    private static final String[] FREQUENCIES = {"P7D", "P30D", "P30D", "P90D", "P180D"};

    /** No generated date is later than this: the day before the sample project's "as of" instant. */
    private static final LocalDate LATEST_DATE = LocalDate.of(2026, 11, 19);

    private SyntheticModels() {
    }

    /**
     * Writes {@code count} model folders {@code model-0001/}, {@code model-0002/} ... under
     * {@code modelsDirectory} (created if needed), deterministically from {@code seed}.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(Path modelsDirectory, int count, long seed) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(modelsDirectory);
            for (int i = 1; i <= count; i++) {
                String id = String.format(Locale.ROOT, "model-%04d", i);
                Path folder = modelsDirectory.resolve(id);
                Files.createDirectories(folder.resolve("evaluations"));
                new ModelWriter(id, i, random).writeTo(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write synthetic models under " + modelsDirectory, e);
        }
    }

    /** One synthetic model: all random choices are drawn in the constructor's order, then the files are written. */
    private static final class ModelWriter {
        private final String id;
        private final int number;
        private final Random random;
        private final String tier;
        private final String status;
        private final String type;
        private final String subject;
        private final String domain;
        private final String[] metrics;
        private final boolean[] higherIsBetter;
        private final List<String> datasetIds = new ArrayList<>();
        private final String trainingId;
        private final String testId;
        /** The validation split, or null for models with only three lineage datasets. */
        private final String validationId;
        private final LocalDate evaluationDate;

        ModelWriter(String id, int number, Random random) {
            this.id = id;
            this.number = number;
            this.random = random;
            this.tier = pick(TIERS);
            this.status = pick(STATUSES);
            this.type = pick(TYPES);
            this.subject = pick(SUBJECTS);
            this.domain = pick(DOMAINS);
            switch (type) {
                case "regression" -> {
                    metrics = new String[] {"rmse", "mae", "r2", "mape"};
                    higherIsBetter = new boolean[] {false, false, true, false};
                }
                case "ranking" -> {
                    metrics = new String[] {"ndcg_at_10", "map", "recall_at_10", "coverage"};
                    higherIsBetter = new boolean[] {true, true, true, true};
                }
                case "llm" -> {
                    metrics = new String[] {"rouge_l", "factual_consistency_rate", "hallucination_rate",
                        "toxicity_rate"};
                    higherIsBetter = new boolean[] {true, true, false, false};
                }
                default -> {
                    metrics = new String[] {"auc", "precision", "recall", "brier", "psi"};
                    higherIsBetter = new boolean[] {true, true, true, false, false};
                }
            }
            // 3 to 6 datasets: at least one source, then the training, (validation,) and test splits.
            int datasetCount = 3 + random.nextInt(4);
            int splits = datasetCount == 3 ? 2 : 3;
            for (int d = 1; d <= datasetCount - splits; d++) {
                datasetIds.add(id + "-source-" + d);
            }
            trainingId = id + "-train";
            validationId = splits == 3 ? id + "-validation" : null;
            testId = id + "-test";
            datasetIds.add(trainingId);
            if (validationId != null) {
                datasetIds.add(validationId);
            }
            datasetIds.add(testId);
            evaluationDate = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(660));
        }

        void writeTo(Path folder) throws IOException {
            write(folder.resolve("model.yaml"), modelYaml());
            write(folder.resolve("evaluations").resolve("holdout.json"), evaluationJson());
            write(folder.resolve("evaluations").resolve("slices.csv"), evaluationCsv());
            write(folder.resolve("lineage.yaml"), lineageYaml());
        }

        private CharSequence modelYaml() {
            StringBuilder y = new StringBuilder(2048);
            String name = capitalize(subject) + " " + type + " " + number;
            y.append("id: ").append(id).append('\n');
            y.append("name: ").append(q(name)).append('\n');
            y.append("version: ").append(q((1 + random.nextInt(4)) + "." + random.nextInt(10) + "." + random.nextInt(5)))
                    .append('\n');
            y.append("type: ").append(type).append('\n');
            y.append("task: ").append(task()).append('\n');
            if (chance(90)) {
                y.append("description: ").append(q("Estimates " + subject + " for " + domain
                        + ". Synthetic model generated for benchmarking.")).append('\n');
            }
            y.append("license: ").append(type.equals("llm") ? "vendor-proprietary" : "proprietary").append('\n');
            if (chance(95)) {
                y.append("riskTier: ").append(tier).append('\n');
            }
            y.append("status: ").append(status).append('\n');

            String owner = person();
            String developer = person();
            String validator = chance(8) ? developer : person();
            String approver = person();
            y.append("people:\n");
            if (chance(92)) {
                personLine(y, owner, "owner");
            }
            personLine(y, developer, "developer");
            if (chance(50)) {
                personLine(y, person(), "developer");
            }
            if (chance(85)) {
                personLine(y, validator, "validator");
            }
            if (chance(75)) {
                personLine(y, approver, "approver");
            }

            if (chance(88)) {
                y.append("intendedUse: ").append(q("Support " + domain + " decisions on " + subject
                        + "; outputs are reviewed by a human before action.")).append('\n');
            }
            list(y, "outOfScopeUses", chance(85), "Automated decisions without human review",
                    "Use outside " + domain);
            list(y, "limitations", chance(85), "Not validated on data before 2020",
                    "Performance degrades for thin-history customers");
            list(y, "ethicalConsiderations", chance(80), "Protected attributes excluded as inputs",
                    "Fairness reviewed by slice");

            y.append("datasets:\n");
            y.append("  - {name: ").append(q("Training sample")).append(", role: training, lineageRef: ")
                    .append(trainingId).append("}\n");
            if (validationId != null && chance(90)) {
                y.append("  - {name: ").append(q("Validation sample")).append(", role: validation, lineageRef: ")
                        .append(validationId).append("}\n");
            }
            if (chance(80)) {
                y.append("  - {name: ").append(q("Test sample")).append(", role: test, lineageRef: ")
                        .append(testId).append("}\n");
            }

            y.append("artifact: {path: ").append(q("artifacts/" + id + ".onnx"));
            if (chance(90)) {
                y.append(", sha256: ").append(hex64());
            }
            y.append(", format: onnx}\n");

            int approvals = random.nextInt(3);
            y.append("approvals:");
            if (approvals == 0) {
                y.append(" []");
            }
            y.append('\n');
            for (int a = 0; a < approvals; a++) {
                boolean byValidator = a == 0;
                LocalDate date = min(evaluationDate.plusDays(7 + random.nextInt(60)), LATEST_DATE);
                String decision = chance(85) ? "approved" : (chance(50) ? "conditional" : "rejected");
                y.append("  - {by: ").append(q(byValidator ? validator : approver))
                        .append(", role: ").append(byValidator ? "validator" : "approver")
                        .append(", date: ").append(date)
                        .append(", decision: ").append(decision)
                        .append(", comment: ").append(q("Reviewed evaluation of " + evaluationDate + "."))
                        .append("}\n");
            }

            if (chance(85)) {
                y.append("monitoring:\n");
                y.append("  frequency: ").append(pick(FREQUENCIES)).append('\n');
                y.append("  metrics: [").append(metrics[0]).append(", ").append(metrics[metrics.length - 1])
                        .append("]\n");
                y.append("  owner: ").append(q(owner)).append('\n');
                y.append("  description: ").append(q("Periodic review of " + metrics[0] + " and drift.")).append('\n');
            }

            y.append("extensions:");
            boolean inventory = chance(85);
            boolean vendor = type.equals("llm") || chance(10);
            if (!inventory && !vendor) {
                y.append(" {}");
            }
            y.append('\n');
            if (inventory) {
                y.append("  inventoryNumber: ").append(q(String.format(Locale.ROOT, "MRM-%d-%04d",
                        2018 + random.nextInt(9), number % 10000))).append('\n');
            }
            if (vendor) {
                y.append("  vendor:\n");
                y.append("    name: ").append(q("Vendor " + (char) ('A' + random.nextInt(6)) + " Ltd.")).append('\n');
                y.append("    modelVersion: ").append(q(evaluationDate.minusDays(90).toString())).append('\n');
                if (chance(80)) {
                    y.append("    contractId: ").append(q(String.format(Locale.ROOT, "VND-%d-%04d",
                            2023 + random.nextInt(4), random.nextInt(10000)))).append('\n');
                }
            }
            return y;
        }

        private CharSequence evaluationJson() {
            StringBuilder j = new StringBuilder(2048);
            j.append("{\n  \"dataset\": \"").append(testId).append("\",\n");
            j.append("  \"date\": \"").append(evaluationDate).append("\",\n");
            j.append("  \"results\": [\n");
            int results = 5 + random.nextInt(6);
            for (int r = 0; r < results; r++) {
                int m = r < metrics.length ? r : random.nextInt(metrics.length);
                Measure measure = measure(m);
                j.append("    {\"metric\": \"").append(metrics[m]).append("\", \"value\": ").append(num(measure.value));
                if (r >= metrics.length || chance(30)) {
                    int feature = random.nextInt(SLICE_FEATURES.length);
                    j.append(", \"slice\": {\"").append(SLICE_FEATURES[feature]).append("\": \"")
                            .append(pick(SLICE_VALUES[feature])).append("\"}");
                }
                if (chance(85)) {
                    j.append(", \"threshold\": {\"").append(higherIsBetter[m] ? "min" : "max").append("\": ")
                            .append(num(measure.threshold)).append('}');
                }
                if (chance(60)) {
                    j.append(", \"confidenceInterval\": {\"lower\": ").append(num(measure.lower))
                            .append(", \"upper\": ").append(num(measure.upper)).append(", \"level\": 0.95}");
                }
                if (validationId != null && chance(35)) {
                    j.append(", \"dataset\": \"").append(validationId).append('"');
                } else if (chance(5)) {
                    j.append(", \"dataset\": \"").append(trainingId).append('"');
                }
                j.append('}').append(r < results - 1 ? ",\n" : "\n");
            }
            j.append("  ]\n}\n");
            return j;
        }

        private CharSequence evaluationCsv() {
            StringBuilder c = new StringBuilder(1024);
            c.append(CSV_HEADER).append('\n');
            int rows = 5 + random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                int m = random.nextInt(metrics.length);
                Measure measure = measure(m);
                int feature = random.nextInt(SLICE_FEATURES.length);
                c.append(metrics[m]).append(',').append(num(measure.value)).append(',');
                c.append(SLICE_FEATURES[feature]).append('=').append(pick(SLICE_VALUES[feature]));
                if (chance(20)) {
                    int other = (feature + 1 + random.nextInt(SLICE_FEATURES.length - 1)) % SLICE_FEATURES.length;
                    c.append(';').append(SLICE_FEATURES[other]).append('=').append(pick(SLICE_VALUES[other]));
                }
                c.append(',');
                if (chance(50)) {
                    c.append(num(measure.lower)).append(',').append(num(measure.upper)).append(",0.95,");
                } else {
                    c.append(",,,");
                }
                if (chance(85)) {
                    c.append(higherIsBetter[m] ? num(measure.threshold) + "," : "," + num(measure.threshold));
                } else {
                    c.append(',');
                }
                c.append(',').append(testId).append(',').append(evaluationDate).append('\n');
            }
            return c;
        }

        private CharSequence lineageYaml() {
            StringBuilder y = new StringBuilder(2048);
            String prepareJob = id + "-prepare";
            String trainJob = id + "-train-run";
            y.append("datasets:\n");
            for (String dataset : datasetIds) {
                boolean split = !dataset.contains("-source-");
                y.append("  - id: ").append(dataset).append('\n');
                y.append("    name: ").append(q(split
                        ? capitalize(subject) + " " + dataset.substring(id.length() + 1) + " split"
                        : "Source table " + dataset)).append('\n');
                y.append("    source: ").append(q(split
                        ? "s3://example-bank-model-dev/" + id + "/" + dataset + ".parquet"
                        : "jdbc:postgresql://lake.example.com:5432/dwh?table=" + dataset.replace('-', '_')))
                        .append('\n');
                if (chance(90)) {
                    y.append("    owner: ").append(q(domain)).append('\n');
                }
                if (chance(90)) {
                    y.append("    license: internal\n");
                }
                if (chance(92)) {
                    y.append("    pii: ").append(split ? "pseudonymized" : pick(PII)).append('\n');
                }
                y.append("    version: ").append(q(evaluationDate.minusDays(30 + random.nextInt(300)).toString()))
                        .append('\n');
                if (chance(85)) {
                    y.append("    sha256: ").append(hex64()).append('\n');
                }
            }
            y.append("jobs:\n");
            job(y, prepareJob, "Prepare features and split", "transform");
            job(y, trainJob, "Train " + id, "training");
            y.append("edges:\n");
            for (String dataset : datasetIds) {
                if (dataset.contains("-source-")) {
                    edge(y, dataset, prepareJob);
                }
            }
            for (String dataset : datasetIds) {
                if (!dataset.contains("-source-")) {
                    edge(y, prepareJob, dataset);
                }
            }
            edge(y, trainingId, trainJob);
            if (validationId != null) {
                edge(y, validationId, trainJob);
            }
            edge(y, trainJob, "model-artifact");
            return y;
        }

        private void job(StringBuilder y, String jobId, String name, String jobType) {
            y.append("  - {id: ").append(jobId).append(", name: ").append(q(name)).append(", type: ").append(jobType)
                    .append(", runId: ").append(q("run-" + (1000 + random.nextInt(9000))))
                    .append(", owner: ").append(q(person()))
                    .append(", codeRef: ").append(q("git+https://git.example.com/models/" + id + ".git@"
                            + hex64().substring(0, 7)))
                    .append("}\n");
        }

        private static void edge(StringBuilder y, String from, String to) {
            y.append("  - {from: ").append(from).append(", to: ").append(to).append("}\n");
        }

        /** A metric value near a plausible threshold; about one in forty breaches it. */
        private Measure measure(int m) {
            String metric = metrics[m];
            double threshold = switch (metric) {
                case "auc" -> 0.70;
                case "precision", "recall", "recall_at_10" -> 0.55;
                case "brier" -> 0.08;
                case "psi" -> 0.10;
                case "rmse" -> 1200.0;
                case "mae" -> 800.0;
                case "r2" -> 0.60;
                case "mape" -> 0.15;
                case "ndcg_at_10", "map" -> 0.45;
                case "coverage" -> 0.80;
                case "rouge_l" -> 0.35;
                case "factual_consistency_rate" -> 0.95;
                case "hallucination_rate" -> 0.02;
                case "toxicity_rate" -> 0.005;
                default -> 0.5;
            };
            double scale = threshold * 0.15;
            double margin = (random.nextInt(40) == 0 ? -1 : 1) * (0.05 + random.nextDouble()) * scale;
            double value = higherIsBetter[m] ? threshold + margin : threshold - margin;
            if (metric.endsWith("_rate") || metric.equals("psi") || metric.equals("brier")) {
                value = Math.max(0, value);
            }
            if (threshold <= 1.0) {
                // Rates, scores and probabilities stay below 1, so their interval stays inside [0, 1].
                value = Math.min(value, 0.999);
            }
            double halfWidth = scale * (0.1 + 0.3 * random.nextDouble());
            double upper = threshold <= 1.0 ? Math.min(1.0, value + halfWidth) : value + halfWidth;
            return new Measure(value, threshold, Math.max(0, value - halfWidth), upper);
        }

        private String task() {
            return switch (type) {
                case "regression" -> "regression";
                case "ranking" -> "ranking";
                case "llm" -> "summarization";
                default -> "binary-classification";
            };
        }

        private String person() {
            return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
        }

        private void personLine(StringBuilder y, String name, String role) {
            y.append("  - {name: ").append(q(name)).append(", email: ")
                    .append(q(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com")).append(", role: ")
                    .append(role)
                    .append(", organization: ").append(q(domain)).append("}\n");
        }

        private static void list(StringBuilder y, String key, boolean present, String... items) {
            y.append(key).append(':');
            if (!present) {
                y.append(" []\n");
                return;
            }
            y.append('\n');
            for (String item : items) {
                y.append("  - ").append(q(item)).append('\n');
            }
        }

        private String hex64() {
            StringBuilder hex = new StringBuilder(64);
            for (int k = 0; k < 4; k++) {
                String part = Long.toHexString(random.nextLong());
                hex.append("0".repeat(16 - part.length())).append(part);
            }
            return hex.toString();
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private record Measure(double value, double threshold, double lower, double upper) {
    }

    private static void write(Path file, CharSequence content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A double-quoted YAML (and JSON) string: safe for any text, including "yes", "1.0", "a: b" and "#". */
    static String q(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Four decimals, always with a dot, whatever the default locale: the text of
     * {@code String.format(Locale.ROOT, "%.4f", value)} (up to rounding of exact half-way cases), without its cost.
     */
    static String num(double value) {
        long scaled = Math.round(Math.abs(value) * 10_000);
        String fraction = Long.toString(scaled % 10_000);
        StringBuilder text = new StringBuilder(16);
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        return text.append(scaled / 10_000).append('.').append("0000", fraction.length(), 4).append(fraction)
                .toString();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
