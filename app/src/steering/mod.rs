//! The steering group's desk (`/steering`): how the lab is doing, panel by panel, for a period.
//! Every number is counted in SQL on the server (`ssr/`); the pages draw each panel as SVG with
//! the same numbers in a table, and each panel downloads as CSV (`http.rs`, `rules::panel_csv`).
//! Counts only: no child is ever listed here.
use crate::common::ids::{IdeaId, TeamId};
use crate::common::sectors::Sector;
use crate::ideas::stage::Stage;
use crate::ideas::District;
use crate::pledges::PledgeKind;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod audit;
pub mod components;
pub mod decisions;
#[cfg(feature = "ssr")]
pub mod http;
pub mod import;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

mod rules;
pub use rules::*;

crate::coded! {
    /// The stretch of time the desk shows.
    pub enum PeriodKind {
        Month = "month" => st_period_month,
        Year = "year" => st_period_year,
        All = "all" => st_period_all,
        Range = "range" => st_period_range,
    }
}

crate::coded! {
    /// The desk's panels, each one CSV file.
    pub enum Panel {
        Funnel = "funnel" => st_funnel,
        Sectors = "sectors" => st_sectors,
        Youth = "youth" => st_youth,
        Mentors = "mentors" => st_mentors,
        Gatherings = "gatherings" => st_gatherings,
        Festival = "festival" => st_festival,
        Partners = "partners" => st_partners,
    }
}

crate::coded! {
    /// An age band of active people, from the birth year they gave.
    pub enum AgeBand {
        Under18 = "under_18" => st_age_under_18,
        From18To29 = "18_29" => st_age_18_29,
        From30 = "30_plus" => st_age_30_plus,
        Unknown = "unknown" => st_age_unknown,
    }
}

/// The period shown: dates in Kaunas (`YYYY-MM-DD`, both ends included); "all" has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub kind: PeriodKind,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What the desk was asked for, as the URL carries it (`?period=range&from=…&to=…`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodQuery {
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

/// Ideas along the path.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Funnel {
    /// Ideas at each stage now (hidden ones left out).
    pub now: Vec<(Stage, i64)>,
    /// How many ideas reached each stage in the period.
    pub moved: Vec<(Stage, i64)>,
    /// Median days from an idea's start to its team, for teams formed in the period.
    pub spark_to_team_days: Option<f64>,
    /// Median days from team to "ready", for ideas ready in the period.
    pub team_to_ready_days: Option<f64>,
    /// Ideas on the way with no activity for 30 days, longest idle first.
    pub stuck: Vec<StuckIdea>,
    /// All such ideas (the list shows the first few).
    pub stuck_total: i64,
}

/// An idea nobody has touched for a while.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StuckIdea {
    pub id: IdeaId,
    pub title: String,
    pub lang: String,
    pub stage: Stage,
    pub idle_days: i64,
}

/// One sector's numbers in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorRow {
    pub sector: Sector,
    pub ideas: i64,
    pub teams: i64,
    pub people: i64,
    pub seats: i64,
}

/// Sectors working together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorPanel {
    pub rows: Vec<SectorRow>,
    /// Teams formed in the period, and those whose people bring three sectors or more.
    pub teams: i64,
    pub teams_mixed: i64,
    /// Teams in which two sectors meet, for each pair (each pair once, in `Sector::ALL` order).
    pub pairs: Vec<(Sector, Sector, i64)>,
}

/// People active in the period by age band; counts only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct YouthPanel {
    pub bands: Vec<(AgeBand, i64)>,
    /// Teams formed in the period, and those led by someone under 30.
    pub teams: i64,
    pub youth_led: i64,
}

/// A mentor's teams against the capacity they gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorLoad {
    pub user_id: i64,
    pub name: String,
    pub teams: i64,
    pub capacity: i64,
}

/// Mentors now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorPanel {
    pub mentors: Vec<MentorLoad>,
    /// Teams on the way with no mentor, oldest first (the first few), and how many there are.
    pub unmentored: Vec<(TeamId, String)>,
    pub unmentored_total: i64,
}

/// Workshops and forums held (or to be held) in the period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GatheringsPanel {
    pub workshops: i64,
    pub workshop_capacity: i64,
    pub workshop_seats: i64,
    /// Of the seats of workshops whose attendance was taken, those who came.
    pub attendance_taken: i64,
    pub attended: i64,
    pub outcomes: i64,
    pub forums: i64,
    pub forum_capacity: i64,
    pub forum_seats: i64,
    pub forum_checked_in: i64,
    /// Ideas born in a workshop or forum in the period, by where they are now.
    pub born: Vec<(Stage, i64)>,
}

/// The newest festival edition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FestivalPanel {
    pub edition: Option<String>,
    pub target: i64,
    pub placed: i64,
    pub published: i64,
    pub by_sector: Vec<(Sector, i64)>,
    /// By the district of the intervention's idea (`None`: no idea or no district).
    pub by_district: Vec<(Option<District>, i64)>,
    pub venues: i64,
    pub venues_consent: i64,
}

/// Pledges of one kind offered in the period, by where they stand now ("accepted" counts the
/// fulfilled ones too: they were accepted first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRow {
    pub kind: PledgeKind,
    pub offered: i64,
    pub accepted: i64,
    pub declined: i64,
    pub fulfilled: i64,
}

/// Partners in the period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerPanel {
    /// Organisations that offered or were answered on a pledge in the period, of all.
    pub active: i64,
    pub organisations: i64,
    pub pledges: Vec<PledgeRow>,
}

/// The whole desk for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub period: Period,
    /// The code of what was wrong with the asked period (the desk then shows this year).
    pub period_problem: Option<(String, String)>,
    pub funnel: Funnel,
    pub sectors: SectorPanel,
    pub youth: YouthPanel,
    pub mentors: MentorPanel,
    pub gatherings: GatheringsPanel,
    pub festival: FestivalPanel,
    pub partners: PartnerPanel,
}

/// A file uploaded for import, as the import page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub id: i64,
    pub kind: import::ImportKind,
    pub file_name: String,
    pub created_at: String,
    /// The rows written, once imported.
    pub imported: Option<i64>,
}
