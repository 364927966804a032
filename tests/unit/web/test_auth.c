/* Unit tests for src/web/auth.c (argon2id passwords, session tokens, CSRF
 * tokens) and src/base/permissions.h (permissions_allow). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "web/auth.h"
#include "base/permissions.h"

#define PASSWORD "correct horse battery staple"

/* One hash shared by the tests that only need "some fresh hash": argon2id
 * at 64 MiB is slow enough to be worth reusing. */
static char fresh_hash[AUTH_HASH_MAX];

static int group_setup(void **state)
{
    (void)state;
    if (auth_init(2) != 0) return -1;
    if (auth_password_hash(PASSWORD, fresh_hash) != 0) return -1;
    return 0;
}

static int is_base64url_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static void assert_token_text(const char *text)
{
    assert_int_equal(strlen(text), AUTH_TOKEN_TEXT - 1);
    assert_int_equal(AUTH_TOKEN_TEXT - 1, 43);
    for (size_t i = 0; text[i]; i++)
        if (!is_base64url_char(text[i])) fail_msg("byte %zu of \"%s\" is not base64url", i, text);
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* --- auth_init ---------------------------------------------------------- */

static void test_init_twice_is_ok(void **state)
{
    (void)state;
    assert_int_equal(auth_init(2), 0);
    assert_int_equal(auth_init(0), 0);
}

/* --- passwords ---------------------------------------------------------- */

static void test_password_hash_is_argon2id_interactive(void **state)
{
    (void)state;
    const char *prefix = "$argon2id$v=19$m=65536,t=2,p=1$";
    assert_memory_equal(fresh_hash, prefix, strlen(prefix));
    assert_true(strlen(fresh_hash) < AUTH_HASH_MAX);
    assert_null(strstr(fresh_hash, PASSWORD));
}

static void test_password_verify_right_and_wrong(void **state)
{
    (void)state;
    assert_int_equal(auth_password_verify(fresh_hash, PASSWORD), 1);
    assert_int_equal(auth_password_verify(fresh_hash, "correct horse battery stapler"), 0);
    assert_int_equal(auth_password_verify(fresh_hash, "correct horse battery stapl"), 0);
    assert_int_equal(auth_password_verify(fresh_hash, "Correct horse battery staple"), 0);
    assert_int_equal(auth_password_verify(fresh_hash, ""), 0);
}

static void test_password_hashes_are_salted(void **state)
{
    (void)state;
    char again[AUTH_HASH_MAX];
    assert_int_equal(auth_password_hash(PASSWORD, again), 0);
    assert_string_not_equal(again, fresh_hash);
    assert_int_equal(auth_password_verify(again, PASSWORD), 1);
}

static void test_password_utf8_and_empty(void **state)
{
    (void)state;
    char hash[AUTH_HASH_MAX];
    const char *pw = "p\xc3\xa4ssw\xc3\xb6rd \xf0\x9f\x94\x91 long enough";
    assert_int_equal(auth_password_hash(pw, hash), 0);
    assert_int_equal(auth_password_verify(hash, pw), 1);
    assert_int_equal(auth_password_verify(hash, "passwrd  long enough"), 0);
    assert_int_equal(auth_password_hash("", hash), 0);
    assert_int_equal(auth_password_verify(hash, ""), 1);
    assert_int_equal(auth_password_verify(hash, " "), 0);
}

static void test_password_verify_null_or_empty_stored_hash(void **state)
{
    (void)state;
    assert_int_equal(auth_password_verify(NULL, PASSWORD), 0);
    assert_int_equal(auth_password_verify(NULL, ""), 0);
    assert_int_equal(auth_password_verify(NULL, "password"), 0);
    assert_int_equal(auth_password_verify("", PASSWORD), 0);
    assert_int_equal(auth_password_verify("", ""), 0);
}

static void test_password_verify_malformed_stored_hash(void **state)
{
    (void)state;
    char truncated[AUTH_HASH_MAX];
    strcpy(truncated, fresh_hash);
    truncated[strlen(truncated) - 5] = '\0';
    assert_int_equal(auth_password_verify(truncated, PASSWORD), 0);
    assert_int_equal(auth_password_verify("not a hash", "not a hash"), 0);
    assert_int_equal(auth_password_verify(PASSWORD, PASSWORD), 0);    /* plaintext is never accepted */
    assert_int_equal(auth_password_verify("$argon2id$", PASSWORD), 0);
}

/* An unknown email must cost one argon2id verification, like a known one:
 * compare the time of a NULL-hash check with a real one. A bad dummy hash
 * would fail in microseconds instead of tens of milliseconds. */
static void test_password_verify_null_hash_spends_argon2_time(void **state)
{
    (void)state;
    struct timespec start;
    double real = 1e9, unknown = 1e9;
    for (int i = 0; i < 2; i++) {
        clock_gettime(CLOCK_MONOTONIC, &start);
        assert_int_equal(auth_password_verify(fresh_hash, "wrong password!"), 0);
        double t = seconds_since(&start);
        if (t < real) real = t;
        clock_gettime(CLOCK_MONOTONIC, &start);
        assert_int_equal(auth_password_verify(NULL, "wrong password!"), 0);
        t = seconds_since(&start);
        if (t < unknown) unknown = t;
    }
    if (unknown * 4 < real)
        fail_msg("verify(NULL) took %.4fs, a real verify %.4fs: the dummy hash is not doing the work", unknown, real);
}

static void test_password_needs_rehash_fresh_is_false(void **state)
{
    (void)state;
    assert_int_equal(auth_password_needs_rehash(fresh_hash), 0);
}

static void test_password_needs_rehash_weak_params_is_true(void **state)
{
    (void)state;
    char weak[crypto_pwhash_STRBYTES];
    assert_int_equal(crypto_pwhash_str(weak, PASSWORD, strlen(PASSWORD), crypto_pwhash_OPSLIMIT_MIN,
                                       crypto_pwhash_MEMLIMIT_MIN),
                     0);
    assert_int_equal(auth_password_needs_rehash(weak), 1);
    /* An old hash still signs the user in (so it can be upgraded). */
    assert_int_equal(auth_password_verify(weak, PASSWORD), 1);
    assert_int_equal(auth_password_verify(weak, "wrong"), 0);
}

static void test_password_needs_rehash_argon2i_is_true(void **state)
{
    (void)state;
    char old[crypto_pwhash_STRBYTES];
    assert_int_equal(crypto_pwhash_str_alg(old, PASSWORD, strlen(PASSWORD), crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                           crypto_pwhash_argon2i_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2I13),
                     0);
    assert_memory_equal(old, "$argon2i$", 9);
    assert_int_equal(auth_password_needs_rehash(old), 1);
}

static void test_password_needs_rehash_garbage_is_true(void **state)
{
    (void)state;
    char garbage[crypto_pwhash_STRBYTES] = "not a hash at all";
    assert_int_equal(auth_password_needs_rehash(garbage), 1);
}

/* --- session tokens ----------------------------------------------------- */

static void test_token_new_is_base64url_text(void **state)
{
    (void)state;
    char text[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES];
    memset(text, 'Z', sizeof text);
    auth_token_new(text, digest);
    assert_token_text(text);
    assert_int_equal(text[AUTH_TOKEN_TEXT - 1], '\0');
}

static void test_token_digest_matches_new_and_is_stable(void **state)
{
    (void)state;
    char text[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES], again[AUTH_DIGEST_BYTES], third[AUTH_DIGEST_BYTES];
    auth_token_new(text, digest);
    assert_int_equal(auth_token_digest(text, again), 0);
    assert_memory_equal(digest, again, AUTH_DIGEST_BYTES);
    assert_int_equal(auth_token_digest(text, third), 0);
    assert_memory_equal(again, third, AUTH_DIGEST_BYTES);
}

static void test_token_digest_is_blake2b_of_raw_bytes(void **state)
{
    (void)state;
    char text[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES], raw[AUTH_TOKEN_BYTES], want[AUTH_DIGEST_BYTES];
    size_t raw_len = 0;
    auth_token_new(text, digest);
    assert_int_equal(sodium_base642bin(raw, sizeof raw, text, strlen(text), NULL, &raw_len, NULL,
                                       sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                     0);
    assert_int_equal(raw_len, AUTH_TOKEN_BYTES);
    crypto_generichash(want, sizeof want, raw, sizeof raw, NULL, 0);
    assert_memory_equal(digest, want, AUTH_DIGEST_BYTES);
    /* The digest is not the raw token itself. */
    assert_memory_not_equal(digest, raw, AUTH_DIGEST_BYTES);

    /* Known answer: 43 'A's are 32 zero bytes. */
    uint8_t zeros[AUTH_TOKEN_BYTES] = { 0 };
    crypto_generichash(want, sizeof want, zeros, sizeof zeros, NULL, 0);
    assert_int_equal(auth_token_digest("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", digest), 0);
    assert_memory_equal(digest, want, AUTH_DIGEST_BYTES);
}

static void test_tokens_differ(void **state)
{
    (void)state;
    char a[AUTH_TOKEN_TEXT], b[AUTH_TOKEN_TEXT];
    uint8_t da[AUTH_DIGEST_BYTES], db[AUTH_DIGEST_BYTES];
    auth_token_new(a, da);
    auth_token_new(b, db);
    assert_string_not_equal(a, b);
    assert_memory_not_equal(da, db, AUTH_DIGEST_BYTES);
    /* One character changed is another token with another digest. */
    char c[AUTH_TOKEN_TEXT];
    uint8_t dc[AUTH_DIGEST_BYTES];
    strcpy(c, a);
    c[10] = c[10] == 'Q' ? 'R' : 'Q';
    assert_int_equal(auth_token_digest(c, dc), 0);
    assert_memory_not_equal(da, dc, AUTH_DIGEST_BYTES);
}

static void test_token_digest_rejects_malformed_text(void **state)
{
    (void)state;
    char good[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES];
    auth_token_new(good, digest);

    assert_int_equal(auth_token_digest(NULL, digest), -1);
    assert_int_equal(auth_token_digest("", digest), -1);
    assert_int_equal(auth_token_digest("short", digest), -1);

    char buf[128];
    /* 42 characters: too short. */
    memcpy(buf, good, 42);
    buf[42] = '\0';
    assert_int_equal(auth_token_digest(buf, digest), -1);
    /* 44 characters: too long. */
    strcpy(buf, good);
    strcat(buf, "A");
    assert_int_equal(auth_token_digest(buf, digest), -1);
    /* Much longer. */
    memset(buf, 'A', 100);
    buf[100] = '\0';
    assert_int_equal(auth_token_digest(buf, digest), -1);

    /* Right length, characters outside base64url. */
    static const char bad_chars[] = { '+', '/', '=', ' ', '.', '%', '\t', '~', '*', '\\', '\x7f', '\x01' };
    for (size_t i = 0; i < sizeof bad_chars; i++) {
        strcpy(buf, good);
        buf[20] = bad_chars[i];
        if (auth_token_digest(buf, digest) != -1) fail_msg("accepted a token with byte 0x%02x", bad_chars[i] & 0xff);
    }
    /* Padded standard base64 of the same length is refused too. */
    strcpy(buf, good);
    buf[42] = '=';
    assert_int_equal(auth_token_digest(buf, digest), -1);
}

/* Bytes >= 0x80 are not base64url either. A cookie holding "\xc3\xbf" (valid
 * UTF-8, so the cookie parser keeps it) in place of two token characters
 * must not be read as a token. */
static void test_token_digest_rejects_non_ascii_bytes(void **state)
{
    (void)state;
    char good[AUTH_TOKEN_TEXT], buf[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES], other[AUTH_DIGEST_BYTES];
    auth_token_new(good, digest);
    for (unsigned c = 0x80; c <= 0xff; c++) {
        strcpy(buf, good);
        buf[20] = (char)c;
        if (auth_token_digest(buf, other) != -1)
            fail_msg("accepted token text with byte 0x%02x at position 20 (\"%s\" with one byte changed)", c, good);
    }
    strcpy(buf, good);
    buf[20] = '\xc3';
    buf[21] = '\xbf';
    assert_int_equal(auth_token_digest(buf, other), -1);
}

static void test_token_digest_rejects_non_canonical_last_char(void **state)
{
    (void)state;
    /* 43 characters carry 258 bits: the last 2 must be zero. "...AAB" would
     * alias "...AAA", so it is refused. */
    uint8_t digest[AUTH_DIGEST_BYTES];
    assert_int_equal(auth_token_digest("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", digest), 0);
    assert_int_equal(auth_token_digest("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB", digest), -1);
    assert_int_equal(auth_token_digest("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA_", digest), -1);
    assert_int_equal(auth_token_digest("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE", digest), 0);
}

/* --- CSRF tokens -------------------------------------------------------- */

struct csrf_fixture {
    uint8_t key[crypto_auth_KEYBYTES];
    uint8_t other_key[crypto_auth_KEYBYTES];
    uint8_t binding[AUTH_DIGEST_BYTES];
    uint8_t other_binding[AUTH_DIGEST_BYTES];
    char token[AUTH_TOKEN_TEXT];
};

static struct csrf_fixture fx;

static int csrf_setup(void **state)
{
    (void)state;
    crypto_auth_keygen(fx.key);
    crypto_auth_keygen(fx.other_key);
    randombytes_buf(fx.binding, sizeof fx.binding);
    memcpy(fx.other_binding, fx.binding, sizeof fx.binding);
    fx.other_binding[AUTH_DIGEST_BYTES - 1] ^= 1;   /* differs in one bit */
    auth_csrf_token(fx.key, fx.binding, fx.token);
    return 0;
}

static void test_csrf_token_format_and_determinism(void **state)
{
    (void)state;
    assert_token_text(fx.token);
    char again[AUTH_TOKEN_TEXT];
    auth_csrf_token(fx.key, fx.binding, again);
    assert_string_equal(again, fx.token);
    /* It is the base64url keyed BLAKE2b (32 bytes) of the binding. */
    uint8_t mac[crypto_auth_BYTES];
    char want[AUTH_TOKEN_TEXT];
    crypto_generichash(mac, sizeof mac, fx.binding, sizeof fx.binding, fx.key, crypto_auth_KEYBYTES);
    sodium_bin2base64(want, sizeof want, mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    assert_string_equal(fx.token, want);
}

static void test_csrf_valid_for_right_binding(void **state)
{
    (void)state;
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, fx.token), 1);
}

static void test_csrf_invalid_for_other_binding(void **state)
{
    (void)state;
    assert_int_equal(auth_csrf_valid(fx.key, fx.other_binding, fx.token), 0);
    char other[AUTH_TOKEN_TEXT];
    auth_csrf_token(fx.key, fx.other_binding, other);
    assert_string_not_equal(other, fx.token);
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, other), 0);
    assert_int_equal(auth_csrf_valid(fx.key, fx.other_binding, other), 1);
}

static void test_csrf_invalid_for_other_key(void **state)
{
    (void)state;
    assert_int_equal(auth_csrf_valid(fx.other_key, fx.binding, fx.token), 0);
    char other[AUTH_TOKEN_TEXT];
    auth_csrf_token(fx.other_key, fx.binding, other);
    assert_string_not_equal(other, fx.token);
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, other), 0);
}

static void test_csrf_invalid_when_tampered(void **state)
{
    (void)state;
    char t[AUTH_TOKEN_TEXT];
    for (size_t i = 0; i < AUTH_TOKEN_TEXT - 1; i++) {
        strcpy(t, fx.token);
        t[i] = t[i] == 'A' ? 'B' : 'A';
        if (auth_csrf_valid(fx.key, fx.binding, t) != 0) fail_msg("tampered token (position %zu) accepted", i);
    }
    /* Case change only. */
    strcpy(t, fx.token);
    for (size_t i = 0; t[i]; i++) {
        if (t[i] >= 'a' && t[i] <= 'z') { t[i] = (char)(t[i] - 32); break; }
        if (t[i] >= 'A' && t[i] <= 'Z') { t[i] = (char)(t[i] + 32); break; }
    }
    assert_string_not_equal(t, fx.token);
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, t), 0);
}

static void test_csrf_invalid_empty_null_or_wrong_length(void **state)
{
    (void)state;
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, NULL), 0);
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, ""), 0);
    char t[AUTH_TOKEN_TEXT + 8];
    strcpy(t, fx.token);
    t[AUTH_TOKEN_TEXT - 2] = '\0';                       /* 42 characters: a prefix */
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, t), 0);
    strcpy(t, fx.token);
    strcat(t, "A");                                      /* 44 characters */
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, t), 0);
    strcpy(t, fx.token);
    strcat(t, "=");                                      /* padded */
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, t), 0);
}

static void test_csrf_session_token_is_not_a_csrf_token(void **state)
{
    (void)state;
    /* A session token (right shape, wrong meaning) never passes. */
    char text[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES];
    auth_token_new(text, digest);
    assert_int_equal(auth_csrf_valid(fx.key, digest, text), 0);
    assert_int_equal(auth_csrf_valid(fx.key, fx.binding, text), 0);
}

/* --- permissions_allow -------------------------------------------------- */

static const unsigned all_perms[] = {
    PERM_MANAGE_MEMBERS, PERM_MANAGE_ROLES, PERM_MANAGE_UNITS, PERM_MANAGE_ADDRESSES,
    PERM_MANAGE_APPROVAL_RULES, PERM_PLACE_ORDERS, PERM_VIEW_OWN_ORDERS, PERM_VIEW_UNIT_ORDERS,
    PERM_VIEW_ALL_ORDERS, PERM_APPROVE_ORDERS, PERM_VIEW_CREDIT, PERM_REQUEST_CREDIT,
    PERM_MANAGE_SHARED_LISTS, PERM_EXPORT_DATA, PERM_VIEW_COMPANY_INFO,
};
#define N_PERMS (sizeof all_perms / sizeof all_perms[0])

static void test_permissions_bits_are_distinct_and_all_covers_them(void **state)
{
    (void)state;
    unsigned seen = 0;
    for (size_t i = 0; i < N_PERMS; i++) {
        assert_int_equal(all_perms[i] & (all_perms[i] - 1), 0);   /* one bit each */
        assert_int_equal(seen & all_perms[i], 0);                  /* no two alike */
        seen |= all_perms[i];
    }
    assert_int_equal(seen, PERM_ALL);
    assert_int_equal(PERM_ALL, 0x7fff);
}

static void test_permissions_nothing_required_is_always_allowed(void **state)
{
    (void)state;
    assert_int_equal(permissions_allow(0, 0), 1);
    assert_int_equal(permissions_allow(PERM_PLACE_ORDERS, 0), 1);
    assert_int_equal(permissions_allow(PERM_ALL, 0), 1);
}

static void test_permissions_single_bit(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_PERMS; i++) {
        assert_int_equal(permissions_allow(all_perms[i], all_perms[i]), 1);
        assert_int_equal(permissions_allow(PERM_ALL, all_perms[i]), 1);
        assert_int_equal(permissions_allow(0, all_perms[i]), 0);
        assert_int_equal(permissions_allow(PERM_ALL & ~all_perms[i], all_perms[i]), 0);
    }
    /* No permission implies another. */
    assert_int_equal(permissions_allow(PERM_VIEW_ALL_ORDERS, PERM_VIEW_OWN_ORDERS), 0);
    assert_int_equal(permissions_allow(PERM_MANAGE_ROLES, PERM_MANAGE_MEMBERS), 0);
}

static void test_permissions_every_required_bit_needed(void **state)
{
    (void)state;
    unsigned need = PERM_PLACE_ORDERS | PERM_APPROVE_ORDERS;
    assert_int_equal(permissions_allow(PERM_PLACE_ORDERS, need), 0);
    assert_int_equal(permissions_allow(PERM_APPROVE_ORDERS, need), 0);
    assert_int_equal(permissions_allow(need, need), 1);
    assert_int_equal(permissions_allow(need | PERM_EXPORT_DATA, need), 1);
    assert_int_equal(permissions_allow(PERM_ALL, PERM_ALL), 1);
    assert_int_equal(permissions_allow(PERM_ALL & ~PERM_VIEW_COMPANY_INFO, PERM_ALL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init_twice_is_ok),
        cmocka_unit_test(test_password_hash_is_argon2id_interactive),
        cmocka_unit_test(test_password_verify_right_and_wrong),
        cmocka_unit_test(test_password_hashes_are_salted),
        cmocka_unit_test(test_password_utf8_and_empty),
        cmocka_unit_test(test_password_verify_null_or_empty_stored_hash),
        cmocka_unit_test(test_password_verify_malformed_stored_hash),
        cmocka_unit_test(test_password_verify_null_hash_spends_argon2_time),
        cmocka_unit_test(test_password_needs_rehash_fresh_is_false),
        cmocka_unit_test(test_password_needs_rehash_weak_params_is_true),
        cmocka_unit_test(test_password_needs_rehash_argon2i_is_true),
        cmocka_unit_test(test_password_needs_rehash_garbage_is_true),
        cmocka_unit_test(test_token_new_is_base64url_text),
        cmocka_unit_test(test_token_digest_matches_new_and_is_stable),
        cmocka_unit_test(test_token_digest_is_blake2b_of_raw_bytes),
        cmocka_unit_test(test_tokens_differ),
        cmocka_unit_test(test_token_digest_rejects_malformed_text),
        cmocka_unit_test(test_token_digest_rejects_non_ascii_bytes),
        cmocka_unit_test(test_token_digest_rejects_non_canonical_last_char),
        cmocka_unit_test_setup(test_csrf_token_format_and_determinism, csrf_setup),
        cmocka_unit_test_setup(test_csrf_valid_for_right_binding, csrf_setup),
        cmocka_unit_test_setup(test_csrf_invalid_for_other_binding, csrf_setup),
        cmocka_unit_test_setup(test_csrf_invalid_for_other_key, csrf_setup),
        cmocka_unit_test_setup(test_csrf_invalid_when_tampered, csrf_setup),
        cmocka_unit_test_setup(test_csrf_invalid_empty_null_or_wrong_length, csrf_setup),
        cmocka_unit_test_setup(test_csrf_session_token_is_not_a_csrf_token, csrf_setup),
        cmocka_unit_test(test_permissions_bits_are_distinct_and_all_covers_them),
        cmocka_unit_test(test_permissions_nothing_required_is_always_allowed),
        cmocka_unit_test(test_permissions_single_bit),
        cmocka_unit_test(test_permissions_every_required_bit_needed),
    };
    return cmocka_run_group_tests_name("auth", tests, group_setup, NULL);
}
