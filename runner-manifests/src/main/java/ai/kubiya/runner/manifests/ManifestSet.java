package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.KindOrder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ordered, immutable set of Kubernetes objects: Helm hooks first (the chart's shared secrets are
 * pre-install hooks), then Helm's install order by kind ({@link KindOrder}), builder order within a
 * kind. Objects are looked up by kind and name; {@link #toYaml()} renders them as one
 * multi-document YAML stream.
 *
 * <pre>{@code
 * ManifestSet set = RunnerManifests.of(config).build();
 * Deployment tm = set.find(Deployment.class, "tool-manager").orElseThrow();
 * String yaml = set.toYaml();
 * }</pre>
 *
 * <p>The objects are fabric8 model objects, which are mutable: treat the ones a set returns as
 * read-only, or copy them (their builders do) before changing them.
 */
public final class ManifestSet implements Iterable<HasMetadata> {
  /** The annotation Helm reads to run an object as a hook rather than as part of the release. */
  public static final String HELM_HOOK = "helm.sh/hook";

  private final List<HasMetadata> objects;

  private ManifestSet(List<HasMetadata> objects) {
    this.objects = Collections.unmodifiableList(objects);
  }

  /** A set of these objects, put in install order. */
  public static ManifestSet of(Collection<? extends HasMetadata> objects) {
    HasMetadata[] in = objects.toArray(new HasMetadata[0]);
    if (in.length < 2) {
      return new ManifestSet(new ArrayList<>(Arrays.asList(in)));
    }
    // INSTALL_ORDER's stable sort, each object's key worked out once: (hook, rank) in the high
    // bits, the object's index in the low ones, so equal keys keep their order
    int ranks = KindOrder.kinds().size() + 1;
    long[] keys = new long[in.length];
    for (int i = 0; i < in.length; i++) {
      long key = (isHook(in[i]) ? 0 : ranks) + KindOrder.rank(in[i].getKind());
      keys[i] = key << 32 | i;
    }
    Arrays.sort(keys);
    List<HasMetadata> sorted = new ArrayList<>(in.length);
    for (long key : keys) {
      sorted.add(in[(int) key]);
    }
    return new ManifestSet(sorted);
  }

  /** Install order: hooks first, then by kind rank; stable within a kind. */
  public static final Comparator<HasMetadata> INSTALL_ORDER = new InstallOrder();

  /** {@link #INSTALL_ORDER}: a class, not composed lambdas (a fresh JVM spins a class for each). */
  private static final class InstallOrder implements Comparator<HasMetadata> {
    @Override
    public int compare(HasMetadata a, HasMetadata b) {
      int byHook = Integer.compare(isHook(a) ? 0 : 1, isHook(b) ? 0 : 1);
      return byHook != 0
          ? byHook
          : Integer.compare(KindOrder.rank(a.getKind()), KindOrder.rank(b.getKind()));
    }
  }

  /** True when Helm would run this object as a hook. */
  public static boolean isHook(HasMetadata object) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(HELM_HOOK);
  }

  /** The objects, in install order. */
  public List<HasMetadata> objects() {
    return objects;
  }

  /** The objects in uninstall order: the reverse of install order. */
  public List<HasMetadata> uninstallOrder() {
    List<HasMetadata> reversed = new ArrayList<>(objects);
    Collections.reverse(reversed);
    return reversed;
  }

  /** The number of objects. */
  public int size() {
    return objects.size();
  }

  @Override
  public Iterator<HasMetadata> iterator() {
    return objects.iterator();
  }

  /** The object of this kind and name, if the set has one. */
  public Optional<HasMetadata> find(String kind, String name) {
    return objects.stream()
        .filter(o -> kind.equals(o.getKind()) && name.equals(o.getMetadata().getName()))
        .findFirst();
  }

  /** The object of this type and name, if the set has one. */
  public <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return objects.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(o -> name.equals(o.getMetadata().getName()))
        .findFirst();
  }

  /** Every object of this type, in install order. */
  public <T extends HasMetadata> List<T> ofType(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  /** This set as one multi-document YAML stream, each document opened by {@code ---}. */
  public String toYaml() {
    return ManifestYaml.render(objects);
  }

  /** {@code kind/name} of each object; never the objects' data, which may hold secrets. */
  @Override
  public String toString() {
    return objects.stream()
        .map(o -> o.getKind() + "/" + o.getMetadata().getName())
        .collect(Collectors.joining(", ", "ManifestSet[", "]"));
  }
}
