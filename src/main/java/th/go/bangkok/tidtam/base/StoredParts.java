package th.go.bangkok.tidtam.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large file kept in a table as numbered parts of at most {@link #PART_BYTES} (a row per part: no statement comes
 * near the server's packet limit, and neither side holds the whole file in memory). The table has the columns
 * {@code batch_id}, {@code part} and {@code bytes}.
 */
public final class StoredParts {

    public static final int PART_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final String table;
    private final String id;

    public StoredParts(JdbcTemplate jdbc, String table, String id) {
        this.jdbc = jdbc;
        this.table = table;
        this.id = id;
    }

    /** Writes the parts as they fill; {@link Writer#parts()} after closing says how many there are. */
    public Writer writer() {
        return new Writer();
    }

    /** Reads the parts in their order, one at a time. */
    public InputStream reader(int parts) {
        return new InputStream() {
            private int next;
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                var one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                while (position >= current.length) {
                    if (next >= parts) {
                        return -1;
                    }
                    current = jdbc.queryForObject("SELECT bytes FROM " + table + " WHERE batch_id = ? AND part = ?",
                            byte[].class, id, next++);
                    position = 0;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, into, offset, n);
                position += n;
                return n;
            }
        };
    }

    public void delete() {
        jdbc.update("DELETE FROM " + table + " WHERE batch_id = ?", id);
    }

    public final class Writer extends OutputStream {
        private final byte[] buffer = new byte[PART_BYTES];
        private int filled;
        private int parts;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == buffer.length) {
                    store();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                store();
            }
        }

        public int parts() {
            return parts;
        }

        private void store() {
            jdbc.update("INSERT INTO " + table + " (batch_id, part, bytes) VALUES (?, ?, ?)", id, parts++,
                    Arrays.copyOf(buffer, filled));
            filled = 0;
        }
    }
}
