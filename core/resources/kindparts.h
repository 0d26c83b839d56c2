#pragma once

#include "core/resources/resourcekind.h"

namespace hcloud::kindparts {

// Builders for columns and details most kinds share. Titles come translated
// from each kind's file, so every kind keeps its own translation context.

// The text at a dotted path, a dash when the API left it null.
ResourceColumn::Value text(const QString &dottedPath);
// A date at a dotted path, in local time (a QDateTime, so it sorts by date).
ResourceColumn::Value date(const QString &dottedPath);
// A size in GB at a dotted path, as "42 GB".
ResourceColumn::Value gigabytes(const QString &dottedPath);
// The number at a dotted path (a double), for sorting.
ResourceColumn::Value number(const QString &dottedPath);
// The IP (or range) at a dotted path, its numeric sort key.
ResourceColumn::Value ipSort(const QString &dottedPath);
// "Yes" or "No" for a boolean at a dotted path.
ResourceColumn::Value yesNo(const QString &dottedPath);
// "fsn1 (Falkenstein, DE)" for a location object at a dotted path.
ResourceColumn::Value location(const QString &dottedPath);

// "IPv4" or "IPv6" for the API's "ipv4"/"ipv6" at a dotted path.
ResourceColumn::Value ipType(const QString &dottedPath);
// Reverse DNS entries of an IP ([{ip, dns_ptr}]) as "ip: name, ...".
ResourceColumn::Value reverseDns(const QString &dottedPath);
// The names of the objects whose ids are listed at a dotted path (a group's
// servers), their ids where names are not known; a dash for none.
ResourceColumn::Value references(const QString &dottedPath, const QString &kindId);
// The labels as "key=value, ...", sorted.
ResourceColumn::Value labels();

ResourceColumn textColumn(const QString &key, const QString &title, const QString &dottedPath);
ResourceColumn dateColumn(const QString &key, const QString &title, const QString &dottedPath);
ResourceColumn sizeColumn(const QString &key, const QString &title, const QString &dottedPath);
ResourceColumn ipColumn(const QString &key, const QString &title, const QString &dottedPath);
// The location's short name; the tooltip gives the city.
ResourceColumn locationColumn(const QString &key, const QString &title, const QString &dottedPath);
ResourceColumn labelsColumn(const QString &title);

DetailField detail(const QString &key, const QString &title, const ResourceColumn::Value &value);

} // namespace hcloud::kindparts
