package ${project.packageName};

<#list project.entities as e>
import ${e.packageName}.${e.type};
<#list e.enumFields as f>
import ${e.packageName}.${f.enumType};
</#list>
import ${e.packageName}.${e.type}Repository;
</#list>
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
<#if project.caching>
import org.springframework.cache.CacheManager;
</#if>
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Valid rows and request bodies for the tests, each with fresh values for unique fields, and a
 * clean database before every test. Values come from the design's constraints.
 */
@Component
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
<#if project.caching>
    private final CacheManager caches;
</#if>
<#list project.entities as e>
    private final ${e.type}Repository ${e.varName}Repository;
</#list>

    public TestData(JdbcTemplate jdbc<#if project.caching>, CacheManager caches</#if><#list project.entities as e>, ${e.type}Repository ${e.varName}Repository</#list>) {
        this.jdbc = jdbc;
<#if project.caching>
        this.caches = caches;
</#if>
<#list project.entities as e>
        this.${e.varName}Repository = ${e.varName}Repository;
</#list>
    }

    /** Empties every table (and cache), so each test starts from nothing. */
    public void clear() {
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
<#list project.entities as e>
<#list e.manyToMany as r>
        jdbc.execute("TRUNCATE TABLE ${r.joinTable}");
</#list>
        jdbc.execute("TRUNCATE TABLE ${e.table} RESTART IDENTITY");
</#list>
        jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
<#if project.caching>
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
</#if>
    }

    @SafeVarargs
    private static <T> T pick(int n, T... values) {
        return values[n % values.length];
    }
<#list project.entities as e>

    /** A saved ${e.type} with fresh values. */
    public ${e.type} ${e.varName}() {
        int n = SEQUENCE.getAndIncrement();
        ${e.type} ${e.varName} = new ${e.type}();
<#list e.fields as f>
        ${e.varName}.set${f.capName}(pick(n, <#list f.sampleValues as s>${s.typed()}<#sep>, </#sep></#list>));
</#list>
<#list e.requiredReferences as r>
        ${e.varName}.set${r.capName}(${r.target.varName}());
</#list>
        return ${e.varName}Repository.save(${e.varName});
    }
<#if e.exposed && e.writable>

    /** A valid request body for a new ${e.type}, its references created first. */
    public Map<String, Object> ${e.varName}Body() {
        int n = SEQUENCE.getAndIncrement();
        Map<String, Object> body = new LinkedHashMap<>();
<#list e.fields?filter(f -> f.writable) as f>
        body.put("${f.name}", pick(n, <#list f.sampleValues as s>${s.json()}<#sep>, </#sep></#list>));
</#list>
<#list e.toOne as r>
        body.put("${r.idProperty}", ${r.target.varName}().getId());
</#list>
<#list e.manyToMany as r>
        body.put("${r.idProperty}", java.util.List.of(${r.target.varName}().getId()));
</#list>
        return body;
    }
</#if>
</#list>
}
