// SPDX-License-Identifier: Apache-2.0
#include "scenarioeditor.h"

#include "scenarioeventform.h"
#include "scenarioeventlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gui {

namespace {
const QStringList kPolicies{QStringLiteral("weighted"), QStringLiteral("trio2o")};
QJsonObject policyObject(const QString &key) { return {{QStringLiteral("policy"), key}}; }
} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent), m_description(new QLineEdit), m_base(new QComboBox), m_policy(new QComboBox),
      m_samples(new QSpinBox), m_compareRow(new QHBoxLayout), m_events(new model::ScenarioEventListModel(this)),
      m_list(new QListView), m_add(new QPushButton(tr("&Add event"))), m_remove(new QPushButton(tr("Remo&ve"))),
      m_up(new QPushButton(tr("Move &up"))), m_down(new QPushButton(tr("Move do&wn"))), m_forms(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSettings());
    layout->addWidget(buildEvents(), 1);
}

QWidget *ScenarioEditor::buildSettings()
{
    auto *box = new QGroupBox(tr("Scenario"));
    auto *form = new QFormLayout(box);
    m_description->setPlaceholderText(tr("What this scenario asks, e.g. \"Pod az2-pod03 goes into maintenance tonight\""));
    m_base->setEditable(true);
    m_base->addItem(QStringLiteral("current"));
    m_base->setToolTip(tr("\"current\" = the cloud the console shows; or a state file (.json) or a database file, "
                          "relative to the scenario's folder. It is only read, never written."));
    m_samples->setRange(1, 100000);
    m_samples->setValue(100);
    for (const QString &p : kPolicies)
        m_policy->addItem(p, policyObject(p));
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy);
    policyRow->addSpacing(16);
    policyRow->addWidget(new QLabel(tr("Compare with:")));
    policyRow->addLayout(m_compareRow);
    policyRow->addStretch(1);
    policyRow->addWidget(new QLabel(tr("Samples per pod:")));
    policyRow->addWidget(m_samples);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Base:"), m_base);
    form->addRow(tr("Policy:"), policyRow);
    connect(m_description, &QLineEdit::textEdited, this, &ScenarioEditor::markModified);
    connect(m_base, &QComboBox::editTextChanged, this, [this] { if (!m_loading) markModified(); });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading)
            return;
        m_usesDefaultPolicy = !m_defaultPolicy.isEmpty() && index == m_policy->count() - 1;
        markModified();
    });
    connect(m_samples, &QSpinBox::valueChanged, this, [this] { if (!m_loading) markModified(); });
    return box;
}

QWidget *ScenarioEditor::buildEvents()
{
    auto *box = new QGroupBox(tr("Events, replayed in this order"));
    auto *splitter = new QSplitter;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setModel(m_events);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    leftLayout->addLayout(buttons);
    auto *menu = new QMenu(m_add);
    for (const QString &type : ScenarioEventForm::types())
        menu->addAction(model::ScenarioEventListModel::typeName(type), this, [this, type] { addEvent(type); });
    m_add->setMenu(menu);
    connect(m_remove, &QPushButton::clicked, this, &ScenarioEditor::removeCurrentEvent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentEvent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentEvent(1); });

    auto *empty = new QLabel(tr("Choose an event on the left, or add one."));
    empty->setAlignment(Qt::AlignCenter);
    m_forms->addWidget(empty);
    for (const QString &type : ScenarioEventForm::types()) {
        ScenarioEventForm *form = ScenarioEventForm::create(type);
        connect(form, &ScenarioEventForm::edited, this, &ScenarioEditor::formEdited);
        m_formByType.push_back(form);
        m_forms->addWidget(form);
    }
    auto *formBox = new QWidget;
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_forms);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #f8d7d5; color: #6b1510; padding: 6px; }"));
    m_problem->setVisible(false);
    formLayout->addWidget(m_problem);
    formLayout->addStretch(1);
    splitter->addWidget(left);
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(splitter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEvent(current.row()); });
    connect(m_events, &QAbstractItemModel::rowsRemoved, this, [this] { showEvent(currentEvent()); });
    connect(m_events, &QAbstractItemModel::modelReset, this, [this] { showEvent(-1); });
    showEvent(-1);
    return box;
}

QJsonObject ScenarioEditor::emptyScenario()
{
    // No policy: the scheduler settings' (setDefaultPolicy) stands in.
    return {{QStringLiteral("base"), QStringLiteral("current")}, {QStringLiteral("events"), QJsonArray()}};
}

QString ScenarioEditor::policyLabel(const QJsonObject &config)
{
    const QString key = config.value(QLatin1String("policy")).toString(QStringLiteral("weighted"));
    const QString name = config.value(QLatin1String("name")).toString();
    return name.isEmpty() || name == key ? key : tr("%1 (%2)", "policy name (policy key)").arg(name, key);
}

void ScenarioEditor::setScenario(const QJsonObject &scenario, const QString &directory)
{
    m_loading = true;
    m_directory = directory;
    m_extra = scenario;
    for (const char *key : {"description", "base", "policy", "compare", "samples", "events"})
        m_extra.remove(QLatin1String(key));
    m_description->setText(scenario.value(QLatin1String("description")).toString());
    m_base->setEditText(scenario.value(QLatin1String("base")).toString(QStringLiteral("current")));
    m_samples->setValue(scenario.value(QLatin1String("samples")).toInt(100));
    // A policy the plain items do not describe stays, as the file says it.
    while (m_policy->count() > fixedPolicyItems())
        m_policy->removeItem(0);
    const QJsonObject policy = scenario.value(QLatin1String("policy")).toObject();
    const QString key = policy.value(QLatin1String("policy")).toString(QStringLiteral("weighted"));
    m_usesDefaultPolicy = !scenario.contains(QLatin1String("policy"));
    if (m_usesDefaultPolicy && !m_defaultPolicy.isEmpty()) {
        m_policy->setCurrentIndex(m_policy->count() - 1);
    } else if (policy.isEmpty() || policy == policyObject(key)) {
        m_policy->setCurrentIndex(std::max<qsizetype>(0, kPolicies.indexOf(key)));
    } else {
        m_policy->insertItem(0, tr("%1 — from the file", "policy").arg(policyLabel(policy)), policy);
        m_policy->setCurrentIndex(0);
    }
    clearCompared();
    const QJsonArray compare = scenario.value(QLatin1String("compare")).toArray();
    QStringList plainCompared;
    for (const QJsonValue &v : compare) {
        const QJsonObject c = v.toObject();
        const QString k = c.value(QLatin1String("policy")).toString(QStringLiteral("weighted"));
        if (c == policyObject(k) && !plainCompared.contains(k))
            plainCompared << k;
        else
            addCompared(tr("%1 — from the file", "policy").arg(policyLabel(c)), c, true);
    }
    for (const QString &p : kPolicies)
        addCompared(p, policyObject(p), plainCompared.contains(p));
    m_events->setEvents(scenario.value(QLatin1String("events")).toArray());
    m_loading = false;
    setModified(false);
    if (m_events->rowCount() > 0)
        setCurrentEvent(0);
}

int ScenarioEditor::fixedPolicyItems() const { return int(kPolicies.size()) + (m_defaultPolicy.isEmpty() ? 0 : 1); }

void ScenarioEditor::setDefaultPolicy(const QJsonObject &config)
{
    const bool loading = std::exchange(m_loading, true);
    const QString label = tr("%1 — scheduler settings", "policy").arg(policyLabel(config));
    if (m_defaultPolicy.isEmpty()) {
        m_policy->addItem(label, config);
    } else {
        m_policy->setItemText(m_policy->count() - 1, label);
        m_policy->setItemData(m_policy->count() - 1, config);
    }
    m_defaultPolicy = config;
    if (m_usesDefaultPolicy)
        m_policy->setCurrentIndex(m_policy->count() - 1);
    m_loading = loading;
}

QJsonObject ScenarioEditor::primaryPolicy() const { return m_policy->currentData().toJsonObject(); }

void ScenarioEditor::clearCompared()
{
    for (auto &[box, config] : m_compared)
        delete box;
    m_compared.clear();
}

void ScenarioEditor::addCompared(const QString &label, const QJsonObject &config, bool checked)
{
    auto *box = new QCheckBox(label);
    box->setChecked(checked);
    connect(box, &QCheckBox::toggled, this, [this] { if (!m_loading) markModified(); });
    m_compareRow->addWidget(box);
    m_compared.emplace_back(box, config);
}

QJsonObject ScenarioEditor::scenario() const
{
    QJsonObject root = m_extra;
    if (!m_description->text().trimmed().isEmpty())
        root.insert(QStringLiteral("description"), m_description->text().trimmed());
    root.insert(QStringLiteral("base"), m_base->currentText().trimmed());
    root.insert(QStringLiteral("policy"), m_policy->currentData().toJsonObject());
    QJsonArray compare;
    for (const auto &[box, config] : m_compared)
        if (box->isChecked())
            compare.append(config);
    if (!compare.isEmpty())
        root.insert(QStringLiteral("compare"), compare);
    if (m_samples->value() != 100)
        root.insert(QStringLiteral("samples"), m_samples->value());
    root.insert(QStringLiteral("events"), m_events->events());
    return root;
}

void ScenarioEditor::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

int ScenarioEditor::currentEvent() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ScenarioEditor::setCurrentEvent(int row)
{
    m_list->setCurrentIndex(m_events->index(row));
    showEvent(row);
}

ScenarioEventForm *ScenarioEditor::currentForm() const { return qobject_cast<ScenarioEventForm *>(m_forms->currentWidget()); }

int ScenarioEditor::addEvent(const QString &type)
{
    const int row = currentEvent() + 1 > 0 ? currentEvent() + 1 : m_events->rowCount();
    m_events->insertEvent(row, ScenarioEventForm::defaultEvent(type));
    setCurrentEvent(row);
    markModified();
    return row;
}

void ScenarioEditor::removeCurrentEvent()
{
    const int row = currentEvent();
    if (row < 0)
        return;
    m_events->removeRows(row, 1);
    if (m_events->rowCount() > 0)
        setCurrentEvent(std::min(row, m_events->rowCount() - 1));
    markModified();
}

void ScenarioEditor::moveCurrentEvent(int delta)
{
    const int row = currentEvent();
    if (row < 0 || !m_events->moveEvent(row, row + delta))
        return;
    setCurrentEvent(row + delta);
    markModified();
}

void ScenarioEditor::setPrimaryPolicy(const QString &policyKey)
{
    m_policy->setCurrentIndex(m_policy->findData(policyObject(policyKey)));
}

void ScenarioEditor::setCompared(const QString &policyKey, bool compared)
{
    for (auto &[box, config] : m_compared)
        if (config == policyObject(policyKey))
            box->setChecked(compared);
}

void ScenarioEditor::showEvent(int row)
{
    const int rows = m_events->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
    const QJsonObject event = m_events->event(row);
    const qsizetype type = ScenarioEventForm::types().indexOf(event.value(QLatin1String("type")).toString());
    if (row < 0 || type < 0) {
        m_forms->setCurrentIndex(0);
        showProblem();
        return;
    }
    m_formByType[std::size_t(type)]->load(event);
    m_forms->setCurrentIndex(int(type) + 1);
    showProblem();
}

QString ScenarioEditor::eventProblem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void ScenarioEditor::showProblem()
{
    const ScenarioEventForm *form = currentEvent() >= 0 ? currentForm() : nullptr;
    const QString problem = form ? form->problem() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ScenarioEditor::formEdited()
{
    const int row = currentEvent();
    if (ScenarioEventForm *form = currentForm(); form && row >= 0) {
        m_events->setEvent(row, form->event());
        markModified();
    }
    showProblem();
}

} // namespace gui
