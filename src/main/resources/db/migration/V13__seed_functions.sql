-- The four functions of federal anti-trafficking work (prevention, protection and prosecution, the
-- "3P" paradigm in federal-agencies-fsap and ice-hsi-partners, with partnership as the fourth).
INSERT INTO function (slug, name, position) VALUES
('prevention', 'Prevention', 1),
('protection', 'Protection', 2),
('prosecution', 'Prosecution', 3),
('partnership', 'Partnership', 4);
