#ifndef BUYERDESK_ORDERS_ADDRESS_WAIT_H
#define BUYERDESK_ORDERS_ADDRESS_WAIT_H

#include <stdint.h>

#include "base/actor.h"

/* Orders placed to a new ship-to address that waits for approval wait with
 * it. An address proposal of the company was approved or rejected (inside
 * the caller's transaction): orders waiting for it as their ship-to stop
 * waiting; an approved one with no approval step open moves
 * pending_approval -> approved, a rejected one moves to rejected (its open
 * approval steps withdrawn). Returns the number of orders touched, or -1. */
int orders_address_decided(const struct actor *who, int64_t company_id, int64_t address_id, int approved);

#endif
