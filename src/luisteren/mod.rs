//! Luisteren: what the duo-interviews bring in and how it is looked at. The moderators' notes
//! (`notities`) and their import (`inlezen`), the codebook of tags (`codeboek`), the quotes as a list and
//! the CSV (`citaten`), the clusters of the ontwerpsessie (`clusters`), the interview guide
//! (`leidraad`, with the map's `leidraad.yaml`), and what the facilitator sees of the phase
//! (`voortgang`). Uses the model, the method, the map and privacy.

pub(crate) mod citaten;
pub(crate) mod clusters;
pub mod codeboek;
pub(crate) mod inlezen;
pub mod leidraad;
pub mod notities;
pub(crate) mod voortgang;
