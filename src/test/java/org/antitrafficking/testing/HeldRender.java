package org.antitrafficking.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A render that lasts until the test lets it end, for a test to hold a turn to render
 * from outside. Outside the application's packages, so that only the applications a test
 * starts with it have it. Its address carries {@code q}, which keeps it out of every
 * cache, so each request renders.
 */
@RestController
public class HeldRender {

    private static volatile CountDownLatch entered = new CountDownLatch(1);

    private static volatile CountDownLatch released = new CountDownLatch(1);

    /** Makes the next render wait to be released. */
    public static void reset() {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Waits until a render has begun and is holding its turn. */
    public static boolean awaitEntered() throws InterruptedException {
        return entered.await(30, TimeUnit.SECONDS);
    }

    public static void release() {
        released.countDown();
    }

    @GetMapping("/testing/held")
    String hold(@RequestParam String q) throws InterruptedException {
        entered.countDown();
        if (!released.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the render");
        }
        return "released " + q.length();
    }

}
