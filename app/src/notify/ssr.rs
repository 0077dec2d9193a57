//! Making notifications (one statement per event, however many people receive it), the
//! immediate emails, the inbox, preferences, and the daily digest.
use super::*;
use crate::common::error::AppError;
use crate::server::db::begin_write;
use crate::server::mail::{enqueue, Mail};
use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use sqlx::{SqliteConnection, SqlitePool};

/// Digests go out from this hour of the Vilnius morning.
pub const DIGEST_HOUR: u32 = 8;
/// Notifications listed in one digest; the rest are counted.
const DIGEST_LIST_MAX: usize = 30;
/// Notifications shown in the inbox.
const INBOX_MAX: i64 = 100;

/// Who receives a notification.
pub enum To<'a> {
    People(&'a [i64]),
    /// Everyone following an idea, except the listed people (who get their own kind).
    FollowersOf {
        idea_id: i64,
        except: &'a [i64],
    },
}

/// What happened.
pub struct Event<'a> {
    pub kind: Kind,
    pub actor: Option<(i64, &'a str)>,
    pub subject: &'a str,
    pub detail: &'a str,
    /// A path inside Santaka.
    pub link: &'a str,
}

/// Records the event for every recipient (never the actor, never a deleted account) in one
/// statement, with each person's delivery choice; queues the emails of those who chose
/// "immediately". Returns how many people were notified.
pub async fn notify(
    conn: &mut SqliteConnection,
    to: To<'_>,
    event: &Event<'_>,
) -> Result<usize, AppError> {
    let (recipients, list, except) = match to {
        To::People(ids) => (
            "SELECT value FROM json_each(?6)",
            json_ids(ids),
            "[]".to_owned(),
        ),
        To::FollowersOf { idea_id, except } => (
            "SELECT user_id FROM idea_follows WHERE idea_id = ?6",
            idea_id.to_string(),
            json_ids(except),
        ),
    };
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, actor_id, subject, detail, link, delivery)
         SELECT u.id, ?1, ?2, ?3, ?4, ?5, COALESCE(p.mode, 'digest')
           FROM users u
           LEFT JOIN notification_prefs p ON p.user_id = u.id AND p.kind = ?1
          WHERE u.id IN ({recipients}) AND u.deleted_at IS NULL AND u.id IS NOT ?2
            AND u.id NOT IN (SELECT value FROM json_each(?7))
         RETURNING user_id, delivery"
    );
    let made: Vec<(i64, String)> = sqlx::query_as(&sql)
        .bind(event.kind.code())
        .bind(event.actor.map(|(id, _)| id))
        .bind(event.subject)
        .bind(event.detail)
        .bind(event.link)
        .bind(list)
        .bind(except)
        .fetch_all(&mut *conn)
        .await?;
    let immediate: Vec<i64> = made
        .iter()
        .filter(|(_, delivery)| delivery == "immediate")
        .map(|(id, _)| *id)
        .collect();
    if !immediate.is_empty() {
        let people: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, email, preferred_locale FROM users
              WHERE id IN (SELECT value FROM json_each(?)) AND email IS NOT NULL
                AND email_verified_at IS NOT NULL",
        )
        .bind(json_ids(&immediate))
        .fetch_all(&mut *conn)
        .await?;
        let base = crate::server::state::app_state()
            .map(|s| s.public_url)
            .unwrap_or_default();
        for (id, email, locale) in people {
            let line = line(
                &locale,
                event.kind,
                event.actor.map(|(_, n)| n),
                event.subject,
                event.detail,
            );
            let (subject, footer) = if locale == "en" {
                (
                    "Santaka: ".to_owned() + &line,
                    "Choose how Santaka notifies you",
                )
            } else {
                (
                    "Santaka: ".to_owned() + &line,
                    "Pasirinkite, kaip Santaka jums praneša",
                )
            };
            let body = format!(
                "{line}\n\n{base}{}\n\n{footer}: {base}/notifications{}",
                event.link,
                signature(&locale)
            );
            enqueue(
                &mut *conn,
                &Mail {
                    user_id: Some(id),
                    recipient: email,
                    kind: "notification",
                    subject: subject.chars().take(150).collect(),
                    body,
                },
            )
            .await?;
        }
    }
    Ok(made.len())
}

fn json_ids(ids: &[i64]) -> String {
    format!(
        "[{}]",
        ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    )
}

fn signature(locale: &str) -> &'static str {
    if locale == "en" {
        "\n\n– Santaka, the ideas platform of Kaunas"
    } else {
        "\n\n– Santaka, Kauno idėjų platforma"
    }
}

/// One sentence about a notification, for emails.
pub fn line(locale: &str, kind: Kind, actor: Option<&str>, subject: &str, detail: &str) -> String {
    let en = locale == "en";
    let who = actor.unwrap_or(if en { "Someone" } else { "Kažkas" });
    let accepted = detail == ACCEPTED;
    match (kind, en) {
        (Kind::JoinRequest, false) => format!("{who} nori prisijungti prie komandos „{subject}“"),
        (Kind::JoinRequest, true) => format!("{who} asks to join the team \"{subject}\""),
        (Kind::JoinAnswer, false) if accepted => format!("Komanda „{subject}“: {who} priėmė"),
        (Kind::JoinAnswer, false) => format!("Komanda „{subject}“: {who} atsisakė"),
        (Kind::JoinAnswer, true) if accepted => format!("Team \"{subject}\": {who} said yes"),
        (Kind::JoinAnswer, true) => format!("Team \"{subject}\": {who} declined"),
        (Kind::TeamInvite, false) => format!("{who} kviečia jus į komandą „{subject}“"),
        (Kind::TeamInvite, true) => format!("{who} invites you to the team \"{subject}\""),
        (Kind::IdeaComment, false) => format!("{who} pakomentavo jūsų idėją „{subject}“"),
        (Kind::IdeaComment, true) => format!("{who} commented on your idea \"{subject}\""),
        (Kind::MentorFeedback, false) => {
            format!("Mentorius {who} paliko atsiliepimą jūsų idėjai „{subject}“")
        }
        (Kind::MentorFeedback, true) => {
            format!("Mentor {who} left feedback on your idea \"{subject}\"")
        }
        (Kind::FollowedActivity, false) => format!("Naujienos idėjoje „{subject}“, kurią sekate"),
        (Kind::FollowedActivity, true) => format!("News on \"{subject}\", an idea you follow"),
        (Kind::RoleMatch, false) => {
            format!("Komandai „{subject}“ reikia žmogaus, kuris tinka jums: {detail}")
        }
        (Kind::RoleMatch, true) => {
            format!("The team \"{subject}\" is looking for someone like you: {detail}")
        }
    }
}

pub async fn unread_count(pool: &SqlitePool, user_id: i64) -> Result<i64, AppError> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
    Ok(n)
}

pub async fn inbox(pool: &SqlitePool, user_id: i64) -> Result<Inbox, AppError> {
    type Row = (
        i64,
        String,
        Option<String>,
        String,
        String,
        String,
        String,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT n.id, n.kind, a.display_name, n.subject, n.detail, n.link, n.created_at, n.read_at
           FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.user_id = ? ORDER BY n.id DESC LIMIT ?",
    )
    .bind(user_id)
    .bind(INBOX_MAX)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .filter_map(
            |(id, kind, actor, subject, detail, link, created_at, read_at)| {
                Some(Notification {
                    id,
                    kind: Kind::from_code(&kind)?,
                    actor,
                    subject,
                    detail,
                    link,
                    created_at,
                    read: read_at.is_some(),
                })
            },
        )
        .collect();
    let chosen: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, mode FROM notification_prefs WHERE user_id = ?")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    let prefs = Kind::ALL
        .into_iter()
        .map(|kind| {
            let mode = chosen
                .iter()
                .find(|(k, _)| k == kind.code())
                .and_then(|(_, m)| Mode::from_code(m))
                .unwrap_or(Mode::Digest);
            (kind, mode)
        })
        .collect();
    Ok(Inbox {
        items,
        unread: unread_count(pool, user_id).await?,
        prefs,
    })
}

/// Marks one notification (or, with `None`, all of them) read.
pub async fn mark_read(pool: &SqlitePool, user_id: i64, id: Option<i64>) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    sqlx::query(
        "UPDATE notifications SET read_at = datetime('now')
          WHERE user_id = ?1 AND read_at IS NULL AND (?2 IS NULL OR id = ?2)",
    )
    .bind(user_id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Stores the choice for every kind; a missing or unknown value keeps the digest.
pub async fn set_prefs(
    pool: &SqlitePool,
    user_id: i64,
    prefs: &[(Kind, Mode)],
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    sqlx::query("DELETE FROM notification_prefs WHERE user_id = ?")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    for (kind, mode) in prefs.iter().filter(|(_, m)| *m != Mode::Digest) {
        sqlx::query("INSERT INTO notification_prefs (user_id, kind, mode) VALUES (?, ?, ?)")
            .bind(user_id)
            .bind(kind.code())
            .bind(mode.code())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The Vilnius calendar day and hour at a UTC moment.
pub fn vilnius_day_hour(now: DateTime<Utc>) -> (String, u32) {
    let offset = vilnius_offset_hours(now.year(), now.month(), now.day(), now.hour());
    let local = now + Duration::hours(offset);
    (local.format("%Y-%m-%d").to_string(), local.hour())
}

/// Sends today's digests: one email per person with notifications waiting for the digest,
/// at most once per person per Vilnius day, from [`DIGEST_HOUR`] on. `now` is the clock (the
/// server passes the real one; tests pass theirs). Each person's digest row, email and the
/// marking of what it carried are one transaction, so a restart or a second run the same day
/// sends nothing again. Returns how many digests were queued.
pub async fn send_digests(
    pool: &SqlitePool,
    base: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let (day, hour) = vilnius_day_hour(now);
    if hour < DIGEST_HOUR {
        return Ok(0);
    }
    let until = now.format("%Y-%m-%d %H:%M:%S").to_string();
    let waiting: Vec<(i64,)> = sqlx::query_as(
        "SELECT DISTINCT n.user_id FROM notifications n
          WHERE n.delivery = 'digest' AND n.created_at <= ?1
            AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.user_id = n.user_id AND d.day = ?2)",
    )
    .bind(&until)
    .bind(&day)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for (user_id,) in waiting {
        let mut tx = begin_write(pool).await?;
        let claimed = sqlx::query(
            "INSERT INTO digests (user_id, day, items) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
        )
        .bind(user_id)
        .bind(&day)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            continue;
        }
        type Row = (i64, String, Option<String>, String, String, String);
        let items: Vec<Row> = sqlx::query_as(
            "SELECT n.id, n.kind, a.display_name, n.subject, n.detail, n.link
               FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
              WHERE n.user_id = ? AND n.delivery = 'digest' AND n.created_at <= ?
              ORDER BY n.id",
        )
        .bind(user_id)
        .bind(&until)
        .fetch_all(&mut *tx)
        .await?;
        let person: Option<(Option<String>, String)> = sqlx::query_as(
            "SELECT email, preferred_locale FROM users
              WHERE id = ? AND deleted_at IS NULL AND email_verified_at IS NOT NULL",
        )
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(last) = items.last().map(|row| row.0) else {
            continue;
        };
        let Some((Some(email), locale)) = person else {
            // The account is gone or its address unconfirmed: no email (an address nobody
            // confirmed may not be its owner's), and nothing left waiting.
            sqlx::query(
                "UPDATE notifications SET delivery = 'digested' WHERE user_id = ? AND id <= ?",
            )
            .bind(user_id)
            .bind(last)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            continue;
        };
        let en = locale == "en";
        let mut body = String::from(if en {
            "Hello,\n\nhere is what happened on Santaka since the last digest:\n\n"
        } else {
            "Sveiki,\n\nštai kas nutiko Santakoje nuo paskutinės santraukos:\n\n"
        });
        for (_, kind, actor, subject, detail, link) in items.iter().take(DIGEST_LIST_MAX) {
            if let Some(kind) = Kind::from_code(kind) {
                body.push_str(&format!(
                    "• {}\n  {base}{link}\n",
                    line(&locale, kind, actor.as_deref(), subject, detail)
                ));
            }
        }
        if items.len() > DIGEST_LIST_MAX {
            body.push_str(&format!("\n+{}\n", items.len() - DIGEST_LIST_MAX));
        }
        body.push_str(&format!(
            "\n{}: {base}/notifications{}",
            if en {
                "All notifications and how you receive them"
            } else {
                "Visi pranešimai ir kaip juos gaunate"
            },
            signature(&locale)
        ));
        let subject = if en {
            format!("Santaka: your daily digest ({})", items.len())
        } else {
            format!("Santaka: dienos santrauka ({})", items.len())
        };
        enqueue(
            &mut tx,
            &Mail {
                user_id: Some(user_id),
                recipient: email,
                kind: "digest",
                subject,
                body,
            },
        )
        .await?;
        sqlx::query(
            "UPDATE digests SET items = ?, outbox_id = (SELECT max(id) FROM outbox)
              WHERE user_id = ? AND day = ?",
        )
        .bind(items.len() as i64)
        .bind(user_id)
        .bind(&day)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE notifications SET delivery = 'digested'
              WHERE user_id = ? AND delivery = 'digest' AND id <= ?",
        )
        .bind(user_id)
        .bind(last)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
