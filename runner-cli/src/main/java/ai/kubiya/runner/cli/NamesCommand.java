package ai.kubiya.runner.cli;

import ai.kubiya.runner.naming.RunnerNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin ReleaseOptions release;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
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
    spec.commandLine().getOut().println(JSON.writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return CliErrors.OK;
  }
}
