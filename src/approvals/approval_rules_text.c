/* The text helpers the approval-rule modules share (approval_rules_text.h),
 * and ar_copy (approval_rules.h): cutting and appending UTF-8 safely,
 * money and counts as the reasons and summaries write them, and lists of
 * roles or members in words. Pure: no SQL, no I/O. */
#include "approvals/approval_rules_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/format.h"

/* Appends printf output to out (size bytes), keeping it terminated and
 * never ending in half a character. */
void ar_appendf(char *out, size_t size, const char *fmt, ...)
{
    size_t used = strlen(out);
    if (used + 1 >= size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + used, size - used, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n >= size - used) utf8_tidy(out);
}

void ar_money(int64_t minor, const char *currency, char *out, size_t size)
{
    format_money(minor, currency && currency[0] ? currency : "USD", out, size);
}

/* 12345 -> "12,345". */
void ar_count_text(int64_t n, char *out, size_t size)
{
    char digits[32], grouped[48];
    int neg = n < 0;
    uint64_t mag = neg ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
    size_t len = strlen(digits), o = 0;
    for (size_t i = 0; i < len && o + 2 < sizeof grouped; i++) {
        if (i > 0 && (len - i) % 3 == 0) grouped[o++] = ',';
        grouped[o++] = digits[i];
    }
    grouped[o] = '\0';
    snprintf(out, size, "%s%s", neg ? "-" : "", grouped);
}

/* "a" or "an" before a role name. */
static const char *article(const char *word)
{
    return word[0] && strchr("AEIOUaeiou", word[0]) ? "an" : "a";
}

static const char *ref_name(const struct ar_ref *r, const char *missing)
{
    return r->name[0] ? r->name : missing;
}

/* "A, B or C" (or "and"; "AND" for emphasis). Roles get their article. */
void ar_join_refs(const struct ar_ref *refs, int n, const char *conj, int roles, const char *missing,
                      char *out, size_t size)
{
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *name = ref_name(&refs[i], missing);
        if (i > 0) ar_appendf(out, size, "%s", i == n - 1 ? conj : ", ");
        if (roles) ar_appendf(out, size, "%s %s", article(name), name);
        else ar_appendf(out, size, "%s", name);
    }
}
