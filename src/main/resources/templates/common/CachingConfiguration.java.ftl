package ${project.packageName}.common;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Caching of the resources the design marks {@code cache: true}. Kept out of the application
 * class so that slice tests ({@code @WebMvcTest}) do not need a cache manager.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CachingConfiguration {
}
