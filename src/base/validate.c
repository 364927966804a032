#include "base/validate.h"

#include <ctype.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/utf8.h"

const char *validate_email(const char *in, char *out, size_t size)
{
    while (isspace((unsigned char)*in)) in++;
    size_t len = strlen(in);
    while (len && isspace((unsigned char)in[len - 1])) len--;
    if (len == 0) return "Enter an email address.";
    if (len > VALIDATE_EMAIL_MAX || len >= size) return "This email address is too long.";
    for (size_t i = 0; i < len; i++) out[i] = (char)tolower((unsigned char)in[i]);
    out[len] = '\0';

    const char *at = strchr(out, '@');
    if (!at || at == out || strchr(at + 1, '@') || !strchr(at + 1, '.') || at[1] == '.'
        || out[len - 1] == '.')
        return "Enter an email address like name@company.com.";
    for (const char *p = out; *p; p++) {
        unsigned char c = (unsigned char)*p;
        /* No spaces, controls, quotes or angle brackets: these addresses
         * end up in mail headers. */
        if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '(' || c == ')'
            || c == ',' || c == ';' || c == ':' || c == '\\' || c == '[' || c == ']')
            return "Enter an email address like name@company.com.";
    }
    return NULL;
}

const char *validate_password(const char *password)
{
    size_t n = utf8_chars(password);
    if (n < VALIDATE_PASSWORD_MIN) return "Use at least 12 characters for the password.";
    if (n > VALIDATE_PASSWORD_MAX) return "Use at most 128 characters for the password.";
    return NULL;
}

const char *validate_text(const char *value, size_t max, int required)
{
    const char *p = value;
    while (isspace((unsigned char)*p)) p++;
    if (required && !*p) return "This field is required.";
    if (utf8_chars(value) > max) return "This is too long.";
    for (p = value; *p; p++)
        if ((unsigned char)*p < ' ' && *p != '\t') return "Use a single line of text.";
        else if ((unsigned char)*p == 0x7f) return "Remove the control characters.";
    return NULL;
}

const char *validate_multiline(const char *value, size_t max, int required)
{
    const char *p = value;
    while (isspace((unsigned char)*p)) p++;
    if (required && !*p) return "This field is required.";
    if (utf8_chars(value) > max) return "This is too long.";
    for (p = value; *p; p++)
        if (((unsigned char)*p < ' ' && *p != '\t' && *p != '\n' && *p != '\r') || (unsigned char)*p == 0x7f)
            return "Remove the control characters.";
    return NULL;
}

int parse_id(const char *text, int64_t *out)
{
    int64_t n = 0;
    if (!text || !*text || *text == '0' || strlen(text) > 16) return 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') return 0;
        n = n * 10 + (*p - '0');
    }
    if (n > ((int64_t)1 << 53)) return 0;
    *out = n;
    return 1;
}

void text_trim_copy(const char *in, char *out, size_t size)
{
    while (isspace((unsigned char)*in)) in++;
    size_t n = strlen(in);
    while (n && isspace((unsigned char)in[n - 1])) n--;
    n = utf8_fit(in, n, size - 1);   /* never half a character */
    memcpy(out, in, n);
    out[n] = '\0';
}

void text_trim_lines(const char *in, char *out, size_t size)
{
    if (!size) return;
    while (isspace((unsigned char)*in)) in++;
    size_t n = strlen(in), o = 0;
    while (n && isspace((unsigned char)in[n - 1])) n--;
    for (size_t i = 0; i < n && o + 1 < size; i++)
        if (in[i] != '\r') out[o++] = in[i];
    out[o] = '\0';
    utf8_tidy(out);   /* a cut never leaves half a character */
}

int parse_count(const char *text, int64_t min, int64_t max, int64_t *out)
{
    int64_t n = 0;
    if (!text || !*text || strlen(text) > 12) return -1;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') return -1;
        n = n * 10 + (*p - '0');
    }
    if (n < min || n > max) return -1;
    *out = n;
    return 0;
}

int parse_day_noon(const char *text, int64_t *when)
{
    struct civil_date c;
    if (civil_date_parse(text, &c) != CIVIL_DATE_OK || c.year < 2000 || c.year > 2099) return -1;
    *when = civil_days_from_date(c.year, c.month, c.day) * 86400 + 12 * 3600;
    return 0;
}
