//! The integration tests: one binary that drives the real `visieleer` program.
//!
//! Every file beside this one is a module; `common` holds the facilitator's session helper.
//! One binary instead of one per file: a library change relinks one test program, not thirty.

mod afkapping;
mod agenda;
mod bestanden;
mod browser;
mod citaten;
mod common;
mod documenten;
mod eerste_uur;
mod formaat;
mod fuzz_lader;
mod fuzz_notities;
mod gelijktijdig;
mod gemak;
mod gewoonten;
mod gouden;
mod handwerk;
mod hardheid;
mod heropen_volgorde;
mod herstel;
mod huis;
mod invoer;
mod kratten_csv;
mod lineair;
mod map_hygiene;
mod markdown_eigenschappen;
mod notities;
mod notities_varianten;
mod nummers;
mod opslag;
mod pdf;
mod poorten;
mod privacy;
mod privacy_herkenning;
mod qdpx;
mod rapportage;
mod regie;
mod regio;
mod rondgang;
mod samenwerken;
mod slechte_invoer;
mod sporen;
mod sprekers;
mod stromen;
mod stromen_uitvoer;
mod tekst_hygiene;
mod tijdlijn;
mod tijdlijnfiguur;
mod toestemming;
mod traject;
mod uitwisselen;
mod voorbeelden;
mod word_schema;
