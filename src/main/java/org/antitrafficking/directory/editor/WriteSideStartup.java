package org.antitrafficking.directory.editor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Keeps the editors' side off the path to the first public page: JPA and Hibernate, the
 * records' repositories, Spring Security's filter chain, Spring Session and the beans of
 * {@code editor} and {@code records} are made lazy, so the context refreshes, the web
 * server opens and the public site serves without them; public pages and the API read the
 * read model in memory and need none of them. Once the application is ready, one
 * background thread creates them all, so Hibernate still checks the entities against the
 * schema ({@code ddl-auto=validate}) within seconds of the start, and a mismatch still
 * stops the application with exit status 1. An editor's request that comes earlier waits
 * for the beans it needs, created on its own thread or the background one; the filter
 * that maps Spring Security to {@code /editor/*} is registered with the server from the
 * start (Spring Boot's {@code DelegatingFilterProxy} finds its target at the first
 * request), so no editor page is ever served without it.
 *
 * <p>
 * The data source, Flyway, the read model and the suggestion form, whose classes live
 * elsewhere, stay as they are. So do beans the start-up creates whatever their flag says
 * (post-processors, the servlet filters' registrations, web server customizers, runners)
 * and those a {@link LazyInitializationExcludeFilter} keeps eager. The entity manager
 * factory is declared in {@code RecordsConfiguration} so that Spring does not create it
 * early as a {@code LoadTimeWeaverAware} bean. A bean that is a
 * {@link SmartInitializingSingleton} is told once all are created, as it would be at the
 * end of an eager refresh.
 *
 * <p>
 * If the database is away when the background creation fails (Hibernate reads the schema
 * through it), the instance keeps serving its public pages and tries again every
 * {@link #RETRY}; a failure with the database there is a mistake, and stops it.
 */
@Component
class WriteSideStartup implements BeanFactoryPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(WriteSideStartup.class);

    static final Duration RETRY = Duration.ofSeconds(5);

    /**
     * Where the classes that declare the editors' side's beans live: the application's
     * own, and Spring Boot's and Spring's for JPA, Hibernate, Spring Data JPA, Spring
     * Security, Spring Session and transactions (only the editors' side uses the JPA
     * transaction manager; the read model and the suggestion form have their own).
     */
    static final List<String> WRITE_SIDE_PACKAGES = List.of("org.antitrafficking.directory.editor",
            "org.antitrafficking.directory.records", "org.springframework.boot.hibernate",
            "org.springframework.boot.jpa", "org.springframework.boot.data.jpa", "org.springframework.orm.jpa",
            "org.springframework.data.jpa", "org.springframework.boot.security", "org.springframework.security",
            "org.springframework.boot.session", "org.springframework.session", "org.springframework.boot.transaction");

    /**
     * Beans kept eager: those the start-up creates whatever their flag says
     * (post-processors, what configures the web server, Spring MVC and lazy
     * initialization, runners), and Spring Security's {@code RequestDataValueProcessor},
     * which every page with a form asks for as it renders (it adds nothing outside
     * {@code /editor}). A public page must never wait for a bean: while the background
     * thread creates one, Spring holds its lock on creating singletons.
     */
    private static final List<Class<?>> KEPT_EAGER = List.of(BeanFactoryPostProcessor.class, BeanPostProcessor.class,
            ServletContextInitializer.class, WebServerFactoryCustomizer.class, WebMvcConfigurer.class,
            LazyInitializationExcludeFilter.class, ApplicationRunner.class, CommandLineRunner.class,
            RequestDataValueProcessor.class);

    private final Set<String> lazy = new LinkedHashSet<>();

    private final CompletableFuture<Void> created = new CompletableFuture<>();

    private @Nullable ConfigurableListableBeanFactory beans;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
        Collection<LazyInitializationExcludeFilter> keptEager = beans
            .getBeansOfType(LazyInitializationExcludeFilter.class, false, false)
            .values();
        Set<String> eager = new HashSet<>();
        for (String name : beans.getBeanDefinitionNames()) {
            if (isKeptEager(beans.getType(name, false))) {
                eager.add(name);
                // with the configuration whose method makes it
                String factory = beans.getBeanDefinition(name).getFactoryBeanName();
                if (factory != null) {
                    eager.add(factory);
                }
            }
        }
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (eager.contains(name) || !definition.isSingleton() || definition.isAbstract()
                    || isEagerByDeclaration(definition) || !isWriteSide(beans, definition)) {
                continue;
            }
            Class<?> type = beans.getType(name, false);
            if (type == null || keptEager.stream().anyMatch((filter) -> filter.isExcluded(name, definition, type))) {
                continue;
            }
            definition.setLazyInit(true);
            if (beans.isFactoryBean(name) && definition.getAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE) == null) {
                // What it makes, as Spring Data says of its repositories: else a look-up
                // by
                // type (a public request's too) would create the factory to ask it, and
                // so
                // wait for the lock the background thread holds.
                definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
            }
            this.lazy.add(name);
        }
    }

    private static boolean isKeptEager(@Nullable Class<?> type) {
        if (type == null) {
            return false;
        }
        // and properties bound from the configuration, which cost next to nothing
        if (KEPT_EAGER.stream().anyMatch((kind) -> kind.isAssignableFrom(type))
                || MergedAnnotations.from(type).isPresent(ConfigurationProperties.class)) {
            return true;
        }
        // a listener is created for the first event it listens to: the refresh, if any
        if (ApplicationListener.class.isAssignableFrom(type)) {
            Class<?> event = ResolvableType.forClass(type)
                .as(ApplicationListener.class)
                .getGeneric(0)
                .resolve(ApplicationEvent.class);
            return event.isAssignableFrom(ContextRefreshedEvent.class);
        }
        return false;
    }

    /** Declared {@code @Lazy(false)}, or so by whoever registered it. */
    private static boolean isEagerByDeclaration(BeanDefinition definition) {
        return definition instanceof AbstractBeanDefinition declared && Boolean.FALSE.equals(declared.getLazyInit());
    }

    /** Whether the class that declares the bean (its own, or its factory's) is one. */
    private static boolean isWriteSide(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        String declaring = definition.getBeanClassName();
        String factory = definition.getFactoryBeanName();
        if (factory != null && beans.containsBeanDefinition(factory)) {
            declaring = beans.getBeanDefinition(factory).getBeanClassName();
        }
        String declaringClass = declaring;
        return declaringClass != null
                && WRITE_SIDE_PACKAGES.stream().anyMatch((prefix) -> declaringClass.startsWith(prefix + "."));
    }

    /** The names of the beans made lazy, which the background thread creates. */
    Set<String> lazyBeans() {
        return Set.copyOf(this.lazy);
    }

    /** Completes once every one of them has been created. */
    CompletableFuture<Void> created() {
        return this.created;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        if (context.getBeanFactory() != this.beans || this.created.isDone()) {
            return;
        }
        Thread thread = new Thread(() -> createInBackground(context), "write-side-startup");
        thread.setDaemon(true);
        thread.start();
    }

    private void createInBackground(ConfigurableApplicationContext context) {
        boolean toldOfTheOutage = false;
        while (context.isActive()) {
            long start = System.nanoTime();
            try {
                createAll(context.getBeanFactory());
                log.info("Editors' side (JPA, repositories, Spring Security, sessions) created in {} ms, "
                        + "after the public site started", (System.nanoTime() - start) / 1_000_000);
                this.created.complete(null);
                return;
            }
            catch (RuntimeException | Error ex) {
                if (context.isClosed() || !context.isActive()) {
                    this.created.completeExceptionally(ex);
                    return;
                }
                if (databaseAnswers(context)) {
                    log.error("The editors' side failed to start; stopping the application", ex);
                    this.created.completeExceptionally(ex);
                    // Not SpringApplication.exit first: closing the context stops Jetty's
                    // threads, and the JVM, with only this daemon thread left, would end
                    // with status 0 before it got here. Spring Boot's shutdown hook
                    // closes
                    // the context.
                    System.exit(1);
                    return;
                }
                if (!toldOfTheOutage) {
                    // once, as the read model says it: the public pages are served
                    // meanwhile
                    log.warn("The editors' side could not start while the database is away ({}); trying again "
                            + "every {} s", ex.getMessage(), RETRY.toSeconds());
                    toldOfTheOutage = true;
                }
            }
            try {
                Thread.sleep(RETRY.toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Creates every lazy bean of the editors' side that is not there yet, then tells
     * those that want to know that all are.
     */
    private void createAll(ConfigurableListableBeanFactory beans) {
        List<Object> made = new ArrayList<>();
        for (String name : this.lazy) {
            made.add(beans.getBean(name));
        }
        for (Object bean : made) {
            if (bean instanceof SmartInitializingSingleton singleton) {
                singleton.afterSingletonsInstantiated();
            }
        }
    }

    private static boolean databaseAnswers(ConfigurableApplicationContext context) {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            return connection.isValid(2);
        }
        catch (SQLException | RuntimeException ex) {
            return false;
        }
    }

}
