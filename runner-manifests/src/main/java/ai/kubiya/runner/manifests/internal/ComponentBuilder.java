package ai.kubiya.runner.manifests.internal;

import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** Builds the objects of one component; an empty list when the component is switched off. */
public interface ComponentBuilder {
  /** Which component this builds. */
  Component component();

  /** The component's objects for this render. */
  List<HasMetadata> build(RenderContext context);
}
