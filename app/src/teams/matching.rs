//! Who to suggest for an open role. A plain function over plain data: the server loads the
//! people who are open to join, and this ranks them, keeping the reasons so the lead sees why.
//!
//! The score: 3 for each of the role's skills the person has, 2 when the person works in the
//! sector the role asks for, and 1 for each sector the person brings that the team lacks. A
//! person is suggested only with at least one skill or the role's sector: bringing a missing
//! sector alone is not a fit for a role. People already in the team, with a question pending,
//! or who declined (or were declined) recently are never suggested (the caller passes them in
//! `excluded`). Ties go to the person in fewer teams, then by name.
use crate::common::sectors::Sector;
use serde::{Deserialize, Serialize};

/// Suggestions shown per open role.
pub const SHOWN: usize = 5;

pub const SKILL_POINTS: i64 = 3;
pub const ROLE_SECTOR_POINTS: i64 = 2;
pub const LACKING_SECTOR_POINTS: i64 = 1;

/// Someone open to join, as the matcher sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub skills: Vec<String>,
    pub sectors: Vec<Sector>,
    /// How many teams the person is in already.
    pub teams: i64,
}

/// What the role asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need<'a> {
    pub skills: &'a [String],
    pub sector: Option<Sector>,
}

/// Why a person ranks where they do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// Has this skill the role asks for (as the person spells it).
    Skill(String),
    /// Works in the sector the role asks for.
    RoleSector(Sector),
    /// Brings a sector the team lacks.
    LackingSector(Sector),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub id: i64,
    pub name: String,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

fn normalise(skill: &str) -> String {
    skill
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Scores one person; `None` when they do not fit the role at all.
pub fn score(need: &Need, lacking: &[Sector], candidate: &Candidate) -> Option<Suggestion> {
    let wanted: Vec<String> = need.skills.iter().map(|s| normalise(s)).collect();
    let mut reasons = Vec::new();
    let mut points = 0;
    for skill in &candidate.skills {
        if wanted.contains(&normalise(skill)) {
            points += SKILL_POINTS;
            reasons.push(Reason::Skill(skill.clone()));
        }
    }
    if let Some(sector) = need.sector.filter(|s| candidate.sectors.contains(s)) {
        points += ROLE_SECTOR_POINTS;
        reasons.push(Reason::RoleSector(sector));
    }
    if points == 0 {
        return None;
    }
    for sector in Sector::ALL {
        if lacking.contains(&sector) && candidate.sectors.contains(&sector) {
            points += LACKING_SECTOR_POINTS;
            reasons.push(Reason::LackingSector(sector));
        }
    }
    Some(Suggestion {
        id: candidate.id,
        name: candidate.name.clone(),
        score: points,
        reasons,
    })
}

/// Ranks the candidates for a role, best first, at most `limit`.
pub fn rank(
    need: &Need,
    lacking: &[Sector],
    excluded: &[i64],
    candidates: &[Candidate],
    limit: usize,
) -> Vec<Suggestion> {
    let mut ranked: Vec<(Suggestion, i64)> = candidates
        .iter()
        .filter(|c| !excluded.contains(&c.id))
        .filter_map(|c| score(need, lacking, c).map(|s| (s, c.teams)))
        .collect();
    ranked.sort_by(|(a, a_teams), (b, b_teams)| {
        b.score
            .cmp(&a.score)
            .then(a_teams.cmp(b_teams))
            .then_with(|| a.name.cmp(&b.name))
    });
    ranked.into_iter().take(limit).map(|(s, _)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Sector::*;

    fn person(id: i64, name: &str, skills: &[&str], sectors: &[Sector], teams: i64) -> Candidate {
        Candidate {
            id,
            name: name.into(),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            sectors: sectors.to_vec(),
            teams,
        }
    }

    fn skills(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_matching_skill_counts_three_whatever_the_spelling_case() {
        let wanted = skills(&["Video montažas", "Filmavimas"]);
        let need = Need {
            skills: &wanted,
            sector: None,
        };
        let tomas = person(
            1,
            "Tomas",
            &["video  MONTAŽAS", "Filmavimas", "Podkastai"],
            &[],
            0,
        );
        let s = score(&need, &[], &tomas).unwrap();
        assert_eq!(s.score, 6);
        assert_eq!(
            s.reasons,
            vec![
                Reason::Skill("video  MONTAŽAS".into()),
                Reason::Skill("Filmavimas".into())
            ]
        );
    }

    #[test]
    fn a_missing_sector_alone_is_not_a_fit_but_lifts_a_fit() {
        let wanted = skills(&["Programavimas"]);
        let need = Need {
            skills: &wanted,
            sector: None,
        };
        let lacking = [Business, Education];
        // Brings both missing sectors, but none of the skills: not suggested.
        let vilma = person(
            1,
            "Vilma",
            &["Finansų planavimas"],
            &[Business, Education],
            0,
        );
        assert_eq!(score(&need, &lacking, &vilma), None);
        // Has the skill (3) and brings one missing sector (1).
        let lukas = person(2, "Lukas", &["Programavimas"], &[Education, Youth], 0);
        let s = score(&need, &lacking, &lukas).unwrap();
        assert_eq!(s.score, 4);
        assert_eq!(
            s.reasons,
            vec![
                Reason::Skill("Programavimas".into()),
                Reason::LackingSector(Education)
            ]
        );
    }

    #[test]
    fn the_role_sector_counts_two_and_also_as_lacking_when_the_team_lacks_it() {
        let none: Vec<String> = Vec::new();
        let need = Need {
            skills: &none,
            sector: Some(Business),
        };
        let monika = person(1, "Monika", &["Maisto gamyba"], &[Business, Social], 0);
        let s = score(&need, &[Business], &monika).unwrap();
        assert_eq!(s.score, 3);
        assert_eq!(
            s.reasons,
            vec![
                Reason::RoleSector(Business),
                Reason::LackingSector(Business)
            ]
        );
    }

    #[test]
    fn ranking_prefers_skills_then_missing_sectors_then_fewer_teams_and_never_excluded() {
        let wanted = skills(&["Fasilitavimas", "Renginių organizavimas"]);
        let need = Need {
            skills: &wanted,
            sector: Some(Social),
        };
        let lacking = [Social, Business];
        let candidates = [
            // 3 (one skill) + 2 (social) + 1 (social lacking) = 6
            person(1, "Ieva", &["Fasilitavimas"], &[Social], 2),
            // 3 + 3 = 6, no sector: ties with Ieva, in fewer teams, so first
            person(
                2,
                "Rūta",
                &["Fasilitavimas", "Renginių organizavimas"],
                &[Youth],
                0,
            ),
            // 3 + 2 + 1 + 1 (business) = 7: first
            person(
                3,
                "Monika",
                &["Renginių organizavimas"],
                &[Social, Business],
                1,
            ),
            // 2 + 1 = 3
            person(4, "Aldona", &["Mezgimas"], &[Social], 0),
            // Would be best, but is already in the team.
            person(
                5,
                "Aistė",
                &["Fasilitavimas", "Renginių organizavimas"],
                &[Social],
                0,
            ),
            // No fit at all.
            person(6, "Jurgis", &["Riedlentės"], &[Youth], 0),
        ];
        let ranked = rank(&need, &lacking, &[5], &candidates, SHOWN);
        let order: Vec<(&str, i64)> = ranked.iter().map(|s| (s.name.as_str(), s.score)).collect();
        assert_eq!(
            order,
            vec![("Monika", 7), ("Rūta", 6), ("Ieva", 6), ("Aldona", 3)]
        );
        assert_eq!(rank(&need, &lacking, &[5], &candidates, 2).len(), 2);
    }

    #[test]
    fn nobody_fits_an_empty_role() {
        let none: Vec<String> = Vec::new();
        let need = Need {
            skills: &none,
            sector: None,
        };
        let people = [person(1, "Ieva", &["Fasilitavimas"], &[Social], 0)];
        assert!(rank(&need, &[Social], &[], &people, SHOWN).is_empty());
    }
}
