//! A workshop as typed into the creation form, and its check, field by field.
use super::rules::{valid_day, valid_moment};
use crate::common::ids::PlaceId;
use crate::common::sectors::Sector;
use crate::common::Check;
use crate::festival::parse_hhmm;
use crate::ideas::stage::Stage;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const PURPOSE_MAX: usize = 2000;
pub const SEATS_MAX: i64 = 500;

/// The creation form's fields as typed (sectors and facilitators arrive as lists beside it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopForm {
    pub title: String,
    pub purpose: String,
    pub serves: String,
    pub series: String,
    pub age_min: String,
    pub age_max: String,
    pub lang: String,
    pub day: String,
    pub starts: String,
    pub ends: String,
    /// A place's id, or "online".
    pub place: String,
    pub online_url: String,
    pub capacity: String,
    /// `YYYY-MM-DDTHH:MM` (a `datetime-local` field); empty: when it starts.
    pub closes: String,
}

/// Where a workshop happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Place(PlaceId),
    Online,
}

/// A form that passed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedWorkshop {
    pub serves: Stage,
    pub age_min: i64,
    pub age_max: Option<i64>,
    pub lang: &'static str,
    pub starts: u32,
    pub ends: u32,
    pub at: Where,
    pub capacity: i64,
    /// Local `YYYY-MM-DD HH:MM`.
    pub closes_at: String,
    pub sectors: Vec<Sector>,
}

impl WorkshopForm {
    /// What to keep after a failure, field by field.
    pub fn kept(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("title", &self.title),
            ("purpose", &self.purpose),
            ("serves", &self.serves),
            ("series", &self.series),
            ("age_min", &self.age_min),
            ("age_max", &self.age_max),
            ("lang", &self.lang),
            ("day", &self.day),
            ("starts", &self.starts),
            ("ends", &self.ends),
            ("place", &self.place),
            ("online_url", &self.online_url),
            ("capacity", &self.capacity),
            ("closes", &self.closes),
        ]
    }

    /// Checks every field; all problems at once, each with its field.
    pub fn check(
        &self,
        sectors: &[String],
    ) -> Result<CheckedWorkshop, Vec<crate::common::error::FieldError>> {
        let mut c = Check::new();
        c.line("title", self.title.trim(), 3, TITLE_MAX);
        c.length("purpose", self.purpose.trim(), 10, PURPOSE_MAX);
        if !self.series.trim().is_empty() {
            c.line("series", self.series.trim(), 3, TITLE_MAX);
        }
        let serves = match self.serves.as_str() {
            "team" => Stage::Team,
            "workshop" => Stage::Workshop,
            "" => {
                c.fail("serves", "missing");
                Stage::Team
            }
            _ => {
                c.fail("serves", "choice_invalid");
                Stage::Team
            }
        };
        let age_min = match self.age_min.trim() {
            "" => 0,
            a => a
                .parse::<i64>()
                .ok()
                .filter(|a| (0..=120).contains(a))
                .unwrap_or_else(|| {
                    c.fail("age_min", "out_of_range");
                    0
                }),
        };
        let age_max = match self.age_max.trim() {
            "" => None,
            a => match a.parse::<i64>() {
                Ok(a) if (age_min..=120).contains(&a) => Some(a),
                _ => {
                    c.fail("age_max", "out_of_range");
                    None
                }
            },
        };
        let when = check_when_where(
            &mut c,
            &WhenWhereInput {
                lang: &self.lang,
                day: &self.day,
                starts: &self.starts,
                ends: &self.ends,
                place: &self.place,
                online_url: &self.online_url,
                capacity: &self.capacity,
                closes: &self.closes,
            },
        );
        let mut chosen = Vec::new();
        for code in sectors {
            match Sector::from_code(code) {
                Some(s) if !chosen.contains(&s) => chosen.push(s),
                Some(_) => {}
                None => c.fail("sectors", "choice_invalid"),
            }
        }
        if chosen.is_empty() {
            c.fail("sectors", "sectors_missing");
        }
        c.finish()?;
        Ok(CheckedWorkshop {
            serves,
            age_min,
            age_max,
            lang: when.lang,
            starts: when.starts,
            ends: when.ends,
            at: when.at,
            capacity: when.capacity,
            closes_at: when.closes_at,
            sectors: chosen,
        })
    }
}

/// The "when and where" fields every gathering shares (a workshop, a forum), as typed.
#[derive(Debug, Clone, Copy)]
pub struct WhenWhereInput<'a> {
    pub lang: &'a str,
    pub day: &'a str,
    pub starts: &'a str,
    pub ends: &'a str,
    /// A place's id, or "online".
    pub place: &'a str,
    pub online_url: &'a str,
    pub capacity: &'a str,
    /// `YYYY-MM-DDTHH:MM`; empty: when it starts.
    pub closes: &'a str,
}

/// The "when and where" of a gathering after its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenWhere {
    pub lang: &'static str,
    pub starts: u32,
    pub ends: u32,
    pub at: Where,
    pub capacity: i64,
    /// Local `YYYY-MM-DD HH:MM`.
    pub closes_at: String,
}

fn missing_or(text: &str, code: &'static str) -> &'static str {
    if text.trim().is_empty() {
        "missing"
    } else {
        code
    }
}

/// Checks the language, day, hours, place (or online link), seats and registration deadline
/// of a gathering, each problem on its field.
pub fn check_when_where(c: &mut Check, f: &WhenWhereInput) -> WhenWhere {
    let lang = match f.lang {
        "en" => "en",
        "lt" | "" => "lt",
        _ => {
            c.fail("lang", "choice_invalid");
            "lt"
        }
    };
    if !valid_day(f.day.trim()) {
        c.fail("day", missing_or(f.day, "date_invalid"));
    }
    let starts = parse_hhmm(f.starts).filter(|m| *m < 1440);
    if starts.is_none() {
        c.fail("starts", missing_or(f.starts, "not_a_time"));
    }
    let ends = parse_hhmm(f.ends);
    match (starts, ends) {
        (_, None) => c.fail("ends", missing_or(f.ends, "not_a_time")),
        (Some(s), Some(e)) if e <= s => c.fail("ends", "before_start"),
        _ => {}
    }
    let at = match f.place.trim() {
        "online" => {
            let url = f.online_url.trim();
            if !url.starts_with("https://")
                || url.len() < 12
                || url.len() > 300
                || url.contains(char::is_whitespace)
            {
                c.fail("online_url", "url_invalid");
            }
            Where::Online
        }
        "" => {
            c.fail("place", "missing");
            Where::Online
        }
        id => match id.parse() {
            Ok(id) => Where::Place(id),
            Err(_) => {
                c.fail("place", "choice_invalid");
                Where::Online
            }
        },
    };
    let capacity = match f.capacity.trim().parse::<i64>() {
        Ok(n) if (1..=SEATS_MAX).contains(&n) => n,
        _ => {
            c.fail("capacity", missing_or(f.capacity, "out_of_range"));
            1
        }
    };
    let starts_at = format!("{} {}", f.day.trim(), super::hhmm(starts.unwrap_or(0)));
    let closes_at = match f.closes.trim() {
        "" => starts_at.clone(),
        text => {
            let text = text.replacen('T', " ", 1);
            if !valid_moment(&text) {
                c.fail("closes", "date_invalid");
            } else if text > starts_at {
                c.fail("closes", "closes_after_start");
            }
            text
        }
    };
    WhenWhere {
        lang,
        starts: starts.unwrap_or(0),
        ends: ends.unwrap_or(0),
        at,
        capacity,
        closes_at,
    }
}
