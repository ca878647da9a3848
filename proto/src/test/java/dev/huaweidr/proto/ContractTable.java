package dev.huaweidr.proto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A wire-contract table from the test resources: one row per line, cells separated by '|',
 * blank lines and lines starting with '#' skipped. Kept as plain text so that the table reads
 * like the protocol spec it was transcribed from.
 */
final class ContractTable {
  private ContractTable() {}

  static List<List<String>> read(String name, int columns) {
    String resource = "/wire-contract/" + name;
    InputStream in = ContractTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<List<String>> rows = reader.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).collect(Collectors.toList()))
          .collect(Collectors.toList());
      for (List<String> row : rows) {
        if (row.size() != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " cells in " + row);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
