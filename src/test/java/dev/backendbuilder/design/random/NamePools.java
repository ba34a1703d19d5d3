package dev.backendbuilder.design.random;

import java.util.List;

/** Names the generator draws from, grouped by the trouble they are known or suspected to cause. */
final class NamePools {

    static final List<String> PLAIN_ENTITIES = List.of(
        "Book", "Author", "Customer", "Invoice", "Product", "Category", "Tag", "Person", "Child", "Address", "Company",
        "Box", "Note", "Event", "Ticket", "Visit", "Pet", "Owner", "Vet", "Review", "Shelf", "Employee", "Project",
        "Task", "Account", "Transfer", "Course", "Student", "BookReview", "ISBNCode", "Item2");

    /** SQL reserved words: legal, mapped to safe table names. */
    static final List<String> SQL_RESERVED_ENTITIES = List.of(
        "Order", "User", "Group", "Key", "Select", "Check", "Session", "Value", "Role", "Grant", "Comment", "Limit", "Offset");

    /** Types the generated code imports, annotates with or declares itself. */
    static final List<String> FRAMEWORK_TYPE_ENTITIES = List.of(
        "Table", "Column", "Entity", "Index", "Id", "Version", "Page", "Sort", "Specification", "Optional", "List",
        "Map", "Instant", "UUID", "Set", "Query", "Service", "Controller", "Repository", "Pageable", "Transactional",
        "Valid", "ResponseEntity", "HttpStatus", "Component", "Configuration", "Duration", "LocalDate",
        "OffsetDateTime", "BigDecimal", "Objects", "Arrays", "Collection", "Stream", "Filter", "Request", "Response",
        "Application", "ApiException", "PageResponse", "Paging", "ETags", "MergePatch", "Token", "Auth",
        "UserAccount", "Security", "Common", "Integration", "Locale", "Clock", "Principal", "Authentication", "Jwt", "Link", "Timestamp", "Date");

    /** Lower-cased, these are Java keywords: the entity's package segment cannot be its name as is. */
    static final List<String> KEYWORD_PACKAGE_ENTITIES = List.of(
        "New", "Default", "Case", "Static", "Import", "Public", "Final", "Switch", "Interface", "Native", "Goto", "Const");

    static final List<String> PLAIN_FIELDS = List.of(
        "title", "name", "label", "code", "amount", "price", "quantity", "rating", "active", "note", "summary",
        "startsOn", "endsAt", "reference", "email", "homepage", "weight", "score", "token", "secret", "createdAt",
        "status", "level", "kind", "color", "city", "country", "phone", "budget", "priority", "dueOn", "isbn13", "x");

    /** SQL reserved words as field names: mapped to safe column names. */
    static final List<String> SQL_RESERVED_FIELDS = List.of(
        "group", "key", "order", "select", "table", "user", "value", "limit", "offset", "where", "from", "to", "desc",
        "asc", "index", "column", "check", "primary", "references", "like", "between", "when", "end");

    /** Query parameters, path variables and locals of the generated controllers, services and tests. */
    static final List<String> QUERY_PARAMETER_FIELDS = List.of(
        "size", "page", "sort", "request", "response", "filter", "pageable", "repository", "service", "entity", "result",
        "body", "etag", "ifMatch", "spec", "query", "criteria", "builder", "mapper", "list", "map", "error", "errors",
        "uri", "location", "headers", "model", "patch", "existing", "saved", "created", "updated", "problem", "cause",
        "message", "path", "content", "sample", "mvc", "json", "count", "specification", "cache", "paging", "problems");

    static final List<String> REFERENCE_NAMES = List.of(
        "owner", "parent", "author", "customer", "manager", "previous", "next", "category", "buddy", "supervisor",
        "source", "target", "origin", "members", "tags", "followers", "reviewers", "items", "holder", "mentor", "backup");

    static final List<String> INVERSE_NAMES = List.of(
        "books", "entries", "children", "dependents", "posts", "reviews", "subjects", "assignments", "followed", "wards",
        "mentees", "holdings", "managed", "sources", "targets");

    static final List<String> ENUM_VALUES = List.of(
        "DRAFT", "PUBLISHED", "ARCHIVED", "OPEN", "CLOSED", "A", "B", "LOW", "MEDIUM", "HIGH", "IN_PROGRESS", "V2",
        "NEW", "DEFAULT", "NULL", "TRUE", "VALUES", "ORDINAL", "X_1");

    static final List<String> ROLES = List.of("USER", "ADMIN", "MANAGER", "AUDITOR", "SUPPORT_AGENT", "R2");

    static final List<String> INTEGRATION_NAMES = List.of(
        "isbnLookup", "payments", "weather", "client", "restClient", "service", "properties", "geo", "mailer");

    static final List<String> APP_WORDS = List.of("shop", "library", "clinic", "order", "catalog", "ledger", "app", "records");

    private NamePools() {
    }
}
