-- The lists page shows 50 lists at a time, newest change first (issue 21):
-- the member's own lists and the lists others share with them, each read
-- in this order from its own index and merged, so a page reads its 50
-- rows (and the count the two ranges) instead of every list of the
-- company, sorted again on each request. They replace the indexes of
-- 020: the owner's starts with the same columns; the shared lists' keeps
-- the same rows (those not private), now in order of change.
CREATE INDEX shopping_lists_owner_changed ON shopping_lists(company_id, owner_user_id, updated_at);
CREATE INDEX shopping_lists_shared_changed ON shopping_lists(company_id, updated_at) WHERE sharing <> 'private';
DROP INDEX shopping_lists_owner;
DROP INDEX shopping_lists_shared;
