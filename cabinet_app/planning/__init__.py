"""Planning: the places of practice (sites), the practitioners who cover them, and (next) the
rota of shifts, availabilities and gaps. No Qt here."""
