package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

    @Test
    void a_broken_pipe_anywhere_in_the_chain_means_the_browser_went_away() {
        var wrapped = new UncheckedIOException(new IOException("Broken pipe"));
        assertThat(ErrorHandling.clientWentAway(wrapped)).isTrue();
    }

    @Test
    void other_failures_are_real_errors_to_report() {
        assertThat(ErrorHandling.clientWentAway(new IllegalStateException("boom", new IOException("disk full"))))
                .isFalse();
        assertThat(ErrorHandling.clientWentAway(new NullPointerException())).isFalse();
    }

    @Test
    void no_connection_free_in_time_reads_as_busy_try_again_and_nothing_saved() {
        var noConnection = new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA",
                new java.sql.SQLTransientConnectionException("tidtam - Connection is not available, request timed out"));
        assertThat(UiErrors.messageFor(noConnection)).hasValueSatisfying(message -> assertThat(message)
                .contains("ผู้ใช้งานระบบจำนวนมาก").contains("ยังไม่มีการบันทึก"));
    }

    @Test
    void the_log_line_of_an_unexpected_error_carries_the_reference_the_user_sees_and_their_route() {
        var seen = new java.util.HashMap<String, String>();
        org.slf4j.MDC.put("route", "/");
        try {
            ErrorHandling.logUnexpected("1A2B3C4D", "projects/03000000-2568", () -> {
                seen.put("errorReference", org.slf4j.MDC.get("errorReference"));
                seen.put("route", org.slf4j.MDC.get("route"));
            });
            assertThat(seen).containsEntry("errorReference", "1A2B3C4D")
                    .containsEntry("route", "/projects/03000000-2568");
            // the rest of the request's lines are as before
            assertThat(org.slf4j.MDC.get("errorReference")).isNull();
            assertThat(org.slf4j.MDC.get("route")).isEqualTo("/");
        } finally {
            org.slf4j.MDC.clear();
        }
    }

    @Test
    void no_connection_because_the_database_is_down_reads_as_database_unavailable_not_busy() {
        var refused = new java.sql.SQLNonTransientConnectionException(
                "Socket fail to connect to 127.0.0.1. Connection refused", "08000", new java.net.ConnectException());
        var poolGaveUp = new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA",
                new java.sql.SQLTransientConnectionException("tidtam - Connection is not available, request timed out",
                        "08000", refused));
        assertThat(UiErrors.messageFor(poolGaveUp)).hasValueSatisfying(message -> assertThat(message)
                .contains("ติดต่อฐานข้อมูลไม่ได้").contains("ลองอีกครั้ง").doesNotContain("ผู้ใช้งานระบบจำนวนมาก"));
    }

    @Test
    void a_connection_broken_under_a_statement_reads_as_database_unavailable() {
        var broken = new org.springframework.dao.DataAccessResourceFailureException("could not execute statement",
                new java.sql.SQLTransientConnectionException("socket has unexpectedly been closed", "08000"));
        assertThat(UiErrors.messageFor(broken)).hasValueSatisfying(message -> assertThat(message)
                .contains("ติดต่อฐานข้อมูลไม่ได้"));
        var noCause = new org.springframework.dao.DataAccessResourceFailureException("Unable to acquire JDBC Connection");
        assertThat(UiErrors.messageFor(noCause)).hasValueSatisfying(message -> assertThat(message)
                .contains("ติดต่อฐานข้อมูลไม่ได้"));
    }

    @Test
    void a_transaction_that_could_not_begin_on_a_connection_found_closed_reads_as_database_unavailable() {
        // the driver's own error (a broken socket) was logged and dropped by Spring on the way: only this is left
        var closed = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new java.sql.SQLException("Connection is closed"));
        assertThat(UiErrors.databaseUnavailable(closed)).isTrue();
        assertThat(UiErrors.messageFor(closed)).hasValueSatisfying(message -> assertThat(message)
                .contains("ติดต่อฐานข้อมูลไม่ได้"));
    }

    @Test
    void a_statement_cut_by_its_time_out_still_reads_as_too_slow_not_as_the_database_gone() {
        var cut = new org.springframework.dao.QueryTimeoutException("cut",
                new java.sql.SQLTimeoutException("Query execution was interrupted", "70100"));
        assertThat(UiErrors.messageFor(cut)).hasValueSatisfying(message -> assertThat(message)
                .contains("ใช้เวลานานเกินไป"));
    }

    @Test
    void a_page_the_database_cannot_serve_now_answers_503_try_later_and_a_refused_request_400() {
        var refused = new java.sql.SQLNonTransientConnectionException("Connection refused", "08000");
        assertThat(UiErrors.status(new org.springframework.transaction.CannotCreateTransactionException("down",
                refused))).as("database down").isEqualTo(503);
        assertThat(UiErrors.status(new org.springframework.transaction.CannotCreateTransactionException("busy",
                new java.sql.SQLTransientConnectionException("request timed out")))).as("no connection free").isEqualTo(503);
        assertThat(UiErrors.status(new org.springframework.dao.QueryTimeoutException("cut",
                new java.sql.SQLTimeoutException("interrupted", "70100")))).as("too slow").isEqualTo(503);
        assertThat(UiErrors.status(new th.go.bangkok.tidtam.base.NotFoundException("Project", 1L)))
                .as("a rule of ours").isEqualTo(400);
        assertThat(UiErrors.status(new org.springframework.orm.ObjectOptimisticLockingFailureException("Project", 1L)))
                .isEqualTo(400);
    }
}
