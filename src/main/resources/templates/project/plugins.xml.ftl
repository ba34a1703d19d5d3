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
      <plugin>
        <!-- fails at once, saying what to do, when the JDK running Maven is older than app.java -->
        <artifactId>maven-enforcer-plugin</artifactId>
        <executions>
          <execution>
            <id>java-release</id>
            <goals>
              <goal>enforce</goal>
            </goals>
            <configuration>
              <rules>
                <requireJavaVersion>
                  <version>[${project.javaRelease},)</version>
                  <message>This project is built for Java ${project.javaRelease} (app.java in design.yaml). Run Maven on a JDK ${project.javaRelease} or newer: set JAVA_HOME to it (JAVA_HOME=/path/to/jdk-${project.javaRelease} mvn verify), or configure a JDK ${project.javaRelease} toolchain in ~/.m2/toolchains.xml.</message>
                </requireJavaVersion>
              </rules>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <!-- tests must not depend on each other's order; surefire prints the seed to replay one -->
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <runOrder>random</runOrder>
        </configuration>
      </plugin>
