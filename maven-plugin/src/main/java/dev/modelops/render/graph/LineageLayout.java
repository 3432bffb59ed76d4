package dev.modelops.render.graph;

import dev.modelops.model.GovernedModel;
import dev.modelops.render.Formats;
import dev.modelops.render.XmlText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.impl.ElkGraphPackageImpl;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a model's lineage graph with the Eclipse Layout Kernel's layered algorithm, left to right along the
 * flow of data (raw sources, derived datasets and features, jobs and runs, the model artifact), and reads the
 * result back into a {@link LineageGraph}.
 *
 * <p>Each box is sized from its text ({@link TextFit}); each lineage edge leaves its source through a port on
 * the right side and enters its target through a port on the left, and is routed orthogonally. A lineage with a
 * cycle is laid out too: the layered algorithm turns the edge that closes the cycle around, and that arrow
 * then runs right to left.
 *
 * <p>The same lineage always gives the same picture: the nodes and edges go in in the order of the lineage files,
 * the layout's random seed is fixed, and the algorithm is asked to keep the input order where it can. ELK is set
 * up once per JVM ({@link Engine}); each layout then builds its own graph and takes its own instance of the
 * layered algorithm from ELK's pool, so cards can be laid out on several threads at once.
 */
public final class LineageLayout {

    static final double MIN_NODE_WIDTH = 96;
    /**
     * A name takes at most {@value #LABEL_LINES} lines of {@value #LABEL_CHARACTERS} characters (about 120
     * pixels), the tag and the detail line at most {@value #TAG_CHARACTERS} and {@value #SUB_LABEL_CHARACTERS}
     * characters: boxes stay narrow, so that a lineage of eight steps fits the width of a card on screen.
     */
    static final int LABEL_CHARACTERS = 18;
    static final int LABEL_LINES = 3;
    static final int TAG_CHARACTERS = 22;
    static final int SUB_LABEL_CHARACTERS = 20;
    static final double TAG_SIZE = 9;
    static final double LABEL_SIZE = 11;
    static final double SUB_LABEL_SIZE = 9.5;
    /** The distance from one baseline to the next, by the line that follows; the tag's from the box's top. */
    private static final double TAG_LINE = 14;
    private static final double LABEL_LINE = 14;
    private static final double SUB_LABEL_LINE = 14;
    private static final double TEXT_BOTTOM = 8;
    private static final double TEXT_PADDING = 8;
    private static final double GRAPH_PADDING = 8;
    /**
     * The width of the graph's frame on a card with the shipped style sheet (90rem of 15px, less 2rem of
     * padding each side and the frame's border). A graph up to a sixth wider is drawn a little smaller to fit it;
     * a wider one keeps {@value #MIN_SCALE} of its size, so that its text stays readable, and scrolls.
     */
    static final double CARD_WIDTH = 1288;
    static final double MIN_SCALE = 0.85;

    private LineageLayout() {
    }

    /** The laid-out lineage graph of {@code model}, or {@link LineageGraph#NONE} when there is nothing to draw. */
    public static LineageGraph of(GovernedModel model) {
        LineageNodes graph = LineageNodes.of(model);
        if (graph.isEmpty()) {
            return LineageGraph.NONE;
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        ElkNode root = root();
        for (LineageNodes.Vertex vertex : graph.vertices()) {
            Box box = new Box(vertex);
            box.node = ElkGraphUtil.createNode(root);
            box.node.setIdentifier("n" + boxes.size());
            box.node.setDimensions(box.width, box.height);
            box.node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            boxes.put(vertex.id(), box);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (LineageNodes.Link link : graph.links()) {
            ElkPort out = port(boxes.get(link.from()).node, PortSide.EAST);
            ElkPort in = port(boxes.get(link.to()).node, PortSide.WEST);
            elkEdges.add(ElkGraphUtil.createSimpleEdge(out, in));
        }
        Engine.layout(root);

        // The legend goes above the graph, where it is seen first even when a large graph scrolls; it wraps at
        // the graph's width, or the card's when the graph is narrower.
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        boxes.values().forEach(box -> kinds.add(box.vertex.kind()));
        double graphWidth = Math.ceil(root.getWidth());
        Legend legend = Legend.of(kinds, GRAPH_PADDING, Math.max(graphWidth, CARD_WIDTH) - 2 * GRAPH_PADDING);
        double graphTop = legend.bottom();
        List<LineageGraph.Node> nodes = new ArrayList<>();
        for (Box box : boxes.values()) {
            nodes.add(box.drawn(graphTop));
        }
        List<LineageGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < elkEdges.size(); i++) {
            LineageNodes.Link link = graph.links().get(i);
            edges.add(EdgeLine.of(link.from(), link.to(), route(elkEdges.get(i), graphTop)));
        }
        double width = Math.max(graphWidth, legend.width() + 2 * GRAPH_PADDING);
        double height = graphTop + Math.ceil(root.getHeight());
        double scale = Math.max(MIN_SCALE, Math.min(1, CARD_WIDTH / width));
        return new LineageGraph(
                SvgNumber.of(Math.floor(width * scale)),
                SvgNumber.of(Math.floor(height * scale)),
                "0 0 " + SvgNumber.of(width) + " " + SvgNumber.of(height),
                "Lineage graph of " + XmlText.clean(model.id()),
                description(graph),
                caption(graph),
                nodes,
                edges,
                legend.entries());
    }

    private static ElkNode root() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(GRAPH_PADDING));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 28.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // In a cycle, the edge turned around is the one that leads back to where a walk from the sources came
        // from, so the data still reads from its raw sources onwards.
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
        return root;
    }

    private static ElkPort port(ElkNode node, PortSide side) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(0, 0);
        port.setProperty(CoreOptions.PORT_SIDE, side);
        return port;
    }

    /** The points of an edge as ELK routed it, moved {@code down} (below the legend). */
    private static List<double[]> route(ElkEdge elkEdge, double down) {
        ElkEdgeSection section = elkEdge.getSections().get(0);
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {section.getStartX(), section.getStartY() + down});
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new double[] {bend.getX(), bend.getY() + down});
        }
        points.add(new double[] {section.getEndX(), section.getEndY() + down});
        return points;
    }

    private static String description(LineageNodes graph) {
        long datasets = graph.count(NodeKind.RAW_SOURCE) + graph.count(NodeKind.DERIVED_DATASET);
        long jobs = graph.count(NodeKind.JOB) + graph.count(NodeKind.EVALUATION);
        long undescribed = graph.count(NodeKind.NOT_DESCRIBED);
        boolean artifact = graph.count(NodeKind.MODEL_ARTIFACT) > 0;
        return Formats.count(datasets, "dataset", "datasets")
                + " (" + Formats.count(graph.count(NodeKind.RAW_SOURCE), "raw source", "raw sources") + "), "
                + Formats.count(jobs, "job", "jobs")
                + (undescribed > 0 ? ", " + Formats.count(undescribed, "id not described", "ids not described") : "")
                + (artifact ? " and the model artifact" : "")
                + ", joined by " + Formats.count(graph.links().size(), "arrow", "arrows")
                + ". Data flows from left to right: from the raw sources through the datasets and jobs derived from"
                + " them to the model artifact. The tables below list every dataset, job and edge.";
    }

    private static String caption(LineageNodes graph) {
        StringBuilder caption = new StringBuilder("Where this model\u2019s data came from, left to right: each arrow"
                + " leads from a dataset to the job that read it, or from a job to what it wrote."
                + " On screen, pointing at a box shows its full name and details.");
        if (graph.count(NodeKind.MODEL_ARTIFACT) == 0) {
            caption.append(" No edge of the lineage leads to the model artifact.");
        }
        if (graph.count(NodeKind.NOT_DESCRIBED) > 0) {
            caption.append(" Dashed boxes are ids that edges name but the lineage does not describe.");
        }
        return caption.toString();
    }

    /** One box while it is laid out: its text fitted, its size, then its place once ELK has run. */
    private static final class Box {
        private final LineageNodes.Vertex vertex;
        private final String tag;
        private final List<String> label;
        private final String subLabel;
        private final double width;
        private final double height;
        /** How far the text starts below the top: lower in a cylinder, under its rim. */
        private final double top;
        private ElkNode node;

        Box(LineageNodes.Vertex vertex) {
            this.vertex = vertex;
            this.tag = TextFit.shorten(vertex.tag(), TAG_CHARACTERS);
            this.label = TextFit.wrap(vertex.label(), LABEL_CHARACTERS, LABEL_LINES);
            this.subLabel = TextFit.shortenMiddle(vertex.subLabel(), SUB_LABEL_CHARACTERS);
            double text = Math.max(TextFit.width(tag, TAG_SIZE, false), TextFit.width(subLabel, SUB_LABEL_SIZE, false));
            for (String line : label) {
                text = Math.max(text, TextFit.width(line, LABEL_SIZE, true));
            }
            double padding = TEXT_PADDING + (vertex.kind() == NodeKind.EVALUATION ? NodeShape.BAR_INSET : 0);
            this.width = Math.max(MIN_NODE_WIDTH, Math.ceil(text + 2 * padding));
            this.top = vertex.kind() == NodeKind.RAW_SOURCE ? NodeShape.RIM + 2 : 0;
            double lines = TAG_LINE + LABEL_LINE * label.size() + (subLabel.isEmpty() ? 0 : SUB_LABEL_LINE);
            this.height = top + lines + TEXT_BOTTOM + (vertex.kind() == NodeKind.RAW_SOURCE ? NodeShape.RIM / 2 : 0);
        }

        /** The box where ELK placed it, moved {@code down} (below the legend). */
        LineageGraph.Node drawn(double down) {
            double x = node.getX();
            double y = node.getY() + down;
            NodeKind kind = vertex.kind();
            NodeShape shape = NodeShape.of(kind, x, y, width, height);
            String centre = SvgNumber.of(x + width / 2);
            List<LineageGraph.Text> lines = new ArrayList<>();
            double baseline = y + top + TAG_LINE;
            lines.add(new LineageGraph.Text(centre, SvgNumber.of(baseline), tag, SvgNumber.of(TAG_SIZE), "normal",
                    kind.tagColour()));
            for (String line : label) {
                baseline += LABEL_LINE;
                lines.add(new LineageGraph.Text(centre, SvgNumber.of(baseline), line, SvgNumber.of(LABEL_SIZE), "bold",
                        kind.textColour()));
            }
            if (!subLabel.isEmpty()) {
                baseline += SUB_LABEL_LINE;
                lines.add(new LineageGraph.Text(centre, SvgNumber.of(baseline), subLabel, SvgNumber.of(SUB_LABEL_SIZE),
                        "normal", kind.tagColour()));
            }
            return new LineageGraph.Node(vertex.id(), kind, SvgNumber.of(x), SvgNumber.of(y), SvgNumber.of(width),
                    SvgNumber.of(height), shape.outline(), shape.accent(), kind.fill(), kind.stroke(),
                    NodeShape.accentColour(kind), shape.strokeWidth(), shape.dash(), lines, vertex.detail());
        }
    }

    /**
     * ELK, set up once per JVM when the first graph is laid out (the JVM runs this class's initialiser once, on one
     * thread). The layered algorithm's meta data provider is registered here explicitly: there is no OSGi to do
     * it, and ELK's own lookup (a {@code META-INF/services} file) is lost when the jars are repackaged; registering
     * it again over what that lookup found only replaces it with an equal one. The EMF package of ELK's graph model is initialised here too, as its first initialisation
     * touches EMF's global package registry, which is not safe to do from several threads at once. The engine
     * keeps no state between layouts; the algorithm instances come from a synchronised pool.
     */
    private static final class Engine {
        private static final RecursiveGraphLayoutEngine ENGINE;

        static {
            ElkGraphPackageImpl.init();
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            ENGINE = new RecursiveGraphLayoutEngine();
        }

        static void layout(ElkNode root) {
            ENGINE.layout(root, new BasicProgressMonitor());
        }
    }
}
