package ${e.packageName};

<#import "imports.ftl" as i>
<#import "../common/layout.ftl" as layout>
<#if e.list>
import ${project.packageName}.common.PageResponse;
import ${project.packageName}.common.Paging;
</#if>
<#if e.get || e.create || e.update || e.patch || e.delete>
import ${project.packageName}.common.ETags;
</#if>
<#if e.patch>
import ${project.packageName}.common.MergePatch;
</#if>
<#if e.create || e.update>
import jakarta.validation.Valid;
</#if>
<#if e.create>
import java.net.URI;
</#if>
<#if e.list>
<@i.fieldTypes e/>
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
</#if>
<#if e.get || e.create || e.update || e.patch || e.delete>
import org.springframework.http.ResponseEntity;
</#if>
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
<#if e.delete>
import org.springframework.web.bind.annotation.DeleteMapping;
</#if>
<#if e.list || e.get>
import org.springframework.web.bind.annotation.GetMapping;
</#if>
<#if e.patch>
import org.springframework.web.bind.annotation.PatchMapping;
</#if>
<#if e.itemOperations>
import org.springframework.web.bind.annotation.PathVariable;
</#if>
<#if e.create>
import org.springframework.web.bind.annotation.PostMapping;
</#if>
<#if e.update>
import org.springframework.web.bind.annotation.PutMapping;
</#if>
<#if e.writable>
import org.springframework.web.bind.annotation.RequestBody;
</#if>
<#if e.update || e.patch || e.delete>
import org.springframework.web.bind.annotation.RequestHeader;
</#if>
import org.springframework.web.bind.annotation.RequestMapping;
<#if e.list>
import org.springframework.web.bind.annotation.RequestParam;
</#if>
import org.springframework.web.bind.annotation.RestController;
<#if e.patch>
import tools.jackson.databind.JsonNode;
</#if>

<#macro guard op>
<#if project.security.enabled>
<#list e.access?filter(a -> a.name == op) as a>
    @PreAuthorize("${a.expression}")
</#list>
</#if>
</#macro>
<@layout.doc indent=0 text="{@code " + e.path + "}: " + e.operations?join(", ") + project.security.enabled?then("; who may run each is on its {@code @PreAuthorize}", "") + "."/>
@RestController
@RequestMapping(path = ${e.type}Controller.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class ${e.type}Controller {

    static final String PATH = "${e.path}";
<#if e.list>

    /** API property → entity attribute; nothing else may be sorted by. */
<@layout.wrapped indent=4 head="private static final Map<String, String> SORTABLE = new TreeMap<>(Map.ofEntries(" args=e.sorts?map(s -> 'Map.entry("' + s.name() + '", "' + s.attribute() + '")') tail="));"/>
</#if>

    private final ${e.type}Service ${e.serviceField};

    public ${e.type}Controller(${e.type}Service ${e.serviceField}) {
        this.${e.serviceField} = ${e.serviceField};
    }
<#if e.list>

<@layout.doc indent=4 text="A page of " + e.pluralVar + e.filters?has_content?then(", filtered by " + e.filters?map(f -> f.name())?join(", "), "") + "; sort by " + e.sorts?has_content?then(e.sorts?map(s -> s.name())?join(", "), "id only") + "."/>
<@guard "list"/>
    @GetMapping
    public PageResponse<${e.type}Response> list(
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", required = false) Integer size,
            @RequestParam(name = "sort", required = false) List<String> sort<#list e.filters as f>,
            @RequestParam(name = "${f.name()}", required = false) ${f.javaType()} ${f.name()}</#list>) {
<#if e.filters?has_content>
<#-- the local must not be one of the filters' parameters -->
<#assign local = ["filter", "criteria", "matching", "wanted"]?filter(n -> !e.filters?map(f -> f.name())?seq_contains(n))[0]>
<@layout.wrapped indent=8 head=e.type + "Filter " + local + " = new " + e.type + "Filter(" args=e.filters?map(f -> f.name()) tail=");"/>
        return ${e.serviceField}.list(${local}, Paging.of(page, size, sort, SORTABLE));
<#else>
        return ${e.serviceField}.list(Paging.of(page, size, sort, SORTABLE));
</#if>
    }
</#if>
<#if e.get>

<@guard "get"/>
    @GetMapping("/{id}")
    public ResponseEntity<${e.type}Response> get(@PathVariable("id") Long id) {
        ${e.type}Response body = ${e.serviceField}.get(id);
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }
</#if>
<#if e.create>

<@guard "create"/>
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<${e.type}Response> create(@Valid @RequestBody ${e.type}Request request) {
        ${e.type}Response body = ${e.serviceField}.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + body.id())).eTag(ETags.of(body.version())).body(body);
    }
</#if>
<#if e.update>

    /** Replaces the ${e.varName}; {@code If-Match} with the ETag you read is required. */
<@guard "update"/>
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<${e.type}Response> update(@PathVariable("id") Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ${e.type}Request request) {
        ${e.type}Response body = ${e.serviceField}.update(id, ETags.required(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }
</#if>
<#if e.patch>

    /** JSON Merge Patch (RFC 7396); {@code If-Match} with the ETag you read is required. */
<@guard "patch"/>
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<${e.type}Response> patch(@PathVariable("id") Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        ${e.type}Response body = ${e.serviceField}.patch(id, ETags.required(ifMatch), patch);
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }
</#if>
<#if e.delete>

    /** Deletes the ${e.varName}; an {@code If-Match} is optional and checked when sent. */
<@guard "delete"/>
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ${e.serviceField}.delete(id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
</#if>
}
