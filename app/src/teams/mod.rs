//! Initiative teams: formed around an idea, with leads, members and mentors, open roles, join
//! requests and invitations, talent suggestions, and a private workspace that updates live.
//! The types here travel between server and browser; the talent matcher is a plain function.
use crate::common::error::AppError;
use crate::common::ids::TeamId;
use crate::common::sectors::Sector;
use crate::common::Check;
use crate::common::PersonRef;
use crate::common::TeamRole;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod routes;

pub mod matching;

pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod ssr;

pub const NAME_MAX: usize = 80;

pub const DESCRIPTION_MAX: usize = 600;

pub const ROLE_TITLE_MAX: usize = 80;

pub const SKILLS_MAX: usize = 300;

pub const MESSAGE_MAX: usize = 600;

pub const POST_MAX: usize = 2000;

pub const TASK_MAX: usize = 200;

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
    pub idea_id: i64,
    pub idea_title: String,
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
    pub id: i64,
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
    pub id: i64,
    pub person: PersonRef,
    pub invite: bool,
    pub role_title: Option<String>,
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
    pub my_request: Option<i64>,
    /// An invitation waiting for the viewer's answer.
    pub my_invite: Option<PendingRequest>,
    pub mentor: bool,
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
    pub idea_id: i64,
    pub idea_title: String,
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
    pub id: i64,
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
    pub tasks: Vec<TeamTask>,
}

pub fn check_team(name: &str, description: &str) -> Result<(), AppError> {
    let mut check = Check::new();
    check.length("name", name, 3, NAME_MAX);
    check.length("description", description, 0, DESCRIPTION_MAX);
    check.finish().map_err(AppError::invalid)
}

/// An open role's form as posted; `hours` as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleEdit {
    pub title: String,
    pub skills: String,
    pub sector: String,
    pub hours: String,
    pub description: String,
}

impl RoleEdit {
    /// What was typed, kept for the no-JavaScript path after a failure.
    pub fn kept(&self) -> Vec<(&'static str, String)> {
        vec![
            ("title", self.title.clone()),
            ("skills", self.skills.clone()),
            ("sector", self.sector.clone()),
            ("hours", self.hours.clone()),
            ("description", self.description.clone()),
        ]
    }
}

/// An open role's rules: its sector (if one is named) and hours.
pub fn check_role(role: &RoleEdit) -> Result<(Option<Sector>, i64), AppError> {
    let RoleEdit {
        title,
        skills,
        sector,
        hours,
        description,
    } = role;
    let sector_code = sector.trim();
    let parsed_sector = Sector::from_code(sector_code);
    let parsed_hours = hours
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|h| (1..=40).contains(h));
    let mut check = Check::new();
    check.length("title", title, 3, ROLE_TITLE_MAX);
    check.length("skills", skills, 0, SKILLS_MAX);
    check.length("description", description, 0, DESCRIPTION_MAX);
    if !sector_code.is_empty() && parsed_sector.is_none() {
        check.fail("sector", "choice_invalid");
    }
    if parsed_hours.is_none() {
        check.fail("hours", "hours_invalid");
    }
    check.finish().map_err(AppError::invalid)?;
    Ok((parsed_sector, parsed_hours.unwrap_or(1)))
}

pub fn check_message(message: &str) -> Result<(), AppError> {
    let mut check = Check::new();
    check.length("message", message, 0, MESSAGE_MAX);
    check.finish().map_err(AppError::invalid)
}

pub fn check_post(body: &str) -> Result<(), AppError> {
    let mut check = Check::new();
    check.length("body", body, 1, POST_MAX);
    check.finish().map_err(AppError::invalid)
}

/// A task's title and its due date (`YYYY-MM-DD` as a date input sends it, or empty).
pub fn check_task(title: &str, due_on: &str) -> Result<Option<String>, AppError> {
    let due = due_on.trim();
    let mut check = Check::new();
    check.length("title", title, 3, TASK_MAX);
    if !due.is_empty() && !is_date(due) {
        check.fail("due_on", "date_invalid");
    }
    check.finish().map_err(AppError::invalid)?;
    Ok((!due.is_empty()).then(|| due.to_owned()))
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    if !(2000..=2100).contains(&y) || text.len() != 10 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balance_splits_the_five_sectors() {
        let (covered, lacking) = sector_balance(&[Sector::Youth, Sector::Social]);
        assert_eq!(covered, vec![Sector::Youth, Sector::Social]);
        assert_eq!(
            lacking,
            vec![Sector::Culture, Sector::Education, Sector::Business]
        );
    }

    #[test]
    fn filter_round_trips_through_the_url() {
        let filter = TeamFilter {
            sector: Some(Sector::Business),
            looking: true,
            page: 2,
        };
        let query = filter.to_query(2);
        assert_eq!(query, "?sector=business&looking=1&page=2");
        let parsed = TeamFilter::from_params(|name| {
            query
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_owned))
        });
        assert_eq!(parsed, filter);
        assert_eq!(
            TeamFilter::from_params(|_| Some("nonsense".into())),
            TeamFilter {
                sector: None,
                looking: false,
                page: 1
            }
        );
    }

    #[test]
    fn role_and_task_fields_are_checked() {
        let role = |title: &str, skills: &str, sector: &str, hours: &str| RoleEdit {
            title: title.into(),
            skills: skills.into(),
            sector: sector.into(),
            hours: hours.into(),
            description: String::new(),
        };
        assert_eq!(
            check_role(&role("Montuotojas", "Video montažas", "culture", "4")).unwrap(),
            (Some(Sector::Culture), 4)
        );
        let err = check_role(&role("x", "", "sports", "0")).unwrap_err();
        assert_eq!(err.field_code("title"), Some("too_short"));
        assert_eq!(
            check_post("   ").unwrap_err().field_code("body"),
            Some("missing")
        );
        for field in ["title", "sector", "hours"] {
            assert!(err.field_code(field).is_some(), "{field}");
        }
        assert_eq!(
            check_task("Nupirkti projektorių", "2026-12-01").unwrap(),
            Some("2026-12-01".into())
        );
        assert_eq!(check_task("Nupirkti projektorių", "").unwrap(), None);
        for bad in ["2026-02-30", "2026-13-01", "rytoj", "2026-1-1"] {
            assert!(check_task("Nupirkti projektorių", bad).is_err(), "{bad}");
        }
    }
}
