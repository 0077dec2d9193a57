use super::Unplaced;
use serde::{Deserialize, Serialize};

/// The grid the auto-scheduler places on.
pub const SLOT_MIN: u32 = 15;

crate::coded! {
    /// A venue owner's answer to hosting the festival.
    pub enum Consent {
        Yes = "yes" => fest_consent_yes,
        Pending = "pending" => fest_consent_pending,
        No = "no" => fest_consent_no,
    }
}

/// What the rules need to know about a venue.
#[derive(Debug, Clone, PartialEq)]
pub struct Venue {
    pub id: crate::common::ids::VenueId,
    pub lat: f64,
    pub lon: f64,
    pub capacity: u32,
    pub consent: Consent,
}

/// What the rules need to know about an intervention.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: crate::common::ids::InterventionId,
    pub duration: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    /// The people taking part.
    pub people: Vec<i64>,
    /// Venues the team asked for, most wanted first.
    pub preferred_venues: Vec<crate::common::ids::VenueId>,
    /// The earliest and latest start the team asked for.
    pub preferred_start: Option<(u32, u32)>,
}

impl Item {
    pub(crate) fn occupies(&self, start: u32) -> (u32, u32) {
        (
            start.saturating_sub(self.setup),
            start + self.duration + self.cleardown,
        )
    }
}

/// Where and when an intervention happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub venue: crate::common::ids::VenueId,
    pub start: u32,
}

/// The day's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub opens: u32,
    pub closes: u32,
    /// Metres a person walks in a minute.
    pub walk_m_per_min: u32,
}

/// The auto-scheduler's proposal.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Plan {
    pub placed: Vec<(crate::common::ids::InterventionId, Slot)>,
    pub unplaced: Vec<(crate::common::ids::InterventionId, Unplaced)>,
    /// For some of those left out, the nearest place found by bending one rule.
    pub nearest: Vec<(crate::common::ids::InterventionId, Nearest)>,
}

/// A free slot for an intervention the scheduler left out, and the one rule it bends there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nearest {
    pub slot: Slot,
    pub bends: Bend,
}

/// The rule a [`Nearest`] slot bends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Bend {
    /// The venue holds fewer people than expected.
    Capacity { capacity: u32 },
    /// The venue's owner has not agreed yet.
    Consent,
    /// This person is in another intervention then.
    Person { person: i64 },
}
