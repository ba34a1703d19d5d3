/**
 * The security gate's engine, plain Java with no Maven API: dependency vulnerabilities with OWASP
 * Dependency-Check's engine ({@link dev.backendbuilder.security.DependencyCheckRunner}), bytecode
 * bugs with SpotBugs and Find Security Bugs in a forked JVM
 * ({@link dev.backendbuilder.security.SpotBugsRunner}), the CVSS policy, suppressions with expiry,
 * the bug baseline, the content-keyed result cache and the SARIF and HTML writers.
 */
package dev.backendbuilder.security;
