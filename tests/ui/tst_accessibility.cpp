// Keyboard and accessibility, walked through QAccessible as a screen reader
// does: the main window on each of its pages and every dialog its menus
// open must name each control, and every menu action must have a shortcut
// or a mnemonic.
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "ui/resources/kindactionmenu.h"
#include "ui/resourcetable.h"
#include "ui/servers/serveractions.h"
#include "ui/sidebarmodel.h"
#include "ui/translations.h"
#include "ui/welcome/welcomepage.h"
#include "app/desktopsession.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hcloud;

namespace {

// Roles a person operates, which a screen reader must be able to name.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString path;
    for (QObject *p = o; p; p = p->parent())
        path.prepend(QStringLiteral("/") + QString::fromLatin1(p->metaObject()->className())
                     + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return QStringLiteral("%1 (role %2)").arg(path).arg(int(iface->role()));
}

// Unnamed controls under the interface, visible ones only.
void walk(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    if (needsName(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(iface));
    // Rows and cells of a table are data, named by their text; the table is the control.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree || iface->role() == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedIn(QWidget *root)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(root), &unnamed);
    return unnamed;
}

QWidget *newestDialog(const QSet<QWidget *> &before)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && !before.contains(w) && (qobject_cast<QDialog *>(w) || w->isWindow()))
            return w;
    }
    return nullptr;
}

QSet<QWidget *> shownWindows()
{
    QSet<QWidget *> shown;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            shown.insert(w);
    }
    return shown;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welcomePageIsNamed();
    void mainWindowAndDialogsAreNamed();

private:
    void checkDialogOf(QAction *action, QStringList *problems);
    QStringList m_walked;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    QAccessible::setActive(true);
}

void TestAccessibility::welcomePageIsNamed()
{
    QTemporaryDir dir;
    DesktopSession session(dir.filePath(QStringLiteral("projects.json")));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePage()->isVisible());
    const QStringList unnamed = unnamedIn(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::checkDialogOf(QAction *action, QStringList *problems)
{
    if (!action->isEnabled() || !action->isVisible())
        return;
    const QSet<QWidget *> before = shownWindows();
    action->trigger();
    QWidget *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = newestDialog(before)) != nullptr; }, 1500);
    if (!dialog)
        return; // the action acts at once (a refresh, a copy)
    m_walked.append(QStringLiteral("%1 (%2)").arg(action->text(), QString::fromLatin1(dialog->metaObject()->className())));
    for (const QString &u : unnamedIn(dialog))
        problems->append(QStringLiteral("%1: %2").arg(action->text(), u));
    // Dialogs this one opened at once (a token dialog after a new project) go too.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && !before.contains(w))
            w->close();
    }
    QTRY_VERIFY(!dialog->isVisible() || !dialog);
}

void TestAccessibility::mainWindowAndDialogsAreNamed()
{
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    demo.attach(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectSession *session = window.currentSession();
    QTRY_VERIFY_WITH_TIMEOUT(session->existingModel(QStringLiteral("servers"))->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() != ProjectSession::State::Loading, 10000);

    QStringList problems;
    // Every menu action has a shortcut or a mnemonic; every menu one too.
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->isVisible())
            continue;
        if (!menuAction->text().contains(QLatin1Char('&')))
            problems.append(QStringLiteral("menu without mnemonic: %1").arg(menuAction->text()));
        for (QAction *a : menuAction->menu()->actions()) {
            if (!a->isSeparator() && !a->text().contains(QLatin1Char('&')) && a->shortcut().isEmpty())
                problems.append(QStringLiteral("no shortcut or mnemonic: %1 › %2").arg(menuAction->text(), a->text()));
        }
    }

    // The lists page, with a running server selected.
    QTableView *table = window.serverTable()->view();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(Qt::DisplayRole).isValid()
            && window.serverActions()->action(ServerActions::Id::Reboot)->isEnabled())
            break;
        table->selectRow(r);
    }
    for (const QString &u : unnamedIn(&window))
        problems.append(QStringLiteral("main window: %1").arg(u));
    // Each page of the details.
    for (int t = 0; t < window.detailTabs()->count(); ++t) {
        window.detailTabs()->setCurrentIndex(t);
        for (const QString &u : unnamedIn(&window))
            problems.append(QStringLiteral("tab %1: %2").arg(t).arg(u));
    }
    // What needs attention.
    window.projectList()->setCurrentIndex(window.sidebar()->attentionIndex());
    for (const QString &u : unnamedIn(&window))
        problems.append(QStringLiteral("attention: %1").arg(u));
    window.selectProject(0);

    // Every dialog the menus open, the server's with a server selected.
    table->setFocus();
    table->selectRow(0);
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->isVisible())
            continue;
        for (QAction *a : menuAction->menu()->actions()) {
            if (a->isSeparator() || a->menu() || a == window.findChild<QAction *>(QString()) )
                continue;
            const QString text = a->text();
            // Quitting ends the test; the terminal and console open outside windows of their own.
            if (text.contains(QStringLiteral("Quit")) || text.contains(QStringLiteral("Terminal")))
                continue;
            checkDialogOf(a, &problems);
        }
    }
    // New Server, and the actions of other kinds (their forms).
    checkDialogOf(window.serverActions()->action(ServerActions::Id::Create), &problems);
    for (const QString &kind : {QStringLiteral("volumes"), QStringLiteral("floating_ips"), QStringLiteral("firewalls"),
                                QStringLiteral("zones")}) {
        window.projectList()->setCurrentIndex(window.sidebar()->kindIndex(session->project().id, kind));
        QTRY_VERIFY_WITH_TIMEOUT(window.serverTable()->view()->model()->rowCount() > 0, 10000);
        window.serverTable()->view()->selectRow(0);
        for (const QString &u : unnamedIn(&window))
            problems.append(QStringLiteral("%1 list: %2").arg(kind, u));
        for (QAction *a : window.kindActions()->actions())
            checkDialogOf(a, &problems);
    }
    qInfo("walked: %s", qPrintable(m_walked.join(QStringLiteral(", "))));
    // The walk reached the dialogs: projects, tokens, settings, palette, server ones.
    QVERIFY2(m_walked.size() >= 20, qPrintable(m_walked.join(QStringLiteral(", "))));
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
