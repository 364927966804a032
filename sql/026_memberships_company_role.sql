-- An approval step's approvers are the holders of the roles it names:
-- read by (company, role) instead of from the company's whole membership.
CREATE INDEX memberships_company_role ON memberships(company_id, role_id);
