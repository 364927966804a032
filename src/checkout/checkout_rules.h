#ifndef BUYERDESK_CHECKOUT_RULES_H
#define BUYERDESK_CHECKOUT_RULES_H

/* Checkout figures and checks, pure (no SQL, no I/O): totals without
 * overflow, tax rounded half up on the cent, the shipping cost of a method
 * by weight band, order numbers SO-YYYY-NNNNNN, and the PO number,
 * requested delivery date, notes and payment method of the form. Money is
 * int64 minor units everywhere; rates are basis points (825 = 8.25 %). */

#include <stddef.h>
#include <stdint.h>

#include "base/money.h"

#define CHECKOUT_PO_MAX 64
#define CHECKOUT_NOTES_MAX 2000
#define CHECKOUT_RATE_MAX_BP 10000
#define CHECKOUT_BANDS_MAX 16
#define CHECKOUT_METHOD_NAME_MAX 80
#define CHECKOUT_METHOD_DESCRIPTION_MAX 300
#define CHECKOUT_ORDER_SEQ_MAX 999999999   /* nine digits; six shown until then */

/* ---- money: base/money.h (money_add, money_add_product, money_percent, money_parse) ---- */

/* 825 -> "8.25", 550 -> "5.5", 500 -> "5", 0 -> "0". */
void checkout_rate_text(int64_t rate_bp, char *out, size_t size);

/* "8.25" / "8.25%" / " 5 " -> basis points (at most two decimals, 0 to
 * 100). 0, or -1 for anything else. */
int checkout_rate_parse(const char *text, int64_t *rate_bp);

/* The order's tax line: "Tax (IL 8.25%)", or "No tax" for a zero rate.
 * name is the tax rate's label ("IL", "GST") or "" (then just "Tax 8.25%"). */
void checkout_tax_label(const char *name, int64_t rate_bp, char *out, size_t size);

/* ---- shipping -------------------------------------------------------------- */

struct weight_band {
    int64_t up_to_grams;     /* > 0 */
    int64_t cents;           /* >= 0 */
};

/* The band for an order of `grams`: the smallest up_to_grams not below it
 * (bands in any order). Index into bands, or -1 when heavier than every
 * band (or no bands). */
int checkout_band_for_weight(const struct weight_band *bands, int n, int64_t grams);

enum shipping_kind { SHIPPING_FLAT = 0, SHIPPING_WEIGHT = 1 };

struct shipping_method {
    int64_t id;
    char name[CHECKOUT_METHOD_NAME_MAX * 4 + 1];
    char description[CHECKOUT_METHOD_DESCRIPTION_MAX * 4 + 1];
    enum shipping_kind kind;
    int64_t flat_cents;
    int active;
    int64_t sort_order;
    int n_bands;
    struct weight_band bands[CHECKOUT_BANDS_MAX];
};

/* What the method costs for an order of `grams`. 0 offered (cost in
 * *cents), -1 not offered (inactive, or heavier than every band). */
int checkout_shipping_cost(const struct shipping_method *m, int64_t grams, int64_t *cents);

/* The kinds' names by enum shipping_kind, NULL after the last (a declared
 * form's allowed values). */
extern const char *const checkout_shipping_kinds[];

/* "flat" / "weight" <-> kind. Parse: 0, or -1. */
const char *checkout_shipping_kind_name(enum shipping_kind kind);
int checkout_shipping_kind_parse(const char *text, enum shipping_kind *out);

/* Staff weight input in kilograms: "10", "2.5", "0.125" -> grams (at most
 * three decimals, above 0, at most 1,000,000 kg). 0, or -1. */
int checkout_kg_parse(const char *text, int64_t *grams);

/* 10000 -> "10", 2500 -> "2.5", 125 -> "0.125" (kilograms). */
void checkout_kg_text(int64_t grams, char *out, size_t size);

/* Checks a set of bands as staff typed them: each up_to_grams > 0, cost
 * >= 0, no weight twice. NULL when fine, else a sentence. */
const char *checkout_bands_check(const struct weight_band *bands, int n);

/* ---- order numbers ------------------------------------------------------- */

/* SO-<year>-<sequence>: the year the order was placed, and one sequence
 * that carries on across years (SO-2026-004199, then SO-2027-004200; see
 * base/sequences.h), at least six digits wide. 0, or -1 for a year
 * outside 2000..9999 or a sequence outside 1..CHECKOUT_ORDER_SEQ_MAX. */
int checkout_order_number_format(int year, int64_t seq, char *out, size_t size);

/* The number of the order with sequence `seq` placed at `placed_at`. */
int checkout_order_number_at(int64_t placed_at, int64_t seq, char *out, size_t size);

/* "SO-2026-000001" -> year 2026, seq 1. 0, or -1 when it is not exactly
 * that shape (6 to 9 digits of sequence). */
int checkout_order_number_parse(const char *text, int *year, int64_t *seq);

/* The UTC calendar year of a Unix time. */
int checkout_year_of(int64_t when);

/* ---- the form's other fields -------------------------------------------- */

/* The PO number (trimmed by the caller): at most 64 characters, printable
 * (no control characters), required when the company says so. NULL when
 * fine, else the message. */
const char *checkout_po_check(const char *po, int required);

/* The requested delivery date: "" (none) or YYYY-MM-DD, a real calendar
 * day, not before today (UTC day of `now`) and not after the same day a
 * year later. NULL when fine, else the message. */
const char *checkout_date_check(const char *text, int64_t now);

/* Notes: optional, several lines, at most 2,000 characters. */
const char *checkout_notes_check(const char *notes);

/* ---- payment methods -------------------------------------------------------- */

enum payment_method {
    PAYMENT_ON_ACCOUNT = 1 << 0,
    PAYMENT_BANK_TRANSFER = 1 << 1,
    PAYMENT_CARD_ON_FILE = 1 << 2,
};
#define PAYMENT_METHOD_COUNT 3

/* The codes in display order ("on_account", "bank_transfer", "card_on_file"),
 * NULL after the last (a declared form's allowed values). */
extern const char *const payment_method_codes[PAYMENT_METHOD_COUNT + 1];

/* code -> its bit (0 for an unknown code). */
unsigned checkout_payment_bit(const char *code);

/* "on_account,bank_transfer" -> bits (unknown codes ignored; 0 when none known). */
unsigned checkout_payment_parse_list(const char *csv);

/* bits -> "on_account,bank_transfer" (display order). */
void checkout_payment_list_text(unsigned bits, char *out, size_t size);

#endif
