//! The checks of a request for sign-off and of a decision, as plain functions: every criterion
//! of the gate needs evidence (a few words, a web link, or one of the team's workshop outcomes);
//! a request returned to the team says why, at least for one criterion.
use super::{EVIDENCE_MAX, LINK_MAX, REASON_MAX};
use crate::common::error::FieldError;
use crate::common::ids::CriterionId;
use crate::common::Check;

/// The team's evidence for one criterion, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceIn<'a> {
    pub criterion: CriterionId,
    pub text: &'a str,
    pub link: &'a str,
    pub outcome: Option<i64>,
}

/// The field a criterion's evidence errors are shown at.
pub fn evidence_field(criterion: CriterionId) -> String {
    format!("evidence-{criterion}")
}

/// The field of a criterion's web link.
pub fn link_field(criterion: CriterionId) -> String {
    format!("link-{criterion}")
}

/// The field of the reason a criterion was returned for.
pub fn reason_field(criterion: CriterionId) -> String {
    format!("reason-{criterion}")
}

/// A link the evidence may point at: a web address.
pub fn valid_link(link: &str) -> bool {
    let link = link.trim();
    (link.starts_with("https://") || link.starts_with("http://"))
        && link.len() > "https://".len()
        && !link.chars().any(char::is_whitespace)
}

/// Checks a request: each of the gate's `criteria` has evidence in `given` (words of at least
/// three characters, a valid link, or an outcome among the team's `outcomes`); nothing is
/// too long; a note is optional.
pub fn check_request(
    criteria: &[CriterionId],
    given: &[EvidenceIn],
    outcomes: &[i64],
    note: &str,
) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    check.max_len("note", note, EVIDENCE_MAX);
    for criterion in criteria {
        let field = evidence_field(*criterion);
        let Some(e) = given.iter().find(|e| e.criterion == *criterion) else {
            check.fail(&field, "evidence_missing");
            continue;
        };
        let text = e.text.trim();
        let link = e.link.trim();
        if text.chars().count() > EVIDENCE_MAX {
            check.fail(&field, "too_long");
        }
        if !link.is_empty() && (link.len() > LINK_MAX || !valid_link(link)) {
            check.fail(&link_field(*criterion), "website_invalid");
        }
        let outcome_ok = e.outcome.is_some_and(|o| outcomes.contains(&o));
        if e.outcome.is_some() && !outcome_ok {
            check.fail(&field, "choice_invalid");
        } else if text.chars().count() < 3 && link.is_empty() && !outcome_ok {
            check.fail(&field, "evidence_missing");
        }
    }
    if given.iter().any(|e| !criteria.contains(&e.criterion)) {
        check.fail("criteria", "choice_invalid");
    }
    check.finish()
}

/// Checks a decision: returning needs a reason for at least one criterion (or a word on the
/// whole); no reason is too long. Approving may say something too.
pub fn check_decision(
    approve: bool,
    reasons: &[(CriterionId, &str)],
    decision: &str,
) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    check.max_len("decision", decision, EVIDENCE_MAX);
    for (criterion, reason) in reasons {
        if reason.chars().count() > REASON_MAX {
            check.fail(&reason_field(*criterion), "too_long");
        }
    }
    let any_reason = reasons.iter().any(|(_, r)| r.trim().chars().count() >= 3)
        || decision.trim().chars().count() >= 3;
    if !approve && !any_reason {
        check.fail("decision", "reason_required");
    }
    check.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: i64) -> CriterionId {
        CriterionId(n)
    }

    fn given(
        criterion: i64,
        text: &'static str,
        link: &'static str,
        outcome: Option<i64>,
    ) -> EvidenceIn<'static> {
        EvidenceIn {
            criterion: id(criterion),
            text,
            link,
            outcome,
        }
    }

    use crate::common::error::failed_fields as codes;

    #[test]
    fn every_criterion_needs_words_a_link_or_an_outcome() {
        let criteria = [id(1), id(2), id(3)];
        let ok = [
            given(1, "Kiemų vaikai neturi kur susitikti vakarais", "", None),
            given(2, "", "https://santaka.test/planas", None),
            given(3, "", "", Some(9)),
        ];
        assert_eq!(check_request(&criteria, &ok, &[9], ""), Ok(()));

        let missing = [given(1, "ok", "", None), given(3, "", "", None)];
        assert_eq!(
            codes(check_request(&criteria, &missing, &[9], "")),
            vec![
                ("evidence-1".into(), "evidence_missing".into()),
                ("evidence-2".into(), "evidence_missing".into()),
                ("evidence-3".into(), "evidence_missing".into()),
            ]
        );
    }

    #[test]
    fn a_bad_link_or_someone_else_s_outcome_is_refused() {
        let criteria = [id(1), id(2)];
        let bad = [
            given(1, "Planas su datomis", "javascript:alert(1)", None),
            given(2, "", "", Some(4)),
        ];
        assert_eq!(
            codes(check_request(&criteria, &bad, &[9], "")),
            vec![
                ("link-1".into(), "website_invalid".into()),
                ("evidence-2".into(), "choice_invalid".into()),
            ]
        );
        let stray = [
            given(1, "Tekstas", "", None),
            given(2, "Tekstas", "", None),
            given(7, "x", "", None),
        ];
        assert_eq!(
            codes(check_request(&criteria, &stray, &[], "")),
            vec![("criteria".into(), "choice_invalid".into())]
        );
    }

    #[test]
    fn returning_says_why_approving_need_not() {
        assert_eq!(check_decision(true, &[], ""), Ok(()));
        assert_eq!(
            codes(check_decision(false, &[(id(1), ""), (id(2), " ")], "")),
            vec![("decision".into(), "reason_required".into())]
        );
        assert_eq!(
            check_decision(false, &[(id(1), "Trūksta biudžeto eilučių")], ""),
            Ok(())
        );
        assert_eq!(check_decision(false, &[], "Grįžkite su planu"), Ok(()));
        let long = "ž".repeat(REASON_MAX + 1);
        assert_eq!(
            codes(check_decision(true, &[(id(2), &long)], "")),
            vec![("reason-2".into(), "too_long".into())]
        );
    }

    #[test]
    fn links_are_web_addresses() {
        assert!(valid_link("https://kaunas.lt/leidimai"));
        assert!(valid_link("http://example.org"));
        assert!(!valid_link("https://"));
        assert!(!valid_link("ftp://x"));
        assert!(!valid_link("https://a b"));
    }
}
