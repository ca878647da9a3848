package dev.huaweidr.cloud.http;

import java.time.Duration;

/**
 * How long one attempt may wait at each stage, in seconds rather than minutes: past these, waiting no longer
 * helps (docs/cloud-client.md, "Limits").
 *
 * @param connect      the TCP connection
 * @param tlsHandshake the TLS handshake, once connected
 * @param answer       the first byte of the answer once the request was written, and any later pause in the
 *                     answer (or in writing the request)
 */
public record AttemptLimits(Duration connect, Duration tlsHandshake, Duration answer) {
    /**
     * A TCP connect takes one round trip, and 5 s still covers two lost SYNs; a TLS server answers a
     * ClientHello at once, and 10 s covers lost packets on a slow path; Huawei Cloud's APIs answer in well
     * under a second and hand long work to jobs, so 20 s without a byte is not an API at work.
     */
    public static final AttemptLimits DEFAULT =
            new AttemptLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
}
