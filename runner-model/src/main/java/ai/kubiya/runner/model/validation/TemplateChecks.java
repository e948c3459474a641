package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.template.TemplateException;
import ai.kubiya.runner.model.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every value the chart runs through {@code tpl} must use only the supported template actions. */
final class TemplateChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    Templates templates = new Templates(config);
    templates.check("kubiyaOperator.env.", v.kubiyaOperator().env());
    templates.check("agentManager.env.", v.agentManager().env());
    templates.check("toolManager.env.", v.toolManager().env());
    templates.check("toolManager.sdkServer.env.", v.toolManager().sdkServer().env());
    templates.check("dagger.volumeMountsPostfix", v.dagger().volumeMountsPostfix());
    return templates.out;
  }

  /**
   * Renders the templated values in order, each path put together only for a value that holds an
   * action; the templates are made on the first such value.
   */
  private static final class Templates {
    private final RunnerConfig config;
    private final List<Finding> out = new ArrayList<>();
    private ValueTemplate tpl;

    Templates(RunnerConfig config) {
      this.config = config;
    }

    void check(String prefix, Map<String, String> env) {
      for (Map.Entry<String, String> e : env.entrySet()) {
        if (ValueTemplate.isTemplated(e.getValue())) {
          check(prefix + e.getKey(), e.getValue());
        }
      }
    }

    void check(String path, String text) {
      if (!ValueTemplate.isTemplated(text)) {
        return;
      }
      if (tpl == null) {
        tpl = ValueTemplate.of(config);
      }
      try {
        tpl.render(path, text);
      } catch (TemplateException e) {
        out.add(Finding.error(e.path(), e.detail()));
      }
    }
  }
}
