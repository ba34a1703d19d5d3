package ${e.packageName};

/** The values of {@code ${e.name}.${f.name}}. */
public enum ${f.enumType} {
<#list f.enumValues as v>
    ${v}<#sep>,</#sep>
</#list>
}
