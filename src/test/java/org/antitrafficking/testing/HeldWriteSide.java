package org.antitrafficking.testing;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Holds the thread that creates the editors' side after start-up ({@code
 * editor.WriteSideStartup}, thread {@value #THREAD}) at the first bean it creates, until
 * the test lets it go; meanwhile that thread holds Spring's lock on creating singletons,
 * so any other request that needed a bean created would wait too. Also notes which
 * singletons existed when the context had refreshed. Outside the application's packages,
 * so that only the applications a test starts with it have it.
 */
public class HeldWriteSide {

    public static final String THREAD = "write-side-startup";

    private static final CountDownLatch entered = new CountDownLatch(1);

    private static final CountDownLatch released = new CountDownLatch(1);

    private static volatile @Nullable String heldAt;

    private static volatile Set<String> singletonsAtRefresh = Set.of();

    /** Waits until the thread is held; the bean it is held at. */
    public static @Nullable String awaitHeld() throws InterruptedException {
        return entered.await(60, TimeUnit.SECONDS) ? heldAt : null;
    }

    public static void release() {
        released.countDown();
    }

    public static Set<String> singletonsAtRefresh() {
        return singletonsAtRefresh;
    }

    @Bean
    static BeanPostProcessor holdTheWriteSideThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (Thread.currentThread().getName().equals(THREAD) && entered.getCount() > 0) {
                    heldAt = name;
                    entered.countDown();
                    try {
                        if (!released.await(120, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the test never released the editors' side");
                        }
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
                return bean;
            }
        };
    }

    @Bean
    static ApplicationListener<ContextRefreshedEvent> singletonsAtRefreshNoted() {
        return (refreshed) -> singletonsAtRefresh = Set
            .of(((ConfigurableApplicationContext) refreshed.getApplicationContext()).getBeanFactory()
                .getSingletonNames());
    }

}
