#ifndef BUYERDESK_CARRIERS_H
#define BUYERDESK_CARRIERS_H

#include <stddef.h>

/* The carriers staff can pick when recording a shipment, and the public
 * page where each lets anyone follow a tracking number. Pure. */

#define CARRIER_COUNT 8

/* The carrier names, in the order a form offers them; NULL after the
 * last, so a declared form can take them as its allowed values. */
extern const char *const carrier_names[CARRIER_COUNT + 1];

/* 1 when name is one of carrier_names. */
int carrier_known(const char *name);

/* The tracking page for a number (percent-encoded into the URL). Returns
 * 1 with out written, 0 when the carrier has no public tracking page or
 * the number is empty / too long for out (out is then ""). */
int carrier_tracking_url(const char *carrier, const char *tracking_number, char *out, size_t size);

#endif
