package ${e.packageName};

<#import "imports.ftl" as i>
<#list e.constraintImports as imp>
import ${imp};
</#list>
<@i.fieldTypes e/>
<#if e.manyToMany?has_content>
import java.util.List;
</#if>

/** What a client sends to create or replace a ${e.type} (a PATCH is merged into it, then validated). */
public record ${e.type}Request(
<#assign params = []>
<#list e.fields?filter(f -> f.writable) as f>
<#assign params = params + [(f.constraints?has_content)?then(f.constraints?join(" ") + " ", "") + f.javaType + " " + f.name]>
</#list>
<#list e.toOne as r>
<#assign params = params + [r.required?then("@NotNull ", "") + "Long " + r.idProperty]>
</#list>
<#list e.manyToMany as r>
<#assign params = params + ["List<Long> " + r.idProperty]>
</#list>
<#list params as p>
        ${p}<#sep>,</#sep>
</#list>
) {
}
