#include "core/projects/tokenvault.h"

#include <QCoreApplication>

namespace hcloud {

QString TokenVault::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("hcloud::TokenVault",
            "The token is missing from the keychain. Enter it again to keep using this project.");
    case Status::NoBackend:
        // No word of session-only use here: the dialogs that offer it say so.
        return QCoreApplication::translate("hcloud::TokenVault",
            "No keychain is available on this desktop. Install and start a keyring such as "
            "GNOME Keyring or KWallet, then try again.");
    case Status::AccessDenied:
        return QCoreApplication::translate("hcloud::TokenVault",
            "Access to the keychain was denied. When your keyring asks, allow hcloud-desktop, "
            "then try again.");
    case Status::Locked:
        return QCoreApplication::translate("hcloud::TokenVault",
            "The keychain is locked. Unlock your login keyring (in Passwords and Keys, or by "
            "logging in again), then try again.");
    case Status::NoKeyring:
        return QCoreApplication::translate("hcloud::TokenVault",
            "There is no login keyring yet. Open Passwords and Keys (seahorse), create a new "
            "password keyring named “Login”, then try again.");
    case Status::TimedOut:
        return QCoreApplication::translate("hcloud::TokenVault",
            "The keychain did not answer in time. It may be waiting for a password prompt: "
            "look for one, then try again.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("hcloud::TokenVault", "The keychain reported an error.");
}

} // namespace hcloud
