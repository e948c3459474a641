package ai.kubiya.runner.naming;

import java.util.Map;

/**
 * A subchart's {@code name} and {@code fullname}, from its alias and the {@code nameOverride} /
 * {@code fullnameOverride} keys of its values section, with the standard Helm rules.
 */
public final class SubchartNames {
  private final String name;
  private final String fullname;

  private SubchartNames(String name, String fullname) {
    this.name = name;
    this.fullname = fullname;
  }

  /** The names of the subchart with this alias, given its section's pass-through keys. */
  public static SubchartNames of(String release, String alias, Map<String, Object> section) {
    String nameOverride = string(section.get("nameOverride"));
    String fullnameOverride = string(section.get("fullnameOverride"));
    String name = HelmNames.truncate(HelmNames.orDefault(nameOverride, alias));
    return new SubchartNames(
        name,
        HelmNames.fullname(release, HelmNames.orDefault(nameOverride, alias), fullnameOverride));
  }

  private static String string(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  /** The subchart's {@code name} helper ({@code app.kubernetes.io/name}). */
  public String name() {
    return name;
  }

  /** The subchart's {@code fullname} helper (object names). */
  public String fullname() {
    return fullname;
  }
}
