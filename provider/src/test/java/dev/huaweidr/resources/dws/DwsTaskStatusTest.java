package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.resources.dws.DwsTaskStatus.Steps;
import org.junit.jupiter.api.Test;

/** What a task's status means for {@code enabled}, and the calls that take a task to what a plan wants. */
class DwsTaskStatusTest {
    private static Steps steps(boolean pause, boolean update, boolean start) {
        return new Steps(pause, update, start, null);
    }

    @Test
    void enabledFollowsTheStatusAndStatusesThatSayNothingKeepThePriorValue() {
        for (String status : new String[] {"running", "starting", "stop_failed"}) {
            assertTrue(DwsTaskStatus.enabled(status, false), status);
        }
        for (String status : new String[] {"creating", "create_failed", "unstart", "stopping", "stopped",
                "start_failed"}) {
            assertFalse(DwsTaskStatus.enabled(status, true), status);
        }
        for (String status : new String[] {"switchovering", "abnormal", "deleting"}) {
            assertTrue(DwsTaskStatus.enabled(status, true), status);
            assertFalse(DwsTaskStatus.enabled(status, false), status);
            assertFalse(DwsTaskStatus.enabled(status, null), status + " without a prior value, as after an import");
        }
    }

    @Test
    void startAndPauseGoFromTheStatusesDwsAllows() {
        assertEquals(steps(false, false, true), DwsTaskStatus.toReach("unstart", false, true));
        assertEquals(steps(false, false, true), DwsTaskStatus.toReach("stopped", false, true));
        assertEquals(steps(false, false, true), DwsTaskStatus.toReach("start_failed", false, true));
        assertEquals(steps(true, false, false), DwsTaskStatus.toReach("running", false, false));
        assertEquals(steps(true, false, false), DwsTaskStatus.toReach("stop_failed", false, false),
                "a failed pause is paused again");
        assertEquals(Steps.NONE, DwsTaskStatus.toReach("running", false, true));
        assertEquals(Steps.NONE, DwsTaskStatus.toReach("stopped", false, false));
    }

    @Test
    void aRunningTaskIsPausedForANewSyncPeriodAndStartedAgainWhenItStaysEnabled() {
        assertEquals(steps(true, true, true), DwsTaskStatus.toReach("running", true, true));
        assertEquals(steps(true, true, false), DwsTaskStatus.toReach("running", true, false));
        assertEquals(steps(false, true, true), DwsTaskStatus.toReach("stopped", true, true));
        assertEquals(steps(false, true, false), DwsTaskStatus.toReach("unstart", true, false));
    }

    @Test
    void aStatusThatAllowsNoWayThereIsRefusedWithWhy() {
        Steps abnormal = DwsTaskStatus.toReach("abnormal", true, true);
        assertEquals("DWS changes the sync period only while a task is unstart or stopped, and pauses only a "
                + "running task (or one whose pause failed); the task is abnormal.", abnormal.refusal());
        assertFalse(abnormal.pause() || abnormal.updateSyncPeriod() || abnormal.start(), "nothing is called");
        assertEquals("DWS changes the sync period only while a task is unstart or stopped, and pauses only a "
                + "running task (or one whose pause failed); the task is start_failed.",
                DwsTaskStatus.toReach("start_failed", true, false).refusal());
        assertEquals("DWS starts a task only from unstart, start_failed or stopped; the task is create_failed.",
                DwsTaskStatus.toReach("create_failed", false, true).refusal());
    }

    @Test
    void anAbnormalTaskThatCountsAsWhatThePlanWantsNeedsNothing() {
        assertEquals(Steps.NONE, DwsTaskStatus.toReach("abnormal", false, true));
        assertEquals(Steps.NONE, DwsTaskStatus.toReach("abnormal", false, false));
        assertNull(DwsTaskStatus.toReach("abnormal", false, true).refusal());
    }
}
