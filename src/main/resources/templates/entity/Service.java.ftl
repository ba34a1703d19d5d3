<#import "imports.ftl" as i>
<#import "../common/layout.ftl" as layout>
package ${e.packageName};

import ${project.packageName}.common.ApiException;
import ${project.packageName}.common.PageResponse;
<#if e.patch>
import ${project.packageName}.common.MergePatch;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
</#if>
<#if e.filters?has_content>
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
</#if>
<@i.fieldTypes e/>
<#if e.writable && e.manyToMany?has_content>
import java.util.LinkedHashSet;
</#if>
<#if e.filters?has_content || e.manyToMany?has_content>
import java.util.List;
</#if>
<#if e.filters?filter(f -> f.isText())?has_content>
import java.util.Locale;
</#if>
<#if e.patch || (e.writable && e.manyToMany?has_content)>
import java.util.Set;
</#if>
<#if e.cached || e.dependentCaches?has_content>
import org.springframework.cache.annotation.CacheEvict;
</#if>
<#if e.cached>
import org.springframework.cache.annotation.Cacheable;
</#if>
<#if e.cached && e.dependentCaches?has_content>
import org.springframework.cache.annotation.Caching;
</#if>
import org.springframework.data.domain.Pageable;
<#if e.filters?has_content>
import org.springframework.data.jpa.domain.Specification;
</#if>
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
<#if e.patch>
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
</#if>

/** The ${e.type} use cases, each in one transaction. */
@Service
@Transactional(readOnly = true)
public class ${e.type}Service {

    private final ${e.type}Repository repository;
<#list e.repositoryFields as t>
    private final ${t.type}Repository ${t.varName}Repository;
</#list>
<#if e.patch>
    private final JsonMapper jsonMapper;
    private final Validator validator;
</#if>

<@layout.wrapped indent=4 head="public " + e.type + "Service(" args=[e.type + "Repository repository"] + e.repositoryFields?map(t -> t.type + "Repository " + t.varName + "Repository") + e.patch?then(["JsonMapper jsonMapper", "Validator validator"], []) tail=") {"/>
        this.repository = repository;
<#list e.repositoryFields as t>
        this.${t.varName}Repository = ${t.varName}Repository;
</#list>
<#if e.patch>
        this.jsonMapper = jsonMapper;
        this.validator = validator;
</#if>
    }
<#if e.list>

    public PageResponse<${e.type}Response> list(<#if e.filters?has_content>${e.type}Filter filter, </#if>Pageable pageable) {
<#if e.filters?has_content>
        Specification<${e.type}> matching = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
<#list e.filters as f>
            if (filter.${f.name()}() != null) {
<#if f.isText()>
                predicates.add(cb.like(cb.lower(root.get("${f.attribute()}")), containing(filter.${f.name()}()), '\\'));
<#elseif f.isReference()>
                predicates.add(cb.equal(root.get("${f.attribute()}").get("id"), filter.${f.name()}()));
<#elseif f.isManyToMany()>
                query.distinct(true);
                predicates.add(cb.equal(root.join("${f.attribute()}").get("id"), filter.${f.name()}()));
<#else>
                predicates.add(cb.equal(root.get("${f.attribute()}"), filter.${f.name()}()));
</#if>
            }
</#list>
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return PageResponse.of(repository.findAll(matching, pageable), ${e.type}Response::of);
<#else>
        return PageResponse.of(repository.findAll(pageable), ${e.type}Response::of);
</#if>
    }
<#if e.filters?filter(f -> f.isText())?has_content>

    /** A case-insensitive "contains" pattern in which the client's % and _ are literal. */
    private static String containing(String text) {
        String literal = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
</#if>
</#if>
<#if e.get>

<#if e.cached>
    // sync: the load goes through the cache, which then knows whether a write overlapped it
    @Cacheable(cacheNames = "${e.cacheName}", key = "#p0", sync = true)
</#if>
    public ${e.type}Response get(Long id) {
        return ${e.type}Response.of(find(id));
    }
</#if>
<#if e.create>

    @Transactional
    public ${e.type}Response create(${e.type}Request request) {
        ${e.type} ${e.varName} = new ${e.type}();
        apply(${e.varName}, request);
        return ${e.type}Response.of(repository.saveAndFlush(${e.varName}));
    }
</#if>
<#if e.update>

    @Transactional
<#if e.cached>
    @CacheEvict(cacheNames = "${e.cacheName}", key = "#p0")
</#if>
    public ${e.type}Response update(Long id, long expectedVersion, ${e.type}Request request) {
        ${e.type} ${e.varName} = find(id);
        checkVersion(${e.varName}, expectedVersion);
        apply(${e.varName}, request);
        return ${e.type}Response.of(repository.saveAndFlush(${e.varName}));
    }
</#if>
<#if e.patch>

    /** Merges {@code patch} (RFC 7396) into the current state, validates the result as a full request, and saves it. */
    @Transactional
<#if e.cached>
    @CacheEvict(cacheNames = "${e.cacheName}", key = "#p0")
</#if>
    public ${e.type}Response patch(Long id, long expectedVersion, JsonNode patch) {
        ${e.type} ${e.varName} = find(id);
        checkVersion(${e.varName}, expectedVersion);
        JsonNode merged = MergePatch.apply(jsonMapper.valueToTree(toRequest(${e.varName})), patch);
        ${e.type}Request request = jsonMapper.treeToValue(merged, ${e.type}Request.class);
        Set<ConstraintViolation<${e.type}Request>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        apply(${e.varName}, request);
        return ${e.type}Response.of(repository.saveAndFlush(${e.varName}));
    }

    private static ${e.type}Request toRequest(${e.type} ${e.varName}) {
<#assign args = []>
<#list e.fields?filter(f -> f.writable) as f>
<#assign args = args + [e.varName + ".get" + f.capName + "()"]>
</#list>
<#list e.toOne as r>
<#assign args = args + [r.required?then(e.varName + ".get" + r.capName + "().getId()", e.varName + ".get" + r.capName + "() == null ? null : " + e.varName + ".get" + r.capName + "().getId()")]>
</#list>
<#list e.manyToMany as r>
<#assign args = args + [e.varName + ".get" + r.capName + "().stream().map(" + r.target.type + "::getId).sorted().toList()"]>
</#list>
<@layout.wrapped indent=8 head="return new " + e.type + "Request(" args=args tail=");"/>
    }
</#if>
<#if e.delete>

    @Transactional
<#if e.cached && e.dependentCaches?has_content>
    @Caching(evict = {
            @CacheEvict(cacheNames = "${e.cacheName}", key = "#p0")<#list e.dependentCaches as c>,
            @CacheEvict(cacheNames = "${c}", allEntries = true)</#list>})
<#elseif e.cached>
    @CacheEvict(cacheNames = "${e.cacheName}", key = "#p0")
<#elseif e.dependentCaches?has_content>
    @CacheEvict(cacheNames = {<#list e.dependentCaches as c>"${c}"<#sep>, </#sep></#list>}, allEntries = true)
</#if>
    public void delete(Long id, Long expectedVersion) {
        ${e.type} ${e.varName} = find(id);
        if (expectedVersion != null) {
            checkVersion(${e.varName}, expectedVersion);
        }
        repository.delete(${e.varName});
        // Flush inside the transaction so a restricting foreign key is reported here, as a 409.
        repository.flush();
    }
</#if>
<#if e.itemOperations>

    private ${e.type} find(Long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("${e.type}", id));
    }
</#if>
<#if e.update || e.patch || e.delete>

    private static void checkVersion(${e.type} ${e.varName}, long expectedVersion) {
        if (${e.varName}.getVersion() != expectedVersion) {
            throw ApiException.staleVersion("${e.type}", ${e.varName}.getId());
        }
    }
</#if>
<#if e.writable>

    private void apply(${e.type} ${e.varName}, ${e.type}Request request) {
<#list e.fields?filter(f -> f.writable) as f>
<#if f.defaultExpression?? && !f.required>
<#if (8 + (e.varName + ".set" + f.capName + "(request." + f.name + "() != null ? request." + f.name + "() : " + f.defaultExpression + ");")?length) <= 120>
        ${e.varName}.set${f.capName}(request.${f.name}() != null ? request.${f.name}() : ${f.defaultExpression});
<#else>
        ${e.varName}.set${f.capName}(request.${f.name}() != null
                ? request.${f.name}()
                : ${f.defaultExpression});
</#if>
<#else>
        ${e.varName}.set${f.capName}(request.${f.name}());
</#if>
</#list>
<#list e.toOne as r>
<#if r.required>
        ${e.varName}.set${r.capName}(${r.target.varName}(request.${r.idProperty}(), "${r.idProperty}"));
<#else>
<#if (8 + (e.varName + ".set" + r.capName + "(request." + r.idProperty + "() == null ? null : " + r.target.varName + "(request." + r.idProperty + '(), "' + r.idProperty + '"));')?length) <= 120>
        ${e.varName}.set${r.capName}(request.${r.idProperty}() == null ? null : ${r.target.varName}(request.${r.idProperty}(), "${r.idProperty}"));
<#else>
        ${e.varName}.set${r.capName}(request.${r.idProperty}() == null
                ? null
                : ${r.target.varName}(request.${r.idProperty}(), "${r.idProperty}"));
</#if>
</#if>
</#list>
<#list e.manyToMany as r>
        ${e.varName}.set${r.capName}(${r.target.varName}All(request.${r.idProperty}(), "${r.idProperty}"));
</#list>
    }
</#if>
<#list e.referencedEntitiesForResolve as t>

    private ${t.type} ${t.varName}(Long id, String property) {
        return ${(t == e)?then("repository", t.varName + "Repository")}.findById(id)
                .orElseThrow(() -> ApiException.badRequest(property, "No ${t.type} with id " + id + "."));
    }
</#list>
<#list e.manyToManyTargets as t>

    private Set<${t.type}> ${t.varName}All(List<Long> ids, String property) {
        Set<${t.type}> found = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            found.add(${t.varName}(id, property));
        }
        return found;
    }
</#list>
}
