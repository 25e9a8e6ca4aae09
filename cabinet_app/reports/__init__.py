"""Printable documents: pure functions from DTOs to ReportLab stories, rendered to bytes.
Page furniture (header, footer, page numbers) lives in ``onPage`` callbacks. No Qt here."""
