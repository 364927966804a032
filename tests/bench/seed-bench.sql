-- The benchmark's large seller, loaded with bulk SQL into a freshly migrated
-- and demo-seeded buyerdesk database. Run by tests/bench/seed-bench (which
-- sets the parameters, expands HASH() and drops/recreates the indexes
-- around this file); not meant to be run by hand.
--
-- Parameters (.parameter set by seed-bench):
--   @now           the portal clock (Unix seconds)
--   @S             the salt derived from --seed
--   @companies @members @products @orders      sizes
--   @days          how far back the order history goes
--   @big_members @mid_members @rest_members    members of Bench Big Co, of
--                  each Bench Mid Co, and what the others share above 4 each
--   @big_orders @mid1..@mid5 @rest_orders      orders likewise
--
-- HASH(x, n): a pseudo-random integer in 0..2^31-2 from the integer x and
-- the salt number n (a quadratic congruential mix modulo 2^31-1, written
-- out by seed-bench). Nothing calls random(): the same seed and sizes give
-- the same rows.
--
-- What is made, and how the app would have made it, is described in
-- tests/bench/README.md.

.mode list
.headers off
.bail on

PRAGMA foreign_keys = OFF;
PRAGMA cache_size = -262144;

CREATE TEMP TABLE t0 AS SELECT julianday('now') AS t;
CREATE TEMP VIEW took AS SELECT printf('%7.1f s', (julianday('now') - t) * 86400) AS s FROM t0;

-- Where the new rows start: after the demo's.
.parameter set @cbase  "(SELECT coalesce(max(id), 0) FROM companies)"
.parameter set @ubase  "(SELECT coalesce(max(id), 0) FROM users)"
.parameter set @msbase "(SELECT coalesce(max(id), 0) FROM memberships)"
.parameter set @bubase "(SELECT coalesce(max(id), 0) FROM business_units)"
.parameter set @abase  "(SELECT coalesce(max(id), 0) FROM addresses)"
.parameter set @pbase  "(SELECT coalesce(max(id), 0) FROM products)"
.parameter set @plbase "(SELECT coalesce(max(id), 0) FROM price_lists)"
.parameter set @rbase  "(SELECT coalesce(max(id), 0) FROM approval_rules)"
.parameter set @obase  "(SELECT coalesce(max(id), 0) FROM orders)"
.parameter set @lbase  "(SELECT coalesce(max(id), 0) FROM order_lines)"
.parameter set @sbase  "(SELECT coalesce(max(id), 0) FROM shipments)"
.parameter set @stbase "(SELECT coalesce(max(id), 0) FROM approval_steps)"
.parameter set @seq0   "(SELECT last_value FROM sequences WHERE name = 'order_number')"
.parameter set @hash   "(SELECT password_hash FROM users WHERE email = 'staff@seller.test')"
.parameter set @cs     "(SELECT user_id FROM seller_staff ORDER BY staff_role = 'customer_service' DESC, user_id LIMIT 1)"
.parameter set @restricted "(SELECT id FROM categories WHERE slug = 'hand-trucks-carts')"
.parameter set @m_std  "(SELECT id FROM shipping_methods WHERE name = 'Standard ground')"
.parameter set @m_exp  "(SELECT id FROM shipping_methods WHERE name = 'Express (2 days)')"

-- Account managers among the demo staff (every staff member if none).
CREATE TEMP TABLE am AS
  SELECT row_number() OVER (ORDER BY user_id) - 1 AS i, user_id FROM seller_staff
   WHERE staff_role = 'account_manager' OR NOT EXISTS (SELECT 1 FROM seller_staff WHERE staff_role = 'account_manager');
.parameter set @n_am "(SELECT count(*) FROM am)"

-- --- Word lists ----------------------------------------------------------

CREATE TEMP TABLE w_place (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_place (w) VALUES ('Northern'), ('Lakeshore'), ('Prairie'), ('Summit'), ('Riverbend'), ('Granite'),
  ('Harbor'), ('Pioneer'), ('Keystone'), ('Cedar'), ('Ironwood'), ('Bluewater'), ('Tri-County'), ('Heartland'),
  ('Redstone'), ('Frontier'), ('Midwest'), ('Gulf Coast'), ('Cascade'), ('Great Lakes'), ('Badger'), ('Lone Star'),
  ('Evergreen'), ('Buckeye');
CREATE TEMP TABLE w_trade (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_trade (w) VALUES ('Fabrication'), ('Mechanical'), ('Facility Services'), ('Machine Works'), ('Electric'),
  ('Plumbing & Heating'), ('Packaging'), ('Logistics'), ('Tooling'), ('Construction'), ('Food Processing'),
  ('Plastics'), ('Metal Finishing'), ('Fleet Services'), ('Maintenance'), ('Millwork'), ('Foundry'),
  ('Welding'), ('Janitorial'), ('Printing'), ('Cold Storage'), ('Hydraulics'), ('Controls'), ('Supply');
CREATE TEMP TABLE w_form (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_form (w) VALUES ('Inc.'), ('LLC'), ('Co.'), ('Group'), ('Corp.'), ('Partners');
CREATE TEMP TABLE w_first (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_first (w) VALUES ('James'), ('Maria'), ('Robert'), ('Linda'), ('Michael'), ('Patricia'), ('David'),
  ('Jennifer'), ('William'), ('Elizabeth'), ('Richard'), ('Susan'), ('Joseph'), ('Jessica'), ('Thomas'), ('Sarah'),
  ('Carlos'), ('Karen'), ('Daniel'), ('Nancy'), ('Matthew'), ('Lisa'), ('Anthony'), ('Betty'), ('Mark'), ('Ana'),
  ('Steven'), ('Sandra'), ('Paul'), ('Ashley'), ('Andrew'), ('Kimberly'), ('Joshua'), ('Emily'), ('Kevin'),
  ('Donna'), ('Brian'), ('Michelle'), ('Jorge'), ('Carol'), ('Kwame'), ('Amanda'), ('Wei'), ('Melissa'), ('Raj'),
  ('Deborah'), ('Tomasz'), ('Aisha');
CREATE TEMP TABLE w_last (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_last (w) VALUES ('Smith'), ('Johnson'), ('Williams'), ('Brown'), ('Jones'), ('Garcia'), ('Miller'),
  ('Davis'), ('Rodriguez'), ('Martinez'), ('Hernandez'), ('Lopez'), ('Gonzalez'), ('Wilson'), ('Anderson'),
  ('Thomas'), ('Taylor'), ('Moore'), ('Jackson'), ('Martin'), ('Lee'), ('Perez'), ('Thompson'), ('White'),
  ('Harris'), ('Sanchez'), ('Clark'), ('Ramirez'), ('Lewis'), ('Robinson'), ('Walker'), ('Young'), ('Allen'),
  ('King'), ('Wright'), ('Scott'), ('Torres'), ('Nguyen'), ('Hill'), ('Flores'), ('Green'), ('Adams'), ('Nelson'),
  ('Baker'), ('Kowalczyk'), ('Okafor'), ('Chen'), ('Patel');
CREATE TEMP TABLE w_dept (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_dept (w) VALUES ('Maintenance'), ('Production'), ('Shipping & Receiving'), ('Facilities'),
  ('Purchasing'), ('Finance'), ('Engineering'), ('Quality'), ('Warehouse'), ('Fleet'), ('Safety'), ('Tool Crib'),
  ('Assembly'), ('Packaging'), ('Field Service'), ('Plant Operations'), ('Utilities'), ('Receiving'),
  ('Custodial'), ('Projects');
CREATE TEMP TABLE w_city (i INTEGER PRIMARY KEY, city TEXT, region TEXT, zip INTEGER, area INTEGER);
INSERT INTO w_city (city, region, zip, area) VALUES ('Chicago', 'IL', 60607, 312), ('Rockford', 'IL', 61101, 815),
  ('Peoria', 'IL', 61602, 309), ('Indianapolis', 'IN', 46204, 317), ('Fort Wayne', 'IN', 46802, 260),
  ('Columbus', 'OH', 43215, 614), ('Cleveland', 'OH', 44114, 216), ('Cincinnati', 'OH', 45202, 513),
  ('Houston', 'TX', 77002, 713), ('Dallas', 'TX', 75201, 214), ('San Antonio', 'TX', 78205, 210),
  ('Austin', 'TX', 78701, 512), ('Seattle', 'WA', 98104, 206), ('Spokane', 'WA', 99201, 509),
  ('Tacoma', 'WA', 98402, 253), ('Milwaukee', 'WI', 53202, 414), ('Madison', 'WI', 53703, 608),
  ('Green Bay', 'WI', 54301, 920);
CREATE TEMP TABLE w_street (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_street (w) VALUES ('Industrial Pkwy'), ('Commerce Dr'), ('W Fulton St'), ('Enterprise Ave'),
  ('Harbor Rd'), ('Mill St'), ('Factory Ln'), ('N Market St'), ('E Washington Ave'), ('Railroad Ave'),
  ('Distribution Way'), ('Progress Blvd'), ('S Main St'), ('Corporate Dr'), ('Airport Rd'), ('Technology Pkwy'),
  ('River Rd'), ('Foundry St'), ('Oak Ridge Dr'), ('Lincoln Hwy');
CREATE TEMP TABLE w_site (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_site (w) VALUES ('Plant'), ('Warehouse'), ('Distribution Center'), ('Service Center'), ('Branch'),
  ('Yard'), ('Shop');
CREATE TEMP TABLE w_brand (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_brand (w) VALUES ('Norfield'), ('Apex Pro'), ('Ironclad'), ('Vantage'), ('Stanmore'), ('TruGrip'),
  ('Duraline'), ('Keller'), ('Brightway'), ('Hollis'), ('Centurion'), ('Redmark'), ('Westbrook'), ('Polaris'),
  ('Granger Select'), ('Benchmark');
CREATE TEMP TABLE w_buyer_title (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_buyer_title (w) VALUES ('Buyer'), ('Maintenance Planner'), ('Plant Buyer'), ('Facilities Coordinator'),
  ('Shop Foreman'), ('Maintenance Supervisor'), ('Site Coordinator');
CREATE TEMP TABLE w_note (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_note (w) VALUES ('Put the PO number on the outside of every carton.'),
  ('Deliver to the loading dock, not the front office.'), ('Call the receiving desk 30 minutes before arrival.'),
  ('Dock closes at 3 pm; no deliveries on Fridays.'), ('Needed for the weekend shutdown.'),
  ('Please ship complete; no partial deliveries.'), ('Liftgate required.'), ('Leave with security if receiving is closed.');
CREATE TEMP TABLE w_cancel (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_cancel (w) VALUES ('Cancelled at the customer''s request: duplicate of a phone order.'),
  ('Customer ordered the wrong size; a new order follows.'), ('The project was postponed; the customer asked to cancel.'),
  ('Replaced by an order from the customer''s other site.');
CREATE TEMP TABLE w_reject (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO w_reject (w) VALUES ('We have one in the other building. Please ask for a transfer first.'),
  ('Not in this quarter''s budget. Please raise it again next quarter.'),
  ('Please get a quote for a heavier model before ordering.');
-- UPS package ids use these.
.parameter set @alnum "'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'"

-- --- Companies -----------------------------------------------------------
-- n = 1 is Bench Big Co, n = 2..6 the Bench Mid Cos, the rest share what is
-- left of the members (by a weight per company) and of the orders (by their
-- members).

CREATE TEMP TABLE comp0 AS
  SELECT value AS n, CASE WHEN value <= 6 THEN 0 ELSE 1 + HASH(value, 1) % 9 END AS w
    FROM generate_series(1, @companies);
CREATE TEMP TABLE comp1 AS
  SELECT n, CASE WHEN n = 1 THEN @big_members WHEN n <= 6 THEN @mid_members
                 ELSE 4 + @rest_members * cw / tw - @rest_members * (cw - w) / tw END AS m
    FROM (SELECT n, w, sum(w) OVER (ORDER BY n) AS cw, sum(w) OVER () AS tw FROM comp0);
CREATE TEMP TABLE comp2 AS
  SELECT n, m,
         CASE n WHEN 1 THEN @big_orders WHEN 2 THEN @mid1 WHEN 3 THEN @mid2 WHEN 4 THEN @mid3 WHEN 5 THEN @mid4
                WHEN 6 THEN @mid5 ELSE @rest_orders * cm / tm - @rest_orders * (cm - wm) / tm END AS oc
    FROM (SELECT n, m, wm, sum(wm) OVER (ORDER BY n) AS cm, sum(wm) OVER () AS tm
            FROM (SELECT n, m, CASE WHEN n <= 6 THEN 0 ELSE m END AS wm FROM comp1));
CREATE TEMP TABLE comp (
  n INTEGER PRIMARY KEY, id INTEGER, name TEXT, domain TEXT, m INTEGER, d INTEGER, sa INTEGER, oc INTEGER,
  mstart INTEGER, ustart INTEGER, astart INTEGER, ostart INTEGER, price_list_id INTEGER, price_list_name TEXT,
  account_manager_id INTEGER, created_at INTEGER, po_required INTEGER, city INTEGER
);
INSERT INTO comp
  SELECT n, @cbase + n,
         CASE WHEN n = 1 THEN 'Bench Big Co' WHEN n <= 6 THEN 'Bench Mid Co ' || (n - 1)
              ELSE (SELECT w FROM w_place WHERE i = 1 + n % 24) || ' ' || (SELECT w FROM w_trade WHERE i = 1 + (n / 24 + 5 * n) % 24)
                   || ' ' || (SELECT w FROM w_form WHERE i = 1 + (n / 576 + n) % 6) END,
         CASE WHEN n = 1 THEN 'bench-big.test' ELSE printf('bench-%04d.test', n) END,
         m, d, sa, oc,
         sum(m) OVER (ORDER BY n) - m,
         sum(1 + d) OVER (ORDER BY n) - (1 + d),
         sum(1 + sa) OVER (ORDER BY n) - (1 + sa),
         sum(oc) OVER (ORDER BY n) - oc,
         CASE WHEN n % 5 IN (0, 1) THEN @plbase + 1 + (n / 5) % 20 END,
         CASE WHEN n % 5 IN (0, 1) THEN printf('Bench contract %02d', 1 + (n / 5) % 20) ELSE '' END,
         (SELECT user_id FROM am WHERE i = n % @n_am),
         (@nowday - @days - 105 - HASH(n, 2) % 600) * 86400 + 50400 + HASH(n, 3) % 14400,
         CASE WHEN n > 6 AND HASH(n, 4) % 10 = 0 THEN 1 ELSE 0 END,
         1 + HASH(n, 5) % 18
    FROM (SELECT n, m, oc, min(40, 2 + m / 25) AS d, min(12, 1 + m / 40) AS sa FROM comp2);

BEGIN;
INSERT INTO companies (id, name, erp_account_no, tax_id, status, payment_terms, currency, credit_limit_cents,
                       account_manager_id, created_at, price_list_name, address_approval, price_list_id,
                       po_number_required, spending_limit_action, approval_reminder_days, approval_escalate)
  SELECT id, name, printf('B-%06d', n), printf('%02d-%07d', 10 + HASH(n, 6) % 89, HASH(n, 7) % 10000000), 'active',
         CASE HASH(n, 8) % 4 WHEN 0 THEN 'Net 45' WHEN 1 THEN 'Net 60' ELSE 'Net 30' END, 'USD',
         CASE WHEN n = 1 THEN 50000000 ELSE (10 + HASH(n, 9) % 491) * 10000 END,
         account_manager_id, created_at, price_list_name, '', price_list_id, po_required, 'approval', 0, 0
    FROM comp ORDER BY n;
-- Every company buys on account (issue #20) with room to spare, so placing
-- orders measures the credit check and reservation, not refusals: a credit
-- account and its opening ledger row (the limit), as credit_account_open
-- writes them. The write driver's members place about $10M of orders per
-- company in a 20 s run, and the database is reused from run to run: a
-- limit of $100 billion lasts thousands of runs ($10M ran out in about ten).
INSERT INTO credit_accounts (company_id, currency, credit_limit_cents, terms_kind, terms_days, created_at, updated_at)
  SELECT id, currency, 10000000000000, 'net', 30, created_at, created_at FROM companies WHERE id IN (SELECT id FROM comp) ORDER BY id;
INSERT INTO credit_ledger (company_id, at, kind, amount_cents, note, actor_label, balance_after, reserved_after, limit_after)
  SELECT company_id, created_at, 'limit', credit_limit_cents, 'Credit account opened', 'Benchmark data', 0, 0, credit_limit_cents
    FROM credit_accounts WHERE company_id IN (SELECT id FROM comp) ORDER BY company_id;
COMMIT;
SELECT printf('  %-30s %10d %s', 'companies', (SELECT count(*) FROM comp), s) FROM took;

-- --- Business units: the company, then its departments -------------------

CREATE TEMP TABLE unit AS
  SELECT c.n AS n, @bubase + c.ustart + 1 AS root, c.d AS d FROM comp c;
BEGIN;
INSERT INTO business_units (id, company_id, parent_id, name, kind, manager_user_id, created_at)
  SELECT @bubase + c.ustart + 1 + j.value, c.id,
         CASE WHEN j.value = 0 THEN NULL ELSE @bubase + c.ustart + 1 END,
         CASE WHEN j.value = 0 THEN c.name
              ELSE (SELECT w FROM w_dept WHERE i = 1 + (j.value - 1) % 20)
                   || CASE WHEN j.value > 20 THEN ' ' || (1 + (j.value - 1) / 20) ELSE '' END END,
         CASE WHEN j.value = 0 THEN 'company' ELSE 'department' END,
         CASE WHEN j.value = 0 THEN @ubase + c.mstart + 1 END,
         c.created_at
    FROM comp c, generate_series(0, c.d) j
   ORDER BY 1;
COMMIT;
SELECT printf('  %-30s %10d %s', 'business units', changes(), s) FROM took;

-- --- Members -------------------------------------------------------------
-- p = 0 is the administrator, 1 a purchasing manager, 2 a finance manager
-- (4+ members); the others mostly buyers, a few purchasing and finance
-- managers and viewers.

CREATE TEMP TABLE mem (uid INTEGER PRIMARY KEY, n INTEGER, p INTEGER, role_id INTEGER, unit_id INTEGER,
                       name TEXT, email TEXT, title TEXT, created_at INTEGER);
INSERT INTO mem
  SELECT uid, n, p, role_id, unit_id, name,
         CASE WHEN p = 0 THEN 'admin@' || domain
              ELSE CASE role_id WHEN 2 THEN 'purchasing' WHEN 3 THEN 'finance' WHEN 4 THEN 'buyer' ELSE 'viewer' END
                   || printf('%05d', p + 1) || '@' || domain END,
         CASE role_id WHEN 1 THEN 'Operations Director' WHEN 2 THEN 'Purchasing Manager' WHEN 3 THEN 'Controller'
              WHEN 5 THEN CASE WHEN HASH(uid, 12) % 2 = 0 THEN 'Project Engineer' ELSE 'Site Supervisor' END
              ELSE (SELECT w FROM w_buyer_title WHERE i = 1 + HASH(uid, 13) % 7) END,
         created_at
    FROM (SELECT @ubase + c.mstart + p.value + 1 AS uid, c.n AS n, p.value AS p, c.domain AS domain,
                 CASE WHEN p.value = 0 THEN 1 WHEN p.value = 1 THEN 2 WHEN p.value = 2 AND c.m >= 4 THEN 3
                      WHEN HASH(c.mstart + p.value, 10) % 100 < 2 THEN 2
                      WHEN HASH(c.mstart + p.value, 10) % 100 < 4 THEN 3
                      WHEN HASH(c.mstart + p.value, 10) % 100 < 12 THEN 5 ELSE 4 END AS role_id,
                 @bubase + c.ustart + 1 + CASE WHEN p.value = 0 THEN 0 ELSE 1 + (p.value - 1) % c.d END AS unit_id,
                 (SELECT w FROM w_first WHERE i = 1 + HASH(c.mstart + p.value, 11) % 48) || ' '
                   || (SELECT w FROM w_last WHERE i = 1 + (HASH(c.mstart + p.value, 11) / 48) % 48) AS name,
                 c.created_at + 3600 + p.value * 1800 AS created_at
            FROM comp c, generate_series(0, c.m - 1) p);

BEGIN;
INSERT INTO users (id, email, password_hash, name, job_title, phone, status, created_at, last_sign_in_at, email_verified_at)
  SELECT uid, email, @hash, name, title,
         printf('(%03d) 555-%04d', (SELECT area FROM w_city, comp c WHERE c.n = mem.n AND w_city.i = c.city), HASH(uid, 14) % 10000),
         'active', created_at, NULL, created_at
    FROM mem ORDER BY uid;
COMMIT;
SELECT printf('  %-30s %10d %s', 'users', changes(), s) FROM took;
BEGIN;
INSERT INTO memberships (id, company_id, user_id, role_id, business_unit_id, status, created_at)
  SELECT @msbase + uid - @ubase, @cbase + n, uid, role_id, unit_id, 'active', created_at FROM mem ORDER BY uid;
COMMIT;
SELECT printf('  %-30s %10d %s', 'memberships', changes(), s) FROM took;

-- Who places the web orders (administrators, purchasing managers, buyers)
-- and who approves them (purchasing managers), numbered within the company.
CREATE TEMP TABLE placer (n INTEGER, i INTEGER, uid INTEGER, unit_id INTEGER, role_id INTEGER, PRIMARY KEY (n, i)) WITHOUT ROWID;
INSERT INTO placer
  SELECT n, row_number() OVER (PARTITION BY n ORDER BY p) - 1, uid, unit_id, role_id FROM mem WHERE role_id IN (1, 2, 4);
CREATE TEMP TABLE pm (n INTEGER, i INTEGER, uid INTEGER, name TEXT, PRIMARY KEY (n, i)) WITHOUT ROWID;
INSERT INTO pm SELECT n, row_number() OVER (PARTITION BY n ORDER BY p) - 1, uid, name FROM mem WHERE role_id = 2;
CREATE TEMP TABLE ccount (n INTEGER PRIMARY KEY, placers INTEGER, pms INTEGER);
INSERT INTO ccount
  SELECT n, (SELECT count(*) FROM placer WHERE placer.n = comp.n), (SELECT count(*) FROM pm WHERE pm.n = comp.n) FROM comp;

-- --- Addresses: a billing headquarters and some ship-to sites ------------

CREATE TEMP TABLE addr (id INTEGER PRIMARY KEY, n INTEGER, j INTEGER, label TEXT, kind TEXT, attention TEXT,
                        line1 TEXT, line2 TEXT, city TEXT, region TEXT, postal TEXT, phone TEXT, text TEXT,
                        rate_bp INTEGER, tax_label TEXT);
INSERT INTO addr
  SELECT id, n, j, label, kind, attention, line1, line2, city, region, postal, phone,
         cname || CASE WHEN attention <> '' THEN char(10) || 'Attn: ' || attention ELSE '' END
               || char(10) || line1 || CASE WHEN line2 <> '' THEN char(10) || line2 ELSE '' END
               || char(10) || city || ', ' || region || ' ' || postal || char(10) || 'United States',
         coalesce(rate_bp, 0),
         CASE WHEN coalesce(rate_bp, 0) <= 0 THEN 'No tax'
              ELSE 'Tax (' || tlabel || ' ' || (rate_bp / 100)
                   || CASE WHEN rate_bp % 100 = 0 THEN '' WHEN rate_bp % 10 = 0 THEN '.' || (rate_bp % 100 / 10)
                           ELSE printf('.%02d', rate_bp % 100) END || '%)' END
    FROM (SELECT a.*, t.rate_bp, coalesce(nullif(t.label, ''), nullif(t.region, ''), t.country) AS tlabel
            FROM (SELECT @abase + c.astart + j.value + 1 AS id, c.n AS n, j.value AS j, c.name AS cname,
                         CASE WHEN j.value = 0 THEN 'Headquarters'
                              ELSE w.city || ' ' || (SELECT w FROM w_site WHERE i = 1 + HASH(c.n * 16 + j.value, 21) % 7)
                                   || CASE WHEN j.value > 1 THEN ' ' || j.value ELSE '' END END AS label,
                         CASE WHEN j.value = 0 THEN 'billing' ELSE 'shipping' END AS kind,
                         CASE WHEN j.value = 0 THEN 'Accounts Payable' ELSE 'Receiving' END AS attention,
                         (100 + HASH(c.n * 16 + j.value, 22) % 9800) || ' '
                           || (SELECT w FROM w_street WHERE i = 1 + HASH(c.n * 16 + j.value, 23) % 20) AS line1,
                         CASE WHEN j.value = 0 THEN 'Suite ' || (100 + HASH(c.n, 24) % 400)
                              WHEN HASH(c.n * 16 + j.value, 25) % 4 = 0 THEN 'Dock ' || (1 + HASH(c.n * 16 + j.value, 26) % 12)
                              ELSE '' END AS line2,
                         w.city AS city, w.region AS region,
                         printf('%05d', w.zip + HASH(c.n * 16 + j.value, 27) % 40) AS postal,
                         printf('(%03d) 555-%04d', w.area, HASH(c.n * 16 + j.value, 28) % 10000) AS phone
                    FROM comp c, generate_series(0, c.sa) j
                    JOIN w_city w ON w.i = CASE WHEN j.value <= 1 THEN c.city
                                                ELSE 1 + HASH(c.n * 16 + j.value, 20) % 18 END) a
            LEFT JOIN tax_rates t ON t.country = 'US' AND t.region = a.region);
BEGIN;
INSERT INTO addresses (id, company_id, label, kind, attention, line1, line2, city, region, postal_code, country, phone,
                       business_unit_id, erp_address_id, is_default_billing, is_default_shipping, status, created_at,
                       delivery_instructions, tax_id, pending_with, reject_reason, updated_at)
  SELECT a.id, @cbase + a.n, a.label, a.kind, a.attention, a.line1, a.line2, a.city, a.region, a.postal, 'US', a.phone,
         NULL, printf('BA-%06d-%02d', a.n, a.j + 1), a.j = 0, a.j = 1, 'active', c.created_at + 86400,
         '', '', '', '', c.created_at + 86400
    FROM addr a JOIN comp c ON c.n = a.n ORDER BY a.id;
COMMIT;
SELECT printf('  %-30s %10d %s', 'addresses', changes(), s) FROM took;

-- --- Products: variants of the demo catalog's, in the same categories ----

CREATE TEMP TABLE tmpl (i INTEGER PRIMARY KEY, id INTEGER, sku TEXT, name TEXT, description TEXT, category_id INTEGER,
                        uom TEXT, pack INTEGER, moq INTEGER, price INTEGER, weight INTEGER);
INSERT INTO tmpl
  SELECT row_number() OVER (ORDER BY id) - 1, id, sku, name, description, category_id, unit_of_measure, pack_size,
         min_order_qty, list_price_cents, weight_grams
    FROM products WHERE active = 1;
.parameter set @ntmpl "(SELECT count(*) FROM tmpl)"

BEGIN;
INSERT INTO products (id, sku, name, description, category_id, unit_of_measure, pack_size, min_order_qty,
                      list_price_cents, weight_grams, active)
  SELECT @pbase + v.value,
         substr(t.sku, 1, 8) || printf('B%06d', v.value),
         t.name || ', ' || (SELECT w FROM w_brand WHERE i = 1 + ((v.value - 1) / @ntmpl) % 16)
                || CASE WHEN (v.value - 1) / @ntmpl >= 16 THEN ' ' || (1 + (v.value - 1) / @ntmpl / 16) ELSE '' END,
         t.description, t.category_id, t.uom, t.pack, t.moq,
         max(1, (t.price * (80 + HASH(v.value, 30) % 51) + 50) / 100),
         t.weight,
         CASE WHEN HASH(v.value, 31) % 100 = 0 THEN 0 ELSE 1 END
    FROM generate_series(1, @products) v JOIN tmpl t ON t.i = (v.value - 1) % @ntmpl
   ORDER BY v.value;
COMMIT;
SELECT printf('  %-30s %10d %s', 'products (+ search index)', changes(), s) FROM took;

-- Products the history orders: active ones, the restricted category
-- (Hand Trucks & Carts, which the approval rules watch) last.
CREATE TEMP TABLE pick (i INTEGER PRIMARY KEY, product_id INTEGER, sku TEXT, name TEXT, uom TEXT, price INTEGER,
                        pack INTEGER, moq INTEGER, weight INTEGER, restricted INTEGER);
INSERT INTO pick
  SELECT row_number() OVER (ORDER BY category_id = @restricted, id) - 1, id, sku, name, unit_of_measure,
         list_price_cents, pack_size, min_order_qty, weight_grams, category_id = @restricted
    FROM products WHERE id > @pbase AND active = 1;
-- (.parameter set evaluates its expression without the other parameters)
.parameter set @nn "(SELECT count(*) FROM pick WHERE restricted = 0)"
.parameter set @nr "(SELECT count(*) FROM pick WHERE restricted = 1)"

-- --- Price lists: 20 contracts, each pricing every 20th product ----------

BEGIN;
INSERT INTO price_lists (id, name, currency, created_at)
  SELECT @plbase + value, printf('Bench contract %02d', value), 'USD', (@nowday - @days - 200) * 86400
    FROM generate_series(1, 20);
COMMIT;
BEGIN;
INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents)
  SELECT @plbase + l.value, @pbase + v.value, b.min_qty,
         (p.list_price_cents * (100 - 5 - HASH(v.value * 32 + l.value, 32) % 11 - b.extra) + 50) / 100
    FROM generate_series(1, 20) l
    JOIN generate_series(1, @products) v ON (v.value + l.value * 7) % 20 = 0
    JOIN products p ON p.id = @pbase + v.value
    JOIN (SELECT 1 AS min_qty, 0 AS extra UNION ALL SELECT 10, 3 UNION ALL SELECT 100, 6) b
      ON b.min_qty = 1 OR HASH(v.value * 32 + l.value, 33) % 4 = 0
   ORDER BY 1, 2, 3;
COMMIT;
SELECT printf('  %-30s %10d %s', 'price lists and their prices', changes(), s) FROM took;

-- --- Approval rules: buyers' orders holding restricted equipment wait for
-- a purchasing manager ---------------------------------------------------

BEGIN;
INSERT INTO approval_rules (id, company_id, name, active, combine, level, applies_to, approver_kind, approver_mode,
                            created_at, updated_at)
  SELECT @rbase + n, id, 'Material handling equipment', 1, 'any', 1, 'roles', 'role', 'any',
         created_at + 86400, created_at + 86400
    FROM comp ORDER BY n;
INSERT INTO approval_rule_conditions (rule_id, company_id, kind, op, amount, amount2, sku, category_id, period, period_days)
  SELECT @rbase + n, id, 'contains_category', '', 0, 0, '', @restricted, '', 0 FROM comp ORDER BY n;
INSERT INTO approval_rule_targets (rule_id, company_id, kind, ref_id) SELECT @rbase + n, id, 'role', 4 FROM comp;
INSERT INTO approval_rule_approvers (rule_id, company_id, kind, ref_id) SELECT @rbase + n, id, 'role', 2 FROM comp;
COMMIT;
.parameter set @rule_name "'Material handling equipment'"
.parameter set @restricted_name "(SELECT name FROM categories WHERE slug = 'hand-trucks-carts')"

-- --- The order plan --------------------------------------------------------
-- o0: one row per order in generation order (k), with when it was placed,
-- how (web 90 %, imported from the ERP as phone 6 % or EDI 4 %), by whom
-- and how many lines (1..8, about 5).

CREATE TEMP TABLE o0 AS
  SELECT k, n, placed_day * 86400 + 46800 + HASH(k, 41) % 36000 AS placed_at,
         CASE WHEN HASH(k, 42) % 100 < 90 THEN 'web' WHEN HASH(k, 42) % 100 < 96 THEN 'phone' ELSE 'erp' END AS channel,
         HASH(k, 43) AS hp,
         CASE WHEN HASH(k, 44) % 100 < 4 THEN 1 WHEN HASH(k, 44) % 100 < 12 THEN 2 WHEN HASH(k, 44) % 100 < 24 THEN 3
              WHEN HASH(k, 44) % 100 < 40 THEN 4 WHEN HASH(k, 44) % 100 < 58 THEN 5 WHEN HASH(k, 44) % 100 < 74 THEN 6
              WHEN HASH(k, 44) % 100 < 88 THEN 7 ELSE 8 END AS nl
    FROM (SELECT k, n, CASE (day + 4) % 7 WHEN 6 THEN day - 1
                                          WHEN 0 THEN CASE WHEN day + 1 < @nowday THEN day + 1 ELSE day - 2 END
                                          ELSE day END AS placed_day
            FROM (SELECT c.ostart + s.value AS k, c.n AS n, @nowday - 1 - HASH(c.ostart + s.value, 40) % @days AS day
                    FROM comp c, generate_series(1, c.oc) s));
SELECT printf('  %-30s %10d %s', 'order plan', (SELECT count(*) FROM o0), s) FROM took;

-- o1: numbered in time order, as checkout and the ERP import number them;
-- the status by age (older orders delivered), the placer, and for buyers'
-- web orders sometimes a restricted item that made them wait for approval.
CREATE TEMP TABLE o1 AS
  SELECT *,
         CASE WHEN waited AND now_age < 864000 AND HASH(k, 47) % 100 < 50 THEN 'pending_approval'
              WHEN waited AND HASH(k, 47) % 8 = 0 THEN 'rejected'
              WHEN base_status = 'partially_shipped' AND nl = 1 THEN 'shipped'
              ELSE base_status END AS status
    FROM (SELECT *,
                 CASE WHEN now_age < 86400 THEN CASE WHEN u < 450 THEN 'approved' WHEN u < 850 THEN 'processing'
                                                     WHEN u < 870 THEN 'cancelled' ELSE 'shipped' END
                      WHEN now_age < 259200 THEN CASE WHEN u < 100 THEN 'approved' WHEN u < 400 THEN 'processing'
                                                      WHEN u < 450 THEN 'partially_shipped' WHEN u < 950 THEN 'shipped'
                                                      WHEN u < 970 THEN 'cancelled' ELSE 'delivered' END
                      WHEN now_age < 604800 THEN CASE WHEN u < 50 THEN 'processing' WHEN u < 100 THEN 'partially_shipped'
                                                      WHEN u < 500 THEN 'shipped' WHEN u < 970 THEN 'delivered'
                                                      ELSE 'cancelled' END
                      WHEN now_age < 2592000 THEN CASE WHEN u < 20 THEN 'partially_shipped' WHEN u < 70 THEN 'shipped'
                                                       WHEN u < 970 THEN 'delivered' ELSE 'cancelled' END
                      ELSE CASE WHEN u < 970 THEN 'delivered' ELSE 'cancelled' END END AS base_status,
                 channel = 'web' AND placer_role = 4 AND HASH(k, 46) % 100 < 8 AS waited
            FROM (SELECT o.k, o.n, o.placed_at, o.channel, o.nl, @now - o.placed_at AS now_age, HASH(o.k, 45) % 1000 AS u,
                         @obase + row_number() OVER (ORDER BY o.placed_at, o.k) AS id,
                         @seq0 + sum(o.channel = 'web') OVER (ORDER BY o.placed_at, o.k) AS seq,
                         5000000 + sum(o.channel <> 'web') OVER (ORDER BY o.placed_at, o.k) AS erp_no,
                         row_number() OVER (PARTITION BY o.n ORDER BY o.placed_at, o.k) AS crank,
                         CASE WHEN o.channel = 'web' THEN p.uid END AS placer_uid,
                         CASE WHEN o.channel = 'web' THEN p.unit_id END AS placer_unit,
                         CASE WHEN o.channel = 'web' THEN p.role_id END AS placer_role
                    FROM o0 o JOIN ccount cc ON cc.n = o.n
                    JOIN placer p ON p.n = o.n AND p.i = o.hp % cc.placers));
SELECT printf('  %-30s %10d %s', 'order statuses', (SELECT count(*) FROM o1), s) FROM took;

-- o: everything else an order needs: its ship-to and bill-to, the story's
-- times (offsets after placed_at, squeezed to end half an hour before now
-- for recent orders), shipments, its first line's and shipment's ids.
CREATE TEMP TABLE o (
  id INTEGER PRIMARY KEY, k INTEGER, n INTEGER, company_id INTEGER, number TEXT, erp_no TEXT, channel TEXT,
  status TEXT, waited INTEGER, placed_at INTEGER, placer_uid INTEGER, placer_unit INTEGER, nl INTEGER,
  price_list_id INTEGER, account_manager_id INTEGER, po TEXT, ship_id INTEGER, bill_id INTEGER, t_decided INTEGER, t_cancelled INTEGER, t_processing INTEGER, t_ship1 INTEGER, t_ship2 INTEGER,
  t_delivered INTEGER, t_last INTEGER, ships INTEGER, s1 INTEGER, shipped_lines INTEGER,
  first_line INTEGER, first_ship INTEGER, step_id INTEGER, approver_uid INTEGER
);
INSERT INTO o
  SELECT id, k, n, company_id, number, erp_no, channel, status, waited, placed_at, placer_uid, placer_unit, nl,
         price_list_id, account_manager_id, po, ship_id, bill_id,
         CASE WHEN waited AND status <> 'pending_approval' THEN placed_at + o_dec * f_num / f_den END,
         CASE WHEN status = 'cancelled' THEN placed_at + o_cancel * f_num / f_den END,
         CASE WHEN status IN ('processing', 'partially_shipped', 'shipped', 'delivered') THEN placed_at + o_proc * f_num / f_den END,
         CASE WHEN ships >= 1 THEN placed_at + o_ship1 * f_num / f_den END,
         CASE WHEN ships = 2 THEN placed_at + o_ship2 * f_num / f_den END,
         CASE WHEN status = 'delivered' AND channel = 'web' THEN placed_at + o_deliv * f_num / f_den END,
         placed_at + o_last * f_num / f_den,
         ships, s1, shipped_lines,
         @lbase + sum(nl) OVER (ORDER BY id) - nl + 1,
         @sbase + sum(ships) OVER (ORDER BY id) - ships + 1,
         CASE WHEN waited THEN @stbase + sum(waited) OVER (ORDER BY id) END,
         approver_uid
    FROM (SELECT *,
                 CASE WHEN o_last <= @now - 1800 - placed_at THEN 1 ELSE @now - 1800 - placed_at END AS f_num,
                 CASE WHEN o_last <= @now - 1800 - placed_at THEN 1 ELSE o_last END AS f_den
            FROM (SELECT *,
                         CASE WHEN channel <> 'web' OR status = 'pending_approval' THEN 0
                              WHEN status IN ('rejected', 'approved') THEN o_dec
                              WHEN status = 'cancelled' THEN o_cancel
                              WHEN status = 'processing' THEN o_proc
                              WHEN status = 'delivered' THEN o_deliv
                              WHEN ships = 2 THEN o_ship2 ELSE o_ship1 END AS o_last
                    FROM (SELECT *,
                                 o_ship1 + CASE WHEN ships = 2 THEN 172800 + HASH(k, 55) % 345600 ELSE 0 END AS o_ship2,
                                 o_ship1 + CASE WHEN ships = 2 THEN 172800 + HASH(k, 55) % 345600 ELSE 0 END
                                   + 86400 + HASH(k, 56) % 259200 AS o_deliv
                            FROM (SELECT *,
                                         o_proc + 72000 + HASH(k, 54) % 187200 AS o_ship1
                                    FROM (SELECT *,
                                                 o_dec + 3600 + HASH(k, 52) % 104400 AS o_cancel,
                                                 o_dec + 3600 + HASH(k, 53) % 61200 AS o_proc
                                            FROM (SELECT o1.id, o1.k, o1.n, c.id AS company_id,
                                                         CASE WHEN o1.channel = 'web'
                                                              THEN 'SO-' || strftime('%Y', o1.placed_at, 'unixepoch') || '-' || printf('%06d', o1.seq)
                                                              ELSE 'ERP-' || o1.erp_no END AS number,
                                                         CASE WHEN o1.channel <> 'web' THEN CAST(o1.erp_no AS TEXT) END AS erp_no,
                                                         o1.channel, o1.status, o1.waited, o1.placed_at, o1.placer_uid,
                                                         o1.placer_unit, o1.nl, c.price_list_id, c.account_manager_id,
                                                         CASE WHEN o1.channel = 'web' AND c.po_required = 0 AND HASH(o1.k, 48) % 100 < 15 THEN ''
                                                              ELSE 'PO-' || (10000 + o1.crank * 7 + HASH(o1.k, 49) % 7) END AS po,
                                                         @abase + c.astart + 1
                                                           + CASE WHEN HASH(o1.k, 58) % 100 < 50 THEN 1 ELSE 1 + HASH(o1.k, 59) % c.sa END AS ship_id,
                                                         @abase + c.astart + 1 AS bill_id,
                                                         CASE WHEN o1.waited THEN 3600 + HASH(o1.k, 51) % 68400 ELSE 0 END AS o_dec,
                                                         CASE WHEN o1.channel = 'web' AND o1.status = 'partially_shipped' THEN 1
                                                              WHEN o1.channel = 'web' AND o1.status IN ('shipped', 'delivered')
                                                                   AND o1.nl >= 2 AND HASH(o1.k, 50) % 3 = 0 THEN 2
                                                              WHEN o1.channel = 'web' AND o1.status IN ('shipped', 'delivered') THEN 1
                                                              ELSE 0 END AS ships,
                                                         CASE WHEN o1.status = 'partially_shipped' THEN o1.nl - 1
                                                              WHEN o1.nl >= 2 THEN 1 + HASH(o1.k, 57) % (o1.nl - 1)
                                                              ELSE 1 END AS s1,
                                                         CASE WHEN o1.status = 'partially_shipped' THEN o1.nl - 1
                                                              WHEN o1.status IN ('shipped', 'delivered') THEN o1.nl ELSE 0 END AS shipped_lines,
                                                         CASE WHEN o1.waited AND o1.status <> 'pending_approval' THEN pm.uid END AS approver_uid
                                                    FROM o1 JOIN comp c ON c.n = o1.n
                                                    JOIN ccount cc ON cc.n = o1.n
                                                    LEFT JOIN pm ON pm.n = o1.n AND pm.i = HASH(o1.k, 60) % max(1, cc.pms)))))))
   ORDER BY id;
SELECT printf('  %-30s %10d %s', 'order stories', (SELECT count(*) FROM o), s) FROM took;

-- --- Order lines ---------------------------------------------------------
-- Distinct products per order (base + j * stride); a waiting buyer's order
-- has the restricted item on line 1. Prices as the cart resolves them: the
-- company's contract price (largest quantity break not above the quantity)
-- or the list price; quantities in whole packs, at least the minimum.

BEGIN;
INSERT INTO order_lines (id, order_id, company_id, line_no, sku, name, quantity, quantity_shipped, unit_price_cents,
                         line_total_cents, product_id, unit, price_source)
  SELECT id, order_id, company_id, line_no, sku, name, qty,
         CASE WHEN status IN ('shipped', 'delivered') OR (status = 'partially_shipped' AND line_no < nl) THEN qty ELSE 0 END,
         coalesce(contract, price), qty * coalesce(contract, price), product_id, uom,
         CASE WHEN contract IS NOT NULL AND channel = 'web' THEN 'contract' ELSE 'list' END
    FROM (SELECT *, (SELECT unit_price_cents FROM price_list_items pli
                      WHERE pli.price_list_id = x.price_list_id AND pli.product_id = x.product_id AND pli.min_qty <= x.qty
                      ORDER BY pli.min_qty DESC LIMIT 1) AS contract
            FROM (SELECT o.first_line + l.value - 1 AS id, o.id AS order_id, o.company_id, l.value AS line_no, o.nl,
                         o.status, o.channel, o.price_list_id, p.product_id, p.sku, p.name, p.uom, p.price,
                         ((p.moq + p.pack - 1) / p.pack
                           + HASH(o.id * 8 + l.value, 63) % (1 + CASE WHEN p.price * p.pack >= 20000 THEN 1
                                                                      WHEN p.price * p.pack >= 5000 THEN 3
                                                                      WHEN p.price * p.pack >= 1000 THEN 5 ELSE 11 END)) * p.pack AS qty
                    FROM o, generate_series(1, o.nl) l
                    JOIN pick p ON p.i = CASE WHEN o.waited AND l.value = 1 THEN @nn + HASH(o.id, 61) % @nr
                                              ELSE (HASH(o.id, 62) + (l.value - 1) * (1 + HASH(o.id, 64) % max(1, @nn / 8 - 1))) % @nn END) x)
   ORDER BY id;
COMMIT;
SELECT printf('  %-30s %10d %s', 'order lines', changes(), s) FROM took;

CREATE TEMP TABLE tot (order_id INTEGER PRIMARY KEY, sub INTEGER, grams INTEGER);
INSERT INTO tot
  SELECT l.order_id, sum(l.line_total_cents), sum(l.quantity * p.weight_grams)
    FROM order_lines l JOIN products p ON p.id = l.product_id
   WHERE l.id > @lbase GROUP BY l.order_id;

-- --- Orders --------------------------------------------------------------
-- Web orders as checkout writes them (shipping by weight band, tax of the
-- ship-to's region, half up); phone and EDI orders as the ERP import
-- writes them (the ERP's number, no placer or unit, ship-to label = first
-- line of the address).

BEGIN;
INSERT INTO orders (id, company_id, number, placed_by_user_id, business_unit_id, status, channel, po_number, currency,
                    subtotal_cents, shipping_cents, tax_cents, total_cents, ship_to_label, ship_to_text, bill_to_text,
                    notes, placed_at, ship_to_address_id, bill_to_address_id, bill_to_label, shipping_method, tax_label,
                    tax_rate_bp, payment_method, requested_delivery_date, submit_key, erp_order_no, waiting_for_address,
                    cancel_reason, updated_at)
  SELECT id, company_id, number, placer_uid, placer_unit, status, channel, po, 'USD',
         sub, shipping, tax, sub + shipping + tax,
         CASE WHEN web THEN ship_label ELSE company_name END, ship_text, CASE WHEN web THEN bill_text ELSE '' END,
         CASE WHEN NOT web THEN CASE WHEN channel = 'erp' THEN 'Received by EDI from the customer''s ERP.' ELSE 'Phoned in to customer service.' END
              WHEN HASH(k, 70) % 100 < 15 THEN (SELECT w FROM w_note WHERE i = 1 + HASH(k, 71) % 8) ELSE '' END,
         placed_at,
         CASE WHEN web THEN ship_id END, CASE WHEN web THEN bill_id END, CASE WHEN web THEN bill_label ELSE '' END,
         CASE WHEN web THEN method_name ELSE '' END, CASE WHEN web THEN tax_label ELSE '' END,
         CASE WHEN web THEN rate_bp ELSE 0 END,
         CASE WHEN web AND HASH(k, 72) % 100 < 15 THEN 'bank_transfer' ELSE 'on_account' END,
         CASE WHEN web AND HASH(k, 73) % 100 < 10 THEN date(placed_at + 86400 * (7 + HASH(k, 74) % 21), 'unixepoch') ELSE '' END,
         CASE WHEN web THEN printf('bench%038d', id) END,
         erp_no, 0,
         CASE WHEN status = 'cancelled' AND web THEN (SELECT w FROM w_cancel WHERE i = 1 + HASH(k, 75) % 4) ELSE '' END,
         t_last
    FROM (SELECT *, (sub / 10000) * rate_bp + ((sub % 10000) * rate_bp + 5000) / 10000 AS tax,
                 coalesce((SELECT b.cents FROM shipping_weight_bands b WHERE b.method_id = method AND b.up_to_grams >= grams
                            ORDER BY b.up_to_grams LIMIT 1), 0) AS shipping,
                 coalesce((SELECT name FROM shipping_methods WHERE id = method), 'Will call (pick up)') AS method_name
            FROM (SELECT o.*, o.channel = 'web' AS web, t.sub, t.grams, c.name AS company_name,
                         sa.label AS ship_label, sa.text AS ship_text, sa.rate_bp, sa.tax_label,
                         ba.label AS bill_label, ba.text AS bill_text,
                         CASE WHEN t.grams > 5000000 THEN NULL
                              WHEN t.grams <= 2500000 AND HASH(o.k, 76) % 100 < 12 THEN @m_exp ELSE @m_std END AS method
                    FROM o JOIN tot t ON t.order_id = o.id JOIN comp c ON c.n = o.n
                    JOIN addr sa ON sa.id = o.ship_id JOIN addr ba ON ba.id = o.bill_id))
   ORDER BY id;
COMMIT;
SELECT printf('  %-30s %10d %s', 'orders', changes(), s) FROM took;

-- --- Shipments (web orders; the ERP import records none) -----------------

BEGIN;
INSERT INTO shipments (id, order_id, company_id, carrier, tracking_number, shipped_at, delivered_at, created_by)
  SELECT o.first_ship + o.jv - 1, o.id, o.company_id,
         CASE WHEN o.grams > 5000000 THEN 'Our own delivery' WHEN o.sub >= 150000 THEN 'LTL freight'
              WHEN h % 100 < 55 THEN 'UPS' ELSE 'FedEx' END,
         CASE WHEN o.grams > 5000000 THEN ''
              WHEN o.sub >= 150000 THEN printf('PRO %09d', 100000000 + h2 % 900000000)
              WHEN h % 100 < 55 THEN '1Z8V7A42' || printf('%02d', 1 + h % 3)
                   || substr(@alnum, 1 + h2 % 33, 1) || substr(@alnum, 1 + h2 / 33 % 33, 1)
                   || substr(@alnum, 1 + h2 / 1089 % 33, 1) || substr(@alnum, 1 + h2 / 35937 % 33, 1)
                   || substr(@alnum, 1 + h3 % 33, 1) || substr(@alnum, 1 + h3 / 33 % 33, 1)
                   || substr(@alnum, 1 + h3 / 1089 % 33, 1) || substr(@alnum, 1 + h3 / 35937 % 33, 1)
              ELSE '7' || printf('%05d', h2 % 100000) || printf('%06d', h3 % 1000000) END,
         CASE WHEN o.jv = 1 THEN o.t_ship1 ELSE o.t_ship2 END,
         o.t_delivered, @cs
    FROM (SELECT o.*, t.sub, t.grams, j.value AS jv,
                 HASH(o.id * 2 + j.value, 80) AS h, HASH(o.id * 2 + j.value, 81) AS h2, HASH(o.id * 2 + j.value, 82) AS h3
            FROM o JOIN tot t ON t.order_id = o.id, generate_series(1, o.ships) j
           WHERE o.ships > 0) o
   ORDER BY 1;
COMMIT;
SELECT printf('  %-30s %10d %s', 'shipments', changes(), s) FROM took;

BEGIN;
INSERT INTO shipment_lines (shipment_id, order_line_id, quantity)
  SELECT o.first_ship + CASE WHEN l.value > o.s1 AND o.ships = 2 THEN 1 ELSE 0 END, ol.id, ol.quantity
    FROM o, generate_series(1, o.shipped_lines) l
    JOIN order_lines ol ON ol.id = o.first_line + l.value - 1
   WHERE o.ships > 0
   ORDER BY 1, 2;
COMMIT;
SELECT printf('  %-30s %10d %s', 'shipment lines', changes(), s) FROM took;

-- --- Approval steps: the snapshot checkout takes of what the rules ask ----

BEGIN;
INSERT INTO approval_steps (id, order_id, company_id, level, rule_id, rule_name, reason, approver_label, mode, note,
                            status, requested_at, decided_at, reminded_at, version)
  SELECT o.step_id, o.id, o.company_id, 1, @rbase + o.n, @rule_name,
         'the order contains ' || l.sku || ' (' || l.name || ') from ' || @restricted_name,
         'a Purchasing manager', 'any', '',
         CASE o.status WHEN 'pending_approval' THEN 'waiting' WHEN 'rejected' THEN 'rejected' ELSE 'approved' END,
         o.placed_at, o.t_decided, NULL, CASE WHEN o.status = 'pending_approval' THEN 0 ELSE 1 END
    FROM o JOIN order_lines l ON l.id = o.first_line
   WHERE o.waited
   ORDER BY 1;
INSERT INTO approval_step_approvers (step_id, company_id, user_id, via, on_behalf_of, decision, comment, decided_at)
  SELECT o.step_id, o.company_id, pm.uid, 'role', NULL,
         CASE WHEN pm.uid = o.approver_uid THEN CASE WHEN o.status = 'rejected' THEN 'rejected' ELSE 'approved' END ELSE '' END,
         CASE WHEN pm.uid = o.approver_uid AND o.status = 'rejected' THEN (SELECT w FROM w_reject WHERE i = 1 + HASH(o.k, 90) % 3) ELSE '' END,
         CASE WHEN pm.uid = o.approver_uid THEN o.t_decided END
    FROM o JOIN pm ON pm.n = o.n
   WHERE o.waited
   ORDER BY 1, 3;
COMMIT;
SELECT printf('  %-30s %10d %s', 'approval steps', (SELECT count(*) FROM approval_steps WHERE id > @stbase), s) FROM took;

-- --- The timeline: one event per status move, as order_move() records it --

BEGIN;
INSERT INTO order_events (order_id, company_id, from_status, to_status, actor_user_id, actor_label, note, at)
  SELECT order_id, company_id, from_status, to_status, actor, label, note, at FROM (
    -- placed (checkout) or imported (the ERP import, straight to its status)
    SELECT o.id AS order_id, o.company_id, '' AS from_status,
           CASE WHEN o.channel <> 'web' THEN o.status WHEN o.waited THEN 'pending_approval' ELSE 'approved' END AS to_status,
           o.placer_uid AS actor, CASE WHEN o.channel = 'web' THEN '' ELSE 'ERP import' END AS label,
           CASE WHEN o.channel <> 'web' THEN 'Imported from the ERP' WHEN o.waited THEN 'Waits for approval.' ELSE '' END AS note,
           o.placed_at AS at
      FROM o
    UNION ALL   -- the approver's decision
    SELECT o.id, o.company_id, 'pending_approval', CASE WHEN o.status = 'rejected' THEN 'rejected' ELSE 'approved' END,
           o.approver_uid, '',
           CASE WHEN o.status = 'rejected' THEN 'Rejected by ' || m.name || ': ' || a.comment ELSE 'All approvals given' END,
           o.t_decided
      FROM o JOIN approval_step_approvers a ON a.step_id = o.step_id AND a.user_id = o.approver_uid
      JOIN mem m ON m.uid = o.approver_uid
     WHERE o.waited AND o.status <> 'pending_approval'
    UNION ALL   -- cancelled by the seller
    SELECT o.id, o.company_id, 'approved', 'cancelled', o.account_manager_id, '', x.cancel_reason, o.t_cancelled
      FROM o JOIN orders x ON x.id = o.id
     WHERE o.channel = 'web' AND o.status = 'cancelled'
    UNION ALL   -- processing
    SELECT o.id, o.company_id, 'approved', 'processing', @cs, '', '', o.t_processing
      FROM o WHERE o.channel = 'web' AND o.t_processing IS NOT NULL
    UNION ALL   -- first shipment
    SELECT o.id, o.company_id, 'processing',
           CASE WHEN o.ships = 2 OR o.status = 'partially_shipped' THEN 'partially_shipped' ELSE 'shipped' END,
           @cs, '', s.carrier || CASE WHEN s.tracking_number <> '' THEN ' ' || s.tracking_number ELSE '' END, o.t_ship1
      FROM o JOIN shipments s ON s.id = o.first_ship WHERE o.ships >= 1
    UNION ALL   -- second shipment
    SELECT o.id, o.company_id, 'partially_shipped', 'shipped', @cs, '',
           s.carrier || CASE WHEN s.tracking_number <> '' THEN ' ' || s.tracking_number ELSE '' END, o.t_ship2
      FROM o JOIN shipments s ON s.id = o.first_ship + 1 WHERE o.ships = 2
    UNION ALL   -- delivered
    SELECT o.id, o.company_id, 'shipped', 'delivered', @cs, '', '', o.t_delivered
      FROM o WHERE o.t_delivered IS NOT NULL)
   ORDER BY at, order_id;
COMMIT;
SELECT printf('  %-30s %10d %s', 'order events', changes(), s) FROM took;

-- --- Carts: members who may order in Bench Big Co and the Bench Mid Cos,
-- and one in five elsewhere, have 1..6 lines at today's price (one in
-- twenty lines was added at an older price) ---------------------------------

BEGIN;
INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
  SELECT company_id, uid, product_id, qty,
         CASE WHEN HASH(uid * 8 + j, 96) % 20 = 0 THEN max(1, coalesce(contract, price) * 100 / 103) ELSE coalesce(contract, price) END,
         @now - 3600 * (1 + HASH(uid * 8 + j, 97) % 240), @now - 3600 * (1 + HASH(uid * 8 + j, 97) % 240)
    FROM (SELECT *, (SELECT unit_price_cents FROM price_list_items pli
                      WHERE pli.price_list_id = y.price_list_id AND pli.product_id = y.product_id AND pli.min_qty <= y.qty
                      ORDER BY pli.min_qty DESC LIMIT 1) AS contract
            FROM (SELECT c.id AS company_id, c.price_list_id, p.uid, j.value AS j, k.product_id, k.price,
                         ((k.moq + k.pack - 1) / k.pack + HASH(p.uid * 8 + j.value, 95) % 3) * k.pack AS qty
                    FROM placer p JOIN comp c ON c.n = p.n,
                         generate_series(1, 1 + HASH(p.uid, 93) % 6) j
                    JOIN pick k ON k.i = (HASH(p.uid, 94) + (j.value - 1) * (1 + @nn / 7)) % @nn
                   WHERE p.n <= 6 OR HASH(p.uid, 92) % 5 = 0) y)
   ORDER BY 1, 2, 3;
COMMIT;
SELECT printf('  %-30s %10d %s', 'cart lines', changes(), s) FROM took;

-- --- Shopping lists (issue #21): Bench Big Co's administrator keeps 500
-- lists (two in five shared with the company), 'Bench list 001' with 500
-- lines and the others with 1..12; one member in ten of the Bench Mid Cos
-- keeps 1..4 lists of 1..12 lines ----------------------------------------

BEGIN;
INSERT INTO shopping_lists (company_id, owner_user_id, name, description, sharing, created_at, updated_at)
  SELECT c.id, u.id, printf('Bench list %03d', g.value), CASE WHEN g.value % 3 = 0 THEN 'Reordered every week.' ELSE '' END,
         CASE WHEN g.value % 5 < 2 THEN 'company' ELSE 'private' END,
         @now - 3600 * (24 + g.value), @now - 3600 * g.value
    FROM comp c JOIN users u ON u.email = 'admin@' || c.domain, generate_series(1, 500) g
   WHERE c.n = 1;
INSERT INTO shopping_lists (company_id, owner_user_id, name, description, sharing, created_at, updated_at)
  SELECT c.id, p.uid, printf('Site supplies %d', g.value), '', 'private', @now - 86400 * g.value, @now - 3600 * g.value
    FROM placer p JOIN comp c ON c.n = p.n, generate_series(1, 1 + HASH(p.uid, 110) % 4) g
   WHERE p.n BETWEEN 2 AND 6 AND HASH(p.uid, 111) % 10 = 0;
INSERT INTO shopping_list_lines (list_id, company_id, product_id, quantity, note, position)
  SELECT l.id, l.company_id, k.product_id, ((k.moq + k.pack - 1) / k.pack + HASH(l.id * 16 + j.value, 113) % 3) * k.pack,
         CASE WHEN HASH(l.id * 16 + j.value, 114) % 6 = 0 THEN 'for site ' || (1 + HASH(l.id, 115) % 40) ELSE '' END, j.value
    FROM shopping_lists l, generate_series(1, 12) j
    JOIN pick k ON k.i = (HASH(l.id, 112) + (j.value - 1) * (1 + @nn / 13)) % @nn
   WHERE l.name <> 'Bench list 001' AND j.value <= 1 + HASH(l.id, 116) % 12
     AND l.company_id IN (SELECT id FROM comp WHERE n <= 6);
INSERT INTO shopping_list_lines (list_id, company_id, product_id, quantity, note, position)
  SELECT l.id, l.company_id, k.product_id, ((k.moq + k.pack - 1) / k.pack + k.i % 3) * k.pack, '', k.i + 1
    FROM shopping_lists l JOIN comp c ON c.id = l.company_id AND c.n = 1, pick k
   WHERE l.name = 'Bench list 001' AND k.i < 500;
COMMIT;
SELECT printf('  %-30s %10d %s', 'shopping lists', (SELECT count(*) FROM shopping_lists), s) FROM took;

-- New orders carry on after the highest number used.
UPDATE sequences SET last_value = (SELECT max(seq) FROM o1) WHERE name = 'order_number' AND last_value < (SELECT max(seq) FROM o1);
