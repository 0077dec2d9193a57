//! The home page: what Santaka is, the sectors it joins, and live figures from the database.
pub mod api;
pub mod components;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::common::sectors::Sector;
use serde::{Deserialize, Serialize};

/// One sector as the home page presents it, with its description in both languages so a
/// language switch needs no new request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorCard {
    pub sector: Sector,
    pub blurb_lt: String,
    pub blurb_en: String,
}

/// The figures and content the home page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeStats {
    pub sectors: Vec<SectorCard>,
    /// Ideas shared on the platform.
    pub ideas_shared: i64,
    /// Festival interventions published, against the festival's target.
    pub festival_published: i64,
    pub festival_target: i64,
}
