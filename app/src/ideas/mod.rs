//! Ideas for the city: what an idea is on the wire, the rules its forms follow, the stage
//! rule, and the search query. Shared by the server and the browser.
use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::common::sectors::Sector;
use crate::common::PersonRef;
use serde::{Deserialize, Serialize};
pub use stage::Stage;

pub mod api;

pub mod components;

#[cfg(feature = "ssr")]
pub mod markdown;

pub mod pages;

pub mod routes;

#[cfg(feature = "ssr")]
pub mod ssr;

pub mod stage;

mod edit;
mod rules;
pub use edit::*;
pub use rules::*;

/// The slot on an idea's page where other features show what became of the idea (its team,
/// its festival interventions); the argument is the idea's id.
pub enum IdeaParts {}

pub const TITLE_MIN: usize = 5;

pub const TITLE_MAX: usize = 120;

pub const SUMMARY_MAX: usize = 300;

pub const DESCRIPTION_MAX: usize = 10_000;

pub const NOTE_MAX: usize = 500;

pub const COMMENT_MAX: usize = 4_000;

pub const REASON_MAX: usize = 300;

pub const IDEA_TAGS_MAX: usize = 10;

/// Ideas per page of the public list.
pub const PAGE_SIZE: i64 = 20;

crate::coded! {
    /// Kaunas' districts (seniūnijos), and the old town. Names are proper nouns, the same in both
    /// languages.
    pub enum District {
        Centras = "centras",
        Senamiestis = "senamiestis",
        Zaliakalnis = "zaliakalnis",
        Aleksotas = "aleksotas",
        Dainava = "dainava",
        Eiguliai = "eiguliai",
        Griciupis = "griciupis",
        Panemune = "panemune",
        Petrasiunai = "petrasiunai",
        Sanciai = "sanciai",
        Silainiai = "silainiai",
        Vilijampole = "vilijampole",
    }
}

impl District {
    pub fn name(self) -> &'static str {
        match self {
            District::Centras => "Centras",
            District::Senamiestis => "Senamiestis",
            District::Zaliakalnis => "Žaliakalnis",
            District::Aleksotas => "Aleksotas",
            District::Dainava => "Dainava",
            District::Eiguliai => "Eiguliai",
            District::Griciupis => "Gričiupis",
            District::Panemune => "Panemunė",
            District::Petrasiunai => "Petrašiūnai",
            District::Sanciai => "Šančiai",
            District::Silainiai => "Šilainiai",
            District::Vilijampole => "Vilijampolė",
        }
    }
}

crate::coded! {
    /// What a mentor's comment is, when it is feedback.
    pub enum FeedbackKind {
        Suggestion = "suggestion" => feedback_suggestion,
        Question = "question" => feedback_question,
        Concern = "concern" => feedback_concern,
    }
}

crate::coded! {
    /// Why something was reported.
    pub enum ReportReason {
        Spam = "spam" => report_spam,
        Abuse = "abuse" => report_abuse,
        PersonalData = "personal_data" => report_personal_data,
        Misinformation = "misinformation" => report_misinformation,
        Other = "other" => report_other,
    }
}

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

/// An idea in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaCard {
    pub id: IdeaId,
    pub title: String,
    pub summary: String,
    pub stage: Stage,
    pub sectors: Vec<Sector>,
    pub tags: Vec<String>,
    pub district: Option<District>,
    pub author: PersonRef,
    pub support_count: i64,
    pub comment_count: i64,
    pub created_at: String,
    /// The language it is written in ("lt" or "en").
    pub lang: String,
}

/// One page of the public list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaList {
    pub items: Vec<IdeaCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// What the idea needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Needs {
    pub skills: Vec<String>,
    pub venue: bool,
    pub money: bool,
    pub materials: bool,
    pub note: String,
}

impl Needs {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
            && !self.venue
            && !self.money
            && !self.materials
            && self.note.is_empty()
    }
}

/// A comment as shown, with its replies. A hidden comment has an empty body for everyone but
/// the steering group, who see it with the mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: crate::common::ids::CommentId,
    pub author: PersonRef,
    /// Sanitised HTML rendered on the server.
    pub body_html: String,
    pub feedback: Option<FeedbackKind>,
    pub addressed: bool,
    pub created_at: String,
    pub hidden: bool,
    /// The language it is written in ("lt" or "en").
    pub lang: String,
    pub replies: Vec<CommentView>,
}

/// What the current viewer may do on an idea page, and has done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewerState {
    pub signed_in: bool,
    pub may_publish: bool,
    pub supported: bool,
    pub following: bool,
    /// Author or co-author.
    pub editor: bool,
    pub mentor: bool,
    pub steering: bool,
}

/// An idea's own page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaDetail {
    pub id: IdeaId,
    pub title: String,
    pub summary: String,
    /// The Markdown source, for editors.
    pub description: String,
    /// Sanitised HTML rendered on the server.
    pub description_html: String,
    pub tags: Vec<String>,
    pub sectors: Vec<Sector>,
    pub district: Option<District>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub needs: Needs,
    pub lang: String,
    pub stage: Stage,
    pub archived_reason: Option<String>,
    pub version: i64,
    pub support_count: i64,
    pub comment_count: i64,
    pub created_at: String,
    pub updated_at: String,
    pub author: PersonRef,
    pub coauthors: Vec<PersonRef>,
    /// Hidden by a moderator: the text fields are empty unless the viewer is steering.
    pub hidden: bool,
    pub comments: Vec<CommentView>,
    pub me: ViewerState,
    /// The workshop the idea was born in: (its id, its title).
    #[serde(default)]
    pub born_in: Option<(crate::common::ids::WorkshopId, String)>,
    /// The forum the idea was born in: (its id, its title).
    #[serde(default)]
    pub born_in_forum: Option<(crate::common::ids::ForumId, String)>,
}

/// Where a new idea is born, when the share form was opened from a gathering one took part in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BornIn {
    Workshop(crate::common::ids::WorkshopId),
    Forum(crate::common::ids::ForumId),
}

/// A possibly similar idea, shown while a title is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimilarIdea {
    pub id: IdeaId,
    pub title: String,
    pub stage: Stage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub version: i64,
    pub editor: PersonRef,
    pub created_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiffKind {
    Same,
    Added,
    Removed,
}

/// One field that differs between two versions, as runs of unchanged, added and removed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub parts: Vec<(DiffKind, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub idea_id: IdeaId,
    pub title: String,
    pub versions: Vec<VersionInfo>,
    pub from: i64,
    pub to: i64,
    pub changes: Vec<FieldChange>,
}

/// An invitation to co-author, as its link shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    pub idea_id: IdeaId,
    pub idea_title: String,
    pub invited_by: String,
}

/// An open report in the moderation queue, with what was reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub id: i64,
    pub idea_id: IdeaId,
    pub idea_title: String,
    pub comment_id: Option<CommentId>,
    /// The reported text: the comment, or the idea's summary.
    pub excerpt: String,
    pub author: PersonRef,
    pub author_blocked: bool,
    pub hidden: bool,
    pub reason: ReportReason,
    pub note: String,
    pub reporter: String,
    pub created_at: String,
}
