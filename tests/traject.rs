//! The walk from werving to afgerond, as a facilitator would type it.

use crate::common;

use common::Sessie;

#[test]
fn een_traject_van_werving_tot_afgerond() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    s.doe("evaluatie zeewijk --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18");
    s.doe("afspraak zeewijk 'Eén telefoonnummer' --eigenaar 'teamleider toegang' --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    let uit = s.doe("volgende zeewijk --datum 2024-03-25");
    assert!(uit.contains("afgerond"), "{uit}");
    let json = s.doe("toon zeewijk --json");
    assert!(json.contains("\"status\": \"afgerond\""), "{json}");
    assert!(json.contains("\"fase\": \"borgen\""), "{json}");
}
