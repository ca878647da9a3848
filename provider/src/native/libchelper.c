/*
 * SubstrateVM's C helper library (liblibchelper.a), which GraalVM distributions carry and no package
 * registry does. The builder's Java code declares each function below (@CFunction); this file gives the
 * executable the ones an x86-64 Linux image links: CPU feature detection, the signal counters behind
 * jdk.internal.misc.Signal (Ctrl-C and SIGTERM reach Terraform's provider through them), the locale and time
 * zone the JDK would read, and small wrappers for C calls whose calling convention Java cannot express.
 */
#define _GNU_SOURCE
#include <cpuid.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <limits.h>
#include <locale.h>
#include <semaphore.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "amd64cpufeatures.h"
#include "svm_locale.h"

/* ---- CPU features: what this CPU and its OS support, for the image's start-up check and its stubs ---- */

static bool bit(unsigned int reg, int n) {
    return (reg >> n) & 1;
}

void determineCPUFeatures(CPUFeatures *f) {
    unsigned int eax, ebx, ecx, edx;
    memset(f, 0, sizeof(*f));
    unsigned int max = __get_cpuid_max(0, NULL);
    if (max < 1) {
        return;
    }
    __cpuid(1, eax, ebx, ecx, edx);
    f->fTSC = bit(edx, 4);
    f->fCX8 = bit(edx, 8);
    f->fCMOV = bit(edx, 15);
    f->fFLUSH = bit(edx, 19);
    f->fMMX = bit(edx, 23);
    f->fFXSR = bit(edx, 24);
    f->fSSE = bit(edx, 25);
    f->fSSE2 = bit(edx, 26);
    f->fHT = bit(edx, 28);
    f->fSSE3 = bit(ecx, 0);
    f->fCLMUL = bit(ecx, 1);
    f->fSSSE3 = bit(ecx, 9);
    f->fSSE4_1 = bit(ecx, 19);
    f->fSSE4_2 = bit(ecx, 20);
    f->fPOPCNT = bit(ecx, 23);
    f->fAES = bit(ecx, 25);
    f->fHV = bit(ecx, 31);
    /* AVX state must be enabled by the OS (XCR0 bits 1-2), AVX-512 state too (bits 5-7). */
    bool avx_os = false, avx512_os = false;
    if (bit(ecx, 27)) {
        unsigned int xcr0_lo, xcr0_hi;
        __asm__ volatile("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
        avx_os = (xcr0_lo & 0x6) == 0x6;
        avx512_os = avx_os && (xcr0_lo & 0xe0) == 0xe0;
    }
    if (avx_os) {
        f->fAVX = bit(ecx, 28);
        f->fVZEROUPPER = f->fAVX;
        f->fFMA = bit(ecx, 12);
        f->fF16C = bit(ecx, 29);
    }
    if (max >= 7) {
        __cpuid_count(7, 0, eax, ebx, ecx, edx);
        f->fBMI1 = bit(ebx, 3);
        f->fBMI2 = bit(ebx, 8);
        f->fERMS = bit(ebx, 9);
        f->fRTM = bit(ebx, 11);
        f->fADX = bit(ebx, 19);
        f->fFLUSHOPT = bit(ebx, 23);
        f->fCLWB = bit(ebx, 24);
        f->fSHA = bit(ebx, 29);
        f->fPKU = bit(ecx, 3);
        f->fOSPKE = bit(ecx, 4);
        f->fGFNI = bit(ecx, 8);
        f->fRDPID = bit(ecx, 22);
        f->fFSRM = bit(edx, 4);
        f->fSERIALIZE = bit(edx, 14);
        if (avx_os) {
            f->fAVX2 = bit(ebx, 5);
        }
        if (avx512_os) {
            f->fAVX512F = bit(ebx, 16);
            f->fAVX512DQ = bit(ebx, 17);
            f->fAVX512_IFMA = bit(ebx, 21);
            f->fAVX512PF = bit(ebx, 26);
            f->fAVX512ER = bit(ebx, 27);
            f->fAVX512CD = bit(ebx, 28);
            f->fAVX512BW = bit(ebx, 30);
            f->fAVX512VL = bit(ebx, 31);
            f->fAVX512_VBMI = bit(ecx, 1);
            f->fAVX512_VBMI2 = bit(ecx, 6);
            f->fAVX512_VAES = bit(ecx, 9);
            f->fAVX512_VPCLMULQDQ = bit(ecx, 10);
            f->fAVX512_VNNI = bit(ecx, 11);
            f->fAVX512_BITALG = bit(ecx, 12);
            f->fAVX512_VPOPCNTDQ = bit(ecx, 14);
            f->fAVX512_FP16 = bit(edx, 23);
        }
    }
    /* Not reported, so never used: CET, APX, AVX10, SHA512, AVX-IFMA (the image runs without them). */
    unsigned int max_ext = __get_cpuid_max(0x80000000, NULL);
    if (max_ext >= 0x80000001) {
        __cpuid(0x80000001, eax, ebx, ecx, edx);
        f->fLZCNT = bit(ecx, 5);
        f->fSSE4A = bit(ecx, 6);
        f->fAMD_3DNOW_PREFETCH = bit(ecx, 8);
        f->fRDTSCP = bit(edx, 27);
    }
    if (max_ext >= 0x80000007) {
        __cpuid(0x80000007, eax, ebx, ecx, edx);
        f->fTSCINV_BIT = bit(edx, 8);
        f->fTSCINV = f->fTSCINV_BIT;
    }
}

/*
 * 0 when this CPU has every feature the image was compiled for. The builder's mask holds one byte per
 * feature, the complement of the required set: 0xfe where the feature is required, 0xff where it is not,
 * so that a byte OR-ed with a present feature's 1 gives 0xff.
 */
int checkCPUFeatures(const unsigned char *mask) {
    CPUFeatures present;
    determineCPUFeatures(&present);
    const unsigned char *have = (const unsigned char *) &present;
    for (size_t i = 0; i < sizeof(CPUFeatures); i++) {
        if ((unsigned char) (mask[i] | have[i]) != 0xff) {
            return 1;
        }
    }
    return 0;
}

int checkCPUFeaturesOrExit(const unsigned char *mask, const char *message) {
    if (checkCPUFeatures(mask) != 0) {
        fputs(message, stderr);
        fputc('\n', stderr);
        exit(1);
    }
    return 0;
}

/* ---- Signals: a handler that only counts, and a semaphore the image's dispatcher thread waits on ---- */

static volatile long pending[NSIG];
static sem_t dispatch;
static volatile int opened;

int cSunMiscSignal_open(void) {
    if (!__sync_bool_compare_and_swap(&opened, 0, 1)) {
        errno = EBUSY;
        return -1;
    }
    memset((void *) pending, 0, sizeof(pending));
    if (sem_init(&dispatch, 0, 0) != 0) {
        opened = 0;
        return -1;
    }
    return 0;
}

int cSunMiscSignal_close(void) {
    if (opened && sem_destroy(&dispatch) != 0) {
        return -1;
    }
    opened = 0;
    return 0;
}

int cSunMiscSignal_signalRangeCheck(int signal) {
    return signal > 0 && signal < NSIG;
}

/* Returns when a signal arrived or the image stops the dispatcher; an interruption is not an error. */
int cSunMiscSignal_awaitSemaphore(void) {
    while (sem_wait(&dispatch) != 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return 0;
}

int cSunMiscSignal_signalSemaphore(void) {
    return sem_post(&dispatch);
}

/* Takes one arrival of some signal off its counter: that signal's number, or -1 when none is pending. */
int cSunMiscSignal_checkPendingSignal(void) {
    for (int signal = 1; signal < NSIG; signal++) {
        long count;
        while ((count = pending[signal]) > 0) {
            if (__sync_bool_compare_and_swap(&pending[signal], count, count - 1)) {
                return signal;
            }
        }
    }
    return -1;
}

/* Runs on whatever thread the kernel picks, with no Java state: async-signal-safe calls only. */
static void count_signal(int signal, siginfo_t *info, void *context) {
    int saved = errno;
    if (cSunMiscSignal_signalRangeCheck(signal)) {
        __sync_fetch_and_add(&pending[signal], 1);
        sem_post(&dispatch);
    }
    errno = saved;
}

void *cSunMiscSignal_signalHandlerFunctionPointer(void) {
    return (void *) count_signal;
}

/* ---- Locale: user.language and friends, parsed from the C library's locale as the JDK does ---- */

static svm_locale_props_t locale_props;

/* Splits a POSIX locale name, language_COUNTRY.charset@modifier, into the JDK's parts. */
static int parse_locale(const char *name, char **language, char **script, char **country, char **variant) {
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 || strncmp(name, "C.", 2) == 0) {
        name = "en_US";
    }
    char *copy = strdup(name);
    if (copy == NULL) {
        return -1;
    }
    char *modifier = strchr(copy, '@');
    if (modifier != NULL) {
        *modifier++ = '\0';
    }
    char *charset = strchr(copy, '.');
    if (charset != NULL) {
        *charset = '\0';
    }
    char *territory = strchr(copy, '_');
    if (territory != NULL) {
        *territory++ = '\0';
    }
    *language = strdup(copy);
    *country = territory != NULL ? strdup(territory) : NULL;
    /* The modifiers the JDK maps to a script; any other one is the variant. */
    *script = NULL;
    *variant = NULL;
    if (modifier != NULL) {
        if (strcmp(modifier, "latin") == 0) {
            *script = strdup("Latn");
        } else if (strcmp(modifier, "cyrillic") == 0) {
            *script = strdup("Cyrl");
        } else if (strcmp(modifier, "devanagari") == 0) {
            *script = strdup("Deva");
        } else if (strcmp(modifier, "euro") != 0) {
            *variant = strdup(modifier);
        }
    }
    free(copy);
    return *language == NULL ? -1 : 0;
}

int svm_initialize_locale(void) {
    setlocale(LC_ALL, "");
    if (parse_locale(setlocale(LC_MESSAGES, NULL), &locale_props.display_language, &locale_props.display_script,
                     &locale_props.display_country, &locale_props.display_variant) != 0
        || parse_locale(setlocale(LC_CTYPE, NULL), &locale_props.format_language, &locale_props.format_script,
                        &locale_props.format_country, &locale_props.format_variant) != 0) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
    return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

svm_locale_props_t *svm_get_locale(void) {
    return &locale_props;
}

/* ---- Time zone: user.timezone's default, from TZ, else the system's zone (Linux only: no mappings file) ---- */

#define ZONEINFO "/usr/share/zoneinfo/"

/* The zone a path names: what follows zoneinfo/ in it or in the file it links to, else NULL. */
static char *zone_of(const char *path) {
    char resolved[PATH_MAX];
    const char *found = strstr(path, "zoneinfo/");
    if (found == NULL && realpath(path, resolved) != NULL) {
        found = strstr(resolved, "zoneinfo/");
    }
    if (found == NULL) {
        return NULL;
    }
    found += strlen("zoneinfo/");
    if (strncmp(found, "posix/", 6) == 0 || strncmp(found, "right/", 6) == 0) {
        found += 6;
    }
    return strdup(found);
}

static char *system_zone(void) {
    FILE *file = fopen("/etc/timezone", "r");
    if (file != NULL) {
        char line[256];
        char *zone = NULL;
        if (fgets(line, sizeof(line), file) != NULL) {
            line[strcspn(line, " \t\r\n")] = '\0';
            if (line[0] != '\0') {
                zone = strdup(line);
            }
        }
        fclose(file);
        if (zone != NULL) {
            return zone;
        }
    }
    return zone_of("/etc/localtime");
}

/* Returns a malloc'ed zone ID, or NULL: the image then falls back to the GMT offset, as the JDK does. */
char *SVM_FindJavaTZmd(const char *mappings, int length) {
    const char *tz = getenv("TZ");
    if (tz == NULL || tz[0] == '\0') {
        return system_zone();
    }
    if (tz[0] == ':') {
        tz++;
    }
    if (strcmp(tz, "/etc/localtime") == 0) {
        return system_zone();
    }
    if (tz[0] == '/') {
        return zone_of(tz);
    }
    if (strncmp(tz, "posix/", 6) == 0 || strncmp(tz, "right/", 6) == 0) {
        tz += 6;
    }
    return strdup(tz);
}

/* ---- Small wrappers: C calls with a variadic or otherwise awkward convention ---- */

char **getEnviron(void) {
    return environ;
}

int fprintfSD(FILE *stream, const char *format, char *text, int number) {
    return fprintf(stream, format, text, number);
}

int openSII(const char *path, int flags, int mode) {
    return open(path, flags, mode);
}

void *mremapP(void *address, size_t old_size, size_t new_size, int flags, void *new_address) {
    return mremap(address, old_size, new_size, flags, new_address);
}

int getThreadId(void) {
    return (int) syscall(SYS_gettid);
}

/*
 * The image runs each JDK library's JNI_OnLoad_<name> once, as for a statically linked library. Here the
 * libraries are shared ones beside the executable, each with a plain JNI_OnLoad: look it up in that library.
 */
static jint forward_on_load(const char *library, JavaVM *vm, void *reserved) {
    void *handle = dlopen(library, RTLD_LAZY | RTLD_NOLOAD);
    if (handle == NULL) {
        return JNI_VERSION_1_8;
    }
    /* dlsym also searches the library's dependencies: a JNI_OnLoad found in another one is not this one's. */
    void *symbol = dlsym(handle, "JNI_OnLoad");
    Dl_info where;
    jint version = JNI_VERSION_1_8;
    if (symbol != NULL && dladdr(symbol, &where) != 0 && strstr(where.dli_fname, library) != NULL) {
        version = ((jint (*)(JavaVM *, void *)) symbol)(vm, reserved);
    }
    dlclose(handle);
    /* A statically linked library must answer 1.8 or newer; these answer the version they were written for. */
    return version < 0 || version >= JNI_VERSION_1_8 ? version : JNI_VERSION_1_8;
}

#define FORWARD_ON_LOAD(name) \
    JNIEXPORT jint JNI_OnLoad_##name(JavaVM *vm, void *reserved) { \
        return forward_on_load("lib" #name ".so", vm, reserved); \
    }

FORWARD_ON_LOAD(java)
FORWARD_ON_LOAD(net)
FORWARD_ON_LOAD(nio)
FORWARD_ON_LOAD(zip)
FORWARD_ON_LOAD(extnet)
