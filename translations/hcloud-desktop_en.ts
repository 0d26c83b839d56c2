<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>hcloud::MainWindow</name>
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
    <name>hcloud::TokenCheck</name>
    <message numerus="yes">
        <source>An API token has 64 characters; this has %n.</source>
        <translation>
            <numerusform>An API token has 64 characters; this has %n.</numerusform>
            <numerusform>An API token has 64 characters; this has %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
