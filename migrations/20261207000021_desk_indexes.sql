-- The desk counts seats per workshop and forum by their state, and the partner directory an
-- organisation's places: indexes for both (the seats' only index so far is partial).
CREATE INDEX workshop_seats_by_state ON workshop_seats (workshop_id, status, attended);
CREATE INDEX forum_seats_by_state ON forum_seats (forum_id, status);
CREATE INDEX places_by_organisation ON places (organisation_id);
