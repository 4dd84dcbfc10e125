-- The lines the home page puts first, as cards: the national hotline for help and the HSI Tip Line
-- for reports (issue 3). The emergency line has its own notice above them.
ALTER TABLE hotline ADD COLUMN featured boolean NOT NULL DEFAULT false;

UPDATE hotline SET featured = true WHERE slug IN ('national-human-trafficking-hotline', 'hsi-tip-line');
