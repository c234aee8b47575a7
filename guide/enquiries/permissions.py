"""Enquiries come from visitors only: editors may read, answer and delete them, never add one."""

from wagtail.permission_policies import ModelPermissionPolicy


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        # Superusers pass every has_perm() check, so "add" is refused here for everyone.
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])
