//! The steering group's decisions: a member proposes, every member answers agree / disagree /
//! abstain with a reason by a deadline, and the outcome is recorded on the decision and shown
//! on the thing it is about. Nothing is edited afterwards (the database refuses it).
use serde::{Deserialize, Serialize};

crate::coded! {
    /// A member's answer.
    pub enum Answer {
        Agree = "agree" => dec_answer_agree,
        Disagree = "disagree" => dec_answer_disagree,
        Abstain = "abstain" => dec_answer_abstain,
    }
}

crate::coded! {
    /// How a decision ended.
    pub enum Outcome {
        Agreed = "agreed" => dec_outcome_agreed,
        NotAgreed = "not_agreed" => dec_outcome_not_agreed,
        /// Nobody agreed or disagreed by the deadline.
        NoAnswers = "no_answers" => dec_outcome_no_answers,
    }
}

crate::coded! {
    /// What a decision can be about.
    pub enum SubjectKind {
        Idea = "idea" => dec_subject_idea,
        Intervention = "intervention" => dec_subject_intervention,
        Workshop = "workshop" => dec_subject_workshop,
        Organisation = "organisation" => dec_subject_organisation,
    }
}

impl SubjectKind {
    /// The page of the thing.
    pub fn path(self, id: i64) -> String {
        match self {
            SubjectKind::Idea => format!("/ideas/{id}"),
            SubjectKind::Intervention => format!("/festival/i/{id}"),
            SubjectKind::Workshop => format!("/workshops/{id}"),
            SubjectKind::Organisation => format!("/partners/{id}"),
        }
    }
}

/// A decision's text: long enough to say something, short enough to read.
pub const TEXT_MIN: usize = 10;
pub const TEXT_MAX: usize = 2000;
/// A reason for an answer.
pub const REASON_MAX: usize = 1000;
/// The latest deadline, in days from today.
pub const DEADLINE_MAX_DAYS: i64 = 90;

/// The outcome from the answers: more agree than disagree is agreed; abstentions count for
/// neither; with no agree and no disagree at all nothing was decided.
pub fn outcome(agree: i64, disagree: i64) -> Outcome {
    if agree == 0 && disagree == 0 {
        Outcome::NoAnswers
    } else if agree > disagree {
        Outcome::Agreed
    } else {
        Outcome::NotAgreed
    }
}

/// The thing a link points to: a path or an address on this site (`/ideas/12`,
/// `https://…/partners/3?x`, `festival/i/4`). Empty is no link; anything else is `None`.
pub fn parse_subject(link: &str) -> Option<Option<(SubjectKind, i64)>> {
    let link = link.trim();
    if link.is_empty() {
        return Some(None);
    }
    let path = match link.find("://") {
        Some(at) => {
            let rest = &link[at + 3..];
            &rest[rest.find('/')?..]
        }
        None => link,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let (kind, id) = match parts.as_slice() {
        ["ideas", id] => (SubjectKind::Idea, *id),
        ["festival", "i", id] => (SubjectKind::Intervention, *id),
        ["workshops", id] => (SubjectKind::Workshop, *id),
        ["partners", id] => (SubjectKind::Organisation, *id),
        _ => return None,
    };
    let id: i64 = id.parse().ok().filter(|id| *id > 0)?;
    Some(Some((kind, id)))
}

/// The answers so far, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub agree: i64,
    pub disagree: i64,
    pub abstain: i64,
}

/// A decision in the log's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionCard {
    pub id: i64,
    pub text: String,
    pub proposer: String,
    pub subject: Option<Subject>,
    pub deadline: String,
    pub created_at: String,
    pub outcome: Option<Outcome>,
    pub decided_at: Option<String>,
    pub tally: Tally,
    /// Steering members in all (who can answer).
    pub members: i64,
    /// The viewer's own answer, if given.
    pub mine: Option<Answer>,
}

/// What a decision is about, with the thing's name as it is now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: i64,
    pub name: String,
}

/// One member's answer, kept for good.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerLine {
    pub member: String,
    pub answer: Answer,
    pub reason: String,
    pub answered_at: String,
}

/// A decision with every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub card: DecisionCard,
    pub answers: Vec<AnswerLine>,
}

/// The log: open decisions first (nearest deadline first), then recorded ones, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionLog {
    pub open: Vec<DecisionCard>,
    pub recorded: Vec<DecisionCard>,
    /// Today's date, for the deadline field's minimum.
    pub today: String,
}

/// A recorded decision as the thing it is about shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionNote {
    pub id: i64,
    pub text: String,
    pub outcome: Outcome,
    pub decided_at: String,
    pub tally: Tally,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_agree_than_disagree_is_agreed_and_abstentions_do_not_count() {
        assert_eq!(outcome(3, 1), Outcome::Agreed);
        assert_eq!(outcome(1, 0), Outcome::Agreed);
        assert_eq!(outcome(2, 2), Outcome::NotAgreed);
        assert_eq!(outcome(0, 1), Outcome::NotAgreed);
        assert_eq!(outcome(0, 0), Outcome::NoAnswers);
    }

    #[test]
    fn links_to_the_four_kinds_of_thing_are_read_from_paths_and_addresses() {
        assert_eq!(parse_subject(""), Some(None));
        assert_eq!(parse_subject("  "), Some(None));
        assert_eq!(
            parse_subject("/ideas/12"),
            Some(Some((SubjectKind::Idea, 12)))
        );
        assert_eq!(
            parse_subject("https://santaka.kaunas.lt/festival/i/4?from=map#top"),
            Some(Some((SubjectKind::Intervention, 4)))
        );
        assert_eq!(
            parse_subject("workshops/7/"),
            Some(Some((SubjectKind::Workshop, 7)))
        );
        assert_eq!(
            parse_subject("http://127.0.0.1:3000/partners/3"),
            Some(Some((SubjectKind::Organisation, 3)))
        );
        assert_eq!(parse_subject("/ideas/0"), None);
        assert_eq!(parse_subject("/ideas/-1"), None);
        assert_eq!(parse_subject("/ideas/abc"), None);
        assert_eq!(parse_subject("/teams/3"), None);
        assert_eq!(parse_subject("https://example.com"), None);
        assert_eq!(parse_subject("javascript:alert(1)"), None);
    }

    #[test]
    fn every_kind_links_back_to_its_page() {
        for (link, kind) in [
            ("/ideas/5", SubjectKind::Idea),
            ("/festival/i/5", SubjectKind::Intervention),
            ("/workshops/5", SubjectKind::Workshop),
            ("/partners/5", SubjectKind::Organisation),
        ] {
            assert_eq!(kind.path(5), link);
            assert_eq!(parse_subject(&kind.path(5)), Some(Some((kind, 5))));
        }
    }
}
