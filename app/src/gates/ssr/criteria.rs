//! The criteria of each gate, set by the steering group: one per line; an unchanged line keeps
//! its criterion (and the evidence given for it), a removed one is retired, never deleted.
use super::criteria_of;
use crate::common::error::AppError;
use crate::common::{Check, Role, Viewer};
use crate::gates::{GateCriteria, CRITERIA_MAX};
use crate::ideas::stage::Stage;
use crate::server::db::begin_write;
use sqlx::SqlitePool;

/// The gates that open on request.
pub const GATES: [Stage; 2] = [Stage::Ready, Stage::Realised];

pub async fn gate_criteria(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
) -> Result<GateCriteria, AppError> {
    let mut conn = pool.acquire().await?;
    let mut gates = Vec::new();
    for stage in GATES {
        gates.push((stage, criteria_of(&mut conn, stage).await?));
    }
    Ok(GateCriteria {
        gates,
        may_edit: viewer.is_some_and(|v| v.has(Role::Steering)),
    })
}

/// Replaces the criteria of the gate to `stage` with `lines` (one criterion per line).
pub async fn save_criteria(
    pool: &SqlitePool,
    viewer: &Viewer,
    stage: Stage,
    lines: &str,
    lang: &str,
) -> Result<usize, AppError> {
    if !GATES.contains(&stage) {
        return Err(AppError::field("stage", "choice_invalid"));
    }
    let wanted: Vec<&str> = lines
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut check = Check::new();
    if wanted.is_empty() {
        check.fail("criteria", "missing");
    }
    if wanted.len() > CRITERIA_MAX {
        check.fail("criteria", "too_many");
    }
    for line in &wanted {
        if line.chars().count() < 3 {
            check.fail("criteria", "too_short");
        } else if line.chars().count() > 300 {
            check.fail("criteria", "too_long");
        }
    }
    check.finish().map_err(AppError::invalid)?;
    let mut tx = begin_write(pool).await?;
    let live = criteria_of(&mut tx, stage).await?;
    for c in live.iter().filter(|c| !wanted.contains(&c.text.as_str())) {
        sqlx::query("UPDATE gate_criteria SET retired_at = datetime('now') WHERE id = ?")
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
    }
    for (position, line) in wanted.iter().enumerate() {
        match live.iter().find(|c| c.text == *line) {
            Some(kept) => {
                sqlx::query("UPDATE gate_criteria SET position = ? WHERE id = ?")
                    .bind(position as i64 + 1)
                    .bind(kept.id)
                    .execute(&mut *tx)
                    .await?;
            }
            None => {
                sqlx::query(
                    "INSERT INTO gate_criteria (stage, position, text, lang, created_by)
                     VALUES (?, ?, ?, ?, ?)",
                )
                .bind(stage.code())
                .bind(position as i64 + 1)
                .bind(line)
                .bind(lang)
                .bind(viewer.id)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(wanted.len())
}
