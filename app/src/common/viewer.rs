//! Who is calling: a person's platform roles and what the policy needs to know about them.
use crate::common::FormFlash;
use serde::{Deserialize, Serialize};

crate::coded! {
    /// Roles granted by the steering group. Everyone with an account is a participant.
    pub enum Role {
        Mentor = "mentor" => role_mentor,
        Partner = "partner" => role_partner,
        Steering = "steering" => role_steering,
    }
}

/// The signed-in person behind a request, read fresh from the database on every request so
/// that role changes and revoked sessions take effect at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub email_verified: bool,
    /// Under 14 and the guardian has not confirmed yet.
    pub guardian_pending: bool,
    /// The steering group stopped this person from publishing.
    #[serde(default)]
    pub publishing_blocked: bool,
}

impl Viewer {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// May publish content and join teams: a confirmed email, for a child a guardian's
    /// consent, and not blocked by the steering group.
    pub fn may_publish(&self) -> bool {
        self.email_verified && !self.guardian_pending && !self.publishing_blocked
    }
}

/// What every page needs to know about the caller: who they are, and a failed form kept for
/// this page view (no-JavaScript path).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub viewer: Option<Viewer>,
    pub flash: Option<FormFlash>,
    /// Unread notifications of the signed-in person (the header shows the count).
    #[serde(default)]
    pub unread: i64,
}

crate::coded! {
    /// A person's place in a team.
    pub enum TeamRole {
        Lead = "lead" => team_role_lead,
        Member = "member" => team_role_member,
        Mentor = "mentor" => team_role_mentor,
    }
}

impl TeamRole {
    /// Leads and members make the team and bring their sectors; mentors guide it.
    pub fn counts_for_sectors(self) -> bool {
        self != TeamRole::Mentor
    }
}
