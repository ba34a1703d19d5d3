package ${e.packageName};

<#import "imports.ftl" as i>
<@i.fieldTypes e/>
<#if e.manyToMany?has_content>
import java.util.List;
</#if>

/** What a client reads of a ${e.type}<#if e.fields?filter(f -> f.writeOnly)?has_content> (write-only fields are never sent back)</#if>. */
public record ${e.type}Response(
        Long id,
        long version<#list e.fields?filter(f -> f.readable) as f>,
        ${f.javaType} ${f.name}</#list><#list e.toOne as r>,
        Long ${r.idProperty}</#list><#list e.manyToMany as r>,
        List<Long> ${r.idProperty}</#list>) {

    static ${e.type}Response of(${e.type} ${e.varName}) {
        return new ${e.type}Response(
                ${e.varName}.getId(),
                ${e.varName}.getVersion()<#list e.fields?filter(f -> f.readable) as f>,
                ${e.varName}.get${f.capName}()</#list><#list e.toOne as r>,
                <#if r.required>${e.varName}.get${r.capName}().getId()<#else>${e.varName}.get${r.capName}() == null ? null : ${e.varName}.get${r.capName}().getId()</#if></#list><#list e.manyToMany as r>,
                ${e.varName}.get${r.capName}().stream().map(${r.target.type}::getId).sorted().toList()</#list>);
    }
}
