#ifndef BUYERDESK_APPROVAL_RULES_TEXT_H
#define BUYERDESK_APPROVAL_RULES_TEXT_H

/* Text helpers of the approval-rule modules (approval_rules*.c), private to
 * them: evaluation writes reasons and labels, the summary its sentence,
 * resolution its notes, all with the same UTF-8-safe appending, money,
 * counts and lists of names. Pure. */

#include <stddef.h>
#include <stdint.h>

#include "approvals/approval_rules.h"
#include "base/utf8.h"


/* Appends printf output to out (size bytes), keeping it terminated and
 * never ending in half a character. */
void ar_appendf(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Minor units as money ("$12,000.00"); no currency means USD. */
void ar_money(int64_t minor, const char *currency, char *out, size_t size);

/* 12345 -> "12,345". */
void ar_count_text(int64_t n, char *out, size_t size);

/* "A, B or C" (or "and"; "AND" for emphasis). Roles get their article;
 * a ref with no name any more is called `missing`. */
void ar_join_refs(const struct ar_ref *refs, int n, const char *conj, int roles, const char *missing,
                  char *out, size_t size);

#endif
