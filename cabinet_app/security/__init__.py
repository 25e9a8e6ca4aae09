"""Accounts on the shared PC: users, roles and permissions, password hashing, login throttling,
the audit log, and the keyring behind which secrets live. No Qt here."""
