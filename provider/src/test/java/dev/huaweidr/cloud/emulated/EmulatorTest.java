package dev.huaweidr.cloud.emulated;

import dev.huaweidr.cloud.Cloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One emulator per test class, reset to its seed before each test, and a fresh AK/SK client. */
abstract class EmulatorTest {
    static EmulatorFixture emulator;
    Cloud cloud;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorFixture.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
        cloud = emulator.cloud();
    }

    @AfterEach
    void closeClient() {
        cloud.close();
    }
}
