      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
<#if project.benchmarks?has_content>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <executions>
          <execution>
            <!-- JMH's annotation processor writes the benchmark harness and META-INF/BenchmarkList;
                 named here because JDK 23 and later run no processor found on the class path -->
            <id>default-testCompile</id>
            <configuration>
              <annotationProcessorPaths>
                <path>
                  <groupId>org.openjdk.jmh</groupId>
                  <artifactId>jmh-generator-annprocess</artifactId>
                  <version>1.37</version>
                </path>
              </annotationProcessorPaths>
            </configuration>
          </execution>
        </executions>
      </plugin>
</#if>
      <plugin>
        <groupId>dev.backendbuilder</groupId>
        <artifactId>builder-maven-plugin</artifactId>
        <version>${r"${builder.version}"}</version>
        <executions>
          <execution>
            <id>builder-gates</id>
            <goals>
              <goal>validate</goal>
              <goal>prepare-coverage</goal>
              <goal>coverage</goal>
              <goal>security</goal>
<#if project.benchmarks?has_content>
              <goal>benchmark</goal>
</#if>
              <goal>report</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
