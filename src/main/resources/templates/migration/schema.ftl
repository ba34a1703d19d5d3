<#-- The schema of entities as SQL, shared by V1 (every entity) and the later migrations (the entities they add). -->
<#macro table e d>

CREATE TABLE ${e.table} (
    id ${d.idColumn},
    version BIGINT NOT NULL DEFAULT 0,
<#list e.fields as f>
    ${f.column} ${f.sqlType(d)}<#if f.required> NOT NULL</#if>,
</#list>
<#list e.toOne as r>
    ${r.column} BIGINT<#if r.required> NOT NULL</#if>,
</#list>
    CONSTRAINT pk_${e.constraintBase} PRIMARY KEY (id)<#list e.uniqueFields as f>,
    CONSTRAINT uk_${e.constraintBase}_${f.column} UNIQUE (${f.column})</#list><#list e.toOne?filter(r -> r.oneToOne) as r>,
    CONSTRAINT ${r.uniqueName} UNIQUE (${r.column})</#list><#list e.enumFields as f>,
    CONSTRAINT ck_${e.constraintBase}_${f.column} CHECK (${f.column} IN (<#list f.enumValues as v>${d.quote(v)}<#sep>, </#sep></#list>))</#list>
);
</#macro>
<#macro foreignKey e r>

ALTER TABLE ${e.table} ADD CONSTRAINT ${r.foreignKeyName}
    FOREIGN KEY (${r.column}) REFERENCES ${r.target.table} (id) ON DELETE ${r.onDeleteSql};
</#macro>
<#macro joinTable e r>

CREATE TABLE ${r.joinTable} (
    ${r.joinOwnerColumn} BIGINT NOT NULL,
    ${r.joinTargetColumn} BIGINT NOT NULL,
    CONSTRAINT pk_${r.joinTable} PRIMARY KEY (${r.joinOwnerColumn}, ${r.joinTargetColumn}),
    CONSTRAINT fk_${r.joinTable}_${r.joinOwnerColumn} FOREIGN KEY (${r.joinOwnerColumn}) REFERENCES ${e.table} (id) ON DELETE CASCADE,
    CONSTRAINT fk_${r.joinTable}_${r.joinTargetColumn} FOREIGN KEY (${r.joinTargetColumn}) REFERENCES ${r.target.table} (id) ON DELETE CASCADE
);
CREATE INDEX ${r.joinIndexName} ON ${r.joinTable} (${r.joinTargetColumn});
</#macro>
<#macro index e x>
CREATE INDEX ${x.name()} ON ${e.table} (${x.columnList});
</#macro>
<#-- what refers onward from entity e: its foreign keys, join tables and indexes -->
<#macro relations e>
<#list e.toOne as r>
<@foreignKey e r/>
</#list>
<#list e.manyToMany as r>
<@joinTable e r/>
</#list>
<#list e.indexes as x>
<@index e x/>
</#list>
</#macro>
