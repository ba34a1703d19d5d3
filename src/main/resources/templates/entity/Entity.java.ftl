package ${e.packageName};

<#import "imports.ftl" as i>
import jakarta.persistence.Column;
<#if e.enumFields?has_content>
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
</#if>
import jakarta.persistence.Entity;
<#if e.toOne?has_content || e.manyToMany?has_content>
import jakarta.persistence.FetchType;
</#if>
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
<#if e.manyToMany?has_content>
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
</#if>
<#if e.toOne?has_content || e.manyToMany?has_content>
import jakarta.persistence.JoinColumn;
</#if>
<#if e.toOne?filter(r -> !r.oneToOne)?has_content>
import jakarta.persistence.ManyToOne;
</#if>
<#if e.toOne?filter(r -> r.oneToOne)?has_content>
import jakarta.persistence.OneToOne;
</#if>
import jakarta.persistence.Table;
import jakarta.persistence.Version;
<@i.fieldTypes e/>
<#if e.manyToMany?has_content>
import java.util.LinkedHashSet;
import java.util.Set;
</#if>

/** The {@code ${e.table}} table. */
@Entity
@Table(name = "${e.table}")
public class ${e.type} {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking: every write increments it; the API's ETag is this version. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;
<#list e.fields as f>

<#if f.enum>
    @Enumerated(EnumType.STRING)
</#if>
    ${f.columnAnnotation}
    private ${f.javaType} ${f.name}<#if f.defaultExpression??> = ${f.defaultExpression}</#if>;
</#list>
<#list e.toOne as r>

    @<#if r.oneToOne>OneToOne<#else>ManyToOne</#if>(fetch = FetchType.LAZY<#if r.required>, optional = false</#if>)
    @JoinColumn(name = "${r.column}"<#if r.required>, nullable = false</#if>)
    private ${r.target.type} ${r.name};
</#list>
<#list e.manyToMany as r>

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "${r.joinTable}", joinColumns = @JoinColumn(name = "${r.joinOwnerColumn}"),
            inverseJoinColumns = @JoinColumn(name = "${r.joinTargetColumn}"))
    private Set<${r.target.type}> ${r.name} = new LinkedHashSet<>();
</#list>

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
<#list e.fields as f>

    public ${f.javaType} get${f.capName}() {
        return ${f.name};
    }

    public void set${f.capName}(${f.javaType} ${f.name}) {
        this.${f.name} = ${f.name};
    }
</#list>
<#list e.toOne as r>

    public ${r.target.type} get${r.capName}() {
        return ${r.name};
    }

    public void set${r.capName}(${r.target.type} ${r.name}) {
        this.${r.name} = ${r.name};
    }
</#list>
<#list e.manyToMany as r>

    public Set<${r.target.type}> get${r.capName}() {
        return ${r.name};
    }

    public void set${r.capName}(Set<${r.target.type}> ${r.name}) {
        this.${r.name} = ${r.name};
    }
</#list>
}
