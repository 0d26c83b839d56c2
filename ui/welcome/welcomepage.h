#pragma once

#include <QWidget>

class QPushButton;

namespace hcloud {

// The main area while there is no project: the three ways to start, each a
// button that does it (the window wires them to its own actions).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *addProjectButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }
    // Hidden where there is no demo to open (the demo itself).
    void setDemoAvailable(bool available);

signals:
    void addProjectRequested();
    void importRequested();
    void demoRequested();

private:
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_demo;
    QWidget *m_demoText;
};

} // namespace hcloud
