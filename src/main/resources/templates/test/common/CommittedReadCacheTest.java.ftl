package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The two races of a read cache, step by step: a load that an eviction overlapped, and an eviction before commit. */
class CommittedReadCacheTest {

    private final ConcurrentMapCache target = new ConcurrentMapCache("rows");
    private final CommittedReadCache cache = new CommittedReadCache(target);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_load_is_stored_and_then_answered_from_the_cache() {
        assertThat(cache.get(1L, () -> "version 0")).isEqualTo("version 0");

        assertThat(cache.get(1L, () -> "never loaded")).isEqualTo("version 0");
        assertThat(cache.getTargetCache()).isSameAs(target);
    }

    @Test
    void a_load_that_an_eviction_overlapped_is_answered_but_not_stored() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch evicted = new CountDownLatch(1);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> cache.get(1L, () -> {
            loading.countDown();
            assertThat(evicted.await(5, TimeUnit.SECONDS)).isTrue();
            return "version 0";
        }));
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();

        cache.evict(1L); // a write of version 1 committed while the read had version 0 in hand
        evicted.countDown();

        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo("version 0");
        assertThat(target.get(1L)).isNull();
        assertThat(cache.get(1L, () -> "version 1")).isEqualTo("version 1");
    }

    @Test
    void an_eviction_of_another_key_lets_the_load_be_stored() {
        assertThat(cache.get(1L, () -> {
            cache.evict(2L);
            return "version 0";
        })).isEqualTo("version 0");

        assertThat(target.get(1L)).isNotNull();
    }

    @Test
    void a_clear_during_a_load_keeps_it_out_of_the_cache() {
        assertThat(cache.get(1L, () -> {
            cache.clear();
            return "version 0";
        })).isEqualTo("version 0");

        assertThat(target.get(1L)).isNull();
    }

    @Test
    void an_eviction_inside_a_transaction_waits_for_its_commit() {
        target.put(1L, "version 0");
        TransactionSynchronizationManager.initSynchronization();

        cache.evict(1L);
        cache.clear();

        assertThat(target.get(1L)).isNotNull(); // before the commit another read still gets the committed row
        TransactionSynchronizationUtils.triggerAfterCommit();
        assertThat(target.get(1L)).isNull();
    }

    @Test
    void an_eviction_outside_a_transaction_is_immediate() {
        target.put(1L, "version 0");
        target.put(2L, "version 0");

        assertThat(cache.evictIfPresent(1L)).isTrue();
        assertThat(target.get(1L)).isNull();
        assertThat(cache.invalidate()).isTrue();
        assertThat(target.get(2L)).isNull();
    }

    @Test
    void a_failed_load_is_reported_and_not_stored() {
        assertThatThrownBy(() -> cache.get(1L, () -> {
            throw new IllegalStateException("the database is down");
        })).isInstanceOf(Cache.ValueRetrievalException.class).hasRootCauseMessage("the database is down");

        assertThat(target.get(1L)).isNull();
    }
}
