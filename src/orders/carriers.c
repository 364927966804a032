#include "orders/carriers.h"

#include <stdio.h>
#include <string.h>

struct carrier {
    const char *name;
    const char *url_prefix;   /* the tracking number follows, encoded; NULL: no public page */
};

static const struct carrier carriers[CARRIER_COUNT] = {
    { "UPS", "https://www.ups.com/track?tracknum=" },
    { "FedEx", "https://www.fedex.com/fedextrack/?trknbr=" },
    { "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels=" },
    { "DHL Express", "https://www.dhl.com/en/express/tracking.html?AWB=" },
    { "Canada Post", "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=" },
    { "Purolator", "https://www.purolator.com/en/shipping/tracker?pin=" },
    { "LTL freight", NULL },
    { "Our own delivery", NULL },
};

const char *const carrier_names[CARRIER_COUNT + 1] = {
    "UPS", "FedEx", "USPS", "DHL Express", "Canada Post", "Purolator", "LTL freight", "Our own delivery", NULL,
};

static const struct carrier *find(const char *name)
{
    if (!name) return NULL;
    for (int i = 0; i < CARRIER_COUNT; i++)
        if (strcmp(carriers[i].name, name) == 0) return &carriers[i];
    return NULL;
}

int carrier_known(const char *name)
{
    return find(name) != NULL;
}

int carrier_tracking_url(const char *carrier, const char *tracking_number, char *out, size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    const struct carrier *c = find(carrier);
    if (size) out[0] = '\0';
    if (!c || !c->url_prefix || !tracking_number || !tracking_number[0]) return 0;
    size_t n = (size_t)snprintf(out, size, "%s", c->url_prefix);
    if (n >= size) goto too_long;
    for (const unsigned char *p = (const unsigned char *)tracking_number; *p; p++) {
        int plain = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'
                    || *p == '.' || *p == '_' || *p == '~';
        if (n + (plain ? 1 : 3) >= size) goto too_long;
        if (plain) {
            out[n++] = (char)*p;
        } else {
            out[n++] = '%';
            out[n++] = hex[*p >> 4];
            out[n++] = hex[*p & 15];
        }
    }
    out[n] = '\0';
    return 1;
too_long:
    if (size) out[0] = '\0';
    return 0;
}
