<#-- Imports of the Java types an entity's fields use. -->
<#macro fieldTypes e>
<#if e.uses("BigDecimal")>
import java.math.BigDecimal;
</#if>
<#if e.uses("Instant")>
import java.time.Instant;
</#if>
<#if e.uses("LocalDate")>
import java.time.LocalDate;
</#if>
<#if e.uses("UUID")>
import java.util.UUID;
</#if>
</#macro>
