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

<#--
  A Javadoc comment: on one line when it fits in 120 characters, else a block wrapped at 100.
  Design types in a comment become their simple names, so they are measured as such.
-->
<#macro doc indent text>
<#local pad = ""?left_pad(indent)>
<#local plain = text?replace("\x0001[\\w.]*\\.", "", "r")?replace("\x0001", "")?replace("\x0002", "")>
<#if (pad + "/** " + plain + " */")?length <= 120>
${pad}/** ${plain} */
<#else>
${pad}/**
<#local line = "">
<#list plain?split(" ") as word>
<#if line?has_content && (pad + " * " + line + " " + word)?length gt 100>
${pad} * ${line}
<#local line = word>
<#else>
<#local line = line?has_content?then(line + " " + word, word)>
</#if>
</#list>
${pad} * ${line}
${pad} */
</#if>
</#macro>
