/**
 * NATS credentials of a Kubiya Runner: the {@code .creds} model ({@link
 * ai.kubiya.runner.nats.NatsCredentials}), the user JWT's claims and signature, offline checks of a
 * release's credentials ({@link ai.kubiya.runner.nats.NatsCredentialCheck}) and a live connectivity
 * probe ({@link ai.kubiya.runner.nats.NatsConnectivityCheck}). Nothing in this package ever puts a
 * seed, a JWT or credentials text in a message or {@code toString()}.
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.nats;
