package ${e.packageName};

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

<#assign supertypes = "JpaRepository<" + e.type + ", Long>, JpaSpecificationExecutor<" + e.type + ">">
<#if ("public interface " + e.type + "Repository extends " + supertypes + " {")?length <= 120>
public interface ${e.type}Repository extends ${supertypes} {
<#else>
public interface ${e.type}Repository
        extends ${supertypes} {
</#if>
}
