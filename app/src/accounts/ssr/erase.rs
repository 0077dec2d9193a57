use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// Erases everything personal about an account; the row stays so content keeps an author
/// ("former member"). Every session of the account ends through the epoch.
pub async fn erase_account(conn: &mut SqliteConnection, user_id: i64) -> Result<(), AppError> {
    for statement in [
        "DELETE FROM user_sectors WHERE user_id = ?",
        "DELETE FROM user_skills WHERE user_id = ?",
        "DELETE FROM user_roles WHERE user_id = ?",
        "DELETE FROM mentor_profiles WHERE user_id = ?",
        "DELETE FROM partner_profiles WHERE user_id = ?",
        "DELETE FROM email_tokens WHERE user_id = ?",
        "DELETE FROM outbox WHERE user_id = ?",
        // Supports and follows are personal choices: they go, and the counters with them.
        "UPDATE ideas SET support_count = support_count - 1
          WHERE id IN (SELECT idea_id FROM idea_supports WHERE user_id = ?)",
        "DELETE FROM idea_supports WHERE user_id = ?",
        "DELETE FROM idea_follows WHERE user_id = ?",
        // Co-authorships, the draft, remembered browsers and what their reports said (the
        // report itself stays for the moderators' record, without its note).
        "DELETE FROM idea_coauthors WHERE user_id = ?",
        "DELETE FROM idea_drafts WHERE user_id = ?",
        "DELETE FROM known_devices WHERE user_id = ?",
        "UPDATE reports SET note = '' WHERE reporter_id = ?",
        "UPDATE team_tasks SET owner_id = NULL WHERE owner_id = ?",
        "UPDATE workshop_seats SET status = 'cancelled', changed_at = datetime('now')
          WHERE user_id = ? AND status <> 'cancelled'",
        // Invitations to this address, and unused ones this person sent.
        "DELETE FROM idea_invites WHERE email = (SELECT email FROM users WHERE id = ?)",
        "DELETE FROM idea_invites WHERE invited_by = ? AND used_at IS NULL",
        // Teams: a team whose only lead leaves gets its longest-standing member as lead; the
        // person's memberships, questions, notifications and choices go. Their workspace
        // messages stay, signed "former member", like comments.
        "UPDATE team_members SET role = 'lead' WHERE rowid IN (
            SELECT (SELECT o.rowid FROM team_members o
                     WHERE o.team_id = m.team_id AND o.role = 'member' AND o.user_id != m.user_id
                     ORDER BY o.joined_at, o.user_id LIMIT 1)
              FROM team_members m
             WHERE m.user_id = ? AND m.role = 'lead'
               AND NOT EXISTS (SELECT 1 FROM team_members l WHERE l.team_id = m.team_id
                                  AND l.role = 'lead' AND l.user_id != m.user_id))",
        "DELETE FROM team_members WHERE user_id = ?",
        "DELETE FROM team_requests WHERE user_id = ?",
        "DELETE FROM notifications WHERE user_id = ?",
        "DELETE FROM notification_prefs WHERE user_id = ?",
        "DELETE FROM digests WHERE user_id = ?",
        "DELETE FROM intervention_people WHERE user_id = ?",
        "DELETE FROM festival_stars WHERE user_id = ?",
        // Forums: private reflections go; places are given up; hosting ends; harvest notes
        // stay in the harvest without a name.
        "DELETE FROM forum_reflections WHERE user_id = ?",
        "UPDATE forum_seats SET status = 'cancelled', changed_at = datetime('now')
          WHERE user_id = ? AND status <> 'cancelled'",
        "DELETE FROM forum_hosts WHERE user_id = ?",
        "UPDATE harvest_notes SET author_id = NULL WHERE author_id = ?",
        // Open Space: sessions stay in the grid without a convener; "I'll go" marks go.
        "UPDATE forum_sessions SET convener_id = NULL WHERE convener_id = ?",
        "DELETE FROM forum_session_goers WHERE user_id = ?",
        "UPDATE users SET email = NULL, display_name = NULL, password_hash = NULL,
                email_verified_at = NULL, birth_year = NULL, bio = '', open_to_teams = 0,
                show_email = 0, show_birth_year = 0, show_bio = 0, show_sectors = 0,
                show_skills = 0, guardian_email = NULL, guardian_confirmed_at = NULL,
                session_epoch = session_epoch + 1, deleted_at = datetime('now')
          WHERE id = ?",
    ] {
        sqlx::query(statement)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
