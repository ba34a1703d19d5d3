package ${e.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import ${project.packageName}.TestData;
<#assign changing = e.fields?filter(f -> f.writable && f.varied)?has_content || e.toOne?has_content>
<#assign racing = (e.update || e.patch) && changing>
<#if racing>
import ${project.packageName}.common.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
</#if>
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
<#if racing>
import org.springframework.dao.ConcurrencyFailureException;
</#if>
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Reads of one ${e.varName} come from the cache (Caffeine) until a write through the service evicts them. */
@SpringBootTest
@AutoConfigureMockMvc // the same context as the API tests: no extra start-up
class ${e.type}CacheTest {

    @Autowired
    private ${e.type}Service service;

    @Autowired
    private TestData data;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CacheManager caches;

    @Autowired
    private JsonMapper json;

    private Cache cache;

    @BeforeEach
    void startEmpty() {
        data.clear();
        cache = caches.getCache("${e.cacheName}");
    }

    /** Changes the row behind the service's back: only a cached read still answers the old version. */
    private void changeVersionInTheDatabase(Long id, long version) {
        jdbc.update("UPDATE ${e.table} SET version = ? WHERE id = ?", version, id);
    }

    @Test
    void the_cache_is_a_caffeine_cache_that_records_statistics() {
        assertThat(cache).isInstanceOfSatisfying(TransactionAwareCacheDecorator.class,
                decorator -> assertThat(decorator.getTargetCache()).isInstanceOfSatisfying(CaffeineCache.class,
                        caffeine -> assertThat(caffeine.getNativeCache().policy().isRecordingStats()).isTrue()));
    }

    @Test
    void a_second_read_is_answered_from_the_cache() {
        Long id = data.${e.varName}().getId();
        assertThat(service.get(id).version()).isZero();

        changeVersionInTheDatabase(id, 5);

        assertThat(service.get(id).version()).isZero();
        assertThat(cache.get(id)).isNotNull();
    }
<#if e.update || e.patch>

    @Test
    void ${e.update?then("an_update", "a_patch")}_evicts_the_cached_read() throws Exception {
        Long id = data.${e.varName}().getId();
        service.get(id);
        changeVersionInTheDatabase(id, 5);

<#if e.update>
        service.update(id, 5, json.convertValue(data.${e.varName}Body(), ${e.type}Request.class));

        assertThat(cache.get(id)).isNull();
        assertThat(service.get(id).version()).isEqualTo(6);
<#else>
        service.patch(id, 5, json.readTree("{}"));

        assertThat(cache.get(id)).isNull();
        // An empty merge patch changes nothing, so the version stays: reading 5, not the cached 0, is the eviction.
        assertThat(service.get(id).version()).isEqualTo(5);
</#if>
    }
</#if>
<#if e.delete>

    @Test
    void a_delete_evicts_the_cached_read() {
        Long id = data.${e.varName}().getId();
        service.get(id);
        assertThat(cache.get(id)).isNotNull();

        service.delete(id, null);

        assertThat(cache.get(id)).isNull();
    }
</#if>
<#if racing>

    private static final int WRITERS = 2;
    private static final int READERS = 2;
    private static final int WRITES = 60;

    /**
     * Writers and readers on one row: once a write has returned version v, no read that starts
     * afterwards answers an older one, and when the writes are over the cache holds the last.
     */
    @Test
    void no_read_after_a_write_answers_an_older_version() throws Exception {
        Long id = data.${e.varName}().getId();
        // two bodies written in turn: each write changes the row, so its version moves
        List<${e.type}Request> bodies = List.of(freshRequest(), freshRequest());
        AtomicLong written = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> staleReads = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < WRITES; i++) {
                        written.accumulateAndGet(write(id, bodies.get(i % 2)), Math::max);
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(threads.submit(() -> {
                    while (writing.get()) {
                        long newestWritten = written.get();
                        long read = service.get(id).version();
                        if (read < newestWritten) {
                            staleReads.add("read version " + read + " after version " + newestWritten + " was written");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(1, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false); // a failed writer must not leave the readers spinning
            threads.shutdownNow();
        }

        assertThat(staleReads).isEmpty();
        assertThat(written.get()).isPositive();
        assertThat(service.get(id).version()).isEqualTo(versionInTheDatabase(id));
    }

    private ${e.type}Request freshRequest() {
        return json.convertValue(data.${e.varName}Body(), ${e.type}Request.class);
    }

    /** One write, retried on the row's current version (read past the cache) while another writer gets there first. */
    private long write(Long id, ${e.type}Request body) {
        while (true) {
            try {
<#if e.update>
                return service.update(id, versionInTheDatabase(id), body).version();
<#else>
                return service.patch(id, versionInTheDatabase(id), json.valueToTree(body)).version();
</#if>
            } catch (ApiException | ConcurrencyFailureException anotherWriterFirst) {
                Thread.onSpinWait();
            }
        }
    }

    private long versionInTheDatabase(Long id) {
        return jdbc.queryForObject("SELECT version FROM ${e.table} WHERE id = ?", Long.class, id);
    }
</#if>
}
