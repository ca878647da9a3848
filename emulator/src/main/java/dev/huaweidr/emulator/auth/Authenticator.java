package dev.huaweidr.emulator.auth;

import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.model.AccessKey;
import dev.huaweidr.emulator.model.Credentials;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The API gateway's authentication: an {@code X-Auth-Token} listed in the seed, or an SDK-HMAC-SHA256
 * signature verified by rebuilding the canonical request from the received bytes. Failures are the
 * gateway's 401 errors with its documented codes ({@code APIGW.0301}, {@code APIGW.0303}: the signing guide);
 * no secret ever appears in a message.
 */
public final class Authenticator {
    private static final String PREFIX = "Incorrect IAM authentication information: ";
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final String EMPTY_BODY_HASH = Hashing.sha256Hex(new byte[0]);

    private final Supplier<Credentials> credentials;
    private final Clock clock;
    private final AkLockout lockout;

    public Authenticator(Supplier<Credentials> credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.lockout = new AkLockout(clock);
    }

    /** Forgets failed attempts and lifts AK locks (admin reset). */
    public void clearLockouts() {
        lockout.clear();
    }

    public void verify(Request request) {
        String token = request.headers().getFirst("X-Auth-Token");
        if (token != null) {
            if (!credentials.get().acceptsToken(token)) {
                throw unauthorized("decrypt token fail");
            }
            return;
        }
        String authorization = request.headers().getFirst("Authorization");
        if (authorization == null) {
            throw unauthorized("x-auth-token not found");
        }
        verifySignature(request, authorization);
    }

    private void verifySignature(Request request, String authorization) {
        AuthorizationHeader header = AuthorizationHeader.parse(authorization)
                .orElseThrow(() -> unauthorized("verify aksk signature fail, malformed Authorization header"));
        AccessKey key = credentials.get().accessKey(header.accessKey())
                .orElseThrow(() -> unauthorized("Get secretKey failed,ak:***,err:ak not exist"));
        if (lockout.locked(key.accessKey())) {
            throw unauthorized("AK access failed to reach the limit,forbidden");
        }
        String sdkDate = request.headers().getFirst("X-Sdk-Date");
        checkDate(sdkDate);
        Optional<String> problem = signatureProblem(request, header, key, sdkDate);
        if (problem.isPresent()) {
            lockout.failed(key.accessKey());
            throw unauthorized("verify aksk signature fail, " + problem.get());
        }
        lockout.succeeded(key.accessKey());
    }

    private void checkDate(String sdkDate) {
        if (sdkDate == null) {
            throw unauthorized("verify aksk signature fail, X-Sdk-Date header missing");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(SDK_DATE.parse(sdkDate));
        } catch (DateTimeParseException e) {
            throw unauthorized("verify aksk signature fail, X-Sdk-Date is not yyyyMMddTHHmmssZ");
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new ApiError(401, "APIGW.0303", "signature expired, "
                    + "signature time:" + sdkDate + ",server time:" + SDK_DATE.format(now));
        }
    }

    private static Optional<String> signatureProblem(Request request, AuthorizationHeader header, AccessKey key,
                                                     String sdkDate) {
        if (!header.signedHeaders().contains("x-sdk-date")) {
            return Optional.of("x-sdk-date is not signed");
        }
        String securityToken = request.headers().getFirst("X-Security-Token");
        if (key.temporary() != (securityToken != null)
                || (securityToken != null && !header.signedHeaders().contains("x-security-token"))
                || (key.temporary() && !constantTimeEquals(key.securityToken(), securityToken))) {
            return Optional.of("security token does not match the access key");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : header.signedHeaders()) {
            String value = request.headers().getFirst(name);
            if (value == null) {
                return Optional.of("signed header " + name + " is missing");
            }
            signed.put(name, value);
        }
        String payloadHash = Optional.ofNullable(request.headers().getFirst("X-Sdk-Content-Sha256"))
                .orElseGet(() -> request.body().length == 0 ? EMPTY_BODY_HASH : Hashing.sha256Hex(request.body()));
        String canonical = CanonicalRequest.build(request.method(), request.rawPath(), request.rawQuery(), signed,
                payloadHash);
        String expected = Hashing.hmacSha256Hex(key.secretKey(), CanonicalRequest.stringToSign(sdkDate, canonical));
        return constantTimeEquals(expected, header.signature()) ? Optional.empty()
                : Optional.of("the signature does not match");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError unauthorized(String detail) {
        return new ApiError(401, "APIGW.0301", PREFIX + detail);
    }
}
