//! Which mentor to suggest for a team. A plain function over plain data: the server loads the
//! mentors with their expertise, sectors, capacity and load, and this ranks them for the
//! team's idea, keeping the reasons so the steering group sees why.
//!
//! The score: 3 for each of the mentor's areas of expertise that meets one of the idea's tags
//! or needed skills (the same word, or words sharing their first five letters, so "biudžetas"
//! meets "biudžeto planas"), 2 for each of the idea's sectors the mentor works in, and 1 for
//! each free place the mentor has, up to 2. A mentor at capacity is never suggested (the
//! steering group may still assign them, saying so); nor is one already guiding the team.
//! Ties go to the mentor with the lighter load, then by name.
use crate::common::sectors::Sector;
use serde::{Deserialize, Serialize};

/// Suggestions shown for a team.
pub const MENTORS_SHOWN: usize = 5;
pub const EXPERTISE_POINTS: i64 = 3;
pub const SECTOR_POINTS: i64 = 2;
/// Points per free place, and the most free places that count.
pub const FREE_POINTS: i64 = 1;
pub const FREE_COUNTED: i64 = 2;

/// A mentor as the matcher sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorCandidate {
    pub id: i64,
    pub name: String,
    pub expertise: Vec<String>,
    pub sectors: Vec<Sector>,
    pub capacity: i64,
    /// Teams the mentor guides now.
    pub load: i64,
}

impl MentorCandidate {
    pub fn free(&self) -> i64 {
        (self.capacity - self.load).max(0)
    }
}

/// What the team's idea is about.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IdeaProfile {
    pub sectors: Vec<Sector>,
    pub tags: Vec<String>,
    pub skills: Vec<String>,
}

/// Why a mentor ranks where they do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MentorReason {
    /// The mentor's expertise (as they wrote it) meets this tag or needed skill.
    Expertise { expertise: String, meets: String },
    /// Works in this sector of the idea.
    Sector(Sector),
    /// Has this many free places.
    Free(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorSuggestion {
    pub id: i64,
    pub name: String,
    pub score: i64,
    pub load: i64,
    pub capacity: i64,
    pub reasons: Vec<MentorReason>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

fn stem(word: &str) -> String {
    word.chars().take(5).collect()
}

/// Whether a piece of expertise meets a tag or skill: a shared word, or a shared five-letter
/// beginning of two words.
pub fn meets(expertise: &str, topic: &str) -> bool {
    let topic: Vec<String> = words(topic).iter().map(|w| stem(w)).collect();
    words(expertise).iter().any(|w| topic.contains(&stem(w)))
}

/// Scores one mentor for the idea; `None` when they are at capacity.
pub fn score_mentor(idea: &IdeaProfile, mentor: &MentorCandidate) -> Option<MentorSuggestion> {
    if mentor.free() == 0 {
        return None;
    }
    let mut points = 0;
    let mut reasons = Vec::new();
    let topics: Vec<&String> = idea.tags.iter().chain(&idea.skills).collect();
    for expertise in &mentor.expertise {
        if let Some(topic) = topics.iter().find(|t| meets(expertise, t)) {
            points += EXPERTISE_POINTS;
            reasons.push(MentorReason::Expertise {
                expertise: expertise.clone(),
                meets: (*topic).clone(),
            });
        }
    }
    for sector in &idea.sectors {
        if mentor.sectors.contains(sector) {
            points += SECTOR_POINTS;
            reasons.push(MentorReason::Sector(*sector));
        }
    }
    let free = mentor.free();
    points += FREE_POINTS * free.min(FREE_COUNTED);
    reasons.push(MentorReason::Free(free));
    Some(MentorSuggestion {
        id: mentor.id,
        name: mentor.name.clone(),
        score: points,
        load: mentor.load,
        capacity: mentor.capacity,
        reasons,
    })
}

/// Ranks the mentors for a team, best first, at most `limit`; `excluded` are the team's
/// mentors already.
pub fn rank_mentors(
    idea: &IdeaProfile,
    mentors: &[MentorCandidate],
    excluded: &[i64],
    limit: usize,
) -> Vec<MentorSuggestion> {
    let mut ranked: Vec<MentorSuggestion> = mentors
        .iter()
        .filter(|m| !excluded.contains(&m.id))
        .filter_map(|m| score_mentor(idea, m))
        .collect();
    ranked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then((a.load * b.capacity).cmp(&(b.load * a.capacity)))
            .then_with(|| a.name.cmp(&b.name))
    });
    ranked.truncate(limit);
    ranked
}

/// Whether a mentor may be assigned: while they have a free place, or beyond it only when the
/// steering group says so explicitly.
pub fn may_assign(mentor: &MentorCandidate, beyond_capacity: bool) -> bool {
    mentor.free() > 0 || beyond_capacity
}

#[cfg(test)]
mod tests {
    use super::*;
    use Sector::*;

    fn mentor(
        id: i64,
        name: &str,
        expertise: &[&str],
        sectors: &[Sector],
        capacity: i64,
        load: i64,
    ) -> MentorCandidate {
        MentorCandidate {
            id,
            name: name.into(),
            expertise: expertise.iter().map(|s| s.to_string()).collect(),
            sectors: sectors.to_vec(),
            capacity,
            load,
        }
    }

    fn kino() -> IdeaProfile {
        IdeaProfile {
            sectors: vec![Culture, Youth],
            tags: vec!["kinas".into(), "kiemai".into()],
            skills: vec!["Biudžeto planavimas".into(), "Leidimai renginiams".into()],
        }
    }

    #[test]
    fn expertise_meets_tags_and_skills_across_word_endings() {
        assert!(meets("Biudžetas", "Biudžeto planavimas"));
        assert!(meets("Renginių leidimai", "Leidimai renginiams"));
        assert!(
            !meets("Kino festivaliai", "kinas"),
            "kino and kinas share only four letters"
        );
        assert!(!meets("Programavimas", "Biudžeto planavimas"));
    }

    #[test]
    fn mentors_rank_by_fit_and_each_score_is_explained() {
        let mentors = [
            mentor(
                1,
                "Aistė",
                &["Biudžetas", "Renginių leidimai"],
                &[Culture],
                3,
                1,
            ),
            mentor(2, "Darius", &["Architektūra"], &[Culture, Youth], 3, 0),
            mentor(3, "Vilma", &["Žiedinė ekonomika"], &[Social], 2, 0),
        ];
        let ranked = rank_mentors(&kino(), &mentors, &[], MENTORS_SHOWN);
        let order: Vec<i64> = ranked.iter().map(|s| s.id).collect();
        assert_eq!(order, vec![1, 2, 3]);
        // Aistė: two areas of expertise (6), culture (2), two free places (2).
        assert_eq!(ranked[0].score, 10);
        assert_eq!(
            ranked[0].reasons,
            vec![
                MentorReason::Expertise {
                    expertise: "Biudžetas".into(),
                    meets: "Biudžeto planavimas".into()
                },
                MentorReason::Expertise {
                    expertise: "Renginių leidimai".into(),
                    meets: "Leidimai renginiams".into()
                },
                MentorReason::Sector(Culture),
                MentorReason::Free(2),
            ]
        );
        // Darius: both sectors (4), free capped at 2.
        assert_eq!(ranked[1].score, 6);
        assert_eq!(ranked[2].reasons, vec![MentorReason::Free(2)]);
    }

    #[test]
    fn a_mentor_at_capacity_is_not_suggested_nor_assigned_without_saying_so() {
        let full = mentor(1, "Aistė", &["Biudžetas"], &[Culture], 2, 2);
        let over = mentor(2, "Audrius", &["Biudžetas"], &[Culture], 1, 3);
        assert!(rank_mentors(&kino(), &[full.clone(), over.clone()], &[], 5).is_empty());
        assert!(!may_assign(&full, false));
        assert!(may_assign(&full, true));
        assert!(may_assign(&mentor(3, "Darius", &[], &[], 1, 0), false));
        assert_eq!(over.free(), 0);
    }

    #[test]
    fn the_team_s_own_mentors_are_left_out_and_ties_go_to_the_lighter_load() {
        let mentors = [
            mentor(1, "Bronė", &[], &[Culture], 4, 3),
            mentor(2, "Algis", &[], &[Culture], 4, 1),
            mentor(3, "Aistė", &[], &[Culture], 4, 1),
        ];
        let idea = IdeaProfile {
            sectors: vec![Culture],
            ..IdeaProfile::default()
        };
        let ranked = rank_mentors(&idea, &mentors, &[3], 5);
        let order: Vec<i64> = ranked.iter().map(|s| s.id).collect();
        // Both work in culture (2); free places count up to 2: Algis 2, Bronė 1.
        assert_eq!(order, vec![2, 1]);
        assert_eq!(ranked[0].score, 4);
        assert_eq!(ranked[1].score, 3);
    }
}
