package org.antitrafficking.directory.readmodel.refresh;

import java.time.Duration;
import java.util.Properties;

import org.antitrafficking.directory.DirectoryProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The settings the watcher's own connection is opened with. */
class ListeningConnectionTest {

    @Test
    void shouldGiveTheCredentialsAndTimeoutsALittleLongerThanAPoll() {
        Properties settings = ListeningConnection.settings(details("directory", "secret"),
                refresh(Duration.ofSeconds(5)));

        assertThat(settings).containsEntry("user", "directory")
            .containsEntry("password", "secret")
            .containsEntry("connectTimeout", "2")
            .containsEntry("socketTimeout", "35")
            .containsEntry("tcpKeepAlive", "true")
            .containsEntry("ApplicationName", "directory data version watcher")
            .hasSize(6);
    }

    @Test
    void shouldCountAPollShorterThanASecondAsOne() {
        Properties settings = ListeningConnection.settings(details("directory", "secret"),
                refresh(Duration.ofMillis(100)));

        assertThat(settings).containsEntry("socketTimeout", "31");
    }

    @Test
    void shouldLeaveOutCredentialsThatAreNotSet() {
        Properties settings = ListeningConnection.settings(details(null, null), refresh(Duration.ofSeconds(5)));

        assertThat(settings).doesNotContainKeys("user", "password").containsEntry("connectTimeout", "2");
    }

    @Test
    void shouldCloseNothingQuietly() {
        assertThatNoException().isThrownBy(() -> ListeningConnection.closeQuietly(null));
    }

    private static DirectoryProperties.Refresh refresh(Duration pollInterval) {
        return new DirectoryProperties.Refresh(pollInterval, Duration.ofSeconds(1));
    }

    private static JdbcConnectionDetails details(String username, String password) {
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return "jdbc:postgresql://localhost:5432/directory";
            }
        };
    }

}
