package vn.parindex.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

/** Two requests released together, as two users clicking at the same moment. */
public final class AtOnce {

    private AtOnce() {
    }

    public static List<HttpResponse<String>> both(Supplier<HttpResponse<String>> first,
                                                  Supplier<HttpResponse<String>> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> await(start, second));
        return List.of(one.get(), two.get());
    }

    private static HttpResponse<String> await(CyclicBarrier start, Supplier<HttpResponse<String>> request) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return request.get();
    }
}
