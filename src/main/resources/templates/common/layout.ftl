<#--
  Layout of generated Java, as a reviewer wants it: a call or a signature stays on one line when it
  fits in 120 characters, else it takes one argument a line, 8 deeper than the line it starts on.
  Design types are still marks of their qualified name when this measures, so the measure is the
  longest the line can become (a clash writes the qualified name).
-->
<#macro wrapped indent head args tail>
<#local pad = ""?left_pad(indent)>
<#if !args?has_content || (pad + head + args?join(", ") + tail)?length <= 120>
${pad}${head}${args?join(", ")}${tail}
<#else>
${pad}${head}
<#list args as a>
${pad}        ${a}<#sep>,</#sep><#if !a?has_next>${tail}</#if>
</#list>
</#if>
</#macro>
