package dev.huaweidr.cloud.auth;

/**
 * How calls authenticate: a signed AK/SK pair (optionally temporary, with a security token) or an IAM token.
 * {@code toString()} never shows a secret, nor the access key.
 */
public sealed interface Credentials permits Credentials.AccessKey, Credentials.Token {

    /** Permanent AK/SK. */
    static Credentials accessKey(String accessKey, String secretKey) {
        return new AccessKey(accessKey, secretKey, null);
    }

    /** Temporary AK/SK: the security token is sent as {@code X-Security-Token} and signed. */
    static Credentials temporaryAccessKey(String accessKey, String secretKey, String securityToken) {
        return new AccessKey(accessKey, secretKey, require(securityToken, "security token"));
    }

    /** An IAM token, sent as {@code X-Auth-Token}. */
    static Credentials iamToken(String token) {
        return new Token(token);
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    record AccessKey(String accessKey, String secretKey, String securityToken) implements Credentials {
        public AccessKey {
            require(accessKey, "access key");
            require(secretKey, "secret key");
        }

        public boolean isTemporary() {
            return securityToken != null;
        }

        @Override
        public String toString() {
            return isTemporary() ? "temporary AK/SK credentials (redacted)" : "AK/SK credentials (redacted)";
        }
    }

    record Token(String token) implements Credentials {
        public Token {
            require(token, "IAM token");
        }

        @Override
        public String toString() {
            return "IAM token credentials (redacted)";
        }
    }
}
