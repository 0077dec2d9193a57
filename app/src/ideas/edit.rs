//! What the edit form of an idea sends, as one typed input.
use super::IdeaFields;
use serde::{Deserialize, Serialize};

/// What the edit form sends besides the idea and the version it was opened on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaEdit {
    pub title: String,
    pub summary: String,
    pub sectors: Vec<String>,
    pub description: String,
    pub tags: String,
    pub district: String,
    pub lat: String,
    pub lng: String,
    pub need_skills: String,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub need_venue: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub need_money: bool,
    #[serde(deserialize_with = "crate::common::checkbox")]
    pub need_materials: bool,
    pub needs_note: String,
}

impl IdeaEdit {
    /// The text fields, as the rules read them.
    pub fn fields(&self) -> IdeaFields<'_> {
        IdeaFields {
            title: &self.title,
            summary: &self.summary,
            sectors: &self.sectors,
            description: &self.description,
            tags: &self.tags,
            district: &self.district,
            lat: &self.lat,
            lng: &self.lng,
            need_skills: &self.need_skills,
            needs_note: &self.needs_note,
        }
    }

    /// What was typed, kept for the no-JavaScript path after a failure.
    pub fn kept(&self) -> Vec<(&'static str, String)> {
        let mut kept: Vec<(&'static str, String)> = [
            ("title", &self.title),
            ("summary", &self.summary),
            ("description", &self.description),
            ("tags", &self.tags),
            ("district", &self.district),
            ("lat", &self.lat),
            ("lng", &self.lng),
            ("need_skills", &self.need_skills),
            ("needs_note", &self.needs_note),
        ]
        .into_iter()
        .map(|(name, value)| (name, value.clone()))
        .collect();
        for (name, on) in [
            ("need_venue", self.need_venue),
            ("need_money", self.need_money),
            ("need_materials", self.need_materials),
        ] {
            kept.push((name, if on { "on" } else { "" }.to_owned()));
        }
        kept.extend(self.sectors.iter().map(|s| ("sectors[]", s.clone())));
        kept
    }
}
