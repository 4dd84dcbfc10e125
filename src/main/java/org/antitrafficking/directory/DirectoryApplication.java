package org.antitrafficking.directory;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DirectoryApplication {

    /** The arguments that start a command-line task rather than the site. */
    static final String TASK_PREFIX = "--editor.create=";

    public static void main(String[] args) {
        if (isTask(args)) {
            System.exit(runTask(args));
        }
        SpringApplication.run(DirectoryApplication.class, args);
    }

    static boolean isTask(String[] args) {
        return Arrays.stream(args).anyMatch((argument) -> argument.startsWith(TASK_PREFIX));
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
