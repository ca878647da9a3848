package dev.huaweidr.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the compiled messages against the wire-contract tables. A wrong field number or type
 * does not fail at build time: Terraform and the provider would silently read each other's
 * values as unset or garbage, so every such number is pinned here.
 */
class MessageContractTest {
  private static final List<List<String>> FIELDS = ContractTable.read("fields.psv", 4);

  static Stream<Arguments> fields() {
    return FIELDS.stream().map(row -> Arguments.of(row.get(0), row.get(1), Integer.parseInt(row.get(2)), row.get(3)));
  }

  static Stream<Arguments> enums() {
    return ContractTable.read("enums.psv", 2).stream().map(row -> Arguments.of(row.get(0), row.get(1)));
  }

  @ParameterizedTest(name = "{0}.{1} = {2} : {3}")
  @MethodSource("fields")
  void fieldHasItsWireNumberAndType(String message, String field, int number, String type) {
    FieldDescriptor descriptor = ProtoIndex.message(message).findFieldByName(field);
    assertNotNull(descriptor, message + " has no field " + field);
    assertEquals(number, descriptor.getNumber(), message + "." + field + " number");
    assertEquals(type, FieldSignature.of(descriptor), message + "." + field + " type");
  }

  /** An extra field in a listed message would be a typo'd or invented number on the wire. */
  @TestFactory
  Stream<DynamicTest> listedMessagesHaveNoOtherFields() {
    Map<String, Map<Integer, String>> expectedByMessage = new LinkedHashMap<>();
    for (List<String> row : FIELDS) {
      expectedByMessage.computeIfAbsent(row.get(0), m -> new TreeMap<>()).put(Integer.parseInt(row.get(2)), row.get(1));
    }
    return expectedByMessage.entrySet().stream().map(expected -> dynamicTest(expected.getKey(), () -> {
      Map<Integer, String> actual = ProtoIndex.message(expected.getKey()).getFields().stream()
          .collect(Collectors.toMap(FieldDescriptor::getNumber, FieldDescriptor::getName, (a, b) -> a, TreeMap::new));
      assertEquals(expected.getValue(), actual);
    }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void enumHasExactlyItsWireValues(String enumName, String values) {
    String actual = ProtoIndex.enumType(enumName).getValues().stream()
        .map(value -> value.getName() + "=" + value.getNumber())
        .collect(Collectors.joining(" "));
    assertEquals(values, actual);
  }
}
