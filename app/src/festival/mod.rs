//! The ideas festival "100 in 1 day": an edition's day and venues, interventions that teams
//! propose and the steering group accepts, places (by hand or with the auto-scheduler) and
//! publishes, and the public program, map and agenda. The conflict rules and the scheduler
//! are plain functions in [`schedule`]; the calendar and open-data formats in [`export`].
use crate::common::ids::IdeaId;
use crate::common::ids::InterventionId;
use crate::common::ids::TeamId;
use crate::common::ids::VenueId;
pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "hydrate")]
pub mod map;
pub mod pages;
pub mod routes;
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "hydrate")]
pub mod star_live;

mod filter;
mod grid;
mod lookup;
mod rules;
pub use filter::*;
pub use grid::*;
pub use rules::*;

use crate::common::error::FieldError;
use crate::common::sectors::Sector;
use crate::common::Check;
use crate::common::PersonRef;
use schedule::Consent;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2000;
pub const REASON_MAX: usize = 400;

/// "Next" shows what starts within this many minutes.
pub const NEXT_WINDOW_MIN: u32 = 60;

crate::coded! {
    /// Where an intervention is on its way to the program.
    pub enum Status {
        Proposed = "proposed" => fest_status_proposed,
        Accepted = "accepted" => fest_status_accepted,
        Scheduled = "scheduled" => fest_status_scheduled,
        Published = "published" => fest_status_published,
        Cancelled = "cancelled" => fest_status_cancelled,
    }
}

crate::coded! {
    pub enum Category {
        Performance = "performance" => fest_cat_performance,
        Exhibition = "exhibition" => fest_cat_exhibition,
        Workshop = "workshop" => fest_cat_workshop,
        Talk = "talk" => fest_cat_talk,
        StreetAction = "street_action" => fest_cat_street_action,
        Food = "food" => fest_cat_food,
        Other = "other" => fest_cat_other,
    }
}

crate::coded! {
    /// Morning (before 12:00), afternoon (12:00–17:00), evening (from 17:00), by start time.
    pub enum DayPart {
        Morning = "morning" => fest_part_morning,
        Afternoon = "afternoon" => fest_part_afternoon,
        Evening = "evening" => fest_part_evening,
    }
}

impl DayPart {
    pub fn of(start: u32) -> DayPart {
        match start {
            s if s < 720 => DayPart::Morning,
            s if s < 1020 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }
}

/// A festival edition: its day (Europe/Vilnius) and the day's window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edition {
    pub id: crate::common::ids::EditionId,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    pub opens: u32,
    pub closes: u32,
    pub target: u32,
    pub walk_m_per_min: u32,
    pub published_at: Option<String>,
}

impl Edition {
    pub fn frame(&self) -> schedule::Day {
        schedule::Day {
            opens: self.opens,
            closes: self.closes,
            walk_m_per_min: self.walk_m_per_min,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VenueInfo {
    pub id: crate::common::ids::VenueId,
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub capacity: u32,
    pub indoor: bool,
    pub accessibility: String,
    pub consent: Consent,
}

impl VenueInfo {
    pub fn rule_view(&self) -> schedule::Venue {
        schedule::Venue {
            id: self.id,
            lat: self.lat,
            lon: self.lon,
            capacity: self.capacity,
            consent: self.consent,
        }
    }
}

/// An intervention in a list, on the map or in a calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: InterventionId,
    pub title: String,
    pub sector: Sector,
    pub category: Category,
    pub status: Status,
    pub venue_id: Option<VenueId>,
    pub start: Option<u32>,
    pub duration: u32,
    pub team_name: Option<String>,
    /// Moved after it was published.
    pub moved: bool,
    /// The language it is written in ("lt" or "en").
    pub lang: String,
}

impl Card {
    pub fn end(&self) -> Option<u32> {
        self.start.map(|s| s + self.duration)
    }

    /// Public and going ahead.
    pub fn is_on(&self) -> bool {
        self.status == Status::Published
    }

    pub fn running_at(&self, minute: u32) -> bool {
        self.is_on()
            && self
                .start
                .is_some_and(|s| s <= minute && minute < s + self.duration)
    }
}

/// The public program of the current edition, and the viewer's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub edition: Edition,
    pub venues: Vec<VenueInfo>,
    /// Published interventions, and those cancelled after publishing (shown as cancelled).
    pub items: Vec<Card>,
    /// The minute of the day in Vilnius now, when today is the festival day.
    pub now: Option<u32>,
    pub tile_url: String,
    pub signed_in: bool,
    /// The steering group is looking (it runs the program).
    pub may_manage: bool,
    /// The signed-in viewer's starred interventions.
    pub starred: Vec<InterventionId>,
}

impl Program {
    pub fn published_count(&self) -> usize {
        self.items.iter().filter(|c| c.is_on()).count()
    }

    pub fn venue(&self, id: Option<VenueId>) -> Option<&VenueInfo> {
        id.and_then(|id| self.venues.iter().find(|v| v.id == id))
    }
}

/// A public change to a published intervention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// "moved" or "cancelled".
    pub kind: String,
    pub from_venue: Option<String>,
    pub from_start: Option<u32>,
    pub to_venue: Option<String>,
    pub to_start: Option<u32>,
    pub reason: Option<String>,
    pub at: String,
}

/// One intervention's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterventionDetail {
    pub card: Card,
    pub edition: Edition,
    pub description: String,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    pub venue: Option<VenueInfo>,
    pub people: Vec<PersonRef>,
    pub team_id: Option<TeamId>,
    pub idea_id: Option<IdeaId>,
    pub idea_title: Option<String>,
    pub cancel_reason: Option<String>,
    pub changes: Vec<Change>,
    pub signed_in: bool,
    pub starred: bool,
    /// The steering group (which runs the program) is looking.
    pub may_manage: bool,
}

/// An intervention as the steering group works on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManageItem {
    pub card: Card,
    pub audience: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub people: Vec<PersonRef>,
    pub preferred_venues: Vec<crate::common::ids::VenueId>,
    pub preferred_start: Option<(u32, u32)>,
    /// Why the auto-scheduler left it out (an `Unplaced` code).
    pub note: Option<String>,
    pub cancel_reason: Option<String>,
}

impl ManageItem {
    pub fn rule_view(&self) -> schedule::Item {
        schedule::Item {
            id: self.card.id,
            duration: self.card.duration,
            setup: self.setup,
            cleardown: self.cleardown,
            audience: self.audience,
            people: self.people.iter().map(|p| p.id).collect(),
            preferred_venues: self.preferred_venues.clone(),
            preferred_start: self.preferred_start,
        }
    }
}

/// The steering group's desk for the current edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manage {
    pub edition: Option<Edition>,
    pub venues: Vec<VenueInfo>,
    pub items: Vec<ManageItem>,
    /// Conflicts in what is placed now (e.g. after a venue's consent was withdrawn), by
    /// intervention, as `Conflict` codes.
    pub flagged: Vec<(InterventionId, String)>,
    /// How many the last run of the auto-scheduler placed, while it can be undone.
    pub last_run: Option<usize>,
}

/// A team the viewer may propose an intervention for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposingTeam {
    pub id: crate::common::ids::TeamId,
    pub name: String,
    pub idea_id: IdeaId,
    pub people: Vec<PersonRef>,
}

/// What the proposal form needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposeContext {
    pub edition: Option<Edition>,
    pub venues: Vec<VenueInfo>,
    pub teams: Vec<ProposingTeam>,
    /// The steering group may add an intervention without a team.
    pub steering: bool,
}

/// A proposal as typed into the form, checked by [`Proposal::check`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Proposal {
    pub title: String,
    pub description: String,
    pub sector: String,
    pub category: String,
    pub duration: String,
    pub setup: String,
    pub cleardown: String,
    pub audience: String,
    pub preferred_from: String,
    pub preferred_to: String,
}

/// A checked proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedProposal {
    pub sector: Sector,
    pub category: Category,
    pub duration: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    pub preferred_start: Option<(u32, u32)>,
}

impl Proposal {
    pub fn check(&self) -> Result<CheckedProposal, Vec<FieldError>> {
        let mut check = Check::new();
        check.line("title", &self.title, 3, TITLE_MAX);
        check.max_len("description", &self.description, DESCRIPTION_MAX);
        let sector = Sector::from_code(&self.sector);
        if sector.is_none() {
            check.fail("sector", "missing");
        }
        let category = Category::from_code(&self.category);
        if category.is_none() {
            check.fail("category", "missing");
        }
        let duration = number_in(&mut check, "duration", &self.duration, 10, 720);
        let setup = number_in(&mut check, "setup", &self.setup, 0, 240);
        let cleardown = number_in(&mut check, "cleardown", &self.cleardown, 0, 240);
        let audience = number_in(&mut check, "audience", &self.audience, 1, 100_000);
        let from = self.preferred_from.trim();
        let to = self.preferred_to.trim();
        let preferred_start = match (from.is_empty(), to.is_empty()) {
            (true, true) => None,
            _ => match (parse_hhmm(from), parse_hhmm(to)) {
                (Some(f), Some(t)) if f <= t => Some((f, t)),
                (Some(_), Some(_)) => {
                    check.fail("preferred_to", "before_start");
                    None
                }
                (None, _) => {
                    check.fail("preferred_from", "not_a_time");
                    None
                }
                (_, None) => {
                    check.fail("preferred_to", "not_a_time");
                    None
                }
            },
        };
        check.finish()?;
        Ok(CheckedProposal {
            sector: sector.unwrap_or(Sector::Culture),
            category: category.unwrap_or(Category::Other),
            duration,
            setup,
            cleardown,
            audience,
            preferred_start,
        })
    }
}

/// A venue as typed into the steering group's form, checked by [`check_venue`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    pub name: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    pub capacity: String,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub indoor: bool,
    pub accessibility: String,
    pub consent: String,
}

/// The slot on an intervention's page where other features show their parts (the steering group's
/// decisions about it); the argument is its id.
pub enum InterventionParts {}
