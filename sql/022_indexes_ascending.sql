-- Lists read newest first, ORDER BY <time> DESC, id DESC. An index on
-- (..., placed_at DESC) holds its entries as (placed_at DESC, id ASC):
-- neither direction of the walk gives "id DESC" among equal times, so
-- SQLite sorted every page's rows again ("USE TEMP B-TREE FOR RIGHT PART
-- OF ORDER BY": a temporary b-tree per distinct time, about half of the
-- order list's SQLite work). Ascending indexes walked backwards give
-- (placed_at DESC, id DESC) as they are, forwards the oldest first.
DROP INDEX orders_company_placed;
CREATE INDEX orders_company_placed ON orders(company_id, placed_at);
DROP INDEX orders_company_buyer;
CREATE INDEX orders_company_buyer ON orders(company_id, placed_by_user_id, placed_at);
DROP INDEX orders_placed;
CREATE INDEX orders_placed ON orders(placed_at);
DROP INDEX orders_status_placed;
CREATE INDEX orders_status_placed ON orders(status, placed_at);
DROP INDEX orders_company_status;
CREATE INDEX orders_company_status ON orders(company_id, status, placed_at);
DROP INDEX orders_company_unit;
CREATE INDEX orders_company_unit ON orders(company_id, business_unit_id, placed_at);
DROP INDEX outbox_created;
CREATE INDEX outbox_created ON outbox(created_at);
DROP INDEX audit_log_company;
CREATE INDEX audit_log_company ON audit_log(company_id, created_at);
DROP INDEX audit_log_created;
CREATE INDEX audit_log_created ON audit_log(created_at);
