//! Field rules shared by every form, run in the browser before sending and again on the server.
use crate::common::error::FieldError;

pub const PASSWORD_MIN: usize = 10;

pub const PASSWORD_MAX: usize = 128;

pub const NAME_MIN: usize = 2;

pub const NAME_MAX: usize = 60;

pub const BIO_MAX: usize = 600;

pub const TAG_MAX: usize = 40;

pub const TAGS_MAX: usize = 15;

/// Collects field errors; `finish` turns them into the result a server function returns.
#[derive(Debug, Default)]
pub struct Check(Vec<FieldError>);

impl Check {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn fail(&mut self, field: &str, code: &str) {
        if !self.0.iter().any(|e| e.field == field) {
            self.0.push(FieldError {
                field: field.to_owned(),
                code: code.to_owned(),
            });
        }
    }

    pub fn email(&mut self, field: &str, value: &str) {
        if !valid_email(value) {
            self.fail(field, "email_invalid");
        }
    }

    pub fn display_name(&mut self, field: &str, value: &str) {
        let len = value.trim().chars().count();
        if !(NAME_MIN..=NAME_MAX).contains(&len) {
            self.fail(field, "name_length");
        } else if value.chars().any(breaks_line) {
            self.fail(field, "name_invalid");
        }
    }

    pub fn password(&mut self, field: &str, value: &str) {
        let len = value.chars().count();
        if len < PASSWORD_MIN {
            self.fail(field, "password_short");
        } else if len > PASSWORD_MAX {
            self.fail(field, "password_long");
        }
    }

    /// Between `min` and `max` characters, surrounding spaces not counted: "missing" when
    /// empty, "too_short" or "too_long" otherwise.
    pub fn length(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let len = value.trim().chars().count();
        if len == 0 && min > 0 {
            self.fail(field, "missing");
        } else if len < min {
            self.fail(field, "too_short");
        } else if len > max {
            self.fail(field, "too_long");
        }
    }

    /// A name or a title: [`Check::length`], on one line. A line break (or any control
    /// character) is refused as "line_break": names and titles go into email subjects and
    /// plain-text mail, where a line break would let someone write lines of their own.
    pub fn line(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let before = self.0.len();
        self.length(field, value, min, max);
        if self.0.len() == before && value.chars().any(breaks_line) {
            self.fail(field, "line_break");
        }
    }

    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.fail(field, "too_long");
        }
    }

    pub fn tags(&mut self, field: &str, value: &str) {
        let tags = parse_tags(value);
        if tags.len() > TAGS_MAX || tags.iter().any(|t| t.chars().count() > TAG_MAX) {
            self.fail(field, "tags_invalid");
        }
    }

    pub fn errors(&self) -> &[FieldError] {
        &self.0
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// A character that has no place in a one-line text: a control character (line feed, carriage
/// return, escape, NUL, next line…) or Unicode's line and paragraph separators.
pub fn breaks_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// A pragmatic address check: one `@`, something before it, a dotted domain after it, no
/// spaces, at most 254 characters. Deliverability is proven by the confirmation link.
pub fn valid_email(value: &str) -> bool {
    let value = value.trim();
    if value.len() > 254 || value.chars().any(char::is_whitespace) {
        return false;
    }
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

/// Comma-separated tags, trimmed, without empties or case-insensitive duplicates.
pub fn parse_tags(value: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in value.split(',') {
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
        if !tag.is_empty() && !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        assert!(valid_email("ruta@kaunas.lt"));
        assert!(valid_email(" ruta.p@ktu.edu "));
        assert!(!valid_email("ruta"));
        assert!(!valid_email("ruta@kaunas"));
        assert!(!valid_email("@kaunas.lt"));
        assert!(!valid_email("ru ta@kaunas.lt"));
        assert!(!valid_email("a@b@kaunas.lt"));
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            parse_tags(" Dizainas, video  montažas,,dizainas "),
            ["Dizainas", "video montažas"]
        );
    }
}
