package dev.huaweidr.emulator.model;

import java.util.List;
import java.util.Optional;

/** What the emulator's gateway accepts: IAM tokens and AK/SK pairs, from the seed. */
public record Credentials(List<String> tokens, List<AccessKey> accessKeys) {

    public Credentials {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        accessKeys = accessKeys == null ? List.of() : List.copyOf(accessKeys);
    }

    public boolean acceptsToken(String token) {
        return tokens.contains(token);
    }

    public Optional<AccessKey> accessKey(String ak) {
        return accessKeys.stream().filter(k -> k.accessKey().equals(ak)).findFirst();
    }
}
