#ifndef BUYERDESK_QUICK_ORDER_H
#define BUYERDESK_QUICK_ORDER_H

/* Quick order: parsing pasted "SKU, quantity" lines (pure). Owner: cart.
 *
 * One product per line: a SKU and a quantity separated by a tab (cells
 * copied from a spreadsheet), a comma, a semicolon, or spaces. Lines may
 * end in LF, CRLF or a lone CR; blank lines are skipped (but counted, so
 * line numbers are the ones the person sees); spaces around fields are
 * ignored; a field may be "quoted" as spreadsheets export it; a header row
 * such as "sku,qty" on the first non-blank line is skipped. Empty trailing
 * fields ("SKU,5," or "SKU<tab>5<tab><tab>") are ignored. "SKU,1,000" has
 * too many columns: quantities have no thousands separators. */

#include <stddef.h>
#include <stdint.h>

#define QUICK_ORDER_MAX_LINES 500       /* non-blank lines per paste */
#define QUICK_ORDER_MAX_BYTES 65536     /* the pasted text */
#define QUICK_ORDER_SKU_MAX 63          /* bytes */
#define QUICK_ORDER_LINE_MAX 500        /* bytes of one line */

enum quick_order_error {
    QO_OK = 0,
    QO_MISSING_SKU,          /* ",5": nothing before the quantity */
    QO_MISSING_QTY,          /* "SKU" alone */
    QO_BAD_QTY,              /* not a whole number from 1 to CART_QTY_MAX */
    QO_TOO_MANY_COLUMNS,     /* more than SKU and quantity */
    QO_SKU_TOO_LONG,         /* over QUICK_ORDER_SKU_MAX bytes, or control characters */
    QO_LINE_TOO_LONG,        /* over QUICK_ORDER_LINE_MAX bytes */
};

struct quick_order_line {
    int line_no;             /* physical line in the paste, 1-based */
    size_t start, len;       /* the line in the pasted text, without its line end */
    char sku[QUICK_ORDER_SKU_MAX + 1];
    int64_t qty;
    enum quick_order_error error;
    char qty_text[32];       /* the quantity as typed (cut), for messages */
    int item;                /* index into the merged items, -1 for a line with an error */
};

enum quick_order_status {
    QUICK_ORDER_PARSED = 0,
    QUICK_ORDER_EMPTY,           /* nothing but blank lines (and a header) */
    QUICK_ORDER_TOO_MANY_LINES,  /* over QUICK_ORDER_MAX_LINES non-blank lines */
    QUICK_ORDER_TOO_LONG,        /* over QUICK_ORDER_MAX_BYTES */
};

/* Parses text[0..len) into out (max entries; at least
 * QUICK_ORDER_MAX_LINES to take any paste that is not refused). Sets
 * *count to the lines kept (header and blank lines left out). */
enum quick_order_status quick_order_parse(const char *text, size_t len, struct quick_order_line *out, int max,
                                          int *count);

/* One SKU of the paste, duplicates summed. */
struct quick_order_item {
    char sku[QUICK_ORDER_SKU_MAX + 1];
    int64_t qty;             /* the sum; CART_QTY_MAX + 1 when the sum is over the limit */
    int first_line;          /* line_no of its first line */
    int lines;               /* how many lines of the paste ask for it */
};

/* Merges the lines without errors by SKU (ASCII case ignored, as the
 * catalog lookup does): fills items in order of first appearance and sets
 * each line's item. Returns the number of items. */
int quick_order_merge(struct quick_order_line *lines, int n, struct quick_order_item *items, int max);

/* The reason a parsed line is refused, as a sentence ("" for QO_OK). */
void quick_order_error_message(const struct quick_order_line *line, char *out, size_t size);

/* Writes the lines whose keep[i] is set back as text, one per line
 * (LF), as they were pasted: what goes back into the box for correction.
 * Returns the length written (cut to fit size; always NUL-terminated). */
size_t quick_order_join(const char *text, const struct quick_order_line *lines, const int *keep, int n, char *out,
                        size_t size);

#endif
