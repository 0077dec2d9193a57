//! The rules of the idea forms (shared by browser and server) and how a search becomes an FTS5
//! query.
use crate::common::error::FieldError;
use crate::common::sectors::Sector;
use crate::common::{parse_tags, Check};
use crate::ideas::District;
use crate::ideas::FeedbackKind;
use crate::ideas::COMMENT_MAX;
use crate::ideas::DESCRIPTION_MAX;
use crate::ideas::IDEA_TAGS_MAX;
use crate::ideas::NOTE_MAX;
use crate::ideas::SUMMARY_MAX;
use crate::ideas::TITLE_MAX;
use crate::ideas::TITLE_MIN;

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
    } else if title.chars().any(crate::common::breaks_line) {
        check.fail("title", "line_break");
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
    use crate::ideas::*;

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
