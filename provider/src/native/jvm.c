/*
 * libjvm.so for the native executable. The JDK's own shared libraries (libjava, libnet, libnio, libzip,
 * libextnet), which the executable loads from lib/ beside it, are linked against HotSpot's libjvm.so. Under
 * SubstrateVM almost none of those JVM_* entry points is ever called: the executable implements the JDK's
 * natives itself. This library gives the few that are called a real implementation; every other symbol
 * those libraries name is a stub generated at build time (jvm-stubs.c, from the libraries' symbol tables),
 * which reports its name and aborts. The acceptance suite fails where one is reached (Workspace, NativeExecutableAccTest).
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <jni.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/*
 * What each generated stub calls: the name on stderr, which Terraform logs, and a crash it reports. Where
 * HUAWEIDR_UNIMPLEMENTED_LOG names a file, the name is added to it too: the acceptance tests name one per
 * working directory and fail when it exists, since Terraform shows a plugin's stderr only in its own log.
 */
void unimplemented(const char *name) {
    fprintf(stderr, "huaweidr: the native executable reached %s, which it does not implement\n", name);
    fflush(stderr);
    const char *log = getenv("HUAWEIDR_UNIMPLEMENTED_LOG");
    int fd = log != NULL ? open(log, O_WRONLY | O_APPEND | O_CREAT, 0644) : -1;
    if (fd >= 0) {
        dprintf(fd, "%s\n", name);
        close(fd);
    }
    abort();
}

/* SubstrateVM calls this once at start-up; HotSpot's libjvm needs no set-up here. */
JNIEXPORT void initialize(void) {
}

JNIEXPORT jint JVM_ActiveProcessorCount(void) {
    return (jint) sysconf(_SC_NPROCESSORS_ONLN);
}

JNIEXPORT jlong JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (jlong) now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

JNIEXPORT jlong JVM_NanoTime(JNIEnv *env, jclass ignored) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (jlong) now.tv_sec * 1000000000 + now.tv_nsec;
}

/* The nanoseconds from offset_secs to now, or -1 where that does not fit (as HotSpot answers). */
JNIEXPORT jlong JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    jlong seconds = (jlong) now.tv_sec - offset_secs;
    if (seconds >= 0x100000000LL || seconds <= -0x100000000LL) {
        return -1;
    }
    return seconds * 1000000000 + now.tv_nsec;
}

/* Runtime.halt, the end of every exit (System.exit, a signal's shutdown) once the hooks have run. */
JNIEXPORT void JVM_BeforeHalt(void) {
}

JNIEXPORT void JVM_Halt(jint code) {
    exit(code);
}

JNIEXPORT void *JVM_FindLibraryEntry(void *handle, const char *name) {
    return dlsym(handle, name);
}

/* HotSpot's contract: -1 when the output did not fit, and the buffer always terminated. */
JNIEXPORT int jio_vsnprintf(char *buffer, size_t size, const char *format, va_list args) {
    if (size == 0) {
        return -1;
    }
    int written = vsnprintf(buffer, size, format, args);
    if (written < 0 || (size_t) written >= size) {
        buffer[size - 1] = '\0';
        return -1;
    }
    return written;
}

JNIEXPORT int jio_vfprintf(FILE *stream, const char *format, va_list args) {
    return vfprintf(stream, format, args);
}
