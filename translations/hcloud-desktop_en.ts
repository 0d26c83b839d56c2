<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hcloud::AttentionRules</name>
    <message numerus="yes">
        <source>%n target(s) unhealthy: traffic goes to the others only</source>
        <translation>
            <numerusform>%n target unhealthy: traffic goes to the others only</numerusform>
            <numerusform>%n targets unhealthy: traffic goes to the others only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot taken %n day(s) ago</source>
        <translation>
            <numerusform>Snapshot taken %n day ago</numerusform>
            <numerusform>Snapshot taken %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::AttentionView</name>
    <message numerus="yes">
        <source>Needs attention in all projects: %n item(s)</source>
        <translation>
            <numerusform>Needs attention in all projects: %n item</numerusform>
            <numerusform>Needs attention in all projects: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention in “%1”: %n item(s)</source>
        <translation>
            <numerusform>Needs attention in “%1”: %n item</numerusform>
            <numerusform>Needs attention in “%1”: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::CliImportDialog</name>
    <message numerus="yes">
        <source>%n project(s) imported.</source>
        <translation>
            <numerusform>%n project imported.</numerusform>
            <numerusform>%n projects imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::CreateServerDialog</name>
    <message numerus="yes">
        <source>%1 (spread, %n server(s))</source>
        <translation>
            <numerusform>%1 (spread, %n server)</numerusform>
            <numerusform>%1 (spread, %n servers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::FirewallKind</name>
    <message numerus="yes">
        <source>Label selector %1 (%n server(s))</source>
        <translation>
            <numerusform>Label selector %1 (%n server)</numerusform>
            <numerusform>Label selector %1 (%n servers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>The file cannot be imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>The file cannot be imported: %n line needs fixing.</numerusform>
            <numerusform>The file cannot be imported: %n lines need fixing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::ListCache</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::ProjectFile</name>
    <message numerus="yes">
        <source>%n keychain clean-up entries held what looks like an API token and were removed.</source>
        <translation>
            <numerusform>%n keychain clean-up entry held what looks like an API token and was removed.</numerusform>
            <numerusform>%n keychain clean-up entries held what looks like an API token and were removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::StatusLine</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 of %n server</numerusform>
            <numerusform>%1 of %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::StorageBoxKind</name>
    <message numerus="yes">
        <source>%1, keeping %n snapshot(s)</source>
        <translation>
            <numerusform>%1, keeping %n snapshot</numerusform>
            <numerusform>%1, keeping %n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::TokenCheck</name>
    <message numerus="yes">
        <source>An API token has 64 characters; this has %n.</source>
        <translation>
            <numerusform>An API token has 64 characters; this has %n.</numerusform>
            <numerusform>An API token has 64 characters; this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::ZoneEditor</name>
    <message numerus="yes">
        <source>%1 · default TTL %2 s · %n record(s)</source>
        <translation>
            <numerusform>%1 · default TTL %2 s · %n record</numerusform>
            <numerusform>%1 · default TTL %2 s · %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n %1 record(s) of “%2”?</source>
        <translation>
            <numerusform>Delete the %n %1 record of “%2”?</numerusform>
            <numerusform>Delete the %n %1 records of “%2”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hcloud::dns::ZoneWrites</name>
    <message numerus="yes">
        <source>Add %n record(s) to %1</source>
        <translation>
            <numerusform>Add %n record to %1</numerusform>
            <numerusform>Add %n records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s) from %1</source>
        <translation>
            <numerusform>Remove %n record from %1</numerusform>
            <numerusform>Remove %n records from %1</numerusform>
        </translation>
    </message>
</context>
</TS>
