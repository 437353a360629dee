//! The integration tests: one binary that drives the real `visieleer` program.
//!
//! Every file beside this one is a module; `common` holds the facilitator's session helper.
//! One binary instead of one per file: a library change relinks one test program, not thirty.

mod afkapping;
mod bestanden;
mod browser;
mod citaten;
mod common;
mod documenten;
mod eerste_uur;
mod fuzz_lader;
mod fuzz_notities;
mod gelijktijdig;
mod gemak;
mod handwerk;
mod hardheid;
mod heropen_volgorde;
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
mod poorten;
mod privacy;
mod privacy_herkenning;
mod qdpx;
mod rapportage;
mod rondgang;
mod samenwerken;
mod slechte_invoer;
mod sporen;
mod sprekers;
mod stromen;
mod stromen_uitvoer;
mod tekst_hygiene;
mod tijdlijn;
mod traject;
mod uitwisselen;
mod voorbeelden;
