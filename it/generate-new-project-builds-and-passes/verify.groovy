import groovy.xml.XmlSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) @ standalone-pom ---',
    '[INFO] Generating library (3 entities, 15 endpoints) into library/',
    '[INFO] Files: 114 created, 0 updated, 0 unchanged, 0 kept, 0 ignored',
    '[INFO] BUILD SUCCESS',
])
assert log.any { it ==~ /\[INFO\] Generated in \d+\.\d s\. Next: cd library && mvn verify/ }

def root = new File(basedir, 'library')
// Everything the design asks for is generated: no "not generated yet" warning or README note.
assert !log.any { it.contains('does not generate yet') }
assert !new File(root, 'README.md').text.contains('Not generated yet')
def java = new File(root, 'src/main/java/com/example/library')
[
    'pom.xml', 'README.md', '.gitignore', 'design.yaml', '.builder/manifest.json',
    'src/main/resources/application.yaml',
    'src/main/resources/db/migration/h2/V1__init.sql',
    'src/main/resources/db/migration/postgresql/V1__init.sql',
    'Dockerfile', 'compose.yaml', '.env.example', '.dockerignore', 'src/main/docker/HealthCheck.java',
    'src/main/resources/META-INF/spring.factories',
].each { assert new File(root, it).isFile() : "not generated: ${it}" }
['book/Book.java', 'book/BookStatus.java', 'book/BookRepository.java', 'book/BookRequest.java', 'book/BookResponse.java',
 'book/BookService.java', 'book/BookController.java', 'book/BookFilter.java', 'common/ApiProblems.java',
 'LibraryApplication.java', 'common/RequestIdFilter.java', 'common/ProductionEnvironment.java',
 'integration/IsbnLookupClient.java', 'integration/Resilience.java'].each { assert new File(java, it).isFile() : "not generated: ${it}" }
// Review has no update or patch: its API does not offer them.
def reviews = new File(java, 'review/ReviewController.java').text
assert reviews.contains('@PostMapping') && reviews.contains('@DeleteMapping')
assert !reviews.contains('@PutMapping') && !reviews.contains('@PatchMapping')

// The migration has keys, the unique constraints, the design's index and one on every foreign key.
def sql = new File(root, 'src/main/resources/db/migration/postgresql/V1__init.sql').text
assert sql.contains('CONSTRAINT uk_book_isbn UNIQUE (isbn)')
assert sql.contains('FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE RESTRICT')
assert sql.contains('FOREIGN KEY (book_id) REFERENCES book (id) ON DELETE CASCADE')
assert sql.contains('CREATE INDEX ix_author_name ON author (name);')
assert sql.contains('CREATE INDEX ix_book_author_id ON book (author_id);')
assert sql.contains('CREATE INDEX ix_review_book_id ON review (book_id);')
assert sql.contains('price NUMERIC(10, 2)')

// Deployment: non-root image with a health check, the production database in compose, no secret values.
def dockerfile = new File(root, 'Dockerfile').text
assert dockerfile.contains('FROM maven:3.9-eclipse-temurin-17 AS build') && dockerfile.contains('USER 10001:10001')
assert dockerfile.contains('HEALTHCHECK ')
def compose = new File(root, 'compose.yaml').text
assert compose.contains('image: postgres:17') && compose.contains('condition: service_healthy')
def env = new File(root, '.env.example').text
['DATABASE_PASSWORD', 'JWT_SECRET', 'ADMIN_PASSWORD'].each { assert env.contains("\n${it}=\n") : "secret ${it} has a value" }
assert env.contains('# ISBN_LOOKUP_BASE_URL=https://isbn.example.org')
assert new File(root, 'src/main/resources/application.yaml').text.contains('base-url: ${ISBN_LOOKUP_BASE_URL:https://isbn.example.org}')

// The generated project's own build: the design is validated first.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-gates) @ library ---',
    '[INFO] design.yaml is valid: 3 entities, 2 relationships, 15 endpoints, 2 roles (authentication: jwt)',
    '[INFO] BUILD SUCCESS',
])
assert project.testCount(root) >= 200 : "only ${project.testCount(root)} tests"
assert new File(root, 'target/library-0.1.0-SNAPSHOT.jar').isFile()

// The benchmark of the design's performance entries compiled through JMH's annotation processor;
// builder:benchmark is bound, and skipped here (absolute latency limits depend on the machine; the
// benchmark ITs cover the gate).
assert new File(root, 'src/test/java/com/example/library/bench/EndpointBenchmark.java').isFile()
assert new File(root, 'target/test-classes/META-INF/BenchmarkList').text.contains('com.example.library.bench.EndpointBenchmark')
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-gates) @ library ---',
    '[INFO] Skipping builder:benchmark (builder.benchmark.skip=true)',
])

// The generated project's own build: every generated test passed and its gates passed.
project.assertBuilt(log, new File(basedir, 'library'), 'library', ['com.example.library.book.BookApiTest', 'com.example.library.author.AuthorApiTest',
        'com.example.library.review.ReviewApiTest', 'com.example.library.ApplicationHttpTest', 'com.example.library.OperationsTest',
        'com.example.library.book.BookCacheTest', 'com.example.library.integration.IsbnLookupClientTest',
        'com.example.library.common.ProductionEnvironmentTest', 'com.example.library.common.RequestIdFilterTest'])

// Authentication and the permission matrix: every role x operation of every resource was tested
// (Author 5 operations, Book 6, Review 4; anonymous, USER and ADMIN each).
['Author': 15, 'Book': 18, 'Review': 12].each { entity, cells ->
    assert project.passed(root, "com.example.library.${entity.toLowerCase()}.${entity}PermissionTest").size() == cells
}
assert project.passed(root, 'com.example.library.review.ReviewPermissionTest')
        .containsAll(['anonymous_gets_401_for_create', 'user_may_create', 'user_gets_403_for_delete', 'admin_may_delete'])
// Over real HTTP, against the started application: 401 without a token, 403 for the wrong role,
// a real sign-in, 413, CORS, the security headers on each; 429 with Retry-After past the rate.
assert project.passed(root, 'com.example.library.ProtectionHttpTest').containsAll([
        'without_credentials_author_list_is_401_with_a_challenge',
        'role_user_gets_403_for_author_create_before_its_body_is_read',
        'a_user_signs_in_for_a_token_and_uses_it',
        'a_body_over_the_limit_is_413_before_anything_reads_it',
        'a_browser_on_an_allowed_origin_may_call_and_others_may_not'])
assert project.passed(root, 'com.example.library.RateLimitHttpTest') == ['the_request_over_the_limit_is_429_with_retry_after']
assert project.passed(root, 'com.example.library.OperationsTest').containsAll([
        'a_request_id_from_the_caller_is_echoed_and_in_the_json_log_line_of_the_request(CapturedOutput)',
        'without_a_request_id_one_is_created_and_echoed_on_every_answer'])
// No secret in the tree: the JWT key, the administrator and the database password come from the environment.
def yaml = new File(root, 'src/main/resources/application.yaml').text
assert yaml.contains('jwt-secret: ${JWT_SECRET:}') && yaml.contains('password: ${ADMIN_PASSWORD:}')
// The implementation report read the 15 endpoints of the design and the 2 of authentication from the
// compiled controllers, with the roles of each from its @PreAuthorize.
def endpoints = project.reportedEndpoints(root)
assert endpoints.size() == 17 : endpoints
def roles = new groovy.json.JsonSlurper().parse(new File(root, 'target/builder/implementation-report.json')).facts.endpoints
        .collectEntries { ["${it.method} ${it.path}".toString(), it.roles] }
assert roles['POST /api/reviews'] == 'USER, ADMIN' && roles['DELETE /api/reviews/{id}'] == 'ADMIN'
assert roles['POST /api/auth/token'] == 'public' && roles['POST /api/auth/users'] == 'ADMIN'
assert endpoints.containsAll(['GET /api/books - PageResponse<BookResponse>', 'POST /api/books BookRequest ResponseEntity<BookResponse>',
        'GET /api/books/{id} - ResponseEntity<BookResponse>', 'DELETE /api/reviews/{id} - ResponseEntity<Void>'])

// Quiet, honest logs: the whole passing build (generate, then the project's tests and gates) prints no stack
// trace and no error; the failures the generated tests provoke are collected and asserted on, not printed.
log.quiet()
true
