//! Finding an intervention, a venue or a person on the steering group's desk.
use crate::common::ids::{InterventionId, VenueId};
use crate::festival::{Manage, ManageItem, VenueInfo};

impl Manage {
    /// An intervention of the desk.
    pub fn item(&self, id: InterventionId) -> Option<&ManageItem> {
        self.items.iter().find(|i| i.card.id == id)
    }

    /// A venue of the edition.
    pub fn venue(&self, id: Option<VenueId>) -> Option<&VenueInfo> {
        id.and_then(|id| self.venues.iter().find(|v| v.id == id))
    }

    /// A venue's name ("" for none).
    pub fn venue_name(&self, id: Option<VenueId>) -> String {
        self.venue(id).map(|v| v.name.clone()).unwrap_or_default()
    }

    /// The name of someone taking part in an intervention, if it is known here.
    pub fn person_name(&self, id: i64) -> Option<String> {
        self.items
            .iter()
            .flat_map(|i| i.people.iter())
            .find(|p| p.id == id)
            .and_then(|p| p.name.clone())
    }
}
