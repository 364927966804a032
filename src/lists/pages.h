#ifndef BUYERDESK_LISTS_PAGES_H
#define BUYERDESK_LISTS_PAGES_H

#include "web/fields.h"
#include "web/render.h"
#include "web/request.h"

/* The shopping-list pages, each named in the route table (routes.c). */

/* lists/lists_index_page.c */
void page_lists(struct request *req);
void page_list_create(struct request *req);
extern const struct form_spec form_list;

/* lists/list_page.c */
void page_list(struct request *req);
void page_list_update(struct request *req);
void page_list_delete(struct request *req);
void page_list_duplicate(struct request *req);
void page_list_sharing(struct request *req);
extern const struct form_spec form_list_sharing;
void page_list_hand_over(struct request *req);
extern const struct form_spec form_list_hand_over;

/* lists/list_lines_page.c */
void page_list_line_add(struct request *req);
extern const struct form_spec form_list_line;
void page_list_lines_update(struct request *req);
extern const struct form_spec form_list_lines;
void page_list_line_remove(struct request *req);
void page_list_line_up(struct request *req);
void page_list_line_down(struct request *req);
extern const struct form_spec form_list_line_pick;
void page_list_cart(struct request *req);
extern const struct form_spec form_list_cart;
void page_list_export(struct request *req);
void page_list_import(struct request *req);
extern const struct form_spec form_list_import;

/* lists/list_add_page.c */
void page_list_add_form(struct request *req);
void page_list_add(struct request *req);
extern const struct form_spec form_list_add;
extern const struct form_spec form_list_name;
void page_list_from_cart(struct request *req);
void page_list_from_order(struct request *req);

/* lists/list_schedule_page.c */
void page_list_schedule(struct request *req);
extern const struct form_spec form_list_schedule;
void page_list_schedule_delete(struct request *req);
struct list_row;
/* The schedule box of a list's page (errors/message: the schedule form's). */
void list_schedule_fill(tpl_dict *d, const struct request *req, const struct list_row *l,
                        const struct form_errors *errors, const char *message);

/* lists/requisitions_page.c */
void page_list_requisition(struct request *req);
extern const struct form_spec form_requisition_send;
void page_requisitions(struct request *req);
void page_requisition(struct request *req);
void page_requisition_convert(struct request *req);
void page_requisition_decline(struct request *req);
extern const struct form_spec form_requisition_decline;
/* The list page's "send as a requisition" form. */
void requisition_form_fill(tpl_dict *d, const struct request *req, const struct list_row *l,
                           const struct form_errors *errors, const char *message);

/* lists/list_page_common.c and list_page.c, for the other list pages: the
 * list named by :id when the member may see it (1), else 0 after answering
 * 404; the list's page again (422) with one form's problems. */
int list_page_load(struct request *req, struct list_row *l);
void list_page_problem(struct request *req, const struct list_row *l, const char *form,
                       const struct form_errors *errors, const char *message);

/* lists/lists_card.c: the dashboard's card of the member's lists. */
void lists_card_fill(tpl_dict *d, const struct request *req);

#endif
