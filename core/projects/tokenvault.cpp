#include "tokenvault.h"

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
        return QCoreApplication::translate("hcloud::TokenVault",
            "No keychain is available (no Secret Service on the D-Bus session). "
            "Start your desktop's keyring, or use the token for this session only.");
    case Status::AccessDenied:
        return QCoreApplication::translate("hcloud::TokenVault",
            "The keychain is locked or access was denied. Unlock your keyring and try again.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("hcloud::TokenVault", "The keychain reported an error.");
}

} // namespace hcloud
