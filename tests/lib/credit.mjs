// Credit (issue #20) in tests: a company's credit limit set the way
// credit_limit_set() records it (a "limit" row in the append-only ledger
// carrying the figures after it, and the account's limit), and the
// figures after the company's last ledger row.
export function creditFigures(portal, company) {
  const id = portal.sql(`SELECT id FROM companies WHERE name = '${company}'`);
  const [balance, reserved, limit] = portal.sql(
    `SELECT balance_after, reserved_after, limit_after FROM credit_ledger WHERE company_id = ${id} ORDER BY id DESC LIMIT 1`,
  ).split('|').map(Number);
  return { id, balance, reserved, limit, available: limit - balance - reserved };
}

export function setCreditLimit(portal, company, limitCents) {
  const { id, balance, reserved, limit } = creditFigures(portal, company);
  if (limit === limitCents) return;
  portal.sql(`BEGIN IMMEDIATE;
    INSERT INTO credit_ledger (company_id, at, kind, amount_cents, note, actor_label, balance_after, reserved_after, limit_after)
      VALUES (${id}, CAST(strftime('%s', 'now') AS INTEGER), 'limit', ${limitCents - limit}, 'Set for the test', 'Test set-up',
              ${balance}, ${reserved}, ${limitCents});
    UPDATE credit_accounts SET credit_limit_cents = ${limitCents} WHERE company_id = ${id};
    COMMIT;`);
}

// For files that place many large orders on account and test something
// else: the limit is raised so it never stops them.
export function raiseCreditLimit(portal, company, limitCents) {
  if (creditFigures(portal, company).limit < limitCents) setCreditLimit(portal, company, limitCents);
}
