//! Partners back ideas: a partner organisation pledges money, a venue (one of its places),
//! materials or people's time; the idea's team accepts or declines; the steering group marks
//! an accepted pledge fulfilled. The idea shows which of its needs are met. Rules in [`rules`].
use crate::common::ids::{IdeaId, PlaceId, PledgeId};
use serde::{Deserialize, Serialize};

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod ssr;

mod rules;
pub use rules::*;

crate::coded! {
    /// What a partner gives.
    pub enum PledgeKind {
        Money = "money" => pledge_kind_money,
        Venue = "venue" => pledge_kind_venue,
        Materials = "materials" => pledge_kind_materials,
        Time = "time" => pledge_kind_time,
    }
}

crate::coded! {
    /// Where a pledge stands.
    pub enum PledgeStatus {
        Offered = "offered" => pledge_status_offered,
        Accepted = "accepted" => pledge_status_accepted,
        Declined = "declined" => pledge_status_declined,
        Fulfilled = "fulfilled" => pledge_status_fulfilled,
    }
}

pub const MONEY_MAX: i64 = 1_000_000;
pub const HOURS_MAX: i64 = 2000;
pub const DATES_MAX: usize = 200;
pub const NOTE_MAX: usize = 1000;

/// A pledge as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub id: PledgeId,
    pub idea_id: IdeaId,
    pub idea_title: String,
    pub organisation: String,
    pub kind: PledgeKind,
    pub amount_eur: Option<i64>,
    pub hours: Option<i64>,
    pub place: Option<String>,
    pub dates: String,
    pub note: String,
    pub status: PledgeStatus,
    pub offered_at: String,
}

/// What the viewer may do with an idea's pledges.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BackingMe {
    /// The viewer's organisation (a partner), and its places, to pledge.
    pub organisation: Option<String>,
    pub places: Vec<(PlaceId, String)>,
    /// An author of the idea or a lead of its team: accepts or declines.
    pub may_answer: bool,
    /// The steering group: marks accepted pledges fulfilled.
    pub may_fulfil: bool,
}

/// An idea's backing: its needs with whether each is met, and its pledges (the public sees
/// the accepted and fulfilled ones; the team, the steering group and the pledging partner all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaBacking {
    pub idea_id: IdeaId,
    pub needs: Vec<(PledgeKind, bool)>,
    pub pledges: Vec<Pledge>,
    pub me: BackingMe,
}
