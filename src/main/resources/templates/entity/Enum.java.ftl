package ${e.packageName};

/** The values of {@code ${e.type}.${f.name}}. */
public enum ${f.enumType} {
<#list f.enumValues as v>
    ${v}<#sep>,</#sep>
</#list>
}
