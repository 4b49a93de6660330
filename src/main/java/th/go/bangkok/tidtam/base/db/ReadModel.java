package th.go.bangkok.tidtam.base.db;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table as its owning feature publishes it to others' SQL: its name, the alias the readers use and the columns
 * they may read, by published name. A reader writes {@code {project}} for the table and {@code {p.code}} for a
 * column, and {@link #sql} puts in what the owner's changelog calls them; a column renamed there changes in the
 * owner's read model only, and a name the owner does not publish fails when the statement is built. The text
 * that reaches the database is the one written by hand before, so are its plans (docs/decisions/0023).
 */
public record ReadModel(String name, String table, String alias, Map<String, String> columns) {

    private static final Pattern NAME = Pattern.compile("\\{([a-z0-9_]+)(?:\\.([a-z0-9_]+))?}");

    /**
     * A table published under its own name, its columns under the names the changelog gives them; should the
     * owner rename one, it maps the published name to the new column instead.
     */
    public static ReadModel of(String table, String alias, String... columns) {
        return new ReadModel(table, table, alias, Stream.of(columns)
                .collect(Collectors.toUnmodifiableMap(c -> c, c -> c)));
    }

    /** One published column, with its alias: {@code p.code}. */
    public String column(String published) {
        var column = columns.get(published);
        if (column == null) {
            throw new IllegalArgumentException(name + " publishes no column " + published);
        }
        return alias + "." + column;
    }

    /** The table under its alias: {@code project p}. */
    public String from() {
        return table + " " + alias;
    }

    /** The statement with every {@code {table}} and {@code {alias.column}} of the given read models filled in. */
    public static String sql(String template, ReadModel... models) {
        Matcher m = NAME.matcher(template);
        var sql = new StringBuilder();
        while (m.find()) {
            var model = Arrays.stream(models)
                    .filter(r -> m.group(2) == null ? r.name.equals(m.group(1)) : r.alias.equals(m.group(1)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no read model for " + m.group()));
            m.appendReplacement(sql, Matcher.quoteReplacement(m.group(2) == null ? model.from()
                    : model.column(m.group(2))));
        }
        return m.appendTail(sql).toString();
    }
}
