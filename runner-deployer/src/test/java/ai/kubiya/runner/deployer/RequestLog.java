package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Records every request a client sends ({@code METHOD path?query}), and can drop the connection of
 * chosen requests before they leave, to simulate network failures, or act just before one leaves.
 */
final class RequestLog implements Interceptor {
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Predicate<String> dropWhen = r -> false;
  private final AtomicInteger drops = new AtomicInteger();

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    String line =
        request.method()
            + " "
            + request.uri().getRawPath()
            + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
    requests.add(line);
    Runnable action = before;
    if (action != null && beforeWhen.test(line)) {
      before = null;
      action.run();
    }
    if (drops.get() > 0 && dropWhen.test(line) && drops.getAndDecrement() > 0) {
      throw new UncheckedIOException(new IOException("connection reset (injected)"));
    }
  }

  private volatile Predicate<String> beforeWhen = r -> false;
  private volatile Runnable before;

  /**
   * Runs {@code action} once, just before the next request that matches leaves: to change the
   * cluster behind the client's back between its read and its write.
   */
  void beforeNext(Predicate<String> matching, Runnable action) {
    beforeWhen = matching;
    before = action;
  }

  /** Drops the next {@code count} requests that match. */
  void dropNext(int count, Predicate<String> matching) {
    dropWhen = matching;
    drops.set(count);
  }

  List<String> all() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests that write objects or history: POST, PUT, PATCH, DELETE, lock leases excluded. */
  List<String> writes() {
    return all().stream().filter(r -> !r.startsWith("GET ") && !isLease(r)).toList();
  }

  /** GET requests, lock leases excluded. */
  List<String> reads() {
    return all().stream().filter(r -> r.startsWith("GET ") && !isLease(r)).toList();
  }

  /** Requests to the lock leases. */
  List<String> leaseRequests() {
    return all().stream().filter(RequestLog::isLease).toList();
  }

  private static boolean isLease(String request) {
    return request.contains("/apis/coordination.k8s.io/v1/");
  }

  void clear() {
    requests.clear();
  }
}
