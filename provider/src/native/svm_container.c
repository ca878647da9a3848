/*
 * SubstrateVM's container library (libsvm_container.a), which GraalVM distributions carry and no package
 * registry does. It would read cgroup limits so that the default heap follows a container's memory. The
 * provider sets its heap limit when it is built (-R:MaxHeapSize, docs/native.md), so it answers "not in a
 * container" and the host's figures.
 */
#include <unistd.h>

#define NOT_CONTAINERIZED 0
#define UNLIMITED -1

int svm_container_initialize(int version) {
    return NOT_CONTAINERIZED;
}

unsigned long svm_container_physical_memory(void) {
    return (unsigned long) sysconf(_SC_PHYS_PAGES) * (unsigned long) sysconf(_SC_PAGESIZE);
}

long svm_container_memory_limit_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_memory_and_swap_limit_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_memory_soft_limit_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_memory_usage_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_memory_max_usage_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_rss_usage_in_bytes(void) {
    return UNLIMITED;
}

long svm_container_cache_usage_in_bytes(void) {
    return UNLIMITED;
}

int svm_container_active_processor_count(void) {
    return (int) sysconf(_SC_NPROCESSORS_ONLN);
}
