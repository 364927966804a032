-- An account manager works on the companies they manage (and applications):
-- every back-office query of theirs finds that set of companies first
-- (src/base/staff_scope_store.h), by manager or, for applications, by status.
CREATE INDEX companies_account_manager ON companies(account_manager_id);
CREATE INDEX companies_status ON companies(status);
