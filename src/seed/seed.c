/* Demo data for `buyerdesk seed-demo`.
 *
 * Everything is inserted in one transaction with prepared statements. The
 * data is meant to be shown to prospective customers, so it is written out
 * by hand where a person would notice (people, companies, addresses) and
 * generated from combination tables where volume matters (catalog, order
 * history). Generation uses a fixed-seed xorshift PRNG rather than rand():
 * the same build always produces the same catalog and orders, on every
 * platform, and only the dates follow clock_now().
 *
 * All money is int64 cents; there is no floating point anywhere. */
#include "seed/seed.h"
#include "base/clock.h"

#include "web/auth.h"
#include "web/render.h"
#include "checkout/checkout_rules.h"
#include "base/db.h"
#include "base/sequences.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEMO_PASSWORD "demo-password-1"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define HOUR 3600
#define DAY 86400

/* Order numbers continue from the seller's ERP, which was at this number
 * when the portal went live. */
#define LAST_ERP_ORDER_SEQ 4100
#define FREE_SHIPPING_FROM_CENTS 50000
#define FLAT_SHIPPING_CENTS 2500
#define TAX_RATE_BASIS_POINTS 825  /* 8.25% */

enum { ROLE_ADMINISTRATOR = 1, ROLE_PURCHASING = 2, ROLE_FINANCE = 3, ROLE_BUYER = 4, ROLE_VIEWER = 5 };

/* --- Prepared statements ------------------------------------------------ */

enum stmt { ST_USER, ST_STAFF, ST_COMPANY, ST_UNIT, ST_MEMBERSHIP, ST_ADDRESS,
            ST_CATEGORY, ST_PRODUCT, ST_ORDER, ST_LINE, ST_COUNT };

static const char *const STMT_SQL[ST_COUNT] = {
    [ST_USER] = "INSERT INTO users (email, password_hash, name, job_title, phone, status,"
                " created_at, last_sign_in_at, email_verified_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?6)",
    [ST_STAFF] = "INSERT INTO seller_staff (user_id, staff_role, created_at) VALUES (?, ?, ?)",
    [ST_COMPANY] = "INSERT INTO companies (name, erp_account_no, tax_id, status, payment_terms,"
                   " currency, credit_limit_cents, account_manager_id, created_at)"
                   " VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?)",
    [ST_UNIT] = "INSERT INTO business_units (company_id, parent_id, name, kind, manager_user_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
    [ST_MEMBERSHIP] = "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id,"
                      " status, created_at) VALUES (?, ?, ?, ?, 'active', ?)",
    [ST_ADDRESS] = "INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city,"
                   " region, postal_code, country, phone, business_unit_id, erp_address_id,"
                   " is_default_billing, is_default_shipping, status, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_CATEGORY] = "INSERT INTO categories (parent_id, name, slug) VALUES (?, ?, ?)",
    [ST_PRODUCT] = "INSERT INTO products (sku, name, description, category_id, unit_of_measure,"
                   " pack_size, min_order_qty, list_price_cents, weight_grams, active)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_ORDER] = "INSERT INTO orders (company_id, number, placed_by_user_id, business_unit_id,"
                 " status, channel, po_number, currency, subtotal_cents, shipping_cents,"
                 " tax_cents, total_cents, ship_to_label, ship_to_text, bill_to_text, notes,"
                 " placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_LINE] = "INSERT INTO order_lines (order_id, company_id, line_no, sku, name, quantity,"
                " quantity_shipped, unit_price_cents, line_total_cents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

/* --- Seller staff ------------------------------------------------------- */

struct staff_def {
    const char *email, *name, *title, *phone, *role;
};

enum { STAFF_SAM, STAFF_DANA, STAFF_MARCUS, STAFF_KELLY, STAFF_COUNT };
#define NO_STAFF (-1)

static const struct staff_def STAFF[STAFF_COUNT] = {
    [STAFF_SAM] = {"staff@seller.test", "Sam Staffer", "Sales Operations Manager",
                   "(312) 555-0100", "admin"},
    [STAFF_DANA] = {"dana.reyes@seller.test", "Dana Reyes", "Senior Account Manager",
                    "(312) 555-0117", "account_manager"},
    [STAFF_MARCUS] = {"marcus.lee@seller.test", "Marcus Lee", "Account Manager, Western Canada",
                      "(312) 555-0119", "account_manager"},
    [STAFF_KELLY] = {"kelly.obrien@seller.test", "Kelly O'Brien", "Customer Service Representative",
                     "(312) 555-0125", "customer_service"},
};

/* --- Catalog ------------------------------------------------------------ */

/* Top-level categories; the index doubles as the bit in a buyer's focus
 * mask (which kinds of products that buyer usually orders). */
enum top { T_FAS, T_HTL, T_PTL, T_SAF, T_ELE, T_PLB, T_JAN, T_MHD, T_ABR, T_ADH, TOP_COUNT };
#define FOCUS(t) (1u << (t))
#define FOCUS_ALL ((1u << TOP_COUNT) - 1)

#define MAX_LEAVES 4

struct leaf_def {
    const char *name, *slug;
};

struct top_def {
    const char *name, *slug;
    const char *sku_prefix;
    struct leaf_def leaves[MAX_LEAVES];  /* unused entries have name NULL */
};

static const struct top_def CATEGORIES[TOP_COUNT] = {
    [T_FAS] = {"Fasteners", "fasteners", "FAS",
               {{"Bolts & Screws", "bolts-screws"}, {"Nuts & Washers", "nuts-washers"},
                {"Anchors", "anchors"}}},
    [T_HTL] = {"Hand Tools", "hand-tools", "HTL",
               {{"Wrenches & Sockets", "wrenches"}, {"Pliers & Cutters", "pliers-cutters"},
                {"Screwdrivers & Bits", "screwdrivers-bits"}, {"Measuring Tools", "measuring-tools"}}},
    [T_PTL] = {"Power Tools", "power-tools", "PTL",
               {{"Cordless Tools", "cordless-tools"}, {"Drill Bits & Hole Saws", "drill-bits"},
                {"Batteries & Chargers", "batteries-chargers"}}},
    [T_SAF] = {"Safety & PPE", "safety-ppe", "SAF",
               {{"Gloves", "gloves"}, {"Eye & Face Protection", "eye-face-protection"},
                {"Hearing Protection", "hearing-protection"}, {"High-Visibility Apparel", "hi-vis-apparel"}}},
    [T_ELE] = {"Electrical", "electrical", "ELE",
               {{"Wire & Cable", "wire-cable"}, {"Lighting", "lighting"},
                {"Connectors & Terminals", "connectors-terminals"}}},
    [T_PLB] = {"Plumbing", "plumbing", "PLB",
               {{"Pipe & Fittings", "pipe-fittings"}, {"Valves", "valves"},
                {"Hose, Tubing & Clamps", "hose-tubing"}}},
    [T_JAN] = {"Janitorial & Facility", "janitorial-facility", "JAN",
               {{"Trash Bags & Liners", "trash-liners"}, {"Paper Products", "paper-products"},
                {"Cleaning Chemicals", "cleaning-chemicals"}}},
    [T_MHD] = {"Material Handling", "material-handling", "MHD",
               {{"Hand Trucks & Carts", "hand-trucks-carts"}, {"Storage & Shelving", "storage-bins"},
                {"Packaging & Shipping Supplies", "packaging-supplies"}}},
    [T_ABR] = {"Abrasives", "abrasives", "ABR",
               {{"Cut-Off & Grinding Wheels", "grinding-wheels"}, {"Sanding Discs & Belts", "sanding-discs"},
                {"Wire Brushes", "wire-brushes"}}},
    [T_ADH] = {"Adhesives & Sealants", "adhesives-sealants", "ADH",
               {{"Tapes", "tapes"}, {"Sealants & Caulks", "sealants-caulks"},
                {"Threadlockers & Adhesives", "threadlockers"}}},
};

/* A product family expands into one product per combination of its option
 * axes (up to two). Each option scales the family's price and weight by
 * `pct` percent: a bigger size costs and weighs more, a colour does not. */
#define MAX_OPTIONS 8

struct option {
    const char *label;
    int pct;
};

struct family {
    const char *leaf;          /* leaf category slug */
    const char *code;          /* middle part of the SKU */
    int sku_base;              /* SKU number of the first variant */
    const char *name;          /* name before the options */
    const char *suffix;        /* appended after the options, or NULL */
    const char *uom;
    int pack, min_qty;
    int64_t price_cents;       /* list price at 100% */
    int64_t weight_grams;      /* at 100% */
    const char *description;
    struct option a[MAX_OPTIONS], b[MAX_OPTIONS];  /* label NULL ends an axis */
};

#define NONE {{0}}
#define IN "\""  /* inch mark, so sizes read like the printed catalog */

static const struct family FAMILIES[] = {
    /* Fasteners: sold by the piece in standard box quantities. */
    {"bolts-screws", "HCS", 500, "Hex Cap Screw, Grade 5", "Zinc Plated", "each", 50, 50, 45, 12,
     "Medium-carbon steel hex cap screw for machinery, equipment and structural assembly. Meets SAE J429 Grade 5.",
     {{"1/4" IN "-20 x 1" IN, 100}, {"5/16" IN "-18 x 1-1/4" IN, 150}, {"3/8" IN "-16 x 1-1/2" IN, 210},
      {"1/2" IN "-13 x 2" IN, 380}, {"5/8" IN "-11 x 2-1/2" IN, 650}, {"3/4" IN "-10 x 3" IN, 1050}}, NONE},
    {"bolts-screws", "HCS", 800, "Hex Cap Screw, Grade 8", "Zinc Yellow", "each", 50, 50, 68, 12,
     "Heat-treated alloy steel hex cap screw for high-strength, high-vibration joints. Meets SAE J429 Grade 8.",
     {{"1/4" IN "-20 x 1" IN, 100}, {"5/16" IN "-18 x 1-1/4" IN, 150}, {"3/8" IN "-16 x 1-1/2" IN, 210},
      {"1/2" IN "-13 x 2" IN, 380}, {"5/8" IN "-11 x 2-1/2" IN, 650}, {"3/4" IN "-10 x 3" IN, 1050}}, NONE},
    {"bolts-screws", "SHC", 100, "Socket Head Cap Screw, Alloy Steel", "Black Oxide", "each", 25, 25, 52, 8,
     "Hex-socket drive cap screw for tight spaces and counterbored holes; 170,000 psi minimum tensile strength.",
     {{"#10-24 x 3/4" IN, 100}, {"1/4" IN "-20 x 1" IN, 130}, {"5/16" IN "-18 x 1" IN, 175},
      {"3/8" IN "-16 x 1-1/4" IN, 240}, {"1/2" IN "-13 x 1-1/2" IN, 420}}, NONE},
    {"bolts-screws", "CRB", 300, "Carriage Bolt", "Hot-Dip Galvanized", "each", 25, 25, 85, 40,
     "Round-head bolt with a square neck that locks into wood to keep it from turning. For exterior timber and fencing.",
     {{"3/8" IN "-16 x 3" IN, 100}, {"3/8" IN "-16 x 4" IN, 120}, {"1/2" IN "-13 x 4" IN, 210},
      {"1/2" IN "-13 x 6" IN, 285}}, NONE},
    {"nuts-washers", "HXN", 100, "Hex Nut, Grade 8", "Zinc Yellow", "each", 100, 100, 45, 4,
     "Finished hex nut to pair with Grade 8 cap screws.",
     {{"1/4" IN "-20", 100}, {"5/16" IN "-18", 110}, {"3/8" IN "-16", 130}, {"1/2" IN "-13", 190},
      {"5/8" IN "-11", 310}, {"3/4" IN "-10", 450}}, NONE},
    {"nuts-washers", "NLN", 200, "Nylon Insert Lock Nut", "Zinc Plated", "each", 100, 100, 45, 4,
     "Prevailing-torque lock nut; the nylon insert resists loosening from vibration.",
     {{"1/4" IN "-20", 100}, {"5/16" IN "-18", 115}, {"3/8" IN "-16", 140}, {"1/2" IN "-13", 230}}, NONE},
    {"nuts-washers", "FWS", 300, "Flat Washer, SAE", NULL, "each", 100, 100, 45, 2,
     "SAE-pattern flat washer that spreads the load under bolt heads and nuts.",
     {{"1/4" IN, 100}, {"5/16" IN, 110}, {"3/8" IN, 125}, {"1/2" IN, 160}},
     {{"Zinc Plated Steel", 100}, {"18-8 Stainless Steel", 180}}},
    {"anchors", "WDA", 100, "Wedge Anchor", "Zinc Plated", "each", 25, 25, 95, 45,
     "Heavy-duty expansion anchor for solid concrete; installs through the fixture into a drilled hole.",
     {{"3/8" IN " x 3" IN, 100}, {"3/8" IN " x 5" IN, 135}, {"1/2" IN " x 4-1/4" IN, 190},
      {"1/2" IN " x 5-1/2" IN, 230}, {"5/8" IN " x 6" IN, 360}, {"3/4" IN " x 8-1/2" IN, 640}}, NONE},
    {"anchors", "CSA", 200, "Concrete Screw Anchor, Hex Washer Head", "Blue Coated", "each", 100, 100, 45, 6,
     "Self-tapping masonry screw for concrete, block and brick; removable for temporary fixtures.",
     {{"3/16" IN " x 1-3/4" IN, 100}, {"3/16" IN " x 2-3/4" IN, 125}, {"1/4" IN " x 2-1/4" IN, 140},
      {"1/4" IN " x 3-1/4" IN, 175}}, NONE},
    {"anchors", "DIA", 300, "Drop-In Anchor", "Zinc Plated Steel", "each", 50, 50, 78, 12,
     "Internally threaded flush anchor for overhead pipe hangers and threaded rod in solid concrete.",
     {{"1/4" IN "-20", 100}, {"3/8" IN "-16", 135}, {"1/2" IN "-13", 210}}, NONE},

    /* Hand tools */
    {"wrenches", "CMW", 100, "Combination Wrench, 12-Point", "Full Polish Chrome", "each", 1, 1, 1195, 70,
     "Drop-forged chrome vanadium wrench with an open end and a 15-degree offset box end. Lifetime warranty.",
     {{"3/8" IN, 100}, {"7/16" IN, 105}, {"1/2" IN, 110}, {"9/16" IN, 120}, {"5/8" IN, 135},
      {"3/4" IN, 160}}, NONE},
    {"wrenches", "ADW", 100, "Adjustable Wrench", "Chrome Finish", "each", 1, 1, 1650, 200,
     "Wide-capacity adjustable wrench with SAE and metric scales laser-etched on the jaw.",
     {{"6" IN, 100}, {"8" IN, 115}, {"10" IN, 140}, {"12" IN, 175}, {"15" IN, 260}}, NONE},
    {"wrenches", "PPW", 100, "Pipe Wrench, Straight, Cast Iron", NULL, "each", 1, 1, 2890, 900,
     "Heavy-duty I-beam pipe wrench with replaceable hook and heel jaws.",
     {{"10" IN, 100}, {"14" IN, 130}, {"18" IN, 170}, {"24" IN, 240}, {"36" IN, 430}}, NONE},
    {"wrenches", "SKS", 100, "Socket Set, 3/8" IN " Drive, 6-Point", NULL, "each", 1, 1, 4995, 1400,
     "Chrome vanadium sockets with a 72-tooth ratchet in a blow-molded case.",
     {{"SAE, 12-Piece", 100}, {"Metric, 14-Piece", 105}, {"SAE & Metric, 28-Piece", 190}}, NONE},
    {"pliers-cutters", "TGP", 100, "Tongue and Groove Pliers", "Cushion Grip", "each", 1, 1, 1895, 300,
     "Right-angle jaws with anti-slip teeth for gripping pipe, fittings and nuts.",
     {{"7" IN, 100}, {"10" IN, 115}, {"12" IN, 135}, {"16" IN, 190}}, NONE},
    {"pliers-cutters", "DCP", 100, "Diagonal Cutting Pliers", "Cushion Grip", "each", 1, 1, 1750, 200,
     "Induction-hardened cutting edges for copper, aluminum and soft steel wire.",
     {{"6" IN, 100}, {"7" IN, 110}, {"8" IN, 125}}, NONE},
    {"pliers-cutters", "LNP", 100, "Lineman's Pliers, Side Cutting", "Cushion Grip", "each", 1, 1, 2650, 370,
     "High-leverage pliers with knurled jaws; cuts ACSR, screws, nails and hard wire.",
     {{"7" IN, 100}, {"9" IN, 120}}, NONE},
    {"pliers-cutters", "BTC", 100, "Bolt Cutter, Center Cut", NULL, "each", 1, 1, 3495, 1400,
     "Forged alloy steel jaws with an adjustable center bolt; cuts chain, bolts and rod.",
     {{"14" IN, 100}, {"18" IN, 130}, {"24" IN, 165}, {"30" IN, 220}, {"36" IN, 280}}, NONE},
    {"screwdrivers-bits", "SDS", 100, "Screwdriver Set, Cushion Grip", NULL, "each", 1, 1, 2450, 600,
     "Phillips, slotted and square-recess drivers with magnetic tips in a storage rack.",
     {{"6-Piece", 100}, {"10-Piece", 155}, {"14-Piece", 210}}, NONE},
    {"screwdrivers-bits", "INB", 100, "Insert Bit, 1" IN " Long, 1/4" IN " Hex", NULL, "each", 10, 10, 95, 8,
     "S2 tool steel insert bit for drivers and bit holders; impact rated.",
     {{"Phillips #1", 100}, {"Phillips #2", 100}, {"Phillips #3", 100}, {"Square #2", 100},
      {"Torx T25", 110}, {"Torx T30", 110}}, NONE},
    {"screwdrivers-bits", "NTD", 100, "Nut Driver, Hollow Shaft", "Cushion Grip", "each", 1, 1, 895, 110,
     "Hollow shaft clears long bolts and threaded rod; handles are color-coded by size.",
     {{"1/4" IN, 100}, {"5/16" IN, 100}, {"3/8" IN, 105}, {"7/16" IN, 110}, {"1/2" IN, 115}}, NONE},
    {"measuring-tools", "TPM", 100, "Tape Measure, Steel Blade", NULL, "each", 1, 1, 1495, 300,
     "Nylon-coated blade with a magnetic hook and shock-absorbing case; fractional markings.",
     {{"16 ft x 3/4" IN, 100}, {"25 ft x 1" IN, 135}, {"35 ft x 1-1/4" IN, 185}}, NONE},
    {"measuring-tools", "LVL", 100, "Box Beam Level, Aluminum", NULL, "each", 1, 1, 3295, 900,
     "Machined measuring surface with solid-block vials accurate to 0.0005 in/in.",
     {{"24" IN, 100}, {"48" IN, 150}, {"72" IN, 220}}, NONE},
    {"measuring-tools", "TLV", 100, "Torpedo Level, 9" IN ", Magnetic", NULL, "each", 1, 1, 1295, 200,
     "Compact level with rare-earth magnets for conduit and pipe; 0, 45 and 90 degree vials.",
     NONE, NONE},
    {"measuring-tools", "DCL", 100, "Digital Caliper, Stainless Steel", NULL, "each", 1, 1, 3995, 250,
     "Hardened stainless caliper with inch/metric readout, 0.0005" IN " resolution and IP54 protection.",
     {{"0-6" IN, 100}, {"0-8" IN, 140}, {"0-12" IN, 260}}, NONE},
    {"measuring-tools", "LDM", 100, "Laser Distance Meter", NULL, "each", 1, 1, 8995, 150,
     "Measures distance, area and volume; the backlit display keeps the last 20 readings.",
     {{"100 ft Range", 100}, {"165 ft Range", 145}, {"330 ft Range", 250}}, NONE},

    /* Power tools */
    {"cordless-tools", "CID", 100, "Cordless Impact Driver, 20V, 1/4" IN " Hex", NULL, "each", 1, 1, 14900, 1000,
     "Brushless impact driver with three speed settings and an LED work light; 1,800 in-lb maximum torque.",
     {{"Tool Only", 100}, {"Kit with 2 x 2.0Ah Batteries", 175}, {"Kit with 2 x 5.0Ah Batteries", 235}}, NONE},
    {"cordless-tools", "CDD", 100, "Cordless Drill/Driver, 20V, 1/2" IN " Chuck", NULL, "each", 1, 1, 12900, 1100,
     "Brushless two-speed drill/driver with an all-metal ratcheting chuck and 15 clutch settings.",
     {{"Tool Only", 100}, {"Kit with 2 x 2.0Ah Batteries", 185}, {"Kit with 2 x 5.0Ah Batteries", 250}}, NONE},
    {"cordless-tools", "CHD", 100, "Cordless Hammer Drill, 20V, 1/2" IN " Chuck", NULL, "each", 1, 1, 16900, 1400,
     "Brushless hammer drill for masonry and wood; 2,000 RPM and 34,000 BPM.",
     {{"Tool Only", 100}, {"Kit with 2 x 2.0Ah Batteries", 170}, {"Kit with 2 x 5.0Ah Batteries", 225}}, NONE},
    {"cordless-tools", "CCS", 100, "Cordless Circular Saw, 20V, 6-1/2" IN, NULL, "each", 1, 1, 17900, 3200,
     "Magnesium shoe with 0-50 degree bevel; cuts 2x lumber at 45 degrees in one pass.",
     {{"Tool Only", 100}, {"Kit with 1 x 5.0Ah Battery", 150}}, NONE},
    {"cordless-tools", "CRS", 100, "Cordless Reciprocating Saw, 20V", NULL, "each", 1, 1, 15900, 3000,
     "Tool-free blade clamp and pivoting shoe; 1-1/8" IN " stroke length.",
     {{"Tool Only", 100}, {"Kit with 1 x 5.0Ah Battery", 155}}, NONE},
    {"cordless-tools", "CAG", 100, "Cordless Angle Grinder, 20V, 4-1/2" IN, NULL, "each", 1, 1, 15900, 2300,
     "Paddle switch with electronic brake and tool-free guard adjustment.",
     {{"Tool Only", 100}, {"Kit with 1 x 5.0Ah Battery", 155}}, NONE},
    {"drill-bits", "JDB", 100, "Jobber Drill Bit, HSS, 135-Degree Split Point", NULL, "each", 1, 1, 395, 15,
     "General-purpose high-speed steel bit for steel, aluminum and wood; the split point starts without walking.",
     {{"1/8" IN, 100}, {"3/16" IN, 120}, {"1/4" IN, 150}, {"5/16" IN, 190}, {"3/8" IN, 240},
      {"1/2" IN, 390}}, NONE},
    {"drill-bits", "DBS", 100, "Drill Bit Set, Cobalt, Index Case", NULL, "each", 1, 1, 8995, 900,
     "M35 cobalt bits for stainless and hardened steel, 1/16" IN " to 1/2" IN ".",
     {{"15-Piece", 100}, {"21-Piece", 150}, {"29-Piece", 235}}, NONE},
    {"drill-bits", "SDP", 100, "SDS-Plus Masonry Bit, 4-Cutter", NULL, "each", 1, 1, 895, 90,
     "Carbide-tipped rotary hammer bit for concrete and block; four cutting edges drill truly round holes.",
     {{"1/4" IN " x 6" IN, 100}, {"3/8" IN " x 6" IN, 120}, {"1/2" IN " x 10" IN, 175},
      {"5/8" IN " x 12" IN, 240}, {"3/4" IN " x 12" IN, 290}}, NONE},
    {"drill-bits", "HSW", 100, "Bi-Metal Hole Saw", NULL, "each", 1, 1, 1395, 60,
     "Variable-pitch teeth for wood, steel and sheet metal; fits standard arbors.",
     {{"3/4" IN, 100}, {"1" IN, 110}, {"1-1/2" IN, 135}, {"2" IN, 165}, {"3" IN, 240}}, NONE},
    {"batteries-chargers", "LIB", 100, "Lithium-Ion Battery, 20V", NULL, "each", 1, 1, 7900, 400,
     "Slide-style pack with a fuel gauge; fits every 20V tool in the line.",
     {{"2.0Ah", 100}, {"4.0Ah", 150}, {"5.0Ah", 180}, {"8.0Ah", 265}}, NONE},
    {"batteries-chargers", "BCH", 100, "Battery Charger, 20V", NULL, "each", 1, 1, 4900, 500,
     "Charges 20V lithium-ion packs, with a cooling fan and LED status light.",
     {{"Standard", 100}, {"Rapid", 150}, {"Dual-Port Rapid", 230}}, NONE},

    /* Safety & PPE */
    {"gloves", "NDG", 100, "Nitrile Disposable Gloves", "Box of 100", "box", 1, 1, 1450, 500,
     "Powder-free, latex-free textured nitrile gloves for maintenance, food service and light chemical handling.",
     {{"4 mil", 100}, {"6 mil", 130}, {"8 mil", 170}},
     {{"Size S", 100}, {"Size M", 100}, {"Size L", 100}, {"Size XL", 105}}},
    {"gloves", "CRG", 100, "Cut-Resistant Gloves, ANSI A4, Polyurethane Palm", "Pack of 12 Pairs", "pack", 1, 1, 8400, 900,
     "HPPE shell with a polyurethane palm coating for sheet metal, glass and sharp-edge handling.",
     {{"Size M", 100}, {"Size L", 100}, {"Size XL", 100}, {"Size 2XL", 105}}, NONE},
    {"gloves", "LWG", 100, "Leather Work Gloves, Cowhide, Keystone Thumb", NULL, "each", 1, 1, 1295, 200,
     "Split-cowhide driver-style gloves for general material handling. Priced per pair.",
     {{"Size M", 100}, {"Size L", 100}, {"Size XL", 100}}, NONE},
    {"eye-face-protection", "SGL", 100, "Safety Glasses, Wraparound", NULL, "each", 12, 12, 495, 30,
     "ANSI Z87.1+ polycarbonate lens with 99.9% UV protection and a soft nose bridge.",
     {{"Clear Anti-Fog", 100}, {"Gray", 100}, {"Indoor/Outdoor Mirror", 115}, {"Amber", 100}}, NONE},
    {"eye-face-protection", "SGG", 100, "Safety Goggles, Indirect Vent, Anti-Fog", NULL, "each", 1, 1, 895, 90,
     "Chemical-splash goggles that fit over most prescription glasses.", NONE, NONE},
    {"eye-face-protection", "FSH", 100, "Face Shield with Ratchet Headgear", NULL, "each", 1, 1, 2495, 300,
     "Polycarbonate visor for grinding and chemical splash; flips up when not in use.",
     {{"Clear, 8" IN " x 15-1/2" IN, 100}, {"Clear, 9" IN " x 20" IN, 125}}, NONE},
    {"hearing-protection", "EPL", 100, "Foam Earplugs, Uncorded, NRR 32", "Box of 200 Pairs", "box", 1, 1, 3495, 600,
     "Tapered polyurethane foam plugs, individually paired in poly bags.", NONE, NONE},
    {"hearing-protection", "EPC", 100, "Foam Earplugs, Corded, NRR 29", "Box of 100 Pairs", "box", 1, 1, 4295, 700,
     "Corded foam plugs that stay with the worker between uses.", NONE, NONE},
    {"hearing-protection", "EMF", 100, "Earmuffs, Over-the-Head", NULL, "each", 1, 1, 1995, 250,
     "Padded headband and cushioned ear cups; dielectric design with no exposed metal.",
     {{"NRR 25", 100}, {"NRR 30", 135}}, NONE},
    {"hi-vis-apparel", "HVV", 100, "Hi-Vis Safety Vest, ANSI Class 2, Mesh", NULL, "each", 1, 1, 895, 150,
     "Breathable polyester mesh vest with 2" IN " reflective tape, zipper front and two pockets.",
     {{"Lime", 100}, {"Orange", 100}},
     {{"Size M", 100}, {"Size L", 100}, {"Size XL", 100}, {"Size 2XL", 110}}},
    {"hi-vis-apparel", "HVJ", 100, "Hi-Vis Rain Jacket, ANSI Class 3, Lime", NULL, "each", 1, 1, 5495, 900,
     "Waterproof PU-coated jacket with hood, sealed seams and reflective tape on the sleeves.",
     {{"Size L", 100}, {"Size XL", 100}, {"Size 2XL", 108}}, NONE},

    /* Electrical */
    {"wire-cable", "THN", 100, "THHN Building Wire, Stranded Copper", "500 ft Spool", "roll", 1, 1, 6500, 2900,
     "600V THHN/THWN-2 wire for conduit and raceways in dry and wet locations; UL listed.",
     {{"14 AWG", 100}, {"12 AWG", 150}, {"10 AWG", 235}},
     {{"Black", 100}, {"White", 100}, {"Red", 100}, {"Green", 100}}},
    {"wire-cable", "SOW", 100, "SOOW Portable Cord, 600V", "Cut to Length", "ft", 1, 25, 149, 100,
     "Flexible oil- and water-resistant rubber cord for portable equipment and temporary power. Priced per foot.",
     {{"16/3", 100}, {"14/3", 130}, {"12/3", 175}, {"10/4", 290}}, NONE},
    {"lighting", "HBL", 100, "LED High Bay Light, Round", "5000K, 120-277V", "each", 1, 1, 12900, 3500,
     "Replaces 250-400W metal halide fixtures; 0-10V dimming, hook mount included.",
     {{"100W, 14,000 lm", 100}, {"150W, 21,000 lm", 125}, {"200W, 28,000 lm", 160}}, NONE},
    {"lighting", "WPK", 100, "LED Wall Pack", "5000K, Dusk-to-Dawn Photocell", "each", 1, 1, 8900, 2200,
     "Die-cast aluminum wall pack for building perimeters and loading docks; DLC listed.",
     {{"40W", 100}, {"80W", 140}, {"120W", 185}}, NONE},
    {"lighting", "T8T", 100, "LED T8 Tube, 4 ft, Ballast Bypass", "Case of 25", "case", 1, 1, 9900, 5000,
     "15W tube that replaces 32W fluorescent lamps; single- or double-ended wiring.",
     {{"3500K", 100}, {"4000K", 100}, {"5000K", 100}}, NONE},
    {"lighting", "VTF", 100, "LED Vapor Tight Fixture, 4 ft", NULL, "each", 1, 1, 7900, 2500,
     "Wet-location linear fixture for wash-down areas, parking garages and cold storage.",
     {{"40W", 100}, {"60W", 125}}, NONE},
    {"connectors-terminals", "TWC", 100, "Twist-On Wire Connector", "Bag of 100", "pack", 1, 1, 895, 300,
     "Square-wire spring connector for copper-to-copper connections, rated 600V.",
     {{"Orange", 100}, {"Yellow", 110}, {"Red", 135}, {"Blue", 160}}, NONE},
    {"connectors-terminals", "RTN", 100, "Ring Terminal, Nylon Insulated", "Pack of 50", "pack", 1, 1, 1295, 150,
     "Tin-plated copper ring terminal with funnel entry and brazed seam.",
     {{"22-18 AWG, #8 Stud", 100}, {"16-14 AWG, #10 Stud", 100}, {"12-10 AWG, 1/4" IN " Stud", 130}}, NONE},
    {"connectors-terminals", "HST", 100, "Heat Shrink Tubing, 2:1, 4 ft", "Black", "each", 10, 10, 165, 25,
     "Flame-retardant polyolefin tubing for insulating splices and bundling wires.",
     {{"1/8" IN, 100}, {"1/4" IN, 120}, {"3/8" IN, 150}, {"1/2" IN, 190}, {"3/4" IN, 260}}, NONE},

    /* Plumbing */
    {"pipe-fittings", "BIE", 100, "90-Degree Elbow, Black Malleable Iron, 150#", NULL, "each", 1, 1, 245, 100,
     "Threaded NPT fitting for gas, steam, air and oil lines.",
     {{"1/2" IN, 100}, {"3/4" IN, 130}, {"1" IN, 190}, {"1-1/2" IN, 380}, {"2" IN, 580}}, NONE},
    {"pipe-fittings", "BIT", 100, "Tee, Black Malleable Iron, 150#", NULL, "each", 1, 1, 325, 130,
     "Threaded NPT tee for gas, steam, air and oil lines.",
     {{"1/2" IN, 100}, {"3/4" IN, 130}, {"1" IN, 190}, {"1-1/2" IN, 380}, {"2" IN, 580}}, NONE},
    {"pipe-fittings", "CCP", 100, "Copper Coupling, Wrot, C x C", NULL, "each", 10, 10, 115, 15,
     "Wrought copper sweat coupling with tube stop for water and refrigeration lines.",
     {{"1/2" IN, 100}, {"3/4" IN, 185}, {"1" IN, 360}}, NONE},
    {"pipe-fittings", "PVC", 100, "PVC Pipe, Schedule 40, Plain End", "10 ft Length", "each", 1, 1, 495, 1100,
     "NSF-listed pressure pipe for cold water, drainage and irrigation.",
     {{"1/2" IN, 100}, {"3/4" IN, 130}, {"1" IN, 180}, {"2" IN, 380}, {"4" IN, 1050}}, NONE},
    {"valves", "BVB", 100, "Ball Valve, Lead-Free Brass, Full Port, FNPT", NULL, "each", 1, 1, 1495, 250,
     "Quarter-turn valve with blowout-proof stem, 600 WOG. Certified for potable water.",
     {{"1/2" IN, 100}, {"3/4" IN, 140}, {"1" IN, 210}, {"1-1/4" IN, 330}, {"1-1/2" IN, 430},
      {"2" IN, 650}}, NONE},
    {"valves", "GVB", 100, "Gate Valve, Bronze, Threaded", NULL, "each", 1, 1, 2895, 450,
     "Rising-stem gate valve for full-flow isolation in water and steam service.",
     {{"1/2" IN, 100}, {"3/4" IN, 125}, {"1" IN, 170}, {"2" IN, 420}}, NONE},
    {"valves", "SCV", 100, "Swing Check Valve, Brass, FNPT", NULL, "each", 1, 1, 1895, 350,
     "Prevents backflow in horizontal and vertical-up lines with low pressure drop.",
     {{"1/2" IN, 100}, {"3/4" IN, 130}, {"1" IN, 185}}, NONE},
    {"hose-tubing", "WTH", 100, "Rubber Water Hose, Heavy-Duty", NULL, "each", 1, 1, 3995, 3500,
     "Kink-resistant EPDM hose with crush-proof brass couplings; 200 psi.",
     {{"5/8" IN " x 50 ft", 100}, {"3/4" IN " x 50 ft", 130}, {"3/4" IN " x 100 ft", 235}}, NONE},
    {"hose-tubing", "CPT", 100, "Clear PVC Tubing, Food Grade", NULL, "ft", 1, 10, 55, 30,
     "Flexible, non-toxic tubing for water, air and light chemicals. Priced per foot.",
     {{"1/4" IN " ID", 100}, {"3/8" IN " ID", 140}, {"1/2" IN " ID", 190}, {"3/4" IN " ID", 320}}, NONE},
    {"hose-tubing", "HCL", 100, "Worm Gear Hose Clamp, Stainless Steel", NULL, "each", 10, 10, 85, 15,
     "Perforated 1/2" IN " band with a 5/16" IN " hex screw for hose and duct connections.",
     {{"#8 (7/16" IN "-1" IN ")", 100}, {"#12 (11/16" IN "-1-1/4" IN ")", 105},
      {"#16 (13/16" IN "-1-1/2" IN ")", 110}, {"#20 (3/4" IN "-1-3/4" IN ")", 115},
      {"#28 (1-5/16" IN "-2-1/4" IN ")", 125}}, NONE},

    /* Janitorial & facility */
    {"trash-liners", "HDL", 100, "Can Liner, High-Density", "Natural", "case", 1, 1, 2895, 5000,
     "Strong, puncture-resistant liners for paper and office waste.",
     {{"7-10 Gallon, Case of 1000", 100}, {"12-16 Gallon, Case of 1000", 125},
      {"33 Gallon, Case of 500", 140}, {"45 Gallon, Case of 250", 135}, {"55-60 Gallon, Case of 200", 150}}, NONE},
    {"trash-liners", "LLD", 100, "Can Liner, Low-Density, 1.5 mil", "Black", "case", 1, 1, 3895, 7000,
     "Flexible, tear-resistant liners for wet and sharp waste.",
     {{"33 Gallon, Case of 100", 100}, {"55 Gallon, Case of 100", 135}}, NONE},
    {"trash-liners", "CTB", 100, "Contractor Trash Bag, 42 Gallon, 3 mil", "Black, Case of 32", "case", 1, 1, 3495, 5500,
     "Extra-heavy bags for construction debris, metal scrap and yard waste.", NONE, NONE},
    {"paper-products", "MFT", 100, "Multifold Paper Towels", "Case of 4000", "case", 1, 1, 3895, 8000,
     "Absorbent 1-ply towels for standard multifold dispensers.",
     {{"White", 100}, {"Natural", 90}}, NONE},
    {"paper-products", "JRT", 100, "Jumbo Roll Toilet Tissue, 2-Ply, 9" IN " Diameter", "Case of 12", "case", 1, 1, 5495, 9000,
     "High-capacity rolls that cut restocking in busy restrooms.", NONE, NONE},
    {"paper-products", "HRT", 100, "Hardwound Roll Towel, 8" IN " x 800 ft", "Case of 6", "case", 1, 1, 4995, 9500,
     "Fits universal hardwound dispensers; 1-1/2" IN " core.",
     {{"White", 100}, {"Natural", 90}}, NONE},
    {"paper-products", "WRG", 100, "Wiping Rags, Recycled White T-Shirt", NULL, "box", 1, 1, 2495, 4536,
     "Lint-free cotton knit rags for oil, solvents and general shop cleanup.",
     {{"10 lb Box", 100}, {"25 lb Box", 235}, {"50 lb Box", 445}}, NONE},
    {"cleaning-chemicals", "DGR", 100, "Degreaser, Heavy-Duty, Water-Based", NULL, "each", 1, 1, 2495, 4200,
     "Biodegradable alkaline degreaser for floors, engines and machine parts; dilutes up to 1:40.",
     {{"1 Gallon", 100}, {"5 Gallon Pail", 410}, {"55 Gallon Drum", 3900}}, NONE},
    {"cleaning-chemicals", "FLC", 100, "Neutral Floor Cleaner, Concentrate", NULL, "each", 1, 1, 4895, 17000,
     "No-rinse, pH-neutral cleaner for sealed floors; dilute 1 oz per gallon.",
     {{"1 Gallon, Case of 4", 100}, {"5 Gallon Pail", 125}}, NONE},
    {"cleaning-chemicals", "HCN", 100, "Hand Cleaner with Pumice", NULL, "each", 1, 1, 1495, 2200,
     "Heavy-duty hand cleaner that removes grease, oil and ink without water.",
     {{"4.5 lb Tub", 100}, {"1 Gallon Pump Bottle", 125}, {"2000 mL Dispenser Refill", 150}}, NONE},
    {"cleaning-chemicals", "DSC", 100, "Disinfectant Cleaner, One-Step, EPA Registered", NULL, "case", 1, 1, 5495, 11000,
     "Kills 99.9% of bacteria and viruses on hard, non-porous surfaces in 10 minutes.",
     {{"32 oz Trigger Spray, Case of 12", 100}, {"1 Gallon, Case of 4", 90}}, NONE},

    /* Material handling */
    {"hand-trucks-carts", "HTR", 100, "Hand Truck, Steel, 600 lb Capacity", NULL, "each", 1, 1, 17900, 16000,
     "Continuous-frame hand truck with a 14" IN " x 7-1/2" IN " nose plate and P-handle.",
     {{"10" IN " Pneumatic Wheels", 100}, {"10" IN " Solid Rubber Wheels", 108}}, NONE},
    {"hand-trucks-carts", "CHT", 100, "Convertible Hand Truck, Aluminum, 800 lb Capacity", NULL, "each", 1, 1, 38900, 20000,
     "Converts from a two-wheel upright to a four-wheel platform truck in seconds.", NONE, NONE},
    {"hand-trucks-carts", "UTC", 100, "Utility Cart, Polyethylene, 2-Shelf, 500 lb Capacity", NULL, "each", 1, 1, 21900, 20000,
     "Deep-lipped shelves and 5" IN " casters; will not dent, rust or chip.",
     {{"30" IN " x 18" IN, 100}, {"40" IN " x 26" IN, 135}}, NONE},
    {"hand-trucks-carts", "PJK", 100, "Pallet Jack, Manual, 5,500 lb Capacity", NULL, "each", 1, 1, 44900, 72000,
     "Hydraulic pallet truck with polyurethane wheels and a three-position hand control.",
     {{"27" IN " x 48" IN " Forks", 100}, {"20-1/2" IN " x 36" IN " Forks", 108}}, NONE},
    {"hand-trucks-carts", "PLT", 100, "Platform Truck, Steel Deck", NULL, "each", 1, 1, 32900, 40000,
     "Welded steel deck with a removable handle and 8" IN " mold-on rubber casters.",
     {{"24" IN " x 36" IN ", 1,200 lb Capacity", 100}, {"30" IN " x 60" IN ", 2,000 lb Capacity", 155}}, NONE},
    {"storage-bins", "SBN", 100, "Stack and Hang Bin, Polypropylene", NULL, "each", 1, 1, 245, 100,
     "Stacks, hangs on louvered panels and has a label holder on the front lip.",
     {{"5-3/8" IN " x 4-1/8" IN " x 3" IN, 100}, {"10-7/8" IN " x 5-1/2" IN " x 5" IN, 175},
      {"14-3/4" IN " x 8-1/4" IN " x 7" IN, 340}, {"18" IN " x 11" IN " x 9" IN, 560}},
     {{"Blue", 100}, {"Red", 100}}},
    {"storage-bins", "WSU", 100, "Wire Shelving Unit, Chrome, 5 Shelves", NULL, "each", 1, 1, 18900, 25000,
     "NSF-listed steel wire shelving; shelves adjust on 1" IN " increments and hold 800 lb each.",
     {{"36" IN " x 18" IN " x 72" IN, 100}, {"48" IN " x 18" IN " x 72" IN, 115},
      {"48" IN " x 24" IN " x 72" IN, 130}, {"60" IN " x 24" IN " x 72" IN, 160}}, NONE},
    {"packaging-supplies", "SWR", 100, "Hand Stretch Film, Cast", "Case of 4 Rolls", "case", 1, 1, 7495, 8000,
     "Quiet-unwinding cast film with excellent clarity for pallet wrapping.",
     {{"18" IN " x 1500 ft, 80 Gauge", 100}, {"18" IN " x 1500 ft, 90 Gauge", 112}}, NONE},
    {"packaging-supplies", "CBX", 100, "Corrugated Shipping Box, 200# Test", NULL, "each", 25, 25, 115, 300,
     "Single-wall kraft box, 32 ECT, shipped flat.",
     {{"12" IN " x 12" IN " x 12" IN, 100}, {"16" IN " x 12" IN " x 8" IN, 95},
      {"18" IN " x 18" IN " x 18" IN, 190}, {"24" IN " x 18" IN " x 12" IN, 210}}, NONE},
    {"packaging-supplies", "BWR", 100, "Bubble Cushioning Roll, 3/16" IN ", Perforated Every 12" IN, NULL, "roll", 1, 1, 2995, 2000,
     "Lightweight protection for small parts and finished goods.",
     {{"12" IN " x 175 ft", 100}, {"24" IN " x 175 ft", 175}}, NONE},
    {"packaging-supplies", "PST", 100, "Polypropylene Strapping, Hand Grade", "1/2" IN " x 7200 ft", "roll", 1, 1, 5495, 11000,
     "Embossed strapping for bundling and light palletizing.", NONE, NONE},

    /* Abrasives */
    {"grinding-wheels", "COW", 100, "Cut-Off Wheel, Type 1, Aluminum Oxide, 0.045" IN, NULL, "each", 25, 25, 265, 60,
     "Thin wheel for fast, burr-free cuts in steel and stainless on angle grinders.",
     {{"4-1/2" IN " x 7/8" IN " Arbor", 100}, {"5" IN " x 7/8" IN " Arbor", 115}, {"6" IN " x 7/8" IN " Arbor", 140}}, NONE},
    {"grinding-wheels", "CSW", 100, "Chop Saw Wheel, Type 1, 14" IN " x 1/8" IN " x 1" IN, NULL, "each", 10, 10, 1195, 1000,
     "Reinforced wheel for stationary chop saws; cuts bar, pipe and structural steel.", NONE, NONE},
    {"grinding-wheels", "GRW", 100, "Grinding Wheel, Type 27, Depressed Center, 1/4" IN, NULL, "each", 10, 10, 495, 250,
     "For weld removal, beveling and heavy stock removal.",
     {{"4-1/2" IN " x 7/8" IN " Arbor", 100}, {"7" IN " x 7/8" IN " Arbor", 210}}, NONE},
    {"grinding-wheels", "FLD", 100, "Flap Disc, Type 29, Zirconia, 4-1/2" IN " x 7/8" IN, NULL, "each", 10, 10, 595, 120,
     "Grinds and finishes in one step; long life on carbon steel and stainless.",
     {{"40 Grit", 100}, {"60 Grit", 100}, {"80 Grit", 100}, {"120 Grit", 100}}, NONE},
    {"sanding-discs", "HLD", 100, "Hook-and-Loop Sanding Disc, 5" IN ", 8-Hole", "Pack of 50", "pack", 1, 1, 2195, 300,
     "Ceramic-blend abrasive with anti-clog coating for random orbital sanders.",
     {{"60 Grit", 100}, {"80 Grit", 100}, {"120 Grit", 100}, {"180 Grit", 100}, {"220 Grit", 100}}, NONE},
    {"sanding-discs", "PSD", 100, "PSA Sanding Disc, 6" IN ", Aluminum Oxide", "Roll of 100", "roll", 1, 1, 3495, 600,
     "Peel-and-stick discs on a dispenser roll for metal and wood finishing.",
     {{"40 Grit", 110}, {"80 Grit", 100}, {"120 Grit", 100}}, NONE},
    {"sanding-discs", "SBT", 100, "Sanding Belt, Aluminum Oxide, 80 Grit", NULL, "each", 10, 10, 295, 60,
     "Resin-bonded cloth belt with a bidirectional splice.",
     {{"3" IN " x 21" IN, 100}, {"4" IN " x 24" IN, 135}, {"6" IN " x 48" IN, 330}}, NONE},
    {"wire-brushes", "KCB", 100, "Knot Wire Cup Brush, Carbon Steel, 5/8" IN "-11 Arbor", NULL, "each", 1, 1, 1895, 400,
     "Twisted-knot cup brush for heavy rust, scale and weld spatter removal on angle grinders.",
     {{"2-3/4" IN, 100}, {"4" IN, 135}, {"6" IN, 210}}, NONE},
    {"wire-brushes", "CWW", 100, "Crimped Wire Wheel, Carbon Steel", NULL, "each", 1, 1, 1295, 300,
     "Light-duty wheel for surface cleaning, deburring and paint removal on bench grinders.",
     {{"4" IN, 100}, {"6" IN, 155}, {"8" IN, 230}}, NONE},
    {"wire-brushes", "WSB", 100, "Wire Scratch Brush, Wood Handle, 3 x 19 Rows", NULL, "each", 1, 1, 495, 150,
     "Hand brush for cleaning welds, castings and rusted surfaces.",
     {{"Carbon Steel", 100}, {"Stainless Steel", 150}, {"Brass", 130}}, NONE},

    /* Adhesives & sealants */
    {"tapes", "CST", 100, "Carton Sealing Tape, Hot Melt, 2" IN " x 110 yd", "Case of 36 Rolls", "case", 1, 1, 5995, 9000,
     "High-tack tape for sealing corrugated boxes up to 60 lb.",
     {{"Clear", 100}, {"Tan", 100}}, NONE},
    {"tapes", "DCT", 100, "Duct Tape, General Purpose, 2" IN " x 60 yd", NULL, "roll", 1, 1, 795, 400,
     "Polyethylene-coated cloth tape for bundling, sealing and temporary repairs.",
     {{"Silver", 100}, {"Black", 105}}, NONE},
    {"tapes", "ELT", 100, "Electrical Tape, Vinyl, 7 mil, 3/4" IN " x 66 ft", NULL, "roll", 10, 10, 245, 60,
     "Flame-retardant, UL listed insulating tape for splices up to 600V.",
     {{"Black", 100}, {"Red", 105}, {"Blue", 105}, {"Green", 105}, {"Yellow", 105}, {"White", 105}}, NONE},
    {"tapes", "FMT", 100, "Floor Marking Tape, Vinyl, 2" IN " x 108 ft", NULL, "roll", 1, 1, 1895, 500,
     "Durable aisle and safety marking for warehouses and plant floors.",
     {{"Yellow", 100}, {"Red", 100}, {"Blue", 100}, {"Green", 100}, {"Black/Yellow Striped", 120}}, NONE},
    {"sealants-caulks", "SIL", 100, "Silicone Sealant, 100%, 10.1 oz Cartridge", NULL, "each", 12, 12, 895, 380,
     "Permanently flexible, waterproof sealant for glass, metal and tile; mildew resistant.",
     {{"Clear", 100}, {"White", 100}, {"Black", 100}, {"Gray", 100}}, NONE},
    {"sealants-caulks", "PUS", 100, "Polyurethane Construction Sealant, 10.1 oz Cartridge", NULL, "each", 12, 12, 1095, 400,
     "Paintable joint sealant for concrete, masonry and expansion joints.",
     {{"Gray", 100}, {"Limestone", 100}, {"White", 100}}, NONE},
    {"sealants-caulks", "PTS", 100, "Pipe Thread Sealant with PTFE", NULL, "each", 1, 1, 995, 300,
     "Non-hardening sealant for metal and plastic threaded fittings up to 10,000 psi.",
     {{"1/4 Pint Brush-Top Can", 100}, {"1 Pint Brush-Top Can", 240}}, NONE},
    {"sealants-caulks", "TST", 100, "PTFE Thread Seal Tape, 1/2" IN " x 520" IN, NULL, "roll", 10, 10, 145, 10,
     "General-purpose white PTFE tape for threaded pipe joints.", NONE, NONE},
    {"threadlockers", "TLB", 100, "Threadlocker, Medium Strength, Blue", NULL, "each", 1, 1, 1495, 50,
     "Removable threadlocker for 1/4" IN " to 3/4" IN " fasteners; keeps them from loosening under vibration.",
     {{"10 mL Bottle", 100}, {"50 mL Bottle", 290}, {"250 mL Bottle", 950}}, NONE},
    {"threadlockers", "TLR", 100, "Threadlocker, High Strength, Red", NULL, "each", 1, 1, 1595, 50,
     "Permanent threadlocker for studs and heavy-duty fasteners up to 1" IN "; remove with heat.",
     {{"10 mL Bottle", 100}, {"50 mL Bottle", 290}, {"250 mL Bottle", 950}}, NONE},
    {"threadlockers", "EPX", 100, "Two-Part Epoxy", "50 mL Cartridge", "each", 1, 1, 1795, 90,
     "Bonds metal, concrete, ceramics and most plastics; dispense with a standard 1:1 applicator gun.",
     {{"5-Minute, Clear", 100}, {"30-Minute, Clear", 105}, {"Steel-Filled, Gray", 125}}, NONE},
    {"threadlockers", "CYA", 100, "Instant Adhesive, Cyanoacrylate, 20 g", NULL, "each", 1, 1, 1295, 40,
     "Fast-setting adhesive for rubber, plastics and metal.",
     {{"Thin", 100}, {"Gel", 110}}, NONE},
};

#define MAX_PRODUCTS 512
#define INACTIVE_PRODUCTS 5  /* discontinued items that order history skips */

/* --- Companies ---------------------------------------------------------- */

#define NONE_IDX (-1)

struct unit_def {
    const char *name, *kind;
    int parent;   /* index into the company's units; must come earlier */
    int manager;  /* index into the company's members, or NONE_IDX */
};

struct member_def {
    const char *email, *name, *title, *phone;
    int role_id;
    int unit;          /* index into the company's units */
    int ship_unit;     /* whose addresses their orders ship to; NONE_IDX: any site */
    int order_weight;  /* how often this person places orders; 0 never */
    unsigned focus;    /* FOCUS() bits: what this person usually buys */
};

struct address_def {
    const char *label, *kind, *attention, *line1, *line2, *city, *region, *postal, *country, *phone;
    int unit;              /* index into the company's units, or NONE_IDX */
    const char *erp_id;    /* NULL until the ERP knows the address */
    int default_billing, default_shipping;
    const char *status;
};

struct company_def {
    const char *name, *erp_account_no, *tax_id, *status, *payment_terms;
    int64_t credit_limit_cents;
    int account_manager;   /* STAFF_* or NO_STAFF */
    int age_days;          /* how long ago the company joined the portal */
    int demo_buyer;        /* member who owns the newest order awaiting approval */
    const struct unit_def *units;
    int n_units;
    const struct member_def *members;
    int n_members;
    const struct address_def *addresses;
    int n_addresses;
    /* Order history: n_recent orders in the last week, n_mid in the three
     * weeks before that, the rest over the rest of the year. Statuses are
     * by recency (0 = newest); older orders are all delivered. */
    int n_orders, n_recent, n_mid;
    int po_start;
    const char *const *status_by_rank;
    int n_status_ranks;
    const char *const *notes;
    int n_notes;
};

/* Acme Industrial Supply: the main demo customer. */
enum { ACME_ROOT, ACME_OPERATIONS, ACME_CORPORATE, ACME_CHICAGO, ACME_HOUSTON,
       ACME_MAINTENANCE, ACME_SHIPPING, ACME_FINANCE, ACME_PURCHASING };
enum { ACME_ALICIA, ACME_PRIYA, ACME_FRANK, ACME_BEN, ACME_DEREK, ACME_HOA, ACME_ROSA, ACME_TAMARA };

static const struct unit_def ACME_UNITS[] = {
    [ACME_ROOT] = {"Acme Industrial Supply", "company", NONE_IDX, ACME_ALICIA},
    [ACME_OPERATIONS] = {"Operations", "division", ACME_ROOT, ACME_PRIYA},
    [ACME_CORPORATE] = {"Corporate", "division", ACME_ROOT, ACME_FRANK},
    [ACME_CHICAGO] = {"Chicago Plant", "branch", ACME_OPERATIONS, ACME_TAMARA},
    [ACME_HOUSTON] = {"Houston Plant", "branch", ACME_OPERATIONS, NONE_IDX},
    [ACME_MAINTENANCE] = {"Maintenance", "department", ACME_CHICAGO, ACME_DEREK},
    [ACME_SHIPPING] = {"Shipping & Receiving", "department", ACME_HOUSTON, ACME_HOA},
    [ACME_FINANCE] = {"Finance", "department", ACME_CORPORATE, ACME_FRANK},
    [ACME_PURCHASING] = {"Purchasing", "department", ACME_CORPORATE, ACME_PRIYA},
};

static const struct member_def ACME_MEMBERS[] = {
    [ACME_ALICIA] = {"admin@acme.test", "Alicia Moreno", "Director of Supply Chain", "(312) 555-0142",
                     ROLE_ADMINISTRATOR, ACME_ROOT, NONE_IDX, 1, FOCUS_ALL},
    [ACME_PRIYA] = {"purchasing@acme.test", "Priya Natarajan", "Purchasing Manager", "(312) 555-0151",
                    ROLE_PURCHASING, ACME_PURCHASING, NONE_IDX, 5, FOCUS_ALL},
    [ACME_FRANK] = {"finance@acme.test", "Frank Osei", "Controller", "(312) 555-0158",
                    ROLE_FINANCE, ACME_FINANCE, ACME_CORPORATE, 0, 0},
    [ACME_BEN] = {"buyer@acme.test", "Ben Carter", "Maintenance Planner", "(773) 555-0163",
                  ROLE_BUYER, ACME_CHICAGO, ACME_CHICAGO, 16,
                  FOCUS(T_FAS) | FOCUS(T_HTL) | FOCUS(T_PTL) | FOCUS(T_ELE) | FOCUS(T_PLB) | FOCUS(T_ABR)},
    [ACME_DEREK] = {"d.kowalski@acme.test", "Derek Kowalski", "Maintenance Supervisor", "(773) 555-0186",
                    ROLE_BUYER, ACME_MAINTENANCE, ACME_MAINTENANCE, 5,
                    FOCUS(T_HTL) | FOCUS(T_PTL) | FOCUS(T_ABR) | FOCUS(T_ADH) | FOCUS(T_FAS)},
    [ACME_HOA] = {"h.nguyen@acme.test", "Hoa Nguyen", "Shipping & Receiving Supervisor", "(713) 555-0174",
                  ROLE_BUYER, ACME_SHIPPING, ACME_SHIPPING, 5,
                  FOCUS(T_MHD) | FOCUS(T_ADH) | FOCUS(T_JAN) | FOCUS(T_SAF)},
    [ACME_ROSA] = {"r.alvarez@acme.test", "Rosa Alvarez", "Plant Buyer", "(713) 555-0181",
                   ROLE_BUYER, ACME_HOUSTON, ACME_HOUSTON, 7,
                   FOCUS(T_SAF) | FOCUS(T_JAN) | FOCUS(T_FAS) | FOCUS(T_ELE) | FOCUS(T_PLB)},
    [ACME_TAMARA] = {"t.washington@acme.test", "Tamara Washington", "Plant Manager, Chicago", "(773) 555-0190",
                     ROLE_VIEWER, ACME_CHICAGO, ACME_CHICAGO, 0, 0},
};

static const struct address_def ACME_ADDRESSES[] = {
    {"Headquarters", "billing", "Accounts Payable", "1200 W Lake St", "Suite 400", "Chicago", "IL", "60607",
     "US", "(312) 555-0140", ACME_ROOT, "A-100042-01", 1, 0, "active"},
    {"Chicago Plant - Receiving", "shipping", "Receiving, Dock 4", "4520 S Kilbourn Ave", "", "Chicago", "IL",
     "60632", "US", "(773) 555-0160", ACME_CHICAGO, "A-100042-02", 0, 1, "active"},
    {"Chicago Plant - Maintenance Shop", "shipping", "Maintenance Shop", "4520 S Kilbourn Ave", "Building C",
     "Chicago", "IL", "60632", "US", "(773) 555-0185", ACME_MAINTENANCE, "A-100042-03", 0, 0, "active"},
    {"Houston Plant", "shipping", "Shipping & Receiving", "8815 Clinton Dr", "", "Houston", "TX", "77029",
     "US", "(713) 555-0170", ACME_HOUSTON, "A-100042-04", 0, 0, "active"},
    {"Houston Overflow Warehouse", "shipping", "Warehouse Lead", "12650 Wallisville Rd", "Unit 7", "Houston",
     "TX", "77049", "US", "(713) 555-0177", ACME_HOUSTON, "A-100042-05", 0, 0, "active"},
    {"Elk Grove Distribution Center", "both", "Receiving", "2250 Arthur Ave", "", "Elk Grove Village", "IL",
     "60007", "US", "(847) 555-0133", ACME_OPERATIONS, "A-100042-06", 0, 0, "active"},
    {"Corporate Office - Mailroom", "shipping", "Mailroom", "1200 W Lake St", "Suite 400", "Chicago", "IL",
     "60607", "US", "(312) 555-0140", ACME_CORPORATE, "A-100042-07", 0, 0, "active"},
    /* Proposed by the customer, waiting for the seller to set it up in the ERP. */
    {"Joliet Warehouse", "shipping", "Receiving", "2100 Channahon Rd", "", "Joliet", "IL", "60436",
     "US", "(815) 555-0129", ACME_OPERATIONS, NULL, 0, 0, "pending"},
};

static const char *const ACME_STATUS_BY_RANK[] = {
    "pending_approval", "processing", "pending_approval", "processing", "partially_shipped",
    "shipped", "shipped", "partially_shipped", "delivered", "shipped", "delivered", "delivered",
    "delivered", "rejected", "delivered", "delivered", "cancelled",
};

static const char *const ACME_NOTES[] = {
    "Deliver to Dock 4; receiving hours are 7:00 to 15:30.",
    "Partial shipments OK.",
    "Ship complete - please do not split.",
    "Rush: conveyor on line 3 is down, needed by Friday.",
    "Liftgate required at delivery.",
    "Put the PO number on the outside of every carton.",
    "Charge to maintenance budget 6120-MRO.",
    "Quarterly safety restock.",
};

/* Borealis Builders: a smaller Canadian contractor. */
enum { BB_ROOT, BB_CALGARY, BB_EDMONTON };
enum { BB_NORA, BB_JORDAN, BB_AMRIT };

static const struct unit_def BOREALIS_UNITS[] = {
    [BB_ROOT] = {"Borealis Builders", "company", NONE_IDX, BB_NORA},
    [BB_CALGARY] = {"Calgary Yard", "branch", BB_ROOT, BB_JORDAN},
    [BB_EDMONTON] = {"Edmonton Yard", "branch", BB_ROOT, NONE_IDX},
};

static const struct member_def BOREALIS_MEMBERS[] = {
    [BB_NORA] = {"admin@borealis.test", "Nora Lindqvist", "Operations Manager", "(403) 555-0151",
                 ROLE_ADMINISTRATOR, BB_ROOT, NONE_IDX, 2, FOCUS_ALL},
    [BB_JORDAN] = {"j.tremblay@borealis.test", "Jordan Tremblay", "Yard Manager", "(403) 555-0168",
                   ROLE_BUYER, BB_CALGARY, BB_CALGARY, 6,
                   FOCUS(T_FAS) | FOCUS(T_PTL) | FOCUS(T_SAF) | FOCUS(T_HTL) | FOCUS(T_ADH)},
    [BB_AMRIT] = {"a.sandhu@borealis.test", "Amrit Sandhu", "Site Purchasing Coordinator", "(780) 555-0147",
                  ROLE_BUYER, BB_EDMONTON, BB_EDMONTON, 5,
                  FOCUS(T_FAS) | FOCUS(T_PTL) | FOCUS(T_SAF) | FOCUS(T_ELE) | FOCUS(T_MHD)},
};

static const struct address_def BOREALIS_ADDRESSES[] = {
    {"Head Office", "billing", "Accounts Payable", "615 Macleod Trail SE", "Suite 1200", "Calgary", "AB",
     "T2G 4T8", "CA", "(403) 555-0150", BB_ROOT, "A-100077-01", 1, 0, "active"},
    {"Calgary Yard", "shipping", "Yard Office", "4715 72 Ave SE", "", "Calgary", "AB", "T2C 3Z2",
     "CA", "(403) 555-0166", BB_CALGARY, "A-100077-02", 0, 1, "active"},
    {"Edmonton Yard", "shipping", "Yard Office", "12810 170 St NW", "", "Edmonton", "AB", "T5V 1L6",
     "CA", "(780) 555-0144", BB_EDMONTON, "A-100077-03", 0, 0, "active"},
};

/* Borealis keeps no approval rules, so none of its orders ever waited. */
static const char *const BOREALIS_STATUS_BY_RANK[] = {
    "processing", "approved", "shipped", "partially_shipped",
};

static const char *const BOREALIS_NOTES[] = {
    "Deliver to the site trailer; call the yard office 30 minutes before arrival.",
    "Job 24-117, Tower B.",
    "Forklift on site for unloading.",
    "Partial shipments OK.",
};

/* Cascade Facility Services: applied for an account, not yet approved. */
static const struct unit_def CASCADE_UNITS[] = {
    {"Cascade Facility Services", "company", NONE_IDX, 0},
};

static const struct member_def CASCADE_MEMBERS[] = {
    {"g.whitfield@cascade.test", "Grace Whitfield", "Operations Director", "(206) 555-0112",
     ROLE_ADMINISTRATOR, 0, 0, 0, 0},
};

static const struct address_def CASCADE_ADDRESSES[] = {
    {"Main Office", "both", "Grace Whitfield", "3300 Airport Way S", "", "Seattle", "WA", "98134",
     "US", "(206) 555-0110", 0, NULL, 1, 1, "active"},
};

/* Ridgeline Fabrication: a former customer on credit hold. */
static const struct unit_def RIDGELINE_UNITS[] = {
    {"Ridgeline Fabrication", "company", NONE_IDX, 0},
};

static const struct member_def RIDGELINE_MEMBERS[] = {
    {"w.becker@ridgeline.test", "Walt Becker", "Shop Foreman", "(216) 555-0138",
     ROLE_ADMINISTRATOR, 0, 0, 0, 0},
};

static const struct address_def RIDGELINE_ADDRESSES[] = {
    {"Fabrication Shop", "both", "Walt Becker", "7820 Hub Pkwy", "", "Valley View", "OH", "44125",
     "US", "(216) 555-0130", 0, "A-100019-01", 1, 1, "active"},
};

enum { CO_ACME, CO_BOREALIS, CO_CASCADE, CO_RIDGELINE, COMPANY_COUNT };

static const struct company_def COMPANIES[COMPANY_COUNT] = {
    [CO_ACME] = {"Acme Industrial Supply", "C-100042", "36-4821957", "active", "Net 30", 5000000,
                 STAFF_DANA, 730, ACME_BEN,
                 ACME_UNITS, COUNT(ACME_UNITS), ACME_MEMBERS, COUNT(ACME_MEMBERS),
                 ACME_ADDRESSES, COUNT(ACME_ADDRESSES),
                 40, 6, 6, 48213, ACME_STATUS_BY_RANK, COUNT(ACME_STATUS_BY_RANK),
                 ACME_NOTES, COUNT(ACME_NOTES)},
    [CO_BOREALIS] = {"Borealis Builders", "C-100077", "824519036RT0001", "active", "Net 45", 2500000,
                     STAFF_MARCUS, 480, BB_JORDAN,
                     BOREALIS_UNITS, COUNT(BOREALIS_UNITS), BOREALIS_MEMBERS, COUNT(BOREALIS_MEMBERS),
                     BOREALIS_ADDRESSES, COUNT(BOREALIS_ADDRESSES),
                     12, 2, 3, 2290, BOREALIS_STATUS_BY_RANK, COUNT(BOREALIS_STATUS_BY_RANK),
                     BOREALIS_NOTES, COUNT(BOREALIS_NOTES)},
    [CO_CASCADE] = {"Cascade Facility Services", NULL, "91-2047736", "pending", "Net 30", 0,
                    NO_STAFF, 3, NONE_IDX,
                    CASCADE_UNITS, COUNT(CASCADE_UNITS), CASCADE_MEMBERS, COUNT(CASCADE_MEMBERS),
                    CASCADE_ADDRESSES, COUNT(CASCADE_ADDRESSES),
                    0, 0, 0, 0, NULL, 0, NULL, 0},
    [CO_RIDGELINE] = {"Ridgeline Fabrication", "C-100019", "47-3318204", "blocked", "Net 30", 1000000,
                      STAFF_DANA, 900, NONE_IDX,
                      RIDGELINE_UNITS, COUNT(RIDGELINE_UNITS), RIDGELINE_MEMBERS, COUNT(RIDGELINE_MEMBERS),
                      RIDGELINE_ADDRESSES, COUNT(RIDGELINE_ADDRESSES),
                      0, 0, 0, 0, NULL, 0, NULL, 0},
};

#define MAX_UNITS 16
#define MAX_MEMBERS 16
#define MAX_ORDERS 128
#define MAX_LINES 8

/* --- Working state ------------------------------------------------------ */

struct product {
    char sku[24];
    char name[192];
    int64_t price_cents;
    int64_t pack, min_qty;
    int top;
    int active;
};

struct company_ids {
    int64_t id;
    int64_t created_at;
    int64_t unit_ids[MAX_UNITS];
    int64_t user_ids[MAX_MEMBERS];
};

struct counts {
    int users, staff, companies, units, memberships, addresses, categories, products, orders, lines;
};

struct seed {
    sqlite3 *db;
    sqlite3_stmt *stmt[ST_COUNT];
    uint64_t rng;
    int64_t now;
    const char *password_hash;
    int64_t staff_ids[STAFF_COUNT];
    int64_t leaf_ids[TOP_COUNT][MAX_LEAVES];
    struct product products[MAX_PRODUCTS];
    int n_products;
    struct company_ids companies[COMPANY_COUNT];
    struct counts n;
};

/* --- Small helpers ------------------------------------------------------ */

/* xorshift64*: tiny, fast and identical everywhere. */
static uint64_t rng_next(struct seed *s)
{
    s->rng ^= s->rng >> 12;
    s->rng ^= s->rng << 25;
    s->rng ^= s->rng >> 27;
    return s->rng * UINT64_C(2685821657736338717);
}

/* 0 .. n-1; the modulo bias is irrelevant for demo data. */
static int rng_below(struct seed *s, int n)
{
    return (int)(rng_next(s) % (uint64_t)n);
}

static int rng_between(struct seed *s, int lo, int hi)
{
    return lo + rng_below(s, hi - lo + 1);
}

static int is(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

/* Appends to a fixed buffer; silently truncates (buffers are sized well
 * beyond the longest generated text). */
struct text {
    char *buf;
    size_t size, len;
};

__attribute__((format(printf, 2, 3)))
static void text_add(struct text *t, const char *fmt, ...)
{
    if (t->len + 1 >= t->size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->buf + t->len, t->size - t->len, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    t->len += (size_t)n;
    if (t->len >= t->size) t->len = t->size - 1;
}

static int bind_opt_text(sqlite3_stmt *st, int idx, const char *text)
{
    return text ? db_bind_text(st, idx, text) : sqlite3_bind_null(st, idx);
}

/* Row ids start at 1, so 0 means "no reference" and binds NULL. */
static int bind_opt_id(sqlite3_stmt *st, int idx, int64_t id)
{
    return id > 0 ? sqlite3_bind_int64(st, idx, id) : sqlite3_bind_null(st, idx);
}

/* Steps an INSERT whose parameters were bound with bind_rc as the OR of
 * the bind results, then resets it for the next row. */
static int run_insert(struct seed *s, enum stmt which, int bind_rc, const char *what, int64_t *id_out)
{
    sqlite3_stmt *st = s->stmt[which];
    int rc = bind_rc == SQLITE_OK ? sqlite3_step(st) : bind_rc;
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "seed-demo: inserting %s failed: %s\n", what, sqlite3_errmsg(s->db));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return -1;
    }
    if (id_out) *id_out = sqlite3_last_insert_rowid(s->db);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return 0;
}

/* --- Users and staff ---------------------------------------------------- */

static int insert_user(struct seed *s, const char *email, const char *name, const char *title,
                       const char *phone, int64_t created_at, int64_t last_sign_in_at, int64_t *id)
{
    sqlite3_stmt *st = s->stmt[ST_USER];
    int rc = db_bind_text(st, 1, email);
    rc |= db_bind_text(st, 2, s->password_hash);
    rc |= db_bind_text(st, 3, name);
    rc |= db_bind_text(st, 4, title);
    rc |= db_bind_text(st, 5, phone);
    rc |= sqlite3_bind_int64(st, 6, created_at);
    rc |= bind_opt_id(st, 7, last_sign_in_at);
    if (run_insert(s, ST_USER, rc, email, id) != 0) return -1;
    s->n.users++;
    return 0;
}

/* Someone who used the portal recently: signed in within the last days. */
static int64_t recent_sign_in(struct seed *s)
{
    return s->now - rng_between(s, 2 * HOUR, 9 * DAY);
}

static int seed_staff(struct seed *s)
{
    int64_t created_at = s->now - 1100 * (int64_t)DAY;  /* the portal's launch */
    for (int i = 0; i < STAFF_COUNT; i++) {
        const struct staff_def *d = &STAFF[i];
        if (insert_user(s, d->email, d->name, d->title, d->phone, created_at, recent_sign_in(s),
                        &s->staff_ids[i]) != 0)
            return -1;
        sqlite3_stmt *st = s->stmt[ST_STAFF];
        int rc = sqlite3_bind_int64(st, 1, s->staff_ids[i]);
        rc |= db_bind_text(st, 2, d->role);
        rc |= sqlite3_bind_int64(st, 3, created_at);
        if (run_insert(s, ST_STAFF, rc, "seller_staff", NULL) != 0) return -1;
        s->n.staff++;
    }
    return 0;
}

/* --- Companies ---------------------------------------------------------- */

static int insert_company_row(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    sqlite3_stmt *st = s->stmt[ST_COMPANY];
    int64_t manager = d->account_manager == NO_STAFF ? 0 : s->staff_ids[d->account_manager];
    int rc = db_bind_text(st, 1, d->name);
    rc |= bind_opt_text(st, 2, d->erp_account_no);
    rc |= db_bind_text(st, 3, d->tax_id);
    rc |= db_bind_text(st, 4, d->status);
    rc |= db_bind_text(st, 5, d->payment_terms);
    rc |= sqlite3_bind_int64(st, 6, d->credit_limit_cents);
    rc |= bind_opt_id(st, 7, manager);
    rc |= sqlite3_bind_int64(st, 8, ids->created_at);
    if (run_insert(s, ST_COMPANY, rc, d->name, &ids->id) != 0) return -1;
    s->n.companies++;
    return 0;
}

/* Members are created a few days after their company, as the customer's
 * admin invited them; only people at active customers have signed in. */
static int insert_company_users(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    int active = is(d->status, "active");
    for (int i = 0; i < d->n_members; i++) {
        const struct member_def *m = &d->members[i];
        int64_t created_at = ids->created_at + (i == 0 ? HOUR : rng_between(s, 1, 20) * (int64_t)DAY);
        if (created_at > s->now) created_at = s->now - HOUR;
        int64_t last_sign_in = active ? recent_sign_in(s) : 0;
        if (insert_user(s, m->email, m->name, m->title, m->phone, created_at, last_sign_in,
                        &ids->user_ids[i]) != 0)
            return -1;
    }
    return 0;
}

static int insert_units(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    for (int i = 0; i < d->n_units; i++) {
        const struct unit_def *u = &d->units[i];
        if (u->parent >= i) {  /* parents are inserted first, so their ids are known */
            fprintf(stderr, "seed-demo: unit %s is listed before its parent\n", u->name);
            return -1;
        }
        sqlite3_stmt *st = s->stmt[ST_UNIT];
        int rc = sqlite3_bind_int64(st, 1, ids->id);
        rc |= bind_opt_id(st, 2, u->parent == NONE_IDX ? 0 : ids->unit_ids[u->parent]);
        rc |= db_bind_text(st, 3, u->name);
        rc |= db_bind_text(st, 4, u->kind);
        rc |= bind_opt_id(st, 5, u->manager == NONE_IDX ? 0 : ids->user_ids[u->manager]);
        rc |= sqlite3_bind_int64(st, 6, ids->created_at);
        if (run_insert(s, ST_UNIT, rc, u->name, &ids->unit_ids[i]) != 0) return -1;
        s->n.units++;
    }
    return 0;
}

static int insert_memberships(struct seed *s, const struct company_def *d, const struct company_ids *ids)
{
    for (int i = 0; i < d->n_members; i++) {
        const struct member_def *m = &d->members[i];
        sqlite3_stmt *st = s->stmt[ST_MEMBERSHIP];
        int rc = sqlite3_bind_int64(st, 1, ids->id);
        rc |= sqlite3_bind_int64(st, 2, ids->user_ids[i]);
        rc |= sqlite3_bind_int64(st, 3, m->role_id);
        rc |= sqlite3_bind_int64(st, 4, ids->unit_ids[m->unit]);
        rc |= sqlite3_bind_int64(st, 5, ids->created_at + HOUR);
        if (run_insert(s, ST_MEMBERSHIP, rc, m->email, NULL) != 0) return -1;
        s->n.memberships++;
    }
    return 0;
}

static int insert_addresses(struct seed *s, const struct company_def *d, const struct company_ids *ids)
{
    for (int i = 0; i < d->n_addresses; i++) {
        const struct address_def *a = &d->addresses[i];
        /* A proposed address is recent; the others date from onboarding. */
        int64_t created_at = is(a->status, "pending") ? s->now - 2 * DAY : ids->created_at + DAY;
        if (created_at > s->now) created_at = s->now;
        sqlite3_stmt *st = s->stmt[ST_ADDRESS];
        int rc = sqlite3_bind_int64(st, 1, ids->id);
        rc |= db_bind_text(st, 2, a->label);
        rc |= db_bind_text(st, 3, a->kind);
        rc |= db_bind_text(st, 4, a->attention);
        rc |= db_bind_text(st, 5, a->line1);
        rc |= db_bind_text(st, 6, a->line2);
        rc |= db_bind_text(st, 7, a->city);
        rc |= db_bind_text(st, 8, a->region);
        rc |= db_bind_text(st, 9, a->postal);
        rc |= db_bind_text(st, 10, a->country);
        rc |= db_bind_text(st, 11, a->phone);
        rc |= bind_opt_id(st, 12, a->unit == NONE_IDX ? 0 : ids->unit_ids[a->unit]);
        rc |= bind_opt_text(st, 13, a->erp_id);
        rc |= sqlite3_bind_int(st, 14, a->default_billing);
        rc |= sqlite3_bind_int(st, 15, a->default_shipping);
        rc |= db_bind_text(st, 16, a->status);
        rc |= sqlite3_bind_int64(st, 17, created_at);
        if (run_insert(s, ST_ADDRESS, rc, a->label, NULL) != 0) return -1;
        s->n.addresses++;
    }
    return 0;
}

/* Order matters: users before units (units name a manager), units before
 * memberships and addresses (both point at a unit). */
static int seed_company(struct seed *s, int which)
{
    const struct company_def *d = &COMPANIES[which];
    struct company_ids *ids = &s->companies[which];
    if (d->n_units > MAX_UNITS || d->n_members > MAX_MEMBERS) {
        fprintf(stderr, "seed-demo: %s has too many units or members\n", d->name);
        return -1;
    }
    ids->created_at = s->now - d->age_days * (int64_t)DAY;
    if (insert_company_row(s, d, ids) != 0) return -1;
    if (insert_company_users(s, d, ids) != 0) return -1;
    if (insert_units(s, d, ids) != 0) return -1;
    if (insert_memberships(s, d, ids) != 0) return -1;
    return insert_addresses(s, d, ids);
}

static int seed_companies(struct seed *s)
{
    for (int i = 0; i < COMPANY_COUNT; i++)
        if (seed_company(s, i) != 0) return -1;
    return 0;
}

/* --- Catalog ------------------------------------------------------------ */

static int insert_category(struct seed *s, int64_t parent_id, const char *name, const char *slug, int64_t *id)
{
    sqlite3_stmt *st = s->stmt[ST_CATEGORY];
    int rc = bind_opt_id(st, 1, parent_id);
    rc |= db_bind_text(st, 2, name);
    rc |= db_bind_text(st, 3, slug);
    if (run_insert(s, ST_CATEGORY, rc, slug, id) != 0) return -1;
    s->n.categories++;
    return 0;
}

static int seed_categories(struct seed *s)
{
    for (int t = 0; t < TOP_COUNT; t++) {
        const struct top_def *top = &CATEGORIES[t];
        int64_t top_id;
        if (insert_category(s, 0, top->name, top->slug, &top_id) != 0) return -1;
        for (int l = 0; l < MAX_LEAVES && top->leaves[l].name; l++)
            if (insert_category(s, top_id, top->leaves[l].name, top->leaves[l].slug, &s->leaf_ids[t][l]) != 0)
                return -1;
    }
    return 0;
}

static int find_leaf(const struct seed *s, const char *slug, int *top, int64_t *id)
{
    for (int t = 0; t < TOP_COUNT; t++)
        for (int l = 0; l < MAX_LEAVES && CATEGORIES[t].leaves[l].name; l++)
            if (is(CATEGORIES[t].leaves[l].slug, slug)) {
                *top = t;
                *id = s->leaf_ids[t][l];
                return 0;
            }
    fprintf(stderr, "seed-demo: no category with slug %s\n", slug);
    return -1;
}

static int axis_size(const struct option *axis)
{
    int n = 0;
    while (n < MAX_OPTIONS && axis[n].label) n++;
    return n;
}

/* Distributor-style price points: whole dollars less a cent from $100 up,
 * multiples of five cents from $10 up, exact cents below. */
static int64_t price_point(int64_t cents)
{
    if (cents >= 10000) return (cents + 50) / 100 * 100 - 1;
    if (cents >= 1000) return (cents + 2) / 5 * 5;
    return cents;
}

/* Scales a family amount by two option percentages, rounding to nearest. */
static int64_t scaled(int64_t amount, int pct_a, int pct_b)
{
    return (amount * pct_a * pct_b + 5000) / 10000;
}

static void variant_name(char *out, size_t size, const struct family *f,
                         const struct option *a, const struct option *b)
{
    struct text t = {out, size, 0};
    out[0] = '\0';
    text_add(&t, "%s", f->name);
    if (a) text_add(&t, ", %s", a->label);
    if (b) text_add(&t, ", %s", b->label);
    if (f->suffix) text_add(&t, ", %s", f->suffix);
}

/* The family sentence plus how the item is sold, so a buyer sees why the
 * quantity field steps by the pack size. */
static void variant_description(char *out, size_t size, const struct family *f)
{
    struct text t = {out, size, 0};
    out[0] = '\0';
    text_add(&t, "%s", f->description);
    if (f->pack > 1)
        text_add(&t, " Sold in packs of %d; order in multiples of %d.", f->pack, f->pack);
    else if (f->min_qty > 1)
        text_add(&t, " Minimum order %d %s.", f->min_qty, f->uom);
}

static int insert_product(struct seed *s, const struct product *p, const char *description,
                          int64_t category_id, const char *uom, int64_t weight_grams)
{
    sqlite3_stmt *st = s->stmt[ST_PRODUCT];
    int rc = db_bind_text(st, 1, p->sku);
    rc |= db_bind_text(st, 2, p->name);
    rc |= db_bind_text(st, 3, description);
    rc |= sqlite3_bind_int64(st, 4, category_id);
    rc |= db_bind_text(st, 5, uom);
    rc |= sqlite3_bind_int64(st, 6, p->pack);
    rc |= sqlite3_bind_int64(st, 7, p->min_qty);
    rc |= sqlite3_bind_int64(st, 8, p->price_cents);
    rc |= sqlite3_bind_int64(st, 9, weight_grams);
    rc |= sqlite3_bind_int(st, 10, p->active);
    if (run_insert(s, ST_PRODUCT, rc, p->sku, NULL) != 0) return -1;
    s->n.products++;
    return 0;
}

/* One product for option ia of axis a and ib of axis b (-1 when the family
 * has no such axis). The SKU number encodes the options: base + 10*ia + ib
 * for two axes, base + ia for one. */
static int add_variant(struct seed *s, const struct family *f, int top, int64_t category_id,
                       int ia, int ib, int active)
{
    if (s->n_products == MAX_PRODUCTS) {
        fprintf(stderr, "seed-demo: too many products\n");
        return -1;
    }
    const struct option *a = ia >= 0 ? &f->a[ia] : NULL;
    const struct option *b = ib >= 0 ? &f->b[ib] : NULL;
    int pct_a = a ? a->pct : 100, pct_b = b ? b->pct : 100;
    int number = f->sku_base + (b ? 10 * ia + ib : (a ? ia : 0));

    struct product *p = &s->products[s->n_products];
    snprintf(p->sku, sizeof p->sku, "%s-%s-%04d", CATEGORIES[top].sku_prefix, f->code, number);
    variant_name(p->name, sizeof p->name, f, a, b);
    p->price_cents = price_point(scaled(f->price_cents, pct_a, pct_b));
    p->pack = f->pack;
    p->min_qty = f->min_qty;
    p->top = top;
    p->active = active;

    char description[512];
    variant_description(description, sizeof description, f);
    if (insert_product(s, p, description, category_id, f->uom, scaled(f->weight_grams, pct_a, pct_b)) != 0)
        return -1;
    s->n_products++;
    return 0;
}

static int variant_count(const struct family *f)
{
    int na = axis_size(f->a), nb = axis_size(f->b);
    return (na ? na : 1) * (nb ? nb : 1);
}

/* Picks which products are discontinued before inserting, so the flag goes
 * in with the row instead of a later UPDATE. */
static void pick_inactive(struct seed *s, int total, unsigned char *inactive)
{
    for (int picked = 0; picked < INACTIVE_PRODUCTS && picked < total;) {
        int i = rng_below(s, total);
        if (!inactive[i]) {
            inactive[i] = 1;
            picked++;
        }
    }
}

static int seed_products(struct seed *s)
{
    int total = 0;
    for (int f = 0; f < COUNT(FAMILIES); f++) total += variant_count(&FAMILIES[f]);
    if (total > MAX_PRODUCTS) {
        fprintf(stderr, "seed-demo: catalog has %d products, more than %d\n", total, MAX_PRODUCTS);
        return -1;
    }
    unsigned char inactive[MAX_PRODUCTS] = {0};
    pick_inactive(s, total, inactive);

    int k = 0;
    for (int fi = 0; fi < COUNT(FAMILIES); fi++) {
        const struct family *f = &FAMILIES[fi];
        int top;
        int64_t category_id;
        if (find_leaf(s, f->leaf, &top, &category_id) != 0) return -1;
        int na = axis_size(f->a), nb = axis_size(f->b);
        for (int ia = 0; ia < (na ? na : 1); ia++)
            for (int ib = 0; ib < (nb ? nb : 1); ib++, k++)
                if (add_variant(s, f, top, category_id, na ? ia : -1, nb ? ib : -1, !inactive[k]) != 0)
                    return -1;
    }
    return 0;
}

static int seed_catalog(struct seed *s)
{
    if (seed_categories(s) != 0) return -1;
    return seed_products(s);
}

/* --- Orders ------------------------------------------------------------- */

struct order_plan {
    int company;
    int index;      /* creation order, to break ties when sorting */
    int rank;       /* 0 = the company's newest order */
    int64_t placed_at;
};

struct line {
    int product;    /* index into s->products */
    int64_t quantity, shipped;
};

/* A weekday during US business hours (13:00-22:59 UTC), the
 * `business_days`-th weekday before today. Counting weekdays rather than
 * calendar days keeps the history the same shape whatever today is: the
 * orders sort the same way, so every order keeps its rank, status, placer
 * and place in the number sequence; only the dates move with the clock. */
static int64_t business_time(struct seed *s, int business_days)
{
    int64_t day = s->now / DAY;
    for (int left = business_days; left > 0;) {
        day--;
        int weekday = (int)((day + 4) % 7);  /* 1970-01-01 was a Thursday; 0 = Sunday */
        if (weekday != 0 && weekday != 6) left--;
    }
    return day * DAY + 13 * HOUR + rng_below(s, 10 * HOUR);
}

/* Recent orders fall in the last week, the next ones in the month before,
 * the rest over the year (5, 22 and 257 weekdays: 7, 30 and 360 days). */
static int64_t plan_time(struct seed *s, const struct company_def *d, int i)
{
    if (i < d->n_recent) return business_time(s, rng_between(s, 1, 5));
    if (i < d->n_recent + d->n_mid) return business_time(s, rng_between(s, 6, 22));
    return business_time(s, rng_between(s, 23, 257));
}

static int compare_plans(const void *pa, const void *pb)
{
    const struct order_plan *a = pa, *b = pb;
    if (a->placed_at != b->placed_at) return a->placed_at < b->placed_at ? -1 : 1;
    return a->index - b->index;
}

/* Plans every order of every company, sorted by time, so that order numbers
 * (one sequence across all customers) increase with placed_at. */
static int plan_orders(struct seed *s, struct order_plan *plans)
{
    int n = 0;
    for (int c = 0; c < COMPANY_COUNT; c++)
        for (int i = 0; i < COMPANIES[c].n_orders; i++, n++) {
            if (n == MAX_ORDERS) return -1;
            plans[n] = (struct order_plan){c, n, 0, plan_time(s, &COMPANIES[c], i)};
        }
    qsort(plans, (size_t)n, sizeof plans[0], compare_plans);
    int seen[COMPANY_COUNT] = {0};
    for (int i = n - 1; i >= 0; i--) plans[i].rank = seen[plans[i].company]++;
    return n;
}

static const char *status_for_rank(const struct company_def *d, int rank)
{
    return rank < d->n_status_ranks ? d->status_by_rank[rank] : "delivered";
}

/* Orders waiting for (or refused) approval were placed by a Buyer: the
 * roles above Buyer approve their own orders. */
static int needs_approval(const char *status)
{
    return is(status, "pending_approval") || is(status, "rejected");
}

/* The rank of the company's newest order awaiting approval, or -1. */
static int newest_pending_rank(const struct company_def *d)
{
    for (int r = 0; r < d->n_status_ranks; r++)
        if (is(d->status_by_rank[r], "pending_approval")) return r;
    return -1;
}

/* Who placed an order, weighted by how much each member orders. The
 * newest order awaiting approval belongs to the demo buyer, so signing in
 * as buyer@acme.test shows one and purchasing@acme.test can approve it;
 * the other orders that waited are other buyers', so the inboxes show more
 * than one person's orders. */
static int may_place(const struct company_def *d, int i, int buyers_only)
{
    if (!buyers_only) return 1;
    return d->members[i].role_id == ROLE_BUYER && i != d->demo_buyer;
}

static int pick_placer(struct seed *s, const struct company_def *d, int rank, int buyers_only)
{
    if (d->demo_buyer != NONE_IDX && rank == newest_pending_rank(d)) return d->demo_buyer;
    int total = 0;
    for (int i = 0; i < d->n_members; i++)
        if (may_place(d, i, buyers_only)) total += d->members[i].order_weight;
    if (total == 0) return -1;
    int r = rng_below(s, total);
    for (int i = 0; i < d->n_members; i++) {
        if (!may_place(d, i, buyers_only)) continue;
        if (r < d->members[i].order_weight) return i;
        r -= d->members[i].order_weight;
    }
    return -1;
}

static const char *pick_channel(struct seed *s)
{
    int r = rng_below(s, 100);
    return r < 78 ? "web" : r < 90 ? "phone" : "erp";
}

static int is_active_ship_to(const struct address_def *a)
{
    return is(a->status, "active") && !is(a->kind, "billing");
}

/* Whether address a can receive an order for unit u (NONE_IDX: any unit). */
static int ships_to_unit(const struct address_def *a, int u)
{
    return is_active_ship_to(a) && (u == NONE_IDX || a->unit == u);
}

/* A random active ship-to of unit u, or NULL when it has none. */
static const struct address_def *random_ship_to(struct seed *s, const struct company_def *d, int u)
{
    int matches = 0;
    for (int i = 0; i < d->n_addresses; i++)
        if (ships_to_unit(&d->addresses[i], u)) matches++;
    if (matches == 0) return NULL;
    int pick = rng_below(s, matches);
    for (int i = 0; i < d->n_addresses; i++)
        if (ships_to_unit(&d->addresses[i], u) && pick-- == 0) return &d->addresses[i];
    return NULL;
}

/* The ship-to nearest the given unit in the unit tree: an address of the
 * unit itself, else of its parent, and so on; a random one when a unit has
 * several (Houston has a plant and an overflow warehouse). NONE_IDX means
 * people who buy for every site (purchasing), so any address will do. */
static const struct address_def *ship_to_for_unit(struct seed *s, const struct company_def *d, int unit)
{
    if (unit == NONE_IDX) return random_ship_to(s, d, NONE_IDX);
    for (int u = unit; u != NONE_IDX; u = d->units[u].parent) {
        const struct address_def *a = random_ship_to(s, d, u);
        if (a) return a;
    }
    for (int i = 0; i < d->n_addresses; i++)
        if (d->addresses[i].default_shipping) return &d->addresses[i];
    return NULL;
}

static const struct address_def *default_billing(const struct company_def *d)
{
    for (int i = 0; i < d->n_addresses; i++)
        if (d->addresses[i].default_billing) return &d->addresses[i];
    return NULL;
}

static const char *country_name(const char *code)
{
    if (is(code, "US")) return "United States";
    if (is(code, "CA")) return "Canada";
    return code;
}

/* The address block as printed on the order, one line per row. */
static void format_address(char *out, size_t size, const char *company, const struct address_def *a)
{
    struct text t = {out, size, 0};
    out[0] = '\0';
    text_add(&t, "%s\n", company);
    if (a->attention[0]) text_add(&t, "Attn: %s\n", a->attention);
    text_add(&t, "%s\n", a->line1);
    if (a->line2[0]) text_add(&t, "%s\n", a->line2);
    text_add(&t, "%s, %s %s\n%s", a->city, a->region, a->postal, country_name(a->country));
}

/* 1-8 lines, mostly 2-5, like real replenishment orders. */
static int line_count(struct seed *s)
{
    static const int weights[MAX_LINES] = {10, 18, 20, 16, 12, 10, 7, 7};
    int r = rng_below(s, 100);
    for (int i = 0; i < MAX_LINES; i++) {
        if (r < weights[i]) return i + 1;
        r -= weights[i];
    }
    return 1;
}

static int in_order(const struct line *lines, int n, int product)
{
    for (int i = 0; i < n; i++)
        if (lines[i].product == product) return 1;
    return 0;
}

/* An active product not yet on the order, from the buyer's usual
 * categories most of the time. */
static int pick_product(struct seed *s, unsigned focus, const struct line *lines, int n)
{
    int want_focus = focus != 0 && rng_below(s, 100) < 75;
    for (int tries = 0; tries < 1000; tries++) {
        int p = rng_below(s, s->n_products);
        const struct product *pr = &s->products[p];
        if (!pr->active || in_order(lines, n, p)) continue;
        if (want_focus && !(focus & FOCUS(pr->top))) continue;
        return p;
    }
    for (int p = 0; p < s->n_products; p++)
        if (s->products[p].active && !in_order(lines, n, p)) return p;
    return -1;
}

/* Whole packs, at least the minimum, fewer of the expensive things. */
static int64_t pick_quantity(struct seed *s, const struct product *p)
{
    int64_t packs_min = (p->min_qty + p->pack - 1) / p->pack;
    int64_t pack_price = p->price_cents * p->pack;
    int extra = pack_price >= 20000 ? 1 : pack_price >= 5000 ? 3 : pack_price >= 1000 ? 5 : 11;
    return (packs_min + rng_between(s, 0, extra)) * p->pack;
}

/* Shipped quantities follow the status. A partial shipment has the first
 * line complete, the last line still open (so the status is visibly true)
 * and whole packs shipped in between. */
static void set_shipped(struct seed *s, const char *status, struct line *lines, int n)
{
    int all = is(status, "delivered") || is(status, "shipped");
    int partial = is(status, "partially_shipped");
    for (int i = 0; i < n; i++) {
        struct line *l = &lines[i];
        int64_t pack = s->products[l->product].pack;
        if (all) l->shipped = l->quantity;
        else if (!partial) l->shipped = 0;
        else if (i == 0) l->shipped = l->quantity;
        else if (i == n - 1) l->shipped = 0;
        else if (rng_below(s, 2) == 0) l->shipped = l->quantity;
        else l->shipped = rng_below(s, (int)(l->quantity / pack)) * pack;
    }
}

static int pick_lines(struct seed *s, unsigned focus, const char *status, struct line *lines)
{
    int n = line_count(s);
    if (is(status, "partially_shipped") && n < 3) n = 3;
    for (int i = 0; i < n; i++) {
        lines[i].product = pick_product(s, focus, lines, i);
        if (lines[i].product < 0) return -1;
        lines[i].quantity = pick_quantity(s, &s->products[lines[i].product]);
    }
    set_shipped(s, status, lines, n);
    return n;
}

static int product_index(const struct seed *s, const char *sku)
{
    for (int i = 0; i < s->n_products; i++)
        if (is(s->products[i].sku, sku)) return i;
    return -1;
}

/* An order that waited for approval holds what the approval rules catch,
 * so that replaying it through them (seed_approval_steps.c) gives the
 * steps it shows: the demo buyer's newest one passes his monthly limit by
 * itself (two platform trucks); the others hold a restricted item. Adds
 * lines[n] unless the order has that product already; returns the new line
 * count, -1 when the catalog lacks it. No random draw, so the rest of the
 * history stays as it was. */
static int add_approval_reason(struct seed *s, const struct company_def *d, int rank, int placer,
                               struct line *lines, int n)
{
    int over_limit = placer == d->demo_buyer && rank == newest_pending_rank(d);
    const char *sku = over_limit ? SEED_PLATFORM_TRUCK
                    : is(status_for_rank(d, rank), "rejected") ? SEED_RESTRICTED_DRUM : SEED_RESTRICTED_JACK;
    int p = product_index(s, sku);
    if (p < 0) return -1;
    if (in_order(lines, n, p)) return n;
    lines[n] = (struct line){ .product = p, .quantity = over_limit ? 2 : 1, .shipped = 0 };
    return n + 1;
}

struct totals {
    int64_t subtotal, shipping, tax, total;
};

static struct totals order_totals(const struct seed *s, const struct line *lines, int n)
{
    struct totals t = {0, 0, 0, 0};
    for (int i = 0; i < n; i++) t.subtotal += lines[i].quantity * s->products[lines[i].product].price_cents;
    t.shipping = t.subtotal >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
    t.tax = (t.subtotal * TAX_RATE_BASIS_POINTS + 5000) / 10000;  /* half up */
    t.total = t.subtotal + t.shipping + t.tax;
    return t;
}

static const char *order_note(struct seed *s, const struct company_def *d, const char *status,
                              const char *channel)
{
    if (is(status, "rejected")) return "";   /* the approver's reason is in the approval trail */
    if (is(status, "cancelled")) return "Cancelled at the customer's request: duplicate of a phone order.";
    if (is(status, "partially_shipped") && rng_below(s, 2) == 0)
        return "Backordered items will ship as soon as they arrive from the manufacturer.";
    if (is(channel, "erp")) return "Received by EDI from the customer's ERP.";
    if (rng_below(s, 100) < 30) return d->notes[rng_below(s, d->n_notes)];
    if (is(channel, "phone")) return "Phoned in to customer service.";
    return "";
}

/* Customers' PO numbers climb over time; some web orders have none. */
static void order_po(struct seed *s, const char *channel, int *po_next, char *out, size_t size)
{
    *po_next += rng_between(s, 3, 40);
    if (is(channel, "web") && rng_below(s, 100) < 15) out[0] = '\0';
    else snprintf(out, size, "PO-%d", *po_next);
}

struct order_row {
    const char *number, *status, *channel, *po, *ship_label, *ship_text, *bill_text, *notes;
    int64_t placed_by, unit_id, placed_at;
    struct totals t;
};

static int insert_order(struct seed *s, int64_t company_id, const struct order_row *o, int64_t *id)
{
    sqlite3_stmt *st = s->stmt[ST_ORDER];
    int rc = sqlite3_bind_int64(st, 1, company_id);
    rc |= db_bind_text(st, 2, o->number);
    rc |= bind_opt_id(st, 3, o->placed_by);
    rc |= bind_opt_id(st, 4, o->unit_id);
    rc |= db_bind_text(st, 5, o->status);
    rc |= db_bind_text(st, 6, o->channel);
    rc |= db_bind_text(st, 7, o->po);
    rc |= sqlite3_bind_int64(st, 8, o->t.subtotal);
    rc |= sqlite3_bind_int64(st, 9, o->t.shipping);
    rc |= sqlite3_bind_int64(st, 10, o->t.tax);
    rc |= sqlite3_bind_int64(st, 11, o->t.total);
    rc |= db_bind_text(st, 12, o->ship_label);
    rc |= db_bind_text(st, 13, o->ship_text);
    rc |= db_bind_text(st, 14, o->bill_text);
    rc |= db_bind_text(st, 15, o->notes);
    rc |= sqlite3_bind_int64(st, 16, o->placed_at);
    if (run_insert(s, ST_ORDER, rc, o->number, id) != 0) return -1;
    s->n.orders++;
    return 0;
}

static int insert_lines(struct seed *s, int64_t order_id, int64_t company_id, const struct line *lines, int n)
{
    for (int i = 0; i < n; i++) {
        const struct product *p = &s->products[lines[i].product];
        sqlite3_stmt *st = s->stmt[ST_LINE];
        int rc = sqlite3_bind_int64(st, 1, order_id);
        rc |= sqlite3_bind_int64(st, 2, company_id);
        rc |= sqlite3_bind_int(st, 3, i + 1);
        rc |= db_bind_text(st, 4, p->sku);
        rc |= db_bind_text(st, 5, p->name);
        rc |= sqlite3_bind_int64(st, 6, lines[i].quantity);
        rc |= sqlite3_bind_int64(st, 7, lines[i].shipped);
        rc |= sqlite3_bind_int64(st, 8, p->price_cents);
        rc |= sqlite3_bind_int64(st, 9, lines[i].quantity * p->price_cents);
        if (run_insert(s, ST_LINE, rc, "order line", NULL) != 0) return -1;
        s->n.lines++;
    }
    return 0;
}

static int seed_one_order(struct seed *s, const struct order_plan *plan, int *po_next)
{
    const struct company_def *d = &COMPANIES[plan->company];
    const struct company_ids *ids = &s->companies[plan->company];
    struct order_row o = {0};
    o.status = status_for_rank(d, plan->rank);
    o.placed_at = plan->placed_at;

    int placer = pick_placer(s, d, plan->rank, needs_approval(o.status));
    const struct address_def *ship = placer < 0 ? NULL : ship_to_for_unit(s, d, d->members[placer].ship_unit);
    const struct address_def *bill = default_billing(d);
    if (!ship || !bill) {
        fprintf(stderr, "seed-demo: %s has no one to place orders or no address\n", d->name);
        return -1;
    }
    /* ERP orders arrive by EDI with no portal user behind them, but still
     * belong to the unit they are for. */
    o.channel = needs_approval(o.status) ? "web" : pick_channel(s);
    o.placed_by = is(o.channel, "erp") ? 0 : ids->user_ids[placer];
    o.unit_id = ids->unit_ids[d->members[placer].unit];

    struct line lines[MAX_LINES + 1];
    int n = pick_lines(s, d->members[placer].focus, o.status, lines);
    if (n < 0) return -1;
    if (needs_approval(o.status)) n = add_approval_reason(s, d, plan->rank, placer, lines, n);
    if (n < 0) return -1;
    o.t = order_totals(s, lines, n);

    /* Numbered the way checkout numbers them. */
    char number[32], po[16], ship_text[512], bill_text[512];
    int64_t seq;
    if (store_sequence_next(SEQUENCE_ORDER_NUMBER, &seq) != 0
        || checkout_order_number_at(o.placed_at, seq, number, sizeof number) != 0) {
        fprintf(stderr, "seed-demo: no order number\n");
        return -1;
    }
    order_po(s, o.channel, po_next, po, sizeof po);
    format_address(ship_text, sizeof ship_text, d->name, ship);
    format_address(bill_text, sizeof bill_text, d->name, bill);
    o.number = number;
    o.po = po;
    o.ship_label = ship->label;
    o.ship_text = ship_text;
    o.bill_text = bill_text;
    o.notes = order_note(s, d, o.status, o.channel);

    int64_t order_id;
    if (insert_order(s, ids->id, &o, &order_id) != 0) return -1;
    return insert_lines(s, order_id, ids->id, lines, n);
}

static int seed_orders(struct seed *s)
{
    struct order_plan plans[MAX_ORDERS];
    int n = plan_orders(s, plans);
    if (n < 0) {
        fprintf(stderr, "seed-demo: more than %d orders planned\n", MAX_ORDERS);
        return -1;
    }
    int po_next[COMPANY_COUNT];
    for (int c = 0; c < COMPANY_COUNT; c++) po_next[c] = COMPANIES[c].po_start;
    if (store_sequence_skip_to(SEQUENCE_ORDER_NUMBER, LAST_ERP_ORDER_SEQ) != 0) return -1;
    for (int i = 0; i < n; i++)
        if (seed_one_order(s, &plans[i], &po_next[plans[i].company]) != 0) return -1;
    return 0;
}

/* --- Entry point -------------------------------------------------------- */

/* 1 when any user exists, 0 when none, -1 on error. */
static int database_has_users(sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT EXISTS (SELECT 1 FROM users)", -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    int result = -1;
    if (sqlite3_step(st) == SQLITE_ROW) result = sqlite3_column_int(st, 0) != 0;
    else fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return result;
}

static int prepare_statements(struct seed *s)
{
    for (int i = 0; i < ST_COUNT; i++)
        if (sqlite3_prepare_v2(s->db, STMT_SQL[i], -1, &s->stmt[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "seed-demo: prepare failed: %s\n  in: %s\n", sqlite3_errmsg(s->db), STMT_SQL[i]);
            return -1;
        }
    return 0;
}

static void finalize_statements(struct seed *s)
{
    for (int i = 0; i < ST_COUNT; i++) {
        sqlite3_finalize(s->stmt[i]);
        s->stmt[i] = NULL;
    }
}

static int seed_everything(struct seed *s)
{
    if (seed_staff(s) != 0) return -1;
    if (seed_companies(s) != 0) return -1;
    if (seed_catalog(s) != 0) return -1;
    return seed_orders(s);
}

static void report(const struct seed *s)
{
    fprintf(stderr,
            "seed-demo: %d users (%d staff), %d companies, %d business units, %d memberships, "
            "%d addresses, %d categories, %d products, %d orders with %d lines\n",
            s->n.users, s->n.staff, s->n.companies, s->n.units, s->n.memberships, s->n.addresses,
            s->n.categories, s->n.products, s->n.orders, s->n.lines);
    fprintf(stderr, "seed-demo: every demo user's password is \"%s\"\n", DEMO_PASSWORD);
}

/* Runs inside BEGIN IMMEDIATE: 0 loaded, 1 already seeded, -1 failed. */
static int seed_in_transaction(struct seed *s)
{
    if (db_begin() != 0) return -1;
    /* Checked again under the write lock: another seeder may have won the
     * race since the first check. */
    int has_users = database_has_users(s->db);
    int rc = has_users != 0 ? has_users : seed_everything(s);
    /* Nothing of ours is left pending when COMMIT or ROLLBACK runs. */
    finalize_statements(s);
    if (rc == 0 && db_commit() != 0) rc = -1;
    if (rc != 0) db_rollback();
    return rc;
}

int seed_demo(void)
{
    sqlite3 *db = db_handle();
    if (!db) {
        fprintf(stderr, "seed-demo: no open database\n");
        return -1;
    }
    /* Checked before the slow password hash so a second run returns at once. */
    int has_users = database_has_users(db);
    if (has_users != 0) return has_users;  /* the caller reports "already seeded" */

    fprintf(stderr, "seed-demo: hashing the demo password\n");
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(DEMO_PASSWORD, hash) != 0) {
        fprintf(stderr, "seed-demo: could not hash the password (out of memory?)\n");
        return -1;
    }

    struct seed *s = calloc(1, sizeof *s);  /* too big for the stack */
    if (!s) {
        fprintf(stderr, "seed-demo: out of memory\n");
        return -1;
    }
    s->db = db;
    s->rng = UINT64_C(0x9E3779B97F4A7C15);  /* fixed: same data every time */
    s->now = clock_now();
    s->password_hash = hash;

    int rc = prepare_statements(s) == 0 ? seed_in_transaction(s) : -1;
    finalize_statements(s);
    if (rc == 0) report(s);
    else if (rc < 0) fprintf(stderr, "seed-demo: failed; nothing was changed\n");
    free(s);
    return rc;
}

int seed_demo_all(const char *templates_dir)
{
    int rc = seed_demo();
    if (rc != 0) return rc;
    char hash[AUTH_HASH_MAX];
    rc = auth_password_hash("demo-password-1", hash) == 0 ? seed_demo_accounts(hash) : -1;
    if (rc == 0) rc = seed_demo_prices();
    if (rc == 0) rc = seed_demo_ordering();
    if (rc == 0) rc = seed_demo_approval_rules();
    if (rc == 0) rc = seed_demo_approval_steps();
    if (rc == 0) rc = seed_demo_shipments();
    if (rc == 0) rc = seed_demo_carts();
    if (rc == 0 && tpl_load_all(templates_dir) == 0) {
        rc = seed_demo_mail();
        tpl_shutdown();
    }
    return rc;
}
