package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Dashboard JSON that cannot be read: the message names the input, the line and column when known,
 * the path of the value ({@code panels[3].targets[0].instant}) and what is wrong with it.
 */
public final class DashboardJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String location;
  private final String path;
  private final String problem;

  private DashboardJsonException(
      String source, String location, String path, String problem, Throwable cause) {
    super(format(source, location, path, problem), cause);
    this.source = source;
    this.location = location;
    this.path = path;
    this.problem = problem;
  }

  DashboardJsonException(String message, Throwable cause) {
    super(message, cause);
    this.source = "";
    this.location = "";
    this.path = "";
    this.problem = message;
  }

  static DashboardJsonException of(String source, Exception e) {
    String location = "";
    String path = "";
    if (e instanceof JsonProcessingException) {
      JsonLocation loc = ((JsonProcessingException) e).getLocation();
      if (loc != null && loc.getLineNr() > 0) {
        location = loc.getLineNr() + ":" + loc.getColumnNr();
      }
    }
    if (e instanceof JsonMappingException) {
      path = path((JsonMappingException) e);
    }
    return new DashboardJsonException(source, location, path, problem(e), e);
  }

  /** This error with its path under {@code parent} (for values read from a wrapper object). */
  DashboardJsonException under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    String nested =
        path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
    return new DashboardJsonException(source, location, nested, problem, getCause());
  }

  /**
   * The path of the bad value, such as {@code panels[3].targets[0].instant}; empty for syntax
   * errors.
   */
  public String path() {
    return path;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** {@code line:column} of the bad value when known. */
  public String location() {
    return location;
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  private static String format(String source, String location, String path, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (!location.isEmpty()) {
      sb.append(':').append(location);
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem).toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String problem(Exception e) {
    if (e instanceof InvalidFormatException) {
      InvalidFormatException ife = (InvalidFormatException) e;
      Class<?> target = ife.getTargetType();
      if (target != null && target.isEnum()) {
        return "\"" + ife.getValue() + "\" is not one of " + enumValues(target);
      }
      return "\"" + ife.getValue() + "\" is not " + expected(target);
    }
    if (e instanceof ValueInstantiationException
        || e.getCause() instanceof IllegalStateException
        || e.getCause() instanceof IllegalArgumentException) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return cleanImmutablesMessage(
          Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName()));
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      if (target != null) {
        return "expected " + expected(target);
      }
    }
    String message =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    return Optional.ofNullable(message)
        .map(m -> m.lines().findFirst().orElse(m))
        .orElse(e.getClass().getSimpleName());
  }

  private static String cleanImmutablesMessage(String message) {
    // "Cannot build Target, some of required attributes are not set [refId]"
    String m = message.lines().findFirst().orElse(message);
    java.util.regex.Matcher missing =
        java.util.regex.Pattern.compile(
                "Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]")
            .matcher(m);
    if (missing.find()) {
      return "missing " + missing.group(2) + " (required in a " + missing.group(1) + ")";
    }
    return m;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a text";
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object (" + type.getSimpleName().replace("Immutable", "") + ")";
  }

  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(DashboardJsonException::jsonName)
        .collect(Collectors.joining(", "));
  }

  /** The name an enum constant has in JSON: its {@code @JsonProperty}, else its Java name. */
  private static String jsonName(Object constant) {
    Enum<?> e = (Enum<?>) constant;
    try {
      JsonProperty p = e.getDeclaringClass().getField(e.name()).getAnnotation(JsonProperty.class);
      return p != null ? p.value() : e.name();
    } catch (NoSuchFieldException impossible) {
      return e.name();
    }
  }
}
