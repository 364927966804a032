/* The order state machine: every allowed move, and every other pair refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "orders/order_lifecycle.h"

struct move { enum order_state from, to; };

static const struct move ALLOWED[] = {
    { ORDER_DRAFT, ORDER_PENDING_APPROVAL },
    { ORDER_DRAFT, ORDER_APPROVED },
    { ORDER_DRAFT, ORDER_CANCELLED },
    { ORDER_PENDING_APPROVAL, ORDER_APPROVED },
    { ORDER_PENDING_APPROVAL, ORDER_REJECTED },
    { ORDER_PENDING_APPROVAL, ORDER_CANCELLED },
    { ORDER_APPROVED, ORDER_PROCESSING },
    { ORDER_APPROVED, ORDER_CANCELLED },
    { ORDER_PROCESSING, ORDER_PARTIALLY_SHIPPED },
    { ORDER_PROCESSING, ORDER_SHIPPED },
    { ORDER_PROCESSING, ORDER_CANCELLED },
    { ORDER_PARTIALLY_SHIPPED, ORDER_PARTIALLY_SHIPPED },
    { ORDER_PARTIALLY_SHIPPED, ORDER_SHIPPED },
    { ORDER_SHIPPED, ORDER_DELIVERED },
    /* Over the available credit (issue #20): the seller releases or cancels. */
    { ORDER_DRAFT, ORDER_CREDIT_REVIEW },
    { ORDER_PENDING_APPROVAL, ORDER_CREDIT_REVIEW },
    { ORDER_CREDIT_REVIEW, ORDER_APPROVED },
    { ORDER_CREDIT_REVIEW, ORDER_CANCELLED },
};

static int listed(enum order_state from, enum order_state to)
{
    for (size_t i = 0; i < sizeof ALLOWED / sizeof ALLOWED[0]; i++)
        if (ALLOWED[i].from == from && ALLOWED[i].to == to) return 1;
    return 0;
}

/* All 81 pairs: exactly the listed ones pass. */
static void exactly_the_listed_moves(void **state)
{
    (void)state;
    int allowed = 0;
    for (int a = 0; a < ORDER_STATE_COUNT; a++)
        for (int b = 0; b < ORDER_STATE_COUNT; b++) {
            int got = order_can_move((enum order_state)a, (enum order_state)b);
            assert_int_equal(got, listed((enum order_state)a, (enum order_state)b));
            allowed += got;
        }
    assert_int_equal(allowed, (int)(sizeof ALLOWED / sizeof ALLOWED[0]));
}

static void forbidden_examples(void **state)
{
    (void)state;
    assert_false(order_can_move_named("shipped", "cancelled"));          /* goods have left */
    assert_false(order_can_move_named("partially_shipped", "cancelled"));
    assert_false(order_can_move_named("rejected", "approved"));          /* final */
    assert_false(order_can_move_named("delivered", "shipped"));
    assert_false(order_can_move_named("cancelled", "processing"));
    assert_false(order_can_move_named("pending_approval", "processing")); /* approval cannot be skipped */
    assert_false(order_can_move_named("draft", "shipped"));
    assert_false(order_can_move_named("approved", "approved"));
    assert_false(order_can_move_named("processing", "nonsense"));
    assert_false(order_can_move_named("", "approved"));
    assert_false(order_can_move_named(NULL, "approved"));
    assert_false(order_can_move((enum order_state)99, ORDER_APPROVED));
    assert_true(order_can_move_named("pending_approval", "approved"));
}

static void names_round_trip(void **state)
{
    (void)state;
    for (int i = 0; i < ORDER_STATE_COUNT; i++) {
        enum order_state s = ORDER_CANCELLED;
        assert_int_equal(order_state_parse(order_state_name((enum order_state)i), &s), 0);
        assert_int_equal(s, i);
    }
    enum order_state untouched = ORDER_SHIPPED;
    assert_int_equal(order_state_parse("Shipped", &untouched), -1);
    assert_int_equal(untouched, ORDER_SHIPPED);
    assert_string_equal(order_state_name(ORDER_STATE_COUNT), "");
}

static void finals_and_cancellable(void **state)
{
    (void)state;
    for (int i = 0; i < ORDER_STATE_COUNT; i++) {
        enum order_state s = (enum order_state)i;
        int any_move = 0;
        for (int j = 0; j < ORDER_STATE_COUNT; j++) any_move |= order_can_move(s, (enum order_state)j);
        assert_int_equal(order_state_is_final(s), !any_move);
    }
    assert_true(order_state_cancellable(ORDER_PROCESSING));
    assert_true(order_state_cancellable(ORDER_PENDING_APPROVAL));
    assert_false(order_state_cancellable(ORDER_SHIPPED));
    assert_false(order_state_cancellable(ORDER_CANCELLED));
}

static void shipment_outcome(void **state)
{
    (void)state;
    assert_int_equal(order_state_after_shipment(10, 10), ORDER_SHIPPED);
    assert_int_equal(order_state_after_shipment(10, 9), ORDER_PARTIALLY_SHIPPED);
    assert_int_equal(order_state_after_shipment(10, 0), ORDER_PARTIALLY_SHIPPED);
}

/* What the ERP import may report: where an order is now, any number of
 * moves on from where the portal has it. */
static void reachable_states_go_forward_only(void **state)
{
    (void)state;
    /* the same, one step, or several steps forward */
    assert_int_equal(order_can_reach(ORDER_PROCESSING, ORDER_PROCESSING), 1);
    assert_int_equal(order_can_reach(ORDER_APPROVED, ORDER_PROCESSING), 1);
    assert_int_equal(order_can_reach(ORDER_PROCESSING, ORDER_DELIVERED), 1);
    assert_int_equal(order_can_reach(ORDER_APPROVED, ORDER_SHIPPED), 1);
    assert_int_equal(order_can_reach(ORDER_PARTIALLY_SHIPPED, ORDER_DELIVERED), 1);
    assert_int_equal(order_can_reach(ORDER_APPROVED, ORDER_CANCELLED), 1);
    /* never back, never out of a final state, never cancelled once goods left */
    assert_int_equal(order_can_reach(ORDER_SHIPPED, ORDER_PROCESSING), 0);
    assert_int_equal(order_can_reach(ORDER_DELIVERED, ORDER_SHIPPED), 0);
    assert_int_equal(order_can_reach(ORDER_CANCELLED, ORDER_APPROVED), 0);
    assert_int_equal(order_can_reach(ORDER_REJECTED, ORDER_APPROVED), 0);
    assert_int_equal(order_can_reach(ORDER_SHIPPED, ORDER_CANCELLED), 0);
    assert_int_equal(order_can_reach(ORDER_PARTIALLY_SHIPPED, ORDER_CANCELLED), 0);
    assert_int_equal(order_can_reach(ORDER_PROCESSING, ORDER_APPROVED), 0);
    assert_int_equal(order_can_reach(ORDER_STATE_COUNT, ORDER_APPROVED), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exactly_the_listed_moves),
        cmocka_unit_test(forbidden_examples),
        cmocka_unit_test(names_round_trip),
        cmocka_unit_test(finals_and_cancellable),
        cmocka_unit_test(shipment_outcome),
        cmocka_unit_test(reachable_states_go_forward_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
