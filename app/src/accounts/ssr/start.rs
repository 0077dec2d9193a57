//! What an account puts on its own start page: where a new account stands while its email or
//! a guardian's consent is pending, and what the person can do meanwhile.
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::Viewer;
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    if viewer.email_verified && !viewer.guardian_pending {
        return Ok(Vec::new());
    }
    let created: String = sqlx::query_scalar("SELECT created_at FROM users WHERE id = ?")
        .bind(viewer.id)
        .fetch_one(pool)
        .await?;
    let mut items = Vec::new();
    if !viewer.email_verified {
        items.push(
            StartItem::link("", "/profile")
                .since(created.clone())
                .note(StartNote::EmailPending),
        );
    }
    if viewer.guardian_pending {
        items.push(
            StartItem::link("", "/profile")
                .since(created)
                .note(StartNote::GuardianPending),
        );
    }
    items.push(StartItem::link("", "/me#draft").note(StartNote::DraftMeanwhile));
    Ok(vec![StartSection::new(StartList::Account, items)])
}
