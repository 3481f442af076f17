package dev.migrations.core.api;

import java.time.Duration;

/**
 * A step that ran, and how long it took.
 *
 * @param step the step
 * @param duration its duration, SQL and version rows included
 */
public record StepResult(Step step, Duration duration) {

}
