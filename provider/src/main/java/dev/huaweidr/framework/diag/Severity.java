package dev.huaweidr.framework.diag;

public enum Severity {
    ERROR, WARNING
}
