package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of project_search_gram (written through {@link Project}'s collection), so that a search can
 * read the (gram, project_id) index alone, without touching the project table.
 */
@Entity
@Immutable
@Table(name = "project_search_gram")
class SearchGramRow {

    @EmbeddedId
    private Key key;

    @Embeddable
    record Key(@Column(name = "gram") String gram, @Column(name = "project_id") Long projectId) {
    }

    protected SearchGramRow() {
    }
}
