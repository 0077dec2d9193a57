//! The steering group's administration: find people, grant and revoke roles, and the details
//! that come with a role (a mentor's expertise and capacity, a partner's organisation).
use crate::accounts::{MentorDetails, Organisation};
use crate::common::Role;
use serde::{Deserialize, Serialize};

/// A person as the steering group sees them in the search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub email_verified: bool,
    pub guardian_pending: bool,
    /// Stopped from publishing by the steering group.
    pub publishing_blocked: bool,
    pub mentor: Option<MentorDetails>,
    pub organisation: Option<Organisation>,
}
