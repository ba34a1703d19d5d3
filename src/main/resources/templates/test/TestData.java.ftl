<#import "../common/layout.ftl" as layout>
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
<#if project.caching>
import org.springframework.cache.CacheManager;
</#if>
<#if project.database.vendor != "h2">
import org.springframework.jdbc.core.ConnectionCallback;
</#if>
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Valid rows and request bodies for the tests, and a clean database before every test. The n-th
 * row of an entity takes its values from that entity's own counter, within the design's
 * constraints, so unique fields get a new value however many rows a test creates. Clearing the
 * database restarts the counters, so every test sees the same rows whatever ran before it.
 */
@Component
public class TestData {
<#list project.entities as e>

    private static final AtomicInteger ${e.constantName}_ROWS = new AtomicInteger();
</#list>

<#if project.database.vendor != "h2">
<#assign tables = []>
<#list project.entities as e>
<#list e.manyToMany as r>
<#assign tables = tables + ['"' + r.joinTable + '"']>
</#list>
<#assign tables = tables + ['"' + e.table + '"']>
</#list>
<@layout.wrapped indent=4 head="private static final List<String> TABLES = List.of(" args=tables tail=");"/>

</#if>
    private final JdbcTemplate jdbc;
<#if project.caching>
    private final CacheManager caches;
</#if>
<#list project.entities as e>
    private final ${e.type}Repository ${e.varName}Repository;
</#list>
<#if project.database.vendor != "h2">
    private String databaseProduct;
</#if>

<@layout.wrapped indent=4 head="public TestData(" args=["JdbcTemplate jdbc"] + project.caching?then(["CacheManager caches"], []) + project.entities?map(e -> e.type + "Repository " + e.varName + "Repository") tail=") {"/>
        this.jdbc = jdbc;
<#if project.caching>
        this.caches = caches;
</#if>
<#list project.entities as e>
        this.${e.varName}Repository = ${e.varName}Repository;
</#list>
    }

    /**
     * Empties every table (and cache), so each test starts from nothing, on H2<#if project.database.vendor != "h2"> and on the
     * ${{"postgresql": "PostgreSQL", "mysql": "MySQL"}[project.database.vendor]} server the tests run on when TEST_DATABASE_URL names one</#if>.
     */
    public void clear() {
<#list project.entities as e>
        ${e.constantName}_ROWS.set(0);
</#list>
<#if project.database.vendor == "postgresql">
        if (isPostgresql()) {
            jdbc.execute("TRUNCATE TABLE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE");
        } else {
            clearH2();
        }
<#elseif project.database.vendor == "mysql">
        if (isMysql()) {
            // TRUNCATE restarts AUTO_INCREMENT; MySQL has no CASCADE, so the foreign keys wait meanwhile.
            jdbc.execute("SET FOREIGN_KEY_CHECKS = 0");
            TABLES.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
            jdbc.execute("SET FOREIGN_KEY_CHECKS = 1");
        } else {
            clearH2();
        }
<#else>
        clearH2();
</#if>
<#if project.caching>
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
</#if>
    }

    private void clearH2() {
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
<#list project.entities as e>
<#list e.manyToMany as r>
        jdbc.execute("TRUNCATE TABLE ${r.joinTable}");
</#list>
        jdbc.execute("TRUNCATE TABLE ${e.table} RESTART IDENTITY");
</#list>
        jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
    }
<#if project.database.vendor != "h2">

    private boolean is${(project.database.vendor == "postgresql")?then("Postgresql", "Mysql")}() {
        if (databaseProduct == null) {
            databaseProduct = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        }
        return "${(project.database.vendor == "postgresql")?then("PostgreSQL", "MySQL")}".equals(databaseProduct);
    }
</#if>
<#if project.samplePools>

    @SafeVarargs
    private static <T> T pick(int n, T... values) {
        return values[n % values.length];
    }
</#if>
<#if project.placedSamples>

    private static final String DIGITS = "0123456789";
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String SMALL_LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** {@code value} written in {@code width} characters of {@code alphabet} (its lowest places; the rest wrap). */
    private static String place(long value, int width, String alphabet) {
        char[] out = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = alphabet.charAt((int) (rest % alphabet.length()));
            rest /= alphabet.length();
        }
        return new String(out);
    }
</#if>
<#if project.paddedSamples>

    /** {@code value}, lengthened with 'x' to {@code length} characters. */
    private static String padded(String value, int length) {
        return value.length() >= length ? value : value + "x".repeat(length - value.length());
    }
</#if>
<#list project.entities as e>

    /** A saved ${e.type} with fresh values. */
    public ${e.type} ${e.varName}() {
        int n = ${e.constantName}_ROWS.getAndIncrement();
        ${e.type} ${e.varName} = new ${e.type}();
<#list e.fields as f>
        ${e.varName}.set${f.capName}(${f.counterValue.typed()});
</#list>
<#list e.requiredReferences as r>
        ${e.varName}.set${r.capName}(${r.target.varName}());
</#list>
        return ${e.varName}Repository.save(${e.varName});
    }
<#if e.exposed && e.writable>

    /** A valid request body for a new ${e.type}, its references created first. */
    public Map<String, Object> ${e.varName}Body() {
        int n = ${e.constantName}_ROWS.getAndIncrement();
        Map<String, Object> body = new LinkedHashMap<>();
<#list e.fields?filter(f -> f.writable) as f>
        body.put("${f.name}", ${f.counterValue.json()});
</#list>
<#-- one row per referenced entity, however many references point at it: each row takes a value of its
     entity's counter, and a narrow unique field has few -->
<#assign leftOut = e.referencesLeftOutOfBodies?map(r -> r.name)>
<#list e.referencesLeftOutOfBodies as r>
        // no ${r.idProperty}: its ${r.target.type} would take one of the ${e.uniqueCapacity?c} values of a unique field
        // of ${e.type}, and the test's own rows need them
</#list>
<#assign targets = []>
<#list (e.toOne + e.manyToMany)?filter(r -> !leftOut?seq_contains(r.name)) as r>
<#if !targets?seq_contains(r.target.varName)>
<#assign targets = targets + [r.target.varName]>
        long ${r.target.varName}Id = ${r.target.varName}().getId();
</#if>
</#list>
<#list e.toOne?filter(r -> !leftOut?seq_contains(r.name)) as r>
        body.put("${r.idProperty}", ${r.target.varName}Id);
</#list>
<#list e.manyToMany?filter(r -> !leftOut?seq_contains(r.name)) as r>
        body.put("${r.idProperty}", List.of(${r.target.varName}Id));
</#list>
        return body;
    }
</#if>
</#list>
}
