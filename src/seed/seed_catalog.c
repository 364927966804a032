/* The demo catalog for seed_demo(): the category tree (ten top-level
 * categories with their leaves) and the product families, each expanded
 * into one product per combination of its options (sizes, colours, kits)
 * with distributor-style prices, pack sizes and minimum quantities. A few
 * products, picked with the PRNG, are discontinued. The products are kept
 * in struct seed for the order history. */
#include "seed/seed_internal.h"

#include <stdio.h>

/* --- Catalog ------------------------------------------------------------ */

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

#define INACTIVE_PRODUCTS 5  /* discontinued items that order history skips */

static int insert_category(struct seed *s, int64_t parent_id, const char *name, const char *slug, int64_t *id)
{
    if (seed_store_category(parent_id, name, slug, id) != 0) return -1;
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
    if (seed_store_product(p, description, category_id, uom, weight_grams) != 0) return -1;
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

int seed_catalog(struct seed *s)
{
    if (seed_categories(s) != 0) return -1;
    return seed_products(s);
}

