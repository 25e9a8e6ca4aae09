"""The appointment book: patients booked with the practitioner on duty (bookable time comes from
the rota), arrivals, no-shows, cancellations kept in history. No Qt here."""
