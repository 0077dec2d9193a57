//! Database tests of the steering group's decisions and audit log: a proposal with bad input
//! writes nothing; each member answers once with a reason; the outcome is recorded when all
//! have answered or the deadline passed, and shown on the linked thing; nothing in either log
//! can be edited or deleted; moderation, answers and outcomes appear in the audit log, and its
//! filters narrow it.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::ids::IdeaId;
use app::common::Role;
use app::ideas::ssr::{moderate, Moderation};
use app::steering::audit::{AuditAction, AuditArea};
use app::steering::decisions::{Outcome, SubjectKind};
use app::steering::ssr::audit::{list, AuditFilter};
use app::steering::ssr::decisions::{about, answer, decision, log, propose, settle_due};
use common::{seeded_db, viewer};
use sqlx::SqlitePool;

async fn count(pool: &SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql)
}

fn codes(error: AppError) -> Vec<(String, String)> {
    match error {
        AppError::Invalid { fields } => fields.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

#[tokio::test]
async fn a_decision_is_proposed_answered_once_by_each_member_and_recorded_on_its_idea() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let vytautas = viewer(&pool, "vytautas@santaka.test", &[Role::Steering]).await;
    let rasa = viewer(&pool, "rasa@santaka.test", &[Role::Steering]).await;
    let decisions = count(&pool, "SELECT COUNT(*) FROM decisions").await;
    let idea: i64 = count(
        &pool,
        "SELECT id FROM ideas WHERE title = 'Kiemų kinas Šilainiuose'",
    )
    .await;

    // Bad input: every field says what is wrong, and nothing is written.
    let err = propose(&pool, &egle, "Trumpa", "/teams/3", "rytoj")
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        vec![
            ("text".to_owned(), "too_short".to_owned()),
            ("link".to_owned(), "link_unknown".to_owned()),
            ("deadline".to_owned(), "date_invalid".to_owned()),
        ]
    );
    let err = propose(
        &pool,
        &egle,
        "Skirti kiemų kinui projektorių.",
        "",
        &in_days(-1),
    )
    .await
    .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("deadline".to_owned(), "deadline_range".to_owned())]
    );
    let err = propose(
        &pool,
        &egle,
        "Skirti kiemų kinui projektorių.",
        "",
        &in_days(91),
    )
    .await
    .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("deadline".to_owned(), "deadline_range".to_owned())]
    );
    let err = propose(
        &pool,
        &egle,
        "Skirti kiemų kinui projektorių.",
        "/ideas/999999",
        &in_days(7),
    )
    .await
    .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("link".to_owned(), "link_unknown".to_owned())]
    );
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM decisions").await,
        decisions
    );

    let link = format!("http://127.0.0.1:3000/ideas/{idea}?tab=comments");
    let id = propose(
        &pool,
        &egle,
        "  Skirti kiemų kinui Santakos projektorių visai vasarai.  ",
        &link,
        &in_days(7),
    )
    .await
    .unwrap();
    let open = decision(&pool, &egle, id).await.unwrap();
    assert_eq!(
        open.card.text,
        "Skirti kiemų kinui Santakos projektorių visai vasarai."
    );
    let subject = open.card.subject.expect("linked");
    assert_eq!(
        (subject.kind, subject.id, subject.name.as_str()),
        (SubjectKind::Idea, idea, "Kiemų kinas Šilainiuose")
    );
    assert_eq!(open.card.members, 3);
    assert!(log(&pool, &egle)
        .await
        .unwrap()
        .open
        .iter()
        .any(|c| c.id == id));

    // An answer needs a choice and a reason; one answer per member, never changed.
    let err = answer(&pool, &egle, id, "maybe", " ").await.unwrap_err();
    assert_eq!(
        codes(err),
        vec![
            ("answer".to_owned(), "choice_invalid".to_owned()),
            ("reason".to_owned(), "reason_missing".to_owned()),
        ]
    );
    answer(
        &pool,
        &egle,
        id,
        "agree",
        "Projektorius stovi sandėlyje nenaudojamas.",
    )
    .await
    .unwrap();
    let err = answer(&pool, &egle, id, "disagree", "Persigalvojau.")
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("form".to_owned(), "already_answered".to_owned())]
    );
    answer(
        &pool,
        &vytautas,
        id,
        "disagree",
        "Reikia draudimo lauko renginiams.",
    )
    .await
    .unwrap();
    assert!(
        about(&pool, SubjectKind::Idea, idea)
            .await
            .unwrap()
            .is_empty(),
        "open ones are not shown"
    );
    answer(&pool, &rasa, id, "agree", "Draudimą padengs partneris.")
        .await
        .unwrap();

    // Everyone answered: recorded at once, shown on the idea, closed to more answers.
    let done = decision(&pool, &egle, id).await.unwrap();
    assert_eq!(done.card.outcome, Some(Outcome::Agreed));
    assert_eq!(
        (
            done.card.tally.agree,
            done.card.tally.disagree,
            done.card.tally.abstain
        ),
        (2, 1, 0)
    );
    assert_eq!(done.answers.len(), 3);
    assert!(done
        .answers
        .iter()
        .any(|a| a.reason == "Reikia draudimo lauko renginiams."));
    let notes = about(&pool, SubjectKind::Idea, idea).await.unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].outcome, Outcome::Agreed);
    let err = answer(&pool, &vytautas, id, "agree", "Dar kartą.")
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("form".to_owned(), "already_decided".to_owned())]
    );

    // The audit log has the proposal, the three answers and the outcome.
    let page = list(
        &pool,
        &AuditFilter {
            area: Some(AuditArea::Decisions),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let ours: Vec<AuditAction> = page
        .entries
        .iter()
        .filter(|e| e.subject_id == Some(id))
        .map(|e| e.action)
        .collect();
    assert_eq!(
        ours,
        vec![
            AuditAction::DecisionRecorded,
            AuditAction::DecisionAnswered,
            AuditAction::DecisionAnswered,
            AuditAction::DecisionAnswered,
            AuditAction::DecisionProposed,
        ]
    );
    assert_eq!(page.entries[0].actor, None, "the outcome is the system's");
}

#[tokio::test]
async fn a_passed_deadline_records_the_outcome_from_the_answers_given() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let silent = propose(
        &pool,
        &egle,
        "Pratęsti dirbtuvių registraciją savaite.",
        "",
        &in_days(3),
    )
    .await
    .unwrap();
    let split = propose(
        &pool,
        &egle,
        "Kviesti Vilijampolės seniūniją į festivalį.",
        "",
        &in_days(3),
    )
    .await
    .unwrap();
    answer(
        &pool,
        &egle,
        split,
        "disagree",
        "Jau pakviesta per savivaldybę.",
    )
    .await
    .unwrap();
    // The deadlines pass (the table refuses edits, so the test moves them the only way the
    // triggers allow: not at all; it creates copies dated in the past instead).
    sqlx::query("PRAGMA recursive_triggers = OFF")
        .execute(&pool)
        .await
        .unwrap();
    let past = in_days(-1);
    let late: i64 = sqlx::query_scalar(
        "INSERT INTO decisions (proposer_id, text, deadline) VALUES (?, 'Užsakyti festivalio marškinėlius.', ?) RETURNING id",
    )
    .bind(egle.id)
    .bind(&past)
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO decision_answers (decision_id, member_id, answer, reason) VALUES (?, ?, 'agree', 'Reikia iki gegužės.')")
        .bind(late)
        .bind(egle.id)
        .execute(&pool)
        .await
        .unwrap();
    let nobody: i64 = sqlx::query_scalar(
        "INSERT INTO decisions (proposer_id, text, deadline) VALUES (?, 'Keisti festivalio logotipą.', ?) RETURNING id",
    )
    .bind(egle.id)
    .bind(&past)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(settle_due(&pool).await.unwrap() >= 2);
    assert_eq!(
        decision(&pool, &egle, late).await.unwrap().card.outcome,
        Some(Outcome::Agreed)
    );
    assert_eq!(
        decision(&pool, &egle, nobody).await.unwrap().card.outcome,
        Some(Outcome::NoAnswers)
    );
    // The ones still within their deadline stay open.
    assert_eq!(
        decision(&pool, &egle, silent).await.unwrap().card.outcome,
        None
    );
    assert_eq!(
        decision(&pool, &egle, split).await.unwrap().card.outcome,
        None
    );
    let err = answer(&pool, &egle, late, "disagree", "Per vėlu.")
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        vec![("form".to_owned(), "already_decided".to_owned())]
    );
}

#[tokio::test]
async fn nothing_in_the_decision_log_or_the_audit_log_can_be_edited_or_deleted() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let id = propose(
        &pool,
        &egle,
        "Skirti 300 eurų Šančių kiemų šventei.",
        "",
        &in_days(5),
    )
    .await
    .unwrap();
    answer(
        &pool,
        &egle,
        id,
        "agree",
        "Šventė kasmet sutraukia 200 kaimynų.",
    )
    .await
    .unwrap();
    for sql in [
        format!("UPDATE decisions SET text = 'Skirti 3000 eurų.' WHERE id = {id}"),
        format!("UPDATE decisions SET deadline = '2099-01-01' WHERE id = {id}"),
        format!("DELETE FROM decisions WHERE id = {id}"),
        format!("UPDATE decision_answers SET answer = 'disagree' WHERE decision_id = {id}"),
        format!("DELETE FROM decision_answers WHERE decision_id = {id}"),
        "UPDATE audit_log SET actor_id = NULL".to_owned(),
        "DELETE FROM audit_log".to_owned(),
    ] {
        let refused = sqlx::query(&sql).execute(&pool).await;
        assert!(refused.is_err(), "{sql} was allowed");
    }
    assert_eq!(count(&pool, &format!("SELECT COUNT(*) FROM decision_answers WHERE decision_id = {id} AND answer = 'agree'")).await, 1);
    // The outcome is recorded once; after that the row is fixed too.
    sqlx::query(&format!(
        "UPDATE decisions SET outcome = 'agreed', decided_at = datetime('now') WHERE id = {id}"
    ))
    .execute(&pool)
    .await
    .unwrap();
    let again = sqlx::query(&format!(
        "UPDATE decisions SET outcome = 'not_agreed' WHERE id = {id}"
    ))
    .execute(&pool)
    .await;
    assert!(again.is_err(), "a recorded outcome changed");
}

#[tokio::test]
async fn moderation_is_in_the_audit_log_and_the_filters_narrow_it() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let idea = count(
        &pool,
        "SELECT id FROM ideas WHERE title = 'Kiemų kinas Šilainiuose'",
    )
    .await;
    moderate(&pool, egle.id, IdeaId(idea), None, Moderation::Hide)
        .await
        .unwrap();
    moderate(&pool, egle.id, IdeaId(idea), None, Moderation::Restore)
        .await
        .unwrap();

    let moderation = list(
        &pool,
        &AuditFilter {
            area: Some(AuditArea::Moderation),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let first = &moderation.entries[0];
    assert_eq!(first.action, AuditAction::IdeaRestored);
    assert_eq!(first.actor.as_deref(), Some("Eglė Steponavičienė"));
    assert_eq!(
        first.subject_path.as_deref(),
        Some(format!("/ideas/{idea}").as_str())
    );
    assert_eq!(
        first.subject_name.as_deref(),
        Some("Kiemų kinas Šilainiuose")
    );
    assert_eq!(moderation.entries[1].action, AuditAction::IdeaHidden);
    assert!(moderation
        .entries
        .iter()
        .all(|e| AuditArea::Moderation.actions().contains(&e.action)));

    let roles = list(
        &pool,
        &AuditFilter {
            area: Some(AuditArea::Roles),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(
        !roles.entries.is_empty(),
        "the demo's role grants are logged"
    );
    assert!(roles.entries.iter().all(|e| matches!(
        e.action,
        AuditAction::RoleGranted | AuditAction::RoleRevoked
    )));

    let rasa: i64 = count(
        &pool,
        "SELECT id FROM users WHERE email = 'rasa@santaka.test'",
    )
    .await;
    let hers = list(
        &pool,
        &AuditFilter {
            actor: Some(rasa),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(!hers.entries.is_empty());
    assert!(hers
        .entries
        .iter()
        .all(|e| e.actor.as_deref() == Some("Rasa Vaitkevičienė")));
    assert!(hers.actors.iter().any(|(id, _)| *id == rasa));

    let future = in_days(2);
    let none = list(
        &pool,
        &AuditFilter {
            from: Some(future),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(none.entries.is_empty());

    // Pages of 50, newest first, without overlap.
    let all = count(&pool, "SELECT COUNT(*) FROM audit_log").await;
    let first_page = list(&pool, &AuditFilter::default()).await.unwrap();
    if all > 50 {
        let next = list(
            &pool,
            &AuditFilter {
                before: first_page.older,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert!(next.entries[0].id < first_page.entries.last().unwrap().id);
    } else {
        assert_eq!(first_page.entries.len() as i64, all);
        assert_eq!(first_page.older, None);
    }
}
