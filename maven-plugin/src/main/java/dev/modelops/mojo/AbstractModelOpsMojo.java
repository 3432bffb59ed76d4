package dev.modelops.mojo;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Common to every goal: {@code modelops.skip}, said once in the log, before any work. */
public abstract class AbstractModelOpsMojo extends AbstractMojo {

    /** Skips every modelops goal of this build. */
    @Parameter(property = "modelops.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping modelops:" + goalName() + " because modelops.skip is true");
            return;
        }
        executeGoal();
    }

    protected abstract String goalName();

    protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    boolean isSkip() {
        return skip;
    }
}
