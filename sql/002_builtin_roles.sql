-- Built-in roles shared by every company. The numbers are permission
-- bitmasks from src/permissions.h; keep the two in step.
INSERT INTO roles (id, company_id, name, permissions, builtin) VALUES
  (1, NULL, 'Administrator',       32767, 1),
  (2, NULL, 'Purchasing manager',  30688, 1),
  (3, NULL, 'Finance manager',     28480, 1),
  (4, NULL, 'Buyer',               16480, 1),
  (5, NULL, 'Viewer',              16576, 1);
