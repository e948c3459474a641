/** Bounded reading and atomic writing of the files the SDK reads and writes. */
package ai.kubiya.runner.model.io;
