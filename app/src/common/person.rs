//! A person as other features show them.
use serde::{Deserialize, Serialize};

/// A person as shown next to what they wrote. `name` is `None` for a deleted account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: i64,
    pub name: Option<String>,
    pub mentor: bool,
}

/// A place (`places`, one list for the whole platform) with its address and coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: crate::common::ids::PlaceId,
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub accessibility: String,
}
