package ${project.packageName}.common;

import ${project.packageName}.${project.applicationClass};
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Spring Data repositories, named by their fully qualified interface like every other bean, so an
 * entity's repository never clashes with one of the same name elsewhere. Kept out of the
 * application class so that slice tests ({@code @WebMvcTest}) do not need a database.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = ${project.applicationClass}.class,
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class RepositoryConfiguration {
}
