package org.antitrafficking.directory;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DirectoryApplication {

    /** The arguments that start a command-line task rather than the site. */
    static final List<String> TASK_PREFIXES = List.of("--editor.create=", "--editor.reset=", "--editor.disable=");

    public static void main(String[] args) {
        if (isTask(args)) {
            System.exit(runTask(args));
        }
        SpringApplication.run(DirectoryApplication.class, args);
    }

    static boolean isTask(String[] args) {
        return Arrays.stream(args).anyMatch((argument) -> TASK_PREFIXES.stream().anyMatch(argument::startsWith));
    }

    /**
     * Runs a command-line task (README, "Editors"): it does its work and stops, without
     * starting a web server.
     * @return the exit code
     */
    static int runTask(String[] args) {
        SpringApplication application = new SpringApplication(DirectoryApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return SpringApplication.exit(application.run(args));
    }

}
