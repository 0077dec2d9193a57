-- Counting visible ideas (the home figure, the list's total) reads this small index instead
-- of every idea row with its description.
CREATE INDEX ideas_visible ON ideas (hidden_at, stage);
