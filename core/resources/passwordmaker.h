#pragma once

#include <QString>

namespace hcloud {

// A password for a Storage Box or subaccount, from the system's secure
// random source: 24 characters with lower and upper case letters, digits
// and a special character, as the API requires, none of them easy to
// misread (no 0/O, 1/l/I).
QString makeStoragePassword();

} // namespace hcloud
