package dev.huaweidr.emulator.model;

/** GeminiDB datastore: type ({@code redis}, {@code cassandra}, ...) and version. */
public record Datastore(String type, String version) {
}
