package ai.kubiya.runner.manifests.internal;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values that tell properties apart, for the tests comparing generated accessors with reflection:
 * {@code of(type, i)} is a value of {@code type}, different from a new bean's default and from
 * {@code of(type, j)} for another {@code i} where the type allows it.
 */
public final class Sentinels {
  private Sentinels() {}

  /** A value of {@code type}, the {@code i}-th. */
  public static Object of(Type type, int i) {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] arguments = p.getActualTypeArguments();
      if (p.getRawType() == List.class) {
        List<Object> list = new ArrayList<>();
        list.add(of(arguments[0], i));
        return list;
      }
      if (p.getRawType() == Map.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(of(arguments[0], i), of(arguments[1], i));
        return map;
      }
      throw new AssertionError("no sentinel for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class || c == Object.class) {
      return "sentinel-" + i;
    } else if (c == Integer.class || c == int.class) {
      return 1000 + i;
    } else if (c == Long.class || c == long.class) {
      return 2000L + i;
    } else if (c == Boolean.class || c == boolean.class) {
      return Boolean.TRUE;
    } else if (c == Double.class || c == double.class) {
      return 0.5 + i;
    } else if (c == Quantity.class) {
      return new Quantity(i + "Mi");
    } else if (c == IntOrString.class) {
      return new IntOrString(3000 + i);
    } else if (c == List.class) {
      return new ArrayList<>(List.of("item-" + i));
    } else if (c == Map.class) {
      return new LinkedHashMap<>(Map.of("key-" + i, "value-" + i));
    } else if (c.isEnum()) {
      return c.getEnumConstants()[i % c.getEnumConstants().length];
    } else if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
      try {
        return c.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("no sentinel for " + type, e);
      }
    }
    throw new AssertionError("no sentinel for " + type);
  }
}
