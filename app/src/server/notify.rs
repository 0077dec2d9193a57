//! Telling people what happened: every feature records its events here, in the transaction of
//! the change; each person's choice per kind decides between an email now, the daily digest and
//! the list only.
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::{Kind, ACCEPTED};
use crate::server::mail::{enqueue, Mail};
use sqlx::{SqliteConnection, SqlitePool};

/// Who receives a notification.
pub enum To<'a> {
    People(&'a [i64]),
    /// Everyone following an idea, except the listed people (who get their own kind).
    FollowersOf {
        idea_id: IdeaId,
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

pub(crate) fn signature(locale: &str) -> &'static str {
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
        (Kind::WorkshopSeat, false) => {
            format!("Atsilaisvino vieta: jūs užregistruoti į dirbtuves „{subject}“")
        }
        (Kind::WorkshopSeat, true) => {
            format!("A seat came free: you are registered for the workshop \"{subject}\"")
        }
        (Kind::WorkshopReminder, false) => format!("Rytoj dirbtuvės „{subject}“ {detail}"),
        (Kind::WorkshopReminder, true) => format!("Tomorrow: the workshop \"{subject}\" {detail}"),
        (Kind::GateRequest, false) => {
            format!("Komanda „{detail}“ prašo patvirtinti kitą idėjos „{subject}“ etapą")
        }
        (Kind::GateRequest, true) => {
            format!("The team \"{detail}\" asks you to sign off the next stage of \"{subject}\"")
        }
        (Kind::GateDecision, false) => format!(
            "Sprendimas dėl idėjos „{subject}“: {}",
            if detail == "approved" {
                "patvirtinta"
            } else {
                "grąžinta komandai"
            }
        ),
        (Kind::GateDecision, true) => format!(
            "A decision on the idea \"{subject}\": {}",
            if detail == "approved" {
                "signed off"
            } else {
                "returned to the team"
            }
        ),
        (Kind::MentorAssigned, false) => {
            format!("Jūs paskirti komandos „{subject}“ mentoriumi")
        }
        (Kind::MentorAssigned, true) => format!("You are now the mentor of the team \"{subject}\""),
        (Kind::PledgeOffer, false) => format!("{detail} siūlo paramą idėjai „{subject}“"),
        (Kind::PledgeOffer, true) => format!("{detail} offers to back the idea \"{subject}\""),
        (Kind::PledgeAnswer, false) => format!("Atsakymas į jūsų paramą idėjai „{subject}“"),
        (Kind::PledgeAnswer, true) => format!("An answer to your pledge to \"{subject}\""),
    }
}

/// A notification (`n`) that is not about an idea the moderators hid, nor about the team of
/// one: its stored subject is that idea's or team's name, so it is neither shown, counted nor
/// mailed while the idea is hidden (and comes back if it is restored).
pub const NOT_ABOUT_HIDDEN: &str = "NOT EXISTS (SELECT 1 FROM ideas h WHERE h.hidden_at IS NOT NULL \
     AND (n.link = '/ideas/' || h.id OR n.link GLOB '/ideas/' || h.id || '[^0-9]*' \
          OR EXISTS (SELECT 1 FROM teams ht WHERE ht.idea_id = h.id \
                      AND (n.link = '/teams/' || ht.id OR n.link GLOB '/teams/' || ht.id || '[^0-9]*'))))";

pub async fn unread_count(pool: &SqlitePool, user_id: i64) -> Result<i64, AppError> {
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT count(*) FROM notifications n
          WHERE n.user_id = ? AND n.read_at IS NULL AND {NOT_ABOUT_HIDDEN}"
    ))
    .bind(user_id)
    .fetch_one(pool)
    .await?;
    Ok(n)
}
