//! The program's filters as they travel in the URL.
use crate::common::sectors::Sector;
use crate::festival::hhmm;
use crate::festival::parse_hhmm;
use serde::{Deserialize, Serialize};

use crate::festival::Card;
use crate::festival::Category;
use crate::festival::DayPart;

crate::coded! {
    /// How the program list is arranged.
    #[derive(Default)]
    pub enum Arrange {
        #[default]
        Time = "time",
        Venue = "venue",
        Sector = "sector",
    }
}

/// The program's filters, as in the URL: `?sector=culture&category=talk&part=evening&now=1&
/// at=14:30&view=venue`. The same filters act on the list and the map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramFilter {
    pub sector: Option<Sector>,
    pub category: Option<Category>,
    pub part: Option<DayPart>,
    /// Only what is on at the moment (`at`, or now on the day).
    pub now: bool,
    /// A moment of the festival day to look at instead of the clock.
    pub at: Option<u32>,
    pub view: Arrange,
}

impl ProgramFilter {
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        ProgramFilter {
            sector: get("sector").and_then(|s| Sector::from_code(&s)),
            category: get("category").and_then(|c| Category::from_code(&c)),
            part: get("part").and_then(|p| DayPart::from_code(&p)),
            now: get("now").is_some_and(|v| v == "1" || v == "on" || v == "true"),
            at: get("at").and_then(|a| parse_hhmm(&a)),
            view: match get("view").as_deref() {
                Some("venue") => Arrange::Venue,
                Some("sector") => Arrange::Sector,
                _ => Arrange::Time,
            },
        }
    }

    /// The moment "on now" and "next" refer to: the chosen one, or the clock on the day.
    pub fn moment(&self, clock: Option<u32>) -> Option<u32> {
        self.at.or(clock)
    }

    pub fn matches(&self, card: &Card, clock: Option<u32>) -> bool {
        self.sector.is_none_or(|s| card.sector == s)
            && self.category.is_none_or(|c| card.category == c)
            && self
                .part
                .is_none_or(|p| card.start.is_some_and(|s| DayPart::of(s) == p))
            && (!self.now
                || self
                    .moment(clock)
                    .is_some_and(|minute| card.running_at(minute)))
    }

    /// The query string for these filters with another view (or the same).
    pub fn to_query(&self, view: Arrange) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.sector {
            parts.push(format!("sector={}", s.code()));
        }
        if let Some(c) = self.category {
            parts.push(format!("category={}", c.code()));
        }
        if let Some(p) = self.part {
            parts.push(format!("part={}", p.code()));
        }
        if self.now {
            parts.push("now=1".into());
        }
        if let Some(at) = self.at {
            parts.push(format!("at={}", hhmm(at)));
        }
        if view != Arrange::Time {
            parts.push(format!("view={}", view.code()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}
