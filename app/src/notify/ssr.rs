//! Making notifications (one statement per event, however many people receive it), the
//! immediate emails, the inbox, preferences, and the daily digest.
use super::*;
use crate::common::error::AppError;
use crate::server::db::begin_write;
use crate::server::mail::{enqueue, Mail};
use crate::server::notify::{line, signature, unread_count, NOT_ABOUT_HIDDEN};
use chrono::{DateTime, Timelike, Utc};
use sqlx::SqlitePool;

/// Digests go out from this hour of the Vilnius morning.
pub const DIGEST_HOUR: u32 = 8;

/// Notifications listed in one digest; the rest are counted.
const DIGEST_LIST_MAX: usize = 30;

/// Notifications shown in the inbox.
const INBOX_MAX: i64 = 100;

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
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT n.id, n.kind, a.display_name, n.subject, n.detail, n.link, n.created_at, n.read_at
           FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.user_id = ? AND {NOT_ABOUT_HIDDEN} ORDER BY n.id DESC LIMIT ?"
    ))
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
    sqlx::query!(
        "UPDATE notifications SET read_at = datetime('now')
          WHERE user_id = ?1 AND read_at IS NULL AND (?2 IS NULL OR id = ?2)",
        user_id,
        id
    )
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
    sqlx::query!("DELETE FROM notification_prefs WHERE user_id = ?", user_id)
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
    let local = crate::server::time::in_vilnius(now);
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
        let claimed = sqlx::query!(
            "INSERT INTO digests (user_id, day, items) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
            user_id,
            day
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            continue;
        }
        type Row = (i64, String, Option<String>, String, String, String);
        let items: Vec<Row> = sqlx::query_as(&format!(
            "SELECT n.id, n.kind, a.display_name, n.subject, n.detail, n.link
               FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
              WHERE n.user_id = ? AND n.delivery = 'digest' AND n.created_at <= ?
                AND {NOT_ABOUT_HIDDEN}
              ORDER BY n.id"
        ))
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
            sqlx::query!(
                "UPDATE notifications SET delivery = 'digested' WHERE user_id = ? AND id <= ?",
                user_id,
                last
            )
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
        sqlx::query!(
            "UPDATE notifications SET delivery = 'digested'
              WHERE user_id = ? AND delivery = 'digest' AND id <= ?",
            user_id,
            last
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}

/// The start page's list of unread notifications: the newest few, with how many are unread.
pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &crate::common::Viewer,
) -> Result<Vec<crate::common::start::StartSection>, AppError> {
    use crate::common::start::{StartItem, StartList, StartSection, START_ITEMS};
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT n.subject, n.link, n.created_at, COUNT(*) OVER ()
           FROM notifications n WHERE n.user_id = ? AND n.read_at IS NULL AND {NOT_ABOUT_HIDDEN}
          ORDER BY n.id DESC LIMIT {START_ITEMS}"
    ))
    .bind(viewer.id)
    .fetch_all(pool)
    .await?;
    let total = rows.first().map(|row| row.3).unwrap_or(0);
    let items = rows
        .into_iter()
        .map(|(subject, link, created, _)| StartItem::link(subject, link).since(created))
        .collect();
    let mut section = StartSection::new(StartList::Notifications, items);
    section.total = total;
    section.all = Some("/notifications".to_owned());
    Ok(vec![section])
}
