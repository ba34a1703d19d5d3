<#import "imports.ftl" as i>
<#import "../common/layout.ftl" as layout>
package ${e.packageName};

<@i.fieldTypes e/>

/** The filters of {@code GET ${e.path}}; {@code null} means "any". */
<@layout.wrapped indent=0 head="public record " + e.type + "Filter(" args=e.filters?map(f -> f.javaType() + " " + f.name()) tail=") {"/>
}
