package ai.kubiya.runner.cli;

import ai.kubiya.runner.naming.RunnerNames;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code names}: the names the chart would generate, as a JSON object. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = "Print the generated names as JSON.")
final class NamesCommand implements Callable<Integer> {
  /**
   * Jackson's streaming writer with its default pretty printer, as an indenting ObjectMapper writes
   * a tree of strings: the mapper's serializers, built by reflection, cost a cold JVM about 300
   * classes for eight lines of JSON.
   */
  private static final JsonFactory JSON = new JsonFactory();

  @Mixin ReleaseOptions release;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RunnerNames names = RunnerNames.of(release.load());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", names.name());
    out.put("fullname", names.fullname());
    out.put("runnerName", names.runnerName());
    out.put("chartLabel", names.chartLabel());
    out.put("serviceAccounts", names.serviceAccounts());
    Map<String, String> subcharts = new LinkedHashMap<>();
    subcharts.put("dagger", names.dagger().fullname());
    subcharts.put("kubestatemetrics", names.kubeStateMetrics().fullname());
    subcharts.put("alloy", names.alloy().fullname());
    out.put("subcharts", subcharts);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      write(out, json);
    }
    spec.commandLine().getOut().println(text);
    spec.commandLine().getOut().flush();
    return CliErrors.OK;
  }

  /** A tree of maps and strings. */
  private static void write(Object value, JsonGenerator json) throws IOException {
    if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName(String.valueOf(e.getKey()));
        write(e.getValue(), json);
      }
      json.writeEndObject();
    } else {
      json.writeString(String.valueOf(value));
    }
  }
}
