//! Initiative teams: formed around an idea, with leads, members and mentors, open roles, join
//! requests and invitations, talent suggestions, and a private workspace that updates live.
//! The types here travel between server and browser; the talent matcher is a plain function.
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::common::sectors::Sector;
use crate::common::PersonRef;
use crate::common::TeamRole;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod routes;

pub mod matching;
pub mod mentoring;
mod rules;
pub use rules::*;

pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod ssr;

pub const NAME_MAX: usize = 80;

pub const DESCRIPTION_MAX: usize = 600;

pub const ROLE_TITLE_MAX: usize = 80;

pub const SKILLS_MAX: usize = 300;

pub const MESSAGE_MAX: usize = 600;

pub const POST_MAX: usize = 2000;

pub const TASK_MAX: usize = 200;
/// How many open tasks a team may have at once.
pub const TASKS_OPEN_MAX: usize = 300;
/// How many done tasks the workspace shows (the most recently done).
pub const TASKS_DONE_SHOWN: usize = 30;

/// A person who declined (or was declined) is not suggested to the same team for this long.
pub const DECLINE_COOL_OFF_DAYS: i64 = 90;

/// Teams per page of the list.
pub const PAGE_SIZE: i64 = 20;

/// The sectors a team's people bring, and the ones nobody brings.
pub fn sector_balance(covered: &[Sector]) -> (Vec<Sector>, Vec<Sector>) {
    Sector::ALL
        .into_iter()
        .partition(|sector| covered.contains(sector))
}

/// A team in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamCard {
    pub id: TeamId,
    pub name: String,
    pub idea_id: IdeaId,
    pub idea_title: String,
    /// The languages the team's name and the idea's title are written in.
    pub lang: String,
    pub idea_lang: String,
    pub members: i64,
    pub open_roles: i64,
    pub covered: Vec<Sector>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamList {
    pub teams: Vec<TeamCard>,
    pub total: i64,
    pub page: i64,
}

/// The list's filters, as in the URL: `?sector=youth&looking=1&page=2`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamFilter {
    pub sector: Option<Sector>,
    pub looking: bool,
    pub page: i64,
}

impl TeamFilter {
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        TeamFilter {
            sector: get("sector").and_then(|s| Sector::from_code(&s)),
            looking: get("looking").is_some_and(|v| v == "1" || v == "on" || v == "true"),
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p: &i64| *p >= 1 && *p <= 10_000)
                .unwrap_or(1),
        }
    }

    pub fn to_query(&self, page: i64) -> String {
        let mut parts = Vec::new();
        if let Some(sector) = self.sector {
            parts.push(format!("sector={}", sector.code()));
        }
        if self.looking {
            parts.push("looking=1".to_owned());
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub person: PersonRef,
    pub role: TeamRole,
    pub sectors: Vec<Sector>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenRole {
    pub id: crate::common::ids::RoleId,
    pub title: String,
    pub skills: Vec<String>,
    pub sector: Option<Sector>,
    pub hours: i64,
    pub description: String,
    /// For leads: people the matcher suggests, best first.
    pub suggestions: Vec<matching::Suggestion>,
}

/// A pending request to join, or an invitation, as leads see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingRequest {
    pub id: crate::common::ids::RequestId,
    pub person: PersonRef,
    pub invite: bool,
    pub role_id: Option<crate::common::ids::RoleId>,
    pub role_title: Option<String>,
    /// The role asked for is filled or closed already.
    pub role_closed: bool,
    pub message: String,
    pub created_at: String,
}

/// What the viewer is and may do in a team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamViewer {
    pub signed_in: bool,
    pub may_publish: bool,
    pub role: Option<TeamRole>,
    /// The viewer's own pending request (they may withdraw it).
    pub my_request: Option<crate::common::ids::RequestId>,
    /// An invitation waiting for the viewer's answer.
    pub my_invite: Option<PendingRequest>,
    pub mentor: bool,
    /// The steering group assigns mentors.
    #[serde(default)]
    pub steering: bool,
}

impl TeamViewer {
    pub fn is_lead(&self) -> bool {
        self.role == Some(TeamRole::Lead)
    }

    pub fn in_workspace(&self) -> bool {
        self.role.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamDetail {
    pub id: TeamId,
    pub name: String,
    pub description: String,
    pub idea_id: IdeaId,
    pub idea_title: String,
    /// The languages the team's name and description, and the idea's title, are written in.
    pub lang: String,
    pub idea_lang: String,
    pub created_at: String,
    pub members: Vec<Member>,
    /// The sectors its leads and members show (the rest it lacks: [`sector_balance`]).
    pub covered: Vec<Sector>,
    pub roles: Vec<OpenRole>,
    /// Only for leads.
    pub pending: Vec<PendingRequest>,
    pub me: TeamViewer,
}

/// A team the viewer leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedTeam {
    pub id: TeamId,
    pub name: String,
}

/// What the form on an idea's page needs: whether the idea has a team, and whether the viewer
/// may form one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaTeam {
    /// The idea's title, while it is public (`None`: no such idea, or hidden).
    pub idea_title: Option<String>,
    pub team: Option<(TeamId, String)>,
    pub may_form: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPost {
    pub id: i64,
    pub author: PersonRef,
    pub body: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamTask {
    pub id: crate::common::ids::TaskId,
    pub title: String,
    pub owner: Option<PersonRef>,
    pub due_on: Option<String>,
    pub done: bool,
}

/// The private workspace: the thread (oldest first, the latest 200) and the task list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub team_id: TeamId,
    pub name: String,
    pub members: Vec<Member>,
    pub posts: Vec<TeamPost>,
    /// The open tasks (at most [`TASKS_OPEN_MAX`]), then the [`TASKS_DONE_SHOWN`] most recently
    /// done.
    pub tasks: Vec<TeamTask>,
    /// How many tasks were done before those shown.
    #[serde(default)]
    pub done_not_shown: i64,
    /// How many open tasks are past the [`TASKS_OPEN_MAX`] shown.
    #[serde(default)]
    pub open_not_shown: i64,
    /// Today in Vilnius ("2026-12-02"), to mark tasks past their due date.
    pub today: String,
}

/// A mentor with their load: the teams they guide against how many they can.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorLoad {
    pub person: PersonRef,
    pub expertise: String,
    pub capacity: i64,
    pub teams: Vec<(TeamId, String)>,
}

impl MentorLoad {
    pub fn load(&self) -> i64 {
        self.teams.len() as i64
    }
}

/// For the steering group: a team's mentors, the suggestions for it, and every mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorBoard {
    pub team_id: TeamId,
    pub team_name: String,
    pub idea_id: IdeaId,
    pub idea_title: String,
    pub mentors: Vec<MentorLoad>,
    pub suggestions: Vec<mentoring::MentorSuggestion>,
    pub everyone: Vec<MentorLoad>,
}
