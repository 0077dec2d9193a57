//! Ideas for the city: what an idea is on the wire, the rules its forms follow, the stage
//! rule, and the search query. Shared by the server and the browser.
pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod markdown;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod stage;

use crate::common::error::FieldError;
use crate::common::sectors::Sector;
use crate::common::PersonRef;
use crate::common::{parse_tags, Check};
use serde::{Deserialize, Serialize};
pub use stage::Stage;

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
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
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
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum FeedbackKind {
        Suggestion = "suggestion" => feedback_suggestion,
        Question = "question" => feedback_question,
        Concern = "concern" => feedback_concern,
    }
}

crate::coded! {
    /// Why something was reported.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
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
    #[derive(Default, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
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
    pub sort: SortOrder,
    pub page: i64,
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
    }
}

/// An idea in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaCard {
    pub id: i64,
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
    pub id: i64,
    pub author: PersonRef,
    /// Sanitised HTML rendered on the server.
    pub body_html: String,
    pub feedback: Option<FeedbackKind>,
    pub addressed: bool,
    pub created_at: String,
    pub hidden: bool,
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
    pub id: i64,
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
}

/// A possibly similar idea, shown while a title is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimilarIdea {
    pub id: i64,
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
    pub idea_id: i64,
    pub title: String,
    pub versions: Vec<VersionInfo>,
    pub from: i64,
    pub to: i64,
    pub changes: Vec<FieldChange>,
}

/// An invitation to co-author, as its link shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    pub idea_id: i64,
    pub idea_title: String,
    pub invited_by: String,
}

/// An open report in the moderation queue, with what was reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub id: i64,
    pub idea_id: i64,
    pub idea_title: String,
    pub comment_id: Option<i64>,
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

/// The rules of the share form (one short step).
pub fn check_share(title: &str, summary: &str, sectors: &[String]) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    check_title_summary(&mut check, title, summary);
    check_sectors(&mut check, sectors);
    check.finish()
}

fn check_title_summary(check: &mut Check, title: &str, summary: &str) {
    let title_len = title.trim().chars().count();
    if !(TITLE_MIN..=TITLE_MAX).contains(&title_len) {
        check.fail("title", "title_length");
    } else if title.chars().any(char::is_control) {
        check.fail("title", "name_invalid");
    }
    let summary_len = summary.trim().chars().count();
    if summary_len == 0 {
        check.fail("summary", "missing");
    } else if summary_len > SUMMARY_MAX {
        check.fail("summary", "too_long");
    }
}

fn check_sectors(check: &mut Check, sectors: &[String]) {
    if sectors.is_empty() {
        check.fail("sectors", "sectors_missing");
    } else if sectors.iter().any(|s| Sector::from_code(s).is_none()) {
        check.fail("sectors", "choice_invalid");
    }
}

/// The fields of the full edit form, as typed.
#[derive(Debug, Clone, Default)]
pub struct IdeaFields<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub sectors: &'a [String],
    pub description: &'a str,
    pub tags: &'a str,
    pub district: &'a str,
    pub lat: &'a str,
    pub lng: &'a str,
    pub need_skills: &'a str,
    pub needs_note: &'a str,
}

/// The rules of the edit form.
pub fn check_idea(fields: &IdeaFields) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    check_title_summary(&mut check, fields.title, fields.summary);
    check_sectors(&mut check, fields.sectors);
    check.max_len("description", fields.description, DESCRIPTION_MAX);
    check.tags("tags", fields.tags);
    if parse_tags(fields.tags).len() > IDEA_TAGS_MAX {
        check.fail("tags", "tags_invalid");
    }
    check.tags("need_skills", fields.need_skills);
    check.max_len("needs_note", fields.needs_note, NOTE_MAX);
    if !fields.district.is_empty() && District::from_code(fields.district).is_none() {
        check.fail("district", "choice_invalid");
    }
    if parse_point(fields.lat, fields.lng).is_err() {
        check.fail("lat", "point_invalid");
    }
    check.finish()
}

/// A point in Kaunas from two typed numbers (a decimal comma is accepted); both empty is no
/// point.
pub fn parse_point(lat: &str, lng: &str) -> Result<Option<(f64, f64)>, &'static str> {
    let (lat, lng) = (lat.trim(), lng.trim());
    if lat.is_empty() && lng.is_empty() {
        return Ok(None);
    }
    let number = |s: &str| {
        s.replace(',', ".")
            .parse::<f64>()
            .map_err(|_| "point_invalid")
    };
    let (lat, lng) = (number(lat)?, number(lng)?);
    // The city and its edges; the database holds the same bounds.
    if (54.80..=55.00).contains(&lat) && (23.75..=24.10).contains(&lng) {
        Ok(Some((lat, lng)))
    } else {
        Err("point_invalid")
    }
}

/// The rules of a comment.
pub fn check_comment(body: &str, feedback: &str) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    if body.trim().is_empty() {
        check.fail("body", "missing");
    }
    check.max_len("body", body, COMMENT_MAX);
    if !feedback.is_empty() && FeedbackKind::from_code(feedback).is_none() {
        check.fail("feedback", "choice_invalid");
    }
    check.finish()
}

/// The full-text query for what a person typed: every word must match as a prefix. Words are
/// quoted, so nothing typed is read as FTS5 syntax. `None` when there is nothing to search.
pub fn fts_all_words(input: &str) -> Option<String> {
    let words = search_words(input, 1);
    (!words.is_empty()).then(|| words.join(" "))
}

/// The full-text query for "similar ideas": any of the title's longer words.
pub fn fts_any_word(input: &str) -> Option<String> {
    let words = search_words(input, 4);
    (!words.is_empty()).then(|| words.join(" OR "))
}

fn search_words(input: &str, min_len: usize) -> Vec<String> {
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= min_len)
        .take(8)
        .map(|w| format!("\"{}\"*", w.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_round_trips_through_the_url() {
        let params = [
            ("q", "šančiai kiemas"),
            ("sector", "youth"),
            ("stage", "shaping"),
            ("tag", "Kiemai"),
            ("district", "sanciai"),
            ("sort", "supported"),
            ("page", "3"),
        ];
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        };
        let filter = IdeaFilter::from_params(get);
        assert_eq!(filter.tag.as_deref(), Some("kiemai"));
        assert_eq!(filter.page, 3);
        let query = filter.to_query(2);
        assert!(query.starts_with("?q=%C5%A1an%C4%8Diai%20kiemas&sector=youth"));
        assert!(query.ends_with("&sort=supported&page=2"));
        assert_eq!(IdeaFilter::default().to_query(1), "");
    }

    #[test]
    fn unknown_filter_values_are_ignored() {
        let filter = IdeaFilter::from_params(|name| match name {
            "sector" => Some("sports".into()),
            "page" => Some("-4".into()),
            "sort" => Some("random".into()),
            _ => None,
        });
        assert_eq!(filter.sector, None);
        assert_eq!(filter.page, 1);
        assert_eq!(filter.sort, SortOrder::Newest);
        assert!(!filter.is_filtered());
    }

    #[test]
    fn search_words_are_quoted_prefixes() {
        assert_eq!(
            fts_all_words("Žalgiris \"OR\" arena*").as_deref(),
            Some("\"žalgiris\"* \"or\"* \"arena\"*")
        );
        assert_eq!(fts_all_words("  -- ** "), None);
        assert_eq!(
            fts_any_word("Kino vakarai kieme").as_deref(),
            Some("\"kino\"* OR \"vakarai\"* OR \"kieme\"*")
        );
    }

    #[test]
    fn sharing_needs_a_title_a_summary_and_a_sector() {
        assert!(check_share(
            "Kiemų kinas Šilainiuose",
            "Filmai kiemuose.",
            &["youth".into()]
        )
        .is_ok());
        let errors = check_share("Kin", "", &[]).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "summary", "sectors"]);
    }

    #[test]
    fn a_point_must_be_in_kaunas() {
        assert_eq!(parse_point("", ""), Ok(None));
        assert_eq!(
            parse_point("54,8972", "23.8861"),
            Ok(Some((54.8972, 23.8861)))
        );
        assert_eq!(parse_point("54.6872", "25.2797"), Err("point_invalid"));
        assert_eq!(parse_point("54.9", ""), Err("point_invalid"));
    }
}
