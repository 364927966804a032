#ifndef BUYERDESK_RENDER_H
#define BUYERDESK_RENDER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A C face for ctemplate. Nothing here throws; errors are return values.
 * Every template starts with {{%AUTOESCAPE context="HTML"}} (or "NONE" for
 * plain-text mail), so values are escaped by the template engine. */

typedef struct tpl_dict tpl_dict;

/* Loads every *.tpl under dir into the one template cache and freezes it,
 * so a syntax error stops start-up instead of a request. 0 or -1. */
int tpl_load_all(const char *dir);
void tpl_shutdown(void);

tpl_dict *tpl_dict_new(void);
void tpl_dict_free(tpl_dict *dict);   /* frees its sections too */
/* A deep copy the caller owns (free with tpl_dict_free). NULL on failure. */
tpl_dict *tpl_dict_copy(const tpl_dict *dict);

void tpl_set(tpl_dict *dict, const char *key, const char *value);
/* tpl_set for a value that outlives the dictionary (not copied). */
void tpl_set_lasting(tpl_dict *dict, const char *key, const char *value);
void tpl_set_int(tpl_dict *dict, const char *key, long long value);
void tpl_show(tpl_dict *dict, const char *section);
/* A value shown only when there is one, {{#SECTION}}..{{KEY}}..{{/SECTION}}:
 * sets KEY on dict itself and shows SECTION; nothing when value is NULL or
 * empty. Cheaper than setting KEY in a section dictionary of its own (the
 * section still gets an empty one, but no variable map), so KEY must be
 * a name dict does not use for anything else. */
void tpl_set_shown(tpl_dict *dict, const char *section, const char *key, const char *value);
/* Adds one more row of a repeated section and returns its dictionary
 * (owned by the parent). */
tpl_dict *tpl_add_section(tpl_dict *dict, const char *section);
/* {{>name}} in the template renders `filename` with the returned dictionary. */
tpl_dict *tpl_include(tpl_dict *dict, const char *name, const char *filename);

/* Renders `filename` (relative to the loaded dir) into a new malloc'd
 * string. Returns 0, or -1 when the template is unknown or fails. */
int tpl_render(const char *filename, const tpl_dict *dict, char **out, size_t *out_len);
/* The same into a buffer the process keeps and reuses: *out is valid
 * until the next call, and is not the caller's to free. */
int tpl_render_kept(const char *filename, const tpl_dict *dict, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
