package dev.huaweidr.emulator.jobs;

/**
 * What an injected fault asks of the job a request starts: fail with {@code failReason} (null = succeed)
 * and/or take {@code millis} (null = the current default duration).
 */
public record JobFault(String failReason, Long millis) {
    public static final JobFault NONE = new JobFault(null, null);
}
