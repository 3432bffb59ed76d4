package dev.modelops.bench;

import static dev.modelops.bench.SyntheticModels.num;
import static dev.modelops.bench.SyntheticModels.q;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic model folders that hold only a Hugging Face model card ({@code README.md}), the size and
 * shape of real ones: YAML front matter with tags, datasets, a base model, a widget and a {@code model-index} of one
 * to three results with two to four metrics each, then the Hub template's Markdown sections (uses, limitations, a
 * Python example, training hyper-parameters, a table of training results per epoch, evaluation, citation), 5 to 15 KB
 * per card. Each card carries a {@code modelops} block with the native fields a team adds (version, risk tier,
 * status, owner, developer, validator, artifact digest, approval, monitoring plan), so that most core rules pass.
 *
 * <p>Real cards are messy, and so are these: about one metric in ten is a percentage ({@code "91.23%"}), one in
 * twenty a value with its spread ({@code "0.9123 +/- 0.0041"}), and one in fifty {@code "n/a"} (a reading warning).
 * Output is a pure function of {@code count} and {@code seed}, as for {@link SyntheticModels}.
 */
public final class SyntheticHuggingFaceCards {

    private static final String[] TASKS = {"text-classification", "token-classification", "summarization",
        "text-classification", "tabular-classification"};
    private static final String[] BASE_MODELS = {"distilbert/distilbert-base-uncased", "google-bert/bert-base-cased",
        "FacebookAI/roberta-base", "microsoft/deberta-v3-base", "google/flan-t5-base", "facebook/bart-large-cnn"};
    private static final String[] LICENSES = {"apache-2.0", "mit", "other", "cc-by-4.0"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "nl"};
    private static final String[] SUBJECTS = {"complaint routing", "review sentiment", "transaction narrative tagging",
        "call summary", "fraud report triage", "adverse media screening", "chat intent", "document type"};
    private static final String[] FIRST_NAMES = {"Dana", "Marcus", "Sofia", "Priya", "Henrik", "Elena", "Tomas",
        "Aisha", "Jonathan", "Claire", "Kenji", "Laura", "Samuel", "Nadia"};
    private static final String[] LAST_NAMES = {"Whitfield", "Oyelaran", "Lindqvist", "Raman", "Vos", "Marchetti",
        "Ferreira", "Karimi", "Achebe", "Dubois", "Watanabe", "Mendez", "Okafor", "Petrova"};
    private static final String[] TEAMS = {"Customer Analytics", "Customer Operations", "Financial Crime Analytics",
        "Retail Credit Risk", "Digital Channels"};
    private static final String[] TIERS = {"low", "medium", "medium", "high"};
    private static final String[] STATUSES = {"development", "validation", "production", "production"};
    private static final String[] SENTENCES = {
        "The model was fine-tuned on examples labelled by two annotators, disagreements being settled by a third.",
        "Inputs longer than the context window are truncated from the end, which loses closing remarks.",
        "Scores are calibrated with temperature scaling on the validation split before thresholds are chosen.",
        "Predictions are reviewed weekly by the owning team, and a sample is relabelled to estimate drift.",
        "Classes with fewer than two hundred training examples are merged into an 'other' class.",
        "The tokenizer is the base model's, unchanged; domain terms are split into several word pieces.",
        "Performance was compared across channels (branch, web, mobile) and found within two points of accuracy.",
        "Personal data is masked before training with a named-entity recogniser and a list of account patterns.",
        "Training used mixed precision on a single GPU; a run takes about forty minutes.",
        "Evaluation data was drawn from the month after the training window, so that it is out of time."};

    private SyntheticHuggingFaceCards() {
    }

    /**
     * Writes {@code count} model folders {@code model-0001/} ... under {@code modelsDirectory}, each with one
     * {@code README.md}, deterministically from {@code seed}.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(Path modelsDirectory, int count, long seed) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(modelsDirectory);
            for (int i = 1; i <= count; i++) {
                String id = String.format(Locale.ROOT, "model-%04d", i);
                Path folder = Files.createDirectories(modelsDirectory.resolve(id));
                Files.writeString(folder.resolve("README.md"), new CardWriter(id, i, random).card(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write synthetic cards under " + modelsDirectory, e);
        }
    }

    /** One card: every random choice is drawn in order while the text is written. */
    private static final class CardWriter {
        private final String id;
        private final int number;
        private final Random random;
        private final String task;
        private final String subject;
        private final String team;
        private final String baseModel;
        private final String trainingDataset;
        private final String[] metrics;
        private final int targetSize;
        private final StringBuilder out = new StringBuilder(16 * 1024);

        CardWriter(String id, int number, Random random) {
            this.id = id;
            this.number = number;
            this.random = random;
            this.task = pick(TASKS);
            this.subject = pick(SUBJECTS);
            this.team = pick(TEAMS);
            this.baseModel = chance(75) ? pick(BASE_MODELS) : null;
            this.trainingDataset = "example-bank/" + subject.replace(' ', '-') + "-" + (2023 + random.nextInt(3));
            this.metrics = task.equals("summarization") ? new String[] {"rouge1", "rouge2", "rougeL", "gen_len"}
                    : new String[] {"accuracy", "f1", "precision", "recall"};
            this.targetSize = 5 * 1024 + random.nextInt(10 * 1024);
        }

        String card() {
            frontMatter();
            body();
            return out.toString();
        }

        private void frontMatter() {
            out.append("---\n");
            String language = pick(LANGUAGES);
            out.append("language:\n");
            out.append("- ").append(language).append('\n');
            if (chance(30) && !language.equals("en")) {
                out.append("- en\n");
            }
            out.append("license: ").append(pick(LICENSES)).append('\n');
            out.append("library_name: transformers\n");
            out.append("pipeline_tag: ").append(task).append('\n');
            out.append("tags:\n- generated_from_trainer\n- ").append(task).append("\n- ")
                    .append(subject.replace(' ', '-')).append('\n');
            out.append("datasets:\n- ").append(trainingDataset).append('\n');
            if (chance(30)) {
                out.append("- glue\n");
            }
            if (baseModel != null) {
                out.append("base_model: ").append(baseModel).append('\n');
            }
            out.append("metrics:\n");
            for (String metric : metrics) {
                out.append("- ").append(metric).append('\n');
            }
            if (chance(40)) {
                out.append("widget:\n");
                out.append("- text: ").append(q("I was charged twice for the same transfer, please refund")).append('\n');
                out.append("  example_title: Double charge\n");
                out.append("- text: ").append(q("Where can I see my card PIN in the app?")).append('\n');
            }
            modelIndex();
            modelops();
            out.append("---\n\n");
        }

        private void modelIndex() {
            out.append("model-index:\n- name: ").append(id).append("\n  results:\n");
            int results = 1 + random.nextInt(3);
            for (int r = 0; r < results; r++) {
                out.append("  - task:\n      type: ").append(task).append("\n      name: ")
                        .append(capitalize(task.replace('-', ' '))).append('\n');
                out.append("    dataset:\n");
                String split = r == 0 ? "test" : (r == 1 ? "validation" : "test");
                out.append("      name: ").append(q(capitalize(subject) + " " + (r == 2 ? "out of time" : split)))
                        .append('\n');
                out.append("      type: ").append(trainingDataset).append('\n');
                out.append("      config: default\n      split: ").append(split).append('\n');
                if (chance(50)) {
                    out.append("      args: default\n");
                }
                out.append("    metrics:\n");
                int count = 2 + random.nextInt(metrics.length - 1);
                for (int m = 0; m < count; m++) {
                    out.append("    - type: ").append(metrics[m]).append('\n');
                    out.append("      value: ").append(value(metrics[m])).append('\n');
                    out.append("      name: ").append(capitalize(metrics[m])).append('\n');
                    out.append("      verified: false\n");
                }
            }
        }

        private String value(String metric) {
            double value = metric.equals("gen_len") ? 40 + random.nextInt(80) : 0.72 + 0.25 * random.nextDouble();
            int kind = random.nextInt(100);
            if (kind < 2) {
                return q("n/a");
            }
            if (kind < 12 && !metric.equals("gen_len")) {
                return q(String.format(Locale.ROOT, "%.2f%%", value * 100));
            }
            if (kind < 17) {
                return num(value) + " +/- " + num(0.002 + 0.01 * random.nextDouble());
            }
            return num(value);
        }

        private void modelops() {
            String owner = person();
            String developer = person();
            String validator = person();
            String status = pick(STATUSES);
            LocalDate approved = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
            out.append("modelops:\n");
            out.append("  version: ").append(q((1 + random.nextInt(3)) + "." + random.nextInt(10) + "." + random.nextInt(5)))
                    .append('\n');
            out.append("  type: ").append(task.equals("summarization") ? "llm" : "classifier").append('\n');
            out.append("  riskTier: ").append(pick(TIERS)).append('\n');
            out.append("  status: ").append(status).append('\n');
            out.append("  people:\n");
            personLine(owner, "owner");
            personLine(developer, "developer");
            if (chance(90)) {
                personLine(validator, "validator");
            }
            out.append("  ethicalConsiderations:\n");
            out.append("    - ").append(q("Customer texts are pseudonymized before training; no protected attribute is an input."))
                    .append('\n');
            out.append("  artifact:\n");
            out.append("    path: ").append(q("artifacts/" + id + "/model.safetensors")).append('\n');
            if (chance(92)) {
                out.append("    sha256: ").append(hex64()).append('\n');
            }
            out.append("    format: safetensors\n");
            if (status.equals("production")) {
                out.append("  approvals:\n");
                out.append("    - {by: ").append(q(validator)).append(", role: validator, date: ").append(approved)
                        .append(", decision: approved}\n");
                out.append("  monitoring:\n");
                out.append("    frequency: P30D\n");
                out.append("    metrics: [").append(metrics[0]).append(", ").append(metrics[1]).append("]\n");
                out.append("    owner: ").append(q(owner)).append('\n');
            }
            out.append("  extensions:\n");
            out.append("    inventoryNumber: ").append(q(String.format(Locale.ROOT, "MRM-%d-%04d", 2020 + random.nextInt(7),
                    number % 10000))).append('\n');
        }

        private void body() {
            String title = capitalize(subject) + " model " + number;
            out.append("# ").append(title).append("\n\n");
            out.append("<!-- Provide a quick summary of what the model is/does. -->\n\n");
            out.append("This model is a fine-tuned version of ")
                    .append(baseModel == null ? "an in-house encoder" : "[" + baseModel + "](https://huggingface.co/"
                            + baseModel + ")")
                    .append(" on the ").append(trainingDataset).append(" dataset, for ").append(subject).append(".\n\n");

            out.append("## Model Details\n\n### Model Description\n\n");
            paragraph(3);
            out.append("- **Developed by:** ").append(team).append('\n');
            out.append("- **Model type:** ").append(task).append('\n');
            out.append("- **Language(s) (NLP):** en\n");
            out.append("- **Finetuned from model:** ").append(baseModel == null ? "[More Information Needed]" : baseModel)
                    .append("\n\n");

            out.append("## Uses\n\n<!-- Address questions around how the model is intended to be used. -->\n\n");
            out.append("### Direct Use\n\n");
            out.append("Supports ").append(team).append(" in ").append(subject)
                    .append("; every suggestion is confirmed by an agent before it takes effect.\n\n");
            out.append("### Downstream Use [optional]\n\n[More Information Needed]\n\n");
            out.append("### Out-of-Scope Use\n\n");
            out.append("Automated decisions about individual customers without human review; texts in languages the"
                    + " model was not trained on.\n\n");

            out.append("## Bias, Risks, and Limitations\n\n");
            paragraph(2);
            out.append("### Recommendations\n\n");
            paragraph(1);

            out.append("## How to Get Started with the Model\n\n```python\n");
            out.append("# Load the fine-tuned model and its tokenizer\n");
            out.append("from transformers import pipeline\n\n");
            out.append("classifier = pipeline(\"").append(task).append("\", model=\"example-bank/").append(id)
                    .append("\")\n");
            out.append("## Score one text\n");
            out.append("print(classifier(\"I was charged twice for the same transfer\"))\n```\n\n");

            out.append("## Training Details\n\n### Training Data\n\n");
            paragraph(2);
            out.append("### Training Procedure\n\n#### Training Hyperparameters\n\n");
            out.append("The following hyperparameters were used during training:\n");
            out.append("- learning_rate: ").append(random.nextInt(5) + 1).append("e-05\n");
            out.append("- train_batch_size: ").append(8 << random.nextInt(3)).append('\n');
            out.append("- eval_batch_size: 32\n- seed: 42\n");
            out.append("- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08\n");
            out.append("- lr_scheduler_type: linear\n- num_epochs: 10\n\n");

            out.append("### Training results\n\n");
            out.append("| Training Loss | Epoch | Step | Validation Loss | Accuracy | F1     |\n");
            out.append("|:-------------:|:-----:|:----:|:---------------:|:--------:|:------:|\n");
            int step = 0;
            int epoch = 1;
            // Rows until the card reaches its size, leaving room for the sections that follow.
            while (out.length() < targetSize - 1800 || epoch <= 3) {
                step += 500;
                out.append(String.format(Locale.ROOT, "| %.4f        | %-5d | %-4d | %.4f          | %.4f   | %.4f |\n",
                        0.9 / epoch + 0.05 * random.nextDouble(), epoch, step, 0.5 / epoch + 0.2 * random.nextDouble(),
                        0.7 + 0.25 * random.nextDouble(), 0.65 + 0.3 * random.nextDouble()));
                epoch++;
            }
            out.append('\n');

            out.append("## Evaluation\n\n### Testing Data, Factors & Metrics\n\n#### Testing Data\n\n");
            paragraph(1);
            out.append("#### Metrics\n\n").append(String.join(", ", metrics)).append(", macro-averaged over classes.\n\n");
            out.append("### Results\n\n");
            paragraph(1);

            out.append("## Environmental Impact\n\n");
            out.append("- **Hardware Type:** 1 x NVIDIA A10G\n- **Hours used:** ").append(1 + random.nextInt(6))
                    .append("\n- **Cloud Provider:** [More Information Needed]\n\n");

            out.append("## Citation\n\n**BibTeX:**\n\n```bibtex\n@misc{examplebank").append(number)
                    .append(",\n  title = {").append(title).append("},\n  author = {").append(team)
                    .append("},\n  year = {2026}\n}\n```\n\n");
            out.append("### Framework versions\n\n- Transformers 4.44.2\n- Pytorch 2.4.0\n- Datasets 2.21.0\n"
                    + "- Tokenizers 0.19.1\n\n");
            out.append("## Model Card Contact\n\n").append(team).append(" <models@example.com>\n");
        }

        private void paragraph(int sentences) {
            for (int s = 0; s < sentences + random.nextInt(3); s++) {
                if (s > 0) {
                    out.append(' ');
                }
                out.append(pick(SENTENCES));
            }
            out.append("\n\n");
        }

        private void personLine(String name, String role) {
            out.append("    - {name: ").append(q(name)).append(", email: ")
                    .append(q(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com"))
                    .append(", role: ").append(role).append(", organization: ").append(q(team)).append("}\n");
        }

        private String person() {
            return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
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

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
