//! The teams' rules, shared by browser and server: a team's and a role's fields, messages,
//! posts and tasks.
use super::{
    DESCRIPTION_MAX, MESSAGE_MAX, NAME_MAX, POST_MAX, ROLE_TITLE_MAX, SKILLS_MAX, TASK_MAX,
};
use crate::common::error::AppError;
use crate::common::sectors::Sector;
use crate::common::Check;
use serde::{Deserialize, Serialize};

pub fn check_team(name: &str, description: &str) -> Result<(), AppError> {
    let mut check = Check::new();
    check.line("name", name, 3, NAME_MAX);
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
    check.line("title", title, 3, ROLE_TITLE_MAX);
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
    check.line("title", title, 3, TASK_MAX);
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
    use crate::teams::*;

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
