//! Importing the partner network from a spreadsheet: a CSV of organisations or of mentors is
//! read (`read_file`: encoding, byte order mark, commas or semicolons, the header) and every
//! row checked (`check_rows`) before anything is written; the steering group sees each row
//! with its problems, and imports only a file without any, in one transaction.
use crate::common::csv;
use crate::common::sectors::Sector;
use crate::common::{valid_email, NAME_MAX};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The largest file read (a thousand rows are about 200 KB).
pub const FILE_MAX: usize = 2 * 1024 * 1024;
/// The most rows one file may hold.
pub const ROWS_MAX: usize = 5000;
/// The longest description or expertise kept.
pub const TEXT_MAX: usize = 2000;

crate::coded! {
    /// What a file holds.
    pub enum ImportKind {
        Organisations = "organisations" => imp_kind_organisations,
        Mentors = "mentors" => imp_kind_mentors,
    }
}

impl ImportKind {
    /// The columns a file must have, then those it may have.
    pub fn columns(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            ImportKind::Organisations => (
                &["name", "sector", "kind"],
                &["website", "description", "offers"],
            ),
            ImportKind::Mentors => (&["name", "email"], &["expertise", "capacity"]),
        }
    }
}

/// Why a whole file cannot be read (a code with what it concerns, e.g. the missing columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileProblem {
    pub code: String,
    pub detail: String,
}

fn problem(code: &str, detail: impl Into<String>) -> FileProblem {
    FileProblem {
        code: code.to_owned(),
        detail: detail.into(),
    }
}

/// A file read: its header (lower case, trimmed), its rows with their line numbers, and what
/// was done to read it ("bom", "semicolons").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFile {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    pub notes: Vec<&'static str>,
}

/// Reads an uploaded file as CSV, or says why it cannot: not UTF-8 (a spreadsheet's own
/// encoding, UTF-16), not text at all, too large, empty, a quote left open, too many rows, or
/// a header without the columns this kind needs (or with columns it does not know).
pub fn read_file(bytes: &[u8], kind: ImportKind) -> Result<ReadFile, FileProblem> {
    if bytes.len() > FILE_MAX {
        return Err(problem("too_large", format!("{}", FILE_MAX / 1024 / 1024)));
    }
    let mut notes = Vec::new();
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(problem("utf16", ""));
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => {
            notes.push("bom");
            rest
        }
        None => bytes,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        // Where it went wrong, as a line number, to find it in the file.
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        if bytes.iter().take(4096).filter(|b| **b == 0).count() > 0 {
            problem("binary", "")
        } else {
            problem("not_utf8", line.to_string())
        }
    })?;
    if text.contains('\0')
        || text
            .chars()
            .take(4096)
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            .count()
            > 8
    {
        return Err(problem("binary", ""));
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.is_empty() {
        return Err(problem("empty", ""));
    }
    // A spreadsheet saved in Lithuanian separates with semicolons.
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        notes.push("semicolons");
        ';'
    } else {
        ','
    };
    let mut records =
        csv::parse(text, delimiter).map_err(|line| problem("open_quote", line.to_string()))?;
    // Rows of empty cells (";;;" or ",,," at a spreadsheet's end) are no rows.
    let blank = |c: &String| {
        c.trim_matches(|ch: char| ch.is_whitespace() || ch == ';' || ch == ',')
            .is_empty()
    };
    records.retain(|(_, cells)| !cells.iter().all(blank));
    if records.is_empty() {
        return Err(problem("empty", ""));
    }
    if records.len() > ROWS_MAX + 1 {
        return Err(problem("too_many_rows", ROWS_MAX.to_string()));
    }
    let (_, header) = records.remove(0);
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let (required, optional) = kind.columns();
    let missing: Vec<&str> = required
        .iter()
        .filter(|c| !header.iter().any(|h| h == *c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(problem("missing_columns", missing.join(", ")));
    }
    let unknown: Vec<&str> = header
        .iter()
        .filter(|h| {
            !h.is_empty() && !required.contains(&h.as_str()) && !optional.contains(&h.as_str())
        })
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(problem("unknown_columns", unknown.join(", ")));
    }
    if records.is_empty() {
        return Err(problem("no_rows", ""));
    }
    Ok(ReadFile {
        header,
        rows: records,
        notes,
    })
}

/// One row as the preview shows it: its line in the file, its values by column, its problems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    pub line: usize,
    pub values: Vec<String>,
    pub problems: Vec<String>,
}

/// What already exists, to find duplicates: organisation names and e-mail addresses of
/// accounts (lower case), and of those the mentors.
#[derive(Debug, Clone, Default)]
pub struct Existing {
    pub organisations: HashSet<String>,
    pub accounts: HashSet<String>,
    pub mentors: HashSet<String>,
    /// Accounts whose address is not confirmed yet (anyone could have typed it), and minors'.
    pub unconfirmed: HashSet<String>,
    pub minors: HashSet<String>,
}

/// A sector by its code or its name in either language.
pub fn sector_named(text: &str) -> Option<Sector> {
    let t = text.trim().to_lowercase();
    Sector::from_code(&t).or(match t.as_str() {
        "jaunimas" | "jaunimo" => Some(Sector::Youth),
        "kultūra" | "kultura" => Some(Sector::Culture),
        "švietimas" | "svietimas" => Some(Sector::Education),
        "verslas" => Some(Sector::Business),
        "socialinis" | "socialinis sektorius" | "bendruomenė" => Some(Sector::Social),
        _ => None,
    })
}

/// An organisation's kind by its code or its name in either language.
pub fn kind_named(text: &str) -> Option<crate::accounts::OrgKind> {
    use crate::accounts::OrgKind;
    let t = text.trim().to_lowercase().replace(' ', "_");
    OrgKind::from_code(&t).or(match t.as_str() {
        "verslas" | "įmonė" | "imone" | "company" => Some(OrgKind::Business),
        "nvo" | "asociacija" => Some(OrgKind::Ngo),
        "mokykla" | "gimnazija" => Some(OrgKind::School),
        "universitetas" | "kolegija" => Some(OrgKind::University),
        "kultūros_įstaiga" | "cultural" | "culture" => Some(OrgKind::CulturalInstitution),
        "savivaldybė" | "savivaldybe" | "municipal" => Some(OrgKind::Municipality),
        _ => None,
    })
}

/// The offers a cell lists (separated by `;`, `|` or `,`), by code or name; `Err` names the
/// first it does not know.
pub fn offers_named(text: &str) -> Result<Vec<crate::partners::Offer>, String> {
    use crate::partners::Offer;
    let mut offers = Vec::new();
    for part in text
        .split([';', '|', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let t = part.to_lowercase();
        let offer = Offer::from_code(&t).or(match t.as_str() {
            "venues" | "erdvė" | "erdvės" | "erdve" | "patalpos" => Some(Offer::Venue),
            "sponsorship" | "lėšos" | "lesos" | "rėmimas" | "pinigai" => Some(Offer::Money),
            "medžiagos" | "medziagos" => Some(Offer::Materials),
            "mentorystė" | "mentoryste" => Some(Offer::Mentoring),
            "žinios" | "ekspertinės žinios" | "ekspertizė" => Some(Offer::Expertise),
            _ => None,
        });
        match offer {
            Some(o) if !offers.contains(&o) => offers.push(o),
            Some(_) => {}
            None => return Err(part.to_owned()),
        }
    }
    Ok(offers)
}

/// A row's cell by column name (empty when the file has no such column).
pub fn cell<'a>(header: &[String], values: &'a [String], column: &str) -> &'a str {
    header
        .iter()
        .position(|h| h == column)
        .and_then(|i| values.get(i))
        .map_or("", |v| v.trim())
}

/// Every row with its problems (row problem codes: see `imp_row_*` in the locales).
pub fn check_rows(kind: ImportKind, file: &ReadFile, existing: &Existing) -> Vec<ImportRow> {
    let mut seen = HashSet::new();
    file.rows
        .iter()
        .map(|(line, values)| {
            let get = |c: &str| cell(&file.header, values, c);
            let mut problems: Vec<&str> = Vec::new();
            if values.len() > file.header.len() {
                problems.push("extra_cells");
            }
            let name = get("name");
            // A person's name follows the accounts' rule; an organisation's may be longer.
            let longest = match kind {
                ImportKind::Mentors => NAME_MAX,
                ImportKind::Organisations => 120,
            };
            if name.is_empty() {
                problems.push("name_missing");
            } else if name.chars().count() > longest {
                problems.push("name_too_long");
            }
            match kind {
                ImportKind::Organisations => {
                    let key = name.to_lowercase();
                    if !name.is_empty() {
                        if existing.organisations.contains(&key) {
                            problems.push("duplicate_existing");
                        } else if !seen.insert(key) {
                            problems.push("duplicate_in_file");
                        }
                    }
                    if sector_named(get("sector")).is_none() {
                        problems.push("sector_unknown");
                    }
                    if kind_named(get("kind")).is_none() {
                        problems.push("kind_unknown");
                    }
                    let website = get("website");
                    if !website.is_empty() && !crate::accounts::valid_website(website) {
                        problems.push("website_invalid");
                    }
                    if offers_named(get("offers")).is_err() {
                        problems.push("offer_unknown");
                    }
                    if get("description").chars().count() > crate::common::BIO_MAX {
                        problems.push("text_too_long");
                    }
                }
                ImportKind::Mentors => {
                    let email = get("email").to_lowercase();
                    if email.is_empty() {
                        problems.push("email_missing");
                    } else if !valid_email(&email) {
                        problems.push("email_invalid");
                    } else if existing.mentors.contains(&email) {
                        problems.push("already_mentor");
                    } else if existing.minors.contains(&email) {
                        problems.push("minor");
                    } else if existing.unconfirmed.contains(&email) {
                        problems.push("account_unconfirmed");
                    } else if !seen.insert(email) {
                        problems.push("duplicate_in_file");
                    }
                    let capacity = get("capacity");
                    if !capacity.is_empty()
                        && !capacity.parse::<i64>().is_ok_and(|c| (0..=20).contains(&c))
                    {
                        problems.push("capacity_invalid");
                    }
                    if get("expertise").chars().count() > TEXT_MAX {
                        problems.push("text_too_long");
                    }
                }
            }
            ImportRow {
                line: *line,
                values: file.header.iter().map(|c| get(c).to_owned()).collect(),
                problems: problems.into_iter().map(str::to_owned).collect(),
            }
        })
        .collect()
}

/// The preview of an uploaded file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub id: i64,
    pub kind: ImportKind,
    pub file_name: String,
    pub columns: Vec<String>,
    pub rows: Vec<ImportRow>,
    pub notes: Vec<String>,
    pub file_problem: Option<FileProblem>,
    /// When it was imported, and how many rows were written.
    pub imported: Option<(String, i64)>,
}

impl Preview {
    /// Rows with at least one problem.
    pub fn troubled(&self) -> usize {
        self.rows.iter().filter(|r| !r.problems.is_empty()).count()
    }

    /// Whether the file may be imported as it is.
    pub fn importable(&self) -> bool {
        self.file_problem.is_none() && self.troubled() == 0 && self.imported.is_none()
    }
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
