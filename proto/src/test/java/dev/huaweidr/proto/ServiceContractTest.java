package dev.huaweidr.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.huaweidr.proto.plugin.GRPCBrokerGrpc;
import dev.huaweidr.proto.plugin.GRPCControllerGrpc;
import dev.huaweidr.proto.plugin.GRPCStdioGrpc;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.ServiceDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the generated grpc-java service descriptors, which are what a server registers:
 * Terraform dials "/service/Method" paths by name, and a streaming RPC served as unary (or the
 * reverse) fails on the first call.
 */
class ServiceContractTest {
  private static final Map<String, ServiceDescriptor> SERVICES = Stream.of(
          ProviderGrpc.getServiceDescriptor(),
          GRPCControllerGrpc.getServiceDescriptor(),
          GRPCStdioGrpc.getServiceDescriptor(),
          GRPCBrokerGrpc.getServiceDescriptor())
      .collect(Collectors.toMap(ServiceDescriptor::getName, Function.identity()));

  private static final List<List<String>> RPCS = ContractTable.read("rpcs.psv", 2);

  static Stream<Arguments> rpcs() {
    return RPCS.stream().map(row -> Arguments.of(row.get(0), MethodType.valueOf(row.get(1))));
  }

  @Test
  void servicesHaveTheFullNamesTerraformDials() {
    assertEquals(
        Set.of("tfplugin6.Provider", "plugin.GRPCController", "plugin.GRPCStdio", "plugin.GRPCBroker"),
        SERVICES.keySet());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("rpcs")
  void rpcHasItsStreamingKind(String fullMethodName, MethodType type) {
    ServiceDescriptor service = SERVICES.get(MethodDescriptor.extractFullServiceName(fullMethodName));
    assertNotNull(service, "no service for " + fullMethodName);
    MethodDescriptor<?, ?> method = service.getMethods().stream()
        .filter(m -> m.getFullMethodName().equals(fullMethodName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no RPC " + fullMethodName));
    assertEquals(type, method.getType());
  }

  /** Missing RPCs make Terraform fail mid-run; unlisted ones are names nobody calls. */
  @Test
  void servicesHaveExactlyTheListedRpcs() {
    Set<String> expected = RPCS.stream().map(row -> row.get(0)).collect(Collectors.toSet());
    Set<String> actual = SERVICES.values().stream()
        .flatMap(service -> service.getMethods().stream())
        .map(MethodDescriptor::getFullMethodName)
        .collect(Collectors.toSet());
    assertEquals(expected, actual);
  }
}
