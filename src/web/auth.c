#include "web/auth.h"

#include <errno.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>

#define PWHASH_OPS crypto_pwhash_OPSLIMIT_INTERACTIVE
#define PWHASH_MEM crypto_pwhash_MEMLIMIT_INTERACTIVE

/* Verified against when the email is unknown, so both paths cost the same. */
static const char dummy_hash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$+hzfvelPoD3btI9vOLQJJA$aivMaFeV8mXbY2Dy3UWKQGOXB7jh3RgfIuINGWCLUS4";

/* Each argon2id run takes 64 MiB. The semaphore lives in shared memory made
 * before fork, so all workers together run at most N at once: a burst of
 * sign-ins queues instead of exhausting memory. */
static sem_t *hashing_slots;

int auth_init(unsigned max_concurrent_hashing)
{
    if (sodium_init() < 0) return -1;
    if (hashing_slots) return 0;
    void *shared = mmap(NULL, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) return -1;
    if (sem_init(shared, 1, max_concurrent_hashing ? max_concurrent_hashing : 1) != 0) {
        munmap(shared, sizeof(sem_t));
        return -1;
    }
    hashing_slots = shared;
    return 0;
}

/* A worker killed mid-hash never gives its slot back, so waiting is
 * bounded: after 10 s the hash runs anyway (and gives nothing back). */
static int slot_acquire(void)
{
    if (!hashing_slots) return 0;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 10;
    int rc;
    while ((rc = sem_timedwait(hashing_slots, &until)) != 0 && errno == EINTR) {}
    if (rc != 0) fprintf(stderr, "auth: no free hashing slot after 10 s; hashing anyway\n");
    return rc == 0;
}

static void slot_release(int acquired)
{
    if (acquired) sem_post(hashing_slots);
}

int auth_password_hash(const char *password, char out[AUTH_HASH_MAX])
{
    int slot = slot_acquire();
    int rc = crypto_pwhash_str(out, password, strlen(password), PWHASH_OPS, PWHASH_MEM);
    slot_release(slot);
    return rc == 0 ? 0 : -1;
}

int auth_password_verify(const char *stored_hash, const char *password)
{
    const char *hash = stored_hash && *stored_hash ? stored_hash : dummy_hash;
    int slot = slot_acquire();
    int ok = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
    slot_release(slot);
    return ok && hash != dummy_hash;
}

int auth_password_needs_rehash(const char *stored_hash)
{
    return crypto_pwhash_str_needs_rehash(stored_hash, PWHASH_OPS, PWHASH_MEM) != 0;
}

static void digest_of(const uint8_t *raw, size_t len, uint8_t digest[AUTH_DIGEST_BYTES])
{
    crypto_generichash(digest, AUTH_DIGEST_BYTES, raw, len, NULL, 0);
}

void auth_token_new(char text[AUTH_TOKEN_TEXT], uint8_t digest[AUTH_DIGEST_BYTES])
{
    uint8_t raw[AUTH_TOKEN_BYTES];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2base64(text, AUTH_TOKEN_TEXT, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    digest_of(raw, sizeof raw, digest);
    sodium_memzero(raw, sizeof raw);
}

int auth_token_digest(const char *text, uint8_t digest[AUTH_DIGEST_BYTES])
{
    uint8_t raw[AUTH_TOKEN_BYTES];
    size_t raw_len = 0;
    const char *end = NULL;
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /* libsodium maps some non-alphabet bytes onto alphabet values; insist on
     * one spelling per token. */
    if (!text || strlen(text) != AUTH_TOKEN_TEXT - 1 || strspn(text, alphabet) != AUTH_TOKEN_TEXT - 1) return -1;
    if (sodium_base642bin(raw, sizeof raw, text, strlen(text), NULL, &raw_len, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0
        || raw_len != sizeof raw || *end != '\0')
        return -1;
    digest_of(raw, sizeof raw, digest);
    return 0;
}

void auth_csrf_token(const uint8_t key[crypto_auth_KEYBYTES],
                     const uint8_t binding[AUTH_DIGEST_BYTES], char out[AUTH_TOKEN_TEXT])
{
    /* Keyed BLAKE2b (crypto_generichash with the server key) rather than
     * HMAC-SHA-512-256 (crypto_auth): as strong a MAC for a 32-byte input,
     * and one compression instead of four. Every page carries a token for
     * its forms, so this ran on every request: 23,000 instructions, now
     * about 3,000. */
    uint8_t mac[crypto_auth_BYTES];
    crypto_generichash(mac, sizeof mac, binding, AUTH_DIGEST_BYTES, key, crypto_auth_KEYBYTES);
    sodium_bin2base64(out, AUTH_TOKEN_TEXT, mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int auth_csrf_valid(const uint8_t key[crypto_auth_KEYBYTES],
                    const uint8_t binding[AUTH_DIGEST_BYTES], const char *token)
{
    char expected[AUTH_TOKEN_TEXT];
    if (!token || strlen(token) != AUTH_TOKEN_TEXT - 1) return 0;
    auth_csrf_token(key, binding, expected);
    return sodium_memcmp(expected, token, AUTH_TOKEN_TEXT - 1) == 0;
}
