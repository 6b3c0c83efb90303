package nl.sto.portal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Calls to the services that a page needs and that do not wait for each other, made at the same time: the page waits
 * for the slowest instead of for all of them in turn. Each call runs on a worker thread with the request's context, so
 * {@link AccessTokenForwarder} sends the person's token as always; {@link Pending#get} throws what the call threw, as
 * if it had been made in the page's own thread.
 * <p>
 * For a page's few calls through the blocking clients the rest of the portal uses. The monitor's dashboard, which
 * asks for dozens of indicator years at once, uses the monitor client's non-blocking methods instead
 * ({@code monitor.IndicatorPanels}): a thread each would occupy the worker pool that serves everyone's pages.
 */
@ApplicationScoped
public class ServiceCalls {

    private final ManagedExecutor executor;

    ServiceCalls(ManagedExecutor executor) {
        this.executor = executor;
    }

    public <T> Pending<T> start(Supplier<T> call) {
        return new Pending<>(executor.supplyAsync(call));
    }

    /** A call under way. */
    public static final class Pending<T> {

        private final CompletableFuture<T> result;

        private Pending(CompletableFuture<T> result) {
            this.result = result;
        }

        /** A value there is no need to ask for, in the same shape as a call's. */
        public static <T> Pending<T> of(T value) {
            return new Pending<>(CompletableFuture.completedFuture(value));
        }

        /** The call's answer, once it is there; the call's own exception when it failed. */
        public T get() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
