//! The audit log of the steering group's actions: who did what to what, when. Written in the
//! same transaction as each action (`ssr::audit::record`, and a trigger for moderation), read
//! with filters on `/steering/audit`, never edited (the database refuses it).
pub use crate::common::audit::{AuditAction, AuditSubject};
use serde::{Deserialize, Serialize};

crate::coded! {
    /// The filter's groups of actions.
    pub enum AuditArea {
        Roles = "roles" => aud_area_roles,
        Moderation = "moderation" => aud_area_moderation,
        Festival = "festival" => aud_area_festival,
        Decisions = "decisions" => aud_area_decisions,
        Imports = "imports" => aud_area_imports,
    }
}

impl AuditArea {
    /// The actions of the group.
    pub fn actions(self) -> &'static [AuditAction] {
        use AuditAction::*;
        match self {
            AuditArea::Roles => &[RoleGranted, RoleRevoked, PartnerInvited],
            AuditArea::Moderation => &[
                IdeaHidden,
                IdeaRestored,
                CommentHidden,
                CommentRestored,
                ReportsDismissed,
                PersonBlocked,
                PersonUnblocked,
            ],
            AuditArea::Festival => &[
                InterventionAccepted,
                InterventionDeclined,
                InterventionPlaced,
                ScheduleRun,
                ScheduleUndone,
                ProgramPublished,
            ],
            AuditArea::Decisions => &[DecisionProposed, DecisionAnswered, DecisionRecorded],
            AuditArea::Imports => &[FileImported],
        }
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    /// Who did it (`None` for the system, e.g. a deadline passing).
    pub actor: Option<String>,
    pub action: AuditAction,
    pub subject: AuditSubject,
    pub subject_id: Option<i64>,
    /// The subject's name as it is now, where it has one that may be shown.
    pub subject_name: Option<String>,
    /// Where the subject can be seen, if anywhere.
    pub subject_path: Option<String>,
    pub detail: String,
}

/// A page of the log, newest first; `older` is the `before` of the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub older: Option<i64>,
    /// The steering members and former actors, for the filter: (id, name).
    pub actors: Vec<(i64, String)>,
}

/// Entries per page.
pub const AUDIT_PAGE: i64 = 50;
