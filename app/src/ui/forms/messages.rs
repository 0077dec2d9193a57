use crate::common::error::AppError;
use crate::i18n::*;

/// The sentence for an error that is not about one field.
pub fn error_text(i18n: leptos_i18n::I18nContext<Locale>, error: &AppError) -> &'static str {
    match error {
        AppError::NotFound => t_string!(i18n, error_not_found),
        AppError::Unauthenticated => t_string!(i18n, error_unauthenticated),
        AppError::Forbidden => t_string!(i18n, error_forbidden),
        AppError::Invalid { .. } => t_string!(i18n, error_invalid),
        AppError::Conflict => t_string!(i18n, error_conflict),
        AppError::RateLimited => t_string!(i18n, error_rate_limited),
        AppError::Transport => t_string!(i18n, error_transport),
        AppError::Internal { .. } => t_string!(i18n, error_internal),
    }
}

/// The sentence for a field error code.
pub fn field_error_text(i18n: leptos_i18n::I18nContext<Locale>, code: &str) -> &'static str {
    match code {
        "email_invalid" => t_string!(i18n, err_email_invalid),
        "name_length" => t_string!(i18n, err_name_length),
        "name_invalid" => t_string!(i18n, err_name_invalid),
        "org_name_taken" => t_string!(i18n, err_org_name_taken),
        "birth_year_locked" => t_string!(i18n, err_birth_year_locked),
        "password_short" => t_string!(i18n, err_password_short),
        "password_long" => t_string!(i18n, err_password_long),
        "password_is_email" => t_string!(i18n, err_password_is_email),
        "password_mismatch" => t_string!(i18n, err_password_mismatch),
        "password_wrong" => t_string!(i18n, err_password_wrong),
        "birth_year_invalid" => t_string!(i18n, err_birth_year_invalid),
        "guardian_required" => t_string!(i18n, err_guardian_required),
        "guardian_same" => t_string!(i18n, err_guardian_same),
        "too_long" => t_string!(i18n, err_too_long),
        "too_short" => t_string!(i18n, err_too_short),
        "tags_invalid" => t_string!(i18n, err_tags_invalid),
        "choice_invalid" => t_string!(i18n, err_choice_invalid),
        "credentials_invalid" => t_string!(i18n, err_credentials_invalid),
        "token_invalid" => t_string!(i18n, err_token_invalid),
        "website_invalid" => t_string!(i18n, err_website_invalid),
        "capacity_invalid" => t_string!(i18n, err_capacity_invalid),
        "last_steering" => t_string!(i18n, err_last_steering),
        "missing" => t_string!(i18n, err_missing),
        "title_length" => t_string!(i18n, err_title_length),
        "sectors_missing" => t_string!(i18n, err_sectors_missing),
        "point_invalid" => t_string!(i18n, err_point_invalid),
        "stage_not_allowed" => t_string!(i18n, err_stage_not_allowed),
        "feedback_mentors_only" => t_string!(i18n, err_feedback_mentors_only),
        "block_self" => t_string!(i18n, err_block_self),
        "hours_invalid" => t_string!(i18n, err_hours_invalid),
        "date_invalid" => t_string!(i18n, err_date_invalid),
        "already_member" => t_string!(i18n, err_already_member),
        "already_asked" => t_string!(i18n, err_already_asked),
        "role_closed" => t_string!(i18n, err_role_closed),
        "cannot_join" => t_string!(i18n, err_cannot_join),
        "not_a_mentor" => t_string!(i18n, err_not_a_mentor),
        "last_lead" => t_string!(i18n, err_last_lead),
        "team_exists" => t_string!(i18n, err_team_exists),
        "idea_archived" => t_string!(i18n, err_idea_archived),
        "out_of_range" => t_string!(i18n, err_out_of_range),
        "not_a_number" => t_string!(i18n, err_not_a_number),
        "not_a_time" => t_string!(i18n, err_not_a_time),
        "before_start" => t_string!(i18n, err_before_start),
        "not_a_coordinate" => t_string!(i18n, err_not_a_coordinate),
        "no_edition" => t_string!(i18n, err_no_edition),
        "not_in_team" => t_string!(i18n, err_not_in_team),
        "not_proposed" => t_string!(i18n, err_not_proposed),
        "already_cancelled" => t_string!(i18n, err_already_cancelled),
        "not_accepted" => t_string!(i18n, err_not_accepted),
        "past_edition" => t_string!(i18n, err_past_edition),
        "nothing_to_undo" => t_string!(i18n, err_nothing_to_undo),
        _ => t_string!(i18n, error_invalid),
    }
}
