//! The stages of an idea past "team": what each gate asks (criteria set by the steering group),
//! the team's evidence and request for sign-off, and the decision of a mentor of the team (or
//! the steering group). Who may ask and decide is in `ideas::stage`; the checks of a request
//! and a decision are plain functions in [`rules`].
use crate::common::ids::{CriterionId, GateRequestId, IdeaId, TeamId};
use crate::common::PersonRef;
use crate::ideas::stage::{Opening, Stage};
use serde::{Deserialize, Serialize};

pub mod api;
pub mod components;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

mod rules;
pub use rules::*;

crate::coded! {
    /// Where a request for sign-off stands.
    pub enum GateStatus {
        Requested = "requested" => gate_status_requested,
        Approved = "approved" => gate_status_approved,
        Returned = "returned" => gate_status_returned,
    }
}

/// One thing a gate asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub text: String,
    pub lang: String,
}

/// The gates that open on request, each with what it asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateCriteria {
    pub gates: Vec<(Stage, Vec<Criterion>)>,
    pub may_edit: bool,
}

/// The team's evidence for one criterion, and the decider's reason if it was returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub criterion: Criterion,
    pub text: String,
    pub link: String,
    /// A workshop outcome of the team it points to: (its id, the workshop's title).
    pub outcome: Option<(i64, String)>,
    pub reason: String,
}

/// A request for sign-off, with its decision once there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateRequest {
    pub id: GateRequestId,
    pub to: Stage,
    pub status: GateStatus,
    pub note: String,
    pub asked_by: PersonRef,
    pub asked_at: String,
    pub decided_by: Option<PersonRef>,
    pub decided_at: Option<String>,
    pub decision: String,
    pub evidence: Vec<Evidence>,
}

/// What the viewer may do at the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GateMe {
    /// The stage the viewer may ask for (a team's person or an author), when no request is open.
    pub may_ask: bool,
    /// The viewer may decide the open request.
    pub may_decide: bool,
}

/// An idea's place on the path, what its next gate asks, and its sign-off history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaGate {
    pub idea_id: IdeaId,
    pub title: String,
    pub stage: Stage,
    /// The next gate and how it opens.
    pub next: Option<(Stage, Opening)>,
    pub criteria: Vec<Criterion>,
    pub team: Option<(TeamId, String)>,
    pub mentors: Vec<PersonRef>,
    /// The team has had someone at a workshop.
    pub attended: bool,
    /// The last festival day the idea's interventions are on, if any (`YYYY-MM-DD`).
    pub festival_day: Option<String>,
    /// The team's workshop outcomes, to point evidence at: (id, workshop title).
    pub outcomes: Vec<(i64, String)>,
    /// Newest first; the open one (if any) first of all.
    pub history: Vec<GateRequest>,
    pub me: GateMe,
}

impl IdeaGate {
    pub fn open_request(&self) -> Option<&GateRequest> {
        self.history
            .iter()
            .find(|r| r.status == GateStatus::Requested)
    }

    /// The last returned request, whose evidence the team starts again from.
    pub fn last_returned(&self) -> Option<&GateRequest> {
        self.history
            .first()
            .filter(|r| r.status == GateStatus::Returned)
    }
}

/// Longest evidence text, reason and note.
pub const EVIDENCE_MAX: usize = 2000;
pub const LINK_MAX: usize = 500;
pub const REASON_MAX: usize = 1000;
/// Criteria per gate.
pub const CRITERIA_MAX: usize = 10;
