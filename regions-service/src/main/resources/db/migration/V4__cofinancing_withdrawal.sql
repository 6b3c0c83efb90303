-- A business may withdraw a commitment it stated by mistake, as long as it has not confirmed it. The withdrawal is
-- one more statement (the history stays append-only); a confirmed commitment is final.
ALTER TABLE cofinancing_statement ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE cofinancing_statement ADD CONSTRAINT cofinancing_withdrawn_unconfirmed CHECK (NOT (withdrawn AND confirmed));
