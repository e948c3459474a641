package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.template.TemplateException;
import ai.kubiya.runner.model.template.ValueTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every value the chart runs through {@code tpl} must use only the supported template actions. */
final class TemplateChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    Map<String, String> templated = new LinkedHashMap<>();
    v.kubiyaOperator().env().forEach((k, x) -> templated.put("kubiyaOperator.env." + k, x));
    v.agentManager().env().forEach((k, x) -> templated.put("agentManager.env." + k, x));
    v.toolManager().env().forEach((k, x) -> templated.put("toolManager.env." + k, x));
    v.toolManager()
        .sdkServer()
        .env()
        .forEach((k, x) -> templated.put("toolManager.sdkServer.env." + k, x));
    templated.put("dagger.volumeMountsPostfix", v.dagger().volumeMountsPostfix());
    ValueTemplate tpl = ValueTemplate.of(config);
    List<Finding> out = new ArrayList<>();
    templated.forEach(
        (path, text) -> {
          try {
            tpl.render(path, text);
          } catch (TemplateException e) {
            out.add(Finding.error(e.path(), e.detail()));
          }
        });
    return out;
  }
}
