package dev.backendbuilder.design;

import java.util.Locale;

/** The {@code app} section: names, Java release and production database. */
public record App(String name, String basePackage, String description, int javaRelease, Database database, Location at) {

    public static final int DEFAULT_JAVA = 17;

    /** Production database; development and tests always run on embedded H2. */
    public enum Database {
        POSTGRESQL, MYSQL, H2;

        public static Database of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT));
        }
    }
}
