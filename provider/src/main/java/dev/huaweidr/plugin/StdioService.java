package dev.huaweidr.plugin;

import com.google.protobuf.Empty;
import dev.huaweidr.proto.plugin.GRPCStdioGrpc;
import dev.huaweidr.proto.plugin.StdioData;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's stdio forwarding. The plugin never writes to stdout after the handshake and logs to stderr
 * directly, so the stream stays open and silent until Terraform closes it.
 */
final class StdioService extends GRPCStdioGrpc.GRPCStdioImplBase {
    @Override
    public void streamStdio(Empty request, StreamObserver<StdioData> response) {
        // Nothing to forward; the call ends when the client cancels it.
    }
}
