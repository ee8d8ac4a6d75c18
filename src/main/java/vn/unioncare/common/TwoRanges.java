package vn.unioncare.common;

import org.springframework.data.domain.Pageable;

import java.util.ArrayList;
import java.util.List;

/**
 * A page over a list made of two ranges, each read in its own index order: all of the first ("overdue", "names
 * starting with the text"), then the second. Each range is cut at the end of the page, so no query sorts all matches;
 * the second is read only when the page reaches past the first.
 */
public final class TwoRanges {

    /** One range: a slice of it in its order, and its size counted up to a cap (at most cap + 1). */
    public interface Range<T> {
        List<T> slice(long offset, int limit);

        long countUpTo(long cap);
    }

    private TwoRanges() {
    }

    public static <T> List<T> page(Range<T> first, Range<T> second, Pageable page) {
        List<T> rows = new ArrayList<>(first.slice(page.getOffset(), page.getPageSize()));
        if (rows.size() < page.getPageSize()) {
            // the page reaches past the first range: how much of the second did earlier pages show?
            long firstSize = !rows.isEmpty() || page.getOffset() == 0 ? page.getOffset() + rows.size()
                    : first.countUpTo(page.getOffset() - 1);
            rows.addAll(second.slice(Math.max(0, page.getOffset() - firstSize), page.getPageSize() - rows.size()));
        }
        return rows;
    }
}
