package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.legacy.LegacyArchive;

/**
 * Issue #18, item 5: the browser's maxFileSize is no defence. With it lifted, an evidence file over 10 MB or an
 * import over 200 MB is read only up to the limit, refused with the usual message, and leaves no temporary file or
 * folder behind; a file within the limit still arrives whole.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class UploadLimitTest extends SpringBrowserlessTest {

    static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    static final Path UPLOADS = TMP.resolve("tidtam-uploads");

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_evidence_file_over_ten_megabytes_is_refused_with_the_usual_message_even_with_the_browsers_limit_lifted()
            throws IOException {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("");
        List<EvidenceUpload> pending = Collections.synchronizedList(new ArrayList<>());
        var problems = new ArrayList<String>();
        var upload = EvidenceUploads.create(pending, EvidenceType.MAX_FILES, problems::add);
        upload.setMaxFileSize(Integer.MAX_VALUE);
        UI.getCurrent().add(upload);
        var before = leftovers();

        test(upload).upload("big.pdf", "application/pdf", pdf(EvidenceType.MAX_BYTES + 1));
        assertThat(pending).as("nothing over the limit waits for the save").isEmpty();
        assertThat(problems).containsExactly("ไฟล์ big.pdf มีขนาดเกิน 10 MB ไม่ได้บันทึกข้อมูลและไฟล์ใดเลย");

        test(upload).upload("small.pdf", "application/pdf", pdf(EvidenceType.MAX_BYTES));
        assertThat(pending).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("small.pdf");
            assertThat(f.content()).hasSize(EvidenceType.MAX_BYTES);
        });
        assertThat(leftovers()).as("no temporary file or folder stays behind").isEqualTo(before);
    }

    @Test
    void an_evidence_file_over_the_limit_is_read_no_further_than_the_limit() throws IOException {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("");
        List<EvidenceUpload> pending = Collections.synchronizedList(new ArrayList<>());
        var upload = EvidenceUploads.create(pending, EvidenceType.MAX_FILES, problem -> { });
        upload.setMaxFileSize(Integer.MAX_VALUE);
        UI.getCurrent().add(upload);

        var endless = new Counting(30L * 1024 * 1024);
        handler(upload).handleUploadRequest(event(upload, "huge.pdf", endless));
        MockVaadin.runUIQueue();
        assertThat(endless.read).as("bytes taken from the request").isLessThanOrEqualTo(EvidenceType.MAX_BYTES + 8192L);
        assertThat(pending).isEmpty();
    }

    @Test
    void an_import_over_its_limit_is_cut_off_refused_and_leaves_no_temporary_folder() throws IOException {
        users.signIn(TestUsers.ADMIN);
        UI.getCurrent().navigate("import");
        var upload = $(Upload.class).single();
        upload.setMaxFileSize(Integer.MAX_VALUE);
        var before = leftovers();

        var tooMuch = new Counting(LegacyArchive.MAX_TOTAL_BYTES + 4L * 1024 * 1024);
        handler(upload).handleUploadRequest(event(upload, "everything.zip", tooMuch));
        MockVaadin.runUIQueue();
        assertThat(tooMuch.read).isLessThanOrEqualTo(LegacyArchive.MAX_TOTAL_BYTES + 8192L);
        assertThat($(Paragraph.class).withClassName("import-problem").single().getText())
                .isEqualTo("ไฟล์ใหญ่เกิน 200 MB จึงไม่รับไว้ กรุณาแบ่งเป็นหลายไฟล์");
        assertThat(leftovers()).as("no temporary file or folder stays behind").isEqualTo(before);
    }

    /** A PDF's first bytes, then padding, {@code size} bytes in all. */
    private static byte[] pdf(int size) {
        var bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, bytes, 0, 9);
        return bytes;
    }

    /** What uploads leave in the temporary folder: Vaadin's temp_dir… folders, and our own upload files. */
    private static Set<String> leftovers() throws IOException {
        var left = new java.util.TreeSet<String>();
        try (var list = Files.list(TMP)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("temp_dir")).forEach(left::add);
        }
        if (Files.isDirectory(UPLOADS)) {
            try (var list = Files.list(UPLOADS)) {
                left.addAll(list.map(p -> "tidtam-uploads/" + p.getFileName()).collect(Collectors.toSet()));
            }
        }
        return left;
    }

    private static UploadHandler handler(Upload upload) {
        MockVaadin.clientRoundtrip();
        var target = upload.getElement().getAttribute("target");
        return (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(target)).orElseThrow()
                .getElementRequestHandler();
    }

    /** The request as a browser with its limit lifted sends it: the body streams, its length unknown. */
    private static UploadEvent event(Upload upload, String name, InputStream body) {
        return new UploadEvent(Mockito.mock(VaadinRequest.class), Mockito.mock(VaadinResponse.class),
                VaadinSession.getCurrent(), name, -1, "application/octet-stream", upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
    }

    /** {@code size} bytes of a PDF-looking body, counting how many were read. */
    static final class Counting extends InputStream {
        private final long size;
        long read;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return read++ == 0 ? '%' : ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
