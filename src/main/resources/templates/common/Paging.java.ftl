package ${project.packageName}.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns the page, size and sort query parameters into a {@link Pageable}, within the design's limits. */
public final class Paging {

    public static final int DEFAULT_SIZE = ${project.defaultPageSize?c};
    public static final int MAX_SIZE = ${project.maxPageSize?c};

    private Paging() {
    }

    /**
     * @param sort     {@code sort} values: {@code name}, {@code name,desc}, or several; Spring may
     *                 already have split a single {@code a,desc} value at its comma, which is read the same
     * @param sortable API property → entity attribute; any other property is refused with 400
     */
    public static Pageable of(int page, Integer size, List<String> sort, Map<String, String> sortable) {
        if (page < 0) {
            throw ApiException.badRequest("page", "page must be 0 or more");
        }
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ApiException.badRequest("size", "size must be between 1 and " + MAX_SIZE);
        }
        // The database is asked for rows from page × size on, which must fit in an int.
        int lastPage = Integer.MAX_VALUE / pageSize;
        if (page > lastPage) {
            throw ApiException.badRequest("page", "page must be at most " + lastPage + " for size " + pageSize);
        }
        return PageRequest.of(page, pageSize, sortOf(sort, sortable));
    }

    private static Sort sortOf(List<String> tokens, Map<String, String> sortable) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String raw : tokens == null ? List.<String>of() : tokens) {
            for (String token : raw.split(",")) {
                String value = token.trim();
                if (value.isEmpty()) {
                    continue;
                }
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("asc") || lower.equals("desc")) {
                    if (orders.isEmpty()) {
                        throw ApiException.badRequest("sort", "sort direction '" + value + "' must follow a property");
                    }
                    Sort.Order last = orders.remove(orders.size() - 1);
                    orders.add(lower.equals("desc") ? last.with(Sort.Direction.DESC) : last.with(Sort.Direction.ASC));
                    continue;
                }
                String attribute = sortable.get(value);
                if (attribute == null) {
                    throw ApiException.badRequest("sort", "cannot sort by '" + value + "'; allowed: "
                            + (sortable.isEmpty() ? "none" : String.join(", ", sortable.keySet())));
                }
                orders.add(Sort.Order.asc(attribute));
            }
        }
        orders.add(Sort.Order.asc("id"));
        return Sort.by(orders);
    }
}
