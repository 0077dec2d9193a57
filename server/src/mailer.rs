//! Delivers the outbox. With `SANTAKA_SMTP_URL` set, messages go out over SMTP (lettre);
//! without it they are written to the log, link included, so every flow works on a laptop and
//! in tests. Either way a delivered message gets its `sent_at`; a failed one is retried a few
//! times with its error recorded.
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::SqlitePool;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How often the outbox is looked at even when nobody rings.
const POLL: Duration = Duration::from_secs(30);
/// A message that failed this many times is left for a person to look at.
const MAX_ATTEMPTS: i64 = 5;

#[derive(Clone)]
pub enum Transport {
    Log,
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Box<Mailbox>,
    },
}

impl Transport {
    /// SMTP when a URL is configured (e.g. `smtps://user:pass@mail.example.lt`), else the log.
    pub fn from_settings(smtp_url: Option<&str>, from: &str) -> Result<Self, String> {
        match smtp_url {
            None => Ok(Transport::Log),
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("SANTAKA_SMTP_URL: {e}"))?
                    .build();
                let from = from
                    .parse::<Mailbox>()
                    .map_err(|e| format!("SANTAKA_MAIL_FROM: {e}"))?;
                Ok(Transport::Smtp {
                    transport: Box::new(transport),
                    from: Box::new(from),
                })
            }
        }
    }
}

/// Runs until the process ends: delivers what is due, then waits for a wake-up or the poll.
pub fn spawn(pool: SqlitePool, wakeup: Arc<Notify>, transport: Transport) {
    tokio::spawn(async move {
        loop {
            if let Err(err) = deliver_due(&pool, &transport).await {
                tracing::error!(error = %err, "outbox delivery failed");
            }
            tokio::select! {
                () = wakeup.notified() => {},
                () = tokio::time::sleep(POLL) => {},
            }
        }
    });
}

/// Delivers every unsent message that has attempts left; returns how many went out.
pub async fn deliver_due(pool: &SqlitePool, transport: &Transport) -> Result<usize, sqlx::Error> {
    let due: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, recipient, kind, subject, body FROM outbox
          WHERE sent_at IS NULL AND attempts < ? ORDER BY id LIMIT 50",
    )
    .bind(MAX_ATTEMPTS)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for (id, recipient, kind, subject, body) in due {
        let outcome = match transport {
            Transport::Log => {
                // One readable block per message: browser tests and people running a laptop
                // copy links from here.
                tracing::info!(
                    outbox_id = id,
                    "email to {recipient} ({kind}) written to the log, no SMTP configured\nSubject: {subject}\n\n{body}\n-- end of email"
                );
                Ok(())
            }
            Transport::Smtp { transport, from } => {
                send_smtp(transport, from, &recipient, &subject, &body).await
            }
        };
        match outcome {
            Ok(()) => {
                sqlx::query(
                    "UPDATE outbox SET sent_at = datetime('now'), attempts = attempts + 1,
                            last_error = NULL WHERE id = ?",
                )
                .bind(id)
                .execute(pool)
                .await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(outbox_id = id, error = %error, "email not delivered; will retry");
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                )
                .bind(&error)
                .bind(id)
                .execute(pool)
                .await?;
            }
        }
    }
    Ok(sent)
}

async fn send_smtp(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), String> {
    let to = to.parse::<Mailbox>().map_err(|e| e.to_string())?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body.to_owned())
        .map_err(|e| e.to_string())?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}
