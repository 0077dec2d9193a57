//! Creative workshops: the steering group, mentors and partners hold them at a place or
//! online; people register (a team lead for the team's members), a full workshop keeps a
//! waitlist in arrival order, facilitators mark who came. The seat rules are plain functions
//! in [`rules`]; the calendar's filters in [`filter`].
use crate::common::ids::{IdeaId, TeamId, WorkshopId};
use crate::common::sectors::Sector;
use crate::common::PersonRef;
pub use crate::common::Place;
use crate::ideas::stage::Stage;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod http;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

mod filter;
mod form;
mod rules;
pub use filter::*;
pub use form::*;
pub use rules::*;

crate::coded! {
    /// Where a person stands at a workshop.
    pub enum SeatStatus {
        Registered = "registered" => ws_seat_registered,
        Waiting = "waiting" => ws_seat_waiting,
        Cancelled = "cancelled" => ws_seat_cancelled,
    }
}

/// A workshop as the calendar lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkshopCard {
    pub id: WorkshopId,
    pub title: String,
    /// The stage of an idea it serves: `Team` (shaping the plan) or `Workshop` (to ready).
    pub serves: Stage,
    pub series: Option<String>,
    pub sectors: Vec<Sector>,
    pub age_min: i64,
    pub age_max: Option<i64>,
    pub lang: String,
    /// `YYYY-MM-DD`, and minutes after midnight (Vilnius).
    pub day: String,
    pub starts: u32,
    pub ends: u32,
    /// The place's name, or `None` when it is online.
    pub place: Option<String>,
    pub capacity: i64,
    pub taken: i64,
    pub waiting: i64,
    /// Local `YYYY-MM-DD HH:MM`.
    pub closes_at: String,
}

impl WorkshopCard {
    pub fn free(&self) -> i64 {
        (self.capacity - self.taken).max(0)
    }
}

/// The calendar: upcoming workshops (soonest first) and past ones (latest first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calendar {
    pub upcoming: Vec<WorkshopCard>,
    pub past: Vec<WorkshopCard>,
    /// Whether the viewer may create a workshop (steering, mentor, partner).
    pub may_create: bool,
}

/// One person on a workshop's list, for its facilitators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatRow {
    pub user_id: i64,
    pub name: Option<String>,
    pub team: Option<String>,
    pub status: SeatStatus,
    pub attended: Option<bool>,
}

/// A team the viewer leads, with its people and whether each already has a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedTeam {
    pub id: TeamId,
    pub name: String,
    pub people: Vec<(PersonRef, Option<SeatStatus>)>,
}

/// A workshop's page, as the viewer may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkshopPage {
    pub card: WorkshopCard,
    pub purpose: String,
    pub place: Option<Place>,
    /// The online link, for registered people, facilitators and the steering group only.
    pub online_url: Option<String>,
    pub online: bool,
    pub facilitators: Vec<PersonRef>,
    /// Whether registration is open now (before the deadline).
    pub open: bool,
    /// The viewer's own place: its status and, when waiting, their position on the list.
    pub mine: Option<(SeatStatus, Option<i64>)>,
    /// Whether the viewer may register (signed in and allowed to publish).
    pub may_register: bool,
    pub signed_in: bool,
    pub teams: Vec<LedTeam>,
    /// The whole list, for facilitators and the steering group; `None` for others.
    pub seats: Option<Vec<SeatRow>>,
    /// For facilitators: the teams of the people who came (or registered), with their people,
    /// for whom an outcome can be recorded, and the outcomes recorded so far.
    pub outcome_teams: Vec<LedTeam>,
    pub outcomes: Vec<Outcome>,
    pub past: bool,
    /// Ideas born in this workshop: (id, title).
    #[serde(default)]
    pub born: Vec<(IdeaId, String)>,
    /// The viewer took part (a seat) or leads it, and it has begun: they may share an idea
    /// born here.
    #[serde(default)]
    pub may_share: bool,
}

/// What a workshop did for one team: the facilitator's notes and the tasks it gave the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub team_id: TeamId,
    pub team: String,
    pub notes: String,
    /// (task title, owner's name, due date).
    pub steps: Vec<(String, Option<String>, Option<String>)>,
    /// The ideas it touched: the team's own, and those its people shared from the workshop.
    #[serde(default)]
    pub ideas: Vec<(IdeaId, String)>,
}

/// At most this many next steps in one outcome form.
pub const STEPS_MAX: usize = 5;
pub const NOTES_MAX: usize = 4000;

/// What the creation form offers: the places and the mentors who may facilitate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateContext {
    pub places: Vec<Place>,
    pub mentors: Vec<PersonRef>,
    pub series: Vec<String>,
}

/// "18:00" for minutes after midnight.
pub fn hhmm(minutes: u32) -> String {
    crate::festival::hhmm(minutes)
}

/// The slot on a workshop's page where other features show their parts (the steering group's
/// decisions about it); the argument is its id.
pub enum WorkshopParts {}
