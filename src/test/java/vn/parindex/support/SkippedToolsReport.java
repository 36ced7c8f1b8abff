package vn.parindex.support;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says, once per reason and at the end of the run, which tests were skipped because a tool is missing (Chromium,
 * LibreOffice, npm) and how to install it: a machine without them runs the rest of the suite green, never silently
 * short. Registered through META-INF/services.
 */
public class SkippedToolsReport implements TestExecutionListener {

    private final Map<String, Integer> skipped = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && test.isTest()) {
            result.getThrowable().map(Throwable::getMessage)
                    .ifPresent(reason -> skipped.merge(reason.replaceFirst("^Assumption failed: ", ""), 1, Integer::sum));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skipped.forEach((reason, count) -> System.out.println("[SKIPPED] " + count + " test(s): " + reason));
    }
}
