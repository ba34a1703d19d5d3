package ${e.packageName};

<#import "imports.ftl" as i>
<@i.fieldTypes e/>

/** The filters of {@code GET ${e.path}}; {@code null} means "any". */
public record ${e.type}Filter(<#list e.filters as f>${f.javaType()} ${f.name()}<#sep>, </#sep></#list>) {
}
