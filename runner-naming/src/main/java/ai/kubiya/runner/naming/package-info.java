/** kubiya-runner-sdk: the naming module. */
package ai.kubiya.runner.naming;
