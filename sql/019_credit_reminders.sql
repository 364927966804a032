-- Invoice reminders (issue #20): each open invoice is mailed once when it
-- falls due within its company's due_reminder_days, and once when it is
-- overdue; the flags make the daily job safe to repeat.
ALTER TABLE invoices ADD COLUMN due_reminded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN overdue_mailed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX invoices_open_due ON invoices(due_on) WHERE paid_cents < amount_cents;
