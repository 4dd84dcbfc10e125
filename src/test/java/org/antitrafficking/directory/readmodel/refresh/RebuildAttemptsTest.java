package org.antitrafficking.directory.readmodel.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which versions are built and which failures are kept, against a read model whose builds
 * the test makes fail. The poll interval is an hour, so a version that failed is never
 * due again on its own while a test runs.
 */
class RebuildAttemptsTest {

    private static final DataVersion SERVED = new DataVersion(3, Instant.parse("2026-11-01T00:00:00Z"));

    private static final DataVersion NEWER = new DataVersion(4, Instant.parse("2026-11-02T00:00:00Z"));

    private static final DataVersion NEWEST = new DataVersion(5, Instant.parse("2026-11-03T00:00:00Z"));

    private static final RebuildAttempts.Database UP = () -> true;

    private static final RebuildAttempts.Database GONE = () -> false;

    private static final RebuildAttempts.Database NOT_ASKED = () -> {
        throw new AssertionError("the database is asked about only after a failed build");
    };

    private final ScriptedReadModel readModel = new ScriptedReadModel();

    private final RebuildAttempts attempts = new RebuildAttempts(readModel, Duration.ofHours(1));

    @Test
    void shouldBuildNothingWhileTheSnapshotHoldsTheNewestVersion() throws Exception {
        attempts.catchUp(SERVED, NOT_ASKED);

        assertThat(readModel.builds).isZero();
        assertThat(attempts.rebuildFailure()).isNull();
    }

    @Test
    void shouldBuildANewVersionAtOnce() throws Exception {
        attempts.catchUp(NEWER, NOT_ASKED);

        assertThat(readModel.builds).isEqualTo(1);
        assertThat(readModel.snapshot().version()).isEqualTo(NEWER);
        assertThat(attempts.rebuildFailure()).isNull();
    }

    @Test
    void shouldRecordAFailedBuildAndNotTryTheVersionAgainBeforeItIsDue() throws Exception {
        readModel.failure = new IllegalStateException("The database holds WorkFunction 'rescue'");

        attempts.catchUp(NEWER, UP);
        attempts.catchUp(NEWER, UP);
        attempts.catchUp(NEWER, UP);

        assertThat(readModel.builds).isEqualTo(1);
        assertThat(readModel.snapshot().version()).isEqualTo(SERVED);
        RebuildFailure failure = attempts.rebuildFailure();
        assertThat(failure.version()).isEqualTo(NEWER);
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.error())
            .isEqualTo("java.lang.IllegalStateException: The database holds WorkFunction 'rescue'");
        assertThat(failure.isDue()).isFalse();
    }

    @Test
    void shouldTryANewerVersionAtOnceAndCountItsAttemptsAfresh() throws Exception {
        readModel.failure = new IllegalStateException("bad row");
        attempts.catchUp(NEWER, UP);
        attempts.catchUp(NEWER, UP);

        attempts.catchUp(NEWEST, UP);

        assertThat(readModel.builds).isEqualTo(2);
        assertThat(attempts.rebuildFailure().version()).isEqualTo(NEWEST);
        assertThat(attempts.rebuildFailure().attempts()).isEqualTo(1);
    }

    @Test
    void shouldTryAFailedVersionAgainAtOnceWhenTheDatabaseIsBack() throws Exception {
        readModel.failure = new IllegalStateException("bad row");
        attempts.catchUp(NEWER, UP);

        attempts.retryNow();
        attempts.catchUp(NEWER, UP);

        assertThat(readModel.builds).isEqualTo(2);
        assertThat(attempts.rebuildFailure().attempts()).isEqualTo(2);
        assertThat(attempts.rebuildFailure().isDue()).isFalse();
    }

    @Test
    void shouldDoNothingOnRetryNowWithoutAFailure() {
        attempts.retryNow();

        assertThat(attempts.rebuildFailure()).isNull();
    }

    @Test
    void shouldThrowAFailedBuildAsTheConnectionsFailureWhenTheDatabaseHasGone() {
        IllegalStateException lost = new IllegalStateException("connection lost while building");
        readModel.failure = lost;

        assertThatThrownBy(() -> attempts.catchUp(NEWER, GONE)).isSameAs(lost);
        assertThat(attempts.rebuildFailure()).as("not a failure of the version").isNull();
    }

    @Test
    void shouldForgetTheFailureOnceTheVersionBuilds() throws Exception {
        readModel.failure = new IllegalStateException("bad row");
        attempts.catchUp(NEWER, UP);
        readModel.failure = null;

        attempts.retryNow();
        attempts.catchUp(NEWER, NOT_ASKED);

        assertThat(readModel.snapshot().version()).isEqualTo(NEWER);
        assertThat(attempts.rebuildFailure()).isNull();
    }

    @Test
    void shouldForgetTheFailureWhenTheSnapshotHoldsTheVersionAnyway() throws Exception {
        readModel.failure = new IllegalStateException("bad row");
        attempts.catchUp(NEWER, UP);
        readModel.serve(NEWER);

        attempts.catchUp(NEWER, NOT_ASKED);

        assertThat(readModel.builds).isEqualTo(1);
        assertThat(attempts.rebuildFailure()).isNull();
    }

    /** A read model that serves a snapshot of nothing, and builds or fails as told. */
    private static final class ScriptedReadModel extends RefreshingReadModel {

        private DirectorySnapshot snapshot = snapshotOf(SERVED);

        private RuntimeException failure;

        private int builds;

        ScriptedReadModel() {
            super(null, null);
        }

        void serve(DataVersion version) {
            snapshot = snapshotOf(version);
        }

        @Override
        public DirectorySnapshot snapshot() {
            return snapshot;
        }

        @Override
        synchronized boolean refreshTo(DataVersion version) {
            builds++;
            if (failure != null) {
                throw failure;
            }
            serve(version);
            return true;
        }

        private static DirectorySnapshot snapshotOf(DataVersion version) {
            return new DirectorySnapshot(version, null, List.of(), null, List.of(), null, null, null, List.of(), null,
                    null, List.of(), null, null, null, null, null, null, null, null, null);
        }

    }

}
