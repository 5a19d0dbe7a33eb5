-- Salgsdesk schema, version 5: the audit trail of booked documents cannot be removed.
-- Version 2 already refuses any UPDATE of the activity log, and a booked invoice or credit note
-- can never be deleted. Its log rows could still be deleted one by one, which would erase who
-- booked, credited or reminded what and when; bookkeeping law wants that history kept. Deleting
-- a draft still removes its log with it (ON DELETE CASCADE: a draft has no legal weight).

CREATE TRIGGER activity_log_booked_no_delete BEFORE DELETE ON activity_log
WHEN (SELECT status = 'booked' FROM documents WHERE id = OLD.document_id)
BEGIN
    SELECT RAISE(ABORT, 'the activity log of a booked document cannot be changed');
END;

-- Payments and reminders are the money side of that history: append-only like the ledger.
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments of a booked document cannot be changed; register a correction');
END;

CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders of a booked document cannot be changed');
END;

