package dev.huaweidr.emulator.model;

/** An AK/SK pair; a temporary one also carries the security token that must accompany it. */
public record AccessKey(String accessKey, String secretKey, String securityToken) {

    public boolean temporary() {
        return securityToken != null;
    }
}
