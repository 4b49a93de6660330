package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.base.Messages;

/** What Hibernate refuses to write says why in words, like what a service refuses (the importer shows both). */
@IntegrationTest
class EntityValidationMessagesTest {

    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void an_entity_hibernate_refuses_to_write_gives_its_reasons_from_our_bundles() {
        var refused = catchThrowableOfType(ConstraintViolationException.class, () -> transaction.executeWithoutResult(
                status -> entityManager.persist(new Agency(null, AgencyLevel.OFFICE, "12", " ", null, null))));

        assertThat(refused.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(Messages.get(TranslationProvider.THAI, "agency.code.pattern"),
                        Messages.get(TranslationProvider.THAI, "agency.nameTh.required"));
    }
}
