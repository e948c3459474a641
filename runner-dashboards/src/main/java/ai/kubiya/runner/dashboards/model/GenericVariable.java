package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A variable of a kind this model does not type (ad hoc filters, group by...): kept as read. */
@Value.Immutable
@JsonSerialize(as = ImmutableGenericVariable.class)
@JsonDeserialize(as = ImmutableGenericVariable.class)
public abstract class GenericVariable extends Variable {}
