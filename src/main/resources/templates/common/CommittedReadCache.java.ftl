package ${project.packageName}.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.cache.Cache;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read cache that never answers a row older than the last committed write.
 *
 * <p>A plain cache goes stale in two races. A write that evicts before its transaction commits lets a
 * read load the old row in between; and a read that loaded the old row just before the write's
 * eviction stores it just after, where it stays until it expires. So this cache evicts only after the
 * commit, and it does not store a load that an eviction overlapped: that caller still gets what it
 * read, and the next read loads again.
 *
 * <p>Loads come through {@link #get(Object, Callable)}, which {@code @Cacheable(sync = true)} calls, so
 * the cache sees when each one starts. It extends Spring's {@link TransactionAwareCacheDecorator} so
 * that the cache metrics still find the Caffeine cache behind it.
 */
public class CommittedReadCache extends TransactionAwareCacheDecorator {

    private static final int STRIPES = 64;

    /** Evictions so far, per stripe of keys: a load is stored only if its stripe's count did not move. */
    private final AtomicLongArray evictions = new AtomicLongArray(STRIPES);

    /** Makes "no eviction since the load began, so store it" one step against the evictions. */
    private final Object storing = new Object();

    public CommittedReadCache(Cache target) {
        super(target);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper cached = getTargetCache().get(key);
        if (cached != null) {
            return (T) cached.get();
        }
        int stripe = stripe(key);
        long evictionsBefore = evictions.get(stripe);
        T value;
        try {
            value = valueLoader.call();
        } catch (Exception ex) {
            throw new ValueRetrievalException(key, valueLoader, ex);
        }
        synchronized (storing) {
            if (evictions.get(stripe) == evictionsBefore) {
                getTargetCache().put(key, value);
            }
        }
        return value;
    }

    @Override
    public void evict(Object key) {
        afterCommit(() -> evictNow(key));
    }

    @Override
    public boolean evictIfPresent(Object key) {
        evict(key);
        return true;
    }

    @Override
    public void clear() {
        afterCommit(this::clearNow);
    }

    @Override
    public boolean invalidate() {
        clearNow();
        return true;
    }

    private void evictNow(Object key) {
        synchronized (storing) {
            evictions.incrementAndGet(stripe(key));
            getTargetCache().evict(key);
        }
    }

    private void clearNow() {
        synchronized (storing) {
            for (int stripe = 0; stripe < STRIPES; stripe++) {
                evictions.incrementAndGet(stripe);
            }
            getTargetCache().clear();
        }
    }

    private static int stripe(Object key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }

    /** Runs {@code eviction} once the current transaction commits (never, if it rolls back), or now outside one. */
    private static void afterCommit(Runnable eviction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            eviction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                eviction.run();
            }
        });
    }
}
