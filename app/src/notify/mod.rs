//! Notifications: what happened that a person should know about, the unread count in the
//! header, and each person's choice per kind: immediately by email, in a daily digest (the
//! default), or only here.
use crate::common::Kind;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod routes;

pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod ssr;

crate::coded! {
    /// How a person wants one kind delivered.
    pub enum Mode {
        Immediate = "immediate" => notify_mode_immediate,
        Digest = "digest" => notify_mode_digest,
        InApp = "inapp" => notify_mode_inapp,
    }
}

/// The delivery choice per kind as the form sends it: one field per kind code, valued
/// `immediate`, `digest` or `inapp` (empty: the digest).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PrefsForm {
    pub join_request: String,
    pub join_answer: String,
    pub team_invite: String,
    pub idea_comment: String,
    pub mentor_feedback: String,
    pub followed_activity: String,
    pub role_match: String,
    pub workshop_seat: String,
    pub workshop_reminder: String,
    pub gate_request: String,
    pub gate_decision: String,
    pub mentor_assigned: String,
    pub pledge_offer: String,
    pub pledge_answer: String,
}

impl PrefsForm {
    /// Each kind with what was chosen for it.
    pub fn chosen(&self) -> [(Kind, &str); 14] {
        [
            (Kind::JoinRequest, &self.join_request),
            (Kind::JoinAnswer, &self.join_answer),
            (Kind::TeamInvite, &self.team_invite),
            (Kind::IdeaComment, &self.idea_comment),
            (Kind::MentorFeedback, &self.mentor_feedback),
            (Kind::FollowedActivity, &self.followed_activity),
            (Kind::RoleMatch, &self.role_match),
            (Kind::WorkshopSeat, &self.workshop_seat),
            (Kind::WorkshopReminder, &self.workshop_reminder),
            (Kind::GateRequest, &self.gate_request),
            (Kind::GateDecision, &self.gate_decision),
            (Kind::MentorAssigned, &self.mentor_assigned),
            (Kind::PledgeOffer, &self.pledge_offer),
            (Kind::PledgeAnswer, &self.pledge_answer),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: Kind,
    pub actor: Option<String>,
    pub subject: String,
    pub detail: String,
    pub link: String,
    pub created_at: String,
    pub read: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    pub items: Vec<Notification>,
    pub unread: i64,
    pub prefs: Vec<(Kind, Mode)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::Kind;

    #[test]
    fn codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        for mode in Mode::ALL {
            assert_eq!(Mode::from_code(mode.code()), Some(mode));
        }
    }
}
