/**
 * The real PostgreSQL server of the ITs that need one: .ci/postgres start (CI runs it) exports
 * where it is. Without one the IT fails and says how to get one; it never passes without having run.
 *   def postgres = evaluate(new File(basedir, '../../../it/_support/postgres.groovy')).find(localRepositoryPath)
 *   String url = postgres.freshDatabase('builder_it_x')   // dropped if it was there, then created
 *   postgres.connect(url).withCloseable { c -> ... }
 */
import java.sql.Connection
import java.sql.Driver

class Postgres {
    final String url
    final String user
    final String password
    private final Driver driver

    private Postgres(String url, String user, String password, Driver driver) {
        this.url = url
        this.user = user
        this.password = password
        this.driver = driver
    }

    /** The server of the environment, its JDBC driver taken from the IT's local repository. */
    static Postgres find(def localRepositoryPath) {
        def url = System.getenv('BUILDER_TEST_POSTGRES_URL')
        def user = System.getenv('BUILDER_TEST_POSTGRES_USER')
        def password = System.getenv('BUILDER_TEST_POSTGRES_PASSWORD')
        assert url && user && password : 'This IT needs a PostgreSQL server: run eval "$(.ci/postgres start)" (installs Debian\'s' +
            ' postgresql package when absent) and build again, or export BUILDER_TEST_POSTGRES_URL (jdbc:postgresql://host:port/db),' +
            ' BUILDER_TEST_POSTGRES_USER (a role that may create databases) and BUILDER_TEST_POSTGRES_PASSWORD; see the README\'s' +
            ' Development section.'
        def driverJar = jar(new File(localRepositoryPath.toString()), 'org.postgresql', 'postgresql')
        def driver = (Driver) new URLClassLoader([driverJar.toURI().toURL()] as URL[], Postgres.classLoader)
            .loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
        new Postgres(url, user, password, driver)
    }

    /** The newest {@code artifact} jar in {@code repo}. */
    static File jar(File repo, String group, String artifact) {
        def found = []
        new File(repo, group.replace('.', '/') + '/' + artifact).eachFileRecurse { if (it.name ==~ /${artifact}-[0-9.]+\.jar/) found << it }
        assert found : "no ${artifact} jar in ${repo}"
        found.sort { it.name }.last()
    }

    Connection connect(String jdbc) {
        def props = new Properties()
        props.user = user
        props.password = password
        driver.connect(jdbc, props)
    }

    /** The URL of database {@code name} on this server, new and empty. */
    String freshDatabase(String name) {
        drop(name)
        connect(url).withCloseable { Connection c -> c.createStatement().execute("CREATE DATABASE ${name}".toString()) }
        url.replaceFirst('/[^/?]*(\\?.*)?$', '/' + name)
    }

    void drop(String name) {
        connect(url).withCloseable { Connection c -> c.createStatement().execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)".toString()) }
    }
}

Postgres
