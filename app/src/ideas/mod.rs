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
mod filter;
mod rules;
pub use edit::*;
pub use filter::*;
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
    /// The newest [`REPLIES_PER_THREAD`] replies, oldest first.
    pub replies: Vec<CommentView>,
    /// How many earlier replies are not in `replies`.
    #[serde(default)]
    pub earlier_replies: i64,
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
    /// The idea's author (who may remove co-authors).
    #[serde(default)]
    pub author: bool,
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
    /// One page of the discussion (see [`CommentPage`]).
    pub comments: Vec<CommentView>,
    /// When comments earlier than this page exist: the `before` cursor that shows them.
    #[serde(default)]
    pub comments_earlier: Option<crate::common::ids::CommentId>,
    /// Which page of the discussion this is.
    #[serde(default)]
    pub comments_page: CommentPage,
    /// How many comments are mentor feedback, on every page.
    #[serde(default)]
    pub feedback_count: i64,
    pub me: ViewerState,
    /// The workshop the idea was born in: (its id, its title).
    #[serde(default)]
    pub born_in: Option<(crate::common::ids::WorkshopId, String)>,
    /// The forum the idea was born in: (its id, its title).
    #[serde(default)]
    pub born_in_forum: Option<(crate::common::ids::ForumId, String)>,
    /// Co-author invitations not yet used or expired, for the idea's editors only: (its id,
    /// the address it went to).
    #[serde(default)]
    pub invites: Vec<(i64, String)>,
}

/// How many comments (with their replies) one page of a discussion shows.
pub const THREADS_PER_PAGE: usize = 50;
/// How many replies are shown under one comment.
pub const REPLIES_PER_THREAD: usize = 200;

/// Which page of an idea's discussion to show: the newest comments, those before a comment
/// (`?before=ID`), or the page that holds a comment (`?comment=ID`, where links to a comment
/// go); all of them, or mentor feedback only (`?feedback=1`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentPage {
    #[serde(default)]
    pub before: Option<crate::common::ids::CommentId>,
    /// Set only when the comment is not on the newest page: the page ends with its thread.
    #[serde(default)]
    pub at: Option<crate::common::ids::CommentId>,
    #[serde(default)]
    pub feedback: bool,
}

impl CommentPage {
    /// The newest comments, where new ones are written.
    pub fn is_latest(&self) -> bool {
        self.before.is_none() && self.at.is_none()
    }
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
    /// Its texts were redacted (emptied) by an author or the steering group.
    #[serde(default)]
    pub redacted: bool,
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
    /// The viewer may redact earlier versions (an author, or the steering group).
    #[serde(default)]
    pub may_redact: bool,
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
