#pragma once

#include "core/resources/kindactions.h"

namespace hcloud {

// The actions on a zone as a whole: create (primary or secondary), labels,
// default TTL, primary nameservers, protection, delete. Records are
// changed in the zone editor (core/dns).
QVector<ResourceAction> zoneActions();

} // namespace hcloud
