#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hcloud::sim {

struct SimReply;
struct SimRequest;

// The API as it behaves on one day of Hetzner's published timeline, so
// that clients from before a change (CLI 1.30.3, python3-hcloud 1.18.2)
// can meet the API they were written for. The simulator keeps one state;
// the day decides what of it is sent and what requests may say.
class ApiDate
{
public:
    ApiDate() : ApiDate(QDate::currentDate()) { }
    explicit ApiDate(QDate day) : m_day(day.isValid() ? day : QDate::currentDate()) { }

    QDate day() const { return m_day; }

    // Before 2026-07-01: servers and primary IPs carry `datacenter`, and
    // POST /servers and /primary_ips accept one.
    bool hasDatacenter() const { return m_day < QDate(2026, 7, 1); }
    // From 2026-08-01: an unassigned primary IP says assignee_type "unassigned".
    bool saysUnassigned() const { return m_day >= QDate(2026, 8, 1); }
    // After 2026-10-01: /datacenters and /datacenters/{id} answer 410.
    bool datacentersGone() const { return m_day > QDate(2026, 10, 1); }

    // 410 deprecated_api_endpoint for a request the day no longer serves.
    std::optional<SimReply> refuse(const SimRequest &request) const;
    // 400 invalid_input when the body names `datacenter` and the day no longer takes it.
    std::optional<SimReply> refuseDatacenter(const QJsonObject &body) const;
    // Shapes an answer for the day: drops what the API no longer sends.
    void shape(SimReply &reply) const;

    // "YYYY-MM-DD"; an invalid date when the text is not one.
    static QDate parse(const QString &text);

private:
    QDate m_day;
};

}  // namespace hcloud::sim
