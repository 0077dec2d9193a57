//! What the audit log records: the steering group's actions and what they are about. The
//! codes are shared by every feature that writes to the log (`server::audit::record`); the
//! steering group's `/steering/audit` reads it.

crate::coded! {
    /// What was done.
    pub enum AuditAction {
        RoleGranted = "role_granted" => aud_role_granted,
        RoleRevoked = "role_revoked" => aud_role_revoked,
        PartnerInvited = "partner_invited" => aud_partner_invited,
        IdeaHidden = "idea_hidden" => aud_idea_hidden,
        IdeaRestored = "idea_restored" => aud_idea_restored,
        CommentHidden = "comment_hidden" => aud_comment_hidden,
        CommentRestored = "comment_restored" => aud_comment_restored,
        ReportsDismissed = "reports_dismissed" => aud_reports_dismissed,
        PersonBlocked = "person_blocked" => aud_person_blocked,
        PersonUnblocked = "person_unblocked" => aud_person_unblocked,
        InterventionAccepted = "intervention_accepted" => aud_intervention_accepted,
        InterventionDeclined = "intervention_declined" => aud_intervention_declined,
        InterventionPlaced = "intervention_placed" => aud_intervention_placed,
        ScheduleRun = "schedule_run" => aud_schedule_run,
        ScheduleUndone = "schedule_undone" => aud_schedule_undone,
        ProgramPublished = "program_published" => aud_program_published,
        DecisionProposed = "decision_proposed" => aud_decision_proposed,
        DecisionAnswered = "decision_answered" => aud_decision_answered,
        DecisionRecorded = "decision_recorded" => aud_decision_recorded,
        FileImported = "file_imported" => aud_file_imported,
    }
}

crate::coded! {
    /// What an entry is about.
    pub enum AuditSubject {
        Person = "person",
        Idea = "idea",
        Comment = "comment",
        Intervention = "intervention",
        Edition = "edition",
        Decision = "decision",
        Import = "import",
    }
}
