package ${e.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import ${project.packageName}.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
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
        assertThat(cache).isInstanceOfSatisfying(CaffeineCache.class,
                caffeine -> assertThat(caffeine.getNativeCache().policy().isRecordingStats()).isTrue());
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
}
