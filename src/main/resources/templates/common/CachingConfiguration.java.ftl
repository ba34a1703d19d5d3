package ${project.packageName}.common;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caching of the resources the design marks {@code cache: true}. Kept out of the application
 * class so that slice tests ({@code @WebMvcTest}) do not need a cache manager.
 *
 * <p>The caching advice runs just outside the transaction's (which has the lowest precedence): a
 * cache hit opens no transaction and borrows no connection, a load runs in a transaction of its
 * own that starts after the cache was asked, and a write's eviction comes after its commit.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
public class CachingConfiguration {

    /** Every cache of the cache manager Spring Boot configures (Caffeine) is a {@link CommittedReadCache}. */
    @Bean
    static BeanPostProcessor committedReadCaches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof CacheManager caches && !(bean instanceof CommittedReadCaches)
                        ? new CommittedReadCaches(caches)
                        : bean;
            }
        };
    }

    private static final class CommittedReadCaches implements CacheManager {

        private final CacheManager target;
        private final Map<String, Cache> decorated = new ConcurrentHashMap<>();

        private CommittedReadCaches(CacheManager target) {
            this.target = target;
        }

        @Override
        public Cache getCache(String name) {
            Cache cache = target.getCache(name);
            return cache == null ? null : decorated.computeIfAbsent(name, n -> new CommittedReadCache(cache));
        }

        @Override
        public Collection<String> getCacheNames() {
            return target.getCacheNames();
        }

        @Override
        public void resetCaches() {
            target.resetCaches();
        }
    }
}
