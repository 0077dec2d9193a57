//! The public list's filters and orders, as they appear in the URL.
use super::{District, Stage};
use crate::common::sectors::Sector;
use serde::{Deserialize, Serialize};

crate::coded! {
    /// The orders of the public list.
    #[derive(Default)]
    pub enum SortOrder {
        #[default]
        Newest = "newest" => sort_newest,
        Supported = "supported" => sort_supported,
        Discussed = "discussed" => sort_discussed,
        Active = "active" => sort_active,
    }
}

/// The public list's filters, as they appear in the URL (`/ideas?q=…&sector=…&page=2`).
/// Unknown values are ignored rather than refused: a shared link never breaks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaFilter {
    pub q: String,
    pub sector: Option<Sector>,
    pub stage: Option<Stage>,
    pub tag: Option<String>,
    pub district: Option<District>,
    /// Ideas that still need this (no partner's pledge of it accepted yet).
    #[serde(default)]
    pub needs: Option<NeedKind>,
    pub sort: SortOrder,
    pub page: i64,
}

crate::coded! {
    /// What partners can meet, for "ideas that still need …".
    pub enum NeedKind {
        Venue = "venue" => filter_needs_venue,
        Money = "money" => filter_needs_money,
        Materials = "materials" => filter_needs_materials,
    }
}

impl IdeaFilter {
    /// Reads the filter from query parameters (missing ones are `None`).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let clean = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        IdeaFilter {
            q: clean("q")
                .map(|q| q.chars().take(100).collect())
                .unwrap_or_default(),
            sector: clean("sector").and_then(|s| Sector::from_code(&s)),
            stage: clean("stage").and_then(|s| Stage::from_code(&s)),
            tag: clean("tag").map(|t| t.to_lowercase().chars().take(40).collect()),
            district: clean("district").and_then(|d| District::from_code(&d)),
            needs: clean("needs").and_then(|n| NeedKind::from_code(&n)),
            sort: clean("sort")
                .and_then(|s| SortOrder::from_code(&s))
                .unwrap_or_default(),
            page: clean("page")
                .and_then(|p| p.parse::<i64>().ok())
                .unwrap_or(1)
                .clamp(1, 10_000),
        }
    }

    /// The query string of this filter on page `page` (defaults left out), with a leading `?`
    /// unless it is empty.
    pub fn to_query(&self, page: i64) -> String {
        let mut parts: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            parts.push(("q", self.q.clone()));
        }
        if let Some(sector) = self.sector {
            parts.push(("sector", sector.code().to_owned()));
        }
        if let Some(stage) = self.stage {
            parts.push(("stage", stage.code().to_owned()));
        }
        if let Some(tag) = &self.tag {
            parts.push(("tag", tag.clone()));
        }
        if let Some(district) = self.district {
            parts.push(("district", district.code().to_owned()));
        }
        if let Some(needs) = self.needs {
            parts.push(("needs", needs.code().to_owned()));
        }
        if self.sort != SortOrder::Newest {
            parts.push(("sort", self.sort.code().to_owned()));
        }
        if page > 1 {
            parts.push(("page", page.to_string()));
        }
        if parts.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = parts
            .into_iter()
            .map(|(k, v)| format!("{k}={}", crate::ui::lang_switch::encode_component(&v)))
            .collect();
        format!("?{}", encoded.join("&"))
    }

    /// Whether anything narrows the list.
    pub fn is_filtered(&self) -> bool {
        !self.q.is_empty()
            || self.sector.is_some()
            || self.stage.is_some()
            || self.tag.is_some()
            || self.district.is_some()
            || self.needs.is_some()
    }
}
