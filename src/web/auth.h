#ifndef BUYERDESK_AUTH_H
#define BUYERDESK_AUTH_H

#include <sodium.h>
#include <stddef.h>
#include <stdint.h>

/* Passwords, session tokens and CSRF tokens. Pure crypto: no SQL, no I/O. */

#define AUTH_HASH_MAX crypto_pwhash_STRBYTES
#define AUTH_TOKEN_BYTES 32
#define AUTH_TOKEN_TEXT 44      /* base64url of 32 bytes, no padding, + NUL */
#define AUTH_DIGEST_BYTES 32

/* Must be called once before any other auth_* function (and before fork:
 * it sets up the cross-process limit on concurrent password hashing). */
int auth_init(unsigned max_concurrent_hashing);

/* argon2id. Returns 0, or -1 when out of memory. */
int auth_password_hash(const char *password, char out[AUTH_HASH_MAX]);

/* 1 when the password matches, 0 when not. Always spends one argon2id
 * verification, even when stored_hash is NULL (unknown email), so response
 * time does not reveal whether an account exists. */
int auth_password_verify(const char *stored_hash, const char *password);

/* 1 when the stored hash was made with other parameters than today's. */
int auth_password_needs_rehash(const char *stored_hash);

/* A fresh random token as text (for the cookie or a link) and its digest
 * (what the database keeps). */
void auth_token_new(char text[AUTH_TOKEN_TEXT], uint8_t digest[AUTH_DIGEST_BYTES]);

/* Digest of a token received from a client. Returns -1 when the text is not
 * a well-formed token (so it can be rejected without a lookup). */
int auth_token_digest(const char *text, uint8_t digest[AUTH_DIGEST_BYTES]);

/* CSRF tokens are a MAC over what the form is bound to (the session's token
 * digest, or an anonymous visitor cookie's digest) under the server key. */
void auth_csrf_token(const uint8_t key[crypto_auth_KEYBYTES],
                     const uint8_t binding[AUTH_DIGEST_BYTES], char out[AUTH_TOKEN_TEXT]);
int auth_csrf_valid(const uint8_t key[crypto_auth_KEYBYTES],
                    const uint8_t binding[AUTH_DIGEST_BYTES], const char *token);

#endif
