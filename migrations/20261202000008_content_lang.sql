-- The language teams, comments and interventions are written in (ideas have it already):
-- recorded when written (detected from the text, else the page's language), carried as `lang`
-- on their element and marked where it differs from the page's (WCAG 3.1.2).
ALTER TABLE teams ADD COLUMN lang TEXT NOT NULL DEFAULT 'lt' CHECK (lang IN ('lt', 'en'));
ALTER TABLE comments ADD COLUMN lang TEXT NOT NULL DEFAULT 'lt' CHECK (lang IN ('lt', 'en'));
ALTER TABLE interventions ADD COLUMN lang TEXT NOT NULL DEFAULT 'lt' CHECK (lang IN ('lt', 'en'));
