-- What a partner organisation can give an idea: a venue, money, materials. A partner's start
-- page lists the open ideas that need one of them.
ALTER TABLE organisations ADD COLUMN offers_venue INTEGER NOT NULL DEFAULT 0 CHECK (offers_venue IN (0, 1));
ALTER TABLE organisations ADD COLUMN offers_money INTEGER NOT NULL DEFAULT 0 CHECK (offers_money IN (0, 1));
ALTER TABLE organisations ADD COLUMN offers_materials INTEGER NOT NULL DEFAULT 0 CHECK (offers_materials IN (0, 1));
