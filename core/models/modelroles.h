#pragma once

#include <Qt>

namespace hcloud {

// Roles every list model in core answers, beyond Qt's own.
enum ModelRole {
    SortRole = Qt::UserRole + 1, // the value to sort by (numbers, dates), not the text
    IdRole,                      // the row's key
    StatusRole,                  // a machine-readable status ("running", "off", ...), for icons
    JsonRole,                    // the whole API object (QJsonObject), for details views
    ProgressRole,                // 0..100 while an action runs on the row, else invalid
    ProjectRole,                 // the project id of a row in a view across projects
    RawJsonRole,                 // the API object as compact JSON bytes (QByteArray)
    SearchRole,                  // lower-case text of the row, for the filter
};

} // namespace hcloud
