//! A few decisions of the steering group: two more members (a municipality youth affairs
//! specialist and the university's business practice centre coordinator, who cannot sign in),
//! two decisions recorded with every answer and its reason, and one open that waits on Eglė.
//! Seeded once, when there are no decisions yet; each step is in the audit log as it would be.
use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// The two other members: key, name, bio.
const MEMBERS: [(&str, &str, &str); 2] = [
    (
        "vytautas",
        "Vytautas Jonaitis",
        "Savivaldybės jaunimo reikalų specialistas; padeda idėjoms rasti leidimus ir vietas mieste.",
    ),
    (
        "rasa",
        "Rasa Vaitkevičienė",
        "Universiteto verslo praktikos centro koordinatorė: apie 80 įmonių ir 40 mentorių tinklas.",
    ),
];

/// A decision: text, subject (kind, the idea's title or the organisation's name), days ago
/// proposed, days to the deadline from then, who proposed (key), and the answers (key,
/// answer, reason, days after the proposal).
struct Demo {
    text: &'static str,
    subject: Option<(&'static str, &'static str)>,
    proposed: i64,
    deadline_after: i64,
    by: &'static str,
    answers: &'static [(&'static str, &'static str, &'static str, i64)],
}

const DECISIONS: [Demo; 3] = [
    Demo {
        text: "Visą rugsėjį festivalio „100 per 1 dieną“ repeticijoms naudoti Žaliakalnio kūrybinių dirbtuvių erdvę (jos pasiūlė pačios) ir padengti šildymo išlaidas iš Santakos biudžeto.",
        subject: Some(("organisation", "Žaliakalnio kūrybinės dirbtuvės")),
        proposed: 70,
        deadline_after: 7,
        by: "egle",
        answers: &[
            ("egle", "agree", "Erdvė arti Žaliakalnio mokyklų, o šildymas kainuoja mažiau nei nuoma kitur.", 1),
            ("vytautas", "agree", "Savivaldybė neturi laisvos salės rugsėjį; tai geriausias pasiūlymas.", 2),
            ("rasa", "abstain", "Dirbtuvės yra mūsų tinklo narės, todėl susilaikau dėl interesų.", 3),
        ],
    },
    Demo {
        text: "Prašyti savivaldybės uždaryti visą Laisvės alėją eismui festivalio dieną nuo 8 iki 22 val., kad pop-up scenos galėtų stovėti visu ilgiu.",
        subject: Some(("idea", "Pop-up stages along Laisvės alėja")),
        proposed: 45,
        deadline_after: 10,
        by: "vytautas",
        answers: &[
            ("vytautas", "agree", "Taip scenos neturėtų spraustis tarp kavinių terasų.", 0),
            ("egle", "disagree", "Visos alėjos nereikia: užtenka atkarpos nuo Vienybės aikštės iki Soboro, kitur liktų kavinėms.", 2),
            ("rasa", "disagree", "Įmonės alėjoje prašė palikti privažiavimą rytais; siūlau trumpesnę atkarpą.", 4),
        ],
    },
    Demo {
        text: "Kviesti universiteto verslo praktikos centrą tapti nuolatiniu Santakos partneriu: kiekvienam dirbtuvių ciklui skirti po du mentorius ir vieną erdvę.",
        subject: None,
        proposed: 3,
        deadline_after: 14,
        by: "rasa",
        answers: &[(
            "vytautas",
            "agree",
            "Taip mentorių turėtų ir komandos iš Šilainių bei Petrašiūnų, kurioms jų trūksta.",
            1,
        )],
    },
];

async fn person(conn: &mut SqliteConnection, key: &str) -> Result<Option<i64>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM users WHERE email = ? AND deleted_at IS NULL")
            .bind(format!("{key}@santaka.test"))
            .fetch_optional(&mut *conn)
            .await?,
    )
}

pub async fn seed(conn: &mut SqliteConnection) -> Result<(), AppError> {
    let any: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM decisions")
        .fetch_one(&mut *conn)
        .await?;
    let Some(egle) = person(conn, "egle").await? else {
        return Ok(());
    };
    if any > 0 {
        return Ok(());
    }
    // The other members cannot sign in: they get the demo's unusable hash.
    let unusable: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE email = 'darius@santaka.test'")
            .fetch_optional(&mut *conn)
            .await?;
    let Some(unusable) = unusable else {
        return Ok(());
    };
    for (key, name, bio) in MEMBERS {
        let id = match person(conn, key).await? {
            Some(id) => id,
            None => {
                sqlx::query_scalar(
                    "INSERT INTO users (email, display_name, password_hash, email_verified_at,
                                        bio, show_bio, created_at)
                     VALUES (?, ?, ?, datetime('now', '-300 days'), ?, 1,
                             datetime('now', '-300 days'))
                     RETURNING id",
                )
                .bind(format!("{key}@santaka.test"))
                .bind(name)
                .bind(&unusable)
                .bind(bio)
                .fetch_one(&mut *conn)
                .await?
            }
        };
        sqlx::query(
            "INSERT OR IGNORE INTO user_roles (user_id, role, granted_by, granted_at)
             VALUES (?, 'steering', ?, datetime('now', '-300 days'))",
        )
        .bind(id)
        .bind(egle)
        .execute(&mut *conn)
        .await?;
        audit(
            conn,
            Some(egle),
            300,
            "role_granted",
            "person",
            Some(id),
            "steering",
        )
        .await?;
    }
    for demo in &DECISIONS {
        let Some(by) = person(conn, demo.by).await? else {
            continue;
        };
        let subject = match demo.subject {
            Some(("idea", title)) => sqlx::query_scalar("SELECT id FROM ideas WHERE title = ?")
                .bind(title)
                .fetch_optional(&mut *conn)
                .await?
                .map(|id: i64| ("idea", id)),
            Some((_, name)) => sqlx::query_scalar("SELECT id FROM organisations WHERE name = ?")
                .bind(name)
                .fetch_optional(&mut *conn)
                .await?
                .map(|id: i64| ("organisation", id)),
            None => None,
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO decisions (proposer_id, text, subject_kind, subject_id, deadline, created_at)
             VALUES (?, ?, ?, ?, date('now', ?), datetime('now', ?)) RETURNING id",
        )
        .bind(by)
        .bind(demo.text)
        .bind(subject.map(|s| s.0))
        .bind(subject.map(|s| s.1))
        .bind(format!("{} days", demo.deadline_after - demo.proposed))
        .bind(format!("-{} days", demo.proposed))
        .fetch_one(&mut *conn)
        .await?;
        audit(
            conn,
            Some(by),
            demo.proposed,
            "decision_proposed",
            "decision",
            Some(id),
            "",
        )
        .await?;
        let mut all_answered = true;
        for &(key, answer, reason, after) in demo.answers {
            let Some(member) = person(conn, key).await? else {
                all_answered = false;
                continue;
            };
            let days = demo.proposed - after;
            sqlx::query(
                "INSERT INTO decision_answers (decision_id, member_id, answer, reason, answered_at)
                 VALUES (?, ?, ?, ?, datetime('now', ?))",
            )
            .bind(id)
            .bind(member)
            .bind(answer)
            .bind(reason)
            .bind(format!("-{days} days"))
            .execute(&mut *conn)
            .await?;
            audit(
                conn,
                Some(member),
                days,
                "decision_answered",
                "decision",
                Some(id),
                answer,
            )
            .await?;
        }
        if all_answered && demo.answers.len() == 3 {
            let agree = demo.answers.iter().filter(|a| a.1 == "agree").count() as i64;
            let disagree = demo.answers.iter().filter(|a| a.1 == "disagree").count() as i64;
            let outcome = crate::steering::decisions::outcome(agree, disagree);
            let last = demo.proposed - demo.answers.iter().map(|a| a.3).max().unwrap_or(0);
            sqlx::query(
                "UPDATE decisions SET outcome = ?, decided_at = datetime('now', ?) WHERE id = ?",
            )
            .bind(outcome.code())
            .bind(format!("-{last} days"))
            .bind(id)
            .execute(&mut *conn)
            .await?;
            audit(
                conn,
                None,
                last,
                "decision_recorded",
                "decision",
                Some(id),
                outcome.code(),
            )
            .await?;
        }
    }
    Ok(())
}

async fn audit(
    conn: &mut SqliteConnection,
    actor: Option<i64>,
    days_ago: i64,
    action: &str,
    subject: &str,
    subject_id: Option<i64>,
    detail: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, subject_kind, subject_id, detail)
         VALUES (datetime('now', ?), ?, ?, ?, ?, ?)",
    )
    .bind(format!("-{days_ago} days"))
    .bind(actor)
    .bind(action)
    .bind(subject)
    .bind(subject_id)
    .bind(detail)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
