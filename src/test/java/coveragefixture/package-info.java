/**
 * Classes the coverage tests instrument with JaCoCo and run in memory. They live outside
 * {@code dev.backendbuilder} so that the agent measuring this plugin's own tests leaves them alone.
 */
package coveragefixture;
