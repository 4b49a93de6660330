package th.go.bangkok.tidtam.api;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/**
 * One page of a list: its items, which page (from 0), its size and how many there are in all. Pages are at most
 * {@link #MAX_SIZE} long, the page the portal's grids fetch, so a tool costs the database what a person does.
 */
record ApiPage<T>(List<T> items, int page, int size, long total) {

    static final int MAX_SIZE = 50;

    static PageRequest request(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new BusinessRuleException("api.error.page", MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
