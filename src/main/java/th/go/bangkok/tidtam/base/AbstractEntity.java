package th.go.bangkok.tidtam.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;

/**
 * An id from the database and a version for optimistic locking: no change is ever silently overwritten. Writes of
 * entities that feed the dashboards' figures tell {@link FigureCache}.
 */
@MappedSuperclass
@jakarta.persistence.EntityListeners(FigureCache.Writes.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || id == null) {
            return false;
        }
        Class<?> mine = this instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getPersistentClass() : getClass();
        Class<?> theirs = other instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getPersistentClass() : other.getClass();
        return mine == theirs && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return getClass().getSimpleName().hashCode();
    }
}
