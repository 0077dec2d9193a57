//! The desk's other panels: sectors, young people, mentors, workshops and forums, the
//! festival and partners.
use super::*;
use crate::ideas::District;
use crate::pledges::PledgeKind;

/// The people active in the period: they joined, wrote an idea or a comment, supported an
/// idea, joined a team or took a seat at a workshop or a forum. Erased accounts are not people.
fn active_people() -> String {
    format!(
        "WITH active (user_id) AS (
             SELECT id FROM users WHERE {}
             UNION SELECT author_id FROM ideas WHERE {}
             UNION SELECT author_id FROM comments WHERE {}
             UNION SELECT user_id FROM idea_supports WHERE {}
             UNION SELECT user_id FROM team_members WHERE {}
             UNION SELECT user_id FROM workshop_seats WHERE {}
             UNION SELECT user_id FROM forum_seats WHERE {})",
        within("created_at"),
        within("created_at"),
        within("created_at"),
        within("created_at"),
        within("joined_at"),
        within("created_at"),
        within("created_at"),
    )
}

/// Ideas, teams, people and workshop seats per sector; how sectors meet in teams.
pub(super) async fn sectors(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
) -> Result<SectorPanel, AppError> {
    let ideas = counts(
        conn,
        &format!(
            "SELECT s.sector, COUNT(*) FROM idea_sectors s JOIN ideas i ON i.id = s.idea_id
              WHERE i.hidden_at IS NULL AND {} GROUP BY s.sector",
            within("i.created_at")
        ),
        from,
        to,
    )
    .await?;
    let teams = counts(
        conn,
        &format!(
            "SELECT s.sector, COUNT(*) FROM teams t JOIN idea_sectors s ON s.idea_id = t.idea_id
               JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
              WHERE {} GROUP BY s.sector",
            within("t.created_at")
        ),
        from,
        to,
    )
    .await?;
    let people = counts(
        conn,
        &format!(
            "{} SELECT us.sector, COUNT(*) FROM active a
                 JOIN users u ON u.id = a.user_id AND u.deleted_at IS NULL
                 JOIN user_sectors us ON us.user_id = a.user_id
                GROUP BY us.sector",
            active_people()
        ),
        from,
        to,
    )
    .await?;
    let seats = counts(
        conn,
        "SELECT ws.sector, COUNT(*) FROM workshop_seats s
           JOIN workshops w ON w.id = s.workshop_id
           JOIN workshop_sectors ws ON ws.workshop_id = s.workshop_id
          WHERE s.status = 'registered' AND w.day >= ?1 AND w.day <= ?2
          GROUP BY ws.sector",
        from,
        to,
    )
    .await?;
    let formed: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM teams t JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
          WHERE {}",
        within("t.created_at")
    ))
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?;
    let brought: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT tm.team_id, us.sector FROM teams t
           JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
           JOIN team_members tm ON tm.team_id = t.id AND tm.role <> 'mentor'
           JOIN user_sectors us ON us.user_id = tm.user_id
          WHERE {}",
        within("t.created_at")
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let brought: Vec<(i64, Sector)> = brought
        .into_iter()
        .filter_map(|(team, code)| Some((team, Sector::from_code(&code)?)))
        .collect();
    let (teams_mixed, pairs) = sector_mix(&brought);
    let pick = |rows: &[(String, i64)], sector: Sector| {
        rows.iter()
            .find(|(code, _)| code == sector.code())
            .map_or(0, |(_, n)| *n)
    };
    Ok(SectorPanel {
        rows: Sector::ALL
            .into_iter()
            .map(|sector| SectorRow {
                sector,
                ideas: pick(&ideas, sector),
                teams: pick(&teams, sector),
                people: pick(&people, sector),
                seats: pick(&seats, sector),
            })
            .collect(),
        teams: formed,
        teams_mixed,
        pairs,
    })
}

/// Active people by age band (counted here from birth years, never listed), youth-led teams.
pub(super) async fn youth(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
    this_year: i64,
) -> Result<YouthPanel, AppError> {
    let years: Vec<(Option<i64>,)> = sqlx::query_as(&format!(
        "{} SELECT u.birth_year FROM active a JOIN users u ON u.id = a.user_id
             WHERE u.deleted_at IS NULL",
        active_people()
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let years: Vec<Option<i64>> = years.into_iter().map(|(y,)| y).collect();
    let (teams, youth_led): (i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), COALESCE(SUM(EXISTS (
                    SELECT 1 FROM team_members tm JOIN users u ON u.id = tm.user_id
                     WHERE tm.team_id = t.id AND tm.role = 'lead'
                       AND u.birth_year IS NOT NULL AND ?3 - u.birth_year - 1 < 30)), 0)
           FROM teams t JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL WHERE {}",
        within("t.created_at")
    ))
    .bind(from)
    .bind(to)
    .bind(this_year)
    .fetch_one(&mut *conn)
    .await?;
    Ok(YouthPanel {
        bands: count_bands(&years, this_year),
        teams,
        youth_led,
    })
}

/// How many teams the unmentored list names.
const UNMENTORED_LISTED: i64 = 20;

/// Each mentor's teams against their capacity; the teams on the way without a mentor.
pub(super) async fn mentors(conn: &mut SqliteConnection) -> Result<MentorPanel, AppError> {
    let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT u.id, u.display_name,
                (SELECT COUNT(*) FROM team_members tm
                   JOIN teams t ON t.id = tm.team_id
                   JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
                                AND i.stage NOT IN ('realised', 'archived')
                  WHERE tm.user_id = u.id AND tm.role = 'mentor'),
                COALESCE(mp.capacity, 0)
           FROM user_roles r JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL
           LEFT JOIN mentor_profiles mp ON mp.user_id = u.id
          WHERE r.role = 'mentor'
          ORDER BY u.display_name, u.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let without = unmentored();
    let unmentored_total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {without}"))
        .fetch_one(&mut *conn)
        .await?;
    let unmentored: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT t.id, t.name {without} ORDER BY t.created_at, t.id LIMIT ?"
    ))
    .bind(UNMENTORED_LISTED)
    .fetch_all(&mut *conn)
    .await?;
    Ok(MentorPanel {
        mentors: rows
            .into_iter()
            .map(|(user_id, name, teams, capacity)| MentorLoad {
                user_id,
                name,
                teams,
                capacity,
            })
            .collect(),
        unmentored: unmentored
            .into_iter()
            .map(|(id, name)| (TeamId(id), name))
            .collect(),
        unmentored_total,
    })
}

/// Workshops and forums whose day falls in the period; ideas born in them.
pub(super) async fn gatherings(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
) -> Result<GatheringsPanel, AppError> {
    let (workshops, workshop_capacity, workshop_seats, attendance_taken, attended, outcomes): (
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
    ) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(w.capacity), 0),
                COALESCE(SUM((SELECT COUNT(*) FROM workshop_seats s
                               WHERE s.workshop_id = w.id AND s.status = 'registered')), 0),
                COALESCE(SUM((SELECT COUNT(*) FROM workshop_seats s
                               WHERE s.workshop_id = w.id AND s.status = 'registered'
                                 AND s.attended IS NOT NULL)), 0),
                COALESCE(SUM((SELECT COUNT(*) FROM workshop_seats s
                               WHERE s.workshop_id = w.id AND s.attended = 1)), 0),
                COALESCE(SUM((SELECT COUNT(*) FROM workshop_outcomes o
                               WHERE o.workshop_id = w.id)), 0)
           FROM workshops w WHERE w.day >= ?1 AND w.day <= ?2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?;
    let (forums, forum_capacity, forum_seats, forum_checked_in): (i64, i64, i64, i64) =
        sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(f.capacity), 0),
                    COALESCE(SUM((SELECT COUNT(*) FROM forum_seats s
                                   WHERE s.forum_id = f.id AND s.status = 'registered')), 0),
                    COALESCE(SUM((SELECT COUNT(*) FROM forum_seats s
                                   WHERE s.forum_id = f.id AND s.checked_in_at IS NOT NULL)), 0)
               FROM forums f WHERE f.day >= ?1 AND f.day <= ?2",
        )
        .bind(from)
        .bind(to)
        .fetch_one(&mut *conn)
        .await?;
    let born = counts(
        conn,
        &format!(
            "SELECT stage, COUNT(*) FROM ideas
              WHERE hidden_at IS NULL
                AND (born_in_workshop IS NOT NULL OR born_in_forum IS NOT NULL) AND {}
              GROUP BY stage",
            within("created_at")
        ),
        from,
        to,
    )
    .await?;
    Ok(GatheringsPanel {
        workshops,
        workshop_capacity,
        workshop_seats,
        attendance_taken,
        attended,
        outcomes,
        forums,
        forum_capacity,
        forum_seats,
        forum_checked_in,
        born: by_code(&Stage::ALL, Stage::from_code, &born),
    })
}

/// The newest festival edition: placed and published interventions, by sector and district,
/// venues and their owners' consent. (A festival is one day, so it is not cut by the period.)
pub(super) async fn festival(conn: &mut SqliteConnection) -> Result<FestivalPanel, AppError> {
    let edition: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, title, target FROM festival_editions ORDER BY day DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, title, target)) = edition else {
        return Ok(FestivalPanel::default());
    };
    let placed = "FROM interventions v LEFT JOIN ideas i ON i.id = v.idea_id
         WHERE v.edition_id = ?1 AND v.venue_id IS NOT NULL AND v.status <> 'cancelled'";
    let (placed_n, published): (i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), COALESCE(SUM(v.status = 'published'), 0) {placed}"
    ))
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let by_sector: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT v.sector, COUNT(*) {placed} GROUP BY v.sector"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let by_district: Vec<(Option<String>, i64)> = sqlx::query_as(&format!(
        "SELECT i.district, COUNT(*) {placed} GROUP BY i.district ORDER BY COUNT(*) DESC, i.district"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let (venues, venues_consent): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(consent = 'yes'), 0) FROM festival_venues
          WHERE edition_id = ?",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(FestivalPanel {
        edition: Some(title),
        target,
        placed: placed_n,
        published,
        by_sector: by_code(&Sector::ALL, Sector::from_code, &by_sector),
        by_district: by_district
            .into_iter()
            .map(|(code, n)| (code.as_deref().and_then(District::from_code), n))
            .collect(),
        venues,
        venues_consent,
    })
}

/// Organisations active in the period, and the period's pledges by kind and by where they
/// stand now.
pub(super) async fn partners(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
) -> Result<PartnerPanel, AppError> {
    let organisations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
        .fetch_one(&mut *conn)
        .await?;
    let active: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(DISTINCT organisation_id) FROM pledges WHERE {} OR {} OR {}",
        within("offered_at"),
        within("answered_at"),
        within("fulfilled_at")
    ))
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?;
    let rows: Vec<(String, i64, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT kind, COUNT(*), COALESCE(SUM(status IN ('accepted', 'fulfilled')), 0),
                COALESCE(SUM(status = 'declined'), 0), COALESCE(SUM(status = 'fulfilled'), 0)
           FROM pledges WHERE {} GROUP BY kind",
        within("offered_at")
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    Ok(PartnerPanel {
        active,
        organisations,
        pledges: PledgeKind::ALL
            .into_iter()
            .map(|kind| {
                let row = rows.iter().find(|r| r.0 == kind.code());
                PledgeRow {
                    kind,
                    offered: row.map_or(0, |r| r.1),
                    accepted: row.map_or(0, |r| r.2),
                    declined: row.map_or(0, |r| r.3),
                    fulfilled: row.map_or(0, |r| r.4),
                }
            })
            .collect(),
    })
}
