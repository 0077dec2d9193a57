//! A forum and a segment of its flow as typed into their forms, and their checks.
use super::{SegmentKind, CALLING_MAX, QUESTIONS_MAX, ROUNDS_MAX, TABLES_MAX};
use crate::common::Check;
use crate::festival::parse_hhmm;
use crate::workshops::{check_when_where, WhenWhere, WhenWhereInput, TITLE_MAX};
use serde::{Deserialize, Serialize};

/// The forum form's fields as typed (co-hosts arrive as a list beside it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ForumForm {
    pub title: String,
    /// The calling question: what the forum is for.
    pub calling: String,
    pub lang: String,
    pub day: String,
    pub starts: String,
    pub ends: String,
    /// A place's id, or "online".
    pub place: String,
    pub online_url: String,
    pub capacity: String,
    pub closes: String,
}

impl ForumForm {
    pub fn kept(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("title", &self.title),
            ("calling", &self.calling),
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
    pub fn check(&self) -> Result<WhenWhere, Vec<crate::common::error::FieldError>> {
        let mut c = Check::new();
        c.line("title", self.title.trim(), 3, TITLE_MAX);
        c.length("calling", self.calling.trim(), 10, CALLING_MAX);
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
        c.finish()?;
        Ok(when)
    }
}

/// A segment of the flow as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentForm {
    pub kind: String,
    pub starts: String,
    pub ends: String,
    /// One question per line: one per round for World Café and Pro Action Café.
    pub questions: String,
    pub round_min: String,
    pub tables: String,
    /// Open Space: its spaces, one per line, "name, seats".
    pub spaces: String,
    /// Open Space: "on" when conveners may place their own sessions.
    pub conveners_place: String,
}

/// A segment that passed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedSegment {
    pub kind: SegmentKind,
    pub starts: u32,
    pub ends: u32,
    pub questions: Vec<String>,
    pub round_min: Option<u32>,
    pub tables: Option<u32>,
    pub spaces: Vec<(String, u32)>,
    pub conveners_place: bool,
}

impl SegmentForm {
    pub fn kept(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("kind", &self.kind),
            ("starts", &self.starts),
            ("ends", &self.ends),
            ("questions", &self.questions),
            ("round_min", &self.round_min),
            ("tables", &self.tables),
            ("spaces", &self.spaces),
            ("conveners_place", &self.conveners_place),
        ]
    }

    /// Checks the fields on their own (whether it fits the flow is [`super::segment_fits`]).
    pub fn check(&self) -> Result<CheckedSegment, Vec<crate::common::error::FieldError>> {
        let mut c = Check::new();
        let kind = SegmentKind::from_code(self.kind.trim());
        if kind.is_none() {
            c.fail(
                "kind",
                if self.kind.trim().is_empty() {
                    "missing"
                } else {
                    "choice_invalid"
                },
            );
        }
        let starts = parse_hhmm(&self.starts).filter(|m| *m < 1440);
        if starts.is_none() {
            c.fail(
                "starts",
                if self.starts.trim().is_empty() {
                    "missing"
                } else {
                    "not_a_time"
                },
            );
        }
        let ends = parse_hhmm(&self.ends);
        match (starts, ends) {
            (_, None) => c.fail(
                "ends",
                if self.ends.trim().is_empty() {
                    "missing"
                } else {
                    "not_a_time"
                },
            ),
            (Some(s), Some(e)) if e <= s => c.fail("ends", "before_start"),
            _ => {}
        }
        let questions: Vec<String> = self
            .questions
            .lines()
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(String::from)
            .collect();
        c.length("questions", self.questions.trim(), 3, QUESTIONS_MAX);
        let rounds = kind.is_some_and(SegmentKind::has_rounds);
        if rounds && questions.len() > ROUNDS_MAX {
            c.fail("questions", "too_many_rounds");
        }
        if !rounds && questions.len() > 1 {
            c.fail("questions", "one_question");
        }
        let number = |c: &mut Check,
                      field: &'static str,
                      text: &str,
                      range: std::ops::RangeInclusive<u32>| {
            match text.trim().parse::<u32>() {
                Ok(n) if range.contains(&n) => Some(n),
                _ => {
                    c.fail(
                        field,
                        if text.trim().is_empty() {
                            "missing"
                        } else {
                            "out_of_range"
                        },
                    );
                    None
                }
            }
        };
        let (round_min, tables) = if rounds {
            let round_min = number(&mut c, "round_min", &self.round_min, 5..=120);
            let tables = number(&mut c, "tables", &self.tables, 1..=TABLES_MAX);
            if let (Some(m), Some(s), Some(e)) = (round_min, starts, ends) {
                if m * questions.len() as u32 > e.saturating_sub(s) {
                    c.fail("round_min", "rounds_too_long");
                }
            }
            (round_min, tables)
        } else if kind == Some(SegmentKind::OpenSpace) {
            // An Open Space's slots: as many as fit, each `round_min` long.
            let slot = number(&mut c, "round_min", &self.round_min, 15..=120);
            if let (Some(m), Some(s), Some(e)) = (slot, starts, ends) {
                if m > e.saturating_sub(s) {
                    c.fail("round_min", "rounds_too_long");
                }
            }
            (slot, None)
        } else {
            (None, None)
        };
        let spaces = if kind == Some(SegmentKind::OpenSpace) {
            super::open_space::parse_spaces(&self.spaces).unwrap_or_else(|code| {
                c.fail("spaces", code);
                Vec::new()
            })
        } else {
            Vec::new()
        };
        c.finish()?;
        Ok(CheckedSegment {
            kind: kind.unwrap_or(SegmentKind::Circle),
            starts: starts.unwrap_or(0),
            ends: ends.unwrap_or(0),
            questions,
            round_min,
            tables,
            spaces,
            conveners_place: self.conveners_place == "on",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::error::{failed_fields, FieldError};

    /// The failures as "field:code".
    fn fails<T>(result: Result<T, Vec<FieldError>>) -> Vec<String> {
        failed_fields(result)
            .into_iter()
            .map(|(f, c)| format!("{f}:{c}"))
            .collect()
    }

    #[test]
    fn a_world_cafe_needs_its_rounds_to_fit_and_a_table_count() {
        let ok = SegmentForm {
            kind: "cafe".into(),
            starts: "10:00".into(),
            ends: "11:00".into(),
            questions: "Kas turi likti?\nKo trūksta?\n\nKą darysime?".into(),
            round_min: "20".into(),
            tables: "4".into(),
            ..Default::default()
        };
        let seg = ok.check().expect("valid");
        assert_eq!(seg.questions.len(), 3, "blank lines skipped");
        assert_eq!((seg.round_min, seg.tables), (Some(20), Some(4)));

        let long = SegmentForm {
            round_min: "25".into(),
            ..ok.clone()
        };
        assert_eq!(fails(long.check()), vec!["round_min:rounds_too_long"]);
        let bad = SegmentForm {
            kind: "party".into(),
            ends: "09:00".into(),
            tables: "".into(),
            ..ok
        };
        let fields = fails(bad.check());
        assert!(
            fields.contains(&"kind:choice_invalid".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"ends:before_start".to_string()),
            "{fields:?}"
        );
    }

    #[test]
    fn a_circle_asks_one_question_and_needs_no_tables() {
        let circle = SegmentForm {
            kind: "circle".into(),
            starts: "09:30".into(),
            ends: "10:00".into(),
            questions: "Su kuo šiandien atėjai?".into(),
            ..Default::default()
        };
        assert_eq!(circle.check().expect("valid").tables, None);
        let two = SegmentForm {
            questions: "Viena?\nDvi?".into(),
            ..circle
        };
        assert_eq!(fails(two.check()), vec!["questions:one_question"]);
    }

    #[test]
    fn an_open_space_needs_its_spaces_and_a_slot_length_that_fits() {
        let form = SegmentForm {
            kind: "open_space".into(),
            starts: "11:00".into(),
            ends: "12:30".into(),
            questions: "Ką kuriame kartu 2027-aisiais?".into(),
            round_min: "45".into(),
            spaces: "Didžioji salė, 40\nKiemas, 12".into(),
            conveners_place: "on".into(),
            ..Default::default()
        };
        let seg = form.check().expect("valid");
        assert_eq!(seg.spaces.len(), 2);
        assert!(seg.conveners_place);
        assert_eq!(seg.tables, None, "no tables in an Open Space");
        let bad = SegmentForm {
            round_min: "120".into(),
            spaces: "Didžioji salė".into(),
            ..form
        };
        assert_eq!(
            fails(bad.check()),
            vec!["round_min:rounds_too_long", "spaces:space_line_invalid"]
        );
    }

    #[test]
    fn a_forum_checks_its_calling_and_its_when_and_where() {
        let form = ForumForm {
            title: "Kaunas po 2022".into(),
            calling: "Kas iš Europos kultūros sostinės metų turi likti?".into(),
            day: "2027-03-14".into(),
            starts: "10:00".into(),
            ends: "14:00".into(),
            place: "online".into(),
            online_url: "https://meet.example.lt/forumas".into(),
            capacity: "60".into(),
            ..Default::default()
        };
        assert_eq!(form.check().expect("valid").capacity, 60);
        let bad = ForumForm {
            calling: "Kodėl?".into(),
            capacity: "0".into(),
            ..form
        };
        let fields = fails(bad.check());
        assert!(
            fields.contains(&"calling:too_short".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"capacity:out_of_range".to_string()),
            "{fields:?}"
        );
    }
}
