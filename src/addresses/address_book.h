#ifndef BUYERDESK_ADDRESS_BOOK_H
#define BUYERDESK_ADDRESS_BOOK_H

/* What the address book's pages (/account/addresses) share. Private to
 * the addresses area. The small helpers are address_book.c; the page of
 * one address, which every change comes back to with its problem, is
 * addresses_page.c; the address fields of a form are address_form_page.c. */

#include <stddef.h>
#include <stdint.h>

#include "addresses/address_rules.h"
#include "addresses/addresses_store.h"
#include "web/form.h"
#include "web/render.h"
#include "web/request.h"

#define BOOK_RECIPIENTS_MAX 50
#define BOOK_MEMBERS_MAX 500

/* --- addresses/address_book.c ------------------------------------------------ */

/* The member may manage the company's addresses (else they propose). */
int book_is_manager(const struct request *req);

/* The address id the URL names: 1 with *id set, or 0. */
int book_route_id(const struct request *req, int64_t *id);

/* The stored address as the fields of a form (pointers into r). */
void book_input_of_row(const struct address_row *r, struct address_input *in);

/* "Billing", "Shipping" or "Billing and shipping". */
const char *book_type_label(const char *type);

/* The mode that applies to this company now, and the seller's default. */
enum address_approval book_effective_mode(int64_t company_id, char *company_setting, size_t cs_size,
                                          enum address_approval *seller_mode);

/* What a proposal waits for in this mode, as a sentence. */
const char *book_mode_sentence(enum address_approval mode);

/* Mail to every recipient inside the open transaction. 0 or -1. */
int book_mail_all(const char *type, const struct address_person *to, int n, int64_t company_id,
                  const tpl_dict *values);

/* The company and the address, as every mail about an address shows them. */
void book_set_mail_address(tpl_dict *v, const struct address_input *in, const char *company);

/* 500: the address book could not be read or changed. */
void book_fail(struct request *req);

/* For the POSTs that need "manage addresses" (checked by the route table):
 * the company's address or a 404. */
int book_load_for_change(struct request *req, struct address_row *row);

/* A flash of kind, and back to the address's page. */
void book_redirect_to(struct request *req, int64_t id, const char *kind, const char *text);

/* --- addresses/addresses_page.c ---------------------------------------------- */

/* The form on the address's page that was submitted, so its values and
 * errors come back. */
enum book_form { BOOK_FORM_NONE, BOOK_FORM_EDIT, BOOK_FORM_REJECT, BOOK_FORM_CHANGE, BOOK_FORM_RESTRICT };

/* The page of one address with status; problem (or NULL) shown on top. */
void book_render_address(struct request *req, int status, const struct address_row *r, enum book_form which,
                         const struct form_errors *errors, const char *problem);

/* --- addresses/address_form_page.c ------------------------------------------- */

/* The address fields (addresses/address_fields.tpl) into d: the submitted
 * values after an error, else the given values (NULL: an empty form). */
void book_fill_fields(tpl_dict *d, const struct request *req, const struct address_input *values,
                      const struct form_errors *errors, int with_type);

#endif
