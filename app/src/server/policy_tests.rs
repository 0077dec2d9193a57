//! The policy's decisions, role by role.
use super::*;

fn viewer(roles: &[Role], verified: bool, guardian_pending: bool) -> Viewer {
    Viewer {
        id: 7,
        display_name: "Rūta".into(),
        roles: roles.to_vec(),
        email_verified: verified,
        guardian_pending,
        publishing_blocked: false,
    }
}

#[test]
fn public_access_is_granted_to_anyone() {
    assert_eq!(decide(Access::Public, None, None), Ok(()));
}

#[test]
fn anonymous_callers_are_asked_to_sign_in() {
    for access in [
        Access::SignedIn,
        Access::Publisher,
        Access::Role(Role::Steering),
        Access::OwnerOrSteering(Role::Mentor),
    ] {
        assert_eq!(
            decide(access, None, Some(7)),
            Err(AppError::Unauthenticated)
        );
    }
}

#[test]
fn publishing_needs_a_confirmed_email_and_guardian_consent() {
    let ok = viewer(&[], true, false);
    assert_eq!(decide(Access::Publisher, Some(&ok), None), Ok(()));
    let unconfirmed = viewer(&[], false, false);
    assert_eq!(
        decide(Access::Publisher, Some(&unconfirmed), None),
        Err(AppError::Forbidden)
    );
    let child = viewer(&[], true, true);
    assert_eq!(
        decide(Access::Publisher, Some(&child), None),
        Err(AppError::Forbidden)
    );
    assert_eq!(decide(Access::SignedIn, Some(&child), None), Ok(()));
}

#[test]
fn roles_and_ownership() {
    let mentor = viewer(&[Role::Mentor], true, false);
    let steering = viewer(&[Role::Steering], true, false);
    let participant = viewer(&[], true, false);
    let rule = Access::OwnerOrSteering(Role::Mentor);
    assert_eq!(decide(rule, Some(&mentor), Some(7)), Ok(()));
    assert_eq!(
        decide(rule, Some(&mentor), Some(8)),
        Err(AppError::NotFound)
    );
    assert_eq!(
        decide(rule, Some(&participant), Some(7)),
        Err(AppError::NotFound)
    );
    assert_eq!(decide(rule, Some(&steering), Some(8)), Ok(()));
    assert_eq!(
        decide(Access::Role(Role::Steering), Some(&mentor), None),
        Err(AppError::Forbidden)
    );
    assert_eq!(
        decide(Access::Role(Role::Steering), Some(&steering), None),
        Ok(())
    );
}

#[test]
fn team_scopes() {
    use crate::common::TeamRole;
    for role in [TeamRole::Lead, TeamRole::Member, TeamRole::Mentor] {
        assert_eq!(decide_team(TeamScope::Workspace, Some(role), true), Ok(()));
        assert_eq!(decide_team(TeamScope::Workspace, Some(role), false), Ok(()));
        assert_eq!(
            decide_team(TeamScope::WorkspaceWrite, Some(role), true),
            Ok(())
        );
        assert_eq!(
            decide_team(TeamScope::WorkspaceWrite, Some(role), false),
            Err(AppError::Forbidden),
            "a blocked member reads but does not write"
        );
    }
    // The workspace of a team one is not in does not exist, as far as one can tell.
    for scope in [TeamScope::Workspace, TeamScope::WorkspaceWrite] {
        assert_eq!(decide_team(scope, None, true), Err(AppError::NotFound));
    }
    assert_eq!(
        decide_team(TeamScope::Lead, Some(TeamRole::Lead), true),
        Ok(())
    );
    for (role, publish) in [
        (Some(TeamRole::Lead), false),
        (Some(TeamRole::Member), true),
        (Some(TeamRole::Mentor), true),
        (None, true),
    ] {
        assert_eq!(
            decide_team(TeamScope::Lead, role, publish),
            Err(AppError::Forbidden),
            "{role:?}"
        );
    }
}
#[test]
fn an_unknown_endpoint_has_no_rule() {
    assert_eq!(rule_for("/api/drop_everything"), None);
    assert_eq!(rule_for("/api/get_home_stats"), Some(Access::Public));
}
