//! SQL behind the stage gates: an idea's gate (its next step, criteria, team, mentors and
//! sign-off history), asking, deciding, the criteria the steering group sets, and the queue of
//! requests on a decider's start page.
use crate::common::error::AppError;
use crate::common::ids::{GateRequestId, IdeaId, TeamId};
use crate::common::{Role, Viewer};
use crate::gates::*;
use crate::ideas::stage::{may_ask, may_decide, opening, stage_of, Mover, Opening, Stage};
use crate::server::people::{person_at, PERSON};
use sqlx::{Row, SqliteConnection, SqlitePool};

mod ask;
mod criteria;
mod decide;
mod start;
pub use ask::*;
pub use criteria::*;
pub use decide::*;
pub use start::*;

/// An idea's title, stage and team (id and name).
pub(crate) type IdeaRow = (String, Stage, Option<(TeamId, String)>);

/// The idea's title, stage and team; "not found" for a hidden idea (but for the steering group).
pub(crate) async fn idea_row(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    steering: bool,
) -> Result<IdeaRow, AppError> {
    let row = sqlx::query(
        "SELECT i.title, i.stage, i.hidden_at IS NOT NULL, t.id, t.name
           FROM ideas i LEFT JOIN teams t ON t.idea_id = i.id WHERE i.id = ?",
    )
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    if row.try_get::<bool, _>(2)? && !steering {
        return Err(AppError::NotFound);
    }
    let team: Option<TeamId> = row.try_get(3)?;
    let name: Option<String> = row.try_get(4)?;
    Ok((row.try_get(0)?, stage_of(row.try_get(1)?), team.zip(name)))
}

/// Who the viewer is at this idea's gate.
pub(crate) async fn mover(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    team: Option<TeamId>,
    viewer: &Viewer,
) -> Result<Mover, AppError> {
    let publish = viewer.may_publish();
    let role = match team {
        Some(team) => crate::server::policy::role_in(conn, team, viewer.id).await?,
        None => None,
    };
    use crate::common::TeamRole;
    Ok(Mover {
        editor: publish && crate::server::lookups::is_editor(conn, idea_id, viewer.id).await?,
        steering: viewer.has(Role::Steering),
        team: publish && matches!(role, Some(TeamRole::Lead | TeamRole::Member)),
        mentor: publish && role == Some(TeamRole::Mentor),
    })
}

/// The live criteria of the gate that opens to `stage`, in order.
pub(crate) async fn criteria_of(
    conn: &mut SqliteConnection,
    stage: Stage,
) -> Result<Vec<Criterion>, AppError> {
    let rows: Vec<(crate::common::ids::CriterionId, String, String)> = sqlx::query_as(
        "SELECT id, text, lang FROM gate_criteria
          WHERE stage = ? AND retired_at IS NULL ORDER BY position, id",
    )
    .bind(stage.code())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, text, lang)| Criterion { id, text, lang })
        .collect())
}

/// The ids of the team's workshop outcomes, with their workshop's title.
pub(crate) async fn team_outcomes(
    conn: &mut SqliteConnection,
    team: Option<TeamId>,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT o.id, w.title FROM workshop_outcomes o JOIN workshops w ON w.id = o.workshop_id
          WHERE o.team_id = ? ORDER BY w.day DESC, o.id DESC",
    )
    .bind(team)
    .fetch_all(&mut *conn)
    .await?)
}

/// The last festival day the idea has an intervention on.
pub(crate) async fn festival_day(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
) -> Result<Option<String>, AppError> {
    let (day,): (Option<String>,) = sqlx::query_as(
        "SELECT max(e.day) FROM interventions v JOIN festival_editions e ON e.id = v.edition_id
          WHERE v.idea_id = ?",
    )
    .bind(idea_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(day)
}

async fn history(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
) -> Result<Vec<GateRequest>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT g.id, g.to_stage, g.status, g.note, g.asked_at, g.decided_at, g.decision,
                {PERSON}, d.id, d.display_name,
                EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = d.id AND r.role = 'mentor')
           FROM gate_requests g
           LEFT JOIN users u ON u.id = g.asked_by
           LEFT JOIN users d ON d.id = g.decided_by
          WHERE g.idea_id = ? ORDER BY g.status <> 'requested', g.id DESC"
    ))
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let id: GateRequestId = r.try_get(0)?;
        let decided_at: Option<String> = r.try_get(5)?;
        let evidence = sqlx::query(
            "SELECT c.id, c.text, c.lang, e.text, e.link, e.outcome_id, w.title, e.reason
               FROM gate_evidence e JOIN gate_criteria c ON c.id = e.criterion_id
               LEFT JOIN workshop_outcomes o ON o.id = e.outcome_id
               LEFT JOIN workshops w ON w.id = o.workshop_id
              WHERE e.request_id = ? ORDER BY c.position, c.id",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|e| {
            let outcome: Option<i64> = e.try_get(5)?;
            let workshop: Option<String> = e.try_get(6)?;
            Ok(Evidence {
                criterion: Criterion {
                    id: e.try_get(0)?,
                    text: e.try_get(1)?,
                    lang: e.try_get(2)?,
                },
                text: e.try_get(3)?,
                link: e.try_get(4)?,
                outcome: outcome.zip(workshop),
                reason: e.try_get(7)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        out.push(GateRequest {
            id,
            to: stage_of(r.try_get(1)?),
            status: GateStatus::from_code(r.try_get(2)?).unwrap_or(GateStatus::Requested),
            note: r.try_get(3)?,
            asked_by: person_at(&r, 7)?,
            asked_at: r.try_get(4)?,
            decided_by: decided_at.as_ref().map(|_| person_at(&r, 10)).transpose()?,
            decided_at,
            decision: r.try_get(6)?,
            evidence,
        });
    }
    Ok(out)
}

/// An idea's gate as the viewer sees it.
pub async fn idea_gate(
    pool: &SqlitePool,
    idea_id: IdeaId,
    viewer: Option<&Viewer>,
) -> Result<IdeaGate, AppError> {
    let mut conn = pool.acquire().await?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    let (title, stage, team) = idea_row(&mut conn, idea_id, steering).await?;
    let team_id = team.as_ref().map(|t| t.0);
    let mentors = sqlx::query(&format!(
        "SELECT {PERSON} FROM team_members m JOIN users u ON u.id = m.user_id
          WHERE m.team_id = ? AND m.role = 'mentor' AND u.deleted_at IS NULL
          ORDER BY u.display_name"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| person_at(r, 0))
    .collect::<Result<Vec<_>, _>>()?;
    let (attended,): (bool,) = sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM workshop_seats s WHERE s.attended = 1 AND (s.team_id = ?1
                 OR s.user_id IN (SELECT user_id FROM team_members
                                   WHERE team_id = ?1 AND role IN ('lead', 'member'))))",
    )
    .bind(team_id)
    .fetch_one(&mut *conn)
    .await?;
    let next = opening(stage);
    let criteria = match next {
        Some((to, Opening::SignOff | Opening::Done)) => criteria_of(&mut conn, to).await?,
        _ => Vec::new(),
    };
    let history = history(&mut conn, idea_id).await?;
    let open = history.iter().find(|r| r.status == GateStatus::Requested);
    let me = match viewer {
        Some(viewer) => {
            let mover = mover(&mut conn, idea_id, team_id, viewer).await?;
            GateMe {
                may_ask: open.is_none() && may_ask(stage, mover).is_some(),
                may_decide: open.is_some_and(|r| may_decide(r.to, mover)),
            }
        }
        None => GateMe::default(),
    };
    Ok(IdeaGate {
        idea_id,
        title,
        stage,
        next,
        criteria,
        team,
        mentors,
        attended,
        festival_day: festival_day(&mut conn, idea_id).await?,
        // The team's outcomes are the team's: only for whoever fills in the request.
        outcomes: if me.may_ask {
            team_outcomes(&mut conn, team_id).await?
        } else {
            Vec::new()
        },
        history,
        me,
    })
}
