#ifndef BUYERDESK_SEED_H
#define BUYERDESK_SEED_H

/* Demo data behind `buyerdesk seed-demo`: seller staff, a few customer
 * companies with business units, members and addresses, an industrial
 * catalog and a year of order history. Every demo user's password is
 * "demo-password-1". The data is generated deterministically, so every
 * seeded database has the same catalog and orders (only the dates move
 * with clock_now()).
 *
 * Needs an open, migrated database (db_open + db_migrate) and, because it
 * hashes the password, auth_init() to have been called. */

/* Loads the demo data into the open database (db_handle()). Returns 0 on success,
 * 1 when the database already has users (nothing is changed: seeding twice is safe),
 * -1 on error (everything rolled back). Progress and errors go to stderr. */
int seed_demo(void);

/* Everything `buyerdesk seed-demo` loads, in order (the demo accounts'
 * passwords hashed once): the same as seed_demo and each seed_demo_*
 * below. The mail templates are loaded from templates_dir for the demo
 * mail and unloaded again. 0, 1 (the database has users: nothing
 * changed) or -1. */
int seed_demo_all(const char *templates_dir);

/* Products the demo's approval story turns on: the two restricted items of
 * Acme's "Restricted items" rule (a 55-gallon drum of degreaser, hazardous;
 * a pallet jack, high cost) and the platform truck that takes the demo
 * buyer's newest order over his monthly limit. */
#define SEED_RESTRICTED_DRUM "JAN-DGR-0102"
#define SEED_RESTRICTED_JACK "MHD-PJK-0101"
#define SEED_PLATFORM_TRUCK "MHD-PLT-0101"

/* Demo applications in the back-office queue and a company change request.
 * password_hash is reused for the extra applicants. 0 or -1. */
int seed_demo_accounts(const char *password_hash);

/* Demo price lists with contract prices and quantity breaks, assigned to
 * companies. 0 or -1. */
int seed_demo_prices(void);

/* Queues a few demo messages into the outbox (templates must be loaded).
 * 0 or -1. */
int seed_demo_mail(void);

/* Ordering demo data (each 0 or -1), run after seed_demo_prices in this
 * order: shipping methods, tax rates and payment methods; Acme's approval
 * rules and spending limits; the approval steps of the web orders, made by
 * replaying them through the rules as of when they were placed; shipments
 * and status timelines (with the approval decisions); a few carts. */
int seed_demo_ordering(void);
int seed_demo_approval_rules(void);
int seed_demo_approval_steps(void);
int seed_demo_shipments(void);
int seed_demo_carts(void);
/* Shopping lists, a scheduled reorder with its runs, a template, a
 * requisition (seed_lists.c); needs the mail templates loaded. */
int seed_demo_lists(void);
int seed_demo_credit(void);

#endif
