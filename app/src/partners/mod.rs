//! The partner network in public (`/partners`): each organisation with its sector, kind, what
//! it offers, the contact it chose to show, its places on a small map, and the ideas it has
//! backed (accepted or fulfilled pledges to ideas that are not hidden).
use crate::accounts::OrgKind;
use crate::common::ids::{IdeaId, OrganisationId};
use crate::common::sectors::Sector;
use crate::pledges::{PledgeKind, PledgeStatus};
use crate::ui::mini_map::MapPin;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod components;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

crate::coded! {
    /// What an organisation offers to ideas and teams.
    pub enum Offer {
        Venue = "venue" => pt_offer_venue,
        Money = "money" => pt_offer_money,
        Materials = "materials" => pt_offer_materials,
        Mentoring = "mentoring" => pt_offer_mentoring,
        Expertise = "expertise" => pt_offer_expertise,
    }
}

impl Offer {
    /// The `organisations` column that says an organisation offers it.
    pub fn column(self) -> &'static str {
        match self {
            Offer::Venue => "offers_venue",
            Offer::Money => "offers_money",
            Offer::Materials => "offers_materials",
            Offer::Mentoring => "offers_mentoring",
            Offer::Expertise => "offers_expertise",
        }
    }
}

/// An organisation in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerCard {
    pub id: OrganisationId,
    pub name: String,
    pub sector: Sector,
    pub kind: OrgKind,
    pub offers: Vec<Offer>,
    pub places: i64,
    /// Ideas it has backed (accepted or fulfilled pledges).
    pub backed: i64,
}

/// The directory, filtered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerList {
    pub partners: Vec<PartnerCard>,
    /// Organisations in the network, whatever the filter.
    pub total: i64,
}

/// The contact an organisation chose to show (empty fields are not shown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.email.is_empty() && self.phone.is_empty()
    }
}

/// One of its places.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerPlace {
    pub name: String,
    pub address: String,
    pub accessibility: String,
    pub lat: f64,
    pub lon: f64,
}

impl PartnerPlace {
    pub fn pin(&self) -> MapPin {
        MapPin {
            lat: self.lat,
            lon: self.lon,
            label: format!("{}, {}", self.name, self.address),
        }
    }
}

/// An idea it backed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backed {
    pub idea_id: IdeaId,
    pub idea_title: String,
    pub lang: String,
    pub kind: PledgeKind,
    pub status: PledgeStatus,
}

/// An organisation's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub card: PartnerCard,
    pub description: String,
    pub website: String,
    pub contact: Contact,
    pub places: Vec<PartnerPlace>,
    pub backed: Vec<Backed>,
    /// Its people on Santaka (partner accounts), linking to their public profiles.
    pub people: Vec<(i64, String)>,
    pub tile_url: String,
    /// Whether the viewer may invite the organisation's contact (the steering group).
    #[serde(default)]
    pub can_invite: bool,
}

/// The slot on an organisation's page where other features show their parts (the steering
/// group's decisions about it); the argument is the organisation's id.
pub enum PartnerParts {}
