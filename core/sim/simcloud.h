#pragma once

#include "core/sim/apidate.h"
#include "core/sim/ratelimiter.h"
#include "core/sim/simproject.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace hcloud::sim {

// All simulated projects, found by index or by token.
class SimCloud
{
public:
    SimCloud() = default;
    SimCloud(const SimCloud &) = delete;
    SimCloud &operator=(const SimCloud &) = delete;

    // Adds a project seeded with `servers` servers; returns its index.
    int addProject(const QString &token, quint32 seed, int servers);

    int projectCount() const { return int(m_projects.size()); }
    SimProject *project(int index) const;
    // *readOnly says whether the token may only read (GET).
    SimProject *projectForToken(const QString &token, bool *readOnly = nullptr) const;
    // Another token of a project, with Read permission only.
    void addReadToken(int project, const QString &token);

    // Requests that carry no valid token still count against a budget.
    RateLimiter &anonymousRateLimiter() { return m_anonymous; }

    const ApiDate &apiDate() const { return m_apiDate; }
    void setApiDate(const ApiDate &date) { m_apiDate = date; }

private:
    std::vector<std::unique_ptr<SimProject>> m_projects;
    RateLimiter m_anonymous;
    ApiDate m_apiDate;
    QHash<QString, int> m_readTokens; // token -> project index
};

}  // namespace hcloud::sim
