//! Exchange formats: the map's data in the files other programs read.

mod guid;
pub mod qdpx;
