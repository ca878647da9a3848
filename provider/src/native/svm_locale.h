/*
 * The locale interface SubstrateVM's LocaleCHelper declares (@CStruct svm_locale_props_t, @CFunction
 * svm_initialize_locale and svm_get_locale, two @CConstant results), written from those declarations.
 * Implemented in libchelper.c.
 */
#define SVM_LOCALE_INITIALIZATION_SUCCEEDED 0
#define SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY 1

typedef struct {
    char *display_language;
    char *display_script;
    char *display_country;
    char *display_variant;
    char *format_language;
    char *format_script;
    char *format_country;
    char *format_variant;
} svm_locale_props_t;

int svm_initialize_locale(void);
svm_locale_props_t *svm_get_locale(void);
