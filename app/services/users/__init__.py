"""Staff accounts, passwords and signing in."""

from app.services.users.accounts import (
    UserInput,
    UserSummary,
    actor_of,
    add_first_admin,
    create_first_admin,
    create_user,
    list_users,
    load_user,
    ordered_roles,
    summary_of,
)
from app.services.users.admin import change_password, deactivate_user, reactivate_user, set_roles
from app.services.users.auth import (
    confirm_password,
    local_time,
    sign_in,
    unlock_refusal,
    verify_password_for_unlock,
)
from app.services.users.machine_sign_in import MachineSignIn
from app.services.users.passwords import (
    burn_time,
    hash_password,
    needs_rehash,
    policy_problems,
    verify,
)
from app.services.users.rules import (
    full_name_problems,
    normalise_username,
    role_problems,
    user_problems,
    username_problems,
)

__all__ = [
    "MachineSignIn",
    "UserInput",
    "UserSummary",
    "actor_of",
    "add_first_admin",
    "burn_time",
    "change_password",
    "confirm_password",
    "create_first_admin",
    "create_user",
    "deactivate_user",
    "full_name_problems",
    "hash_password",
    "list_users",
    "load_user",
    "local_time",
    "needs_rehash",
    "normalise_username",
    "ordered_roles",
    "policy_problems",
    "reactivate_user",
    "role_problems",
    "set_roles",
    "sign_in",
    "summary_of",
    "unlock_refusal",
    "user_problems",
    "username_problems",
    "verify",
    "verify_password_for_unlock",
]
