//! Profiles: one's own (edit, download, delete), public profiles within what each person chose
//! to show, and the directory of mentors and partner organisations.
use crate::common::error::FieldError;
use crate::common::sectors::Sector;
use crate::common::Role;
use serde::{Deserialize, Serialize};

crate::coded! {
    /// The kinds of partner organisation.
    pub enum OrgKind {
        Business = "business" => org_kind_business,
        Ngo = "ngo" => org_kind_ngo,
        School = "school" => org_kind_school,
        University = "university" => org_kind_university,
        CulturalInstitution = "cultural_institution" => org_kind_cultural_institution,
        Municipality = "municipality" => org_kind_municipality,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorDetails {
    pub expertise: Vec<String>,
    pub capacity: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub sector: Sector,
    pub kind: OrgKind,
    pub website: String,
    pub description: String,
    pub offers: Offers,
    /// The contact the organisation shows on its public page (each part may be empty).
    #[serde(default)]
    pub contact: (String, String, String),
}

/// What an organisation can give an idea, matched against what ideas need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offers {
    pub venue: bool,
    pub money: bool,
    pub materials: bool,
    #[serde(default)]
    pub mentoring: bool,
    #[serde(default)]
    pub expertise: bool,
}

impl Offers {
    pub fn any(self) -> bool {
        self.venue || self.money || self.materials || self.mentoring || self.expertise
    }
}

/// Everything the owner sees and edits on their profile page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProfile {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub bio: String,
    pub birth_year: Option<i32>,
    pub preferred_locale: String,
    pub open_to_teams: bool,
    pub sectors: Vec<Sector>,
    pub skills: Vec<String>,
    pub show_email: bool,
    pub show_birth_year: bool,
    pub show_bio: bool,
    pub show_sectors: bool,
    pub show_skills: bool,
    /// Under 18: email and birth year stay private whatever the choices say.
    pub minor: bool,
    pub email_verified: bool,
    pub guardian_pending: bool,
    pub roles: Vec<Role>,
    pub mentor: Option<MentorDetails>,
    pub organisation: Option<Organisation>,
    /// Skills other people use, for suggestions.
    pub popular_skills: Vec<String>,
}

/// A profile as anyone may see it: only what its owner chose to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPerson {
    pub id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub open_to_teams: bool,
    pub bio: Option<String>,
    pub sectors: Option<Vec<Sector>>,
    pub skills: Option<Vec<String>>,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
    pub mentor: Option<MentorDetails>,
    pub organisation: Option<Organisation>,
}

/// A partner organisation with the people who represent it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub organisation: Organisation,
    pub members: Vec<(i64, String)>,
}

/// The public directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    pub mentors: Vec<PublicPerson>,
    pub organisations: Vec<OrganisationCard>,
}

/// The profile form as posted: text as typed, checkboxes as `bool`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileEdit {
    pub display_name: String,
    pub bio: String,
    pub birth_year: String,
    pub preferred_locale: String,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub open_to_teams: bool,
    pub sectors: Vec<String>,
    pub skills: String,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub show_email: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub show_birth_year: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub show_bio: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub show_sectors: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub show_skills: bool,
}

impl ProfileEdit {
    /// What was typed, kept for the no-JavaScript path after a failure (a ticked box as "on").
    pub fn kept(&self) -> Vec<(&'static str, String)> {
        let on = |ticked: bool| if ticked { "on" } else { "" }.to_owned();
        let mut kept = vec![
            ("display_name", self.display_name.clone()),
            ("bio", self.bio.clone()),
            ("birth_year", self.birth_year.clone()),
            ("preferred_locale", self.preferred_locale.clone()),
            ("skills", self.skills.clone()),
            ("open_to_teams", on(self.open_to_teams)),
            ("show_email", on(self.show_email)),
            ("show_birth_year", on(self.show_birth_year)),
            ("show_bio", on(self.show_bio)),
            ("show_sectors", on(self.show_sectors)),
            ("show_skills", on(self.show_skills)),
        ];
        kept.extend(self.sectors.iter().map(|s| ("sectors[]", s.clone())));
        kept
    }
}

/// The rules of the profile form, shared by browser and server.
pub fn check_profile(p: &ProfileEdit, current_year: i32) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    check.display_name("display_name", &p.display_name);
    check.max_len("bio", &p.bio, crate::common::BIO_MAX);
    if let Err(code) = crate::common::parse_birth_year(&p.birth_year, current_year) {
        check.fail("birth_year", code);
    }
    if !matches!(p.preferred_locale.as_str(), "lt" | "en") {
        check.fail("preferred_locale", "choice_invalid");
    }
    if p.sectors.iter().any(|s| Sector::from_code(s).is_none()) {
        check.fail("sectors", "choice_invalid");
    }
    check.tags("skills", &p.skills);
    check.finish()
}

/// A website as typed: empty, or an http(s) address.
pub fn valid_website(value: &str) -> bool {
    let value = value.trim();
    value.is_empty()
        || ((value.starts_with("https://") || value.starts_with("http://"))
            && value.len() <= 200
            && !value.chars().any(char::is_whitespace)
            && value
                .split("://")
                .nth(1)
                .is_some_and(|rest| rest.contains('.')))
}

/// A partner organisation's form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationEdit {
    pub org_name: String,
    pub org_sector: String,
    pub org_kind: String,
    pub org_website: String,
    pub org_description: String,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub offers_venue: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub offers_money: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub offers_materials: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub offers_mentoring: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub offers_expertise: bool,
    /// The public contact: a name, an address and a phone, each optional.
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

impl OrganisationEdit {
    /// What was typed, kept for the no-JavaScript path after a failure (a ticked box as "on").
    pub fn kept(&self) -> Vec<(&'static str, String)> {
        let on = |ticked: bool| if ticked { "on" } else { "" }.to_owned();
        vec![
            ("org_name", self.org_name.clone()),
            ("org_sector", self.org_sector.clone()),
            ("org_kind", self.org_kind.clone()),
            ("org_website", self.org_website.clone()),
            ("org_description", self.org_description.clone()),
            ("offers_venue", on(self.offers_venue)),
            ("offers_money", on(self.offers_money)),
            ("offers_materials", on(self.offers_materials)),
            ("offers_mentoring", on(self.offers_mentoring)),
            ("offers_expertise", on(self.offers_expertise)),
            ("contact_name", self.contact_name.clone()),
            ("contact_email", self.contact_email.clone()),
            ("contact_phone", self.contact_phone.clone()),
        ]
    }

    pub fn offers(&self) -> Offers {
        Offers {
            venue: self.offers_venue,
            money: self.offers_money,
            materials: self.offers_materials,
            mentoring: self.offers_mentoring,
            expertise: self.offers_expertise,
        }
    }
}

pub fn check_organisation(o: &OrganisationEdit) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    let len = o.org_name.trim().chars().count();
    if !(2..=120).contains(&len) {
        check.fail("org_name", "name_length");
    } else if o.org_name.chars().any(crate::common::breaks_line) {
        check.fail("org_name", "line_break");
    }
    if Sector::from_code(&o.org_sector).is_none() {
        check.fail("org_sector", "choice_invalid");
    }
    if OrgKind::from_code(&o.org_kind).is_none() {
        check.fail("org_kind", "choice_invalid");
    }
    if !valid_website(&o.org_website) {
        check.fail("org_website", "website_invalid");
    }
    check.max_len(
        "org_description",
        &o.org_description,
        crate::common::BIO_MAX,
    );
    check.max_len("contact_name", &o.contact_name, 120);
    if !o.contact_email.trim().is_empty() {
        check.email("contact_email", &o.contact_email);
    }
    let phone = o.contact_phone.trim();
    if !phone.is_empty()
        && (phone.chars().count() > 30
            || phone.chars().filter(char::is_ascii_digit).count() < 6
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c)))
    {
        check.fail("contact_phone", "phone_invalid");
    }
    check.finish()
}

pub fn check_mentor(expertise: &str, capacity: &str) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    check.tags("expertise", expertise);
    match capacity.trim().parse::<i64>() {
        Ok(n) if (0..=20).contains(&n) => {}
        _ => check.fail("capacity", "capacity_invalid"),
    }
    check.finish()
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
