package th.go.bangkok.tidtam.legacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.base.BatchState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code import_batch} and {@code import_batch_outcome}: a user's batch as every node sees it. A
 * warning's arguments keep their kind (text, whole number, decimal, message key) so it reads the same in either
 * language. See docs/decisions/0025-several-nodes.md.
 */
final class ImportBatchRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The columns' widths: a ZIP entry's path may be longer than any export's name. */
    private static final int MAX_NAME = 500;
    private static final int MAX_CODE = 20;

    private final JdbcTemplate jdbc;

    ImportBatchRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcomes of a batch its owner's next one replaces. */
    void forget(String previousId) {
        jdbc.update("DELETE FROM import_batch_outcome WHERE batch_id = ?", previousId);
    }

    void outcome(String id, int position, ImportOutcome outcome, long now) {
        jdbc.update("INSERT INTO import_batch_outcome (batch_id, position, file_name, project_code, result, warnings, "
                        + "reason) VALUES (?, ?, ?, ?, ?, ?, ?)", id, position, cut(outcome.fileName(), MAX_NAME),
                cut(outcome.projectCode(), MAX_CODE),
                outcome.result().name(), warnings(outcome.warnings()), outcome.reason());
        jdbc.update("UPDATE import_batch SET done = done + 1, updated_at = ? WHERE id = ?", now, id);
    }

    /** Whether the owner cancelled the batch, on any node. */
    boolean cancelRequested(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT cancel_requested FROM import_batch WHERE id = ?", Boolean.class, id));
    }

    void requestCancel(String id, long now) {
        jdbc.update("UPDATE import_batch SET cancel_requested = TRUE, updated_at = ? WHERE id = ? AND state = 'RUNNING'",
                now, id);
    }

    void end(String id, BatchState state, long now) {
        jdbc.update("UPDATE import_batch SET state = ?, updated_at = ? WHERE id = ?", state.name(), now, id);
    }

    List<ImportOutcome> outcomes(String id) {
        return jdbc.query("SELECT file_name, project_code, result, warnings, reason FROM import_batch_outcome "
                        + "WHERE batch_id = ? ORDER BY position",
                (rs, i) -> new ImportOutcome(rs.getString(1), rs.getString(2),
                        ImportOutcome.Result.valueOf(rs.getString(3)), findings(rs.getString(4)), rs.getString(5)), id);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String warnings(List<Finding> findings) {
        var array = JSON.createArrayNode();
        for (var finding : findings) {
            var node = array.addObject();
            node.put("line", finding.line());
            node.put("severity", finding.severity().name());
            node.put("key", finding.key());
            var args = node.putArray("arguments");
            for (var argument : finding.arguments()) {
                var arg = args.addObject();
                switch (argument) {
                    case Finding.MessageKey key -> arg.put("key", key.key());
                    case Integer n -> arg.put("whole", n.longValue());
                    case Long n -> arg.put("whole", n);
                    case BigDecimal n -> arg.put("decimal", n.toPlainString());
                    case Number n -> arg.put("decimal", new BigDecimal(n.toString()).toPlainString());
                    default -> arg.put("text", String.valueOf(argument));
                }
            }
        }
        return JSON.writeValueAsString(array);
    }

    static List<Finding> findings(String json) {
        var findings = new ArrayList<Finding>();
        for (JsonNode node : JSON.readTree(json)) {
            var args = new ArrayList<Object>();
            for (JsonNode arg : node.get("arguments")) {
                if (arg.has("key")) {
                    args.add(new Finding.MessageKey(arg.get("key").asString()));
                } else if (arg.has("whole")) {
                    args.add(arg.get("whole").asLong());
                } else if (arg.has("decimal")) {
                    args.add(new BigDecimal(arg.get("decimal").asString()));
                } else {
                    args.add(arg.get("text").asString());
                }
            }
            findings.add(new Finding(node.get("line").asInt(), Finding.Severity.valueOf(node.get("severity").asString()),
                    node.get("key").asString(), List.copyOf(args)));
        }
        return List.copyOf(findings);
    }
}
