package dev.huaweidr.framework.schema;

/** How a nested block or nested attribute holds its objects. GROUP exists for blocks only. */
public enum NestingMode {
    SINGLE, LIST, SET, MAP, GROUP
}
